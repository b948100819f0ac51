//! The open document: the card, where it lives, whether it has unsaved changes, and its
//! recovery copy — autosaved atomically into the data folder so a crash or a kill never
//! loses what was on screen, and removed once the card is saved or discarded.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::model::{Card, Facts};
use crate::store::{self, DocumentError};

/// The folder inside the data folder that holds recovery copies.
pub const RECOVERY_DIR: &str = "recovery";

/// The card being worked on.
#[derive(Debug, Clone)]
pub struct Document {
    /// The card as shown.
    pub card: Card,
    /// The extraction the card holds, shared with undo snapshots.
    pub facts: Arc<Facts>,
    /// The `.briefcard.json` file Save writes to; `None` until saved once.
    pub file: Option<PathBuf>,
    /// What the window title names: the card file, or the article it came from.
    pub name: String,
    /// Unsaved changes.
    pub dirty: bool,
    /// Bumped on every change; the preview and autosave key on it.
    pub revision: u64,
    /// Names this document's recovery copy.
    pub recovery_id: String,
}

impl Document {
    /// A document for a freshly made or loaded card.
    #[must_use]
    pub fn new(card: Card, file: Option<PathBuf>, name: String) -> Self {
        let facts = Arc::new(card.facts.clone());
        Self {
            card,
            facts,
            file,
            name,
            dirty: false,
            revision: 0,
            recovery_id: new_recovery_id(),
        }
    }

    /// Note a change made by the person.
    pub fn touch(&mut self) {
        self.dirty = true;
        self.revision = self.revision.wrapping_add(1);
    }

    /// The window title: the name, with a dot when there are unsaved changes.
    #[must_use]
    pub fn title(&self) -> String {
        if self.dirty {
            format!("● {} — briefcard", self.name)
        } else {
            format!("{} — briefcard", self.name)
        }
    }
}

fn new_recovery_id() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let now = jiff::Timestamp::now();
    format!(
        "{}-{}-{}",
        now.as_millisecond(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// What a recovery file holds: the card plus enough to offer it back.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct RecoveryCopy {
    /// When it was written (RFC 3339).
    pub saved_at: String,
    /// The document's name at the time.
    pub name: String,
    /// The card file it belongs to, if it had one.
    pub file: Option<PathBuf>,
    /// The card exactly as it was on screen.
    pub card: Card,
}

/// A recovery copy found at start-up.
#[derive(Debug, Clone)]
pub struct RecoveryEntry {
    /// The recovery id (file stem).
    pub id: String,
    /// The copy.
    pub copy: RecoveryCopy,
}

impl RecoveryEntry {
    /// "Blinken to visit China — 14 Jun 2023 10:42" for the offer.
    #[must_use]
    pub fn describe(&self) -> String {
        let when = self
            .copy
            .saved_at
            .parse::<jiff::Timestamp>()
            .map(|t| {
                let zoned = t.to_zoned(jiff::tz::TimeZone::system());
                zoned.strftime("%a %-d %b %Y, %H:%M").to_string()
            })
            .unwrap_or_else(|_| self.copy.saved_at.clone());
        let title = if self.copy.card.title.value.trim().is_empty() {
            self.copy.name.clone()
        } else {
            self.copy.card.title.value.clone()
        };
        format!("{title} (unsaved, {when})")
    }
}

/// The folder of recovery copies.
#[derive(Debug, Clone)]
pub struct RecoveryStore {
    dir: PathBuf,
}

impl RecoveryStore {
    /// Recovery copies live in `data_dir/recovery`.
    #[must_use]
    pub fn new(data_dir: &Path) -> Self {
        Self {
            dir: data_dir.join(RECOVERY_DIR),
        }
    }

    /// The folder.
    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file for one document.
    #[must_use]
    pub fn path_of(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.briefcard-recovery.json"))
    }

    /// Write a recovery copy atomically.
    ///
    /// # Errors
    /// When the data folder cannot be written.
    pub fn write(&self, id: &str, copy: &RecoveryCopy) -> Result<(), DocumentError> {
        let path = self.path_of(id);
        std::fs::create_dir_all(&self.dir).map_err(|e| DocumentError::Write {
            reason: e.to_string().to_lowercase(),
            path: path.display().to_string(),
        })?;
        let text = serde_json::to_string(copy).unwrap_or_default();
        store::write_atomic(&path, text.as_bytes())
    }

    /// Remove a copy (the card was saved or discarded). Missing is fine.
    pub fn remove(&self, id: &str) {
        let _ = std::fs::remove_file(self.path_of(id));
    }

    /// Every readable copy, newest first, except those another running briefcard is still
    /// writing. Unreadable ones are skipped, not deleted.
    #[must_use]
    pub fn list(&self) -> Vec<RecoveryEntry> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found: Vec<RecoveryEntry> = entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let id = name.strip_suffix(".briefcard-recovery.json")?.to_owned();
                if held_by_running_instance(&id) {
                    return None;
                }
                let text = std::fs::read_to_string(e.path()).ok()?;
                let copy: RecoveryCopy = serde_json::from_str(&text).ok()?;
                Some(RecoveryEntry { id, copy })
            })
            .collect();
        found.sort_by(|a, b| b.copy.saved_at.cmp(&a.copy.saved_at));
        found
    }
}

/// True when the process that made recovery id `id` (`millis-pid-n`) is this same program,
/// still running (a second window must not offer the first one's card as "unsaved").
fn held_by_running_instance(id: &str) -> bool {
    let Some(pid) = id.split('-').nth(1).and_then(|p| p.parse::<u32>().ok()) else {
        return false;
    };
    if pid == std::process::id() {
        return false;
    }
    let (Ok(theirs), Ok(ours)) = (
        std::fs::read_link(format!("/proc/{pid}/exe")),
        std::env::current_exe(),
    ) else {
        return false;
    };
    theirs == ours
}

/// Where settings and recovery copies live: `$BRIEFCARD_DATA_DIR` when set, else the
/// platform's data folder (`~/.local/share/briefcard` on Linux).
#[must_use]
pub fn default_data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("BRIEFCARD_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "briefcard").map(|d| d.data_dir().to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_copies_round_trip_and_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path());
        let mut card = Card::default();
        card.title.value = "Ministers meet in Oslo".into();
        let copy = RecoveryCopy {
            saved_at: jiff::Timestamp::now().to_string(),
            name: "oslo.txt".into(),
            file: None,
            card: card.clone(),
        };
        store.write("a1", &copy).unwrap();
        let found = store.list();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].copy.card, card);
        assert!(
            found[0]
                .describe()
                .starts_with("Ministers meet in Oslo (unsaved, ")
        );
        store.remove("a1");
        assert!(store.list().is_empty());
    }
}
