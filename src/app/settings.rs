//! The person's preferences and history (theme, paper, recent files, last folder), kept as
//! plain data in `settings.json` in the data folder, written atomically.
//!
//! eframe's own storage is used only for the window size and position: it rewrites its file
//! in place (a crash mid-write loses it) and drops a corrupted file silently, while these
//! settings must survive a crash and say so when they could not be read.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::Paper;
use crate::store;

/// How many recent files the Open Recent menu keeps.
pub const RECENT_MAX: usize = 10;

/// The file name of the settings inside the data folder.
pub const SETTINGS_FILE: &str = "settings.json";

/// Light, dark, or whatever the system uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ThemePref {
    /// Follow the system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemePref {
    /// The name shown in the menu.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::System => "System theme",
            Self::Light => "Light theme",
            Self::Dark => "Dark theme",
        }
    }

    /// All choices, in menu order.
    pub const ALL: [Self; 3] = [Self::System, Self::Light, Self::Dark];
}

/// Everything remembered between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Settings {
    /// Light, dark or system.
    pub theme: ThemePref,
    /// Paper for new cards.
    pub paper: Paper,
    /// Most recent first, at most [`RECENT_MAX`].
    pub recent: Vec<PathBuf>,
    /// Where the last file was opened or saved.
    pub last_folder: Option<PathBuf>,
}

impl Settings {
    /// Read the settings from `dir`; missing means defaults, unreadable means defaults plus a
    /// sentence for the person.
    #[must_use]
    pub fn load(dir: &Path) -> (Self, Option<String>) {
        let path = dir.join(SETTINGS_FILE);
        match std::fs::read_to_string(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Self::default(), None),
            Err(_) => (
                Self::default(),
                Some(format!(
                    "Your settings could not be read, so the defaults are used: {}",
                    path.display()
                )),
            ),
            Ok(text) => match serde_json::from_str::<Self>(&text) {
                Ok(mut s) => {
                    s.recent.truncate(RECENT_MAX);
                    (s, None)
                }
                Err(_) => (
                    Self::default(),
                    Some(format!(
                        "Your settings file was damaged, so the defaults are used: {}",
                        path.display()
                    )),
                ),
            },
        }
    }

    /// Write the settings atomically into `dir`.
    ///
    /// # Errors
    /// When the folder cannot be created or written.
    pub fn save(&self, dir: &Path) -> Result<(), store::DocumentError> {
        let path = dir.join(SETTINGS_FILE);
        std::fs::create_dir_all(dir).map_err(|e| store::DocumentError::Write {
            reason: e.to_string().to_lowercase(),
            path: path.display().to_string(),
        })?;
        let text = serde_json::to_string_pretty(self).unwrap_or_default();
        store::write_atomic(&path, text.as_bytes())
    }

    /// Put `path` first in the recent files and remember its folder.
    pub fn note_recent(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path.clone());
        self.recent.truncate(RECENT_MAX);
        if let Some(parent) = path.parent() {
            self.last_folder = Some(parent.to_path_buf());
        }
    }

    /// Drop recent files that no longer exist; true when any were dropped.
    pub fn prune_recent(&mut self) -> bool {
        let before = self.recent.len();
        self.recent.retain(|p| p.exists());
        self.recent.len() != before
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_settings_fall_back_with_a_notice() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(SETTINGS_FILE), "{ not json").unwrap();
        let (s, notice) = Settings::load(dir.path());
        assert_eq!(s, Settings::default());
        assert!(notice.unwrap().contains("defaults"));
    }

    #[test]
    fn settings_round_trip_and_recent_is_capped_and_pruned() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Settings {
            theme: ThemePref::Dark,
            paper: Paper::Letter,
            ..Settings::default()
        };
        let real = dir.path().join("real.txt");
        std::fs::write(&real, "x").unwrap();
        for i in 0..12 {
            s.note_recent(&dir.path().join(format!("gone{i}.txt")));
        }
        s.note_recent(&real);
        assert_eq!(s.recent.len(), RECENT_MAX);
        assert!(s.recent[0].ends_with("real.txt"));
        s.save(dir.path()).unwrap();
        let (back, notice) = Settings::load(dir.path());
        assert!(notice.is_none());
        assert_eq!(back, s);
        let mut pruned = back;
        assert!(pruned.prune_recent());
        assert_eq!(pruned.recent.len(), 1);
    }
}
