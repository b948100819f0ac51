//! One enum for everything a person can ask the app to do: its label, shortcut and menu entry
//! come from here, so menus, buttons and shortcuts cannot drift apart. Panels return commands;
//! the app runs them once, after the panels.

use std::path::PathBuf;

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};

use crate::model::Paper;

use super::settings::ThemePref;

/// Something the person asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Pick an article or a card and open it.
    Open,
    /// Open a file by path (recent files, drops, the fallback picker).
    OpenPath(PathBuf),
    /// Open the built-in sample article.
    OpenSample,
    /// Take the clipboard's text (or HTML) as a new article.
    PasteArticle,
    /// Pick an article and add it to the open card as a further source.
    AddSource,
    /// Add the article at this path to the open card (a drop on the article pane).
    AddSourcePath(PathBuf),
    /// Take source `n` (0 = the first) off the card; what only it said leaves.
    RemoveSource(usize),
    /// Show source `n` in the article pane.
    ShowSource(usize),
    /// Highlight the sentence at a character offset of source `n` (0 = the first article).
    ShowInSource(usize, usize),
    /// Save the card to its file, asking for one the first time.
    Save,
    /// Save the card to a new file.
    SaveAs,
    /// Write the one-page PDF.
    ExportPdf,
    /// Write the page as a PNG image (for chat and slides).
    ExportPng,
    /// Show or hide a part of the page, or print it in black and greys.
    SetPageOption(PageOption, bool),
    /// Undo the last change to the card.
    Undo,
    /// Redo what was undone.
    Redo,
    /// Close the window (asks first when there are unsaved changes).
    Quit,
    /// Paper size of this card.
    SetPaper(Paper),
    /// Light, dark or follow the system.
    SetTheme(ThemePref),
    /// Resolve relative dates against this date again (`None`: the article's own date).
    SetReferenceDate(Option<jiff::civil::Date>),
    /// Highlight the sentence a fact came from (character offset into the article).
    ShowInArticle(usize),
    /// Highlight where this text (a summary sentence) stands in the article.
    ShowText(String),
    /// Show the page in a window of its own, large enough to read.
    ShowPageLarge,
    /// Forget recent files that no longer exist.
    PruneRecent,
    /// Add, delete, move or exclude an item of a list.
    Edit(List, ListOp),
}

/// Page options the person can switch (saved with the card).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageOption {
    /// The locator map.
    Map,
    /// The timeline of the When items.
    Timeline,
    /// Black and greys only, for office printers.
    Monochrome,
}

impl PageOption {
    /// Every option, in menu order.
    pub const ALL: [Self; 3] = [Self::Map, Self::Timeline, Self::Monochrome];

    /// The menu entry's words.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Map => "Show the map",
            Self::Timeline => "Show the timeline",
            Self::Monochrome => "Monochrome page",
        }
    }

    /// Whether the option is on for `meta`.
    #[must_use]
    pub fn is_on(self, meta: &crate::model::CardMeta) -> bool {
        match self {
            Self::Map => !meta.hide_map,
            Self::Timeline => !meta.hide_timeline,
            Self::Monochrome => meta.monochrome,
        }
    }

    /// Switch the option on or off in `meta`.
    pub fn set(self, meta: &mut crate::model::CardMeta, on: bool) {
        match self {
            Self::Map => meta.hide_map = !on,
            Self::Timeline => meta.hide_timeline = !on,
            Self::Monochrome => meta.monochrome = on,
        }
    }
}

/// The lists of a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    /// Lead sentences.
    Summary,
    /// People and organisations.
    Who,
    /// Places.
    Where,
    /// Dated events.
    When,
    /// Open issues.
    Issues,
    /// Counted figures (a card of several sources).
    Figures,
}

impl List {
    /// The name used in accessible names and messages ("Who 2 name").
    #[must_use]
    pub fn item_name(self) -> &'static str {
        match self {
            Self::Summary => "Summary",
            Self::Who => "Who",
            Self::Where => "Where",
            Self::When => "When",
            Self::Issues => "Issue",
            Self::Figures => "Figure",
        }
    }

    /// The label of the add button.
    #[must_use]
    pub fn add_label(self) -> &'static str {
        match self {
            Self::Summary => "Add summary sentence",
            Self::Who => "Add person",
            Self::Where => "Add place",
            Self::When => "Add date",
            Self::Issues => "Add issue",
            Self::Figures => "Add figure",
        }
    }
}

/// A change to the shape of a list (text edits are made in place).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListOp {
    /// A new, empty item at the end.
    Add,
    /// Remove the item.
    Delete(usize),
    /// Swap with the item above.
    MoveUp(usize),
    /// Swap with the item below.
    MoveDown(usize),
    /// Put the item on the page (true) or leave it off (false).
    SetIncluded(usize, bool),
}

impl Command {
    /// The words on the button or menu entry; also its accessible name.
    #[must_use]
    pub fn label(&self) -> String {
        match self {
            Self::Open => "Open…".into(),
            Self::OpenPath(p) => p.display().to_string(),
            Self::OpenSample => "Open the sample article".into(),
            Self::PasteArticle => "Paste article".into(),
            Self::AddSource => "Add article to card…".into(),
            Self::AddSourcePath(p) => format!("Add {} to the card", p.display()),
            Self::RemoveSource(n) => format!("Remove source {}", n + 1),
            Self::ShowSource(n) => format!("Source {}", n + 1),
            Self::ShowInSource(..) => "Show in article".into(),
            Self::Save => "Save card".into(),
            Self::SaveAs => "Save card as…".into(),
            Self::ExportPdf => "Export PDF…".into(),
            Self::ExportPng => "Export PNG…".into(),
            Self::SetPageOption(o, _) => o.label().into(),
            Self::Undo => "Undo".into(),
            Self::Redo => "Redo".into(),
            Self::Quit => "Quit".into(),
            Self::SetPaper(p) => p.label().into(),
            Self::SetTheme(t) => t.label().into(),
            Self::SetReferenceDate(_) => "Apply reference date".into(),
            Self::ShowInArticle(_) | Self::ShowText(_) => "Show in article".into(),
            Self::PruneRecent => "Forget missing files".into(),
            Self::ShowPageLarge => "Page full size".into(),
            Self::Edit(list, op) => match op {
                ListOp::Add => list.add_label().into(),
                ListOp::Delete(i) => format!("Delete {} {}", list.item_name(), i + 1),
                ListOp::MoveUp(i) => format!("Move {} {} up", list.item_name(), i + 1),
                ListOp::MoveDown(i) => format!("Move {} {} down", list.item_name(), i + 1),
                ListOp::SetIncluded(i, _) => format!("{} {} on page", list.item_name(), i + 1),
            },
        }
    }

    /// The keyboard shortcut, when the command has one.
    #[must_use]
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let key = match self {
            Self::Open => Key::O,
            Self::Save => Key::S,
            Self::SaveAs => {
                return Some(KeyboardShortcut::new(cmd | Modifiers::SHIFT, Key::S));
            }
            Self::ExportPdf => Key::E,
            Self::PasteArticle => {
                return Some(KeyboardShortcut::new(cmd | Modifiers::SHIFT, Key::V));
            }
            Self::Undo => Key::Z,
            Self::Redo => {
                return Some(KeyboardShortcut::new(cmd | Modifiers::SHIFT, Key::Z));
            }
            Self::Quit => Key::Q,
            _ => return None,
        };
        Some(KeyboardShortcut::new(cmd, key))
    }

    /// The commands with shortcuts, most specific first (Ctrl+Shift+S before Ctrl+S).
    #[must_use]
    pub fn with_shortcuts() -> [Self; 8] {
        [
            Self::SaveAs,
            Self::Redo,
            Self::PasteArticle,
            Self::Open,
            Self::Save,
            Self::ExportPdf,
            Self::Undo,
            Self::Quit,
        ]
    }

    /// A menu entry (a button with its shortcut shown); true when clicked.
    pub fn menu_button(&self, ui: &mut egui::Ui, enabled: bool) -> bool {
        let mut button = egui::Button::new(self.label());
        if let Some(sc) = self.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&sc));
        }
        let clicked = ui.add_enabled(enabled, button).clicked();
        if clicked {
            ui.close();
        }
        clicked
    }

    /// A plain button with a tooltip naming the shortcut; true when clicked.
    pub fn button(&self, ui: &mut egui::Ui, enabled: bool) -> bool {
        let mut response = ui.add_enabled(enabled, egui::Button::new(self.label()));
        if let Some(sc) = self.shortcut() {
            response = response.on_hover_text(ui.ctx().format_shortcut(&sc));
        }
        response.clicked()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_are_unique() {
        let all = Command::with_shortcuts();
        for (i, a) in all.iter().enumerate() {
            for b in all.iter().skip(i + 1) {
                assert_ne!(
                    a.shortcut(),
                    b.shortcut(),
                    "{a:?} and {b:?} share a shortcut"
                );
            }
        }
    }
}
