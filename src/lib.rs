//! briefcard: turn a news article into an editable fact card and a one-page briefing PDF.
//!
//! The pipeline is a chain of pure functions — [`ingest`] bytes into an
//! [`model::Article`], [`extract`] its [`model::Facts`], build a [`model::Card`], lay it out
//! once into a [`layout::PageLayout`], and draw that with [`render`] to the screen or a PDF.
//!
//! ```
//! let article = briefcard::ingest::sample();
//! let facts = briefcard::extract::extract(&article, None);
//! assert!(facts.who.iter().any(|w| w.name == "Antony Blinken"));
//! ```

pub mod app;
pub mod cli;
pub mod extract;
pub mod ingest;
pub mod layout;
pub mod model;
pub mod render;
pub mod sidecar;
pub mod store;
