//! The GUI shell, the only module that knows eframe: the [`BriefcardApp`] that draws the
//! panels each frame, runs the commands they return, and hands every slow thing (reading,
//! extraction, saving, export, file dialogs) to the worker so the window never freezes.

pub mod command;
pub mod dialogs;
pub mod document;
pub mod history;
pub mod panels;
pub mod settings;
pub mod worker;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui;

use crate::layout::PageLayout;
use crate::model::{Card, Facts};

use command::{Command, List, ListOp};
use dialogs::{Ask, Dialogs};
use document::{Document, RecoveryCopy, RecoveryEntry, RecoveryStore};
use history::{History, Interaction, Snapshot};
use panels::status::{Level, Message};
use settings::{Settings, ThemePref};
use worker::{DialogPurpose, Done, Source, Worker};

/// Autosave waits this long after the last change, so a burst of typing is one write...
const AUTOSAVE_QUIET: Duration = Duration::from_millis(400);
/// ...but never longer than this after the first unsaved change.
const AUTOSAVE_MAX_DELAY: Duration = Duration::from_millis(1500);

/// How the app starts.
#[derive(Debug, Clone, Default)]
pub struct Startup {
    /// The file to open; the built-in sample when `None`.
    pub path: Option<PathBuf>,
    /// Where settings and recovery copies live; nothing is persisted when `None`.
    pub data_dir: Option<PathBuf>,
}

/// Something that must wait until the person has answered "save changes?".
#[derive(Debug, Clone)]
enum Pending {
    /// Open a file or the sample.
    Load(Source),
    /// Show the open dialog.
    AskOpen,
    /// Close the window.
    Close,
    /// Restore a recovery copy.
    Restore(Box<RecoveryEntry>),
    /// Show a card that finished loading while the current one was being edited.
    Show(Box<worker::Loaded>),
}

/// The page layout, computed by the worker when the card changes, not every frame.
struct PreviewCache {
    key: (String, u64),
    page: Arc<PageLayout>,
}

/// The briefcard window.
pub struct BriefcardApp {
    ctx: egui::Context,
    doc: Document,
    loading: bool,
    history: History,
    settled_rev: u64,
    worker: Worker,
    dialogs: Dialogs,
    settings: Settings,
    data_dir: Option<PathBuf>,
    recovery: Option<RecoveryStore>,
    recovery_offer: Vec<RecoveryEntry>,
    message: Option<Message>,
    preview: Option<PreviewCache>,
    layout_running: bool,
    page_large: bool,
    article_view: panels::article::ArticleView,
    /// Which of the card's sources the article pane shows (0 = the first article).
    shown_source: usize,
    /// The shown source's facts when it is not the first, shared with the article view
    /// (keyed by source index, path and text length, so an added or removed source is seen).
    source_facts: Option<((usize, String, usize), Arc<Facts>)>,
    /// Where the article pane was last drawn: a file dropped there is added to the card.
    article_rect: Option<egui::Rect>,
    /// The article being read to add to the card: its ticket, and the document it is for.
    source_request: Vec<(u64, String)>,
    source_ticket: u64,
    selected: Option<(usize, usize)>,
    scroll_to_selection: bool,
    ref_date: panels::facts::RefDateField,
    reextract_ticket: u64,
    load_ticket: u64,
    scripted_paste: Option<String>,
    prompt: Option<Pending>,
    after_save: Option<Pending>,
    close_allowed: bool,
    autosaved_rev: Option<u64>,
    last_change: Option<Instant>,
    first_unsaved: Option<Instant>,
    seen_rev: u64,
    autosave_warned: bool,
    title_sent: String,
    last_export: Option<worker::ExportReport>,
}

fn theme_preference(t: ThemePref) -> egui::ThemePreference {
    match t {
        ThemePref::System => egui::ThemePreference::System,
        ThemePref::Light => egui::ThemePreference::Light,
        ThemePref::Dark => egui::ThemePreference::Dark,
    }
}

impl BriefcardApp {
    /// Build the app inside eframe (or egui_kittest's `Harness::new_eframe`).
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        Self::with_context(&cc.egui_ctx, startup)
    }

    /// Build the app on an egui context: starts reading the file (or the sample) in the
    /// worker, and looks for recovery copies of unsaved cards.
    #[must_use]
    pub fn with_context(ctx: &egui::Context, startup: Startup) -> Self {
        // The page fonts, also egui's fallback so no character shows as a box (and
        // egui_kittest never meets a missing glyph).
        crate::render::preview::install_fonts(ctx);
        let (mut settings, notice) = match &startup.data_dir {
            Some(dir) => Settings::load(dir),
            None => (Settings::default(), None),
        };
        settings.prune_recent();
        ctx.set_theme(theme_preference(settings.theme));
        let recovery = startup.data_dir.as_deref().map(RecoveryStore::new);
        let recovery_offer = recovery
            .as_ref()
            .map(RecoveryStore::list)
            .unwrap_or_default();
        let mut app = Self {
            ctx: ctx.clone(),
            doc: Document::new(Card::default(), None, "briefcard".into()),
            loading: true,
            history: History::default(),
            settled_rev: 0,
            worker: Worker::new(ctx.clone()),
            dialogs: Dialogs::default(),
            settings,
            data_dir: startup.data_dir,
            recovery,
            recovery_offer,
            message: notice.map(|text| Message {
                level: Level::Warning,
                text,
            }),
            preview: None,
            layout_running: false,
            page_large: false,
            article_view: panels::article::ArticleView::default(),
            shown_source: 0,
            source_facts: None,
            article_rect: None,
            source_request: Vec::new(),
            source_ticket: 0,
            selected: None,
            scroll_to_selection: false,
            ref_date: panels::facts::RefDateField::default(),
            reextract_ticket: 0,
            load_ticket: 0,
            scripted_paste: None,
            prompt: None,
            after_save: None,
            close_allowed: false,
            autosaved_rev: None,
            last_change: None,
            first_unsaved: None,
            seen_rev: 0,
            autosave_warned: false,
            title_sent: String::new(),
            last_export: None,
        };
        let source = startup.path.map_or(Source::Sample, Source::Path);
        app.load(source);
        app
    }

    // ----- access for tests and the headless hook -----

    /// The card as shown.
    #[must_use]
    pub fn card(&self) -> &Card {
        &self.doc.card
    }

    /// True when the card has unsaved changes.
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.doc.dirty
    }

    /// Which source the article pane shows (0 = the first article).
    #[must_use]
    pub fn shown_source(&self) -> usize {
        self.shown_source
    }

    /// Where the article pane was drawn last frame (a file dropped there joins the card).
    #[must_use]
    pub fn article_pane_rect(&self) -> Option<egui::Rect> {
        self.article_rect
    }

    /// The window title the app wants.
    #[must_use]
    pub fn window_title(&self) -> String {
        self.doc.title()
    }

    /// The last status message.
    #[must_use]
    pub fn message(&self) -> Option<&str> {
        self.message.as_ref().map(|m| m.text.as_str())
    }

    /// The character range of the article sentence marked for the selected fact.
    #[must_use]
    pub fn selected_sentence(&self) -> Option<(usize, usize)> {
        self.selected
    }

    /// The last successful export.
    #[must_use]
    pub fn last_export(&self) -> Option<&worker::ExportReport> {
        self.last_export.as_ref()
    }

    /// The recovery copies offered at start.
    #[must_use]
    pub fn recovery_offer(&self) -> &[RecoveryEntry] {
        &self.recovery_offer
    }

    /// True while the "save changes?" question is on screen.
    #[must_use]
    pub fn is_asking_to_save(&self) -> bool {
        self.prompt.is_some()
    }

    /// The person's settings as they stand.
    #[must_use]
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// True once the person agreed to close the window.
    #[must_use]
    pub fn close_allowed(&self) -> bool {
        self.close_allowed
    }

    /// The recovery file of the open card.
    #[must_use]
    pub fn recovery_path(&self) -> Option<PathBuf> {
        self.recovery
            .as_ref()
            .map(|r| r.path_of(&self.doc.recovery_id))
    }

    /// Make the next file dialog answer `path` without showing anything (tests).
    pub fn script_dialog(&mut self, path: Option<PathBuf>) {
        self.dialogs.script(path);
    }

    /// Make the next Paste article take `text` instead of the system clipboard (tests).
    pub fn script_clipboard(&mut self, text: &str) {
        self.scripted_paste = Some(text.to_owned());
    }

    /// Use the in-app file picker instead of the desktop's dialog.
    pub fn use_in_app_picker(&mut self) {
        self.dialogs.prefer_in_app();
    }

    /// Wait for every background job and apply its result (tests, and quitting).
    pub fn wait_for_worker(&mut self) {
        let done = self.worker.wait_idle(Duration::from_secs(60));
        for d in done {
            self.apply_done(d);
        }
    }

    /// Write the recovery copy now if it is behind (tests; the app does it within 2 s).
    pub fn autosave_now(&mut self) {
        self.first_unsaved = Some(Instant::now() - AUTOSAVE_MAX_DELAY);
        self.autosave_tick();
        self.wait_for_worker();
    }

    /// Run a command as if a menu entry or shortcut had been used.
    pub fn run_command(&mut self, cmd: Command) {
        self.run(cmd);
    }

    // ----- results from the worker -----

    fn set_message(&mut self, level: Level, text: impl Into<String>) {
        self.message = Some(Message {
            level,
            text: text.into(),
        });
    }

    fn apply_done(&mut self, done: Done) {
        match done {
            Done::Loaded { ticket, .. } if ticket != self.load_ticket => {
                // A file asked for earlier, overtaken by a later Open: the person no longer
                // wants it, and it must not replace what they opened since.
            }
            Done::Loaded {
                result: Ok(loaded), ..
            } => {
                if self.doc.dirty {
                    // Edits made while the file was being read must not vanish.
                    self.guard(Pending::Show(loaded));
                } else {
                    self.show_loaded(*loaded);
                }
            }
            Done::Loaded { result: Err(e), .. } => {
                if self.loading {
                    // Nothing was open yet: fall back to the sample so the window is useful.
                    self.load(Source::Sample);
                }
                // One sentence, path last; the card on screen is untouched.
                self.set_message(Level::Error, e);
            }
            Done::SourceRead { ticket, result } => {
                let asked = self.source_request.iter().position(|(t, _)| *t == ticket);
                let Some((_, doc)) = asked.map(|i| self.source_request.remove(i)) else {
                    return;
                };
                if doc != self.doc.recovery_id {
                    // Asked for another card, since replaced: it must not land on this one.
                    return;
                }
                match result {
                    Ok(facts) => self.add_source(*facts),
                    Err(e) => self.set_message(Level::Error, e),
                }
            }
            Done::Reextracted { ticket, facts } => {
                if ticket == self.reextract_ticket {
                    self.commit_pending();
                    if self.doc.card.source_count() >= 2 {
                        // The first source's new date; the others keep theirs.
                        let sources: Vec<Facts> = std::iter::once(*facts)
                            .chain(self.doc.card.more_sources.iter().cloned())
                            .collect();
                        crate::extract::merge::refresh(&mut self.doc.card, sources);
                    } else {
                        self.doc.card.refresh(*facts);
                    }
                    self.doc.facts = Arc::new(self.doc.card.facts.clone());
                    self.sync_ref_date_field();
                    self.changed_by_command();
                    self.set_message(
                        Level::Info,
                        "Dates re-resolved; items you edited, added or excluded were kept.",
                    );
                }
            }
            Done::Saved {
                doc,
                path,
                revision,
                result,
            } => match result {
                Ok(()) if doc != self.doc.recovery_id => {
                    // Another card is open by now; this one was saved safely all the same.
                    self.settings.note_recent(&path);
                    self.save_settings();
                    self.set_message(Level::Info, format!("Saved {}.", path.display()));
                }
                Ok(()) => {
                    self.settings.note_recent(&path);
                    self.save_settings();
                    self.doc.file = Some(path.clone());
                    self.doc.name = path.file_name().map_or_else(
                        || path.display().to_string(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                    if self.doc.revision == revision {
                        self.doc.dirty = false;
                        self.remove_recovery();
                    }
                    self.set_message(Level::Info, format!("Saved {}.", path.display()));
                    if let Some(next) = self.after_save.take() {
                        self.do_pending(next);
                    }
                }
                Err(e) => {
                    self.after_save = None;
                    // The card stays open and dirty; the sentence says the old file is intact.
                    self.set_message(Level::Error, e);
                }
            },
            Done::Exported(Ok(report)) => {
                let mut text = format!("Exported {}.", report.path.display());
                if !report.omitted.is_empty() {
                    text.push_str(&format!(
                        " Left out to fit one page: {}.",
                        report.omitted.join("; ")
                    ));
                }
                if !report.unprintable.is_empty() {
                    let list: Vec<String> = report
                        .unprintable
                        .iter()
                        .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
                        .collect();
                    text.push_str(&format!(
                        " These characters cannot be printed with the bundled font and are missing from the PDF: {}.",
                        list.join(", ")
                    ));
                }
                let level = if report.omitted.is_empty() && report.unprintable.is_empty() {
                    Level::Info
                } else {
                    Level::Warning
                };
                if let Some(parent) = report.path.parent() {
                    self.settings.last_folder = Some(parent.to_path_buf());
                    self.save_settings();
                }
                self.last_export = Some(report);
                self.set_message(level, text);
            }
            Done::Exported(Err(e)) => self.set_message(Level::Error, e),
            Done::Autosaved {
                doc,
                revision,
                result,
            } => {
                if doc != self.doc.recovery_id {
                    // The card was saved or discarded while its copy was being written.
                    if let Some(r) = &self.recovery {
                        r.remove(&doc);
                    }
                } else if let Err(e) = result {
                    if self.autosaved_rev == Some(revision) {
                        self.autosaved_rev = None;
                    }
                    if !self.autosave_warned {
                        self.autosave_warned = true;
                        self.set_message(
                            Level::Warning,
                            format!("Unsaved changes could not be backed up for recovery. {e}"),
                        );
                    }
                } else if !self.doc.dirty {
                    // Saved or discarded while the copy was being written.
                    self.remove_recovery();
                }
            }
            Done::Dialog {
                purpose,
                path,
                open_for,
            } => {
                if path.is_none() && open_for < dialogs::TOO_FAST {
                    let name = self.default_file_name(purpose);
                    self.dialogs
                        .native_failed(purpose, self.settings.last_folder.clone(), &name);
                } else {
                    self.dialog_answer(purpose, path);
                }
            }
            Done::Laid { key, page } => {
                self.layout_running = false;
                if key.0 == self.doc.recovery_id {
                    self.preview = Some(PreviewCache {
                        key,
                        page: Arc::new(*page),
                    });
                }
                // The card may have changed meanwhile: the next frame asks again.
                self.ctx.request_repaint();
            }
            Done::SettingsSaved(Err(e)) => self.set_message(
                Level::Warning,
                format!("Your settings could not be saved. {e}"),
            ),
            Done::SettingsSaved(Ok(())) => {}
            Done::Failed => self.set_message(
                Level::Error,
                "Something went wrong inside briefcard; your card is unchanged.",
            ),
        }
    }

    /// Read a file (or the sample) in the worker; only the latest request is shown.
    fn load(&mut self, source: Source) {
        self.load_ticket += 1;
        self.worker.load(self.load_ticket, source);
    }

    fn show_loaded(&mut self, mut loaded: worker::Loaded) {
        if loaded.file.is_none() {
            // A new card from an article takes the person's usual paper.
            loaded.card.meta.paper = self.settings.paper;
        }
        if let Some(p) = &loaded.opened {
            self.settings.note_recent(p);
            self.save_settings();
        }
        let name = loaded.name.clone();
        let first = self.loading;
        self.replace_document(Document::new(loaded.card, loaded.file, loaded.name));
        let mut text = format!("Opened {name}.");
        for note in &loaded.notes {
            text.push(' ');
            text.push_str(&as_sentence(note));
        }
        match self.message.take() {
            // A notice from start-up (damaged settings, a file that could not be
            // opened) must not vanish behind "Opened the sample".
            Some(m) if first && m.level != Level::Info => {
                self.set_message(m.level, format!("{text} {}", m.text));
            }
            _ => self.set_message(Level::Info, text),
        }
    }

    /// Merge a freshly read article into the card as one undo step.
    fn add_source(&mut self, facts: Facts) {
        let name = crate::model::source_name(&facts);
        self.commit_pending();
        match crate::extract::merge::add_source(&mut self.doc.card, facts) {
            Ok(()) => {
                self.doc.facts = Arc::new(self.doc.card.facts.clone());
                self.shown_source = self.doc.card.source_count() - 1;
                self.selected = None;
                self.changed_by_command();
                self.set_message(
                    Level::Info,
                    format!(
                        "Added {name}: the card merges {} sources; items you edited, added or \
                         excluded were kept.",
                        self.doc.card.source_count()
                    ),
                );
            }
            Err(e) => self.set_message(Level::Error, format!("{}.", as_sentence(&e.to_string()))),
        }
    }

    /// Read an article (off the UI thread) to add to the open card.
    fn request_source(&mut self, source: Source) {
        if self.loading {
            self.set_message(Level::Info, "Open an article first, then add others to it.");
            return;
        }
        if self.doc.card.source_count() >= crate::model::MAX_SOURCES {
            self.set_message(
                Level::Error,
                format!(
                    "A card holds at most {} articles.",
                    crate::model::MAX_SOURCES
                ),
            );
            return;
        }
        self.source_ticket += 1;
        self.source_request
            .push((self.source_ticket, self.doc.recovery_id.clone()));
        self.worker.read_source(self.source_ticket, source);
    }

    /// The facts of the source the article pane shows.
    fn shown_facts(&mut self) -> Arc<Facts> {
        if self.shown_source >= self.doc.card.source_count() {
            self.shown_source = 0;
        }
        let Some(f) = self
            .doc
            .card
            .source(self.shown_source)
            .filter(|_| self.shown_source > 0)
        else {
            return Arc::clone(&self.doc.facts);
        };
        let key = (
            self.shown_source,
            f.source.path.clone(),
            f.article.text.len(),
        );
        match &self.source_facts {
            Some((k, arc)) if *k == key => Arc::clone(arc),
            _ => {
                let arc = Arc::new(f.clone());
                self.source_facts = Some((key, Arc::clone(&arc)));
                arc
            }
        }
    }

    fn replace_document(&mut self, doc: Document) {
        self.loading = false;
        self.shown_source = 0;
        self.source_request.clear();
        // A re-extraction still running belongs to the old card.
        self.reextract_ticket += 1;
        self.doc = doc;
        self.selected = None;
        self.preview = None;
        self.autosaved_rev = None;
        self.last_change = None;
        self.first_unsaved = None;
        self.seen_rev = self.doc.revision;
        self.sync_ref_date_field();
        let snap = Snapshot::capture(&mut self.doc.card, &self.doc.facts);
        self.history.reset(snap);
        self.settled_rev = self.doc.revision;
    }

    fn sync_ref_date_field(&mut self) {
        self.ref_date.text = self
            .doc
            .card
            .meta
            .reference_date
            .value
            .clone()
            .unwrap_or_default();
    }

    fn remove_recovery(&mut self) {
        if let Some(r) = &self.recovery {
            r.remove(&self.doc.recovery_id);
        }
        self.autosaved_rev = None;
    }

    fn save_settings(&mut self) {
        if let Some(dir) = self.data_dir.clone() {
            self.worker.save_settings(self.settings.clone(), dir);
        }
    }

    fn default_file_name(&self, purpose: DialogPurpose) -> String {
        let stem: String = self
            .doc
            .name
            .trim_end_matches(".briefcard.json")
            .rsplit_once('.')
            .map_or(self.doc.name.as_str(), |(s, _)| s)
            .chars()
            .filter(|c| !matches!(c, '(' | ')' | '/' | '\\'))
            .collect();
        let stem = if stem.trim().is_empty() {
            "briefing".to_owned()
        } else {
            stem.trim().replace(' ', "-")
        };
        match purpose {
            DialogPurpose::Open | DialogPurpose::AddSource => String::new(),
            DialogPurpose::SaveCard => format!("{stem}.briefcard.json"),
            DialogPurpose::ExportPdf => format!("{stem}.pdf"),
            DialogPurpose::ExportPng => format!("{stem}.png"),
        }
    }

    fn ask_path(&mut self, purpose: DialogPurpose) {
        if self.worker.is_running(worker::DIALOG_LABEL) || self.dialogs.picker_open() {
            self.set_message(Level::Info, "A file dialog is already open.");
            return;
        }
        let name = self.default_file_name(purpose);
        let folder = self
            .doc
            .file
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .or_else(|| self.settings.last_folder.clone());
        match self.dialogs.ask(purpose, folder.clone(), &name) {
            Ask::Now(path) => self.dialog_answer(purpose, path),
            Ask::Native => self.worker.dialog(purpose, folder, name),
            Ask::InApp => {}
        }
    }

    fn dialog_answer(&mut self, purpose: DialogPurpose, path: Option<PathBuf>) {
        let Some(mut path) = path else {
            self.after_save = None;
            return;
        };
        match purpose {
            DialogPurpose::Open => self.load(Source::Path(path)),
            DialogPurpose::AddSource => self.request_source(Source::Path(path)),
            DialogPurpose::SaveCard => {
                if !store_name_ok(&path) {
                    let mut s = path.into_os_string();
                    s.push(".briefcard.json");
                    path = PathBuf::from(s);
                }
                self.commit_pending();
                let card = self.snapshot();
                self.worker
                    .save(self.doc.recovery_id.clone(), card, path, self.doc.revision);
            }
            DialogPurpose::ExportPdf | DialogPurpose::ExportPng => {
                let ext = if purpose == DialogPurpose::ExportPng {
                    "png"
                } else {
                    "pdf"
                };
                if !path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case(ext))
                {
                    let mut s = path.into_os_string();
                    s.push(".");
                    s.push(ext);
                    path = PathBuf::from(s);
                }
                let card = self.snapshot();
                self.worker.export(card, path);
            }
        }
    }

    // ----- commands -----

    fn run(&mut self, cmd: Command) {
        match cmd {
            Command::Open => self.guard(Pending::AskOpen),
            Command::OpenPath(p) => self.guard(Pending::Load(Source::Path(p))),
            Command::OpenSample => self.guard(Pending::Load(Source::Sample)),
            Command::AddSource => {
                if self.loading {
                    self.set_message(Level::Info, "Open an article first, then add others to it.");
                } else {
                    self.ask_path(DialogPurpose::AddSource);
                }
            }
            Command::AddSourcePath(p) => self.request_source(Source::Path(p)),
            Command::RemoveSource(n) => {
                self.commit_pending();
                let name = self.doc.card.source(n).map(crate::model::source_name);
                if crate::extract::merge::remove_source(&mut self.doc.card, n) {
                    self.doc.facts = Arc::new(self.doc.card.facts.clone());
                    self.shown_source = self.shown_source.min(self.doc.card.source_count() - 1);
                    self.selected = None;
                    self.changed_by_command();
                    self.set_message(
                        Level::Info,
                        format!(
                            "Removed {}: what only it said left the card (Undo brings it back).",
                            name.unwrap_or_default()
                        ),
                    );
                }
            }
            Command::ShowSource(n) => {
                if n < self.doc.card.source_count() && n != self.shown_source {
                    self.shown_source = n;
                    self.selected = None;
                }
            }
            Command::ShowInSource(n, at) => {
                if let Some(text) = self.doc.card.source(n).map(|f| f.article.text.clone()) {
                    self.shown_source = n;
                    self.selected = crate::extract::sentence_around(&text, at);
                    self.scroll_to_selection = self.selected.is_some();
                }
            }
            Command::PasteArticle => {
                let source = self
                    .scripted_paste
                    .take()
                    .map_or(Source::Clipboard, |text| Source::Pasted {
                        text,
                        html: None,
                    });
                self.guard(Pending::Load(source));
            }
            Command::Save => match self.doc.file.clone() {
                Some(path) => {
                    self.commit_pending();
                    let card = self.snapshot();
                    self.worker
                        .save(self.doc.recovery_id.clone(), card, path, self.doc.revision);
                }
                None => self.ask_path(DialogPurpose::SaveCard),
            },
            Command::SaveAs => self.ask_path(DialogPurpose::SaveCard),
            Command::ExportPdf => {
                if !self.loading {
                    self.ask_path(DialogPurpose::ExportPdf);
                }
            }
            Command::ExportPng => {
                if !self.loading {
                    self.ask_path(DialogPurpose::ExportPng);
                }
            }
            Command::SetPageOption(option, on) => {
                if option.is_on(&self.doc.card.meta) != on {
                    self.commit_pending();
                    option.set(&mut self.doc.card.meta, on);
                    self.changed_by_command();
                }
            }
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::Quit => self.ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::SetPaper(p) => {
                if self.doc.card.meta.paper != p {
                    self.commit_pending();
                    self.doc.card.meta.paper = p;
                    self.changed_by_command();
                }
                if self.settings.paper != p {
                    self.settings.paper = p;
                    self.save_settings();
                }
            }
            Command::SetTheme(t) => {
                self.settings.theme = t;
                self.ctx.set_theme(theme_preference(t));
                self.save_settings();
            }
            Command::SetReferenceDate(date) => {
                self.reextract_ticket += 1;
                let mut article = self.doc.card.facts.article.clone();
                article.source = self.doc.card.facts.source.clone();
                self.worker.reextract(self.reextract_ticket, article, date);
            }
            Command::ShowInArticle(at) => {
                self.shown_source = 0;
                self.selected =
                    crate::extract::sentence_around(&self.doc.card.facts.article.text, at);
                self.scroll_to_selection = self.selected.is_some();
            }
            Command::ShowText(text) => {
                let article = &self.doc.card.facts.article.text;
                let probe: String = text.chars().take(40).collect();
                let at = (!probe.trim().is_empty())
                    .then(|| article.find(probe.as_str()))
                    .flatten()
                    .and_then(|b| article.get(..b))
                    .map(|before| before.chars().count());
                match at {
                    Some(at) => self.run(Command::ShowInArticle(at)),
                    None => self.set_message(
                        Level::Info,
                        "This sentence was edited and is no longer in the article as written.",
                    ),
                }
            }
            Command::ShowPageLarge => self.page_large = true,
            Command::PruneRecent => {
                if self.settings.prune_recent() {
                    self.save_settings();
                }
            }
            Command::Edit(list, op) => self.edit(list, op),
        }
    }

    fn edit(&mut self, list: List, op: ListOp) {
        self.commit_pending();
        if panels::facts::apply(&mut self.doc.card, list, op) {
            self.changed_by_command();
        }
    }

    /// Run `next` now, or ask "save changes?" first when the card is dirty.
    fn guard(&mut self, next: Pending) {
        if self.doc.dirty {
            self.prompt = Some(next);
        } else {
            self.do_pending(next);
        }
    }

    fn do_pending(&mut self, next: Pending) {
        match next {
            Pending::Load(source) => self.load(source),
            Pending::AskOpen => self.ask_path(DialogPurpose::Open),
            Pending::Close => {
                self.close_allowed = true;
                self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Pending::Restore(entry) => self.restore(*entry),
            Pending::Show(loaded) => self.show_loaded(*loaded),
        }
    }

    fn restore(&mut self, entry: RecoveryEntry) {
        self.recovery_offer.retain(|e| e.id != entry.id);
        let name = entry.copy.name.clone();
        let mut doc = Document::new(entry.copy.card, entry.copy.file, entry.copy.name);
        doc.recovery_id = entry.id;
        self.replace_document(doc);
        // Restored work is unsaved work; its recovery copy stays until it is saved.
        self.doc.dirty = true;
        self.autosaved_rev = Some(self.doc.revision);
        self.set_message(Level::Info, format!("Restored your unsaved card {name}."));
    }

    fn discard_recovery(&mut self, id: &str) {
        if let Some(r) = &self.recovery {
            r.remove(id);
        }
        self.recovery_offer.retain(|e| e.id != id);
    }

    // ----- undo -----

    fn snapshot(&mut self) -> Snapshot {
        Snapshot::capture(&mut self.doc.card, &self.doc.facts)
    }

    /// Record typing in progress as its own step before a command changes the card.
    fn commit_pending(&mut self) {
        if self.settled_rev != self.doc.revision {
            let snap = self.snapshot();
            self.history.commit(snap);
            self.settled_rev = self.doc.revision;
        }
    }

    /// A command changed the card: one step.
    fn changed_by_command(&mut self) {
        self.doc.touch();
        let snap = self.snapshot();
        self.history.commit(snap);
        self.settled_rev = self.doc.revision;
    }

    fn undo(&mut self) {
        let now = self.snapshot();
        if let Some(prev) = self.history.undo(now) {
            self.restore_snapshot(&prev);
        }
    }

    fn redo(&mut self) {
        let now = self.snapshot();
        if let Some(next) = self.history.redo(now) {
            self.restore_snapshot(&next);
        }
    }

    fn restore_snapshot(&mut self, snap: &Snapshot) {
        let (card, facts) = snap.restore();
        self.doc.card = card;
        self.doc.facts = facts;
        if self.shown_source >= self.doc.card.source_count() {
            // Undo took the shown source off the card.
            self.shown_source = 0;
            self.selected = None;
        }
        self.doc.touch();
        self.settled_rev = self.doc.revision;
        self.sync_ref_date_field();
        // Text fields keep their own copy while focused; let them reload the card.
        self.ctx.memory_mut(|m| {
            if let Some(id) = m.focused() {
                m.surrender_focus(id);
            }
        });
    }

    // ----- autosave -----

    fn autosave_tick(&mut self) {
        if self.seen_rev != self.doc.revision {
            self.seen_rev = self.doc.revision;
            let now = Instant::now();
            self.last_change = Some(now);
            if self.first_unsaved.is_none() {
                self.first_unsaved = Some(now);
            }
        }
        let Some(store) = self.recovery.clone() else {
            return;
        };
        if !self.doc.dirty || self.autosaved_rev == Some(self.doc.revision) {
            self.first_unsaved = None;
            return;
        }
        if self.worker.is_running("") {
            self.ctx.request_repaint_after(Duration::from_millis(100));
            return;
        }
        let quiet = self.last_change.map_or(Duration::MAX, |t| t.elapsed());
        let waited = self.first_unsaved.map_or(Duration::MAX, |t| t.elapsed());
        if quiet >= AUTOSAVE_QUIET || waited >= AUTOSAVE_MAX_DELAY {
            let copy = RecoveryCopy {
                saved_at: jiff::Timestamp::now().to_string(),
                name: self.doc.name.clone(),
                file: self.doc.file.clone(),
                card: Card::default(),
            };
            let card = self.snapshot();
            self.autosaved_rev = Some(self.doc.revision);
            self.first_unsaved = None;
            self.worker.autosave(
                store,
                self.doc.recovery_id.clone(),
                copy,
                card,
                self.doc.revision,
            );
        } else {
            let left = AUTOSAVE_QUIET
                .saturating_sub(quiet)
                .min(AUTOSAVE_MAX_DELAY.saturating_sub(waited));
            self.ctx.request_repaint_after(left);
        }
    }

    // ----- frame -----

    fn handle_shortcuts(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let typing = ctx.text_edit_focused();
        let mut out = Vec::new();
        for cmd in Command::with_shortcuts() {
            // Ctrl+Z inside a text field is the field's own undo.
            if typing && matches!(cmd, Command::Undo | Command::Redo) {
                continue;
            }
            if let Some(sc) = cmd.shortcut()
                && ctx.input_mut(|i| i.consume_shortcut(&sc))
            {
                out.push(cmd);
            }
        }
        out
    }

    fn handle_drops(&mut self, ctx: &egui::Context) -> Option<Command> {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        let file = dropped.first()?;
        // Dropped on the article pane of an open card: the articles join the card.
        let pointer = ctx.input(|i| i.pointer.latest_pos());
        let on_article = self
            .article_rect
            .zip(pointer)
            .is_some_and(|(r, p)| r.contains(p));
        if on_article && !self.loading {
            for file in &dropped {
                let path = file.path().to_path_buf();
                if !path.as_os_str().is_empty() && path.exists() {
                    self.request_source(Source::Path(path));
                } else if let Ok(bytes) = file.bytes() {
                    let label = path.file_name().map_or_else(
                        || "dropped file".to_owned(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                    self.request_source(Source::Bytes { label, bytes });
                }
            }
            return None;
        }
        if dropped.len() > 1 {
            self.set_message(
                Level::Info,
                "Several files were dropped; the first one is opened.",
            );
        }
        let path = file.path().to_path_buf();
        if !path.as_os_str().is_empty() && path.exists() {
            return Some(Command::OpenPath(path));
        }
        match file.bytes() {
            Ok(bytes) => {
                let label = path.file_name().map_or_else(
                    || "dropped file".to_owned(),
                    |n| n.to_string_lossy().into_owned(),
                );
                self.guard(Pending::Load(Source::Bytes { label, bytes }));
            }
            Err(e) => self.set_message(
                Level::Error,
                format!("The dropped file could not be read ({e})."),
            ),
        }
        None
    }

    /// The page to preview, and whether it is behind the card. The layout runs in the
    /// worker (a card with hundreds of items takes longer than a frame); one at a time, the
    /// last page stays on screen meanwhile.
    fn page(&mut self) -> (Option<Arc<PageLayout>>, bool) {
        let key = (self.doc.recovery_id.clone(), self.doc.revision);
        let stale = self.preview.as_ref().is_none_or(|p| p.key != key);
        if stale && !self.layout_running {
            self.layout_running = true;
            let card = worker::layout_copy(&mut self.doc.card);
            self.worker.layout(key, card);
        }
        let page = self
            .preview
            .as_ref()
            .filter(|p| p.key.0 == self.doc.recovery_id)
            .map(|p| Arc::clone(&p.page));
        (page, stale)
    }

    fn show_prompt(&mut self, ctx: &egui::Context) {
        let Some(pending) = self.prompt.clone() else {
            return;
        };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("unsaved-prompt")).show(ctx, |ui| {
            ui.heading("Save changes?");
            ui.label(format!(
                "“{}” has changes that are not saved. Save them first?",
                self.doc.name
            ));
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    answer = Some(0);
                }
                if ui.button("Discard changes").clicked() {
                    answer = Some(1);
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    answer = Some(2);
                }
            });
        });
        match answer {
            Some(0) => {
                self.prompt = None;
                self.after_save = Some(pending);
                self.run(Command::Save);
            }
            Some(1) => {
                self.prompt = None;
                self.remove_recovery();
                self.doc.dirty = false;
                self.do_pending(pending);
            }
            Some(_) => self.prompt = None,
            None => {}
        }
    }

    fn show_recovery_offer(&mut self, ctx: &egui::Context) {
        if self.recovery_offer.is_empty() || self.prompt.is_some() {
            return;
        }
        let mut restore = None;
        let mut discard = None;
        let mut later = false;
        egui::Modal::new(egui::Id::unique("recovery-offer")).show(ctx, |ui| {
            ui.heading("Restore unsaved work?");
            ui.label("briefcard closed without saving these cards:");
            for (i, entry) in self.recovery_offer.iter().enumerate() {
                ui.horizontal(|ui| {
                    ui.label(entry.describe());
                    let n = i + 1;
                    if ui
                        .button("Restore")
                        .accessible_name(format!("Restore card {n}"))
                        .clicked()
                    {
                        restore = Some(i);
                    }
                    if ui
                        .button("Discard")
                        .accessible_name(format!("Discard card {n}"))
                        .clicked()
                    {
                        discard = Some(i);
                    }
                });
            }
            if ui.button("Decide later").clicked() {
                later = true;
            }
        });
        if let Some(i) = restore
            && let Some(entry) = self.recovery_offer.get(i).cloned()
        {
            self.guard(Pending::Restore(Box::new(entry)));
        } else if let Some(i) = discard
            && let Some(id) = self.recovery_offer.get(i).map(|e| e.id.clone())
        {
            self.discard_recovery(&id);
        } else if later {
            self.recovery_offer.clear();
        }
    }
}

/// A note from reading or extraction ("no reference date: ...") as a sentence of its own
/// in the status bar: capital first letter, full stop at the end.
fn as_sentence(note: &str) -> String {
    let note = note.trim();
    let mut chars = note.chars();
    let mut out: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    if !out.is_empty() && !out.ends_with(['.', '!', '?', ')']) {
        out.push('.');
    }
    out
}

fn store_name_ok(path: &Path) -> bool {
    crate::store::is_card_path(path)
}

impl eframe::App for BriefcardApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        for done in self.worker.poll() {
            self.apply_done(done);
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.close_allowed {
            if self.doc.dirty {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.prompt = Some(Pending::Close);
            } else {
                self.close_allowed = true;
            }
        }
        self.autosave_tick();
        let title = self.doc.title();
        if title != self.title_sent {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_sent = title;
        }
        if self.worker.busy_label().is_some() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let modal_open =
            self.prompt.is_some() || !self.recovery_offer.is_empty() || self.dialogs.picker_open();
        let mut commands = if modal_open {
            Vec::new()
        } else {
            self.handle_shortcuts(&ctx)
        };
        if !modal_open && let Some(cmd) = self.handle_drops(&ctx) {
            commands.push(cmd);
        }

        let menu_state = panels::menus::MenuState {
            settings: &self.settings,
            can_undo: self.history.can_undo(self.settled_rev != self.doc.revision),
            can_redo: self.history.can_redo(),
            paper: self.doc.card.meta.paper,
            meta: &self.doc.card.meta,
            has_card: !self.loading,
        };
        egui::Panel::top("menu").show(ui, |ui| {
            commands.extend(panels::menus::show(ui, &menu_state));
        });
        let busy = self.worker.busy_label();
        let message = self.message.clone();
        egui::Panel::bottom("status").show(ui, |ui| {
            panels::status::show(ui, busy, message.as_ref());
        });

        if self.loading {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.centered_and_justified(|ui| {
                    ui.horizontal(|ui| {
                        ui.add(egui::Spinner::new());
                        ui.label("Reading the article…");
                    });
                });
            });
        } else {
            let width = ui.available_width();
            let facts = self.shown_facts();
            let sources: Vec<String> = self
                .doc
                .card
                .sources()
                .map(crate::model::source_name)
                .collect();
            let shown_source = self.shown_source;
            let selected = self.selected;
            let mut scroll = self.scroll_to_selection;
            // In a narrow window the facts pane gets more of the width: its rows hold two
            // fields and four buttons, and the page has its full-size window.
            let (article_share, page_share) = if width < 1200.0 {
                (0.28, 0.24)
            } else {
                (0.3, 0.3)
            };
            egui::Panel::left("article")
                .default_size(width * article_share)
                .show(ui, |ui| {
                    self.article_rect = Some(ui.max_rect());
                    commands.extend(panels::article::source_bar(ui, &sources, shown_source));
                    panels::article::show(
                        ui,
                        &mut self.article_view,
                        &facts,
                        selected,
                        &mut scroll,
                    );
                });
            self.scroll_to_selection = scroll;
            let meta = self.doc.card.meta.clone();
            let (page, stale) = self.page();
            egui::Panel::right("preview")
                .default_size(width * page_share)
                .show(ui, |ui| {
                    commands.extend(panels::preview::show(ui, page.as_deref(), stale, &meta));
                });
            if self.page_large
                && let Some(page) = &page
            {
                panels::preview::show_large(&ctx, page, &mut self.page_large);
            }
            let extracting = self.worker.is_running("Extracting…");
            egui::CentralPanel::default().show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("facts-scroll")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        let out = panels::facts::show(
                            ui,
                            &mut self.doc.card,
                            &mut self.ref_date,
                            extracting,
                        );
                        if out.changed {
                            self.doc.touch();
                        }
                        if let Some(e) = out.date_error {
                            self.set_message(Level::Error, e);
                        }
                        commands.extend(out.commands);
                    });
            });
        }

        self.show_prompt(&ctx);
        self.show_recovery_offer(&ctx);
        if let Some((purpose, path)) = self.dialogs.show(&ctx) {
            self.dialog_answer(purpose, path);
        }

        for cmd in commands {
            self.run(cmd);
        }

        // Undo boundaries: one step per word typed, per click, per drag.
        let interaction = ctx.input(|i| Interaction {
            held: i.pointer.any_down(),
            focused_field: None,
            word_ended: i.events.iter().any(|e| match e {
                egui::Event::Text(t) => {
                    t.ends_with(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
                }
                egui::Event::Key {
                    key: egui::Key::Enter | egui::Key::Tab,
                    pressed: true,
                    ..
                } => true,
                _ => false,
            }),
        });
        let interaction = Interaction {
            focused_field: if ctx.text_edit_focused() {
                ctx.memory(egui::Memory::focused)
            } else {
                None
            },
            ..interaction
        };
        let changed = self.settled_rev != self.doc.revision;
        let doc = &mut self.doc;
        if self.history.observe(changed, interaction, || {
            Snapshot::capture(&mut doc.card, &doc.facts)
        }) {
            self.settled_rev = self.doc.revision;
        }
        self.autosave_tick();
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Let a running save, export or backup finish so its file is complete.
        for done in self.worker.wait_writes(Duration::from_secs(20)) {
            self.apply_done(done);
        }
        if !self.doc.dirty {
            self.remove_recovery();
        }
    }

    fn auto_save_interval(&self) -> Duration {
        Duration::from_secs(30)
    }
}

/// Open the app window, on `path` or on the built-in sample.
///
/// # Errors
/// When no window can be opened (no display, no GL driver), as one sentence.
pub fn run(path: Option<PathBuf>) -> Result<(), String> {
    let data_dir = document::default_data_dir();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("briefcard")
        .with_app_id("briefcard")
        .with_inner_size([1400.0, 880.0])
        .with_min_inner_size([760.0, 480.0])
        .with_drag_and_drop(true);
    if let Some(icon) = window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport,
        persist_window: true,
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "briefcard",
        options,
        Box::new(move |cc| Ok(Box::new(BriefcardApp::new(cc, Startup { path, data_dir })))),
    )
    .map_err(|e| {
        format!(
            "The window could not be opened ({e}); the command-line tools still work, see briefcard --help"
        )
    })
}

/// The app's icon (`assets/icons/`) for the window and the task bar; `None` if the bundled
/// PNG could not be decoded, and the window opens without it.
#[must_use]
pub fn window_icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icons/briefcard-256.png")).ok()
}
