//! Counted figures: how many were killed, injured, missing, arrested ... as an article
//! states them ("at least 14 people were killed", "the death toll rose to 14", "three
//! injured"). Used only when a card merges several articles, to compare their figures; the
//! single-article facts do not carry them.
//!
//! The words that say what is counted (`assets/lexicon/counted_words.tsv`) and the number
//! words (`assets/lexicon/number_words.tsv`) are data.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::text::{Doc, TokKind};
use crate::model::{FigureFact, Span};

static COUNTED_TSV: &str = include_str!("../../assets/lexicon/counted_words.tsv");
static NUMBER_WORDS_TSV: &str = include_str!("../../assets/lexicon/number_words.tsv");

/// The two word lists, indexed on first use.
struct Words {
    counted: FxHashMap<&'static str, &'static str>,
    numbers: FxHashMap<&'static str, u64>,
}

fn pairs(tsv: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    tsv.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.trim(), b.trim()))
        .filter(|(a, b)| !a.is_empty() && !b.is_empty())
}

static WORDS: LazyLock<Words> = LazyLock::new(|| Words {
    counted: pairs(COUNTED_TSV).collect(),
    numbers: pairs(NUMBER_WORDS_TSV)
        .filter_map(|(w, v)| Some((w, v.parse().ok()?)))
        .collect(),
});

/// How far (in tokens) a number may stand from the word that says what it counts.
const BACK: usize = 6;
const AHEAD: usize = 4;

/// Words after a number that make it something other than a count of people.
const NOT_A_COUNT: &[&str] = &[
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
    "minutes", "percent", "per", "%", "am", "pm", "a.m.", "p.m.", "-",
];

/// Scale words that multiply the number before them.
fn scale(word: &str) -> Option<(u64, &'static str)> {
    match word {
        "thousand" => Some((1_000, "thousand")),
        "million" => Some((1_000_000, "million")),
        "billion" => Some((1_000_000_000, "billion")),
        _ => None,
    }
}

/// The number token `k` stands for (with a scale word after it): its value and how it
/// prints ("14", "1,200", "1.2 million"); `None` for a year, an age or a time.
fn number_at(doc: &Doc<'_>, k: usize) -> Option<(f64, String, usize)> {
    let t = doc.tokens.get(k)?;
    let low = doc.low(k);
    let (mut value, mut shown) = match t.kind {
        TokKind::Number => {
            let digits: String = low.chars().filter(|c| *c != ',').collect();
            let v: f64 = digits.parse().ok()?;
            // A year is a date, not a count.
            let plain = low.len() == 4 && !low.contains([',', '.']);
            if plain && (1800.0..=2100.0).contains(&v) {
                return None;
            }
            (v, doc.tok(k).to_owned())
        }
        TokKind::Word => {
            let v = *WORDS.numbers.get(low)?;
            #[allow(clippy::cast_precision_loss)]
            let v = v as f64;
            (v, format!("{v}"))
        }
        _ => return None,
    };
    let mut end = k + 1;
    if let Some((factor, word)) = scale(doc.low(k + 1)).filter(|_| end < doc.tokens.len()) {
        #[allow(clippy::cast_precision_loss)]
        let factor = factor as f64;
        value *= factor;
        shown = format!("{shown} {word}");
        end += 1;
    }
    if end < doc.tokens.len() && NOT_A_COUNT.contains(&doc.low(end)) {
        return None;
    }
    Some((value, shown, end))
}

/// True when token `k` ends a search for a number (punctuation other than a hyphen, or the
/// next sentence).
fn stops(doc: &Doc<'_>, k: usize, sent: usize) -> bool {
    doc.tokens
        .get(k)
        .is_none_or(|t| t.sent != sent || (t.kind == TokKind::Punct && doc.tok(k) != "-"))
}

/// Every counted figure of an article, one per thing counted: the first number the article
/// gives for it (news states the toll in its headline or lead; later numbers are parts of
/// it, "two of them children", or other events, "in 2018 more than 200 died"), with the
/// phrase that states it first and every later one.
#[must_use]
pub fn find(doc: &Doc<'_>) -> Vec<FigureFact> {
    let words = &*WORDS;
    let mut best: Vec<FigureFact> = Vec::new();
    for (k, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokKind::Word {
            continue;
        }
        let Some(&what) = words.counted.get(doc.low(k)) else {
            continue;
        };
        // The number before the word ("14 people were killed"), else after it ("killing at
        // least 14", "the death toll rose to 14").
        let mut found = None;
        for back in 1..=BACK {
            let Some(j) = k.checked_sub(back) else { break };
            if stops(doc, j, t.sent) || (back > 1 && words.counted.contains_key(doc.low(j))) {
                break;
            }
            if let Some((v, shown, _)) = number_at(doc, j) {
                found = Some((v, shown, j, k + 1));
                break;
            }
        }
        if found.is_none() {
            for j in k + 1..=k + AHEAD {
                if stops(doc, j, t.sent) {
                    break;
                }
                if let Some((v, shown, end)) = number_at(doc, j) {
                    found = Some((v, shown, k, end));
                    break;
                }
            }
        }
        let Some((_, shown, a, b)) = found else {
            continue;
        };
        let (Some(first), Some(last)) = (doc.tokens.get(a), doc.tokens.get(b - 1)) else {
            continue;
        };
        let span = Span {
            start: first.start,
            end: last.end,
            text: doc.span_str(a, b).to_owned(),
        };
        match best.iter_mut().find(|f| f.what == what) {
            Some(f) => f.mentions.push(span),
            None => best.push(FigureFact {
                what: what.to_owned(),
                value: shown,
                mentions: vec![span],
            }),
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::tokenize;

    fn figures(text: &str) -> Vec<(String, String)> {
        find(&tokenize(text))
            .into_iter()
            .map(|f| (f.what, f.value))
            .collect()
    }

    #[test]
    fn tolls_read_before_and_after_the_word() {
        assert_eq!(
            figures("At least 14 people were killed and 30 others injured when the bridge fell."),
            [
                ("killed".into(), "14".into()),
                ("injured".into(), "30".into())
            ]
        );
        assert_eq!(
            figures("The death toll rose to 1,200 on Monday."),
            [("killed".into(), "1,200".into())]
        );
        assert_eq!(
            figures("Three miners died underground."),
            [("killed".into(), "3".into())]
        );
    }

    #[test]
    fn the_first_figure_wins_and_ages_and_years_are_not_counts() {
        assert_eq!(
            figures(
                "Nine people died, among them two children who died in hospital. \
                 In 2001 more than 300 died in a similar fire."
            ),
            [("killed".into(), "9".into())]
        );
        assert!(figures("A 23-year-old man was killed in 2019.").is_empty());
    }
}
