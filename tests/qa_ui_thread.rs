//! QA: the UI thread never reads or writes files, extracts, lays out a page or writes a PDF;
//! those run in `src/app/worker.rs`, so the window keeps drawing on a huge article or card.
//! (A source check, like the architecture test: a call slipped into a panel or the frame
//! code would freeze the window only on big inputs, which the GUI tests rarely meet.)

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::Path;

/// Slow calls that belong in the worker.
const SLOW: [&str; 11] = [
    // A card holds its article: copying it on every autosave would stall typing on a 25 MB
    // text (the worker gets a snapshot that shares the article instead).
    "doc.card.clone()",
    "std::fs::",
    "fs::read",
    "fs::write",
    "layout_card(",
    "extract::extract(",
    "render::pdf",
    "store::save_card(",
    "store::load_card(",
    "ingest::read",
    "write_atomic(",
];

#[test]
fn frame_code_calls_nothing_slow() {
    let app = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
    let mut files = vec![
        app.join("mod.rs"),
        app.join("history.rs"),
        app.join("command.rs"),
        app.join("dialogs.rs"),
    ];
    for entry in std::fs::read_dir(app.join("panels")).unwrap() {
        files.push(entry.unwrap().path());
    }
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        // Unit tests at the end of a file may do anything.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            let line = line.trim_start();
            if line.starts_with("//") {
                continue;
            }
            for pat in SLOW {
                if line.contains(pat) {
                    found.push(format!("{}:{}: {line}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "slow calls on the UI thread:\n{}",
        found.join("\n")
    );
}
