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
    let typical = typical_page();
    g.bench_function("typical news page.html", |b| {
        b.iter(|| read_bytes(black_box(typical.as_bytes()), "typical.html"))
    });
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

/// An invented page shaped like a saved news article (about 150 KB, as real ones are):
/// metadata and JSON-LD, style sheets and scripts, a navigation bar, a 900-word story,
/// a related-stories list, comments and a footer.
fn typical_page() -> String {
    let mut h = String::from(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour board keeps night ferries | The Island Courier</title>\
         <meta property='og:title' content='Harbour board keeps night ferries'><meta property='og:type' content='article'>\
         <meta property='og:site_name' content='The Island Courier'><meta name='author' content='Ana Ruiz'>\
         <meta property='article:published_time' content='2025-03-18T07:30:00Z'><meta property='article:modified_time' content='2025-03-18T11:02:00Z'>\
         <script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Harbour board keeps night ferries\",\"datePublished\":\"2025-03-18T07:30:00Z\",\"author\":{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"}}</script>",
    );
    for i in 0..40 {
        h.push_str("<style>");
        for j in 0..8 {
            h.push_str(&format!(
                ".c{i}-{j} {{ margin: 0 {j}px; padding: 2px; font: 14px/1.4 serif; color: #{i:03}; }}\n"
            ));
        }
        h.push_str("</style>");
    }
    for i in 0..30 {
        h.push_str(&format!("<script>window.dataLayer=window.dataLayer||[];function t{i}(a,b){{return a<b?'<div>'+a+'</div>':b;}}{}</script>", "var x=1;".repeat(120)));
    }
    h.push_str("</head><body><header class='site-header'><nav class='main-nav'><ul>");
    for i in 0..60 {
        h.push_str(&format!("<li><a href='/section/{i}'>Section {i}</a></li>"));
    }
    h.push_str("</ul></nav></header><main><article><h1>Harbour board keeps night ferries</h1><div class='byline'>By Ana Ruiz</div><time datetime='2025-03-18'>18 March 2025</time>");
    for i in 0..18 {
        h.push_str(&format!("<p>The harbour board voted {i} times on the night timetable, and members said the late crossings carry nurses, bakers and port staff who have no other way home, while the operator warned that fuel costs rose again this winter and asked for a review in the autumn.</p>"));
        if i % 6 == 5 {
            h.push_str("<div class='ad-slot'>Advertisement</div><figure><img src='x.jpg'><figcaption>The late ferry leaving the quay.</figcaption></figure>");
        }
    }
    h.push_str("</article><aside class='related'><h2>Related</h2><ul>");
    for i in 0..12 {
        h.push_str(&format!("<li><a href='/story/{i}'>Island news story number {i}</a> <time datetime='2025-02-{:02}'>Feb {}</time></li>", i + 1, i + 1));
    }
    h.push_str("</ul></aside><section id='comments'>");
    for i in 0..20 {
        h.push_str(&format!("<div class='comment'><div class='comment-meta'>Reader {i}</div><p>I take the late boat every week and hope it stays.</p></div>"));
    }
    h.push_str("</section></main><footer><p>© The Island Courier</p>");
    for i in 0..40 {
        h.push_str(&format!("<a href='/footer/{i}'>Footer link {i}</a> "));
    }
    h.push_str("</footer></body></html>");
    h
}

criterion_group!(benches, formats);
criterion_main!(benches);
