//! Golden images: four very different cards rendered to PNG from their layout and compared
//! with the committed references in `tests/golden/` within a tolerance.
//!
//! Refresh the references after an intended change to the page, then look at them:
//! `BRIEFCARD_BLESS=1 cargo test --test layout_golden`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::PathBuf;

use briefcard::layout::{PageStyle, Theme, demo, layout_card_with};
use briefcard::model::{Card, Paper};
use briefcard::render::png::render_pixmap;

/// Resolution of the references: enough to see the design, small enough to commit.
const DPI: f32 = 40.0;

fn style(card: &Card, theme: Theme) -> PageStyle {
    PageStyle {
        paper: card.meta.paper,
        theme,
        generated: Some("2026-01-02 03:04 UTC".to_owned()),
        ..PageStyle::default()
    }
}

fn check(name: &str, card: &Card, theme: Theme) {
    let page = layout_card_with(card, &style(card, theme));
    let pixmap = render_pixmap(&page, DPI).expect("render");
    if let Ok(dir) = std::env::var("BRIEFCARD_DUMP") {
        let big = render_pixmap(&page, 90.0).expect("render");
        big.save_png(format!("{dir}/{name}.png")).expect("dump");
    }
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/golden/{name}.png"));
    if std::env::var_os("BRIEFCARD_BLESS").is_some() {
        pixmap.save_png(&path).expect("write reference");
        eprintln!("wrote {}", path.display());
        return;
    }
    let reference = tiny_skia::Pixmap::load_png(&path).unwrap_or_else(|e| {
        panic!(
            "no reference image {} ({e}); make it with BRIEFCARD_BLESS=1 cargo test --test layout_golden",
            path.display()
        )
    });
    assert_eq!(
        (pixmap.width(), pixmap.height()),
        (reference.width(), reference.height()),
        "{name}: the page size changed"
    );
    let (mut differing, mut total_diff) = (0usize, 0u64);
    for (a, b) in pixmap
        .data()
        .chunks_exact(4)
        .zip(reference.data().chunks_exact(4))
    {
        let d = a
            .iter()
            .zip(b)
            .map(|(x, y)| x.abs_diff(*y))
            .max()
            .unwrap_or(0);
        total_diff += u64::from(d);
        if d > 48 {
            differing += 1;
        }
    }
    let pixels = (pixmap.width() * pixmap.height()) as usize;
    let share = differing as f64 / pixels as f64;
    let mean = total_diff as f64 / pixels as f64;
    if share > 0.004 || mean > 1.5 {
        let actual = path.with_extension("actual.png");
        pixmap.save_png(&actual).expect("write actual");
        panic!(
            "{name}: {:.2} % of pixels differ (mean {mean:.2}); see {} — if the change is \
             intended, refresh with BRIEFCARD_BLESS=1 cargo test --test layout_golden",
            share * 100.0,
            actual.display()
        );
    }
}

#[test]
fn the_sample_card_looks_as_designed() {
    check("sample", &demo::sample_card(), Theme::Light);
}

#[test]
fn a_one_place_local_story_looks_as_designed() {
    let mut card = demo::local_card();
    card.meta.paper = Paper::Letter;
    card.meta.header = "INTERNAL — NOT FOR DISTRIBUTION".to_owned();
    card.meta.footer = "Prepared for the transport committee".to_owned();
    check("local-letter", &card, Theme::Light);
}

#[test]
fn a_story_on_five_continents_looks_as_designed_in_monochrome() {
    check("world-mono", &demo::world_card(), Theme::Monochrome);
}

#[test]
fn a_card_stuffed_with_sixty_items_looks_as_designed() {
    check("stuffed", &demo::stuffed_card(), Theme::Light);
}
