//! Merging several articles on one story into one card: three invented versions of one
//! story (`tests/fixtures/merge/`), each grown to about 800 words by repeating its own
//! paragraphs, extracted once outside the timings. The bar (issue 16): under 10 ms.

use briefcard::extract::{extract, merge};
use briefcard::model::{Article, Facts};
use criterion::{Criterion, criterion_group, criterion_main};

fn source(name: &str) -> Facts {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/merge")
        .join(name);
    let base = std::fs::read_to_string(&path).unwrap_or_default();
    let mut text = base.clone();
    while text.split_whitespace().count() < 800 && !base.is_empty() {
        text.push_str("\n\n");
        text.push_str(&base);
    }
    let article = Article {
        text,
        published: Some("2025-03-12".to_owned()),
        ..Article::default()
    };
    let mut facts = extract(&article, None);
    facts.source.path = name.to_owned();
    facts
}

fn benches(c: &mut Criterion) {
    let sources: Vec<Facts> = ["wire.txt", "local.txt", "followup.txt"]
        .into_iter()
        .map(source)
        .collect();
    c.bench_function("merge/three-800-word-articles", |b| {
        b.iter(|| merge::merge(&sources));
    });
    c.bench_function("merge/card-of-three", |b| {
        b.iter(|| merge::card_of(sources.clone()));
    });
}

criterion_group!(merge_benches, benches);
criterion_main!(merge_benches);
