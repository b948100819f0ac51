//! Driving the app in tests: start it on a temporary data folder, let background work
//! finish, and click and type the way a person does (through accessible names).

#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};

use briefcard::app::{BriefcardApp, Startup};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// A window tall enough that every pane row is on screen (kittest only sees drawn widgets).
pub const SIZE: [f32; 2] = [1400.0, 2600.0];

pub fn start(data_dir: &Path, path: Option<PathBuf>) -> Harness<'static, BriefcardApp> {
    // Every file dialog in these tests is scripted, so rfd (and D-Bus) is never touched.
    let data_dir = data_dir.to_path_buf();
    let mut h = Harness::builder().with_size(SIZE).build_eframe(move |cc| {
        BriefcardApp::new(
            cc,
            Startup {
                path,
                data_dir: Some(data_dir),
            },
        )
    });
    settle(&mut h);
    h
}

/// Let background jobs finish and the frames that show their results run.
pub fn settle(h: &mut Harness<'static, BriefcardApp>) {
    for _ in 0..3 {
        h.state_mut().wait_for_worker();
        h.run_steps(2);
    }
}

/// Bring a control into view (the panes scroll) and click it.
pub fn click(h: &mut Harness<'static, BriefcardApp>, name: &str) {
    h.get_by_label(name).scroll_to_me();
    h.run_ok();
    h.get_by_label(name).click();
    h.run_steps(2);
    // Let windows and modals fade in (they are invisible on their first frame).
    h.run_ok();
}

/// Bring a text field into view, focus it, select all, and type.
pub fn replace_text(h: &mut Harness<'static, BriefcardApp>, name: &str, text: &str) {
    h.get_by_label(name).scroll_to_me();
    h.run_ok();
    h.get_by_label(name).focus();
    h.run_steps(1);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label(name).type_text(text);
    h.run_steps(2);
}

/// Open a menu of the menu bar by its name (menus are always on screen: no scrolling).
pub fn open_menu(h: &mut Harness<'static, BriefcardApp>, name: &str) {
    h.get_by_label(name).click();
    h.run_steps(2);
    h.run_ok();
}

/// Open `path` through the File menu's Open… (the dialog answers `path`).
pub fn open_via_ui(h: &mut Harness<'static, BriefcardApp>, path: &Path) {
    h.state_mut().script_dialog(Some(path.to_path_buf()));
    click(h, "Open…");
    settle(h);
}

pub fn value_of(h: &Harness<'static, BriefcardApp>, name: &str) -> String {
    h.get_by_label(name).value().unwrap_or_default()
}

/// The names in the card's Who list, in order.
pub fn who_names(h: &Harness<'static, BriefcardApp>) -> Vec<String> {
    h.state()
        .card()
        .who
        .iter()
        .map(|w| w.value.name.clone())
        .collect()
}

/// A file dropped on the window, as the windowing layer hands it over.
#[derive(Debug)]
pub struct Dropped(pub PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}
