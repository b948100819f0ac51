//! The headless commands as a script sees them: the facts JSON contract, failures that say
//! one thing on stderr and nothing on stdout, and the rendered PDF.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::PathBuf;

mod headless;
use headless::{briefcard, sample_path};

fn chars_slice(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

fn check_spans(text: &str, list: &serde_json::Value) {
    for item in list.as_array().unwrap() {
        for m in item["mentions"].as_array().unwrap() {
            let (s, e) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                chars_slice(text, s, e),
                m["text"].as_str().unwrap(),
                "span {s}..{e}"
            );
        }
    }
}

#[test]
fn sample_json_follows_the_contract() {
    let out = briefcard(&[
        "extract",
        &sample_path().display().to_string(),
        "--json",
        "--reference-date",
        "2023-06-14",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema"], "briefcard.facts/1");
    for key in [
        "source",
        "article",
        "reference_date",
        "who",
        "where",
        "when",
        "issues",
        "summary",
        "quotes",
        "warnings",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    for key in ["title", "dateline", "byline", "published", "text"] {
        assert!(v["article"].get(key).is_some(), "missing article.{key}");
    }
    assert_eq!(v["source"]["format"], "txt");
    assert_eq!(v["reference_date"]["value"], "2023-06-14");
    assert_eq!(v["reference_date"]["source"], "user");
    assert_eq!(v["article"]["dateline"], "WASHINGTON (AP)");
    let text = v["article"]["text"].as_str().unwrap();
    assert!(
        !text.contains("Leave a Comment"),
        "boilerplate stays out of the text"
    );
    for list in ["who", "where", "when", "issues"] {
        check_spans(text, &v[list]);
    }
    for w in v["who"].as_array().unwrap() {
        assert!(matches!(
            w["kind"].as_str(),
            Some("person" | "organization")
        ));
    }
    for p in v["where"].as_array().unwrap() {
        assert!(matches!(
            p["kind"].as_str(),
            Some("country" | "city" | "region" | "water" | "other")
        ));
    }
    for t in v["when"].as_array().unwrap() {
        assert!(matches!(
            t["kind"].as_str(),
            Some("date" | "time" | "duration" | "set")
        ));
    }
    let who: Vec<&str> = v["who"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|w| w["name"].as_str())
        .collect();
    assert!(who.contains(&"Antony Blinken"), "{who:?}");
    let sunday = v["when"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["text"] == "Sunday");
    assert_eq!(
        sunday.map(|t| t["value"].clone()),
        Some(serde_json::json!("2023-06-18"))
    );
}

fn assert_fails_cleanly(path: &str) {
    let out = briefcard(&["extract", path, "--json"]);
    assert!(!out.status.success(), "{path} should fail");
    assert!(out.stdout.is_empty(), "nothing on stdout for {path}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "one line on stderr: {err}"
    );
    assert!(
        err.trim_end().ends_with(path),
        "the message names the file last: {err}"
    );
}

#[test]
fn unreadable_inputs_fail_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let blank = dir.path().join("blank.txt");
    std::fs::write(&blank, b" \n\n \t\n").unwrap();
    let binary = dir.path().join("program.bin");
    std::fs::write(
        &binary,
        [
            0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0,
        ],
    )
    .unwrap();
    let missing = dir.path().join("nowhere.txt");
    for p in [&empty, &blank, &binary, &missing, &dir.path().to_path_buf()] {
        assert_fails_cleanly(&p.display().to_string());
    }
}

#[test]
fn jsonl_keeps_order_reports_failures_and_takes_per_file_dates() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    std::fs::write(
        &a,
        "Mayor Ada Quist will open the bridge in Oslo on Friday.\n",
    )
    .unwrap();
    let bad = dir.path().join("missing.txt");
    let manifest = dir.path().join("list.tsv");
    std::fs::write(
        &manifest,
        format!(
            "{}\t2024-03-04\n{}\n{}\t2023-06-14\n",
            a.display(),
            bad.display(),
            sample_path().display()
        ),
    )
    .unwrap();
    let out = briefcard(&[
        "extract",
        "--jsonl",
        "--manifest",
        &manifest.display().to_string(),
    ]);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["reference_date"]["value"], "2024-03-04");
    assert_eq!(lines[1]["source"]["path"], bad.display().to_string());
    assert!(lines[1]["error"].as_str().unwrap().contains("no file"));
    assert_eq!(lines[2]["reference_date"]["value"], "2023-06-14");
}

#[test]
fn render_writes_a_one_page_pdf_and_refuses_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let out_pdf: PathBuf = dir.path().join("brief.pdf");
    let out = briefcard(&[
        "render",
        &sample_path().display().to_string(),
        "-o",
        &out_pdf.display().to_string(),
        "--paper",
        "letter",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&out_pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    assert_eq!(doc.get_pages().len(), 1);

    let missing = dir.path().join("nope.txt");
    let out = briefcard(&[
        "render",
        &missing.display().to_string(),
        "-o",
        &out_pdf.display().to_string(),
    ]);
    assert!(!out.status.success());
    assert_eq!(
        std::fs::read(&out_pdf).unwrap(),
        bytes,
        "a failed render leaves the old PDF alone"
    );
}

#[test]
fn help_and_version_describe_the_program_with_examples_and_exit_codes() {
    let out = briefcard(&["--version"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("briefcard {}", env!("CARGO_PKG_VERSION"))
    );

    let out = briefcard(&["--help"]);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for needle in ["[FILE]", "extract", "render", "Examples:", "Exit codes:"] {
        assert!(help.contains(needle), "--help lacks {needle:?}:\n{help}");
    }

    for command in ["extract", "render"] {
        let out = briefcard(&[command, "--help"]);
        assert!(out.status.success(), "{command} --help");
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(
            help.contains("Examples:") && help.contains(&format!("briefcard {command} ")),
            "{command} --help has no example:\n{help}"
        );
    }
}

#[test]
fn a_plain_path_opens_the_app_and_a_bad_command_line_exits_2() {
    // What a file manager runs: `briefcard /path/to/file`. With no display the app says in
    // one line that it could not open its window (exit 1), not that the arguments are wrong.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_briefcard"))
        .arg(sample_path())
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("window could not be opened"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(out.stdout.is_empty());

    let out = briefcard(&["render", "--no-such-option"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}
