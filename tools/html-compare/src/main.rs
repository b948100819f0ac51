//! Score HTML main-text crates on briefcard's quality pages with the shingle F1 of the public
//! article-extraction benchmark (word 4-grams; per-page precision and recall averaged; F1
//! of the averages). Run from the repository root:
//! `cargo run --manifest-path tools/html-compare/Cargo.toml`.
//!
//! briefcard's own reader is scored by `tests/ingest_html_quality.rs` with the same metric.

use std::collections::{HashMap, HashSet};
use std::path::Path;

fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() || c == '_' {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn shingles(text: &str) -> HashMap<Vec<String>, usize> {
    let t = tokens(text);
    let mut m = HashMap::new();
    for i in 0..t.len().saturating_sub(3).max(1) {
        let s: Vec<String> = t.iter().skip(i).take(4).cloned().collect();
        if !s.is_empty() {
            *m.entry(s).or_insert(0) += 1;
        }
    }
    m
}

fn pr(gold: &str, pred: &str) -> (f64, f64) {
    let (g, p) = (shingles(gold), shingles(pred));
    let (mut tp, mut fp, mut fne) = (0.0f64, 0.0f64, 0.0f64);
    for key in g.keys().chain(p.keys()).collect::<HashSet<_>>() {
        let (gc, pc) = (
            *g.get(key).unwrap_or(&0) as f64,
            *p.get(key).unwrap_or(&0) as f64,
        );
        tp += gc.min(pc);
        fp += (pc - gc).max(0.0);
        fne += (gc - pc).max(0.0);
    }
    let precision = if fp == 0.0 && fne == 0.0 {
        1.0
    } else if tp + fp == 0.0 {
        0.0
    } else {
        tp / (tp + fp)
    };
    let recall = if fp == 0.0 && fne == 0.0 {
        1.0
    } else if tp + fne == 0.0 {
        0.0
    } else {
        tp / (tp + fne)
    };
    (precision, recall)
}

fn trafilatura(html: &str) -> String {
    let opts = rs_trafilatura::Options {
        max_extracted_len: usize::MAX,
        ..Default::default()
    };
    rs_trafilatura::extract_with_options(html, &opts)
        .map(|r| r.content_text)
        .unwrap_or_default()
}

fn smoothie(html: &str) -> String {
    dom_smoothie::Readability::new(html, None, None)
        .ok()
        .and_then(|mut r| r.parse().ok())
        .map(|a| a.text_content.to_string())
        .unwrap_or_default()
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/html");
    type Extractor = fn(&str) -> String;
    let extractors: [(&str, Extractor); 2] = [
        ("rs-trafilatura 0.2", trafilatura),
        ("dom_smoothie 0.19", smoothie),
    ];
    for set in ["quality", "quality-holdout", "quality-shapes"] {
        let mut pages: Vec<_> = std::fs::read_dir(root.join(set))
            .expect("quality pages")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "html"))
            .collect();
        pages.sort();
        for (name, f) in extractors {
            let (mut ps, mut rs) = (Vec::new(), Vec::new());
            for page in &pages {
                let html = std::fs::read_to_string(page).expect("page");
                let gold = std::fs::read_to_string(page.with_extension("txt")).expect("gold");
                let (p, r) = pr(&gold, &f(&html));
                ps.push(p);
                rs.push(r);
            }
            let p = ps.iter().sum::<f64>() / ps.len() as f64;
            let r = rs.iter().sum::<f64>() / rs.len() as f64;
            println!(
                "{set:<16} {name:<20} pages={} P={p:.3} R={r:.3} F1={:.3}",
                pages.len(),
                2.0 * p * r / (p + r)
            );
        }
    }
}
