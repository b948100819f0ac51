//! A card of several articles in the app (egui_kittest, no display): adding sources from the
//! File menu's button and by dropping a file on the article pane, the source switcher, the
//! "sources differ" choice, removing a source, and undo and autosave covering both.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};

mod common;

use briefcard::app::BriefcardApp;
use briefcard::app::command::Command;
use common::{Dropped, click, settle, start, value_of, who_names as names};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/merge")
        .join(name)
}

fn add_via_ui(h: &mut Harness<'static, BriefcardApp>, path: &Path) {
    h.state_mut().script_dialog(Some(path.to_path_buf()));
    click(h, "Add article to card…");
    settle(h);
}

#[test]
fn add_two_sources_switch_choose_a_reading_remove_one_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), Some(fixture("wire.txt")));
    assert_eq!(h.state().card().source_count(), 1);
    assert!(
        h.query_by_label("Remove source 1").is_none(),
        "one source stays"
    );

    add_via_ui(&mut h, &fixture("local.txt"));
    add_via_ui(&mut h, &fixture("followup.txt"));
    let card = h.state().card();
    assert_eq!(card.source_count(), 3, "{:?}", h.state().message());
    assert!(h.state().is_dirty());
    // The switcher names each source; the last added is shown.
    assert!(h.query_by_label("Source 2: local.txt").is_some());
    assert_eq!(h.state().shown_source(), 2);
    click(&mut h, "Source 1: AP (wire.txt)");
    assert_eq!(h.state().shown_source(), 0);

    // The toll the sources differ on: the majority's figure, both readings offered.
    assert_eq!(value_of(&h, "Figure 1 number"), "14");
    click(&mut h, "Use 12 (3) for Figure 1");
    assert_eq!(value_of(&h, "Figure 1 number"), "12", "the person's choice");
    assert!(h.state().card().figures[0].state.edited);

    // A fact only the follow-up has jumps to its sentence there.
    let who = names(&h);
    let n = who.iter().position(|w| w == "Peter Wambura").unwrap() + 1;
    click(&mut h, &format!("Show Who {n} in source 3"));
    assert_eq!(h.state().shown_source(), 2);

    // Remove the follow-up: what only it said leaves; the choice made stays.
    click(&mut h, "Remove source 3");
    assert_eq!(h.state().card().source_count(), 2);
    assert!(!names(&h).contains(&"Peter Wambura".to_owned()));
    assert_eq!(h.state().shown_source(), 1);

    // Undo brings it back; redo takes it off again.
    h.state_mut().run_command(Command::Undo);
    h.run_steps(2);
    assert_eq!(h.state().card().source_count(), 3);
    assert!(names(&h).contains(&"Peter Wambura".to_owned()));
    h.state_mut().run_command(Command::Redo);
    h.run_steps(2);
    assert_eq!(h.state().card().source_count(), 2);

    // The recovery copy holds every source.
    h.state_mut().autosave_now();
    let copies: Vec<_> = std::fs::read_dir(dir.path().join("recovery"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(copies.len(), 1);
    let text = std::fs::read_to_string(&copies[0]).unwrap();
    assert!(text.contains("\"more_sources\"") && text.contains("local.txt"));
}

#[test]
fn a_file_dropped_on_the_article_pane_joins_the_card() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), Some(fixture("wire.txt")));
    let rect = h
        .state()
        .article_pane_rect()
        .expect("the article pane is drawn");
    h.input_mut()
        .events
        .push(egui::Event::PointerMoved(rect.center()));
    h.run_steps(1);
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(fixture("local.txt"))));
    h.run_steps(2);
    settle(&mut h);
    assert_eq!(
        h.state().card().source_count(),
        2,
        "{:?}",
        h.state().message()
    );
    assert_eq!(
        h.state().window_title(),
        "● wire.txt — briefcard",
        "the card stays the same document"
    );
    // Adding the same article twice is refused, with a reason.
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(fixture("local.txt"))));
    h.run_steps(2);
    settle(&mut h);
    assert_eq!(h.state().card().source_count(), 2);
    assert!(
        h.state()
            .message()
            .is_some_and(|m| m.contains("already on the card")),
        "{:?}",
        h.state().message()
    );
}

#[test]
fn a_new_reference_date_on_a_merged_card_keeps_its_sources_and_edits() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), Some(fixture("wire.txt")));
    add_via_ui(&mut h, &fixture("local.txt"));
    assert_eq!(h.state().card().source_count(), 2);
    common::replace_text(&mut h, "Who 2 role", "Minister of Transport");
    common::replace_text(&mut h, "Reference date", "2025-03-19");
    click(&mut h, "Apply reference date");
    settle(&mut h);
    let card = h.state().card();
    assert_eq!(card.source_count(), 2, "{:?}", h.state().message());
    assert_eq!(
        card.facts.reference_date.value.as_deref(),
        Some("2025-03-19")
    );
    assert_eq!(card.who[1].value.role, "Minister of Transport");
    assert!(card.who.iter().any(|w| w.source_count() == 2));
}
