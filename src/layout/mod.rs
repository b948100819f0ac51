//! [`Card`] → [`PageLayout`]: the page laid out once, in points, for every backend to draw.

use crate::model::Card;

/// Which bundled face a run uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FontFace {
    /// Noto Sans Regular.
    Regular,
    /// Noto Sans Bold.
    Bold,
}

/// One positioned line of text; `x`,`y` is the left end of the baseline, in points from the
/// page's top-left corner.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// Left of the baseline.
    pub x: f32,
    /// Baseline, y down.
    pub y: f32,
    /// Font size in points.
    pub size_pt: f32,
    /// Face.
    pub face: FontFace,
    /// RGB 0..1.
    pub color: [f32; 3],
    /// The text, already broken to fit.
    pub text: String,
}

/// What a page is made of.
#[derive(Debug, Clone, PartialEq)]
pub enum PageItem {
    /// A line of text.
    Text(TextRun),
}

/// The laid-out page: the only thing backends draw.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PageLayout {
    /// Page width in points.
    pub width_pt: f32,
    /// Page height in points.
    pub height_pt: f32,
    /// Everything on the page, in paint order.
    pub items: Vec<PageItem>,
    /// What the fit rule left out ("+N more"), in words for the person.
    pub omitted: Vec<String>,
    /// Characters the bundled font cannot print.
    pub unprintable: Vec<char>,
}

/// Lay out a card on its paper.
#[must_use]
pub fn layout_card(card: &Card) -> PageLayout {
    let (w, h) = card.meta.paper.size_pt();
    PageLayout {
        width_pt: w,
        height_pt: h,
        items: vec![PageItem::Text(TextRun {
            x: 56.0,
            y: 80.0,
            size_pt: 18.0,
            face: FontFace::Bold,
            color: [0.0, 0.0, 0.0],
            text: card.title.value.clone(),
        })],
        ..PageLayout::default()
    }
}
