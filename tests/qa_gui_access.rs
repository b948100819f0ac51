//! QA: every control can be found by a screen reader (it has a name), every shortcut of the
//! one Command enum is in a menu and does what its entry does, and the real window title
//! names the file and shows the unsaved-changes dot.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use briefcard::app::BriefcardApp;
use briefcard::app::command::Command;
use common::{click, open_menu, replace_text, settle, start};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

type H = Harness<'static, BriefcardApp>;

/// The controls a person can act on, by accessibility role.
fn is_control(role: egui::accesskit::Role) -> bool {
    use egui::accesskit::Role;
    matches!(
        role,
        Role::Button
            | Role::CheckBox
            | Role::RadioButton
            | Role::TextInput
            | Role::MultilineTextInput
            | Role::ComboBox
            | Role::Slider
            | Role::SpinButton
            | Role::Switch
            | Role::MenuItem
            | Role::MenuItemCheckBox
            | Role::MenuItemRadio
            | Role::Link
            | Role::DateInput
    )
}

/// The controls on screen that a screen reader could only call "button" or "edit".
fn unnamed_controls(h: &H) -> Vec<String> {
    h.root()
        .children_recursive()
        .filter(|n| is_control(n.accesskit_node().role()))
        .filter(|n| {
            n.accesskit_node()
                .label()
                .is_none_or(|l| l.trim().is_empty())
        })
        .map(|n| format!("{:?} (value {:?})", n.accesskit_node().role(), n.value()))
        .collect()
}

#[test]
fn every_control_has_a_name_a_screen_reader_can_say() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);
    let mut missing = unnamed_controls(&h);
    for menu in ["File", "Edit", "View"] {
        open_menu(&mut h, menu);
        missing.extend(
            unnamed_controls(&h)
                .into_iter()
                .map(|m| format!("{menu} menu: {m}")),
        );
        h.key_press(egui::Key::Escape);
        h.run_steps(2);
    }
    // The "save changes?" question.
    replace_text(&mut h, "Title", "A changed headline");
    h.state_mut().run_command(Command::OpenSample);
    h.run_steps(3);
    assert!(h.state().is_asking_to_save());
    missing.extend(
        unnamed_controls(&h)
            .into_iter()
            .map(|m| format!("save prompt: {m}")),
    );
    // Not checked: the in-app file picker (egui_file, used only when the desktop has no
    // dialog) leaves its path and file-name fields unnamed; that crate gives no way to name
    // them.
    let controls = h
        .root()
        .children_recursive()
        .filter(|n| is_control(n.accesskit_node().role()))
        .count();
    assert!(controls > 50, "the check saw the controls ({controls})");
    assert!(missing.is_empty(), "controls without a name: {missing:#?}");
}

/// The viewport commands of every frame while the queued events are handled one by one
/// (kittest runs one frame per queued event and keeps only the last frame's output).
fn frames(h: &mut H, steps: usize) -> Vec<egui::ViewportCommand> {
    let mut out = Vec::new();
    for _ in 0..steps {
        h.step();
        for vp in h.output().viewport_output.values() {
            out.extend(vp.commands.iter().cloned());
        }
    }
    out
}

/// Press Ctrl+`key` and return the viewport commands of the frames that handled it.
fn ctrl_press(h: &mut H, key: egui::Key) -> Vec<egui::ViewportCommand> {
    let ctrl = egui::Modifiers::COMMAND;
    h.event(egui::Event::ModifiersChanged(ctrl));
    h.step();
    h.event(egui::Event::Key {
        key,
        pressed: true,
        modifiers: ctrl,
        repeat: false,
        physical_key: None,
    });
    let mut cmds = frames(h, 1);
    h.event(egui::Event::Key {
        key,
        pressed: false,
        modifiers: ctrl,
        repeat: false,
        physical_key: None,
    });
    cmds.extend(frames(h, 1));
    h.event(egui::Event::ModifiersChanged(egui::Modifiers::default()));
    cmds.extend(frames(h, 1));
    cmds
}

/// The last title sent to the window among `cmds`.
fn title_in(cmds: &[egui::ViewportCommand]) -> Option<String> {
    cmds.iter().rev().find_map(|c| match c {
        egui::ViewportCommand::Title(t) => Some(t.clone()),
        _ => None,
    })
}

#[test]
fn the_window_title_names_the_file_and_marks_unsaved_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);
    h.get_by_label("Who 1 role").scroll_to_me();
    h.run_ok();
    h.get_by_label("Who 1 role").focus();
    h.run_steps(2);
    h.get_by_label("Who 1 role").type_text(" and envoy");
    let cmds = frames(&mut h, 3);
    assert_eq!(
        title_in(&cmds).as_deref(),
        Some("● (built-in sample) — briefcard"),
        "the desktop's title shows the unsaved dot"
    );
    let card = dir.path().join("Beijing trip.briefcard.json");
    h.state_mut().script_dialog(Some(card));
    let mut cmds = ctrl_press(&mut h, egui::Key::S);
    h.state_mut().wait_for_worker();
    cmds.extend(frames(&mut h, 3));
    assert_eq!(
        title_in(&cmds).as_deref(),
        Some("Beijing trip.briefcard.json — briefcard"),
        "the saved card's file name, no dot"
    );
}

/// The menu that holds each command with a shortcut.
fn menu_of(cmd: &Command) -> &'static str {
    match cmd {
        Command::Undo | Command::Redo => "Edit",
        _ => "File",
    }
}

#[test]
fn every_shortcut_is_shown_in_its_menu_with_the_same_keys() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);
    for cmd in Command::with_shortcuts() {
        let keys = h.ctx.format_shortcut(&cmd.shortcut().unwrap());
        open_menu(&mut h, menu_of(&cmd));
        // A menu entry reads as its words then its keys ("Save card Ctrl+S").
        let entry = format!("{} {keys}", cmd.label());
        assert!(
            h.query_by_label(&entry).is_some(),
            "the {} menu has the entry {entry:?}",
            menu_of(&cmd)
        );
        h.key_press(egui::Key::Escape);
        h.run_steps(2);
    }
}

#[test]
fn each_shortcut_does_what_its_menu_entry_does() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);
    let press = |h: &mut H, shift: bool, key: egui::Key| {
        let mut m = egui::Modifiers::COMMAND;
        if shift {
            m |= egui::Modifiers::SHIFT;
        }
        h.key_press_modifiers(m, key);
        settle(h);
    };

    // Ctrl+E exports.
    let pdf = dir.path().join("page.pdf");
    h.state_mut().script_dialog(Some(pdf.clone()));
    press(&mut h, false, egui::Key::E);
    assert!(
        pdf.exists(),
        "Ctrl+E wrote the PDF: {:?}",
        h.state().message()
    );

    // Ctrl+S asks for a file the first time; Ctrl+Shift+S always does.
    click(&mut h, "Add issue");
    let first = dir.path().join("first.briefcard.json");
    h.state_mut().script_dialog(Some(first.clone()));
    press(&mut h, false, egui::Key::S);
    assert!(first.exists() && !h.state().is_dirty());
    let second = dir.path().join("second.briefcard.json");
    h.state_mut().script_dialog(Some(second.clone()));
    press(&mut h, true, egui::Key::S);
    assert!(second.exists());
    assert!(
        h.state()
            .window_title()
            .starts_with("second.briefcard.json")
    );

    // Ctrl+Z / Ctrl+Shift+Z (outside a text field) undo and redo the card.
    let issues = h.state().card().issues.len();
    click(&mut h, "Add issue");
    press(&mut h, false, egui::Key::Z);
    assert_eq!(h.state().card().issues.len(), issues);
    press(&mut h, true, egui::Key::Z);
    assert_eq!(h.state().card().issues.len(), issues + 1);

    // Ctrl+O opens.
    let article = dir.path().join("oslo.txt");
    std::fs::write(
        &article,
        "Talks in Oslo\n\nOSLO (AP) — Envoys met in Oslo on Monday, the ministry said.\n",
    )
    .unwrap();
    click(&mut h, "Save card");
    settle(&mut h);
    h.state_mut().script_dialog(Some(article));
    press(&mut h, false, egui::Key::O);
    assert_eq!(h.state().window_title(), "oslo.txt — briefcard");

    // Ctrl+Q closes (nothing unsaved, so without asking).
    let closing = ctrl_press(&mut h, egui::Key::Q)
        .iter()
        .any(|c| matches!(c, egui::ViewportCommand::Close));
    assert!(closing, "Ctrl+Q closes the window");
}

#[test]
fn the_page_opens_full_size_in_a_window_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = start(dir.path(), None);
    assert!(h.query_by_label("Page, full size").is_none());
    // The button beside the paper choice (the View menu has the same entry).
    let button = h
        .query_all_by_label("Page full size")
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Button)
        .unwrap();
    button.click();
    h.run_steps(3);
    h.run_ok();
    let large = h
        .query_all_by_label("Page, full size")
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Image)
        .expect("the large page is drawn");
    let small = h.get_by_label("Page preview");
    let width = |n: &egui_kittest::Node<'_>| n.rect().width();
    assert!(
        width(&large) > 1.5 * width(&small),
        "large enough to read: {} vs {}",
        width(&large),
        width(&small)
    );
}

#[test]
fn in_a_small_window_the_name_fields_show_a_whole_name() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_path_buf();
    let mut h = Harness::builder()
        .with_size([1024.0, 700.0])
        .build_eframe(move |cc| {
            BriefcardApp::new(
                cc,
                briefcard::app::Startup {
                    path: None,
                    data_dir: Some(data),
                },
            )
        });
    settle(&mut h);
    h.get_by_label("Who 1 name").scroll_to_me();
    h.run_ok();
    let name = h.get_by_label("Who 1 name").rect().width();
    let role = h.get_by_label("Who 1 role").rect().width();
    // "Antony Blinken" in the body font is about 100 px; a role is longer.
    assert!(name >= 120.0, "name field {name} px");
    assert!(role >= 160.0, "role field {role} px");
    assert!(h.query_by_label("Page preview").is_some());
}
