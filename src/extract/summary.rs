//! Summary: the two or three lead sentences of the body, without the headline, the
//! dateline prefix ("WASHINGTON (AP) —") or lines written in capitals.

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
        out.push(text.to_owned());
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
