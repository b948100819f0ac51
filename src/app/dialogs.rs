//! File dialogs: the native one (rfd, run by the worker off the UI thread) and the in-app
//! picker (egui_file) offered when no native dialog can be shown — rfd answers "cancelled"
//! within milliseconds when there is no desktop portal or zenity, which a person cannot do.
//! Tests script the chosen paths instead of showing any dialog.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::time::Duration;

use eframe::egui;
use egui_file::FileDialog;

use super::worker::DialogPurpose;

/// A native dialog that answered faster than this did not really open.
pub const TOO_FAST: Duration = Duration::from_millis(250);

/// The state of file choosing.
#[derive(Default)]
pub struct Dialogs {
    /// Paths that tests hand out instead of showing a dialog.
    scripted: VecDeque<Option<PathBuf>>,
    /// Always use the in-app picker (set after the native one failed once).
    native_unavailable: bool,
    /// The in-app picker, when open.
    fallback: Option<(DialogPurpose, FileDialog)>,
}

/// What asking for a path led to.
pub enum Ask {
    /// Answered at once (scripted).
    Now(Option<PathBuf>),
    /// Run the native dialog in the worker.
    Native,
    /// The in-app picker is now open.
    InApp,
}

impl Dialogs {
    /// Make the next dialog answer `path` at once (tests; `None` is "cancelled").
    pub fn script(&mut self, path: Option<PathBuf>) {
        self.scripted.push_back(path);
    }

    /// Start choosing a path for `purpose`.
    pub fn ask(&mut self, purpose: DialogPurpose, folder: Option<PathBuf>, file_name: &str) -> Ask {
        if let Some(answer) = self.scripted.pop_front() {
            return Ask::Now(answer);
        }
        if self.native_unavailable {
            self.open_fallback(purpose, folder, file_name);
            return Ask::InApp;
        }
        Ask::Native
    }

    /// Use the in-app picker from now on (tests, and machines known to have no dialog).
    pub fn prefer_in_app(&mut self) {
        self.native_unavailable = true;
    }

    /// The native dialog came back with nothing so fast that it cannot have been shown:
    /// open the in-app picker instead, and use it from now on.
    pub fn native_failed(
        &mut self,
        purpose: DialogPurpose,
        folder: Option<PathBuf>,
        file_name: &str,
    ) {
        self.native_unavailable = true;
        self.open_fallback(purpose, folder, file_name);
    }

    fn open_fallback(&mut self, purpose: DialogPurpose, folder: Option<PathBuf>, file_name: &str) {
        let folder = folder.or_else(|| std::env::current_dir().ok());
        let mut dialog = match purpose {
            DialogPurpose::Open => FileDialog::open_file().title("Open an article or a card"),
            DialogPurpose::AddSource => FileDialog::open_file().title("Add an article to the card"),
            DialogPurpose::SaveCard => FileDialog::save_file()
                .title("Save card")
                .default_filename(file_name),
            DialogPurpose::ExportPdf => FileDialog::save_file()
                .title("Export PDF")
                .default_filename(file_name),
            DialogPurpose::ExportPng => FileDialog::save_file()
                .title("Export PNG")
                .default_filename(file_name),
        };
        if let Some(folder) = folder {
            dialog = dialog.initial_path(folder);
        }
        dialog = dialog.id(egui::Id::unique("briefcard-file-picker"));
        dialog.open();
        self.fallback = Some((purpose, dialog));
    }

    /// True while the in-app picker is open.
    #[must_use]
    pub fn picker_open(&self) -> bool {
        self.fallback.is_some()
    }

    /// Draw the in-app picker; returns its answer when it closes (`None` path: cancelled).
    pub fn show(&mut self, ctx: &egui::Context) -> Option<(DialogPurpose, Option<PathBuf>)> {
        let (purpose, dialog) = self.fallback.as_mut()?;
        let purpose = *purpose;
        let state = dialog.show(ctx).state();
        let answer = match state {
            egui_file::State::Open => return None,
            egui_file::State::Selected => dialog.path().map(std::path::Path::to_path_buf),
            egui_file::State::Cancelled | egui_file::State::Closed => None,
        };
        self.fallback = None;
        Some((purpose, answer))
    }
}
