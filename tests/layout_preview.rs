//! The live preview draws the page with the bundled fonts, including a card with
//! characters the font lacks (egui_kittest panics on a missing glyph, as a user would
//! otherwise see boxes).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use briefcard::layout::{PageStyle, demo, layout_card_with};
use briefcard::render::preview::{install_fonts, paint};
use eframe::egui;

#[test]
fn the_preview_paints_the_sample_and_unprintable_text_without_panicking() {
    let mut card = demo::sample_card();
    card.who[0].value.name = "习近平 😀 Zoë Ωmega Ж".to_owned();
    let page = layout_card_with(&card, &PageStyle::default());
    assert!(!page.unprintable.is_empty());
    let mut painted = 0;
    let mut harness = egui_kittest::Harness::new_ui(|ui| {
        install_fonts(ui.ctx());
        let rect = egui::Rect::from_min_size(ui.max_rect().min, egui::vec2(420.0, 594.0));
        paint(ui.painter(), rect, &page);
        painted += 1;
    });
    harness.run();
    drop(harness);
    assert!(painted > 0);
}
