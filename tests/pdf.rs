//! The exported PDF read back as a reader sees it: one page, the right paper, the card's
//! text present and searchable, and the fit rule reporting what it left out.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use briefcard::layout::{PageStyle, demo, layout_card_with};
use briefcard::model::{Card, CardItem, Paper, WhoItem};
use briefcard::render::pdf::{PdfMeta, render};

mod pdfread;

fn style(card: &Card) -> PageStyle {
    PageStyle {
        paper: card.meta.paper,
        generated: Some("2026-01-02 03:04 UTC".to_owned()),
        ..PageStyle::default()
    }
}

fn export(card: &Card) -> (briefcard::layout::PageLayout, Vec<u8>) {
    export_as(card, "card")
}

fn export_as(card: &Card, name: &str) -> (briefcard::layout::PageLayout, Vec<u8>) {
    let page = layout_card_with(card, &style(card));
    let bytes = render(&page, &PdfMeta::for_card(card)).expect("pdf");
    if let Ok(dir) = std::env::var("BRIEFCARD_DUMP") {
        let name = format!("{dir}/{name}.pdf");
        std::fs::write(name, &bytes).expect("dump");
    }
    (page, bytes)
}

/// Page count and media box parsed back with lopdf, and the text as a reader extracts it
/// (pdf-extract here; `.ci/run` checks the sample with poppler's `pdftotext` too).
fn read_back(bytes: &[u8]) -> (usize, [f32; 2], String) {
    let doc = lopdf::Document::load_mem(bytes).expect("parse");
    let pages = doc.get_pages();
    let (_, &id) = pages.iter().next().expect("a page");
    let page = doc.get_dictionary(id).expect("page dict");
    let mb = page
        .get(b"MediaBox")
        .and_then(|o| o.as_array())
        .expect("media box");
    let num = |o: &lopdf::Object| {
        o.as_float()
            .or_else(|_| o.as_i64().map(|i| i as f32))
            .unwrap()
    };
    let size = [num(&mb[2]) - num(&mb[0]), num(&mb[3]) - num(&mb[1])];
    (pages.len(), size, pdf_text(bytes))
}

fn pdf_text(bytes: &[u8]) -> String {
    pdfread::lines(bytes).join("\n")
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_sample_card_is_one_searchable_a4_page_with_every_included_fact() {
    let mut card = demo::sample_card();
    card.places[3].state.excluded = true; // the Taiwan Strait leaves the page
    let (page, bytes) = export_as(&card, "sample");
    assert!(page.omitted.is_empty(), "{:?}", page.omitted);
    assert!(bytes.len() < 150 * 1024, "{} bytes", bytes.len());
    let (pages, size, text) = read_back(&bytes);
    assert_eq!(pages, 1);
    assert!(
        (size[0] - 595.28).abs() < 0.5 && (size[1] - 841.89).abs() < 0.5,
        "{size:?}"
    );
    let text = squash(&text);
    for needle in [
        "Antony Blinken",
        "U.S. Secretary of State",
        "Qin Gang",
        "Beijing",
        "Sun 18 Jun 2023",
        "Chinese surveillance facilities in Cuba",
        "London",
    ] {
        assert!(text.contains(needle), "{needle:?} missing from {text}");
    }
    assert!(!text.contains("Taiwan Strait"), "an excluded place printed");
}

#[test]
fn every_font_is_embedded_subset_and_searchable() {
    let (_, bytes) = export(&demo::sample_card());
    let fonts = pdfread::fonts(&bytes);
    assert!(fonts.len() >= 2, "regular and bold at least: {fonts:?}");
    for f in &fonts {
        assert!(
            f.embedded && f.subset && f.unicode,
            "a font a reader would show wrongly: {f:?}"
        );
    }
}

#[test]
fn letter_paper_gives_a_letter_page() {
    let mut card = demo::sample_card();
    card.meta.paper = Paper::Letter;
    let (_, bytes) = export(&card);
    let (pages, size, _) = read_back(&bytes);
    assert_eq!(pages, 1);
    assert!(
        (size[0] - 612.0).abs() < 0.5 && (size[1] - 792.0).abs() < 0.5,
        "{size:?}"
    );
}

#[test]
fn title_author_and_subject_are_set() {
    let card = demo::sample_card();
    let (_, bytes) = export(&card);
    let doc = lopdf::Document::load_mem(&bytes).expect("parse");
    let info_ref = doc
        .trailer
        .get(b"Info")
        .and_then(|o| o.as_reference())
        .expect("info");
    let info = doc.get_dictionary(info_ref).expect("info dict");
    let field = |k: &[u8]| {
        let o = info.get(k).expect("field");
        lopdf::decode_text_string(o).unwrap_or_default()
    };
    assert!(field(b"Title").starts_with("Blinken is heading to China"));
    assert_eq!(field(b"Author"), "briefcard");
    assert!(field(b"Subject").contains("Briefing"));
}

#[test]
fn two_hundred_people_and_a_huge_summary_still_give_one_page_and_a_report() {
    let mut card = demo::sample_card();
    card.summary = vec![CardItem::added(
        "The negotiators returned to the table after a week of silence. ".repeat(80),
    )];
    card.who = (1..=200)
        .map(|i| {
            CardItem::added(WhoItem {
                name: format!("Person Number{i}"),
                role: format!("delegate of the committee {i}"),
                ..WhoItem::default()
            })
        })
        .collect();
    let (page, bytes) = export_as(&card, "stuffed");
    let (pages, _, text) = read_back(&bytes);
    assert_eq!(pages, 1);
    assert!(
        page.omitted
            .iter()
            .any(|n| n.starts_with("Who:") && n.contains("of 200")),
        "{:?}",
        page.omitted
    );
    assert!(
        page.omitted.iter().any(|n| n.contains("Summary")),
        "{:?}",
        page.omitted
    );
    let text = squash(&text);
    assert!(
        text.contains("Person Number1 "),
        "the top-ranked person stays: {text}"
    );
    assert!(
        !text.contains("Person Number200"),
        "the lowest-ranked person leaves"
    );
    assert!(text.contains("more names"), "a visible +N more note");
}

#[test]
fn characters_outside_the_font_are_reported_not_dropped() {
    let mut card = demo::sample_card();
    card.who[0].value.name = "习近平 😀".to_owned();
    let (page, bytes) = export(&card);
    assert!(page.unprintable.contains(&'习'), "{:?}", page.unprintable);
    assert!(page.unprintable.contains(&'😀'), "{:?}", page.unprintable);
    assert_eq!(read_back(&bytes).0, 1);
}

/// How many line segments of filled paths (map outlines, markers) the page draws.
fn filled_paths(bytes: &[u8]) -> usize {
    let doc = lopdf::Document::load_mem(bytes).expect("parse");
    let (_, &id) = doc.get_pages().iter().next().expect("a page");
    let content = doc.get_page_content(id);
    let ops = lopdf::content::Content::decode(&content)
        .expect("decode")
        .operations;
    ops.iter().filter(|o| o.operator == "l").count()
}

#[test]
fn the_demonstration_cards_print_every_fact_and_a_vector_map() {
    for (name, card) in [
        ("local", demo::local_card()),
        ("world", demo::world_card()),
        ("stuffed", demo::stuffed_card()),
    ] {
        let (page, bytes) = export_as(&card, name);
        assert!(page.omitted.is_empty(), "{name}: {:?}", page.omitted);
        let (pages, _, text) = read_back(&bytes);
        assert_eq!(pages, 1, "{name}");
        let text = squash(&text);
        let mut needles: Vec<String> = vec![];
        needles.extend(card.who.iter().map(|w| w.value.name.clone()));
        needles.extend(card.places.iter().map(|p| p.value.name.clone()));
        needles.extend(card.when.iter().map(|w| w.value.date_label()));
        needles.extend(card.issues.iter().map(|i| i.value.label.clone()));
        for n in needles {
            assert!(text.contains(&n), "{name}: {n:?} missing");
        }
        assert!(filled_paths(&bytes) > 300, "{name}: no vector map");
    }
}

#[test]
fn hiding_the_map_leaves_it_out_of_the_pdf() {
    let card = demo::world_card();
    let with = layout_card_with(&card, &style(&card));
    let without = layout_card_with(
        &card,
        &PageStyle {
            show_map: false,
            ..style(&card)
        },
    );
    let meta = PdfMeta::for_card(&card);
    let a = filled_paths(&render(&with, &meta).unwrap());
    let b = filled_paths(&render(&without, &meta).unwrap());
    assert!(a > b + 300, "with map {a}, without {b}");
    assert!(pdf_text(&render(&without, &meta).unwrap()).contains("Nairobi"));
}
