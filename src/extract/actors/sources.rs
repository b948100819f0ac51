//! Sources: news and photo agencies, photo credits and bylines. They tell where the story
//! or its pictures come from; they are not its actors, so the Who list ranks them last.

use super::super::lexicon::LEX;
use super::super::text::{Doc, TokKind};

/// Whether an actor's name is a news or photo agency ("Reuters", "AP Photo",
/// "Getty Images").
#[must_use]
pub fn is_agency(name: &str) -> bool {
    let lex = &*LEX;
    if lex.is_agency(name) {
        return true;
    }
    // "AP Photo", "Reuters/Pool", "Getty Images Europe": an agency and a credit word.
    let mut words = name.split([' ', '/']).filter(|w| !w.is_empty());
    let first = words.next().unwrap_or_default();
    lex.is_agency(first)
        && words.all(|w| lex.is_credit_word(&w.to_lowercase()) || w == "Images" || w == "News")
}

/// Whether the mention over tokens `a..b` stands in a credit or a byline: "(AP Photo/Jane
/// Roe)", "Photo: Jane Roe", "Getty Images/Jane Roe", "By Jane Roe" opening a line, or
/// "... by Jane Roe." closing one of the first sentences.
#[must_use]
pub fn is_credit(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let lex = &*LEX;
    if a == 0 {
        return false;
    }
    let prev = doc.tok(a - 1);
    // "Photo: X", "Photo/X", "AP Photo/X", "Getty Images/X".
    if matches!(prev, ":" | "/" | "|") && a >= 2 {
        let opener = doc.low(a - 2);
        if lex.is_credit_word(opener) || is_agency(doc.tok(a - 2)) {
            return true;
        }
    }
    if doc.low(a - 1) != "by" {
        return false;
    }
    let line_start = doc.tokens.get(a - 1).is_some_and(|t| t.newline_before) || a == 1;
    let sent = doc.tokens.get(a).map_or(usize::MAX, |t| t.sent);
    let ends = doc
        .tokens
        .get(b)
        .is_none_or(|t| t.newline_before || t.sent != sent || doc.tok(b) == ".");
    let by_line = line_start && ends;
    // "An insider's guide to film by Jane Roe." in the first lines of the page.
    // Not "was signed by X.": a passive's agent is an actor.
    let passive = a >= 2 && {
        let v = doc.low(a - 2);
        v.ends_with("ed") || v.ends_with("en") || v.ends_with('t')
    };
    let teaser =
        sent <= 2 && ends && !passive && doc.tokens.get(b).is_none_or(|t| t.kind == TokKind::Punct);
    by_line || teaser
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::tokenize;

    fn credit(text: &str, name: &str) -> bool {
        let doc = tokenize(text);
        let Some(start) = text.find(name) else {
            return false;
        };
        let a = doc.tokens.iter().position(|t| t.bstart == start);
        let b = doc.tokens.iter().position(|t| t.bend == start + name.len());
        matches!((a, b), (Some(a), Some(b)) if is_credit(&doc, a, b + 1))
    }

    #[test]
    fn agencies_credits_and_bylines_are_sources() {
        assert!(is_agency("Reuters") && is_agency("AP Photo") && is_agency("Getty Images"));
        assert!(!is_agency("Apple") && !is_agency("AP Moller"));
        assert!(credit(
            "Crowds gathered. (AP Photo/Jane Roe)\nThe vote",
            "Jane Roe"
        ));
        assert!(credit(
            "Crowds gathered.\nPhoto: Jane Roe\nThe vote",
            "Jane Roe"
        ));
        assert!(credit(
            "Vote ends\nBy Jane Roe\nThe vote was held.",
            "Jane Roe"
        ));
        assert!(!credit(
            "The law was signed by Jane Roe on Monday.",
            "Jane Roe"
        ));
        assert!(!credit("The law was signed by Jane Roe.", "Jane Roe"));
        assert!(credit(
            "Notes on the week in film by Jane Roe.\nThe",
            "Jane Roe"
        ));
        assert!(!credit("Aid: Jane Roe gave the most.", "Jane Roe"));
    }
}
