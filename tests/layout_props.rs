//! Property test: random cards (lengths, counts, any Unicode) always give one page whose
//! text boxes never overlap and whose items all stay inside the margins.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use briefcard::layout::{PageLayout, PageStyle, Theme, layout_card_with};
use briefcard::model::{
    Card, CardItem, IssueItem, Paper, PlaceItem, PlaceKind, RefDateSource, ReferenceDate, WhenItem,
    WhoItem,
};
use proptest::prelude::*;

fn text(max: usize) -> impl Strategy<Value = String> {
    // Mostly words, sometimes any character at all (controls, CJK, emoji, combining marks).
    prop_oneof![
        4 => proptest::collection::vec("[A-Za-zÀ-ÿА-я]{1,12}", 0..max).prop_map(|w| w.join(" ")),
        1 => proptest::collection::vec(any::<char>(), 0..max * 4).prop_map(|c| c.into_iter().collect()),
        1 => "[a-z]{40,200}",
    ]
}

fn date_value() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        (1990i32..2035, 1u8..13, 1u8..29).prop_map(|(y, m, d)| Some(format!("{y}-{m:02}-{d:02}"))),
        (1990i32..2035, 1u8..13).prop_map(|(y, m)| Some(format!("{y}-{m:02}"))),
        (1800i32..2100).prop_map(|y| Some(format!("{y}"))),
        Just(Some("PAST_REF".to_owned())),
        Just(None),
    ]
}

fn card() -> impl Strategy<Value = Card> {
    (
        text(30),
        proptest::collection::vec(text(60), 0..5),
        proptest::collection::vec((text(5), text(12)), 0..60),
        proptest::collection::vec(
            (
                text(4),
                proptest::option::of((-90.0f64..90.0, -180.0f64..180.0)),
            ),
            0..25,
        ),
        proptest::collection::vec((text(4), date_value(), text(12)), 0..30),
        proptest::collection::vec((text(8), text(40)), 0..20),
        any::<bool>(),
        text(8),
    )
        .prop_map(
            |(title, summary, who, places, when, issues, letter, header)| {
                let mut card = Card {
                    title: CardItem::added(title),
                    ..Card::default()
                };
                card.meta.paper = if letter { Paper::Letter } else { Paper::A4 };
                card.meta.header = header.clone();
                card.meta.footer = header;
                card.meta.reference_date = ReferenceDate {
                    value: Some("2024-05-01".into()),
                    source: RefDateSource::User,
                };
                card.summary = summary.into_iter().map(CardItem::added).collect();
                card.who = who
                    .into_iter()
                    .map(|(name, role)| {
                        CardItem::added(WhoItem {
                            name,
                            role,
                            ..WhoItem::default()
                        })
                    })
                    .collect();
                card.places = places
                    .into_iter()
                    .map(|(name, at)| {
                        CardItem::added(PlaceItem {
                            name,
                            kind: PlaceKind::City,
                            country: None,
                            lat: at.map(|a| a.0),
                            lon: at.map(|a| a.1),
                        })
                    })
                    .collect();
                card.when = when
                    .into_iter()
                    .map(|(text, value, event)| {
                        CardItem::added(WhenItem {
                            text,
                            value,
                            event,
                            ..WhenItem::default()
                        })
                    })
                    .collect();
                card.issues = issues
                    .into_iter()
                    .map(|(label, evidence)| CardItem::added(IssueItem { label, evidence }))
                    .collect();
                card
            },
        )
}

fn check(page: &PageLayout) -> Result<(), TestCaseError> {
    let [l, t, r, b] = page.content_box;
    for item in &page.items {
        let bb = item.bounds();
        prop_assert!(
            bb[0] >= l - 0.5 && bb[1] >= t - 0.5 && bb[2] <= r + 0.5 && bb[3] <= b + 0.5,
            "outside the margins: {:?}",
            item
        );
    }
    let boxes: Vec<_> = page
        .text_runs()
        .filter(|r| !r.text.trim().is_empty())
        .map(|r| (r.bounds(), &r.text))
        .collect();
    for (i, (a, ta)) in boxes.iter().enumerate() {
        for (c, tc) in boxes.iter().skip(i + 1) {
            let ox = a[0] < c[2] - 0.3 && c[0] < a[2] - 0.3;
            let oy = a[1] < c[3] - 0.3 && c[1] < a[3] - 0.3;
            prop_assert!(!(ox && oy), "{:?} overlaps {:?}", ta, tc);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_card_fits_one_page_without_overlaps(card in card(), mono in any::<bool>(), map in any::<bool>()) {
        let style = PageStyle {
            paper: card.meta.paper,
            theme: if mono { Theme::Monochrome } else { Theme::Light },
            show_map: map,
            generated: Some("2026-01-02 03:04 UTC".into()),
            ..PageStyle::default()
        };
        let page = layout_card_with(&card, &style);
        check(&page)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn any_card_exports_exactly_one_pdf_page(card in card()) {
        let page = layout_card_with(&card, &PageStyle { paper: card.meta.paper, ..PageStyle::default() });
        let bytes = briefcard::render::pdf::render(&page, &briefcard::render::pdf::PdfMeta::for_card(&card)).unwrap();
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        prop_assert_eq!(doc.get_pages().len(), 1);
    }
}
