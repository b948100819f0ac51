//! Work off the UI thread: reading and extracting articles, loading and saving cards, PDF
//! export, autosave and native file dialogs. Each job runs on its own thread and reports
//! back through one channel; the app applies the results at the start of a frame.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use eframe::egui;

use crate::layout::PageLayout;
use crate::model::{Article, Card, Facts};
use crate::{extract, ingest, layout, render, store};

use super::document::{RecoveryCopy, RecoveryStore};
use super::history::Snapshot;
use super::settings::Settings;

/// Where an article or card comes from.
#[derive(Debug, Clone)]
pub enum Source {
    /// The built-in sample.
    Sample,
    /// A file on disk: an article, or a `.briefcard.json` card.
    Path(PathBuf),
    /// Whatever text (and HTML) the system clipboard holds, read in the worker (a clipboard
    /// owner that does not answer must not freeze the window).
    Clipboard,
    /// Pasted content already in hand (tests).
    Pasted {
        /// The plain text.
        text: String,
        /// The HTML flavour, when there is one.
        html: Option<String>,
    },
    /// Bytes in memory (a dropped file without a path), named by `label`.
    Bytes {
        /// Shown in messages.
        label: String,
        /// The content.
        bytes: Vec<u8>,
    },
}

/// A card ready to show.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The card.
    pub card: Card,
    /// The card file, when a card was opened (Save writes there).
    pub file: Option<PathBuf>,
    /// The name for the window title.
    pub name: String,
    /// The path to remember in recent files.
    pub opened: Option<PathBuf>,
    /// Notes for the status bar (encoding guessed, ...).
    pub notes: Vec<String>,
}

/// What an export produced.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportReport {
    /// The PDF written.
    pub path: PathBuf,
    /// What the fit rule left out, in words.
    pub omitted: Vec<String>,
    /// Characters the font cannot print.
    pub unprintable: Vec<char>,
}

/// Which file dialog a result answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogPurpose {
    /// Open an article or card.
    Open,
    /// Pick an article to add to the open card.
    AddSource,
    /// Save the card under a new name.
    SaveCard,
    /// Choose where the PDF goes.
    ExportPdf,
    /// Choose where the PNG goes.
    ExportPng,
}

/// A finished job.
#[derive(Debug)]
pub enum Done {
    /// An article was read and extracted, or a card loaded.
    Loaded {
        /// Matches the request; only the file asked for last is shown.
        ticket: u64,
        /// The card, or the sentence saying why not.
        result: Result<Box<Loaded>, String>,
    },
    /// An article to add to the open card was read and extracted (or not).
    SourceRead {
        /// Matches the request; a card opened since drops it.
        ticket: u64,
        /// The article's facts, or the sentence saying why not.
        result: Result<Box<Facts>, String>,
    },
    /// A re-extraction for a new reference date; `ticket` drops stale results.
    Reextracted {
        /// Matches the request.
        ticket: u64,
        /// The new facts.
        facts: Box<Facts>,
    },
    /// A card was saved (or not).
    Saved {
        /// Which document (its recovery id).
        doc: String,
        /// Where.
        path: PathBuf,
        /// The revision that was saved.
        revision: u64,
        /// The error sentence, if it failed.
        result: Result<(), String>,
    },
    /// A PDF was written (or not).
    Exported(Result<ExportReport, String>),
    /// A recovery copy was written.
    Autosaved {
        /// Which document (its recovery id).
        doc: String,
        /// The revision written.
        revision: u64,
        /// The error sentence, if it failed.
        result: Result<(), String>,
    },
    /// The page of a card was laid out for the preview.
    Laid {
        /// The document (recovery id) and revision it belongs to.
        key: (String, u64),
        /// The page.
        page: Box<PageLayout>,
    },
    /// The settings file was written (or not).
    SettingsSaved(Result<(), String>),
    /// A job stopped on an internal error; nothing was changed.
    Failed,
    /// A native file dialog closed.
    Dialog {
        /// What it was for.
        purpose: DialogPurpose,
        /// The chosen path; `None` for cancel or no dialog available.
        path: Option<PathBuf>,
        /// How long it was open; a very short `None` means no dialog could be shown.
        open_for: Duration,
    },
}

/// What the status bar says while a native file dialog is open.
pub const DIALOG_LABEL: &str = "Waiting for the file dialog…";

/// The preview's layout job; never shown in the status bar (the preview shows it).
pub const LAYOUT_LABEL: &str = "Laying out the page…";

/// Jobs that write files (autosave and settings run unlabelled).
const WRITE_LABELS: [&str; 3] = ["Saving…", EXPORT_LABEL, ""];

/// The label of an export job (PDF or PNG), shown in the status bar while it runs.
const EXPORT_LABEL: &str = "Exporting…";

/// The job runner.
pub struct Worker {
    tx: Sender<(u64, Done)>,
    rx: Receiver<(u64, Done)>,
    next_id: u64,
    running: Vec<(u64, &'static str)>,
    ctx: egui::Context,
    order: WriteOrder,
}

/// Keeps repeated writes of one file in the order they were asked for. Each job runs on its
/// own thread, so without this an older settings or recovery write could land after a newer
/// one and silently bring back the old state.
#[derive(Clone, Default)]
struct WriteOrder(Arc<Mutex<HashMap<String, u64>>>);

impl WriteOrder {
    /// Run `write` for `target` unless a write asked for later (`seq`) has already landed;
    /// writes run one at a time. `None` when the write was skipped as stale.
    fn run<T>(&self, target: &str, seq: u64, write: impl FnOnce() -> T) -> Option<T> {
        let mut landed = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if landed.get(target).is_some_and(|&last| last > seq) {
            return None;
        }
        let out = write();
        landed.insert(target.to_owned(), seq);
        Some(out)
    }
}

impl Worker {
    /// A runner that wakes `ctx` when a job finishes.
    #[must_use]
    pub fn new(ctx: egui::Context) -> Self {
        let (tx, rx) = channel();
        Self {
            tx,
            rx,
            next_id: 0,
            running: Vec::new(),
            ctx,
            order: WriteOrder::default(),
        }
    }

    /// What is running, for the status bar (autosaves are not shown).
    #[must_use]
    pub fn busy_label(&self) -> Option<&'static str> {
        self.running
            .iter()
            .map(|(_, l)| *l)
            .find(|l| !l.is_empty() && *l != LAYOUT_LABEL)
    }

    /// True when any job is running.
    #[must_use]
    pub fn is_busy(&self) -> bool {
        !self.running.is_empty()
    }

    /// True when a job with this label is running.
    #[must_use]
    pub fn is_running(&self, label: &str) -> bool {
        self.running.iter().any(|(_, l)| *l == label)
    }

    fn spawn(&mut self, label: &'static str, job: impl FnOnce() -> Done + Send + 'static) {
        let id = self.next_id;
        self.next_id += 1;
        self.running.push((id, label));
        let tx = self.tx.clone();
        let ctx = self.ctx.clone();
        let spawned = std::thread::Builder::new()
            .name(format!("briefcard-{}", label.trim_end_matches('…')))
            .spawn(move || {
                let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job))
                    .unwrap_or(Done::Failed);
                let _ = tx.send((id, done));
                ctx.request_repaint();
            });
        if spawned.is_err() {
            self.running.retain(|(i, _)| *i != id);
        }
    }

    /// Finished jobs, without waiting.
    pub fn poll(&mut self) -> Vec<Done> {
        let mut out = Vec::new();
        while let Ok((id, done)) = self.rx.try_recv() {
            self.running.retain(|(i, _)| *i != id);
            out.push(done);
        }
        out
    }

    /// Wait until every job has finished (tests, and quitting), at most `timeout`.
    pub fn wait_idle(&mut self, timeout: Duration) -> Vec<Done> {
        // A native dialog waits for the person, not for the disk: never wait on it.
        self.wait_while(timeout, |label| label != DIALOG_LABEL)
    }

    /// Wait until every save, export and backup has finished (quitting), at most `timeout`;
    /// reading and extraction are abandoned.
    pub fn wait_writes(&mut self, timeout: Duration) -> Vec<Done> {
        self.wait_while(timeout, |label| WRITE_LABELS.contains(&label))
    }

    /// Collect finished jobs while any running job's label is `awaited`, at most `timeout`.
    fn wait_while(&mut self, timeout: Duration, awaited: impl Fn(&str) -> bool) -> Vec<Done> {
        let deadline = Instant::now() + timeout;
        let mut out = self.poll();
        while self.running.iter().any(|(_, l)| awaited(l)) {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            if let Ok((id, done)) = self.rx.recv_timeout(left) {
                self.running.retain(|(i, _)| *i != id);
                out.push(done);
            }
        }
        out
    }

    /// Read and extract an article, or load a card; `ticket` tells the result apart from
    /// those of files asked for earlier.
    pub fn load(&mut self, ticket: u64, source: Source) {
        self.spawn("Reading…", move || Done::Loaded {
            ticket,
            result: load(source).map(Box::new),
        });
    }

    /// Read and extract an article to add to the open card.
    pub fn read_source(&mut self, ticket: u64, source: Source) {
        self.spawn("Reading…", move || Done::SourceRead {
            ticket,
            result: read_source(source).map(Box::new),
        });
    }

    /// Extract again against another reference date.
    pub fn reextract(&mut self, ticket: u64, article: Article, date: Option<jiff::civil::Date>) {
        self.spawn("Extracting…", move || Done::Reextracted {
            ticket,
            facts: Box::new(extract::extract(&article, date)),
        });
    }

    /// Save a card atomically. The card comes as a snapshot that shares the article with
    /// the one on screen: copying a 25 MB article is the worker's job, not the frame's.
    pub fn save(&mut self, doc: String, card: Snapshot, path: PathBuf, revision: u64) {
        self.spawn("Saving…", move || {
            let (card, _) = card.restore();
            let result = store::save_card(&card, &path).map_err(|e| e.to_string());
            Done::Saved {
                doc,
                path,
                revision,
                result,
            }
        });
    }

    /// Lay out the page of `card` for the preview (a big card takes longer than a frame).
    pub fn layout(&mut self, key: (String, u64), card: Card) {
        self.spawn(LAYOUT_LABEL, move || Done::Laid {
            key,
            page: Box::new(layout::layout_card(&card)),
        });
    }

    /// Lay out, render and write the PDF atomically.
    pub fn export(&mut self, card: Snapshot, path: PathBuf) {
        self.spawn(EXPORT_LABEL, move || {
            let (card, _) = card.restore();
            Done::Exported(export(&card, path))
        });
    }

    /// Write a recovery copy: `copy` with `card` (a snapshot, see [`Worker::save`]).
    pub fn autosave(
        &mut self,
        store: RecoveryStore,
        id: String,
        copy: RecoveryCopy,
        card: Snapshot,
        revision: u64,
    ) {
        let (order, seq) = (self.order.clone(), self.next_id);
        self.spawn("", move || {
            let mut copy = copy;
            copy.card = card.restore().0;
            let target = format!("recovery:{id}");
            let result = order
                .run(&target, seq, || {
                    store.write(&id, &copy).map_err(|e| e.to_string())
                })
                .unwrap_or(Ok(()));
            Done::Autosaved {
                doc: id,
                revision,
                result,
            }
        });
    }

    /// Write the settings file.
    pub fn save_settings(&mut self, settings: Settings, dir: PathBuf) {
        let (order, seq) = (self.order.clone(), self.next_id);
        self.spawn("", move || {
            let result = order
                .run("settings", seq, || {
                    settings.save(&dir).map_err(|e| e.to_string())
                })
                .unwrap_or(Ok(()));
            Done::SettingsSaved(result)
        });
    }

    /// Show a native file dialog (it blocks its own thread, never the UI).
    pub fn dialog(&mut self, purpose: DialogPurpose, folder: Option<PathBuf>, file_name: String) {
        self.spawn(DIALOG_LABEL, move || {
            let started = Instant::now();
            let mut dialog = rfd::FileDialog::new();
            if let Some(folder) = folder {
                dialog = dialog.set_directory(folder);
            }
            let path = match purpose {
                DialogPurpose::AddSource => dialog
                    .set_title("Add an article to the card")
                    .add_filter(
                        "Articles",
                        &[
                            "txt", "text", "md", "markdown", "html", "htm", "pdf", "docx",
                        ],
                    )
                    .add_filter("All files", &["*"])
                    .pick_file(),
                DialogPurpose::Open => dialog
                    .set_title("Open an article or a card")
                    .add_filter(
                        "Articles and cards",
                        &[
                            "txt", "text", "json", "md", "markdown", "html", "htm", "pdf", "docx",
                        ],
                    )
                    .add_filter("All files", &["*"])
                    .pick_file(),
                DialogPurpose::SaveCard => dialog
                    .set_title("Save card")
                    .set_file_name(file_name)
                    .add_filter("briefcard card", &["json"])
                    .save_file(),
                DialogPurpose::ExportPdf => dialog
                    .set_title("Export PDF")
                    .set_file_name(file_name)
                    .add_filter("PDF", &["pdf"])
                    .save_file(),
                DialogPurpose::ExportPng => dialog
                    .set_title("Export PNG")
                    .set_file_name(file_name)
                    .add_filter("PNG image", &["png"])
                    .save_file(),
            };
            Done::Dialog {
                purpose,
                path,
                open_for: started.elapsed(),
            }
        });
    }
}

/// Resolution of an exported PNG: sharp on slides and in chat, a few hundred KB.
const PNG_DPI: f32 = 150.0;

/// Read a source into a card (runs on a worker thread).
///
/// # Errors
/// One sentence naming the file, from ingest or the card reader.
pub fn load(source: Source) -> Result<Loaded, String> {
    match source {
        Source::Sample => {
            let article = ingest::sample();
            Ok(from_article(
                &article,
                ingest::SAMPLE_LABEL.to_owned(),
                None,
            ))
        }
        Source::Path(path) => {
            if store::is_card_path(&path) {
                let card = store::load_card(&path).map_err(|e| e.to_string())?;
                Ok(Loaded {
                    card,
                    file: Some(path.clone()),
                    name: file_name(&path),
                    opened: Some(path),
                    notes: Vec::new(),
                })
            } else {
                // With its sidecar's date, as the command line reads it.
                let article = crate::sidecar::read_article(&path).map_err(|e| e.to_string())?;
                Ok(from_article(&article, file_name(&path), Some(path)))
            }
        }
        Source::Clipboard => {
            let (text, html) = read_clipboard()?;
            pasted(&text, html.as_deref())
        }
        Source::Pasted { text, html } => pasted(&text, html.as_deref()),
        Source::Bytes { label, bytes } => {
            let article = ingest::read_bytes(&bytes, &label).map_err(|e| e.to_string())?;
            Ok(from_article(&article, label, None))
        }
    }
}

/// Read an article to add to a card as a further source (runs on a worker thread).
///
/// # Errors
/// One sentence naming the file: it cannot be read as an article, or it is a saved card.
pub fn read_source(source: Source) -> Result<Facts, String> {
    let article = match source {
        Source::Path(path) if store::is_card_path(&path) => {
            return Err(format!(
                "A saved card cannot be added to another card; add its articles instead: {}",
                path.display()
            ));
        }
        Source::Path(path) => crate::sidecar::read_article(&path).map_err(|e| e.to_string())?,
        Source::Sample => ingest::sample(),
        Source::Clipboard => {
            let (text, html) = read_clipboard()?;
            ingest::read_pasted(&text, html.as_deref()).map_err(|e| e.to_string())?
        }
        Source::Pasted { text, html } => {
            ingest::read_pasted(&text, html.as_deref()).map_err(|e| e.to_string())?
        }
        Source::Bytes { label, bytes } => {
            ingest::read_bytes(&bytes, &label).map_err(|e| e.to_string())?
        }
    };
    Ok(extract::extract(&article, None))
}

/// The part of a source the page prints (its name, outlet and dates), without its text
/// and facts.
fn provenance_only(f: &Facts) -> Facts {
    let a = &f.article;
    Facts {
        schema: f.schema.clone(),
        source: f.source.clone(),
        reference_date: f.reference_date.clone(),
        article: Article {
            source: a.source.clone(),
            title: a.title.clone(),
            dateline: a.dateline.clone(),
            byline: a.byline.clone(),
            published: a.published.clone(),
            published_source: a.published_source,
            text: String::new(),
            warnings: Vec::new(),
        },
        ..Facts::default()
    }
}

/// What the page layout reads of `card`: everything but the article's text and the
/// extraction's evidence, which can be megabytes and are not printed. Copied on the UI
/// thread for every preview, so it must stay small.
#[must_use]
pub fn layout_copy(card: &mut Card) -> Card {
    let facts = std::mem::take(&mut card.facts);
    let more = std::mem::take(&mut card.more_sources);
    let mut copy = card.clone();
    copy.more_sources = more.iter().map(provenance_only).collect();
    card.more_sources = more;
    copy.facts = provenance_only(&facts);
    card.facts = facts;
    copy
}

/// The clipboard's text and HTML.
fn read_clipboard() -> Result<(String, Option<String>), String> {
    let none = || "The clipboard holds no text to use as an article.".to_owned();
    let mut clipboard = arboard::Clipboard::new().map_err(|e| {
        format!(
            "The clipboard could not be read ({}).",
            e.to_string().trim_end_matches('.')
        )
    })?;
    let html = clipboard.get().html().ok().filter(|h| !h.trim().is_empty());
    let text = clipboard.get_text().unwrap_or_default();
    if text.trim().is_empty() && html.is_none() {
        return Err(none());
    }
    Ok((text, html))
}

fn pasted(text: &str, html: Option<&str>) -> Result<Loaded, String> {
    let article = ingest::read_pasted(text, html).map_err(|e| e.to_string())?;
    Ok(from_article(&article, ingest::PASTE_LABEL.to_owned(), None))
}

fn from_article(article: &Article, name: String, opened: Option<PathBuf>) -> Loaded {
    let facts = extract::extract(article, None);
    let notes = facts.warnings.clone();
    Loaded {
        card: Card::from_facts(facts),
        file: None,
        name,
        opened,
        notes,
    }
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Lay out, render and write a card's PDF (runs on a worker thread).
///
/// # Errors
/// One sentence: the PDF could not be built, or the file could not be written (the previous
/// file is then unchanged).
pub fn export(card: &Card, path: PathBuf) -> Result<ExportReport, String> {
    let page = layout::layout_card(card);
    let png = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("png"));
    let bytes = if png {
        render::png::render(&page, PNG_DPI)
    } else {
        render::pdf::render(&page, &render::pdf::PdfMeta::for_card(card))
    }
    .map_err(|e| e.to_string())?;
    store::write_atomic(&path, &bytes).map_err(|e| e.to_string())?;
    Ok(ExportReport {
        path,
        omitted: page.omitted,
        unprintable: page.unprintable,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quitting_waits_for_an_export_in_progress() {
        let mut worker = Worker::new(egui::Context::default());
        let mut card = load(Source::Sample).unwrap().card;
        let facts = std::sync::Arc::new(card.facts.clone());
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("brief.pdf");
        worker.export(Snapshot::capture(&mut card, &facts), pdf.clone());
        let done = worker.wait_writes(Duration::from_secs(60));
        assert!(
            done.iter().any(|d| matches!(d, Done::Exported(Ok(_)))),
            "the export finished before quitting"
        );
        assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    }

    #[test]
    fn a_write_asked_for_earlier_never_lands_after_a_later_one() {
        let order = WriteOrder::default();
        let mut file = Vec::new();
        assert!(
            order
                .run("settings", 2, || file.push("dark theme"))
                .is_some()
        );
        // The older write (paper only, theme still "system") finishes last: it is dropped.
        assert!(
            order
                .run("settings", 1, || file.push("system theme"))
                .is_none()
        );
        assert_eq!(file, ["dark theme"]);
        assert!(
            order
                .run("settings", 3, || file.push("light theme"))
                .is_some()
        );
        assert!(
            order.run("recovery:a", 1, || file.push("card a")).is_some(),
            "per file"
        );
    }

    #[test]
    fn the_preview_copy_lays_out_exactly_like_the_card_the_pdf_gets() {
        let mut card = match load(Source::Sample) {
            Ok(l) => l.card,
            Err(e) => panic!("{e}"),
        };
        card.title.value = "Envoy heads to Beijing".into();
        card.who.swap(0, 1);
        let copy = layout_copy(&mut card);
        assert!(copy.facts.article.text.is_empty(), "the copy is small");
        assert!(
            !card.facts.article.text.is_empty(),
            "the card keeps its text"
        );
        // The footer names the minute it was generated: lay out again if a minute turned.
        let same = (0..2).any(|_| layout::layout_card(&copy) == layout::layout_card(&card));
        assert!(same, "the preview shows the page the PDF gets");
    }
}
