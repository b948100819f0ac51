//! HTML pages → articles: main text without page furniture, title, byline and date.

use std::path::{Path, PathBuf};

use briefcard::ingest::{read_bytes, read_path};
use briefcard::model::{RefDateSource, SourceFormat};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/html")
        .join(name)
}

#[test]
fn boilerplate_heavy_page_gives_only_the_story() {
    let a = read_path(&fixture("boilerplate.html")).unwrap();
    assert_eq!(a.source.format, SourceFormat::Html);
    assert_eq!(
        a.title.as_deref(),
        Some("Valletta dockers end strike after pay deal")
    );
    assert_eq!(a.byline.as_deref(), Some("By Zoë Ćirić and Mateo Ñúñez"));
    // Metadata (JSON-LD) wins over the different date in the canonical URL.
    assert_eq!(a.published.as_deref(), Some("2025-03-18"));
    assert_eq!(a.published_source, RefDateSource::Metadata);
    assert_eq!(a.dateline.as_deref(), Some("VALLETTA, Malta"));
    assert!(a.text.starts_with(
        "Valletta dockers end strike after pay deal\n\nVALLETTA, Malta — Dock workers"
    ));
    assert!(a.text.contains(
        "“This is not everything we asked for, but it is a fair deal for families who have waited too long,” said Rita Żammit-Borg"
    ));
    assert!(
        a.text.ends_with("two issues the deal leaves open."),
        "{}",
        a.text
    );
    for furniture in [
        "cookies",
        "Accept all",
        "Business",
        "Search the Courier",
        "Related stories",
        "Cruise lines reroute",
        "harbourwatcher",
        "Who pays in the end",
        "Most read",
        "morning briefing",
        "All rights reserved",
        "Privacy policy",
        "Share on Facebook",
        "Tags:",
        "not text",
    ] {
        assert!(
            !a.text.contains(furniture),
            "{furniture:?} leaked into:\n{}",
            a.text
        );
    }
    assert_eq!(
        a.text.split("\n\n").count(),
        7,
        "title + six paragraphs:\n{}",
        a.text
    );
}

#[test]
fn right_to_left_page_keeps_its_script_and_date() {
    let a = read_path(&fixture("rtl-arabic.html")).unwrap();
    assert_eq!(a.title.as_deref(), Some("افتتاح جسر جديد في صفاقس"));
    assert_eq!(a.published.as_deref(), Some("2024-09-22"));
    assert_eq!(a.published_source, RefDateSource::Metadata);
    assert!(
        a.text
            .contains("افتتحت وزيرة التجهيز ليلى بن عمر يوم الأحد جسراً جديداً")
    );
    assert!(a.text.contains("قبل فصل الشتاء."));
    assert!(!a.text.contains("رياضة"), "navigation leaked: {}", a.text);
    assert!(!a.text.contains("جميع الحقوق"), "footer leaked: {}", a.text);
}

#[test]
fn legacy_table_layout_page_in_windows_1252() {
    let a = read_path(&fixture("legacy-1252.html")).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Fishermen protest new quotas in Brittany")
    );
    assert_eq!(a.byline.as_deref(), Some("By Gaëlle Le Goff"));
    // No metadata date: the one in the page's canonical address is used.
    assert_eq!(a.published.as_deref(), Some("2024-11-05"));
    assert_eq!(a.published_source, RefDateSource::Metadata);
    assert!(a.text.contains("“We are being asked to fish less every year while the costs of fuel keep rising,” said Yannick Quéré"));
    assert!(a.text.contains("Its president, Françoise Abélard, asked"));
    assert!(a.text.contains("maritime prefect’s office"));
    for furniture in [
        "Tide tables",
        "Rugby club wins cup",
        "Classifieds",
        "Advertise",
    ] {
        assert!(
            !a.text.contains(furniture),
            "{furniture:?} leaked into:\n{}",
            a.text
        );
    }
    assert!(
        a.warnings.is_empty(),
        "declared charset is not a guess: {:?}",
        a.warnings
    );
}

#[test]
fn saved_web_page_complete_folder_opens_its_page() {
    let folder = fixture("saved/Council approves tram line_files");
    let a = read_path(&folder).unwrap();
    assert!(
        a.source.path.ends_with("Council approves tram line.html"),
        "{}",
        a.source.path
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Council approves tram line to the airport")
    );
    // No metadata date and no date in the URL: the visible date near the top is used.
    assert_eq!(a.published.as_deref(), Some("2025-03-04"));
    assert_eq!(a.published_source, RefDateSource::Text);
    assert!(a.text.contains("Council president Hélène Dumont-Szabó called it “the most important transport decision of this generation.”"));
    assert!(!a.text.contains("Log in"));
    // The folder holding the page and its _files folder opens the page too.
    let parent = read_path(&fixture("saved")).unwrap();
    assert_eq!(parent.title, a.title);
}

#[test]
fn html_without_extension_is_recognised_by_content() {
    let page = "<!doctype html><html><head><title>Rail strike called off</title></head><body><article><h1>Rail strike called off</h1><p>Train drivers in Tallinn called off Friday's strike after talks with the operator ended late on Wednesday night with a new offer.</p></article></body></html>";
    let a = read_bytes(page.as_bytes(), "clipboard-download").unwrap();
    assert_eq!(a.source.format, SourceFormat::Html);
    assert_eq!(a.title.as_deref(), Some("Rail strike called off"));
    assert!(a.text.contains("Train drivers in Tallinn called off"));
    assert_eq!(a.published, None, "no date is invented");
}

#[test]
fn deeply_nested_page_is_refused_in_one_sentence() {
    let page = format!(
        "<html><body>{}deep{}</body></html>",
        "<div>".repeat(50_000),
        "</div>".repeat(50_000)
    );
    let err = read_bytes(page.as_bytes(), "deep.html")
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "This web page is nested more than 2000 levels deep, so it was not read: deep.html"
    );
}

#[test]
fn nesting_a_few_hundred_levels_deep_still_reads() {
    let page = format!(
        "<html><head><title>Ferry delayed</title></head><body>{}<p>The ferry to Hvar was delayed by four hours because of strong winds on Sunday afternoon, the operator said.</p>{}</body></html>",
        "<div>".repeat(400),
        "</div>".repeat(400)
    );
    let a = read_bytes(page.as_bytes(), "nested.html").unwrap();
    assert!(a.text.contains("The ferry to Hvar was delayed"));
}

#[test]
fn a_page_with_no_text_says_so() {
    let err = read_bytes(
        b"<html><body><script>x()</script></body></html>",
        "blank.html",
    )
    .unwrap_err()
    .to_string();
    assert!(err.ends_with(": blank.html"), "{err}");
    assert!(!err.contains('\n'));
}

fn long_page(bytes: usize) -> String {
    let mut page = String::from(
        "<!doctype html><html><head><title>Harbour budget hearing</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Harbour budget hearing</h1>",
    );
    let para = "<p>The committee met again on Thursday to review the harbour budget, and members from all parties asked for more detail on the dredging contract.</p>\n";
    while page.len() < bytes {
        page.push_str(para);
    }
    page.push_str("</article><footer>Contact us</footer></body></html>");
    page
}

#[test]
fn a_large_page_goes_through_the_main_text_finder() {
    let page = long_page(2 * 1024 * 1024);
    let a = read_bytes(page.as_bytes(), "long.html").unwrap();
    assert_eq!(a.title.as_deref(), Some("Harbour budget hearing"));
    assert!(a.text.len() > 1_900_000, "{}", a.text.len());
    assert!(!a.text.contains("Contact us"));
}

#[test]
fn a_twenty_megabyte_page_opens_whole() {
    let page = long_page(20 * 1024 * 1024);
    let a = read_bytes(page.as_bytes(), "huge.html").unwrap();
    assert_eq!(a.title.as_deref(), Some("Harbour budget hearing"));
    assert!(a.text.len() > 19 * 1024 * 1024, "{}", a.text.len());
    assert!(!a.text.contains("Contact us"), "footer kept");
    assert!(a.warnings.iter().any(|w| w.contains("very large")));
}

#[test]
fn web_page_single_file_archive_opens() {
    let a = read_path(&fixture("single-file.mhtml")).unwrap();
    assert_eq!(a.source.format, SourceFormat::Html);
    assert_eq!(a.title.as_deref(), Some("افتتاح جسر جديد في صفاقس"));
    assert_eq!(a.published.as_deref(), Some("2024-09-22"));
    assert!(a.text.contains("وبلغت كلفة المشروع نحو 120 مليون دينار"));
}
