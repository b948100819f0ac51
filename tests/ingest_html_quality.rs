//! Main-text quality of the HTML reader on the project's own pages
//! (`tests/fixtures/html/quality`, made by `tools/make_quality_pages.py`), scored with the
//! shingle F1 of the public article-extraction benchmark: word 4-grams, per-page precision
//! and recall averaged over pages, F1 from the two averages.

use std::collections::HashMap;
use std::path::Path;

use briefcard::ingest::read_path;

fn tokens(text: &str) -> Vec<String> {
    // `\w+` as in the benchmark: runs of letters, digits and underscores.
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
    let n = t.len().saturating_sub(3).max(1);
    for i in 0..n {
        let s: Vec<String> = t.iter().skip(i).take(4).cloned().collect();
        if !s.is_empty() {
            *m.entry(s).or_insert(0) += 1;
        }
    }
    m
}

/// (tp, fp, fn) normalised to sum to one, as the benchmark does.
fn tp_fp_fn(gold: &str, pred: &str) -> (f64, f64, f64) {
    let (g, p) = (shingles(gold), shingles(pred));
    let (mut tp, mut fp, mut fne) = (0.0, 0.0, 0.0);
    for key in g
        .keys()
        .chain(p.keys())
        .collect::<std::collections::HashSet<_>>()
    {
        let (gc, pc) = (
            *g.get(key).unwrap_or(&0) as f64,
            *p.get(key).unwrap_or(&0) as f64,
        );
        tp += gc.min(pc);
        fp += (pc - gc).max(0.0);
        fne += (gc - pc).max(0.0);
    }
    let s = tp + fp + fne;
    if s > 0.0 {
        (tp / s, fp / s, fne / s)
    } else {
        (0.0, 0.0, 0.0)
    }
}

fn precision((tp, fp, fne): (f64, f64, f64)) -> f64 {
    if fp == 0.0 && fne == 0.0 {
        1.0
    } else if tp == 0.0 && fp == 0.0 {
        0.0
    } else {
        tp / (tp + fp)
    }
}

fn recall((tp, fp, fne): (f64, f64, f64)) -> f64 {
    if fp == 0.0 && fne == 0.0 {
        1.0
    } else if tp == 0.0 && fne == 0.0 {
        0.0
    } else {
        tp / (tp + fne)
    }
}

/// Mean precision, mean recall and their F1 over the pages of one folder.
#[allow(clippy::unwrap_used)] // a missing page or reference must fail the test loudly
fn score_dir(name: &str) -> (f64, f64, f64) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/html")
        .join(name);
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    assert!(pages.len() >= 10);
    let (mut ps, mut rs) = (Vec::new(), Vec::new());
    for page in &pages {
        let gold = std::fs::read_to_string(page.with_extension("txt")).unwrap();
        let a = read_path(page).unwrap();
        // The benchmark scores the article body; the reader keeps the headline on top.
        let body = match &a.title {
            Some(t) => a
                .text
                .strip_prefix(t.as_str())
                .unwrap_or(&a.text)
                .to_owned(),
            None => a.text.clone(),
        };
        let counts = tp_fp_fn(&gold, &body);
        let (p, r) = (precision(counts), recall(counts));
        println!(
            "{:<34} P={p:.3} R={r:.3}",
            page.file_stem().unwrap().to_string_lossy()
        );
        if std::env::var_os("SHOW_EXTRA").is_some() {
            for para in body
                .split("\n\n")
                .filter(|x| !x.trim().is_empty() && !gold.contains(x.trim()))
            {
                println!("    + {para}");
            }
            for para in gold
                .split("\n\n")
                .filter(|x| !x.trim().is_empty() && !body.contains(x.trim()))
            {
                println!("    - {para}");
            }
        }
        ps.push(p);
        rs.push(r);
    }
    let p = ps.iter().sum::<f64>() / ps.len() as f64;
    let r = rs.iter().sum::<f64>() / rs.len() as f64;
    let f1 = 2.0 * p * r / (p + r);
    println!(
        "{name}: pages={} precision={p:.3} recall={r:.3} F1={f1:.3}",
        pages.len()
    );
    (p, r, f1)
}

#[test]
fn main_text_shingle_f1_on_the_development_pages() {
    let (_, _, f1) = score_dir("quality");
    assert!(f1 >= 0.96, "shingle F1 {f1:.3} below 0.96");
}

#[test]
fn main_text_shingle_f1_on_the_held_back_pages() {
    let (_, _, f1) = score_dir("quality-holdout");
    assert!(f1 >= 0.96, "shingle F1 {f1:.3} below 0.96");
}

#[test]
fn main_text_shingle_f1_on_pages_shaped_like_big_news_sites() {
    let (_, _, f1) = score_dir("quality-shapes");
    assert!(f1 >= 0.96, "shingle F1 {f1:.3} below 0.96");
}
