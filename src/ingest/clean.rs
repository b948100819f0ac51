//! Raw article text → [`Article`]: recognise the headline, the dateline ("WASHINGTON (AP) —"),
//! the byline and a publication date near the top, and drop the boilerplate lines that
//! re-published pages carry ("Leave a Comment", share and subscribe lines).
//!
//! The headline and dateline stay in the body text (they name people and places that
//! extraction must see); the byline and boilerplate leave it.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Article, RefDateSource};

#[allow(clippy::expect_used)] // constant patterns, checked by the tests below
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<place>[A-ZÀ-ÖØ-ÞĀ-ſ][[A-ZÀ-ÖØ-ÞĀ-ſ].'\- ]+(?:,\s+[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ.]+(?:\s[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ.]+)?)?)\s*(?P<agency>\((?:AP|Reuters|AFP|UPI|dpa|Bloomberg|CNN|XINHUA|Xinhua)\))?\s*(?:(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})|[—–-]{1,2}|:)",
    )
    .expect("dateline pattern")
});

/// A wire service's mark at the end of a line: "Washington (CNN)", "PARIS (Reuters)".
#[allow(clippy::expect_used)]
static AGENCY_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?:AP|Reuters|AFP|UPI|dpa|Bloomberg|CNN|XINHUA|Xinhua|CBS/AP)\)$")
        .expect("agency mark pattern")
});

// Unbounded repetitions here, with the bounds checked in code: a bounded repetition of a
// Unicode class (`{1,40}`) multiplies the compiled automaton, and compiling these patterns
// was most of the start-up of `briefcard extract`.
#[allow(clippy::expect_used)]
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:by)\s+[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ.'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ.'\-]+)*(?:\s*(?:,|and|&)\s*[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ.'\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ.'\-]+)*)*\s*$")
        .expect("byline pattern")
});

#[allow(clippy::expect_used)]
static TOP_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<iso>(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2})
        | (?P<mdy>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)[0-9]{2})
        | (?P<dmy>[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?:19|20)[0-9]{2})",
    )
    .expect("date pattern")
});

/// Build the patterns every article needs now, one per call `part` (0 and 1), so that
/// threads starting a batch can build them side by side rather than one waiting for the
/// other. Any other `part` does nothing.
pub fn prepare(part: usize) {
    match part {
        0 => {
            LazyLock::force(&DATELINE);
        }
        1 => {
            LazyLock::force(&TOP_DATE);
        }
        _ => {}
    }
}

/// Lines that are page furniture, not article text (compared lower-case, whole line).
const BOILERPLATE_LINES: &[&str] = &[
    "leave a comment",
    "leave a reply",
    "comments",
    "share",
    "share this:",
    "share this article",
    "share this story",
    "tweet",
    "print",
    "email",
    "advertisement",
    "sponsored",
    "related",
    "related articles",
    "related stories",
    "read more",
    "continue reading",
    "click here",
    "subscribe",
    "subscribe now",
    "sign up",
    "log in",
    "skip to content",
    "back to top",
    "all rights reserved.",
    "all rights reserved",
];

/// Line beginnings that mark furniture when the line is short.
const BOILERPLATE_PREFIXES: &[&str] = &[
    "share on ",
    "share via ",
    "follow us on ",
    "follow us ",
    "subscribe to ",
    "sign up for ",
    "click here ",
    "read more:",
    "related:",
    "advertisement -",
    "copyright ©",
    "© ",
    "photo:",
    "image:",
    "tags:",
    "topics:",
    "filed under:",
];

/// A byline: "By" and one or more names of at most four words each.
fn is_byline(line: &str) -> bool {
    // The pattern starts with "by" in either case ("b" and "y" fold to no other letters): the
    // check spares most articles compiling it, a good part of the start-up of `extract`.
    let by = line
        .as_bytes()
        .get(..2)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"by"));
    by && BYLINE.is_match(line)
        && line
            .get(2..)
            .unwrap_or("")
            .split([',', '&'])
            .flat_map(|part| part.split(" and "))
            .all(|name| name.split_whitespace().count() <= 4)
}

/// Whether no furniture line or prefix can start like `t`: its first two bytes are ASCII
/// and, in lower case, begin none of them. (Lower-casing other chars can make ASCII
/// letters, the Kelvin sign a "k", so any other start is left to the full test.)
fn starts_unlike_furniture(t: &str) -> bool {
    let Some(&[a, b]) = t.as_bytes().first_chunk::<2>() else {
        return false;
    };
    if !a.is_ascii() || !b.is_ascii() {
        return false;
    }
    let start = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
    !BOILERPLATE_LINES
        .iter()
        .chain(BOILERPLATE_PREFIXES)
        .any(|f| f.as_bytes().starts_with(&start))
}

fn is_boilerplate(line: &str) -> bool {
    let t = line.trim();
    // Furniture is twelve words at most: a paragraph of prose needs no lower-case copy. Most
    // lines already fail on their first two letters, which is cheaper than counting words.
    if starts_unlike_furniture(t) || t.split_whitespace().nth(12).is_some() {
        return false;
    }
    if t.is_ascii() {
        return is_ascii_boilerplate(t);
    }
    let l = t.to_lowercase();
    if l.is_empty() {
        return false;
    }
    if BOILERPLATE_LINES.contains(&l.as_str()) {
        return true;
    }
    BOILERPLATE_PREFIXES.iter().any(|p| l.starts_with(p))
}

/// [`is_boilerplate`] for a trimmed ASCII line of at most twelve words, compared without a
/// lower-case copy (the copy per line was a large part of cleaning a text). Only ASCII takes
/// this path: Unicode lower-casing can turn other letters into ASCII ones (the Kelvin sign
/// into "k").
fn is_ascii_boilerplate(t: &str) -> bool {
    if t.is_empty() {
        return false;
    }
    if BOILERPLATE_LINES.iter().any(|b| t.eq_ignore_ascii_case(b)) {
        return true;
    }
    let has_prefix = |p: &str| {
        t.as_bytes()
            .get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p.as_bytes()))
    };
    BOILERPLATE_PREFIXES.iter().any(|p| has_prefix(p))
}

/// Whether a first line with text right under it is a headline: twenty words or fewer, no
/// punctuation of a running sentence at its end, over a dateline ("ORVILLE, Ky. – Deputies
/// arrested…") or over a whole paragraph written on one line (a page saved as text). The
/// first line of a paragraph wrapped by hand has a line of about its own length under it.
fn heads_text(line: &str, next: &str) -> bool {
    let t = line.trim();
    let n = next.trim();
    let words = t.split_whitespace().take(21).count();
    let last = t.rsplit(' ').next().unwrap_or_default().to_lowercase();
    // ("They call her their \"miracle baby.\"" ends a sentence inside its quote;
    // "Washington (CNN)" is a dateline on a line of its own.)
    let unquoted = t.trim_end_matches(['"', '”', '’', '\'']);
    if words == 0
        || words > 20
        || unquoted.ends_with(['.', ',', ';', ':', '-', '–', '—', '?', '!'])
            && unquoted.len() < t.len()
        || t.ends_with(['.', ',', ';', ':', '-', '–', '—'])
        || t.ends_with(')') && AGENCY_MARK.is_match(t)
        || matches!(
            last.as_str(),
            "a" | "an" | "the" | "and" | "or" | "of" | "to" | "in" | "on" | "for" | "with" | "by"
        )
        || DATELINE.is_match(t)
    {
        return false;
    }
    // (A paragraph may open with an editor's note or a credit in parentheses, with a
    // wire story's bullet points, or with the dash of a dateline the page left out.)
    let opens_paragraph = n.starts_with(|c: char| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '*' | '•' | '—' | '–')
    });
    let paragraph = opens_paragraph && n.chars().count() >= (2 * t.chars().count()).max(160);
    let dateline = DATELINE.find(n).is_some_and(|m| !m.as_str().ends_with(':'));
    paragraph || dateline
}

/// Whether a first line reads like a headline: short, no sentence-final period, followed by
/// a blank line.
fn is_headline(line: &str, next_blank: bool) -> bool {
    let t = line.trim();
    // One to thirty words, counted no further than the thirty-first: a first line is often
    // a whole paragraph.
    let mut words = t.split_whitespace();
    next_blank
        && words.next().is_some()
        && words.nth(29).is_none()
        && !t.ends_with('.')
        && !DATELINE.is_match(t)
}

/// Parse a date found near the top of the text into `YYYY-MM-DD`.
fn parse_top_date(caps: &regex::Captures<'_>) -> Option<String> {
    if let Some(m) = caps.name("iso") {
        let d: jiff::civil::Date = m.as_str().parse().ok()?;
        return Some(d.to_string());
    }
    let raw = caps.name("mdy").or_else(|| caps.name("dmy"))?.as_str();
    let cleaned: String = raw.replace([',', '.'], " ");
    // "29th of December": the ordinal's letters and the "of" carry nothing.
    let toks: Vec<&str> = cleaned
        .split_whitespace()
        .filter(|t| *t != "of")
        .map(|t| {
            if t.starts_with(|c: char| c.is_ascii_digit()) {
                t.trim_end_matches(|c: char| c.is_ascii_alphabetic())
            } else {
                t
            }
        })
        .collect();
    let (m, d, y) = match toks.as_slice() {
        [a, b, c] if a.chars().all(|c| c.is_ascii_digit()) => (*b, *a, *c),
        [a, b, c] => (*a, *b, *c),
        _ => return None,
    };
    let month = month_number(m)?;
    let day: i8 = d.parse().ok()?;
    let year: i16 = y.parse().ok()?;
    Some(jiff::civil::Date::new(year, month, day).ok()?.to_string())
}

fn month_number(name: &str) -> Option<i8> {
    let l = name.to_lowercase();
    let idx = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|m| l.starts_with(m))?;
    i8::try_from(idx + 1).ok()
}

/// The first date in `raw` (ISO, "March 5, 2024", "5 March 2024", "March 5th 2024", "5th of
/// March 2024") as `YYYY-MM-DD`.
pub(crate) fn parse_any_date(raw: &str) -> Option<String> {
    TOP_DATE.captures(raw).and_then(|c| parse_top_date(&c))
}

/// The blocks of `text` between blank lines, as `text.split("\n\n")` gives them, found by
/// the fast search for `\n` rather than a two-byte pattern search over the whole text.
fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let r = rest?;
        let mut from = 0usize;
        while let Some(i) = r.get(from..).and_then(|t| t.find('\n')) {
            let at = from + i;
            if r.as_bytes().get(at + 1) == Some(&b'\n') {
                rest = r.get(at + 2..);
                return r.get(..at);
            }
            from = at + 1;
        }
        rest = None;
        Some(r)
    })
}

/// The first `n` chars of `text` (all of it when shorter); an ASCII start is cut by bytes.
fn first_chars(text: &str, n: usize) -> &str {
    if text.len() <= n {
        return text;
    }
    if text.as_bytes().get(..n).is_some_and(<[u8]>::is_ascii) {
        return text.get(..n).unwrap_or(text);
    }
    text.char_indices()
        .nth(n)
        .map_or(text, |(end, _)| text.get(..end).unwrap_or_default())
}

/// Whether `s` has a year of [`TOP_DATE`] (19xx or 20xx): every date it matches has one,
/// and this look is far cheaper than the pattern search it spares.
fn has_year(s: &str) -> bool {
    s.as_bytes().windows(4).any(|w| {
        matches!(w, [b'1', b'9', c, d] | [b'2', b'0', c, d] if c.is_ascii_digit() && d.is_ascii_digit())
    })
}

/// Clean raw text into an article (source left empty for the caller to fill).
#[must_use]
pub fn clean(raw: &str) -> Article {
    let mut article = Article::default();
    let lines: Vec<&str> = raw.lines().collect();
    let mut kept: Vec<&str> = Vec::with_capacity(lines.len());
    let mut removed = 0usize;
    let mut seen_text = false;
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        if is_boilerplate(t) {
            removed += 1;
            continue;
        }
        if !seen_text && !t.is_empty() && article.byline.is_none() && is_byline(t) {
            article.byline = Some(t.to_owned());
            continue;
        }
        if !t.is_empty() && !seen_text {
            let next = lines.get(i + 1).map_or("", |l| l.trim());
            if is_headline(t, next.is_empty()) || heads_text(t, next) {
                article.title = Some(t.to_owned());
            }
            seen_text = true;
        } else if !t.is_empty() && article.byline.is_none() && kept.len() < 4 && is_byline(t) {
            article.byline = Some(t.to_owned());
            continue;
        }
        kept.push(t);
    }
    // Join: keep paragraph breaks (one blank line), collapse runs of blank lines.
    let mut text = String::with_capacity(raw.len());
    let mut blank = false;
    for line in kept {
        if line.is_empty() {
            blank = !text.is_empty();
            continue;
        }
        if blank {
            text.push_str("\n\n");
        } else if !text.is_empty() {
            text.push('\n');
        }
        blank = false;
        text.push_str(line);
    }
    // The dateline opens the first paragraph after the headline.
    // Skip a bare date line between the headline and the first paragraph.
    let body_start = paragraphs(&text)
        .filter(|p| article.title.as_deref() != Some(*p))
        .take(3)
        .find(|p| !(p.split_whitespace().nth(6).is_none() && TOP_DATE.is_match(p)))
        .unwrap_or("");
    // A headline set on the line right above the first paragraph, with no blank line
    // between, is not recognised as one; the dateline opens the next line ("SC man charged
    // after 13 dogs found" / "CAYCE, S.C. – Police …").
    // Only a dash or an agency marks it there: "THREE-MINUTE AWAKENING:" opens a run-in
    // subhead.
    let body_start = match body_start.split_once('\n') {
        Some((first, rest))
            if !DATELINE.is_match(body_start)
                && first.split_whitespace().count() <= 20
                && !first.trim_end().ends_with(['.', ',', ';'])
                && DATELINE
                    .find(rest)
                    .is_some_and(|m| !m.as_str().ends_with(':')) =>
        {
            rest
        }
        _ => body_start,
    };
    if let Some(caps) = DATELINE.captures(body_start) {
        let place = caps.name("place").map_or("", |m| m.as_str().trim());
        let place = if place.chars().count() <= 60 {
            place
        } else {
            ""
        };
        let has_marker = caps.name("agency").is_some() || caps.name("date").is_some() || {
            let end = caps.get(0).map_or(0, |m| m.end());
            body_start
                .get(..end)
                .is_some_and(|s| s.contains(['—', '–', '-']))
        };
        // A dateline place is short and mostly upper case.
        let upper = place.chars().filter(|c| c.is_uppercase()).count();
        let letters = place.chars().filter(|c| c.is_alphabetic()).count();
        // "BY JANE ROE NEW DELHI —": a byline in capitals is no place.
        let byline = place.starts_with("BY ");
        if has_marker && letters >= 2 && upper * 2 >= letters && !byline {
            let mut dl = place.to_owned();
            if let Some(a) = caps.name("agency") {
                dl = format!("{dl} {}", a.as_str());
            }
            article.dateline = Some(dl);
        }
    }
    // A publication date in the first lines (dateline date, "June 14, 2023", ...).
    let top = first_chars(&text, 400);
    if has_year(top)
        && let Some(date) = TOP_DATE.captures(top).and_then(|c| parse_top_date(&c))
    {
        article.published = Some(date);
        article.published_source = RefDateSource::Text;
    }
    if removed > 0 {
        article.warnings.push(format!(
            "Removed {removed} boilerplate line{} (share, comment or subscribe links).",
            if removed == 1 { "" } else { "s" }
        ));
    }
    article.text = text;
    article
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn paragraphs_are_the_pieces_between_blank_lines(text in "[a\n ]{0,30}") {
            let got: Vec<&str> = paragraphs(&text).collect();
            let want: Vec<&str> = text.split("\n\n").collect();
            proptest::prop_assert_eq!(got, want);
        }

        #[test]
        fn the_year_check_passes_every_top_date(text in "[0-9 a-zJ,]{0,24}") {
            if TOP_DATE.is_match(&text) {
                proptest::prop_assert!(has_year(&text));
            }
        }
    }

    #[test]
    fn first_chars_counts_chars_not_bytes() {
        assert_eq!(first_chars("abc", 5), "abc");
        assert_eq!(first_chars("abcdef", 4), "abcd");
        assert_eq!(first_chars("ébcdef", 4), "ébcd");
        assert!(has_year("on 5 March 2019") && !has_year("in 1899, 2100 and 19x0"));
    }

    #[test]
    fn wire_story_parts_are_recognised() {
        let raw = "Storm floods coastal towns in Brittany\n\nBy Marie Dupont\n\nBREST, France (AP) — Heavy rain flooded the harbour on Tuesday.\n\nShare on Facebook\nLeave a Comment\n";
        let a = clean(raw);
        assert_eq!(
            a.title.as_deref(),
            Some("Storm floods coastal towns in Brittany")
        );
        assert_eq!(a.byline.as_deref(), Some("By Marie Dupont"));
        assert_eq!(a.dateline.as_deref(), Some("BREST, France (AP)"));
        assert!(!a.text.contains("Leave a Comment"));
        assert!(!a.text.contains("Share on"));
        assert!(a.text.starts_with("Storm floods"));
        assert_eq!(a.published, None, "no date is invented");
        assert_eq!(a.warnings.len(), 1);
    }

    #[test]
    fn boilerplate_is_found_in_any_case_and_script() {
        for line in [
            "Leave a Comment",
            "  SHARE THIS:  ",
            "Share on Facebook",
            "Copyright © 2020 Daily Ledger",
            "© 2020",
            "CLIC\u{212a} HERE",
        ] {
            assert!(is_boilerplate(line), "{line}");
        }
        for line in [
            "",
            "Shared values",
            "Follow us on one two three four five six seven eight nine ten eleven",
            "Related: the storm that hit Brest",
            "Ünrelated",
        ] {
            assert_eq!(is_boilerplate(line), line.starts_with("Related"), "{line}");
        }
    }

    #[test]
    fn dateline_with_date_sets_publication_date() {
        let a = clean("TEAM WINS CUP\n\nMADRID 2001-05-12\n\nThe club won on Saturday.");
        assert_eq!(a.published.as_deref(), Some("2001-05-12"));
        assert_eq!(a.published_source, RefDateSource::Text);
        let b = clean("Budget passes\n\nMarch 3, 2019\n\nLawmakers voted late.");
        assert_eq!(b.published.as_deref(), Some("2019-03-03"));
    }

    #[test]
    fn a_dateline_under_a_headline_without_a_blank_line() {
        let a = clean(
            "Farmer held after 40 goats found starving\nORVILLE, Ky. – Deputies arrested a \
             farmer on Friday.\n\nThe goats were taken to a shelter.",
        );
        assert_eq!(a.dateline.as_deref(), Some("ORVILLE, Ky."));
        assert_eq!(
            a.title.as_deref(),
            Some("Farmer held after 40 goats found starving")
        );
        // A run-in subhead is no dateline, nor a byline in capitals.
        let b = clean("A changed life\nSLOW MORNINGS: I walk for an hour each day now.");
        assert_eq!(b.dateline, None);
        let c = clean("Talks stall\nBY JANE ROE NEW DELHI — Talks stalled on Friday.");
        assert_eq!(c.dateline, None);
    }

    #[test]
    fn a_headline_over_a_paragraph_on_one_line_is_the_title() {
        let para = "Lawmakers in Kestrel voted on Friday to delay the budget by a month, \
                    after the finance minister said the figures for the health service were \
                    wrong and would be checked again by auditors.";
        let a = clean(&format!("Budget vote delayed over health figures\n{para}"));
        assert_eq!(
            a.title.as_deref(),
            Some("Budget vote delayed over health figures")
        );
        // A paragraph wrapped by hand starts with no headline, and neither does a first
        // line that ends inside its sentence.
        let b = clean(
            "Lawmakers in Kestrel voted on Friday to delay\nthe budget by a month, after the \
             finance minister\nsaid the figures were wrong.",
        );
        assert_eq!(b.title, None);
        let c = clean(&format!(
            "Lawmakers in Kestrel voted on Friday to delay the\n{para}"
        ));
        assert_eq!(c.title, None);
        // A quoted sentence and a dateline on a line of their own are no headlines.
        let d = clean(&format!("They call the bridge their \"lifeline.\"\n{para}"));
        assert_eq!(d.title, None);
        let e = clean(&format!("Kestrel (Reuters)\n{para}"));
        assert_eq!(e.title, None);
        // An editor's note may open the paragraph.
        let f = clean(&format!(
            "Budget vote delayed over health figures\n(Updates with minister's comment) {para}"
        ));
        assert_eq!(
            f.title.as_deref(),
            Some("Budget vote delayed over health figures")
        );
    }

    #[test]
    fn non_ascii_bylines_and_datelines() {
        let a = clean(
            "Tunnel opens\n\nBy Åsa Öberg and Łukasz Żak\n\nKRAKÓW, Poland — The tunnel opened.",
        );
        assert_eq!(a.byline.as_deref(), Some("By Åsa Öberg and Łukasz Żak"));
        assert_eq!(a.dateline.as_deref(), Some("KRAKÓW, Poland"));
    }

    #[test]
    fn a_sentence_is_not_a_headline_and_prose_is_not_a_dateline() {
        let a = clean("The minister resigned on Friday.\nShe gave no reason.");
        assert_eq!(a.title, None);
        assert_eq!(a.dateline, None);
    }
}
