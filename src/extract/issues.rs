//! Open issues: disputes, concerns and unresolved matters. Candidates come from sentences
//! that carry a dispute cue ("tensions", "concerns", "war", "accused"): the noun phrase
//! around an issue noun ("Chinese spy balloon", "Russia's war on Ukraine") and the places
//! and organisations named in that sentence; they are grouped and ranked by how often and
//! how early the article returns to them.

use rustc_hash::FxHashMap;

use super::actors::span_of;
use super::names::{Label, NameMention, lower_span};
use super::rank::sort_by_salience;
use super::text::{Doc, TokKind};
use crate::model::{IssueFact, PlaceFact, Span};

/// Words that signal a dispute or an open matter in their sentence.
fn is_cue(lower: &str) -> bool {
    matches!(
        lower,
        "tension"
            | "tensions"
            | "dispute"
            | "disputes"
            | "disputed"
            | "concern"
            | "concerns"
            | "concerned"
            | "conflict"
            | "conflicts"
            | "war"
            | "wars"
            | "crisis"
            | "sanctions"
            | "accused"
            | "accuses"
            | "accusations"
            | "denied"
            | "denies"
            | "rejected"
            | "postponed"
            | "delayed"
            | "espionage"
            | "spy"
            | "spying"
            | "hostility"
            | "recriminations"
            | "complications"
            | "differences"
            | "difficulties"
            | "challenges"
            | "surveillance"
            | "threat"
            | "threats"
            | "threatened"
            | "protest"
            | "protests"
            | "violence"
            | "clashes"
            | "outbreak"
            | "epidemic"
            | "pandemic"
            | "investigation"
            | "allegations"
            | "charges"
            | "scandal"
            | "fraud"
            | "ban"
            | "tariffs"
            | "rivalry"
            | "condemnation"
            | "invasion"
            | "aggressive"
            | "aggression"
            | "strike"
            | "strikes"
            | "attack"
            | "attacks"
            | "rights"
            | "sovereignty"
            | "interfere"
            | "intelligence"
            | "miscalculations"
            | "incident"
            | "deteriorating"
            | "collapsing"
            | "dispute's"
            | "fighting"
            | "militants"
            | "killed"
            | "deaths"
            | "infected"
            | "cases"
            | "shortage"
            | "deficit"
            | "debt"
            | "lawsuit"
            | "trial"
            | "controversy"
            | "opposition"
            | "embargo"
            | "blockade"
    )
}

/// Nouns that head an issue phrase of their own.
fn is_issue_head(lower: &str) -> bool {
    matches!(
        lower,
        "balloon"
            | "war"
            | "espionage"
            | "surveillance"
            | "sanctions"
            | "tariffs"
            | "dispute"
            | "tensions"
            | "conflict"
            | "crisis"
            | "rights"
            | "intelligence"
            | "invasion"
            | "blockade"
            | "embargo"
            | "outbreak"
            | "pandemic"
            | "epidemic"
            | "program"
            | "programme"
            | "sovereignty"
            | "scandal"
            | "investigation"
            | "strike"
            | "protests"
            | "violence"
            | "shortage"
            | "deficit"
            | "debt"
            | "lawsuit"
            | "trial"
            | "hacking"
            | "cyberattacks"
            | "attacks"
            | "rivalry"
            | "origin"
    )
}

fn is_modifier_stop(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "by"
            | "with"
            | "from"
            | "as"
            | "was"
            | "is"
            | "were"
            | "are"
            | "be"
            | "been"
            | "that"
            | "which"
            | "who"
            | "this"
            | "these"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "over"
            | "about"
            | "after"
            | "before"
            | "amid"
            | "despite"
            | "including"
            | "into"
            | "what"
            | "said"
            | "has"
            | "have"
            | "had"
            | "will"
            | "not"
            | "more"
            | "most"
            | "continued"
            | "such"
            | "myriad"
            | "new"
            | "both"
            | "two"
            | "other"
            | "include"
            | "includes"
            | "included"
            | "harming"
            | "against"
            | "many"
            | "some"
    )
}

struct Cand {
    label: String,
    key: String,
    evidence: String,
    mentions: Vec<Span>,
    first: usize,
    weight: f32,
}

/// Find the open issues of the document.
#[must_use]
pub fn build(doc: &Doc<'_>, names: &[NameMention], places: &[PlaceFact]) -> Vec<IssueFact> {
    // The two most central countries frame the story; they are parties, not issues.
    let frame: Vec<&str> = places
        .iter()
        .filter(|p| p.kind == crate::model::PlaceKind::Country)
        .take(2)
        .map(|p| p.name.as_str())
        .collect();
    let frame_cc: Vec<&str> = places
        .iter()
        .filter(|p| p.kind == crate::model::PlaceKind::Country)
        .take(2)
        .filter_map(|p| p.country.as_deref())
        .collect();
    let mut cands: Vec<Cand> = Vec::new();
    // Which place each mention start belongs to, and the framing countries' cities.
    let mut place_at: FxHashMap<usize, &str> = FxHashMap::default();
    let mut frame_city: FxHashMap<&str, ()> = FxHashMap::default();
    for p in places {
        for m in &p.mentions {
            place_at.insert(m.start, p.name.as_str());
        }
        if p.kind == crate::model::PlaceKind::City
            && p.country
                .as_deref()
                .is_some_and(|cc| frame_cc.contains(&cc))
        {
            frame_city.insert(p.name.as_str(), ());
        }
    }
    for (si, s) in doc.sentences.iter().enumerate() {
        if s.caps_line {
            continue;
        }
        let cue = (s.tok_start..s.tok_end).any(|k| is_cue(lower_span(doc, k, k + 1)));
        if !cue {
            continue;
        }
        let evidence = doc.sentence_str(si).to_owned();
        // Noun phrases around issue heads.
        for k in s.tok_start..s.tok_end {
            let l = lower_span(doc, k, k + 1);
            if !is_issue_head(l) {
                continue;
            }
            let mut a = k;
            while a > s.tok_start && k - a < 3 {
                let p = a - 1;
                let pl = lower_span(doc, p, p + 1);
                let t = doc.tokens.get(p);
                let ok = t
                    .is_some_and(|t| t.kind == TokKind::Word || t.kind == TokKind::Possessive)
                    && !is_modifier_stop(pl);
                if !ok {
                    break;
                }
                a = p;
            }
            let mut b = k + 1;
            // "war on Ukraine", "origin of COVID-19": a named complement.
            // "tensions over the Grand Renaissance dam": the named thing and its noun.
            let the = usize::from(doc.low(b + 1) == "the");
            if matches!(doc.tok(b), "on" | "of" | "in" | "over" | "against")
                && doc.tokens.get(b + 1 + the).is_some_and(|t| t.cap)
            {
                b += 2 + the;
                while b < s.tok_end
                    && doc
                        .tokens
                        .get(b)
                        .is_some_and(|t| t.cap && t.kind == TokKind::Word)
                {
                    b += 1;
                }
                // One lower-case head noun after the name ("dam", "program").
                if b < s.tok_end
                    && doc
                        .tokens
                        .get(b)
                        .is_some_and(|t| t.kind == TokKind::Word && !t.cap)
                    && !is_modifier_stop(doc.low(b))
                    && doc.low(b).len() > 2
                    && !doc.low(b).ends_with("ed")
                {
                    b += 1;
                }
            }
            // A lone generic head ("the war") says little.
            if a == k && b == k + 1 {
                continue;
            }
            let Some(span) = span_of(doc, a, b) else {
                continue;
            };
            let head = l;
            cands.push(Cand {
                label: span.text.clone(),
                key: head.to_owned(),
                evidence: evidence.clone(),
                first: span.start,
                mentions: vec![span],
                weight: 1.0,
            });
        }
        // Places and organisations named in a dispute sentence.
        // Names are sorted by position: jump to this sentence's first one.
        let first = names.partition_point(|m| m.a < s.tok_start);
        for m in names
            .get(first..)
            .unwrap_or_default()
            .iter()
            .take_while(|m| m.a < s.tok_end)
            .filter(|m| m.b <= s.tok_end && m.label != Label::Per)
        {
            let Some(span) = span_of(doc, m.a, m.b) else {
                continue;
            };
            let name = place_at
                .get(&span.start)
                .map_or_else(|| span.text.clone(), |p| (*p).to_owned());
            let in_frame = frame_city.contains_key(name.as_str());
            if frame.contains(&name.as_str()) || in_frame || m.label == Label::Org {
                continue;
            }
            cands.push(Cand {
                key: name.to_lowercase(),
                label: name,
                evidence: evidence.clone(),
                first: span.start,
                mentions: vec![span],
                weight: 0.8,
            });
        }
    }
    // Group by key (an entity name or an issue head), keeping the first label and evidence.
    let mut groups: Vec<Cand> = Vec::new();
    let mut index: FxHashMap<String, usize> = FxHashMap::default();
    for c in cands {
        match index.get(&c.key) {
            Some(&i) => {
                if let Some(g) = groups.get_mut(i) {
                    g.mentions.extend(c.mentions);
                    g.weight += c.weight;
                    // A more specific label (longer, still short) wins.
                    if c.label.len() > g.label.len() && c.label.split(' ').count() <= 5 {
                        g.label = c.label;
                        g.evidence = c.evidence;
                    }
                }
            }
            None => {
                index.insert(c.key.clone(), groups.len());
                groups.push(c);
            }
        }
    }
    let text_len = doc.tokens.last().map_or(1, |t| t.end.max(1));
    let mut out: Vec<IssueFact> = groups
        .into_iter()
        .map(|g| {
            #[allow(clippy::cast_precision_loss)]
            let pos = 1.0 - g.first as f32 / text_len as f32;
            let s = (0.15 * g.weight).min(0.7) + 0.3 * pos;
            let mut mentions = g.mentions;
            mentions.sort_by_key(|m| m.start);
            mentions.dedup_by_key(|m| m.start);
            IssueFact {
                label: g.label,
                evidence: g.evidence,
                salience: (s.clamp(0.0, 1.0) * 1000.0).round() / 1000.0,
                mentions,
            }
        })
        .collect();
    sort_by_salience(&mut out, |i| i.salience);
    out
}

#[cfg(test)]
mod tests {
    use crate::model::Article;

    #[test]
    fn disputes_become_short_issue_labels_with_evidence() {
        let text = "Ethiopia and Egypt held talks in Cairo on Monday. \
                    Tensions over the Grand Renaissance dam have risen since the filling began. \
                    Egypt accused Ethiopia of ignoring a drought-sharing deal, and both sides \
                    rejected a new water sharing proposal.";
        let article = Article {
            text: text.to_owned(),
            ..Article::default()
        };
        let f = crate::extract::extract(&article, "2024-05-02".parse().ok());
                assert!(
            f.issues.iter().any(|i| i.label == "Tensions over the Grand Renaissance dam"),
            "{:?}",
            f.issues.iter().map(|i| &i.label).collect::<Vec<_>>()
        );
        for i in &f.issues {
            assert!(i.label.split_whitespace().count() <= 6, "{}", i.label);
            assert!(text.contains(&i.evidence));
        }
        // The two parties frame the story; they are not issues themselves.
        assert!(
            !f.issues
                .iter()
                .any(|i| i.label == "Ethiopia" || i.label == "Egypt")
        );
    }
}
