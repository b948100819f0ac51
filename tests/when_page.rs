//! The sample's When section as a reader gets it, read back from the PDF: rendered by the
//! command line and by the app, with and without the article's date. Its must dates are on
//! the page in time order with their events, no event twice, and without a date the page
//! says so instead of inventing one.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::Path;

mod headless;
mod pdfread;
use headless::{briefcard, sample_path};

use briefcard::app::worker::{Source, load};
use briefcard::layout::{PageStyle, layout_card_with};
use briefcard::model::Card;
use briefcard::render::pdf::{PdfMeta, render};

/// The PDF's text laid out as `pdftotext -layout` does (columns side by side on one line).
fn pdf_lines(path: &Path) -> Vec<String> {
    pdfread::file_lines(path)
}

/// The lines of the When section: from its head to the next section's.
fn when_lines(lines: &[String]) -> Vec<String> {
    let start = lines
        .iter()
        .position(|l| l.trim() == "WHEN")
        .expect("a When section");
    lines
        .iter()
        .skip(start + 1)
        .take_while(|l| !l.contains("OPEN ISSUES"))
        .cloned()
        .collect()
}

/// Where `needle` is in the When list, in reading order (down the first column, then down
/// the second): `(column, line)`.
fn reading_position(when: &[String], needle: &str) -> Option<(usize, usize)> {
    let width = when.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    when.iter().enumerate().find_map(|(n, l)| {
        let b = l.find(needle)?;
        let col = l[..b].chars().count();
        Some((usize::from(col * 2 > width), n))
    })
}

/// The sample's must dates (from its hand-written gold): the date as the page prints it and
/// a word of its event, in time order.
const MUST_DATED: [(&str, &str); 4] = [
    ("Fri 16 Jun 2023", "leaves Washington"),
    ("Sun 18 Jun 2023", "Qin Gang"),
    ("Mon 19 Jun 2023", "Xi Jinping"),
    ("Wed 21 Jun 2023", "attends conference"),
];

/// The same must dates as the article writes them, when there is no date to place them.
const MUST_WRITTEN: [(&str, &str); 4] = [
    ("late Friday", "leaves Washington"),
    ("Sunday", "Qin Gang"),
    ("Monday", "Xi Jinping"),
    ("June 21", "attends conference"),
];

/// Every must date on the page, each on the line of its event, in time order, and no
/// event printed twice.
fn assert_chronology(lines: &[String], must: &[(&str, &str)], ordered: bool) {
    let list = when_lines(lines);
    let when = &list;
    let mut last = None;
    for (date, event) in must {
        let at = list
            .iter()
            .position(|l| {
                l.contains(date) && l.contains(event) && {
                    // The event follows its own date, not the other column's.
                    let d = l.find(date).unwrap();
                    let e = l.find(event).unwrap();
                    e > d && !l[d..e].contains("  2023") && l[d..e].chars().count() < 60
                }
            })
            .unwrap_or_else(|| {
                panic!("{date} — …{event} is not on the page:\n{}", when.join("\n"))
            });
        let pos = reading_position(&list[at..=at], date).map(|(c, _)| (c, at));
        if ordered {
            assert!(
                last < pos,
                "{date} is out of time order:\n{}",
                when.join("\n")
            );
        }
        last = pos;
    }
}

fn app_pdf(path: &Path, out: &Path) -> Card {
    let loaded = load(Source::Path(path.to_path_buf())).expect("the app reads the file");
    let card = loaded.card;
    let style = PageStyle::for_card(&card);
    let page = layout_card_with(&card, &style);
    std::fs::write(out, render(&page, &PdfMeta::for_card(&card)).unwrap()).unwrap();
    card
}

/// The page's words without its footer (which says when it was made): the column
/// spacing depends on every line, so words are compared, not lines.
fn without_footer(lines: &[String]) -> String {
    lines
        .iter()
        .filter(|l| !l.contains("generated"))
        .flat_map(|l| l.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One line per event: no two items on the page tell the same event on the same date.
fn assert_no_twice(card: &Card) {
    let shown: Vec<_> = card.when.iter().filter(|w| w.included()).collect();
    for (i, a) in shown.iter().enumerate() {
        for b in shown.iter().skip(i + 1) {
            assert!(
                !(a.value.value == b.value.value && a.value.event == b.value.event),
                "twice: {:?}",
                a.value
            );
        }
    }
}

#[test]
fn the_sample_with_its_date_lists_its_must_dates_in_time_order_from_cli_and_app() {
    let dir = tempfile::tempdir().unwrap();
    let cli = dir.path().join("cli.pdf");
    let out = briefcard(&[
        "render",
        &sample_path().display().to_string(),
        "-o",
        &cli.display().to_string(),
    ]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("no publication date"),
        "the sidecar's date is read: {stderr}"
    );
    let lines = pdf_lines(&cli);
    assert!(
        lines
            .iter()
            .any(|l| l.contains("published Wed 14 Jun 2023")),
        "the source line names the date"
    );
    assert_chronology(&lines, &MUST_DATED, true);

    let app = dir.path().join("app.pdf");
    let card = app_pdf(&sample_path(), &app);
    assert_eq!(
        card.meta.reference_date.value.as_deref(),
        Some("2023-06-14")
    );
    assert_eq!(
        without_footer(&pdf_lines(&app)),
        without_footer(&lines),
        "the app and the command line print the same page"
    );
    assert_no_twice(&card);
}

#[test]
fn the_sample_without_a_date_lists_its_dates_as_written_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("story.txt");
    std::fs::copy(sample_path(), &text).unwrap();
    let cli = dir.path().join("cli.pdf");
    let out = briefcard(&[
        "render",
        &text.display().to_string(),
        "-o",
        &cli.display().to_string(),
    ]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no publication date found"),
        "render says so: {stderr}"
    );
    let lines = pdf_lines(&cli);
    assert!(
        lines
            .iter()
            .any(|l| l.contains("no publication date found")),
        "the source line says so"
    );
    assert!(
        !lines
            .iter()
            .any(|l| l.contains("2018") && l.contains("visits China")),
        "no event invented for the year of a comparison"
    );
    assert_chronology(&lines, &MUST_WRITTEN, false);

    let app = dir.path().join("app.pdf");
    let card = app_pdf(&text, &app);
    assert_eq!(card.meta.reference_date.value, None);
    assert_eq!(without_footer(&pdf_lines(&app)), without_footer(&lines));
    assert_no_twice(&card);
}

/// A crowded page: the fit rule has to leave dates off, and leaves the light ones.
#[test]
fn the_fit_rule_keeps_the_dates_the_story_turns_on() {
    use briefcard::model::{CardItem, IssueItem, WhenItem, WhoItem};
    let mut card = Card::default();
    card.meta.reference_date.value = Some("2024-03-06".into());
    card.title.value = "Harbour strike widens".into();
    for i in 0..40 {
        card.who.push(CardItem::added(WhoItem {
            name: format!("Person Number{i}"),
            role: "dock worker with a long and detailed job title".into(),
            ..WhoItem::default()
        }));
        card.issues.push(CardItem::added(IssueItem {
            label: format!("Issue number {i}"),
            evidence: "A long sentence that shows the issue and takes two lines of the page \
                       when it is set in the column of the open issues list."
                .into(),
        }));
    }
    // Many old years, then what comes next: a deadline late in the chronology.
    for y in 1950..2010 {
        card.when.push(CardItem::added(WhenItem {
            text: y.to_string(),
            value: Some(y.to_string()),
            event: format!("Harbour inspection of {y}"),
            ..WhenItem::default()
        }));
    }
    card.when.push(CardItem::added(WhenItem {
        text: "Friday".into(),
        value: Some("2024-03-08".into()),
        event: "Union deadline for the port authority".into(),
        key_date: true,
        ..WhenItem::default()
    }));
    let page = layout_card_with(&card, &PageStyle::for_card(&card));
    assert!(
        page.omitted.iter().any(|o| o.contains("date")),
        "the page had to leave dates off: {:?}",
        page.omitted
    );
    let text: String = page
        .text_runs()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("Union deadline"),
        "the key date stays on the page"
    );
    assert!(text.contains("Fri 8 Mar 2024"));
}
