//! Running the built binary in tests, as a script would: no desktop bus, the sample article.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Run `briefcard` with `args` and wait for it.
pub fn briefcard(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_briefcard"))
        .args(args)
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .output()
        .expect("the binary runs")
}

/// The built-in sample article.
pub fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample-article.txt")
}
