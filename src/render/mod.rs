//! Draw a [`crate::layout::PageLayout`]: [`pdf`] returns PDF bytes, [`png`] PNG bytes, and
//! [`preview`] paints it with egui. Backends draw; they never measure or re-wrap.

pub mod pdf;
pub mod png;
pub mod preview;
