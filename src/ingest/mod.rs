//! Bytes → [`Article`]: recognise the format by content, run its reader (plain text, HTML,
//! Markdown, PDF, Word) under size and time limits, and clean the text (headline, dateline,
//! byline, boilerplate, publication date).
//!
//! Every failure is an [`IngestError`] whose message is one sentence a person understands,
//! with the file named last. The publication date is taken from the document's metadata
//! first, then from a dateline or date near the top of the text, and otherwise left empty —
//! never today's date.

mod clean;
mod docx;
mod html;
mod limits;
mod main_text;
mod markdown;
mod mhtml;
mod pdf;
mod sniff;
mod text;

use std::path::Path;

use crate::model::{Article, RefDateSource, SourceFormat, SourceInfo};

pub use clean::{clean, prepare};
pub use limits::READ_TIME_LIMIT_SECS;
pub use text::decode;

/// The largest file the app reads; bigger files are refused before reading.
pub const MAX_FILE_BYTES: u64 = 200 * 1024 * 1024;

/// Why a file could not be read as an article.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// Nothing at that path.
    #[error("There is no file at {path}")]
    NotFound {
        /// The path as given.
        path: String,
    },
    /// A symbolic link whose target is gone.
    #[error("This link points to a file that is no longer there: {path}")]
    BrokenLink {
        /// The path as given.
        path: String,
    },
    /// The path is a folder.
    #[error("This is a folder, not a file: {path}")]
    IsDirectory {
        /// The path as given.
        path: String,
    },
    /// The OS refused to read it.
    #[error("The file could not be read ({reason}): {path}")]
    Unreadable {
        /// What the OS said.
        reason: String,
        /// The path as given.
        path: String,
    },
    /// No text at all.
    #[error("The file is empty: {path}")]
    Empty {
        /// The path as given.
        path: String,
    },
    /// Binary content that is not a format the app reads.
    #[error("This is not an article this app can read (it looks like binary data): {path}")]
    Binary {
        /// The path as given.
        path: String,
    },
    /// A known format this app does not read.
    #[error(
        "{format} files cannot be opened; save the article as text, a web page, PDF or Word (.docx) and try again: {path}"
    )]
    Unsupported {
        /// Human name of the format.
        format: &'static str,
        /// The path as given.
        path: String,
    },
    /// Over [`MAX_FILE_BYTES`].
    #[error("The file is too large to be an article ({mb} MB, the limit is {limit} MB): {path}")]
    TooLarge {
        /// Size in MB.
        mb: u64,
        /// Limit in MB.
        limit: u64,
        /// The path as given.
        path: String,
    },
    /// A file of a known format that is cut short or corrupt.
    #[error("This {format} file is damaged or incomplete, so it could not be read: {path}")]
    Damaged {
        /// Human name of the format.
        format: &'static str,
        /// The path as given.
        path: String,
    },
    /// A password-protected PDF.
    #[error("This PDF is password-protected, so its text cannot be read: {path}")]
    Encrypted {
        /// The path as given.
        path: String,
    },
    /// A PDF with pages but no text layer.
    #[error(
        "This PDF has no text layer (it looks like a scanned image); run it through text recognition (OCR) or paste the text instead: {path}"
    )]
    NoTextLayer {
        /// The path as given.
        path: String,
    },
    /// A `.docx` that is not a zip archive.
    #[error(
        "This is not a real Word document (a .docx file is a zip archive, this one is not): {path}"
    )]
    NotAZip {
        /// The path as given.
        path: String,
    },
    /// A zip whose contents unpack to far more than any article (a zip bomb).
    #[error(
        "This Word file unpacks to more than {limit_mb} MB, far more than any article, so it was not opened: {path}"
    )]
    ZipBomb {
        /// The unpacked-size limit in MB.
        limit_mb: u64,
        /// The path as given.
        path: String,
    },
    /// HTML nested deeper than any real page.
    #[error("This web page is nested more than {limit} levels deep, so it was not read: {path}")]
    TooDeep {
        /// The nesting limit.
        limit: usize,
        /// The path as given.
        path: String,
    },
    /// A reader ran out of time.
    #[error("Reading this file took longer than {secs} seconds, so it was stopped: {path}")]
    TimedOut {
        /// The time limit in seconds.
        secs: u64,
        /// The path as given.
        path: String,
    },
    /// A readable document with no article text in it.
    #[error("No article text was found in this {format} file: {path}")]
    NoText {
        /// Human name of the format.
        format: &'static str,
        /// The path as given.
        path: String,
    },
}

/// The sample article shipped with the app (an AP story), with its publication date.
#[must_use]
pub fn sample() -> Article {
    const TEXT: &str = include_str!("../../assets/sample-article.txt");
    const META: &str = include_str!("../../assets/sample-article.meta.json");
    let mut article = from_text(TEXT, SAMPLE_LABEL, SourceFormat::Txt);
    if let Some(date) = published_in_sidecar(META) {
        article.published = Some(date);
        article.published_source = RefDateSource::Metadata;
    }
    article
}

/// The `published` date (`YYYY-MM-DD`) a metadata sidecar's JSON (`NAME.meta.json`, as the
/// shipped sample has) holds, when it holds a valid one.
#[must_use]
pub fn published_in_sidecar(json: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(json).ok()?;
    let date = value.get("published")?.as_str()?.trim();
    date.parse::<jiff::civil::Date>()
        .ok()
        .map(|d| d.to_string())
}

/// The `source.path` of the built-in sample.
pub const SAMPLE_LABEL: &str = "(built-in sample)";

/// The `source.path` of an article pasted from the clipboard.
pub const PASTE_LABEL: &str = "(pasted text)";

/// Read a file as an article.
///
/// A folder saved by a browser as "web page, complete" (`Page_files/`) or a folder holding
/// exactly one web page opens that page.
///
/// # Errors
/// Missing, a broken link, a folder, unreadable, too large, empty, binary, damaged, a format
/// the app does not read, or a reader over its limits; see [`IngestError`].
pub fn read_path(path: &Path) -> Result<Article, IngestError> {
    let shown = path.display().to_string();
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink());
            return Err(if is_link {
                IngestError::BrokenLink { path: shown }
            } else {
                IngestError::NotFound { path: shown }
            });
        }
        Err(e) => {
            return Err(IngestError::Unreadable {
                reason: io_reason(&e),
                path: shown,
            });
        }
    };
    if meta.is_dir() {
        return match html::page_in_folder(path) {
            Some(page) => read_path(&page),
            None => Err(IngestError::IsDirectory { path: shown }),
        };
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(IngestError::TooLarge {
            mb: meta.len() / (1024 * 1024),
            limit: MAX_FILE_BYTES / (1024 * 1024),
            path: shown,
        });
    }
    let bytes = std::fs::read(path).map_err(|e| IngestError::Unreadable {
        reason: io_reason(&e),
        path: shown.clone(),
    })?;
    read_bytes(&bytes, &shown)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => {
            let s = e.to_string();
            // "No such file (os error 2)" → "no such file"
            let s = s.split(" (os error").next().unwrap_or(&s).to_owned();
            s.to_lowercase()
        }
    }
}

/// Read bytes already in memory (a dropped file, a download) as an article; `label` names
/// them in messages and in `source.path`, and its extension is a hint when the content
/// alone is ambiguous.
///
/// # Errors
/// Too large, empty, binary, damaged, a format the app does not read, or a reader over its
/// limits; see [`IngestError`].
pub fn read_bytes(bytes: &[u8], label: &str) -> Result<Article, IngestError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(IngestError::TooLarge {
            mb: bytes.len() as u64 / (1024 * 1024),
            limit: MAX_FILE_BYTES / (1024 * 1024),
            path: label.to_owned(),
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(IngestError::Empty {
            path: label.to_owned(),
        });
    }
    let ext = Path::new(label)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let mut article = match sniff::detect(bytes, &ext) {
        sniff::Kind::Pdf => {
            let owned = bytes.to_vec();
            limits::run_limited(label, "PDF", move |l| pdf::read(&owned, &l))?
        }
        sniff::Kind::Docx => {
            let owned = bytes.to_vec();
            limits::run_limited(label, "Word", move |l| docx::read(&owned, &l))?
        }
        sniff::Kind::Unsupported(format) => {
            return Err(IngestError::Unsupported {
                format,
                path: label.to_owned(),
            });
        }
        sniff::Kind::NotAZip => {
            return Err(IngestError::NotAZip {
                path: label.to_owned(),
            });
        }
        sniff::Kind::Binary => {
            return Err(IngestError::Binary {
                path: label.to_owned(),
            });
        }
        sniff::Kind::Text => read_text_like(bytes, label, &ext)?,
    };
    article.source = SourceInfo {
        path: label.to_owned(),
        format: article.source.format,
    };
    if article.text.trim().is_empty() {
        return Err(IngestError::Empty {
            path: label.to_owned(),
        });
    }
    Ok(article)
}

/// Decode text and route it to the HTML, Markdown or plain-text reader.
fn read_text_like(bytes: &[u8], label: &str, ext: &str) -> Result<Article, IngestError> {
    if mhtml::looks_like_mhtml(bytes, ext) {
        let page = mhtml::page(bytes).ok_or_else(|| IngestError::NoText {
            format: "saved web page",
            path: label.to_owned(),
        })?;
        return limits::run_limited(label, "web page", move |l| html::read(&page, &l));
    }
    let decoded = if sniff::looks_like_html(bytes, ext) {
        html::decode_html(bytes)
    } else {
        decode(bytes)
    }
    .ok_or_else(|| IngestError::Binary {
        path: label.to_owned(),
    })?;
    if decoded.text.trim().is_empty() {
        return Err(IngestError::Empty {
            path: label.to_owned(),
        });
    }
    let mut article = if sniff::looks_like_html(decoded.text.as_bytes(), ext) {
        let text = decoded.text;
        limits::run_limited(label, "web page", move |l| html::read(&text, &l))?
    } else if sniff::looks_like_markdown(&decoded.text, ext) {
        let text = decoded.text;
        limits::run_limited(label, "Markdown", move |_| Ok(markdown::read(&text)))?
    } else {
        from_text(&decoded.text, label, SourceFormat::Txt)
    };
    if let Some(w) = decoded.warning {
        article.warnings.insert(0, w);
    }
    Ok(article)
}

/// Turn pasted clipboard content into an article: the HTML flavour when the clipboard has
/// one with real text in it (it keeps paragraph breaks), else the plain text.
///
/// A paste is what the person chose, so no main-text detection runs on it: all of it is
/// kept, minus scripts, styles and the boilerplate lines [`clean`] drops.
///
/// # Errors
/// [`IngestError::Empty`] when there is no text, [`IngestError::TooLarge`] over
/// [`MAX_FILE_BYTES`], and the limits of the HTML reader.
pub fn read_pasted(text: &str, html: Option<&str>) -> Result<Article, IngestError> {
    let too_large = |n: usize| IngestError::TooLarge {
        mb: n as u64 / (1024 * 1024),
        limit: MAX_FILE_BYTES / (1024 * 1024),
        path: PASTE_LABEL.to_owned(),
    };
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(text.len()));
    }
    let from_html = match html {
        Some(h) if !h.trim().is_empty() && (h.len() as u64) <= MAX_FILE_BYTES => {
            let owned = h.to_owned();
            limits::run_limited(PASTE_LABEL, "pasted", move |l| {
                html::read_fragment(&owned, &l)
            })
            .ok()
            .filter(|a| {
                // Keep the HTML only when it carries about as much text as the plain flavour.
                let plain = text.split_whitespace().count();
                let got = a.text.split_whitespace().count();
                plain == 0 || got * 10 >= plain * 8
            })
        }
        _ => None,
    };
    let mut article = match from_html {
        Some(a) => a,
        None => {
            let nfc = text::to_nfc(text::unify_newlines(text.to_owned()));
            from_text(&nfc, PASTE_LABEL, SourceFormat::Paste)
        }
    };
    article.source = SourceInfo {
        path: PASTE_LABEL.to_owned(),
        format: SourceFormat::Paste,
    };
    if article.text.trim().is_empty() {
        return Err(IngestError::Empty {
            path: PASTE_LABEL.to_owned(),
        });
    }
    Ok(article)
}

fn from_text(text: &str, label: &str, format: SourceFormat) -> Article {
    // Text copied out of a feed or a content system can keep its character references
    // ("Moretz&#039;s", "&quot;"): the reader sees the characters, and so does extraction.
    let decoded = html::decode_entities(text);
    let mut article = clean(&decoded);
    article.source = SourceInfo {
        path: label.to_owned(),
        format,
    };
    article
}

/// What a format reader found around the text, merged into the cleaned article.
#[derive(Debug, Default, Clone)]
pub(crate) struct DocMeta {
    /// Title from metadata or the document's heading.
    pub title: Option<String>,
    /// Author(s) from metadata or a visible byline.
    pub byline: Option<String>,
    /// Publication date `YYYY-MM-DD` from metadata.
    pub published: Option<String>,
    /// `published` is when the file was made (PDF and Word creation dates), which can only
    /// be on or after the article's own date: an earlier date at the top of the text wins.
    pub published_is_upper_bound: bool,
    /// A date printed near the headline (a page's visible dateline), used when neither the
    /// metadata nor the top of the text has one.
    pub visible_date: Option<String>,
    /// A date line taken off the top of a web page's main text (the article's printed
    /// date), used when the metadata has none, before a date found in the text.
    pub header_date: Option<String>,
    /// A metadata date that does not say which date it is (Dublin Core `dc.date`, a bare
    /// `date`): used after the dates printed on the page.
    pub loose_published: Option<String>,
    /// The date of a printed "Updated …" or "Last edited …" line: used, with a note, only
    /// when nothing gives the publication date (the text as it stands is of that day, and
    /// the article cannot be younger).
    pub changed: Option<String>,
}

/// Clean reader text and apply the reader's metadata: metadata wins over what `clean`
/// guessed from the text, and the title is kept at the top of the body (extraction must see
/// the names in it), as for plain text.
pub(crate) fn assemble(
    body: &str,
    meta: DocMeta,
    format: SourceFormat,
    mut warnings: Vec<String>,
) -> Article {
    let title = meta
        .title
        .map(|t| collapse_ws(&t))
        .filter(|t| !t.is_empty());
    let starts_with_title = title.as_deref().is_some_and(|t| {
        body.trim_start()
            .lines()
            .next()
            .is_some_and(|first| collapse_ws(first) == t)
    });
    let raw = match &title {
        Some(t) if !starts_with_title => format!("{t}\n\n{body}"),
        _ => body.to_owned(),
    };
    let mut article = clean(&raw);
    if title.is_some() {
        article.title = title;
    }
    if let Some(b) = meta
        .byline
        .map(|b| collapse_ws(&b))
        .filter(|b| !b.is_empty())
    {
        let lower = b.to_lowercase();
        article.byline = Some(if lower.starts_with("by ") {
            b
        } else {
            format!("By {b}")
        });
    }
    let text_date_is_earlier = article
        .published
        .as_deref()
        .zip(meta.published.as_deref())
        .is_some_and(|(text, file)| text <= file);
    if meta.published_is_upper_bound && text_date_is_earlier {
        // Keep the date printed in the article (already marked as from the text).
    } else if meta.published.is_none()
        && let Some(d) = meta.header_date
    {
        article.published = Some(d);
        article.published_source = RefDateSource::Text;
    } else if let Some(d) = meta.published {
        if meta.published_is_upper_bound {
            warnings.push(format!(
                "The date {d} is when the file was made; the article may be older."
            ));
        }
        article.published = Some(d);
        article.published_source = RefDateSource::Metadata;
    } else if article.published.is_none()
        && let Some(d) = meta.visible_date
    {
        article.published = Some(d);
        article.published_source = RefDateSource::Text;
    } else if article.published.is_none()
        && let Some(d) = meta.loose_published
    {
        article.published = Some(d);
        article.published_source = RefDateSource::Metadata;
    } else if article.published.is_none()
        && let Some(d) = meta.changed
    {
        warnings.push(format!(
            "The page gives only the date it was last updated, {d}; the article may be older."
        ));
        article.published = Some(d);
        article.published_source = RefDateSource::Text;
    }
    article.source.format = format;
    warnings.append(&mut article.warnings);
    article.warnings = warnings;
    article
}

/// Runs of whitespace → one space, trimmed.
pub(crate) fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A date string from metadata (`2024-03-05`, `2024-03-05T10:00:00Z`, `20240305`,
/// `2024/03/05`, `2024.3.5`, `March 5, 2024`, ...) → `YYYY-MM-DD`.
pub(crate) fn normalise_date(raw: &str) -> Option<String> {
    let raw = raw.trim();
    numeric_date(raw).or_else(|| clean::parse_any_date(raw))
}

#[allow(clippy::expect_used)] // constant pattern
static NUMERIC_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^((?:19|20)[0-9]{2})(?:[/.]([0-9]{1,2})[/.]([0-9]{1,2})|(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01]))(?:$|[^0-9])",
    )
    .expect("numeric date pattern")
});

/// A value that opens with the year and then gives month and day, the only all-digit order
/// that is never ambiguous: `2024/03/05`, `2024.3.5 10:00`, `20240305`, `20240305T1000`.
/// Day-first and month-first forms (`05/03/2024`) are left alone.
fn numeric_date(raw: &str) -> Option<String> {
    if !raw.starts_with(['1', '2']) {
        return None;
    }
    let caps = NUMERIC_DATE.captures(raw)?;
    let year: i16 = caps.get(1)?.as_str().parse().ok()?;
    let month: i8 = caps.get(2).or_else(|| caps.get(4))?.as_str().parse().ok()?;
    let day: i8 = caps.get(3).or_else(|| caps.get(5))?.as_str().parse().ok()?;
    Some(jiff::civil::Date::new(year, month, day).ok()?.to_string())
}
