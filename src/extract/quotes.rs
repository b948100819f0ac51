//! Quotes: direct speech between quotation marks, with its speaker resolved to a Who actor
//! ("…,” Blinken said; he said → the last person named before).

use rustc_hash::FxHashMap;

use super::events::Context;
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
            | "warned"
            | "insisted"
            | "explained"
            | "argued"
            | "replied"
            | "urged"
            | "noted"
            | "tweeted"
            | "posted"
            | "announced"
            | "cautioned"
            | "acknowledged"
            | "admitted"
            | "recalled"
            | "tells"
            | "adds"
    )
}

/// Organisations by the last word of their name, lower case ("department" → the most
/// salient organisation whose name ends in "Department"), built once per article.
fn org_heads(who: &[WhoFact]) -> FxHashMap<String, usize> {
    let mut heads = FxHashMap::default();
    for (i, w) in who.iter().enumerate() {
        if w.kind == WhoKind::Organization
            && let Some(last) = w.name.rsplit(' ').next()
            && last.chars().count() >= 4
        {
            heads.entry(last.to_lowercase()).or_insert(i);
        }
    }
    heads
}

/// The actor a descriptive phrase after "the" stands for ("said the department").
fn described_org(doc: &Doc<'_>, k: usize, heads: &FxHashMap<String, usize>) -> Option<usize> {
    if doc.low(k) != "the" {
        return None;
    }
    heads.get(doc.low(k + 1)).copied()
}

/// The speaker of a speech verb at token `v`: a name or pronoun just before it ("Blinken
/// said", "he said", "Qin had urged") or a name or description just after it ("said
/// Blinken", "said the department").
fn speaker_of_verb(
    doc: &Doc<'_>,
    ctx: &Context<'_, '_>,
    heads: &FxHashMap<String, usize>,
    v: usize,
    lo: usize,
    hi: usize,
) -> Option<usize> {
    let mut p = v;
    while p > lo
        && matches!(
            doc.low(p - 1),
            "had" | "has" | "have" | "also" | "then" | "later"
        )
    {
        p -= 1;
    }
    if p > lo {
        let q = p - 1;
        if let Some(id) = ctx.actor_at(q) {
            return usize::try_from(id).ok();
        }
        if matches!(doc.low(q), "he" | "she") {
            return ctx
                .person_for_pronoun(q)
                .and_then(|id| usize::try_from(id).ok());
        }
    }
    let mut k = v + 1;
    while k < hi && k <= v + 6 {
        if let Some(id) = ctx.actor_at(k) {
            return usize::try_from(id).ok();
        }
        if let Some(i) = described_org(doc, k, heads) {
            return Some(i);
        }
        if matches!(doc.tok(k), "," | "." | "“" | "\"") {
            break;
        }
        k += 1;
    }
    None
}

/// Find quotes of four words or more and their speakers. `ctx` is the document's actor
/// index over `who` (the one the dates' event phrases use: speakers are read from the
/// actors' mentions only, so it is built once per article).
#[must_use]
pub fn build(doc: &Doc<'_>, ctx: &Context<'_, '_>, who: &[WhoFact]) -> Vec<Quote> {
    let heads = org_heads(who);
    let mut out: Vec<Quote> = Vec::new();
    let n = doc.tokens.len();
    let para_of = |k: usize| {
        doc.tokens
            .get(k)
            .and_then(|t| doc.sentences.get(t.sent))
            .map(|s| s.para)
    };
    let mut last: Option<(Option<usize>, Option<usize>)> = None; // (paragraph, speaker)
    let mut i = 0;
    while i < n {
        let close: &[&str] = match doc.tok(i) {
            "“" => &["”"],
            "\"" => &["\""],
            _ => {
                i += 1;
                continue;
            }
        };
        // The quote runs to the closing mark, within the paragraph.
        let para = para_of(i);
        let mut j = i + 1;
        while j < n && !close.contains(&doc.tok(j)) && para_of(j) == para {
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
            // Speaker after the quote ("…,” X said / said X / he said).
            let after_hi = (j + 8).min(n);
            let mut speaker = (j + 1..after_hi)
                .take_while(|&k| para_of(k) == para && !matches!(doc.tok(k), "“" | "\""))
                .find(|&k| speech_verb(doc.low(k)))
                .and_then(|v| speaker_of_verb(doc, ctx, &heads, v, j + 1, after_hi));
            // Speaker before it in the same sentence ("Blinken said … “…”").
            if speaker.is_none()
                && let Some(sent) = doc.tokens.get(i).and_then(|t| doc.sentences.get(t.sent))
            {
                let lo = sent.tok_start.max(i.saturating_sub(30));
                speaker = (lo..i)
                    .rev()
                    .find(|&k| speech_verb(doc.low(k)))
                    .and_then(|v| speaker_of_verb(doc, ctx, &heads, v, lo, i));
            }
            // A quote that continues the previous one in its paragraph keeps its speaker.
            if speaker.is_none()
                && let Some((p, s)) = last
                && p == para
            {
                speaker = s;
            }
            last = Some((para, speaker));
            if !text.is_empty() {
                out.push(Quote {
                    speaker: speaker.and_then(|s| who.get(s)).map(|w| w.name.clone()),
                    text,
                });
            }
        }
        i = j + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::model::Article;

    #[test]
    fn quotes_get_their_speaker_from_said_and_from_he_said() {
        let text = "Finance Minister Amara Diallo spoke in Dakar on Monday. \
                    “We will not devalue the currency this year,” Diallo said. \
                    “The reserves are strong enough to last,” he said.";
        let article = Article {
            text: text.to_owned(),
            ..Article::default()
        };
        let f = crate::extract::extract(&article, "2024-05-02".parse().ok());
        let speakers: Vec<Option<&str>> = f.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers, vec![Some("Amara Diallo"), Some("Amara Diallo")]);
        assert!(
            f.quotes
                .first()
                .is_some_and(|q| q.text.starts_with("We will not devalue"))
        );
    }
}
