//! Layout geometry a reader would notice: no text on top of other text, nothing in the
//! margins, and the type never below 8 pt, whatever the card holds.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use briefcard::layout::{PageLayout, PageStyle, demo, layout_card_with};
use briefcard::model::{Card, CardItem, IssueItem, Paper, WhoItem};

fn layout(card: &Card) -> PageLayout {
    let style = PageStyle {
        paper: card.meta.paper,
        generated: Some("2026-01-02 03:04 UTC".to_owned()),
        ..PageStyle::default()
    };
    layout_card_with(card, &style)
}

/// Every text box pair is disjoint (a hair of tolerance for touching edges).
pub fn assert_no_overlap(page: &PageLayout) {
    let boxes: Vec<([f32; 4], &str)> = page
        .text_runs()
        .filter(|r| !r.text.trim().is_empty())
        .map(|r| (r.bounds(), r.text.as_str()))
        .collect();
    for (i, (a, ta)) in boxes.iter().enumerate() {
        for (b, tb) in boxes.iter().skip(i + 1) {
            let overlap_x = a[0] < b[2] - 0.3 && b[0] < a[2] - 0.3;
            let overlap_y = a[1] < b[3] - 0.3 && b[1] < a[3] - 0.3;
            assert!(
                !(overlap_x && overlap_y),
                "{ta:?} {a:?} overlaps {tb:?} {b:?}"
            );
        }
    }
}

/// Every item lies inside the content box.
pub fn assert_inside_margins(page: &PageLayout) {
    let [l, t, r, b] = page.content_box;
    for item in &page.items {
        let bb = item.bounds();
        assert!(
            bb[0] >= l - 0.5 && bb[1] >= t - 0.5 && bb[2] <= r + 0.5 && bb[3] <= b + 0.5,
            "{item:?} is outside the margins {:?}",
            page.content_box
        );
    }
}

/// Body text never goes below 8 pt; only the small labels (section heads, kicker, footer)
/// are set at 7.5 pt.
fn assert_readable(page: &PageLayout) {
    for run in page.text_runs() {
        // Map marker numbers are labels on a picture, not text to read.
        let marker = run.text.chars().all(|c| c.is_ascii_digit()) && run.text.len() <= 3;
        assert!(
            marker || run.size_pt >= 7.5,
            "{:?} at {} pt",
            run.text,
            run.size_pt
        );
    }
    let body = page.text_runs().filter(|r| r.size_pt < 8.0).count();
    let all = page.text_runs().count();
    assert!(body * 3 < all, "most text is at least 8 pt");
}

#[test]
fn the_sample_page_has_no_overlaps_and_respects_the_margins() {
    for paper in [Paper::A4, Paper::Letter] {
        let mut card = demo::sample_card();
        card.meta.paper = paper;
        card.meta.footer = "INTERNAL — NOT FOR DISTRIBUTION".to_owned();
        let page = layout(&card);
        assert_no_overlap(&page);
        assert_inside_margins(&page);
        assert_readable(&page);
    }
}

#[test]
fn a_stuffed_card_is_trimmed_without_overlaps() {
    let mut card = demo::sample_card();
    card.who = (0..120)
        .map(|i| {
            CardItem::added(WhoItem {
                name: format!("Delegate {i} with a rather long compound name"),
                role: "head of the regional water authority and chair of the standing committee"
                    .into(),
                ..WhoItem::default()
            })
        })
        .collect();
    card.issues = (0..40)
        .map(|i| {
            CardItem::added(IssueItem {
                label: format!("Issue {i}: whether the border crossing reopens"),
                evidence: "Officials on both sides said the decision depended on talks that \
                           have not yet been scheduled, and aid groups warned of delays."
                    .into(),
            })
        })
        .collect();
    let page = layout(&card);
    assert!(!page.omitted.is_empty());
    assert_no_overlap(&page);
    assert_inside_margins(&page);
    assert_readable(&page);
}

#[test]
fn an_empty_card_still_makes_a_page() {
    let page = layout(&Card::default());
    assert!(page.plain_text().contains("Untitled briefing"));
    assert_inside_margins(&page);
}

#[test]
fn endless_words_and_odd_characters_stay_inside() {
    let mut card = demo::sample_card();
    card.title.value = "Ü".repeat(400);
    card.who[0].value.name = "x".repeat(500);
    card.who[1].value.role = "\u{202e}\u{0}\t\n  ".into();
    card.summary[0].value = "e\u{301}".repeat(300);
    let page = layout(&card);
    assert_no_overlap(&page);
    assert_inside_margins(&page);
    assert!(
        !page.plain_text().contains('\u{301}'),
        "accents are composed (NFC)"
    );
}

/// Regression: a full-width Where list on Letter paper asked for a map taller than its
/// own cap and panicked (found by the property test).
#[test]
fn a_map_on_a_full_width_letter_column_lays_out() {
    let mut card = demo::world_card();
    card.who.clear();
    card.meta.paper = Paper::Letter;
    let page = layout(&card);
    assert_no_overlap(&page);
    assert_inside_margins(&page);
}

/// The preview reuses its shapes while the fingerprint is unchanged, so any visible edit
/// must change it.
#[test]
fn an_edit_changes_the_page_fingerprint() {
    let card = demo::sample_card();
    let a = layout(&card);
    assert_eq!(
        a.fingerprint,
        layout(&card).fingerprint,
        "same card, same page"
    );
    let mut edited = card.clone();
    edited.who[2].value.role = "President of the United States".into();
    assert_ne!(a.fingerprint, layout(&edited).fingerprint);
    assert_ne!(a.fingerprint, 0);
}
