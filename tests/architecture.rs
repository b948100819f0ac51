//! The house rules, checked: the core (`model`, `ingest`, `extract`, `layout`) never uses the
//! GUI or PDF crates, and imports run one way, down the floors.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Code lines of every file under `src/<module>` (and `src/<module>.rs`), comments dropped.
fn code_of(module: &str) -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    let dir = src.join(module);
    if dir.is_dir() {
        rust_files(&dir, &mut files);
    }
    let single = src.join(format!("{module}.rs"));
    if single.is_file() {
        files.push(single);
    }
    assert!(!files.is_empty(), "no sources for {module}");
    let mut lines = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for line in text.lines() {
            let code = line.split("//").next().unwrap_or("");
            lines.push((f.display().to_string(), code.to_owned()));
        }
    }
    lines
}

fn uses_word(code: &str, word: &str) -> bool {
    code.match_indices(word).any(|(i, _)| {
        let before = code[..i].chars().next_back();
        let after = code[i + word.len()..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        boundary(before) && boundary(after) && after == Some(':')
    })
}

#[test]
fn core_never_uses_gui_or_pdf_crates() {
    for module in ["model", "ingest", "extract", "layout"] {
        for (file, code) in code_of(module) {
            for krate in ["egui", "eframe", "rfd", "printpdf", "egui_file"] {
                assert!(
                    !uses_word(&code, krate),
                    "{file} uses {krate}: the core must stay free of GUI and PDF crates\n{code}"
                );
            }
        }
    }
}

#[test]
fn imports_run_down_the_floors() {
    let above: &[(&str, &[&str])] = &[
        (
            "model",
            &[
                "ingest", "extract", "layout", "render", "app", "cli", "store",
            ],
        ),
        (
            "ingest",
            &["extract", "layout", "render", "app", "cli", "store"],
        ),
        (
            "extract",
            &["ingest", "layout", "render", "app", "cli", "store"],
        ),
        (
            "layout",
            &["ingest", "extract", "render", "app", "cli", "store"],
        ),
        ("render", &["app", "cli", "ingest", "extract", "store"]),
        ("store", &["app", "cli", "render", "layout"]),
    ];
    for (module, forbidden) in above {
        for (file, code) in code_of(module) {
            for f in *forbidden {
                assert!(
                    !code.contains(&format!("crate::{f}")),
                    "{file} imports crate::{f}, a floor it must not reach\n{code}"
                );
            }
        }
    }
}
