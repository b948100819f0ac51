//! The file edges on the way out: atomic writes, and reading and writing `.briefcard.json`
//! cards (versioned, upgraded on load).

use std::io::Write;
use std::path::Path;

use crate::model::{CARD_SCHEMA, CARD_VERSION, Card};

/// Why a card or export could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// The write failed; the previous file, if any, is untouched.
    #[error("Could not save ({reason}); the previous file is unchanged: {path}")]
    Write {
        /// What went wrong, in words.
        reason: String,
        /// The target path.
        path: String,
    },
    /// The card file could not be read.
    #[error("The card could not be read ({reason}): {path}")]
    Read {
        /// What went wrong, in words.
        reason: String,
        /// The path.
        path: String,
    },
    /// The JSON is not a briefcard card.
    #[error("This is not a briefcard card ({reason}): {path}")]
    NotACard {
        /// What is wrong with it.
        reason: String,
        /// The path.
        path: String,
    },
    /// Written by a newer briefcard.
    #[error(
        "This card was saved by a newer briefcard (format {found}, this one reads up to {CARD_VERSION}): {path}"
    )]
    TooNew {
        /// The version in the file.
        found: u32,
        /// The path.
        path: String,
    },
}

fn reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::NotFound => "the folder does not exist".into(),
        std::io::ErrorKind::StorageFull => "the disk is full".into(),
        std::io::ErrorKind::ReadOnlyFilesystem => "the disk is read-only".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_lowercase()
        }
    }
}

/// Write `bytes` to `path` atomically: a temp file in the same folder, flushed and synced,
/// then renamed over the target. On failure the old file is untouched and the temp is gone.
///
/// # Errors
/// [`DocumentError::Write`] naming the path.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), DocumentError> {
    let err = |e: &std::io::Error| DocumentError::Write {
        reason: reason(e),
        path: path.display().to_string(),
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    // Unique per write: two threads saving the same file must never share a temp file.
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.flush()?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        // Make the rename itself durable.
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok::<(), std::io::Error>(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(err(&e));
    }
    Ok(())
}

/// The card as pretty JSON, the `.briefcard.json` format.
#[must_use]
pub fn card_to_json(card: &Card) -> String {
    serde_json::to_string_pretty(card).unwrap_or_default()
}

/// Parse a card from JSON text; `path` names it in errors.
///
/// # Errors
/// Not a card, or written by a newer version.
pub fn card_from_json(text: &str, path: &str) -> Result<Card, DocumentError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| DocumentError::NotACard {
            reason: format!("invalid JSON at line {}", e.line()),
            path: path.to_owned(),
        })?;
    if value.get("schema").and_then(serde_json::Value::as_str) != Some(CARD_SCHEMA) {
        return Err(DocumentError::NotACard {
            reason: "no briefcard schema marker".into(),
            path: path.to_owned(),
        });
    }
    let found = value
        .get("version")
        .and_then(serde_json::Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .unwrap_or(0);
    if found > CARD_VERSION {
        return Err(DocumentError::TooNew {
            found,
            path: path.to_owned(),
        });
    }
    let value = migrate(value, found);
    let mut card: Card = serde_json::from_value(value).map_err(|e| DocumentError::NotACard {
        reason: e.to_string(),
        path: path.to_owned(),
    })?;
    card.version = CARD_VERSION;
    Ok(card)
}

/// Upgrade a card's JSON from format version `found` to [`CARD_VERSION`], one version at a
/// time.
fn migrate(mut value: serde_json::Value, found: u32) -> serde_json::Value {
    if found < 2 {
        // 1 → 2: a card gained sources. A version 1 card is a card of one source: its
        // `facts` is that source; `more_sources`, `figures` and every item's `sources` and
        // `conflict` start empty, so it shows and prints exactly as before.
        if let Some(card) = value.as_object_mut() {
            card.remove("more_sources");
            card.remove("figures");
        }
    }
    value
}

/// Read a `.briefcard.json` file.
///
/// # Errors
/// Unreadable, not a card, or too new.
pub fn load_card(path: &Path) -> Result<Card, DocumentError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| DocumentError::Read {
        reason: reason(&e),
        path: shown.clone(),
    })?;
    card_from_json(&text, &shown)
}

/// Save a card atomically.
///
/// # Errors
/// [`DocumentError::Write`].
pub fn save_card(card: &Card, path: &Path) -> Result<(), DocumentError> {
    write_atomic(path, card_to_json(card).as_bytes())
}

/// True when the path names a saved card rather than an article.
#[must_use]
pub fn is_card_path(path: &Path) -> bool {
    path.to_string_lossy()
        .to_lowercase()
        .ends_with(".briefcard.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_write_leaves_old_file_and_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("missing-folder").join("out.pdf");
        let err = write_atomic(&target, b"new").unwrap_err();
        assert!(err.to_string().ends_with(&target.display().to_string()));

        let ok = dir.path().join("card.briefcard.json");
        write_atomic(&ok, b"one").unwrap();
        write_atomic(&ok, b"two").unwrap();
        assert_eq!(std::fs::read(&ok).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "no temp files left: {names:?}");
    }

    #[test]
    fn card_round_trips_and_newer_versions_are_refused() {
        let mut card = Card::default();
        card.title.value = "Ölpreis — talks".into();
        card.title.state.edited = true;
        let back = card_from_json(&card_to_json(&card), "x").unwrap();
        assert_eq!(back, card);
        let newer = card_to_json(&card).replace("\"version\": 2", "\"version\": 99");
        assert!(matches!(
            card_from_json(&newer, "x"),
            Err(DocumentError::TooNew { .. })
        ));
        assert!(matches!(
            card_from_json("{}", "x"),
            Err(DocumentError::NotACard { .. })
        ));
    }
}
