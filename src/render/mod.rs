//! Draw a [`crate::layout::PageLayout`]: [`pdf`] returns PDF bytes, [`preview`] paints it
//! with egui. Backends draw; they never measure or re-wrap.

pub mod pdf;
pub mod preview;
