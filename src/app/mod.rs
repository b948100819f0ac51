//! The GUI shell: the only module that knows eframe.

use std::path::PathBuf;

/// Open the app window, on `path` or on the built-in sample.
///
/// # Errors
/// When no window can be opened (no display, no GL driver).
pub fn run(_path: Option<PathBuf>) -> Result<(), String> {
    Err("the window is not built yet".into())
}
