//! One briefing from several articles (issue 16), on three invented versions of one story
//! (`tests/fixtures/merge/`: a wire report, a local paper, a next-day follow-up; the
//! follow-up dates the accident a day earlier and counts fewer dead): what the merged card
//! counts, where it marks the sources as differing, that removing a source takes what only
//! it said and keeps the person's edits, that an old card opens unchanged, and the one-page
//! PDF read back.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::PathBuf;

use briefcard::extract::merge::{self, AddSourceError};
use briefcard::layout::{PageStyle, layout_card_with};
use briefcard::model::{Card, ConflictKind, Facts};
use briefcard::render::pdf::{PdfMeta, render};

mod pdfread;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/merge")
        .join(name)
}

fn facts(name: &str) -> Facts {
    briefcard::cli::facts_of(&fixture(name), None).expect("fixture reads")
}

fn three() -> Vec<Facts> {
    vec![facts("wire.txt"), facts("local.txt"), facts("followup.txt")]
}

fn style(card: &Card) -> PageStyle {
    PageStyle {
        paper: card.meta.paper,
        generated: Some("2026-01-02 03:04 UTC".to_owned()),
        ..PageStyle::default()
    }
}

#[test]
fn the_same_actor_place_and_event_from_three_sources_is_one_item_counted_three_times() {
    let card = merge::card_of(three());
    assert_eq!(card.source_count(), 3);
    let who = |name: &str| card.who.iter().find(|w| w.value.name == name);
    // Every source names the minister ("Transport Minister Joseph Kasembe", "Kasembe").
    let kasembe = who("Joseph Kasembe").expect("the minister is on the card");
    assert_eq!(kasembe.source_count(), 3);
    assert_eq!(
        card.who
            .iter()
            .filter(|w| w.value.name.contains("Kasembe"))
            .count(),
        1,
        "aliases are joined"
    );
    assert_eq!(who("Grace Mtui").unwrap().source_count(), 3);
    // Only the follow-up quotes the police commander.
    assert_eq!(who("Peter Wambura").unwrap().source_count(), 1);
    let mwanza = card
        .places
        .iter()
        .find(|p| p.value.name == "Mwanza")
        .unwrap();
    assert_eq!(mwanza.source_count(), 3);
    // Every item can jump to its sentence in each article that tells it.
    for s in &kasembe.sources {
        let text = &card.source(s.source).unwrap().article.text;
        let span = s.span.as_ref().unwrap();
        let got: String = text
            .chars()
            .skip(span.start)
            .take(span.end - span.start)
            .collect();
        assert_eq!(got, span.text, "evidence points into source {}", s.source);
    }
    // Agreement ranks first: the inquiry all three date is on the page.
    let inquiry = card
        .when
        .iter()
        .find(|w| w.value.value.as_deref() == Some("2025-03-20"))
        .expect("the inquiry date");
    assert_eq!(inquiry.source_count(), 3);
    assert!(inquiry.included());
}

#[test]
fn a_conflicting_date_and_a_conflicting_toll_carry_both_readings_and_show_the_majority() {
    let card = merge::card_of(three());
    let killed = card
        .figures
        .iter()
        .find(|f| f.value.what == "killed")
        .expect("the toll");
    assert_eq!(killed.value.value, "14", "two sources say 14, one says 12");
    assert!(killed.sources_differ());
    let c = killed.conflict.as_ref().unwrap();
    assert_eq!(c.kind, ConflictKind::Number);
    assert_eq!(c.readings[0].value, "14");
    assert_eq!(c.readings[0].sources, [0, 1]);
    assert_eq!(c.readings[1].value, "12");
    assert_eq!(c.readings[1].sources, [2]);
    let injured = card.figures.iter().find(|f| f.value.what == "injured");
    assert!(injured.is_some_and(|f| !f.sources_differ() && f.source_count() == 3));

    // The wire says Tuesday (11 March), the follow-up Monday (10 March).
    let capsized = card
        .when
        .iter()
        .find(|w| w.sources_differ())
        .expect("a date the sources differ on");
    let c = capsized.conflict.as_ref().unwrap();
    assert_eq!(c.kind, ConflictKind::Date);
    let values: Vec<&str> = c.readings.iter().map(|r| r.value.as_str()).collect();
    assert!(values.contains(&"2025-03-11") && values.contains(&"2025-03-10"));
    assert_eq!(capsized.value.value.as_deref(), Some(values[0]));
    assert!(capsized.value.event.contains("capsize"));
}

#[test]
fn removing_a_source_removes_what_only_it_said_and_keeps_edits_and_undoes_cleanly() {
    let mut card = merge::card_of(three());
    let i = card
        .who
        .iter()
        .position(|w| w.value.name == "Grace Mtui")
        .unwrap();
    card.who[i].value.role = "Regional Commissioner of Mwanza".into();
    card.who[i].state.edited = true;
    let before = card.clone();

    assert!(merge::remove_source(&mut card, 2));
    assert_eq!(card.source_count(), 2);
    assert!(
        !card.who.iter().any(|w| w.value.name == "Peter Wambura"),
        "only the removed follow-up named him"
    );
    assert!(card.figures.iter().all(|f| !f.sources_differ()));
    let mtui = card
        .who
        .iter()
        .find(|w| w.value.name == "Grace Mtui")
        .unwrap();
    assert_eq!(
        mtui.value.role, "Regional Commissioner of Mwanza",
        "the edit stays"
    );
    assert!(mtui.sources.iter().all(|s| s.source < 2));

    // Back to one article: exactly its own card, with the edit.
    assert!(merge::remove_source(&mut card, 1));
    assert_eq!(card.source_count(), 1);
    assert!(card.figures.is_empty());
    assert!(card.who.iter().all(|w| w.sources.is_empty()));
    assert!(
        !merge::remove_source(&mut card, 0),
        "a card keeps one source"
    );

    // Adding the others again gives back the merged card's items.
    merge::add_source(&mut card, facts("local.txt")).unwrap();
    merge::add_source(&mut card, facts("followup.txt")).unwrap();
    let names = |c: &Card| {
        let mut n: Vec<String> = c.who.iter().map(|w| w.value.name.clone()).collect();
        n.sort();
        n
    };
    assert_eq!(names(&card), names(&before));
    assert_eq!(
        merge::add_source(&mut card, facts("local.txt")),
        Err(AddSourceError::Duplicate("local.txt".to_owned()))
    );
}

#[test]
fn a_version_1_card_opens_as_one_source_and_lays_out_unchanged() {
    let card = merge::card_of(vec![facts("wire.txt")]);
    assert!(card.more_sources.is_empty() && card.figures.is_empty());
    let json = briefcard::store::card_to_json(&card);
    assert!(!json.contains("more_sources") && !json.contains("\"sources\""));
    let v1 = json.replace("\"version\": 2", "\"version\": 1");
    assert_ne!(v1, json);
    let back = briefcard::store::card_from_json(&v1, "old.briefcard.json").unwrap();
    assert_eq!(back.version, 2);
    assert_eq!(back.source_count(), 1);
    let a = layout_card_with(&card, &style(&card));
    let b = layout_card_with(&back, &style(&back));
    assert_eq!(a.fingerprint, b.fingerprint);

    // A merged card round-trips with its sources.
    let merged = merge::card_of(three());
    let json = briefcard::store::card_to_json(&merged);
    let back = briefcard::store::card_from_json(&json, "m.briefcard.json").unwrap();
    assert_eq!(back.source_count(), 3);
    assert_eq!(
        (&back.who, &back.when, &back.figures),
        (&merged.who, &merged.when, &merged.figures)
    );
    let a = layout_card_with(&merged, &style(&merged));
    let b = layout_card_with(&back, &style(&back));
    assert_eq!(
        a.fingerprint, b.fingerprint,
        "the saved card prints the same page"
    );
}

#[test]
fn the_merged_page_is_one_page_listing_its_sources_with_marks() {
    let card = merge::card_of(three());
    let page = layout_card_with(&card, &style(&card));
    let bytes = render(&page, &PdfMeta::for_card(&card)).expect("pdf");
    assert_eq!(pdfread::page_count(&bytes), 1);
    let words = pdfread::words(&bytes);
    for want in [
        "3 sources:",
        "wire.txt",
        "local.txt",
        "followup.txt",
        "Thu 13 Mar 2025",
        "sources differ",
        "14 killed",
        "Joseph Kasembe",
    ] {
        assert!(words.contains(want), "{want:?} is on the page: {words}");
    }
    assert!(
        !words.contains("12 killed"),
        "the minority toll is not printed"
    );
    // One article's page has no marks.
    let one = merge::card_of(vec![facts("wire.txt")]);
    let bytes = render(
        &layout_card_with(&one, &style(&one)),
        &PdfMeta::for_card(&one),
    )
    .unwrap();
    let words = pdfread::words(&bytes);
    assert!(!words.contains("sources differ") && !words.contains("FIGURES"));
}

#[test]
fn extract_merge_prints_one_object_with_sources_counts_and_conflicts() {
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_briefcard"))
            .args(args)
            .current_dir(fixture(""))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let merged: serde_json::Value = serde_json::from_str(&run(&[
        "extract",
        "--json",
        "--merge",
        "wire.txt",
        "local.txt",
        "followup.txt",
    ]))
    .unwrap();
    assert_eq!(merged["schema"], "briefcard.facts/1");
    assert_eq!(merged["sources"].as_array().unwrap().len(), 3);
    assert_eq!(merged["sources"][2]["published"], "2025-03-13");
    let mwanza = merged["where"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Mwanza")
        .unwrap();
    assert_eq!(mwanza["source_count"], 3);
    assert_eq!(mwanza["evidence"].as_array().unwrap().len(), 3);
    let killed = merged["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["what"] == "killed")
        .unwrap();
    assert_eq!(killed["value"], "14");
    assert_eq!(killed["conflicts"][0]["kind"], "number");
    // One file with --merge is the plain facts object, byte for byte.
    assert_eq!(
        run(&["extract", "--json", "--merge", "wire.txt"]),
        run(&["extract", "--json", "wire.txt"])
    );
}

#[test]
fn render_takes_several_articles_and_writes_one_page() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("brief.pdf");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_briefcard"))
        .arg("render")
        .args(["wire.txt", "local.txt", "followup.txt", "-o"])
        .arg(&out)
        .current_dir(fixture(""))
        .status()
        .unwrap();
    assert!(status.success());
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(pdfread::page_count(&bytes), 1);
    assert!(pdfread::words(&bytes).contains("3 sources: 1 AP (wire.txt)"));
}

#[test]
fn render_adds_articles_to_a_saved_card_and_keeps_its_edits() {
    let dir = tempfile::tempdir().unwrap();
    let mut card = merge::card_of(vec![facts("wire.txt")]);
    card.title.value = "Lake ferry disaster".into();
    card.title.state.edited = true;
    let saved = dir.path().join("ferry.briefcard.json");
    briefcard::store::save_card(&card, &saved).unwrap();
    let out = dir.path().join("brief.pdf");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_briefcard"))
        .arg("render")
        .arg(&saved)
        .arg(fixture("followup.txt"))
        .arg("-o")
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let words = pdfread::words(&std::fs::read(&out).unwrap());
    assert!(
        words.contains("Lake ferry disaster"),
        "the edit stays: {words}"
    );
    assert!(words.contains("2 sources:") && words.contains("followup.txt"));
}

#[test]
fn the_same_article_twice_is_refused_not_counted_as_agreement() {
    let mut card = merge::card_of(vec![facts("wire.txt")]);
    // The same text saved under another name is still one source.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("wire-copy.txt");
    std::fs::copy(fixture("wire.txt"), &copy).unwrap();
    let again = briefcard::cli::facts_of(&copy, None).unwrap();
    assert!(matches!(
        merge::add_source(&mut card, again),
        Err(AddSourceError::Duplicate(_))
    ));
    assert_eq!(card.source_count(), 1);

    let out = dir.path().join("brief.pdf");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_briefcard"))
        .arg("render")
        .args(["wire.txt", "local.txt", "wire.txt", "-o"])
        .arg(&out)
        .current_dir(fixture(""))
        .output()
        .unwrap();
    assert!(!run.status.success());
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("already on the card"), "{err}");
    assert!(!out.exists(), "no page for a refused card");
}
