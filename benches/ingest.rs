//! How long opening an article takes, per format, on the test fixtures and on a long page.

use std::hint::black_box;
use std::path::Path;

use briefcard::ingest::read_bytes;
use criterion::{Criterion, criterion_group, criterion_main};

fn fixture(rel: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(rel),
    )
    .unwrap_or_default()
}

fn formats(c: &mut Criterion) {
    let mut g = c.benchmark_group("ingest");
    g.sample_size(20);
    for (label, rel) in [
        ("page.html", "html/boilerplate.html"),
        ("two-column.pdf", "pdf/two-column.pdf"),
        ("article.docx", "docx/article.docx"),
        ("note.md", "text/note.md"),
        ("legacy.txt", "text/windows-1252.txt"),
    ] {
        let bytes = fixture(rel);
        g.bench_function(label, |b| b.iter(|| read_bytes(black_box(&bytes), label)));
    }
    let mut long = String::from(
        "<html><head><title>Long hearing</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Long hearing</h1>",
    );
    while long.len() < 1024 * 1024 {
        long.push_str("<p>The committee met again on Thursday to review the harbour budget, and members asked for more detail on the dredging contract.</p>");
    }
    long.push_str("</article></body></html>");
    g.bench_function("1 MB page.html", |b| {
        b.iter(|| read_bytes(black_box(long.as_bytes()), "long.html"))
    });
    g.finish();
}

criterion_group!(benches, formats);
criterion_main!(benches);
