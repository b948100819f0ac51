//! Quotes: direct speech between quotation marks, with its speaker resolved to a Who actor
//! ("…,” Blinken said; he said → the last person named before).

use super::text::{Doc, TokKind};
use crate::model::{Quote, WhoFact, WhoKind};

fn speech_verb(lower: &str) -> bool {
    matches!(
        lower,
        "said"
            | "says"
            | "told"
            | "added"
            | "asked"
            | "stated"
            | "wrote"
            | "declared"
            | "noted"
            | "warned"
            | "insisted"
            | "explained"
            | "argued"
            | "replied"
            | "urged"
    )
}

/// Every actor mention as (start, end, actor index, is a person), sorted by start, so a
/// lookup is a binary search and quoting stays linear in the article's length.
struct MentionIndex<'w> {
    who: &'w [WhoFact],
    spans: Vec<(usize, usize, usize, bool)>,
}

impl<'w> MentionIndex<'w> {
    fn new(who: &'w [WhoFact]) -> Self {
        let mut spans: Vec<(usize, usize, usize, bool)> = who
            .iter()
            .enumerate()
            .flat_map(|(i, w)| {
                w.mentions
                    .iter()
                    .map(move |m| (m.start, m.end, i, w.kind == WhoKind::Person))
            })
            .collect();
        spans.sort_unstable();
        Self { who, spans }
    }

    /// The first actor mentioned entirely within `start..end`.
    fn actor_at(&self, start: usize, end: usize) -> Option<&'w WhoFact> {
        let from = self.spans.partition_point(|s| s.0 < start);
        self.spans
            .get(from..)?
            .iter()
            .take_while(|s| s.0 < end)
            .find(|s| s.1 <= end)
            .and_then(|s| self.who.get(s.2))
    }

    /// The person mentioned last before char `at`.
    fn last_person_before(&self, at: usize) -> Option<&'w WhoFact> {
        let upto = self.spans.partition_point(|s| s.0 < at);
        self.spans
            .get(..upto)?
            .iter()
            .rev()
            .take(64)
            .find(|s| s.3 && s.1 <= at)
            .and_then(|s| self.who.get(s.2))
    }
}

/// Find quotes of four words or more and their speakers.
#[must_use]
pub fn build(doc: &Doc<'_>, who: &[WhoFact]) -> Vec<Quote> {
    let mut out = Vec::new();
    let index = MentionIndex::new(who);
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        let w = doc.tok(i);
        let (open, close): (&str, &[&str]) = match w {
            "“" => ("“", &["”"]),
            "\"" => ("\"", &["\""]),
            _ => {
                i += 1;
                continue;
            }
        };
        let _ = open;
        // The quote runs to the closing mark, within the paragraph.
        let para = doc
            .tokens
            .get(i)
            .and_then(|t| doc.sentences.get(t.sent))
            .map(|s| s.para);
        let mut j = i + 1;
        while j < n && !close.contains(&doc.tok(j)) {
            let p = doc
                .tokens
                .get(j)
                .and_then(|t| doc.sentences.get(t.sent))
                .map(|s| s.para);
            if p != para {
                break;
            }
            j += 1;
        }
        let words = (i + 1..j)
            .filter(|&k| doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::Word))
            .count();
        if words >= 4 {
            let text = doc
                .span_str(i + 1, j)
                .trim()
                .trim_end_matches(',')
                .to_owned();
            let (Some(qs), Some(qe)) = (doc.tokens.get(i), doc.tokens.get(j.min(n - 1))) else {
                break;
            };
            // Speaker after the quote ("…,” X said / said X) or before it ("X said: “…").
            let mut speaker = None;
            let after: Vec<usize> = (j + 1..(j + 6).min(n)).collect();
            let verb_after = after
                .iter()
                .position(|&k| speech_verb(&doc.tok(k).to_lowercase()));
            if let Some(vp) = verb_after {
                let from = doc.tokens.get(j + 1).map_or(qe.end, |t| t.start);
                let to = doc.tokens.get((j + 6).min(n - 1)).map_or(qe.end, |t| t.end);
                speaker = index.actor_at(from, to).map(|w| w.name.clone());
                if speaker.is_none()
                    && vp > 0
                    && matches!(doc.tok(j + 1).to_lowercase().as_str(), "he" | "she")
                {
                    speaker = index.last_person_before(qs.start).map(|w| w.name.clone());
                }
            }
            if speaker.is_none() && i >= 2 && speech_verb(&doc.tok(i - 2).to_lowercase()) {
                let from = doc.tokens.get(i.saturating_sub(6)).map_or(0, |t| t.start);
                speaker = index.actor_at(from, qs.start).map(|w| w.name.clone());
            }
            if !text.is_empty() {
                out.push(Quote { speaker, text });
            }
        }
        i = j + 1;
    }
    out
}
