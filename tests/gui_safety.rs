//! Never losing a person's work, driven through the window (egui_kittest, no display):
//! undo at interaction boundaries, autosave and recovery, re-extraction that keeps edits,
//! failed writes that leave old files alone, and settings that survive a restart.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use briefcard::app::command::Command;
use briefcard::model::Paper;
use common::{click, replace_text, settle, start, value_of, who_names};
use eframe::egui;
use egui_kittest::kittest::Queryable as _;

#[test]
fn typing_a_word_is_one_undo_step_and_redo_brings_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);
    let original = value_of(&h, "Title");

    replace_text(&mut h, "Title", "Talks ");
    // Letter by letter, a frame each, as a person types: still one step.
    for letter in ["r", "e", "s", "u", "m", "e"] {
        h.get_by_label("Title").type_text(letter);
        h.run_steps(2);
    }
    assert_eq!(value_of(&h, "Title"), "Talks resume");

    click(&mut h, "Undo");
    assert_eq!(
        value_of(&h, "Title"),
        "Talks ",
        "one word undone, not one letter"
    );
    // Focus is out of the text field now, so Ctrl+Z is the card's undo.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert_eq!(value_of(&h, "Title"), original);

    click(&mut h, "Redo");
    assert_eq!(value_of(&h, "Title"), "Talks ");
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    h.run_steps(2);
    assert_eq!(value_of(&h, "Title"), "Talks resume");
}

#[test]
fn ctrl_z_inside_a_text_field_is_the_fields_own() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);
    let people = h.state().card().who.len();
    click(&mut h, "Add person");
    assert_eq!(h.state().card().who.len(), people + 1);

    replace_text(&mut h, "Title", "Envoy lands");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert_eq!(
        h.state().card().who.len(),
        people + 1,
        "the added person stays"
    );
}

#[test]
fn undo_and_redo_walk_back_and_forth_over_add_move_and_delete() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);
    let start_names = who_names(&h);

    click(&mut h, "Add person");
    let after_add = who_names(&h);
    click(&mut h, "Move Who 1 down");
    let after_move = who_names(&h);
    assert_eq!(after_move[0], start_names[1]);
    click(&mut h, "Delete Who 3");
    let after_delete = who_names(&h);
    assert_eq!(after_delete.len(), after_move.len() - 1);

    click(&mut h, "Undo");
    assert_eq!(who_names(&h), after_move);
    click(&mut h, "Undo");
    assert_eq!(who_names(&h), after_add);
    click(&mut h, "Undo");
    assert_eq!(who_names(&h), start_names);
    for expected in [&after_add, &after_move, &after_delete] {
        click(&mut h, "Redo");
        assert_eq!(&who_names(&h), expected);
    }
}

#[test]
fn a_new_reference_date_keeps_what_the_person_changed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);
    replace_text(&mut h, "Who 1 role", "Visiting envoy");
    click(&mut h, "Where 2 on page");
    let excluded = h.state().card().places[1].value.name.clone();
    let untouched_when: Vec<_> = h
        .state()
        .card()
        .when
        .iter()
        .map(|w| w.value.value.clone())
        .collect();

    replace_text(&mut h, "Reference date", "2023-07-05");
    click(&mut h, "Apply reference date");
    settle(&mut h);

    let card = h.state().card();
    assert_eq!(
        card.meta.reference_date.value.as_deref(),
        Some("2023-07-05")
    );
    assert_eq!(
        card.who[0].value.role, "Visiting envoy",
        "the edited role stays"
    );
    let place = card
        .places
        .iter()
        .find(|p| p.value.name == excluded)
        .unwrap();
    assert!(place.state.excluded, "the excluded place stays excluded");
    let now_when: Vec<_> = card.when.iter().map(|w| w.value.value.clone()).collect();
    assert_ne!(
        now_when, untouched_when,
        "untouched dates are resolved again"
    );

    // The re-extraction is one undo step.
    click(&mut h, "Undo");
    assert_eq!(
        h.state().card().meta.reference_date.value.as_deref(),
        Some("2023-06-14")
    );
    assert_eq!(h.state().card().who[0].value.role, "Visiting envoy");
}

#[test]
fn unsaved_work_is_backed_up_within_two_seconds_and_restored_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let on_screen = {
        let mut h = start(dir.path(), None);
        replace_text(&mut h, "Title", "Unsaved headline for the desk");
        click(&mut h, "Add issue");
        let n = h.state().card().issues.len();
        replace_text(&mut h, &format!("Issue {n}"), "Water rights on the river");
        click(&mut h, "Where 1 on page");
        let recovery = h.state().recovery_path().unwrap();
        let on_screen = briefcard::store::card_to_json(h.state().card());
        let in_copy = || {
            let text = std::fs::read_to_string(&recovery).ok()?;
            let copy: briefcard::app::document::RecoveryCopy = serde_json::from_str(&text).ok()?;
            Some(briefcard::store::card_to_json(&copy.card))
        };
        // The app's own autosave (no forced write): the copy holds the last change, not
        // only the first one, within two seconds of it.
        let began = Instant::now();
        while in_copy().as_deref() != Some(on_screen.as_str())
            && began.elapsed() < Duration::from_secs(4)
        {
            h.step();
            std::thread::sleep(Duration::from_millis(50));
            h.state_mut().wait_for_worker();
        }
        assert!(
            began.elapsed() <= Duration::from_secs(2),
            "the last change backed up within two seconds ({:?})",
            began.elapsed()
        );
        let card = h.state().card().clone();
        // A crash: the normal exit path never runs.
        std::mem::forget(h);
        card
    };

    let mut h = start(dir.path(), None);
    assert_eq!(h.state().recovery_offer().len(), 1);
    assert!(h.query_by_label("Restore unsaved work?").is_some());
    assert!(
        h.query_by_label_contains("Unsaved headline for the desk (unsaved, ")
            .is_some()
    );
    click(&mut h, "Restore card 1");
    let json = briefcard::store::card_to_json;
    assert_eq!(
        json(h.state().card()),
        json(&on_screen),
        "exactly what was on screen"
    );
    assert!(h.state().is_dirty());
    assert!(h.state().window_title().starts_with("● "));

    // Saving it removes the recovery copy.
    let recovery = h.state().recovery_path().unwrap();
    assert!(recovery.exists());
    h.state_mut()
        .script_dialog(Some(dir.path().join("desk.briefcard.json")));
    click(&mut h, "Save card");
    settle(&mut h);
    assert!(!h.state().is_dirty());
    assert!(!recovery.exists(), "a saved card leaves no recovery copy");
}

/// Make `dir` refuse new files, even for root (who ignores permissions): `chmod 555`, and
/// `chattr +i` when that is not enough. False when neither works here.
fn lock_folder(dir: &Path, lock: bool) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    let chattr = |flag: &str| {
        std::process::Command::new("chattr")
            .arg(flag)
            .arg(dir)
            .status()
            .is_ok_and(|s| s.success())
    };
    if !lock {
        chattr("-i");
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        return true;
    }
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = dir.join(".probe");
    if std::fs::write(&probe, b"x").is_ok() {
        let _ = std::fs::remove_file(&probe);
        chattr("+i");
    }
    std::fs::write(&probe, b"x").is_err()
}

#[test]
fn a_failed_export_or_save_leaves_the_old_file_and_the_card_intact() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let pdf = out.join("brief.pdf");
    let card_file = out.join("brief.briefcard.json");
    let mut h = start(dir.path(), None);
    h.state_mut().script_dialog(Some(pdf.clone()));
    click(&mut h, "Export PDF…");
    settle(&mut h);
    h.state_mut().script_dialog(Some(card_file.clone()));
    click(&mut h, "Save card");
    settle(&mut h);
    let old_pdf = std::fs::read(&pdf).unwrap();
    let old_card = std::fs::read(&card_file).unwrap();

    if !lock_folder(&out, true) {
        eprintln!("skipped: this machine cannot make a folder read-only");
        return;
    }
    replace_text(&mut h, "Title", "Changed after the export");
    h.state_mut().script_dialog(Some(pdf.clone()));
    click(&mut h, "Export PDF…");
    settle(&mut h);
    let export_msg = h.state().message().unwrap_or_default().to_owned();
    click(&mut h, "Save card");
    settle(&mut h);
    let save_msg = h.state().message().unwrap_or_default().to_owned();
    lock_folder(&out, false);

    assert_eq!(
        std::fs::read(&pdf).unwrap(),
        old_pdf,
        "the previous PDF is byte-identical"
    );
    assert_eq!(
        std::fs::read(&card_file).unwrap(),
        old_card,
        "the previous card file is intact"
    );
    assert!(
        export_msg.contains("previous file is unchanged"),
        "{export_msg}"
    );
    assert!(
        save_msg.contains("previous file is unchanged"),
        "{save_msg}"
    );
    assert!(
        save_msg.ends_with(&card_file.display().to_string()),
        "path last: {save_msg}"
    );
    assert!(h.state().is_dirty(), "the card stays open and unsaved");
    assert_eq!(value_of(&h, "Title"), "Changed after the export");
}

#[test]
fn settings_and_recent_files_survive_a_restart_and_damage_falls_back() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("summit.txt");
    std::fs::write(
        &article,
        "Leaders meet in Nairobi\n\nNAIROBI (AP) — Regional leaders met in Nairobi on Monday to \
         discuss a drought plan, Kenya's foreign minister said.\n",
    )
    .unwrap();
    {
        let mut h = start(dir.path(), None);
        h.state_mut()
            .run_command(Command::OpenPath(article.clone()));
        settle(&mut h);
        h.state_mut().run_command(Command::SetPaper(Paper::Letter));
        h.state_mut()
            .run_command(Command::SetTheme(briefcard::app::settings::ThemePref::Dark));
        settle(&mut h);
        assert_eq!(h.state().settings().recent.len(), 1);
    }
    let h = start(dir.path(), None);
    let s = h.state().settings();
    assert_eq!(s.paper, Paper::Letter);
    assert_eq!(s.theme, briefcard::app::settings::ThemePref::Dark);
    assert_eq!(s.recent, vec![article.clone()]);
    assert_eq!(
        h.state().card().meta.paper,
        Paper::Letter,
        "new cards use the chosen paper"
    );
    drop(h);

    std::fs::remove_file(&article).unwrap();
    let h = start(dir.path(), None);
    assert!(
        h.state().settings().recent.is_empty(),
        "missing files leave the recent list"
    );
    drop(h);

    std::fs::write(dir.path().join("settings.json"), "{\"theme\": 42").unwrap();
    let h = start(dir.path(), None);
    assert_eq!(h.state().settings().paper, Paper::A4);
    let msg = h.state().message().unwrap_or_default();
    assert!(msg.contains("defaults"), "a notice, not a crash: {msg}");
}
