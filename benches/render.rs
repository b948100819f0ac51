//! How long the page takes: layout of a sample-sized card, and layout plus PDF bytes.

use briefcard::layout::{PageStyle, demo, layout_card_with};
use briefcard::render::pdf::{PdfMeta, render};
use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let card = demo::sample_card();
    let style = PageStyle {
        generated: Some("2026-01-02 03:04 UTC".to_owned()),
        ..PageStyle::default()
    };
    let meta = PdfMeta::for_card(&card);
    // Warm the font caches once, as a running app has.
    let _ = render(&layout_card_with(&card, &style), &meta);
    c.bench_function("layout sample card (map reused, as when typing)", |b| {
        b.iter(|| layout_card_with(std::hint::black_box(&card), &style));
    });
    // Alternating the paper changes the map's frame, so every layout draws the map anew.
    let letter = PageStyle {
        paper: briefcard::model::Paper::Letter,
        ..style.clone()
    };
    let mut flip = false;
    c.bench_function("layout sample card (map drawn anew)", |b| {
        b.iter(|| {
            flip = !flip;
            layout_card_with(
                std::hint::black_box(&card),
                if flip { &letter } else { &style },
            )
        });
    });
    c.bench_function("layout + pdf bytes of sample card", |b| {
        b.iter(|| {
            let page = layout_card_with(std::hint::black_box(&card), &style);
            render(&page, &meta).map(|bytes| bytes.len())
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
