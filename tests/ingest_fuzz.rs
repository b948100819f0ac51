//! Fuzz-style property tests, one per reader: arbitrary bytes and mutated valid files never
//! panic or hang, and every failure is one sentence naming the file.
//!
//! The default case count keeps `cargo test` quick; a longer run is
//! `PROPTEST_CASES=2000 cargo test --release --test ingest_fuzz`.

use std::path::Path;
use std::time::{Duration, Instant};

use briefcard::ingest::{read_bytes, read_pasted};
use proptest::prelude::*;

#[allow(clippy::unwrap_used)] // a missing fixture must fail the test loudly
fn fixture(rel: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(rel),
    )
    .unwrap()
}

/// Read and check the contract: an article with text, or one sentence ending in the label;
/// never more than the reader time limit plus a margin.
fn check(bytes: &[u8], label: &str) -> Result<(), TestCaseError> {
    let start = Instant::now();
    match read_bytes(bytes, label) {
        Ok(a) => prop_assert!(!a.text.trim().is_empty()),
        Err(e) => {
            let msg = e.to_string();
            prop_assert!(
                msg.ends_with(&format!(": {label}")) || msg.ends_with(&format!(" {label}")),
                "{}",
                msg
            );
            prop_assert!(!msg.contains('\n'), "{}", msg);
        }
    }
    prop_assert!(start.elapsed() < Duration::from_secs(70));
    Ok(())
}

/// A valid file with some bytes flipped, a run deleted, a run duplicated, or cut short.
fn mutated(base: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    let len = base.len().max(1);
    (
        prop::collection::vec((0..len, any::<u8>()), 0..16),
        0..len,
        0..64usize,
        0..4u8,
        0..len,
    )
        .prop_map(move |(flips, at, run, op, cut)| {
            let mut b = base.clone();
            for (i, v) in flips {
                if let Some(x) = b.get_mut(i) {
                    *x = v;
                }
            }
            let end = (at + run).min(b.len());
            match op {
                0 => {
                    b.drain(at.min(end)..end);
                }
                1 => {
                    let chunk: Vec<u8> = b.get(at.min(end)..end).unwrap_or_default().to_vec();
                    let pos = at.min(b.len());
                    b.splice(pos..pos, chunk);
                }
                2 => b.truncate(cut),
                _ => {}
            }
            b
        })
}

const HTML_TOKENS: &[&str] = &[
    "<html>",
    "</html>",
    "<body>",
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<article>",
    "<nav>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<h1>",
    "</h1>",
    "<meta property='og:title' content='T'>",
    "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-02-30\"}</script>",
    "<time datetime='2025-01-01'>",
    "Ministers met in Riga on Monday.",
    " “quoted” ",
    "é",
    "שלום",
    "&amp;",
    "&#x0;",
    "<",
    ">",
    "\"",
    "'",
    "\n",
    "<br>",
    "<table><tr><td>",
    "<pre>",
    "</pre>",
];

const MD_TOKENS: &[&str] = &[
    "# ",
    "## ",
    "---\n",
    "title: x\n",
    "date: 2024-13-45\n",
    "*",
    "**",
    "_",
    "`",
    "```\n",
    "> ",
    "- ",
    "1. ",
    "[",
    "](",
    ")",
    "![",
    "|",
    "\n",
    "\n\n",
    "Talks resumed in Oslo.",
    "ü",
    "<b>",
];

fn soup(tokens: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(tokens), 0..max).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn text_reader_survives_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        check(&bytes, "fuzz.txt")?;
    }

    #[test]
    fn html_reader_survives_tag_soup(page in soup(HTML_TOKENS, 400)) {
        check(page.as_bytes(), "fuzz.html")?;
    }

    #[test]
    fn html_reader_survives_mutated_pages(bytes in mutated(fixture("html/boilerplate.html"))) {
        check(&bytes, "fuzz.html")?;
    }

    #[test]
    fn web_archive_reader_survives_mutated_files(bytes in mutated(fixture("html/single-file.mhtml"))) {
        check(&bytes, "fuzz.mhtml")?;
    }

    #[test]
    fn markdown_reader_survives_arbitrary_markup(text in soup(MD_TOKENS, 300)) {
        check(text.as_bytes(), "fuzz.md")?;
    }

    #[test]
    fn pdf_reader_survives_mutated_files(bytes in mutated(fixture("pdf/two-column.pdf"))) {
        check(&bytes, "fuzz.pdf")?;
    }

    #[test]
    fn pdf_reader_survives_arbitrary_bytes_after_a_header(tail in prop::collection::vec(any::<u8>(), 0..2048)) {
        let mut bytes = b"%PDF-1.4\n".to_vec();
        bytes.extend(tail);
        check(&bytes, "fuzz.pdf")?;
    }

    #[test]
    fn docx_reader_survives_mutated_files(bytes in mutated(fixture("docx/article.docx"))) {
        check(&bytes, "fuzz.docx")?;
    }

    #[test]
    fn paste_survives_anything(text in ".{0,400}", html in prop::option::of(soup(HTML_TOKENS, 100))) {
        match read_pasted(&text, html.as_deref()) {
            Ok(a) => prop_assert!(!a.text.trim().is_empty()),
            Err(e) => prop_assert!(e.to_string().ends_with("(pasted text)")),
        }
    }
}
