//! Summary: the two or three lead sentences of the body, without the headline, the
//! dateline prefix ("WASHINGTON (AP) —") or lines written in capitals. The sentences stay as
//! written, except that a dangling fragment left by a stray sentence break ("…, he said. the
//! ministry announced…") is dropped.

use std::sync::LazyLock;

use super::lexicon::{LEX, lines};
use super::text::Doc;

static BOILERPLATE_TXT: &str = include_str!("../../assets/lexicon/boilerplate.txt");

/// Phrases of page and wire furniture (`assets/lexicon/boilerplate.txt`), lower case.
static BOILERPLATE: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lines(BOILERPLATE_TXT).collect());

/// Any of them, in one pass over a text.
#[allow(clippy::expect_used)] // escaped literals always compile
static BOILERPLATE_ANY: LazyLock<regex::Regex> = LazyLock::new(|| {
    let any: Vec<String> = BOILERPLATE.iter().map(|p| regex::escape(p)).collect();
    regex::Regex::new(&any.join("|")).expect("boilerplate phrases")
});

/// Whether a sentence is furniture: "Click here for the whole thing.", "Copyright 2011 The
/// Tribune.", "(Corrects name in paragraph 5)".
fn is_boilerplate(s: &str) -> bool {
    let low = s.to_lowercase();
    BOILERPLATE_ANY.is_match(&low) || is_promotion(&low)
}

/// Words that send a reader elsewhere when they follow a "For more …," opening.
const ELSEWHERE: &[&str] = &[
    "call",
    "check",
    "click",
    "contact",
    "download",
    "e-mail",
    "email",
    "follow",
    "go",
    "head",
    "listen",
    "log",
    "read",
    "see",
    "sign",
    "subscribe",
    "tune",
    "visit",
    "watch",
];

/// Whether a lower-case sentence is the page's promotion rather than the story: an
/// invitation to read, visit or call elsewhere ("For more Sixers coverage, read the Daily
/// News' blog", "For more on Americans abroad, visit Goal.com") or an offer ("Subscribe to
/// Detroit News home delivery and receive…"). "For more than a year, police…" and "For more
/// details, the court looked…" are the story's.
pub(super) fn is_promotion(low: &str) -> bool {
    let low = low.trim_start_matches(|c: char| !c.is_alphanumeric());
    if low.starts_with("subscribe to ") || low.starts_with("subscribe now") {
        return true;
    }
    let opens = [
        "for more ",
        "for the latest ",
        "for complete ",
        "for full ",
        "for further ",
    ];
    if !opens.iter().any(|o| low.starts_with(o)) || low.starts_with("for more than ") {
        return false;
    }
    low.split_once(',').is_some_and(|(_, rest)| {
        let next = rest.split_whitespace().next().unwrap_or_default();
        ELSEWHERE.contains(&next.trim_end_matches(|c: char| !c.is_alphanumeric()))
    })
}

/// The furniture phrases in lower-cased text, as byte ranges: a copyright line may run
/// on from the story's last sentence ("… were arrested. © Copyright 2011 …"), and a "click to
/// enlarge" into the next one, so only the phrase itself is furniture.
pub(super) fn boilerplate_in(low: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    BOILERPLATE_ANY.find_iter(low).map(|m| (m.start(), m.end()))
}

/// Words that open an editor's note in parentheses: "(Corrects name in paragraph 5)",
/// "(Updates with reaction)".
const NOTE_OPENERS: &[&str] = &[
    "correct", "update", "add", "recast", "refile", "repeat", "change", "fixes", "writes",
];

/// The sentence without the editor's notes and photo credits in parentheses that open it
/// ("(Updates with reaction) PARIS…", "(Jane Roe/AFP/Getty Images) The designers…"); empty
/// when nothing of the story is left.
fn strip_leading_notes(mut s: &str) -> &str {
    while let Some(inner) = s.strip_prefix('(') {
        let Some(close) = inner.get(..inner.len().min(250)).and_then(|h| h.find(')')) else {
            break;
        };
        let note = inner.get(..close).unwrap_or_default();
        let low = note.to_lowercase();
        let editorial = NOTE_OPENERS.iter().any(|w| low.starts_with(w));
        let credit = note.contains('/') || low.contains("photo") || low.contains("getty");
        if !editorial && !credit {
            break;
        }
        s = inner.get(close + 1..).unwrap_or_default().trim_start();
    }
    if s.split_whitespace().count() < 6 {
        ""
    } else {
        s
    }
}

/// The length of the agency's name that opens `s` and a space follows ("Getty Images The
/// council…" → 12), by the agencies list.
fn agency_prefix(s: &str) -> Option<usize> {
    let mut ends = s.match_indices(' ').map(|(i, _)| i);
    let one = ends.next()?;
    let two = ends.next();
    two.filter(|&e| s.get(..e).is_some_and(|n| LEX.is_agency(n)))
        .or_else(|| {
            s.get(..one)
                .is_some_and(|n| LEX.is_agency(n))
                .then_some(one)
        })
}

/// The story after a wire mark that a page glued to its headline, bullets or editor's note:
/// "Cruz gets star (AP) LOS ANGELES (AP) — Cruz has been…", "* Rates rise * Banks fall
/// PARIS, April 2 (Reuters) - The bank…", "Jane Roe / Getty Images Hate the law?" → the
/// words after the last agency mark or credit in the sentence's first 300 bytes.
fn after_wire_mark(s: &str) -> &str {
    let head = s.get(..s.len().min(300)).unwrap_or(s);
    let mut cut = None;
    // "(AP)", "(Reuters)".
    for (open, _) in head.match_indices('(') {
        let rest = head.get(open + 1..).unwrap_or_default();
        if let Some(close) = rest.find(')')
            && LEX.is_agency(rest.get(..close).unwrap_or_default().trim())
        {
            cut = Some(open + 1 + close + 1);
        }
    }
    // "Jane Roe / Getty Images", "Jane Roe/Reuters" as the sentence's opening credit.
    if cut.is_none() {
        for (slash, _) in head.match_indices('/') {
            let rest = head.get(slash + 1..).unwrap_or_default().trim_start();
            let before_words = head
                .get(..slash)
                .unwrap_or_default()
                .split_whitespace()
                .count();
            if before_words <= 4
                && let Some(len) = agency_prefix(rest)
            {
                cut = Some(head.len() - rest.len() + len);
            }
        }
    }
    let Some(cut) = cut else { return s };
    let rest = s
        .get(cut..)
        .unwrap_or_default()
        .trim_start_matches([' ', '-', '—', '–', ':']);
    if rest.split_whitespace().count() >= 6 {
        rest
    } else {
        s
    }
}

/// Longest summary, in chars, before the third sentence is left out.
const MAX_CHARS: usize = 600;

/// Strip a leading dateline ("WASHINGTON (AP) — ") from a sentence.
fn strip_dateline(s: &str) -> &str {
    for dash in ["—", "–", " - ", "--"] {
        if let Some((head, rest)) = s.split_once(dash) {
            let head = head.trim();
            let caps = head
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| c.is_uppercase() || head.contains('('));
            if !head.is_empty() && head.len() <= 60 && caps && head.chars().any(char::is_uppercase)
            {
                return rest.trim_start();
            }
        }
    }
    s
}

/// Drop a short fragment that a stray period cut off: ", he said. the ministry announced"
/// → ", the ministry announced"; and a doubled final period.
fn drop_stray_fragments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(dot) = rest.find(". ") {
        let (before, after) = rest.split_at(dot);
        let after = after.get(2..).unwrap_or_default();
        // A stray break: a plain lower-case word, a period, then lower case ("said. the");
        // abbreviations ("U.S. officials", "a.m. local") are not breaks.
        let last_word = before.rsplit(' ').next().unwrap_or_default();
        let stray = after.chars().next().is_some_and(char::is_lowercase)
            && !last_word.is_empty()
            && last_word.chars().all(|c| c.is_lowercase());
        let comma = before.rfind(", ");
        let short = comma.is_some_and(|c| {
            before
                .get(c + 2..)
                .is_some_and(|f| (1..=3).contains(&f.split_whitespace().count()))
        });
        match comma {
            Some(c) if stray && short => {
                out.push_str(before.get(..c + 2).unwrap_or(before));
            }
            _ => {
                out.push_str(before);
                out.push_str(". ");
            }
        }
        rest = after;
    }
    out.push_str(rest);
    let trimmed = out.trim_end();
    if let Some(stem) = trimmed.strip_suffix(". .") {
        return format!("{stem}.");
    }
    trimmed.to_owned()
}

/// The lead sentences, from the first sentence after the headline. Furniture never enters;
/// a teaser question before the story is passed over, unless the article has nothing else.
#[must_use]
pub fn build(doc: &Doc<'_>, title: Option<&str>) -> Vec<String> {
    let out = lead(doc, title, true);
    if out.is_empty() {
        lead(doc, title, false)
    } else {
        out
    }
}

fn lead(doc: &Doc<'_>, title: Option<&str>, skip_teasers: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut chars = 0usize;
    let headline = doc.sentence_str(0).trim();
    for (i, s) in doc.sentences.iter().enumerate() {
        let text = doc.sentence_str(i).trim();
        if s.caps_line || text.split_whitespace().count() < 6 {
            continue;
        }
        if title.is_some_and(|t| t.trim() == text)
            || (i == 0 && s.para == 0 && !text.ends_with(['.', '!', '?', '"', '”']))
            || (i > 0 && text == headline)
            || is_boilerplate(text)
            || (skip_teasers && out.is_empty() && text.ends_with('?'))
        {
            continue;
        }
        let text = strip_dateline(after_wire_mark(strip_leading_notes(text)));
        if text.is_empty() {
            continue;
        }
        let n = text.chars().count();
        if !out.is_empty() && chars + n > MAX_CHARS {
            break;
        }
        chars += n;
        out.push(drop_stray_fragments(text));
        if out.len() == 3 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::tokenize;

    #[test]
    fn a_stray_break_leaves_no_dangling_fragment() {
        assert_eq!(
            drop_stray_fragments(
                "The mayor will close the bridge for repairs, she said. the city council announced Friday."
            ),
            "The mayor will close the bridge for repairs, the city council announced Friday."
        );
        // Real sentence ends and abbreviations are left alone.
        let ok = "Talks resumed in Geneva. Both sides said progress was slow.";
        assert_eq!(drop_stray_fragments(ok), ok);
        let abbrev = "In Geneva, U.S. officials said talks would resume at 9 a.m. local time.";
        assert_eq!(drop_stray_fragments(abbrev), abbrev);
        assert_eq!(
            drop_stray_fragments("Officials met on Monday, aides say. ."),
            "Officials met on Monday, aides say."
        );
    }

    #[test]
    fn wire_marks_credits_furniture_and_teasers_stay_out() {
        let text = "Mayor wins recount\n\nMayor wins recount (AP) SPRINGFIELD (AP) — The mayor \
                    kept her seat after a recount on Monday, officials said. Click here for the \
                    full results. Jane Roe / Getty Images The council will meet on Friday to \
                    certify the vote.";
        let s = build(&tokenize(text), Some("Mayor wins recount"));
        assert_eq!(
            s.first().map(String::as_str),
            Some("The mayor kept her seat after a recount on Monday, officials said.")
        );
        assert!(!s.iter().any(|x| x.contains("Click here")), "{s:?}");
        assert_eq!(
            s.get(1).map(String::as_str),
            Some("The council will meet on Friday to certify the vote.")
        );
        let teaser = "Is the bridge safe?\n\nShould commuters still trust the old bridge over \
                      the river? Engineers found three cracked beams in the bridge on Tuesday.";
        let s = build(&tokenize(teaser), None);
        assert_eq!(
            s.first().map(String::as_str),
            Some("Engineers found three cracked beams in the bridge on Tuesday.")
        );
        let noted = "Designers cleared\n\n(Corrects name in paragraph 5) MILAN (Reuters) - Two \
                     designers were cleared of tax fraud by a judge on Friday. (Updates with \
                     reaction.) (Jane Roe/AFP/Getty Images) The designers said they were relieved \
                     by the ruling.";
        let s = build(&tokenize(noted), None);
        assert_eq!(
            s,
            [
                "Two designers were cleared of tax fraud by a judge on Friday.",
                "The designers said they were relieved by the ruling."
            ]
        );
        let only_questions = "Who pays?\n\nWho will pay for the repairs to the old bridge?";
        assert_eq!(build(&tokenize(only_questions), None).len(), 1);
    }

    #[test]
    fn a_pointer_elsewhere_or_an_offer_is_not_the_story() {
        assert!(is_promotion(
            "for more ferry coverage, read the harbour gazette's ferry blog."
        ));
        assert!(is_promotion("for more on the festival, visit example.org."));
        assert!(is_promotion(
            "subscribe to harbour gazette home delivery and receive a free mug."
        ));
        // The story's own sentences that open the same way.
        assert!(!is_promotion(
            "for more than a year, the ferry has run half empty."
        ));
        assert!(!is_promotion(
            "for more details, the council turned to the harbour master."
        ));
        let text = "Ferry service cut\n\nFor more ferry coverage, read the Harbour Gazette's \
                    ferry blog. The island's only ferry will stop running in June because the \
                    operator lost its subsidy.";
        let s = build(&tokenize(text), None);
        assert_eq!(
            s.first().map(String::as_str),
            Some(
                "The island's only ferry will stop running in June because the operator lost its subsidy."
            )
        );
    }

    #[test]
    fn the_summary_skips_headline_and_dateline() {
        let text = "Floods hit the coast\n\nDHAKA (Reuters) — Heavy rain flooded dozens of villages on Monday. Rescue teams reached the area by boat. Officials said more rain was expected.";
        let doc = tokenize(text);
        let s = build(&doc, Some("Floods hit the coast"));
        assert_eq!(
            s.first().map(String::as_str),
            Some("Heavy rain flooded dozens of villages on Monday.")
        );
        assert!(s.len() <= 3 && !s.iter().any(|x| x.contains("Floods hit")));
    }
}
