//! Bytes → [`Article`]: recognise the format, decode the text, and clean it (headline,
//! dateline, byline, boilerplate, publication date).
//!
//! Every failure is an [`IngestError`] whose message is one sentence a person understands,
//! with the file named last.

mod clean;
mod text;

use std::path::Path;

use crate::model::{Article, RefDateSource, SourceFormat, SourceInfo};

pub use clean::clean;
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
    /// A known format this build does not read yet.
    #[error("{format} files cannot be opened yet; save the article as text and try again: {path}")]
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
}

/// The sample article shipped with the app (an AP story), with its publication date.
#[must_use]
pub fn sample() -> Article {
    const TEXT: &str = include_str!("../../assets/sample-article.txt");
    const META: &str = include_str!("../../assets/sample-article.meta.json");
    let mut article = from_text(TEXT.to_owned(), SAMPLE_LABEL, SourceFormat::Txt);
    let published = serde_json::from_str::<serde_json::Value>(META)
        .ok()
        .and_then(|v| v.get("published")?.as_str().map(str::to_owned));
    if let Some(date) = published {
        article.published = Some(date);
        article.published_source = RefDateSource::Metadata;
    }
    article
}

/// The `source.path` of the built-in sample.
pub const SAMPLE_LABEL: &str = "(built-in sample)";

/// Read a file as an article.
///
/// # Errors
/// Missing, a folder, unreadable, too large, empty, binary, or a format not read yet.
pub fn read_path(path: &Path) -> Result<Article, IngestError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => IngestError::NotFound {
            path: shown.clone(),
        },
        _ => IngestError::Unreadable {
            reason: io_reason(&e),
            path: shown.clone(),
        },
    })?;
    if meta.is_dir() {
        return Err(IngestError::IsDirectory { path: shown });
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

/// Read bytes already in memory (a dropped file, a paste) as an article; `label` names them
/// in messages and in `source.path`.
///
/// # Errors
/// Empty, binary, or a format not read yet.
pub fn read_bytes(bytes: &[u8], label: &str) -> Result<Article, IngestError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(IngestError::TooLarge {
            mb: bytes.len() as u64 / (1024 * 1024),
            limit: MAX_FILE_BYTES / (1024 * 1024),
            path: label.to_owned(),
        });
    }
    if let Some(format) = sniff_unsupported(bytes) {
        return Err(IngestError::Unsupported {
            format,
            path: label.to_owned(),
        });
    }
    let decoded = decode(bytes).ok_or_else(|| IngestError::Binary {
        path: label.to_owned(),
    })?;
    if decoded.text.trim().is_empty() {
        return Err(IngestError::Empty {
            path: label.to_owned(),
        });
    }
    let mut article = from_text(decoded.text, label, SourceFormat::Txt);
    if let Some(w) = decoded.warning {
        article.warnings.insert(0, w);
    }
    Ok(article)
}

/// Formats recognised by their magic bytes that this build does not read.
fn sniff_unsupported(bytes: &[u8]) -> Option<&'static str> {
    let head = bytes.get(..8).unwrap_or(bytes);
    if head.starts_with(b"%PDF") {
        Some("PDF")
    } else if head.starts_with(b"PK\x03\x04") {
        Some("Word and other zipped")
    } else {
        None
    }
}

fn from_text(text: String, label: &str, format: SourceFormat) -> Article {
    let mut article = clean(&text);
    article.source = SourceInfo {
        path: label.to_owned(),
        format,
    };
    article
}
