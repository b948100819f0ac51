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

/// An invented news page: `head` goes into `<head>`, `top` before the story paragraphs and
/// `bottom` after them, all inside the article.
fn story_page(head: &str, top: &str, bottom: &str) -> String {
    format!(
        "<!doctype html><html><head><title>Ferry timetable changes in spring</title>{head}</head><body>\
<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>\
<article><h1>Ferry timetable changes in spring</h1>{top}\
<p>The island ferry will run two extra crossings on weekdays from April, the operator said on Monday, after a winter in which queues at the harbour grew longer every week.</p>\
<p>Commuters had asked for an earlier boat for months, and the council, which pays part of the cost, agreed to the change at its last meeting, a spokeswoman said.</p>\
<p>The new timetable also moves the last evening crossing half an hour later, so that people who work in the hospital can get home after the late shift ends.</p>\
<p>Fares will not change this year, the operator said, although fuel has become more expensive and one of the two ships needs new engines before next winter.</p>\
{bottom}</article>\
<footer><p>Contact the newsroom</p></footer></body></html>"
    )
}

#[test]
fn calls_to_action_and_page_labels_leave_the_story() {
    let page = story_page(
        "",
        "",
        "<p>Subscribe now to our print edition for the full story.</p>\
<p>Never miss the latest news by signing up to our newsletter today!</p>\
<p>Filed under: ferries, timetables</p>\
<p>Previous article: Bridge repairs start in May</p>",
    );
    let a = read_bytes(page.as_bytes(), "ferry.html").unwrap();
    assert!(
        a.text.contains("two extra crossings on weekdays"),
        "{}",
        a.text
    );
    assert!(
        a.text.contains("new engines before next winter."),
        "{}",
        a.text
    );
    for furniture in [
        "Subscribe now",
        "newsletter",
        "Filed under",
        "Previous article",
        "Contact the newsroom",
        "Home",
    ] {
        assert!(!a.text.contains(furniture), "{furniture:?} in:\n{}", a.text);
    }
}

#[test]
fn rights_notices_disclaimers_and_feedback_prompts_leave_the_story() {
    let page = story_page(
        "",
        "",
        "<p>This report is the copyrighted property of the Island Courier and may not be reproduced without written permission.</p>\
<p>The views expressed are those of the author and do not necessarily reflect the views of the publisher.</p>\
<p>Tell us what you think of the new timetable in the comments.</p>\
<p>Last updated: 12 March</p>",
    );
    let a = read_bytes(page.as_bytes(), "ferry.html").unwrap();
    assert!(
        a.text.contains("new engines before next winter."),
        "{}",
        a.text
    );
    for furniture in [
        "copyrighted property",
        "views expressed",
        "Tell us what you think",
        "Last updated",
    ] {
        assert!(!a.text.contains(furniture), "{furniture:?} in:\n{}", a.text);
    }
}

#[test]
fn a_dateline_set_apart_in_its_own_span_stays_with_its_paragraph() {
    let page = story_page(
        "",
        "<p><span class='dateline'>OSLO – </span>Ferry passengers will have two more crossings a day from April, the operator announced on Monday morning.</p>",
        "",
    );
    let a = read_bytes(page.as_bytes(), "ferry.html").unwrap();
    assert!(
        a.text
            .contains("OSLO – Ferry passengers will have two more"),
        "{}",
        a.text
    );
}

#[test]
fn the_publication_date_is_not_a_cited_year_nor_the_modified_date() {
    let page = story_page(
        "<meta property='article:modified_time' content='2024-05-20T10:00:00+02:00'>",
        "<p>Cited: <span itemprop='datePublished'>1998</span></p><p>Published <time itemprop='datePublished' datetime='2024-03-11'>11 March 2024</time></p>",
        "",
    );
    let a = read_bytes(page.as_bytes(), "ferry.html").unwrap();
    assert_eq!(a.published.as_deref(), Some("2024-03-11"));
    assert_eq!(a.published_source, RefDateSource::Metadata);
}

#[test]
fn a_utc_time_after_midnight_takes_the_day_in_the_page_address() {
    // 02:25 UTC on the 25th is the evening of the 24th where the paper is; the address
    // carries the paper's own day.
    let page = story_page(
        "<link rel='canonical' href='https://ferry.example/2024/02/24/timetable'><meta property='article:published_time' content='2024-02-25T02:25:54Z'>",
        "",
        "",
    );
    let a = read_bytes(page.as_bytes(), "ferry.html").unwrap();
    assert_eq!(a.published.as_deref(), Some("2024-02-24"));
}

#[test]
fn a_web_page_json_ld_date_counts_when_no_article_object_has_one() {
    let page = story_page(
        r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Ferry News"},{"@type":"WebPage","datePublished":"2023-09-14T08:00:00+00:00","dateModified":"2024-01-02T08:00:00+00:00"}]}</script>"#,
        "",
        "",
    );
    let a = read_bytes(page.as_bytes(), "ferry.html").unwrap();
    assert_eq!(a.published.as_deref(), Some("2023-09-14"));
}

#[test]
fn a_printed_date_line_dates_the_page_but_an_updated_line_does_not() {
    let printed = story_page("", "<p>By Lena Berg</p><p>March 3, 2024</p>", "");
    let a = read_bytes(printed.as_bytes(), "ferry.html").unwrap();
    assert_eq!(a.published.as_deref(), Some("2024-03-03"));
    assert!(!a.text.contains("March 3, 2024"), "{}", a.text);

    // A line giving both dates gives the publication date, not the update.
    let both = story_page(
        "",
        "<div class='post-meta'>Posted March 3, 2024 | Updated March 5, 2024</div>",
        "",
    );
    let a = read_bytes(both.as_bytes(), "ferry.html").unwrap();
    assert_eq!(a.published.as_deref(), Some("2024-03-03"));
}

#[test]
fn a_page_that_prints_only_an_updated_date_is_dated_by_it_with_a_note() {
    // No publication date anywhere: the update is the date of the text as it stands and
    // the latest the article can have appeared, so it dates the page, with a note.
    let updated = story_page("", "<div class='post-info'>Updated March 5, 2024</div>", "");
    let a = read_bytes(updated.as_bytes(), "ferry.html").unwrap();
    assert_eq!(a.published.as_deref(), Some("2024-03-05"));
    assert_eq!(a.published_source, RefDateSource::Text);
    assert!(
        a.warnings.iter().any(|w| w.contains("updated")),
        "{:?}",
        a.warnings
    );
    // A wiki's page-information line after the text.
    let wiki = story_page(
        "",
        "",
        "<p id='pageinfo'>FerryTimetable (last edited 2024-03-05 09:12:40 by Harbourmaster)</p>",
    );
    let a = read_bytes(wiki.as_bytes(), "ferry.html").unwrap();
    assert_eq!(a.published.as_deref(), Some("2024-03-05"));
    // A publication date, where there is one, still wins over the update.
    let both = story_page(
        "<meta property='article:published_time' content='2024-02-20T08:00:00Z'>",
        "<div class='post-info'>Updated March 5, 2024</div>",
        "",
    );
    let a = read_bytes(both.as_bytes(), "ferry.html").unwrap();
    assert_eq!(a.published.as_deref(), Some("2024-02-20"));
}

#[test]
fn an_update_in_the_site_footer_or_in_a_sentence_does_not_date_the_page() {
    let footer = story_page("", "", "").replace(
        "<footer><p>Contact the newsroom</p></footer>",
        "<div id='footer'><ul><li>This page was last modified on 5 March 2024, at 09:12.</li></ul></div>",
    );
    let a = read_bytes(footer.as_bytes(), "ferry.html").unwrap();
    assert_eq!(
        a.published, None,
        "the site's footer dates the site, not the article"
    );
    let said = story_page(
        "",
        "",
        "<p>The ferry board updated its safety rules on 5 March 2024.</p><aside><p>Updated March 6, 2024</p></aside>",
    );
    let a = read_bytes(said.as_bytes(), "ferry.html").unwrap();
    assert_eq!(a.published, None, "{:?}", a.published);
}
