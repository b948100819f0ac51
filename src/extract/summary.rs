//! Summary: the two or three lead sentences of the body, without the headline, the
//! dateline prefix ("WASHINGTON (AP) —") or lines written in capitals. The sentences stay as
//! written, except that a dangling fragment left by a stray sentence break ("…, he said. the
//! ministry announced…") is dropped.

use super::text::Doc;

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

/// The lead sentences, from the first sentence after the headline.
#[must_use]
pub fn build(doc: &Doc<'_>, title: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut chars = 0usize;
    for (i, s) in doc.sentences.iter().enumerate() {
        let text = doc.sentence_str(i).trim();
        if s.caps_line || text.split_whitespace().count() < 6 {
            continue;
        }
        if title.is_some_and(|t| t.trim() == text)
            || (i == 0 && s.para == 0 && !text.ends_with(['.', '!', '?', '"', '”']))
        {
            continue;
        }
        let text = strip_dateline(text);
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
