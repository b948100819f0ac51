//! The menu bar (File, Edit, View) and the toolbar under it.

use eframe::egui;

use crate::model::Paper;

use super::super::command::{Command, PageOption};
use super::super::settings::{Settings, ThemePref};

/// What the menus need to know to draw themselves.
pub struct MenuState<'a> {
    /// Recent files and theme.
    pub settings: &'a Settings,
    /// Something to undo.
    pub can_undo: bool,
    /// Something to redo.
    pub can_redo: bool,
    /// The card's paper.
    pub paper: Paper,
    /// The card's page options (map, timeline, monochrome).
    pub meta: &'a crate::model::CardMeta,
    /// A card is loaded (not still reading the first file).
    pub has_card: bool,
}

/// Draw the menu bar and toolbar; returns the commands clicked.
pub fn show(ui: &mut egui::Ui, state: &MenuState<'_>) -> Vec<Command> {
    let mut out = Vec::new();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            for cmd in [Command::Open, Command::OpenSample, Command::PasteArticle] {
                if cmd.menu_button(ui, true) {
                    out.push(cmd);
                }
            }
            if Command::AddSource.menu_button(ui, state.has_card) {
                out.push(Command::AddSource);
            }
            ui.menu_button("Open Recent", |ui| {
                if state.settings.recent.is_empty() {
                    ui.label("No recent files");
                }
                for path in &state.settings.recent {
                    let cmd = Command::OpenPath(path.clone());
                    if cmd.menu_button(ui, true) {
                        out.push(cmd);
                    }
                }
                ui.separator();
                if Command::PruneRecent.menu_button(ui, !state.settings.recent.is_empty()) {
                    out.push(Command::PruneRecent);
                }
            });
            ui.separator();
            for cmd in [
                Command::Save,
                Command::SaveAs,
                Command::ExportPdf,
                Command::ExportPng,
            ] {
                if cmd.menu_button(ui, state.has_card) {
                    out.push(cmd);
                }
            }
            ui.separator();
            if Command::Quit.menu_button(ui, true) {
                out.push(Command::Quit);
            }
        });
        ui.menu_button("Edit", |ui| {
            if Command::Undo.menu_button(ui, state.can_undo) {
                out.push(Command::Undo);
            }
            if Command::Redo.menu_button(ui, state.can_redo) {
                out.push(Command::Redo);
            }
        });
        ui.menu_button("View", |ui| {
            if Command::ShowPageLarge.menu_button(ui, state.has_card) {
                out.push(Command::ShowPageLarge);
            }
            ui.separator();
            for paper in [Paper::A4, Paper::Letter] {
                let cmd = Command::SetPaper(paper);
                if ui.radio(state.paper == paper, cmd.label()).clicked() {
                    out.push(cmd);
                    ui.close();
                }
            }
            ui.separator();
            for option in PageOption::ALL {
                let on = option.is_on(state.meta);
                let mut checked = on;
                if ui
                    .add_enabled(
                        state.has_card,
                        egui::Checkbox::new(&mut checked, option.label()),
                    )
                    .clicked()
                {
                    out.push(Command::SetPageOption(option, !on));
                }
            }
            ui.separator();
            for theme in ThemePref::ALL {
                let cmd = Command::SetTheme(theme);
                if ui
                    .radio(state.settings.theme == theme, cmd.label())
                    .clicked()
                {
                    out.push(cmd);
                    ui.close();
                }
            }
        });
    });
    ui.horizontal(|ui| {
        for cmd in [Command::Open, Command::Save, Command::ExportPdf] {
            let enabled = state.has_card || cmd == Command::Open;
            if cmd.button(ui, enabled) {
                out.push(cmd);
            }
        }
        ui.separator();
        if Command::Undo.button(ui, state.can_undo) {
            out.push(Command::Undo);
        }
        if Command::Redo.button(ui, state.can_redo) {
            out.push(Command::Redo);
        }
    });
    out
}
