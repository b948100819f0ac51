//! [`Card`](crate::model::Card) → [`PageLayout`]: the page laid out once, in points, for
//! every backend to draw.
//!
//! `page` is the IR (positioned text runs, rules, boxes, paths), `text` measures and breaks
//! lines with the real font metrics, `fonts` holds the bundled fonts loaded once, `style`
//! paper, margins and the type scale, `card` the composition and the fit-to-one-page rule.

pub mod card;
pub mod demo;
pub mod fonts;
pub mod map;
pub mod page;
pub mod style;
pub mod text;
pub mod timeline;

pub use card::{layout_card, layout_card_with};
pub use page::{FillBox, FontFace, PageItem, PageLayout, Path, Rgb, Rule, TextRun};
pub use style::{PageStyle, Theme};
