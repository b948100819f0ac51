//! QA: a 25 MB article is read by the worker while the window keeps drawing, shows that it
//! is working, and leaves the card on screen editable (alone in its binary: the reading goes
//! on in the background after the test and would slow the others down).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{click, start, value_of};
use egui_kittest::kittest::Queryable as _;

/// A 25 MB article of our own sentences.
fn write_big_article(path: &Path) {
    let sentences = [
        "Harbour officials in Tallinn said on Tuesday that the new ferry schedule would start in March.",
        "The council of Porto met fishermen's unions to discuss quotas, a spokesperson said.",
        "Minister Elena Varga told reporters in Budapest that the budget vote was postponed.",
    ];
    let mut text = String::from("Ferry talks continue\n\n");
    let mut i = 0usize;
    while text.len() < 25 * 1024 * 1024 {
        text.push_str(sentences[i % 3]);
        text.push_str(&format!(" Report {i}.\n\n"));
        i += 1;
    }
    std::fs::write(path, text).unwrap();
}

#[test]
fn a_25_mb_article_is_read_in_the_background_while_the_window_keeps_drawing() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    write_big_article(&big);
    let mut h = start(dir.path(), None);
    let title = value_of(&h, "Title");

    h.state_mut().script_dialog(Some(big.clone()));
    click(&mut h, "Open…");
    for _ in 0..5 {
        let began = Instant::now();
        h.step();
        // A hang detector, not a benchmark: a frame that reads 25 MB takes far longer.
        assert!(
            began.elapsed() < Duration::from_secs(2),
            "a frame took {:?}",
            began.elapsed()
        );
    }
    assert!(
        h.query_by_label("Reading…").is_some(),
        "the status bar shows the work"
    );
    assert_eq!(
        value_of(&h, "Title"),
        title,
        "the current card stays meanwhile"
    );
    // The card can still be edited while the big file is read.
    common::replace_text(&mut h, "Title", "Still editing");
    assert_eq!(h.state().card().title.value, "Still editing");
}
