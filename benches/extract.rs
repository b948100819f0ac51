//! Extraction speed: the sample article, and synthetic articles of 10 KB to 10 MB built by
//! repeating our own prose, to show that cost grows linearly with length.

use briefcard::extract::extract;
use briefcard::model::Article;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// A paragraph written for this benchmark: names, places, dates, quotes and issues.
const PARAGRAPH: &str = "GENEVA (Wire) — Foreign Minister Elena Markovic of Serbia met U.S. \
Secretary of State Daniel Brooks in Geneva on Tuesday night to discuss the dispute over \
Kosovo, the officials said. Markovic will travel to Brussels next week and to Vienna on \
June 12, her ministry said. \"We are ready to talk, but not at any price,\" Markovic told \
reporters after the two-hour meeting. Tensions rose last year after protests in Pristina, \
and the European Union has warned of sanctions. Earlier this month, NATO chief Anders Holm \
visited the Balkans for three days.\n\n";

fn article_of(bytes: usize) -> Article {
    let mut text = String::with_capacity(bytes + PARAGRAPH.len());
    while text.len() < bytes {
        text.push_str(PARAGRAPH);
    }
    Article {
        text,
        ..Article::default()
    }
}

fn benches(c: &mut Criterion) {
    let reference = "2024-03-13".parse().ok();
    let sample = briefcard::ingest::sample();
    // Load the lexicons once, outside the timings.
    let _ = extract(&article_of(100), reference);
    c.bench_function("extract/sample", |b| b.iter(|| extract(&sample, reference)));
    let mut group = c.benchmark_group("extract/size");
    group.sample_size(10);
    for (label, bytes) in [
        ("10KB", 10_000),
        ("100KB", 100_000),
        ("1MB", 1_000_000),
        ("10MB", 10_000_000),
    ] {
        let article = article_of(bytes);
        group.throughput(Throughput::Bytes(article.text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(label), &article, |b, a| {
            b.iter(|| extract(a, reference));
        });
    }
    group.finish();
}

criterion_group!(extract_benches, benches);
criterion_main!(extract_benches);
