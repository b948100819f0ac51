//! Open issues: disputes, concerns and unresolved matters. Candidates come from sentences
//! that carry a dispute cue ("tensions", "concerns", "war", "accused"): the noun phrase
//! around an issue noun ("Chinese spy balloon", "Russia's war on Ukraine"), the places named
//! near a cue ("tensions over Taiwan") and requests or plans a named actor saw rejected.
//! Candidates that share a head noun or a place, or that sit in one clause, are grouped; each
//! group gets the shortest specific label and the most specific clause as its evidence, and
//! the groups are ranked by how often and how early the article returns to them.

use rustc_hash::FxHashMap;

use super::actors::span_of;
use super::dates::day_or_month;
use super::names::{Label, NameMention, lower_span};
use super::rank::sort_by_salience;
use super::text::{Doc, TokKind};
use super::topics;
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
            | "charged"
            | "corruption"
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
            | "fraud"
            | "corruption"
            | "inflation"
            | "drought"
            | "flooding"
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

/// Cues that make a place an issue of tension ("tensions over Taiwan" → "Taiwan tensions").
fn is_tension_cue(lower: &str) -> bool {
    matches!(
        lower,
        "tension"
            | "tensions"
            | "hostility"
            | "recriminations"
            | "rivalry"
            | "standoff"
            | "aggressive"
            | "aggression"
            | "provocations"
            | "clashes"
    )
}

/// Verbs whose object is an open matter when a named actor's request meets them.
fn is_refusal(lower: &str) -> bool {
    matches!(
        lower,
        "rejected" | "refused" | "denied" | "declined" | "rebuffed" | "vetoed" | "blocked"
    )
}

/// Nouns that extend an issue head into a compound ("intelligence gathering").
fn is_head_extension(lower: &str) -> bool {
    matches!(
        lower,
        "gathering"
            | "program"
            | "programme"
            | "sites"
            | "site"
            | "facilities"
            | "base"
            | "bases"
            | "capabilities"
            | "operations"
            | "campaign"
            | "abuses"
            | "violations"
            | "talks"
            | "row"
            | "dispute"
    )
}

/// Whether token `i` is a lower-case word that can only be a noun, and no actor or venue:
/// after an issue noun it heads the compound ("drug war violence", "deficit revision"),
/// where a word that can be a verb may start the clause ("the war ended", "the strike
/// hit") and an actor's noun makes the phrase an actor ("human rights activists").
fn noun_only(doc: &Doc<'_>, i: usize) -> bool {
    plain_word(doc, i, |s| s.noun && !s.verb && !s.adj && !s.adv)
}

/// Whether token `i` is a lower-case word, no function word, no person's or venue's noun,
/// whose word-table entry passes `class`.
fn plain_word(
    doc: &Doc<'_>,
    i: usize,
    class: impl Fn(&super::wordstats::WordStat) -> bool,
) -> bool {
    let low = doc.low(i);
    doc.tokens
        .get(i)
        .is_some_and(|t| t.kind == TokKind::Word && !t.cap)
        && !topics::STOPWORDS.contains(low)
        && !topics::person_word(low)
        && !super::lexicon::LEX.is_venue_head(low)
        && super::wordstats::stat(low).is_some_and(|s| class(&s))
}

/// Where the noun phrase a possessive at `at` opens ends ("'s settlement policies" after
/// "Israel"): up to four lower-case modifiers and nouns, no verb, ending on its last noun;
/// `None` when no such phrase follows.
fn owned_phrase_end(
    doc: &Doc<'_>,
    reading: &topics::Reading,
    at: usize,
    end: usize,
) -> Option<usize> {
    if doc
        .tokens
        .get(at)
        .is_none_or(|t| t.kind != TokKind::Possessive)
    {
        return None;
    }
    let mut last_noun = None;
    let mut e = at + 1;
    let mut words = 0;
    while e < end {
        let Some(t) = doc.tokens.get(e) else { break };
        let low = doc.low(e);
        let hyphen = low == "-" && !t.space_before;
        if !hyphen
            && (t.kind != TokKind::Word
                || t.cap
                || topics::STOPWORDS.contains(low)
                || reading.is_verb(e))
        {
            break;
        }
        // A fifth word: longer than an issue's label.
        words += usize::from(!hyphen);
        if words > 4 {
            return None;
        }
        if !hyphen && super::wordstats::stat(low).is_some_and(|st| st.noun) {
            last_noun = Some(e + 1);
        }
        e += 1;
    }
    last_noun
}

/// Whether token `i`, a noun that can also be a verb, goes on the compound of the singular
/// head at `head`: "the intelligence service and", "the debt limit was" (a verb after a
/// singular subject would end in "-s": "the intelligence services them"). A verb form that
/// is also a past ("the strike hit") or an object after it ("the war cost lives") keeps
/// the verb reading.
fn noun_after_singular(doc: &Doc<'_>, head: usize, i: usize) -> bool {
    let low = doc.low(i);
    let head_low = doc.low(head);
    let next = doc.low(i + 1);
    let object_after = doc
        .tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokKind::Number)
        || topics::article_or_owner(next)
        || matches!(
            next,
            "them"
                | "him"
                | "us"
                | "it"
                | "this"
                | "that"
                | "these"
                | "those"
                | "some"
                | "up"
                | "down"
                | "off"
                | "out"
        );
    // Pasts spelled as their base ("the war cost lives", "the strike hit ports").
    let base_past = topics::irregular_past(low) || topics::base_form_past(low);
    topics::stem(head_low) == head_low
        && !topics::s_form(low)
        && !low.ends_with("ed")
        && !low.ends_with("ing")
        && !base_past
        && !object_after
        && plain_word(doc, i, |s| s.noun && !s.adj && !s.adv)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CandKind {
    /// A noun phrase around an issue head.
    Phrase,
    /// A place named near a cue.
    Place,
    /// A named actor's request that was refused.
    Refusal,
}

struct Cand {
    kind: CandKind,
    label: String,
    /// Lower-case head noun (phrases) or place name (places).
    key: String,
    /// Lower-case names of the places the candidate concerns.
    places: Vec<String>,
    /// Token range of the candidate itself.
    a: usize,
    b: usize,
    /// Token range it reaches over (its clause context), for grouping.
    reach: (usize, usize),
    sent: usize,
    mention: Span,
    /// The label ends on a stray sentence break ("war on Iran. Ukraine.").
    suspect: bool,
    /// The label's possessive modifier ("Russia’s"), if any.
    owner: Option<String>,
    /// A cue of tension sits near it.
    tension: bool,
}

/// Whether a noun before the head already names the matter ("debt crisis", "border
/// dispute"): such a phrase keeps its words rather than take a place's name ("deepening
/// tensions" → "South China Sea tensions").
fn named_by_a_noun(label: &str, key: &str) -> bool {
    let words: Vec<String> = label.split_whitespace().map(str::to_lowercase).collect();
    let Some(at) = words.iter().position(|w| w == key) else {
        return false;
    };
    let Some(before) = at.checked_sub(1).and_then(|p| words.get(p)) else {
        return false;
    };
    let changing = before.ends_with("ing") || before.ends_with("ed");
    !changing
        && !is_modifier_stop(before)
        && super::wordstats::stat(before).is_some_and(|w| w.noun && !w.adj)
}

/// Whether the issue word at `k` is a verb after "to" or a modal, with its object next
/// ("looking to strike lucrative deals", "will probe the bank"); "led to protests in the
/// capital" keeps its noun.
fn infinitive(doc: &Doc<'_>, k: usize, end: usize) -> bool {
    let before = k.checked_sub(1).map_or("", |p| doc.low(p));
    let marker = matches!(
        before,
        "to" | "will" | "would" | "could" | "can" | "may" | "might" | "must" | "should"
    );
    if !marker || k + 1 >= end {
        return false;
    }
    let next = doc.low(k + 1);
    let object = matches!(
        next,
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this" | "these" | "those"
    ) || doc
        .tokens
        .get(k + 1)
        .is_some_and(|t| t.kind == TokKind::Word)
        && !is_modifier_stop(next)
        && !matches!(
            next,
            "and" | "or" | "but" | "over" | "against" | "into" | "after"
        );
    object && super::wordstats::stat(doc.low(k)).is_some_and(|w| w.verb)
}

/// Where a phrase that begins at `a` truly begins: never inside a hyphenated word ("action
/// lawsuit" of "class-action lawsuit") or inside a name joined by "of" ("Pigs invasion" of
/// "the Bay of Pigs invasion"). Not before `lo`, the sentence's first token.
fn whole_words_start(doc: &Doc<'_>, mut a: usize, lo: usize, head: usize) -> usize {
    let word = |i: usize| doc.tokens.get(i).is_some_and(|t| t.kind == TokKind::Word);
    let cap = |i: usize| word(i) && doc.tokens.get(i).is_some_and(|t| t.cap);
    for _ in 0..3 {
        let joined = a >= lo + 2 && topics::after_joining_hyphen(doc, a) && word(a - 2);
        let named = a < head && a >= lo + 2 && cap(a) && doc.tok(a - 1) == "of" && cap(a - 2);
        if !(joined || named) {
            break;
        }
        a -= 2;
        // The rest of the name before "of": "Federal Bank of ...", not the sentence's "The".
        while named && a > lo && cap(a - 1) && !topics::STOPWORDS.contains(doc.low(a - 1)) {
            a -= 1;
        }
    }
    a
}

fn hard_break(w: &str) -> bool {
    matches!(w, ";" | ":" | "—" | "–" | "(" | ")" | "“" | "”" | "\"")
}

/// The clause around tokens `a..b` in sentence `s`, trimmed to a readable window: from the
/// nearest cue, comma or break before (at most 18 tokens back) to the next comma or break
/// after (at most 12 tokens on).
fn evidence(doc: &Doc<'_>, a: usize, b: usize, s: &super::text::Sentence) -> String {
    let mut left = a;
    let mut cue_seen = false;
    while left > s.tok_start && a - left < 18 {
        let p = left - 1;
        if hard_break(doc.tok(p)) {
            break;
        }
        if doc.tok(p) == "," && cue_seen {
            break;
        }
        left = p;
        if is_cue(doc.low(p)) {
            cue_seen = true;
        }
    }
    if left > s.tok_start && !cue_seen {
        // No cue close before: start after the nearest comma within 12 tokens, else 8
        // tokens before the mention.
        left = (a.saturating_sub(12).max(s.tok_start)..a)
            .rev()
            .find(|&k| doc.tok(k) == "," || hard_break(doc.tok(k)))
            .map_or(a.saturating_sub(8).max(s.tok_start), |k| k + 1);
    }
    while left < a && matches!(doc.tok(left), "," | "and" | "but") {
        left += 1;
    }
    let mut right = b;
    while right < s.tok_end && right - b < 12 {
        let w = doc.tok(right);
        // A comma ends the window once it holds a readable clause.
        if hard_break(w) || (w == "," && right - left >= 8) {
            break;
        }
        right += 1;
    }
    let (left, right) = whole_names(doc, left, right, s);
    let whole = left <= s.tok_start && right >= s.tok_end;
    let text = doc.span_str(left, right).trim();
    if whole {
        return text.to_owned();
    }
    let mut out = String::new();
    if left > s.tok_start {
        out.push('…');
    }
    out.push_str(text.trim_end_matches([',', ';', ':']));
    if right < s.tok_end {
        out.push('…');
    } else if !out.ends_with(['.', '!', '?', '”', '"']) {
        out.push('.');
    }
    out
}

/// Find the open issues of the document.
#[must_use]
pub fn build(doc: &Doc<'_>, names: &[NameMention], places: &[PlaceFact]) -> Vec<IssueFact> {
    let reading = topics::read(doc, names);
    // The two most central countries frame the story; they are parties, not issues.
    let countries = || {
        places
            .iter()
            .filter(|p| p.kind == crate::model::PlaceKind::Country)
            .take(2)
    };
    let frame: Vec<&str> = countries().map(|p| p.name.as_str()).collect();
    let frame_cc: Vec<&str> = countries().filter_map(|p| p.country.as_deref()).collect();
    // The place a name mention stands for, by its first char.
    // Indexed once, so long articles stay linear.
    let mut place_index: FxHashMap<usize, &PlaceFact> = FxHashMap::default();
    let mut frame_city: FxHashMap<&str, ()> = FxHashMap::default();
    for p in places {
        for m in &p.mentions {
            place_index.insert(m.start, p);
        }
        if p.kind == crate::model::PlaceKind::City
            && p.country
                .as_deref()
                .is_some_and(|cc| frame_cc.contains(&cc))
        {
            frame_city.insert(p.name.as_str(), ());
        }
    }
    let place_at = |start: usize| place_index.get(&start).copied();
    let in_frame = |name: &str| frame.contains(&name) || frame_city.contains_key(name);
    let mut cands: Vec<Cand> = Vec::new();
    let mut mention_idx = 0usize;
    for (si, s) in doc.sentences.iter().enumerate() {
        // Names of this sentence (mentions are in text order: one forward walk overall).
        while names.get(mention_idx).is_some_and(|m| m.b <= s.tok_start) {
            mention_idx += 1;
        }
        let mut sent_names: Vec<&NameMention> = Vec::new();
        let mut mi = mention_idx;
        while let Some(m) = names.get(mi) {
            if m.a >= s.tok_end {
                break;
            }
            if m.a >= s.tok_start && m.b <= s.tok_end {
                sent_names.push(m);
            }
            mi += 1;
        }
        if s.caps_line {
            continue;
        }
        let cues: Vec<usize> = (s.tok_start..s.tok_end)
            .filter(|&k| is_cue(lower_span(doc, k, k + 1)))
            .collect();
        if cues.is_empty() {
            continue;
        }
        // Noun phrases around issue heads.
        for k in s.tok_start..s.tok_end {
            let l = lower_span(doc, k, k + 1);
            if !is_issue_head(l) || infinitive(doc, k, s.tok_end) {
                continue;
            }
            // The first piece of a hyphened compound heads nothing: "a strong strike-force",
            // "a war-weary town".
            if topics::after_joining_hyphen(doc, k + 2) {
                continue;
            }
            // Nor does a modifier of a word for people or a body: "surveillance teams",
            // "war veterans", "strike leaders" are actors, not the surveillance, the war
            // or the strike. (Rights name the cause of those who defend them: "human
            // rights groups".)
            // A clause may start there, though: "after the attack officials said".
            let clause_after = || {
                reading.is_verb(k + 2)
                    || topics::irregular_past(doc.low(k + 2))
                    || doc.low(k + 2).ends_with("ed")
                    || matches!(doc.low(k + 2), "say" | "says" | "said" | "told" | "tell")
            };
            if k + 1 < s.tok_end
                && l != "rights"
                && !reading.is_verb(k + 1)
                && doc
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.kind == TokKind::Word && !t.cap)
                && topics::people_or_body(doc.low(k + 1))
                && !clause_after()
            {
                continue;
            }
            // "heart attacks", "basketball court": the noun in a sense that names no issue.
            if k > s.tok_start && topics::sense_by_modifier(&topics::stem(l), doc.low(k - 1)) {
                continue;
            }
            // "World War II" is a name, not a war of the story's; so is "Human Rights
            // Watch", a name that goes on after the head.
            let capital = doc.tokens.get(k).is_some_and(|t| t.cap);
            if capital
                && (topics::roman_numeral(doc, k + 1)
                    || sent_names.iter().any(|m| m.a <= k && k + 1 < m.b))
            {
                continue;
            }
            let mut a = k;
            while a > s.tok_start && k - a < 3 {
                let p = a - 1;
                let pl = lower_span(doc, p, p + 1);
                let t = doc.tokens.get(p);
                // A past form before the phrase is its verb ("officials cited security
                // concerns"), not a modifier.
                // A capitalised one belongs to a name ("an Associated Press inquiry").
                // So is an irregular past ("the invasion drew sanctions").
                let verb = pl.ends_with("ed")
                    && !t.is_some_and(|t| t.cap)
                    && !matches!(
                        pl,
                        "armed" | "disputed" | "alleged" | "renewed" | "escalated"
                    )
                    || topics::irregular_past(pl);
                // A word that is only ever a verb is the phrase's verb too ("to prevent
                // animal invasion", "to resist attacks").
                // After "to", a word that can be a verb is one ("to tackle dissident
                // violence").
                let stat = super::wordstats::stat(pl);
                // So is a word after an auxiliary or a modal ("would have cut tariffs",
                // "will hike taxes").
                let only_verb = stat.is_some_and(|s| s.only_verb())
                    || p > s.tok_start && doc.low(p - 1) == "to" && stat.is_some_and(|s| s.verb)
                    || p > s.tok_start
                        && stat.is_some_and(|s| s.verb)
                        && (matches!(doc.low(p - 1), "have" | "has" | "had" | "having")
                            || super::events::is_modal(doc.low(p - 1)));
                // An "-s" form before an adjective is a verb, not a plural modifier
                // ("Parliament passes controversial surveillance bill").
                let s_verb = topics::s_form(pl)
                    && stat.is_some_and(|s| s.verb)
                    && super::wordstats::stat(doc.low(a)).is_some_and(|s| s.adj && !s.noun);
                // So is a word the topic reading took for a verb ("Retailer faces pay
                // dispute").
                let read_verb = reading.is_verb(p);
                let ok = t
                    .is_some_and(|t| t.kind == TokKind::Word || t.kind == TokKind::Possessive)
                    && !is_modifier_stop(pl)
                    && !verb
                    && !only_verb
                    && !s_verb
                    && !read_verb;
                if !ok {
                    break;
                }
                a = p;
            }
            a = whole_words_start(doc, a, s.tok_start, k);
            // A name is the owner whole, never a piece of it ("Hong Kong's identity
            // crisis", not "Kong's identity crisis").
            if let Some(m) = sent_names.iter().find(|m| m.a < a && a < m.b) {
                a = m.a;
            }
            // A wire service's own inquiry is the story's source ("an Associated Press
            // investigation has found").
            if a < k && topics::agency_words(doc, a, k) {
                continue;
            }
            let mut b = k + 1;
            if b < s.tok_end
                && (is_head_extension(doc.low(b))
                    || noun_only(doc, b)
                    || noun_after_singular(doc, k, b))
                && doc.low(b) != l
            {
                b += 1;
            }
            // "war on Ukraine", "intelligence gathering in Cuba": a named complement.
            let mut complement = None;
            // Whether the complement's name owns the noun the label ends on.
            let mut owned = false;
            // A date is no complement ("fraud on Friday").
            if matches!(doc.tok(b), "on" | "of" | "in" | "over" | "against")
                && doc.tokens.get(b + 1).is_some_and(|t| t.cap)
                && b + 1 < s.tok_end
                && !day_or_month(doc.tok(b + 1))
            {
                let c0 = b + 1;
                b += 2;
                while b < s.tok_end
                    && doc.tokens.get(b).is_some_and(|t| {
                        t.cap && doc.tokens.get(b - 1).is_some_and(|p| p.cap)
                            || !t.space_before
                                && (doc.tok(b) == "-"
                                    || t.kind == TokKind::Number && doc.tok(b - 1) == "-")
                    })
                {
                    b += 1;
                }
                // "bombing of Pan Am Flight 103": a designation's number is part of it.
                if topics::numbered_designation(doc, b - 1) && b < s.tok_end {
                    b += 1;
                }
                // "lawsuit against Denver-based Newmont": a name before a hyphen modifies
                // what follows; the label ends before its preposition. So does a name
                // before a common noun ("attacks on Canadian abortion providers").
                let modifies_noun = b < s.tok_end
                    && doc
                        .tokens
                        .get(b)
                        .is_some_and(|t| t.kind == TokKind::Word && !t.cap && !t.newline_before)
                    && !topics::STOPWORDS.contains(doc.low(b))
                    && !reading.is_verb(b)
                    && super::wordstats::stat(doc.low(b)).is_none_or(|st| st.noun);
                if doc.tok(b - 1) == "-" || modifies_noun {
                    b = c0 - 1;
                } else {
                    complement = Some(doc.low_span(c0, b).to_owned());
                    // "sanctions on Burma's military government": a name that owns a noun
                    // is not the label's end; the owned noun phrase is.
                    if let Some(e) = owned_phrase_end(doc, &reading, b, s.tok_end) {
                        b = e;
                        owned = true;
                    }
                }
            }
            // "tariffs on steel imports", "war on drugs", "shortage of frontline doctors": a
            // common-noun complement.
            let prep = doc.low(b);
            if complement.is_none()
                && b == k + 1
                && matches!(prep, "on" | "over" | "against" | "of")
            {
                let mut e = b + 1;
                while e < s.tok_end
                    && e - b <= 3
                    && doc
                        .tokens
                        .get(e)
                        .is_some_and(|t| t.kind == TokKind::Word && !t.cap)
                    && (!is_modifier_stop(doc.low(e)) || reading.joins(e))
                    // ("attacks on police officers rose": the clause's verb ends it.)
                    && !reading.is_verb(e)
                {
                    e += 1;
                }
                // Words before a name modify a phrase the name heads ("war on toxic US
                // food"): cut there, the complement would end on a modifier.
                let before_name = doc
                    .tokens
                    .get(e)
                    .is_some_and(|t| t.cap && t.kind == TokKind::Word)
                    && e < s.tok_end;
                // An "of" complement is short and ends the clause's phrase: "shortage of
                // fodder, and …", not "shortage of fodder drives herds".
                let open_end = doc.tokens.get(e).is_some_and(|t| t.kind == TokKind::Word)
                    && e < s.tok_end
                    && !is_modifier_stop(doc.low(e))
                    && !topics::STOPWORDS.contains(doc.low(e));
                // Nor is a piece of a hyphened modifier a complement ("invasion of
                // oil-wealthy Kuwait").
                let hyphen_piece = doc.tok(e) == "-" && topics::after_joining_hyphen(doc, e + 1);
                if before_name || hyphen_piece || prep == "of" && (e - b > 3 || open_end) {
                    e = b + 1;
                }
                if e > b + 1 {
                    b = e;
                }
            }
            // A lone generic head ("the war") says little.
            let self_explaining = matches!(
                l,
                "strike"
                    | "fraud"
                    | "corruption"
                    | "sanctions"
                    | "tariffs"
                    | "protests"
                    | "inflation"
                    | "drought"
                    | "flooding"
                    | "shortage"
                    | "embargo"
                    | "blockade"
            );
            if a == k && b == k + 1 && !self_explaining {
                continue;
            }
            let Some(span) = span_of(doc, a, b) else {
                continue;
            };
            // A label ending on a stray break: "war on Iran. Ukraine." in garbled copy.
            let suspect = complement.is_some()
                && !owned
                && doc.tok(b) == "."
                && doc
                    .sentences
                    .get(si + 1)
                    .is_some_and(|n| n.tok_end - n.tok_start <= 3);
            let owner = (a..k)
                .find(|&j| {
                    doc.tokens
                        .get(j + 1)
                        .is_some_and(|t| t.kind == TokKind::Possessive)
                })
                .filter(|&j| doc.tokens.get(j).is_some_and(|t| t.cap))
                .map(|j| doc.span_str(j, j + 2).to_owned());
            // What the phrase reaches over: up to a comma + "and", a break, or 20 tokens.
            let mut r = b;
            while r < s.tok_end && r - b < 30 {
                let w = doc.tok(r);
                if hard_break(w) || (w == "," && matches!(doc.low(r + 1), "and" | "but" | "while"))
                {
                    break;
                }
                r += 1;
            }
            let tension = cues
                .iter()
                .any(|&c| c.abs_diff(k) <= 8 && is_tension_cue(doc.low(c)));
            cands.push(Cand {
                kind: CandKind::Phrase,
                label: span.text.clone(),
                key: l.to_owned(),
                places: complement.into_iter().collect(),
                a,
                b,
                reach: (a.saturating_sub(4).max(s.tok_start), r),
                sent: si,
                mention: span,
                suspect,
                owner,
                tension,
            });
        }
        // Places named near a cue.
        for m in sent_names.iter().filter(|m| m.label == Label::Loc) {
            let near = cues
                .iter()
                .any(|&c| c.abs_diff(m.a) <= 10 || c.abs_diff(m.b) <= 10);
            if !near {
                continue;
            }
            let Some(span) = span_of(doc, m.a, m.b) else {
                continue;
            };
            let name = place_at(span.start).map_or_else(|| span.text.clone(), |p| p.name.clone());
            // "Manila accused Beijing of…": a capital standing for its government is a
            // party to the dispute, not the dispute.
            let next = doc.low(m.b);
            let acts = doc.tokens.get(m.b).is_some_and(|t| t.kind == TokKind::Word)
                && (next.ends_with("ed") || next == "said" || next == "says")
                && m.b < s.tok_end;
            let acted_on = m.a > s.tok_start
                && matches!(
                    doc.low(m.a - 1),
                    "accused"
                        | "urged"
                        | "told"
                        | "warned"
                        | "blamed"
                        | "criticized"
                        | "criticised"
                );
            if in_frame(&name) || acts || acted_on {
                continue;
            }
            let tension = cues.iter().any(|&c| {
                (c.abs_diff(m.a) <= 14 || c.abs_diff(m.b) <= 14) && is_tension_cue(doc.low(c))
            });
            cands.push(Cand {
                kind: CandKind::Place,
                key: name.to_lowercase(),
                places: vec![name.to_lowercase()],
                label: name,
                a: m.a,
                b: m.b,
                reach: (m.a, m.b),
                sent: si,
                mention: span,
                suspect: false,
                owner: None,
                tension,
            });
        }
        // "rejected a request from Defense Secretary Lloyd Austin": the refused request.
        for &c in &cues {
            if !is_refusal(doc.low(c)) {
                continue;
            }
            let mut j = c + 1;
            while j < s.tok_end && matches!(doc.low(j), "a" | "an" | "the" | "his" | "her" | "its")
            {
                j += 1;
            }
            let noun = j;
            if noun >= s.tok_end || doc.tokens.get(noun).is_none_or(|t| t.cap) {
                continue;
            }
            let Some(person) = sent_names
                .iter()
                .find(|m| m.label == Label::Per && m.a > noun && m.a <= noun + 8)
            else {
                continue;
            };
            if !matches!(doc.low(noun + 1), "from" | "by" | "of") {
                continue;
            }
            let Some(span) = span_of(doc, c, person.b) else {
                continue;
            };
            let label = format!(
                "{} from {} {}",
                doc.tok(noun),
                doc.span_str(person.a, person.b),
                doc.low(c)
            );
            cands.push(Cand {
                kind: CandKind::Refusal,
                key: format!("{} {}", doc.low(noun), doc.low_span(person.a, person.b)),
                places: Vec::new(),
                label,
                a: c,
                b: person.b,
                reach: (c, (person.b + 12).min(s.tok_end)),
                sent: si,
                mention: span,
                suspect: false,
                owner: None,
                tension: false,
            });
        }
    }
    let disputes = group(doc, cands, places);
    merge(doc, disputes, reading.topics, places)
}

/// Most issues an article gets: the card shows the first six, the facts keep a few more
/// for the person to pick from.
pub const MAX_ISSUES: usize = 12;

/// Content stems of a label: the words [`topics::STOPWORDS`] does not list, stemmed.
fn label_stems(label: &str) -> Vec<String> {
    label
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .filter(|w| !topics::STOPWORDS.contains(w.as_str()) && w != "s")
        .map(|w| topics::stem(&w))
        .collect()
}

/// A label's head word, and whether a complement follows it: the word before the
/// complement ("inquiry" of "inquiry into faulty pedals", "crisis" of "kidnapping crisis in
/// Manila"), else the last word.
fn head_word(label: &str) -> Option<(&str, bool)> {
    let mut prev = None;
    for w in label.split_whitespace() {
        if matches!(w, "of" | "against" | "on" | "into" | "for" | "over" | "in") && prev.is_some() {
            return prev.map(|p| (p, true));
        }
        prev = Some(w);
    }
    prev.map(|p| (p, false))
}

/// The matter a label names, as its head word's stem.
fn label_head(label: &str) -> Option<String> {
    let w = head_word(label)?
        .0
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(&w);
    Some(topics::same_matter(&topics::stem(w)).to_owned())
}

/// Nouns whose matter is told elsewhere ("Fitch's concern", "Microsoft's claim", "a strong
/// showing", "Google's identity"): without a complement such a label names no issue a reader
/// recognises.
const VAGUE_HEADS: &[&str] = &[
    "action",
    "aim",
    "approach",
    "aspect",
    "attempt",
    "claim",
    "complaint",
    "concern",
    "decision",
    "determination",
    "dominance",
    "effort",
    "experience",
    "fact",
    "focus",
    "future",
    "idea",
    "identity",
    "kind",
    "level",
    "mix",
    "move",
    "notion",
    "part",
    "piece",
    "point",
    "possibility",
    "project",
    "reason",
    "sense",
    "showing",
    "side",
    "situation",
    "sort",
    "step",
    "thing",
    "type",
    "version",
    "view",
    "way",
];

/// How much a label with a vague head weighs against its score.
const VAGUE: f32 = 0.25;

/// Whether a label is headed by a vague noun that nothing completes: an owner or an
/// adjective before it ("Fitch's concern", "a strong showing") leaves it vague; a noun before
/// it names the matter ("radiation levels", "competition concerns"), as a complement after
/// it does ("decision on the merger").
fn vague_label(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    let Some((&head, before)) = words.split_last() else {
        return false;
    };
    if !VAGUE_HEADS.contains(&topics::stem(&head.to_lowercase()).as_str()) {
        return false;
    }
    !before.last().is_some_and(|w| {
        w.chars().all(|c| c.is_lowercase() || c == '-')
            && super::wordstats::stat(w).is_some_and(|s| s.noun && !s.adj)
    })
}

/// A candidate issue while the two lists are merged.
struct Entry {
    score: f32,
    issue: IssueFact,
    /// Whether it is the headline's event.
    lead: bool,
    /// A topic's own stems (without its complement); none for a dispute.
    own: Option<Vec<String>>,
    /// A topic's phrase in the text (its tokens), for other evidence when its clause says
    /// too little or another issue shows it already; none for a dispute.
    phrase: Option<(usize, usize)>,
}

/// The sentence around token `a`, when it is short enough to stand as evidence.
fn short_sentence(doc: &Doc<'_>, a: usize) -> Option<String> {
    let sent = doc.sentences.get(doc.tokens.get(a)?.sent)?;
    let whole = doc.span_str(sent.tok_start, sent.tok_end).trim();
    (whole.split_whitespace().count() <= 45).then(|| whole.to_owned())
}

/// A narrow window round tokens `a..b`: six tokens each side within their sentence.
/// Widens an evidence window `lo..hi` of sentence `s` so that it neither starts nor ends
/// inside a name ("…Union's antitrust inquiry" becomes "…the European Union's antitrust
/// inquiry"), by at most four words on each side.
fn whole_names(
    doc: &Doc<'_>,
    mut lo: usize,
    mut hi: usize,
    s: &super::text::Sentence,
) -> (usize, usize) {
    let cap = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.cap && t.kind == TokKind::Word)
    };
    let glued = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| !t.space_before && t.kind != TokKind::Word)
    };
    for _ in 0..4 {
        // "The" after a capital opens a sentence the splitter missed, not a name.
        let opens = topics::STOPWORDS.contains(doc.low(lo));
        let inside = lo > s.tok_start && (cap(lo) && !opens || glued(lo)) && cap(lo - 1);
        if !inside {
            break;
        }
        lo -= 1;
    }
    for _ in 0..4 {
        if hi >= s.tok_end || !(cap(hi) && cap(hi - 1)) {
            break;
        }
        hi += 1;
    }
    (lo, hi)
}

fn window(doc: &Doc<'_>, a: usize, b: usize) -> String {
    let Some(sent) = doc.tokens.get(a).and_then(|t| doc.sentences.get(t.sent)) else {
        return String::new();
    };
    let lo = a.saturating_sub(6).max(sent.tok_start);
    let hi = (b + 6).min(sent.tok_end);
    let (lo, hi) = whole_names(doc, lo, hi, sent);
    format!(
        "{}{}{}",
        if lo > sent.tok_start { "…" } else { "" },
        doc.span_str(lo, hi).trim(),
        if hi < sent.tok_end { "…" } else { "" }
    )
}

/// One list from the disputes found by cue words and the article's topic phrases: the
/// disputes keep their order and join the topics' scale near its top; a label that repeats
/// what a better one says, or that is only a place's name, is left out.
fn merge(
    doc: &Doc<'_>,
    disputes: Vec<IssueFact>,
    topics: Vec<topics::Topic>,
    places: &[PlaceFact],
) -> Vec<IssueFact> {
    let top = topics.first().map_or(1.0, |t| t.score).max(1e-3);
    let mut all: Vec<Entry> = Vec::with_capacity(disputes.len() + topics.len());
    for d in disputes {
        let bare_place = places.iter().any(|p| {
            p.name.eq_ignore_ascii_case(&d.label) || p.mentions.iter().any(|m| m.text == d.label)
        });
        // A phrase that runs into a verb or a particle ("debt driving up") is cut wrong.
        let loose = d.label.split(' ').any(|w| {
            let w = w.to_lowercase();
            !matches!(
                w.as_str(),
                "of" | "on" | "in" | "over" | "against" | "from" | "to"
            ) && topics::STOPWORDS.contains(w.as_str())
        });
        if bare_place || loose {
            continue;
        }
        all.push(Entry {
            score: top * (0.45 + 0.6 * d.salience),
            issue: d,
            lead: false,
            own: None,
            phrase: None,
        });
    }
    for t in topics {
        let (a, b) = t.best;
        if names_a_place(doc, a, b, places) {
            continue;
        }
        let Some(sent) = doc
            .tokens
            .get(a)
            .and_then(|tok| doc.sentences.get(tok.sent))
        else {
            continue;
        };
        let mentions = t
            .occurrences
            .iter()
            .filter_map(|&(x, y)| span_of(doc, x, y))
            .collect();
        let vague = vague_label(&t.label);
        all.push(Entry {
            score: if vague { t.score * VAGUE } else { t.score },
            issue: IssueFact {
                label: t.label,
                evidence: evidence(doc, a, b, sent),
                salience: 0.0,
                mentions,
            },
            lead: t.event,
            own: Some(t.stems),
            phrase: Some((a, b)),
        });
    }
    all.sort_by(|x, y| y.score.total_cmp(&x.score));
    let best = all.first().map_or(1.0, |x| x.score).max(1e-3);
    // The disputes are worded with care (owners, complements, no stray breaks): where a
    // topic says the same, the dispute's wording wins, whatever their order.
    all.sort_by_key(|x| x.own.is_some());
    let mut kept: Vec<(Vec<String>, IssueFact, f32)> = Vec::new();
    for entry in all {
        let Entry {
            score,
            mut issue,
            lead,
            own,
            phrase,
        } = entry;
        // A label is read by people briefing in English: a phrase in another script, or
        // Latin look-alikes spelled with Cyrillic letters (advertising spam), is none.
        if !latin_letters(&issue.label) {
            continue;
        }
        // A phrase cut after its owner's name ("'s bloody feud") reads without it.
        for poss in ["'s ", "’s "] {
            if let Some(rest) = issue.label.strip_prefix(poss) {
                issue.label = rest.to_owned();
            }
        }
        // A topic is compared by its own words, not its complement's ("inquiry into faulty
        // pedals" is not "faulty pedals").
        // Compared as matters: "the probe" repeats "the inquiry".
        let stems: Vec<String> = own
            .unwrap_or_else(|| label_stems(&issue.label))
            .iter()
            .map(|s| topics::same_matter(s).to_owned())
            .collect();
        let head = stems.last().cloned().filter(|_| phrase.is_some());
        if stems.is_empty() {
            continue;
        }
        let repeats = kept.iter().any(|(k, kept_issue, _)| {
            // The headline's event repeats only an issue with the same head: "kidnapping of
            // 16 people" is not the "daylong kidnapping crisis" of months before.
            if lead {
                return head.is_some() && label_head(&kept_issue.label) == head;
            }
            let shared = stems.iter().filter(|s| k.contains(s)).count();
            shared * 2 > stems.len().min(k.len()) || head.as_ref().is_some_and(|h| k.contains(h))
        });
        if repeats {
            continue;
        }
        issue.salience = ((score / best).clamp(0.0, 1.0) * 1000.0).round() / 1000.0;
        let used = |e: &str| kept.iter().any(|(_, k, _)| k.evidence == e);
        if let Some((a, b)) = phrase {
            // A clause that is only the label shows nothing: the sentence may stand in; a
            // clause another issue shows already gives way to a window round the phrase.
            let sentence = (issue.evidence.split_whitespace().count() < 6)
                .then(|| short_sentence(doc, a))
                .flatten()
                .filter(|w| !used(w));
            if let Some(w) = sentence {
                issue.evidence = w;
            } else if used(&issue.evidence) {
                issue.evidence = window(doc, a, b);
            }
        }
        // Two issues shown by the very same clause are one matter seen twice.
        if used(&issue.evidence) {
            continue;
        }
        kept.push((stems, issue, score));
    }
    kept.sort_by(|x, y| y.2.total_cmp(&x.2));
    headline_first(doc, &mut kept);
    kept.truncate(MAX_ISSUES);
    kept.into_iter()
        .map(|(_, mut i, _)| {
            // A label is one line: a line break inside the source's phrase
            // ("presidential\nelection") reads as a space.
            if i.label.contains(|c: char| c.is_whitespace() && c != ' ') {
                i.label = i.label.split_whitespace().collect::<Vec<_>>().join(" ");
            }
            i
        })
        .collect()
}

/// Whether every letter of `label` is a Latin one (accents included: "Zürich", "Łódź").
fn latin_letters(label: &str) -> bool {
    label
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| matches!(u32::from(c), 0..=0x24F | 0x1E00..=0x1EFF))
}

/// Whether the phrase over tokens `a..b` is a place, not a matter: a place's kind after a
/// place's name or a compass word ("Buenos Aires province", "Zimbabwe's capital",
/// "southeastern states"). An issue is never a bare place; a phrase with any other word
/// ("visit to Sindh province", "flooded river towns") is one.
fn names_a_place(doc: &Doc<'_>, a: usize, b: usize, places: &[PlaceFact]) -> bool {
    let Some(head) = b.checked_sub(1).filter(|&h| h > a) else {
        return false;
    };
    let kind = doc.low(head);
    let place_kind = super::lexicon::LEX.is_place_head(kind)
        || matches!(
            topics::stem(kind).as_str(),
            "state" | "region" | "country" | "capital" | "city" | "town" | "village" | "coast"
        );
    if !place_kind {
        return false;
    }
    let in_place = |i: usize| {
        doc.tokens.get(i).is_some_and(|t| {
            places
                .iter()
                .flat_map(|p| &p.mentions)
                .any(|m| m.start <= t.start && t.end <= m.end)
        })
    };
    (a..head).all(|i| {
        let low = doc.low(i);
        in_place(i)
            || doc
                .tokens
                .get(i)
                .is_some_and(|t| t.kind == TokKind::Possessive)
            || topics::compass(low)
    })
}

/// The headline says what the story is about: among the first six issues, the first whose
/// head word the headline names ("suspension" for "... after being suspended", "cancer
/// rates" for "Cancer Rates Continue to Fall") leads the list, as salient as the one it
/// passes. A head that cannot be a noun, or a name ending a longer label, marks a phrase
/// cut wrong, and a head for a person or a body ("striker", "board") names an actor: such
/// an issue stays where it is.
fn headline_first(doc: &Doc<'_>, kept: &mut [(Vec<String>, IssueFact, f32)]) {
    const TOP: usize = 6;
    // A headline stands on its own line, or ends without a full stop; a lead sentence
    // that runs on into the story is no headline.
    let Some(first) = doc.sentences.first().filter(|s| {
        let text = doc.sentence_str(0).trim_end();
        let own_line = doc.text.get(s.bend..).is_some_and(|rest| {
            rest.trim_start_matches([' ', '\t'])
                .starts_with(['\n', '\r'])
        });
        doc.sentences.len() > 1 && (own_line || !text.ends_with(['.', '"', '”']))
    }) else {
        return;
    };
    let key = |w: &str| -> String { topics::stem(w).chars().take(5).collect() };
    // The headline's words; as verbs they may name the event ("banned" → "ban").
    let verbs: Vec<&str> = (first.tok_start..first.tok_end)
        .filter(|&i| doc.tokens.get(i).is_some_and(|t| t.kind == TokKind::Word))
        .map(|i| doc.low(i))
        .collect();
    let named: Vec<String> = verbs
        .iter()
        .filter(|w| w.chars().count() >= 3 && !topics::STOPWORDS.contains(**w))
        .map(|w| key(w))
        .collect();
    let in_headline = |issue: &IssueFact| {
        let words = issue.label.split_whitespace().count();
        // The head: before a complement ("suspension of Matt Barnes", "review into …"),
        // else the last word.
        head_word(&issue.label).is_some_and(|(w, complement)| {
            let low = w.to_lowercase();
            // A phrase that ends on a name ("prosperity Twitter") is cut wrong.
            let named_end = words > 1 && w.chars().next().is_some_and(char::is_uppercase);
            // "Valmora striker" names a person, not a matter.
            !named_end
                && !topics::person_word(&low)
                && low.chars().count() >= 3
                && (named.contains(&key(&low))
                    // A verb's noun and the verb: "ban" of "banned".
                    || complement && verbs.iter().any(|v| topics::event_of(v).is_some_and(|e| e.0 == low)))
                // A noun, or a verb's noun before its complement ("sentencing of …").
                && (complement
                    || super::wordstats::stat(&low).is_none_or(|s| s.noun || s.classless()))
        })
    };
    let top = kept.len().min(TOP);
    // Below the card's six, only an issue noun the headline names, word for word, comes up
    // ("Defense rests in ex-agent's perjury case", "Attwood hopes for a call after ban for
    // stamping"; not "departure" for a "Department store").
    let headline_stems: Vec<String> = verbs.iter().map(|w| topics::stem(w)).collect();
    let named_issue = |issue: &IssueFact| {
        !vague_label(&issue.label)
            && head_word(&issue.label).is_some_and(|(w, _)| {
                let head = topics::stem(&w.to_lowercase());
                topics::ISSUE_HEADS.contains(head.as_str()) && headline_stems.contains(&head)
            })
    };
    let found = kept
        .get(..top)
        .and_then(|k| k.iter().position(|(_, issue, _)| in_headline(issue)))
        .or_else(|| kept.iter().position(|(_, issue, _)| named_issue(issue)));
    let Some(at) = found.filter(|&at| at > 0) else {
        return;
    };
    let lead = kept.first().map_or(1.0, |k| k.1.salience);
    if let Some(slot) = kept.get_mut(at) {
        slot.1.salience = lead;
    }
    if let Some(moved) = kept.get_mut(..=at) {
        moved.rotate_right(1);
    }
}

/// Union-find root with path halving.
fn root(parent: &mut [usize], mut i: usize) -> usize {
    while let Some(&p) = parent.get(i) {
        if p == i {
            break;
        }
        let gp = parent.get(p).copied().unwrap_or(p);
        if let Some(slot) = parent.get_mut(i) {
            *slot = gp;
        }
        i = gp;
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (root(parent, a), root(parent, b));
    if ra != rb
        && let Some(slot) = parent.get_mut(ra.max(rb))
    {
        *slot = ra.min(rb);
    }
}

/// Whether place name `short` names part of `long` ("taiwan" in "taiwan strait").
fn part_of(short: &str, long: &str) -> bool {
    short != long
        && long
            .split(' ')
            .collect::<Vec<_>>()
            .windows(short.split(' ').count())
            .any(|w| w.join(" ") == short)
}

fn group(doc: &Doc<'_>, cands: Vec<Cand>, places: &[PlaceFact]) -> Vec<IssueFact> {
    let n = cands.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut by_key: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, c) in cands.iter().enumerate() {
        match by_key.get(c.key.as_str()) {
            Some(&j) => union(&mut parent, i, j),
            None => {
                by_key.insert(c.key.as_str(), i);
            }
        }
    }
    // Places: one issue per place, and a place with the larger place it is part of.
    let mut place_keys: Vec<(&str, usize)> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == CandKind::Place)
        .map(|(i, c)| (c.key.as_str(), i))
        .collect();
    place_keys.sort_unstable();
    place_keys.dedup_by_key(|x| x.0);
    for &(k1, i1) in &place_keys {
        for &(k2, i2) in &place_keys {
            if part_of(k1, k2) {
                union(&mut parent, i1, i2);
            }
        }
    }
    // A place inside a phrase's reach belongs to that phrase's issue ("war on Ukraine",
    // "human rights concerns about … Xinjiang"). Candidates are in text order, so the
    // phrases whose reach may cover a place are the few just before it.
    for i in 0..n {
        let Some(c) = cands.get(i) else { continue };
        if c.kind == CandKind::Phrase {
            continue;
        }
        for j in (i.saturating_sub(12)..n.min(i + 12)).filter(|&j| j != i) {
            let Some(p) = cands.get(j) else { continue };
            if p.kind != CandKind::Place && p.sent == c.sent && p.reach.0 <= c.a && c.b <= p.reach.1
            {
                union(&mut parent, i, j);
            }
        }
    }
    // Phrases that name a place as their complement join that place's issue.
    for (i, c) in cands.iter().enumerate() {
        for pk in &c.places {
            if let Some(&j) = by_key.get(pk.as_str()) {
                union(&mut parent, i, j);
            }
        }
    }
    let mut groups: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for i in 0..n {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let text_len = doc.tokens.last().map_or(1, |t| t.end.max(1));
    let place_count = |name: &str| {
        places
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(name))
            .map_or(0, |p| p.mentions.len())
    };
    struct Group {
        label: String,
        members: Vec<usize>,
        salience: f32,
    }
    let mut out: Vec<Group> = Vec::new();
    for (_, members) in groups {
        let get = |i: &usize| cands.get(*i);
        let phrases: Vec<&Cand> = members
            .iter()
            .filter_map(get)
            .filter(|c| c.kind != CandKind::Place)
            .collect();
        let group_places: Vec<&Cand> = members
            .iter()
            .filter_map(get)
            .filter(|c| c.kind == CandKind::Place)
            .collect();
        let label = if phrases.is_empty() {
            // The most specific place name (longest), with "tensions" when the article
            // speaks of tension around it.
            let best = group_places
                .iter()
                .max_by_key(|c| (c.label.len(), std::cmp::Reverse(c.a)))
                .map(|c| c.label.clone())
                .unwrap_or_default();
            if group_places.iter().any(|c| c.tension) {
                format!("{best} tensions")
            } else {
                best
            }
        } else {
            // The best phrase: not on a stray break, its complement a place the article
            // returns to, then the most common wording, then the shortest.
            let mut wordings: FxHashMap<&str, usize> = FxHashMap::default();
            for c in &phrases {
                *wordings.entry(c.label.as_str()).or_default() += 1;
            }
            let score = |c: &Cand| {
                let comp = c.places.first().map_or(0, |p| place_count(p));
                let same = wordings.get(c.label.as_str()).copied().unwrap_or(0);
                let words = c.label.split(' ').count();
                (!c.suspect, words <= 6, comp.min(3) + same, words.min(4))
            };
            let best = phrases.iter().max_by_key(|c| score(c)).copied();
            let mut label = best.map(|c| c.label.clone()).unwrap_or_default();
            // "deepening tensions over the South China Sea" → "South China Sea tensions".
            let place_head = best.is_some_and(|b| {
                matches!(
                    b.key.as_str(),
                    "tensions" | "tension" | "dispute" | "conflict" | "crisis" | "sovereignty"
                ) && b.places.is_empty()
                    && !named_by_a_noun(&b.label, &b.key)
            });
            let main_place = group_places
                .iter()
                .max_by_key(|c| (place_count(&c.label), c.label.len()))
                .map(|c| c.label.clone());
            if place_head && let (Some(p), Some(b)) = (main_place, best) {
                label = format!("{p} {}", b.key);
            } else if let Some(b) = best {
                // Borrow the owner another wording names ("war on Ukraine" → "Russia’s war
                // on Ukraine").
                if b.owner.is_none()
                    && let Some(owner) = phrases.iter().find_map(|c| c.owner.clone())
                    && !label.contains(owner.trim_end_matches(['’', '\'', 's']))
                {
                    label = format!("{owner} {label}");
                }
                // A phrase without a place of its own takes the first place it reaches.
                if b.places.is_empty()
                    && b.kind == CandKind::Phrase
                    && let Some(p) = group_places
                        .iter()
                        .filter(|p| p.sent == b.sent && p.a >= b.b)
                        .min_by_key(|p| p.a)
                    && label.split(' ').count() <= 3
                {
                    label = format!("{label} in {}", p.label);
                }
            }
            label
        };
        if label.is_empty() {
            continue;
        }
        let first = members
            .iter()
            .filter_map(|i| cands.get(*i))
            .map(|c| c.mention.start)
            .min()
            .unwrap_or(0);
        let sentences: Vec<usize> = {
            let mut v: Vec<usize> = members
                .iter()
                .filter_map(|i| cands.get(*i))
                .map(|c| c.sent)
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        #[allow(clippy::cast_precision_loss)]
        let weight = sentences.len() as f32 + 0.3 * phrases.len().min(3) as f32;
        #[allow(clippy::cast_precision_loss)]
        let pos = 1.0 - first as f32 / text_len as f32;
        let s = (0.15 * weight).min(0.7) + 0.3 * pos;
        out.push(Group {
            label,
            members,
            salience: (s.clamp(0.0, 1.0) * 1000.0).round() / 1000.0,
        });
    }
    out.sort_by(|x, y| {
        y.salience
            .total_cmp(&x.salience)
            .then_with(|| x.label.cmp(&y.label))
    });
    // Evidence: each issue's most specific clause, preferring a sentence no higher-ranked
    // issue already shows.
    let mut used: Vec<usize> = Vec::new();
    let mut facts = Vec::with_capacity(out.len());
    for g in out {
        let mut members: Vec<&Cand> = g.members.iter().filter_map(|i| cands.get(*i)).collect();
        members.sort_by_key(|c| c.mention.start);
        let pick = members
            .iter()
            .filter(|c| !c.suspect)
            .min_by_key(|c| {
                let reused = used.contains(&c.sent);
                let len = doc
                    .sentences
                    .get(c.sent)
                    .map_or(usize::MAX, |s| s.tok_end - s.tok_start);
                let named = if g.label == c.label {
                    0
                } else if g.label.contains(c.label.as_str()) {
                    1
                } else {
                    2
                };
                (
                    reused,
                    named,
                    c.kind == CandKind::Place,
                    len.min(60) / 15,
                    c.a,
                )
            })
            .or_else(|| members.first());
        let Some(pick) = pick else { continue };
        used.push(pick.sent);
        let ev = doc
            .sentences
            .get(pick.sent)
            .map(|s| evidence(doc, pick.a, pick.b, s))
            .unwrap_or_default();
        let mut mentions: Vec<Span> = members.iter().map(|c| c.mention.clone()).collect();
        mentions.dedup_by_key(|m| m.start);
        facts.push(IssueFact {
            label: g.label,
            evidence: ev,
            salience: g.salience,
            mentions,
        });
    }
    sort_by_salience(&mut facts, |i| i.salience);
    facts
}

#[cfg(test)]
mod tests {
    use crate::model::Article;

    /// The issue labels extracted from `text`, in rank order.
    fn issue_labels(text: &str) -> Vec<String> {
        let article = Article {
            text: text.to_owned(),
            ..Article::default()
        };
        crate::extract::extract(&article, "2024-05-05".parse().ok())
            .issues
            .into_iter()
            .map(|i| i.label)
            .collect()
    }

    #[test]
    fn a_word_for_people_after_an_issue_noun_heads_its_compound() {
        // "teams" after "surveillance" is the compound's head, not its verb, and the
        // surveillance teams are actors: no "surveillance in Kandor", no "work daily".
        let l = issue_labels(
            "Fever spreads in Kandor\n\nMobile surveillance teams in Kandor, where most \
             cases have been found, are tracing contacts of the sick. The surveillance teams \
             work daily, and health officials fear the outbreak will reach the capital.",
        );
        assert!(
            !l.iter().any(|x| x.starts_with("Mobile surveillance in")),
            "{l:?}"
        );
        assert!(!l.iter().any(|x| x.contains("work daily")), "{l:?}");
        // A verb for a plural that names people stays a verb: "the firm heads the group".
        let l = issue_labels(
            "Port strike ends\n\nThe shipping firm heads talks with the union, which ended \
             its strike on Monday after a pay dispute. The shipping firm heads talks again \
             next week.",
        );
        assert!(!l.iter().any(|x| x.contains("heads")), "{l:?}");
        // A place or a record after the issue noun is no word for people: "a surveillance
        // state", "the sanctions regime", "a corruption survey" keep their matter.
        for word in ["teams", "officials", "veterans", "agency"] {
            assert!(super::super::topics::people_or_body(word), "{word}");
        }
        for word in ["state", "province", "regime", "survey", "data", "study"] {
            assert!(!super::super::topics::people_or_body(word), "{word}");
        }
    }

    #[test]
    fn an_issue_noun_before_a_hyphen_is_a_piece_of_a_compound() {
        let l = issue_labels(
            "Rovers rebuild attack\n\nThe manager now has a strong strike-force in Diaz and \
             Okafor, he said. The club trains in a drought-parched town where a water crisis \
             has closed the pitch, and fans have raised money for a new one.",
        );
        assert!(
            !l.iter().any(|x| x == "strong strike" || x == "drought"),
            "{l:?}"
        );
        assert!(l.iter().any(|x| x == "strong strike-force"), "{l:?}");
    }

    #[test]
    fn kin_and_station_name_the_people_not_the_matter() {
        // A custody fight told through the family: the great-uncle, the stepmother and the
        // grandmothers are who is in it, not what is at issue, and rank after it.
        let l = issue_labels(
            "Custody fight over Pablo Reyes drags on\n\nPablo's paternal great-uncle and \
             his young stepmother appeared in court on Monday as the custody fight over the \
             boy entered its third month. The great-uncle said he would appeal any ruling \
             that sends the boy back to Peru. Pablo's stepmother asked the judge for a quick \
             decision on the asylum claim.\n\nBoth grandmothers flew in from Lima to attend \
             the hearing, and the grandmothers met the judge privately. Immigration officials \
             say the asylum claim is weak, and lawyers for the great-uncle have asked for a \
             delay. A newcomer to the case, the family's millionaire neighbour, offered to pay \
             the legal fees.\n\nThe custody fight has split the neighbourhood. Protesters \
             gathered outside the court, and the immigration service said it would review the \
             asylum claim again if the ruling goes against the stepmother.",
        );
        let rank = |w: &str| l.iter().position(|x| x.contains(w));
        // The people are in the list, after the matters.
        let first_person = ["uncle", "stepmother", "grandmother"]
            .into_iter()
            .filter_map(&rank)
            .min();
        assert!(first_person.is_some(), "{l:?}");
        let first_person = first_person.unwrap_or_default();
        // The matters come first: the fight and the claim it turns on.
        for matter in ["custody fight", "asylum claim"] {
            assert!(
                rank(matter).is_some_and(|r| r < first_person),
                "{matter}: {l:?}"
            );
        }
    }

    #[test]
    fn a_headline_verb_before_an_issue_noun_stays_out_of_its_label() {
        // "faces" is the headline's verb: the label is the dispute, not the headline.
        let l = issue_labels(
            "Retailer faces pay dispute\n\nWarehouse staff voted to strike over pay, their \
             union said. The pay dispute has run for months, and the firm said talks would \
             continue next week.",
        );
        assert!(l.iter().any(|x| x == "pay dispute"), "{l:?}");
        assert!(!l.iter().any(|x| x.contains("faces")), "{l:?}");
    }

    #[test]
    fn an_evidence_window_takes_a_name_whole() {
        let doc = super::super::text::tokenize(
            "Dock workers said the European Union's competition inquiry into port fees \
             would reach Nova Terra Holdings before the vote.",
        );
        let s = doc.sentences.first().cloned().expect("a sentence");
        let at = |w: &str| (0..doc.tokens.len()).find(|&k| doc.tok(k) == w).expect(w);
        // A window cut after "European" and before "Holdings" widens to both names.
        let (lo, hi) = super::whole_names(&doc, at("Union"), at("Holdings"), &s);
        assert_eq!(doc.span_str(lo, hi).trim(), {
            "European Union's competition inquiry into port fees would reach Nova Terra Holdings"
        });
        // Outside a name it stays as it was.
        let (lo, hi) = super::whole_names(&doc, at("competition"), at("would"), &s);
        assert_eq!((lo, hi), (at("competition"), at("would")));
    }

    #[test]
    fn a_noun_that_could_be_a_verb_ends_a_singular_head_s_compound() {
        // After a singular head a verb would take "-s": "intelligence service" and "debt
        // load" are compounds; "the strike hit ports" keeps its verb.
        let l = issue_labels(
            "Ex-spy arrested over bombing\n\nVarel Ostin later served as head of the \
             Corvanian government's intelligence service and was arrested for planning a \
             bombing. The intelligence service denied any role. The province's heavy debt \
             load grew as the strike hit ports.",
        );
        assert!(
            l.iter().any(|x| x.ends_with("intelligence service")),
            "{l:?}"
        );
        assert!(!l.iter().any(|x| x.ends_with("intelligence")), "{l:?}");
        assert!(!l.iter().any(|x| x.contains("strike hit")), "{l:?}");
        // A past spelled as its base keeps the verb reading.
        let l =
            issue_labels("War drags on\n\nThe border war cost lives and money across the valley.");
        assert!(!l.iter().any(|x| x.contains("war cost")), "{l:?}");
    }

    #[test]
    fn a_named_complement_that_owns_a_noun_runs_to_that_noun() {
        // "sanctions on Belarus" would name the country, not its junta.
        let l = issue_labels(
            "West widens sanctions\n\nEuropean ministers agreed on Monday to widen \
             sanctions on Belarus's military government after the crackdown. The \
             sanctions freeze assets and ban travel.",
        );
        assert!(
            l.iter()
                .any(|x| x.contains("sanctions on Belarus's military government")),
            "{l:?}"
        );
    }

    #[test]
    fn an_issue_noun_before_a_noun_is_no_label_s_end() {
        // "war" of "gang war violence" and "deficit" of "deficit revision" modify the noun
        // after them; "the war ended" and "the strike hit" keep the verb out, and "human
        // rights activists" are actors.
        let doc = super::super::text::tokenize(
            "Gang war violence and a deficit revision worried them. The war ended, the \
             strike hit ports, and human rights activists protested.",
        );
        let at = |w: &str| (0..doc.tokens.len()).find(|&k| doc.tok(k) == w).expect(w);
        assert!(super::noun_only(&doc, at("violence")));
        assert!(super::noun_only(&doc, at("revision")));
        for w in ["ended", "hit", "activists"] {
            assert!(!super::noun_only(&doc, at(w)), "{w}");
        }
    }

    #[test]
    fn the_headline_event_stays_beside_an_earlier_crisis_of_its_kind() {
        // The story is today's kidnapping; the "kidnapping crisis" months before is another
        // matter, not a wording of the same one.
        let text = "Gunmen kidnap nine workers at Valdoria mine, make demands\n\n\
                    TERRANO, Valdoria — Gunmen have kidnapped nine workers from a copper mine \
                    in northern Valdoria, police said Sunday.\n\nThe abduction came four months \
                    after a weeklong kidnapping crisis in the capital ended with the deaths of \
                    two hostages.\n\nThe gunmen demanded the release of three jailed comrades \
                    and a ransom for the hostages, regional police chief Marta Quell said.";
        let labels = issue_labels(text);
        assert_eq!(
            labels.first().map(String::as_str),
            Some("kidnapping of nine workers"),
            "{labels:?}"
        );
        assert!(
            labels.iter().any(|l| l.contains("kidnapping crisis")),
            "{labels:?}"
        );
    }

    #[test]
    fn a_verb_before_an_issue_noun_is_not_its_modifier() {
        let labels = issue_labels(
            "Villages fence out elephants\n\nFarmers put up wire fences to prevent wild animal \
             invasion into their fields, officials said on Monday. Guards were told to resist \
             attacks by poachers. The forest office warned that the drought could worsen the \
             shortage of fodder, and a shortage of fodder drives herds into the villages. \
             Rangers want stronger action to tackle rural violence.",
        );
        assert!(
            labels.iter().any(|l| l == "wild animal invasion"),
            "{labels:?}"
        );
        for verb in ["prevent", "resist", "worsen", "tackle"] {
            assert!(
                !labels.iter().any(|l| l.starts_with(verb)),
                "{verb}: {labels:?}"
            );
        }
        // A shortage names what is short.
        assert!(
            labels.iter().any(|l| l == "shortage of fodder"),
            "{labels:?}"
        );
    }

    #[test]
    fn a_complement_stops_at_its_clauses_verb_and_a_colon_opens_a_clause() {
        let labels = issue_labels(
            "Union: Ambush attacks on officers increase\n\nAmbush attacks on police officers \
             rose sharply this year, the union said on Monday. Eleven officers were shot in \
             ambushes, and the union wants more body armour. Flights were cancelled due to \
             fog at the airport.",
        );
        assert!(
            !labels
                .iter()
                .any(|l| l.ends_with(" rose") || l.ends_with(" increase") || l.contains(" due")),
            "{labels:?}"
        );
        assert!(
            labels
                .iter()
                .any(|l| l.to_lowercase() == "ambush attacks on police officers"),
            "{labels:?}"
        );
        assert!(!labels.iter().any(|l| l.contains("wants")), "{labels:?}");
    }

    #[test]
    fn a_dispute_label_stops_at_a_past_verb_and_a_hyphened_modifier() {
        let labels = issue_labels(
            "Border row deepens\n\nEnvoys said the dispute stems from Valdoria's invasion of \
             mineral-rich Terrano in March. The invasion of mineral-rich Terrano drew sanctions \
             from its neighbours, and the sanctions have hit trade.",
        );
        assert!(
            !labels
                .iter()
                .any(|l| l.contains("drew") || l.ends_with(" of mineral")),
            "{labels:?}"
        );
        assert!(labels.iter().any(|l| l == "sanctions"), "{labels:?}");
    }

    #[test]
    fn a_label_is_one_line_when_the_source_breaks_a_phrase() {
        let labels = issue_labels(
            "Recount looms\n\nThe candidate asked for a recount of votes in the regional\n\
             election, citing statistical anomalies. The regional\nelection results are due \
             on Friday, and the regional\nelection has split the party.",
        );
        assert!(!labels.iter().any(|l| l.contains('\n')), "{labels:?}");
        assert!(
            labels.iter().any(|l| l.contains("regional election")),
            "{labels:?}"
        );
    }

    #[test]
    fn a_headline_verb_after_a_plural_subject_or_before_an_adjective_is_no_label() {
        let cases = [
            (
                "Rocket strikes hit grain silos as shelling intensifies\n\nA wave of rocket \
                 strikes hit grain silos near the port overnight, officials said. The rocket \
                 strikes have destroyed a third of the harvest.",
                "hit",
            ),
            (
                "Band Silver Owls cancel world tour over drummer's injury\n\nThe band Silver \
                 Owls have cancelled the rest of their world tour after their drummer broke \
                 his wrist.",
                "cancel ",
            ),
            (
                "Van plunges into river, injuring 9 passengers\n\nA crowded van plunged into a \
                 river near the town of Oskel on Sunday, injuring nine passengers.",
                "plunges",
            ),
            (
                "Senate passes controversial mining bill after long debate\n\nThe Senate \
                 passed a controversial mining bill on Tuesday that opens protected forests to \
                 drilling. The trade deal would have cut tariffs on ore.",
                "passes",
            ),
        ];
        for (text, verb) in cases {
            let labels = issue_labels(text);
            assert!(
                !labels.iter().any(|l| l.contains(verb)),
                "{verb}: {labels:?}"
            );
        }
        let labels = issue_labels(cases[0].0);
        assert!(labels.iter().any(|l| l == "rocket strikes"), "{labels:?}");
        let labels = issue_labels(cases[3].0);
        assert!(
            labels.iter().any(|l| l.contains("mining bill")),
            "{labels:?}"
        );
        assert!(!labels.iter().any(|l| l.starts_with("cut ")), "{labels:?}");
    }

    #[test]
    fn a_storm_s_blow_and_a_place_after_a_verb_name_no_event() {
        let labels = issue_labels(
            "Typhoon Mira slams Pacific Coast; at least 9 dead\n\nTyphoon Mira slammed into \
             the coast on Monday, bringing catastrophic flooding to low-lying towns.",
        );
        assert!(
            !labels.iter().any(|l| l.starts_with("criticism")),
            "{labels:?}"
        );
        let labels = issue_labels(
            "Man charged after stabbing outside Kelso nightclub\n\nA man has been charged \
             with attempted murder after a stabbing outside a nightclub in Kelso on Sunday.",
        );
        assert!(
            !labels
                .iter()
                .any(|l| l.contains("of outside") || l.starts_with("outside")),
            "{labels:?}"
        );
    }

    #[test]
    fn a_section_tag_a_transcript_notice_and_a_photo_credit_are_no_issues() {
        let labels = issue_labels(
            "Cricket: Singh century puts Hawks in command\n\nRavi Singh scored a century as \
             the Hawks took command of the final on day two. The Hawks lead by 212 runs after \
             a collapse by the visitors. (COMMERCIAL BREAK) Photo credit: Lena Moss. This \
             transcript may not be reproduced.",
        );
        for junk in ["cricket", "commercial break", "photo credit", "transcript"] {
            assert!(!labels.iter().any(|l| l == junk), "{junk}: {labels:?}");
        }
    }

    #[test]
    fn headline_verbs_of_crime_and_release_name_the_event() {
        // Each headline's verb gives the story's first issue, named by its noun.
        for (headline, event) in [
            (
                "Rebels free twelve hostages after talks",
                "release of twelve hostages",
            ),
            (
                "Thieves steal rare violin from museum",
                "theft of rare violin",
            ),
            (
                "Senators block farm subsidy bill",
                "blocking of farm subsidy bill",
            ),
            // The verb takes its object through the noun's own preposition.
            (
                "Dockers clash with riot police at port",
                "clashes with riot police",
            ),
            (
                "Unions negotiate with airline over pay",
                "negotiations with airline",
            ),
        ] {
            let text = format!(
                "{headline}\n\nThe move came on Tuesday after weeks of pressure, officials in \
                 the northern province of Tarsk said. Families and lawyers said more was needed, \
                 and the regional council will meet again next week to decide what to do."
            );
            let labels = issue_labels(&text);
            assert_eq!(
                labels.first().map(String::as_str),
                Some(event),
                "{labels:?}"
            );
        }
    }

    #[test]
    fn a_vague_head_without_its_matter_ranks_low() {
        for (label, vague) in [
            ("Korvan's determination", true),
            ("strong showing", true),
            ("White House action", true),
            ("radiation levels", false),
            ("competition concerns", false),
            ("decision on the merger", false),
            ("data leak", false),
        ] {
            assert_eq!(super::vague_label(label), vague, "{label}");
        }
        let text = "Regulator fines Korvan over data leak\n\nThe national data regulator fined \
                    the phone maker Korvan 40 million euros on Tuesday over a data leak that \
                    exposed the records of two million customers. Korvan said the data leak \
                    was the work of an outside contractor. Korvan's stubborn determination to \
                    fight every ruling has angered the regulator, and Korvan's determination \
                    was on show again as lawyers said the company would appeal. Korvan's \
                    determination may cost it more: a parliamentary committee will question \
                    the chief executive next month.";
        let labels = issue_labels(text);
        assert!(
            labels.iter().take(3).any(|l| l.contains("data leak")),
            "{labels:?}"
        );
        assert!(
            !labels.iter().take(3).any(|l| l.contains("determination")),
            "{labels:?}"
        );
    }

    #[test]
    fn a_name_that_modifies_a_noun_is_no_complement() {
        let l = issue_labels(
            "Police link rifle to clinic attacks\n\nPolice said the suspect is wanted for \
             sniper attacks on Canadian abortion providers. The sniper attacks on Canadian \
             abortion providers began in 1994, police said, and the inquiry goes on.",
        );
        assert!(!l.iter().any(|x| x.ends_with("on Canadian")), "{l:?}");
        assert!(l.iter().any(|x| x.contains("sniper attacks")), "{l:?}");
    }

    #[test]
    fn a_label_in_another_script_or_in_look_alike_letters_is_none() {
        assert!(super::latin_letters("Zürich's rent dispute"));
        assert!(super::latin_letters("Łódź tram strike"));
        assert!(!super::latin_letters(
            "\u{0410}dv\u{0435}rtis\u{0435} with th\u{0435}"
        ));
        let l = issue_labels(
            "Council debates rents\n\nThe council debated the rent dispute on Monday. \
             \u{0410}dv\u{0435}rtis\u{0435} with th\u{0435} \u{0441}ity guid\u{0435} \
             and \u{0441}all us today. The rent dispute goes to a vote in May, and \
             \u{0441}ity guid\u{0435} \u{0430}dv\u{0435}rts \u{0440}ay.",
        );
        assert!(l.iter().all(|x| super::latin_letters(x)), "{l:?}");
        assert!(l.iter().any(|x| x == "rent dispute"), "{l:?}");
    }

    #[test]
    fn disputes_become_short_issue_labels_with_evidence() {
        let text = "Ethiopia and Egypt held talks in Cairo on Monday. \
                                        Egypt accused Ethiopia of waging a water war on Sudan, and both sides \
                    rejected a new sharing proposal amid tensions over the Nile.";
        let article = Article {
            text: text.to_owned(),
            ..Article::default()
        };
        let f = crate::extract::extract(&article, "2024-05-02".parse().ok());
        assert!(
            f.issues
                .iter()
                .any(|i| i.label.to_lowercase().contains("war")),
            "{:?}",
            f.issues.iter().map(|i| &i.label).collect::<Vec<_>>()
        );
        for i in &f.issues {
            assert!(i.label.split_whitespace().count() <= 6, "{}", i.label);
            assert!(!i.evidence.is_empty());
        }
        // The two parties frame the story; they are not issues themselves.
        assert!(
            !f.issues
                .iter()
                .any(|i| i.label == "Ethiopia" || i.label == "Egypt")
        );
    }

    #[test]
    fn risks_fallout_and_a_departure_are_issues() {
        let labels = issue_labels(
            "Radioactive mushrooms still found in Bavarian forests\n\nTwenty-five years after \
             the Chernobyl disaster, mushrooms in Bavarian forests still carry caesium above \
             the legal limit, the state's environment office said on Wednesday. The office \
             said the fallout from Chernobyl would linger in forest soils for decades and that \
             eating more than a few hundred grams of the mushrooms a week posed a health risk \
             to children. Foragers sell the mushrooms at weekend markets in Passau and \
             Regensburg, where stalls display wicker baskets of golden chanterelles beside \
             jars of heather honey. Hunters are paid compensation for wild boar meat that fails \
             the test, and the office warned of a similar health risk from venison. The office \
             plans more tests in the autumn.",
        );
        assert!(
            labels.iter().take(6).any(|l| l == "health risk"),
            "{labels:?}"
        );
        // The chief's departure and her exit are one matter.
        let labels = issue_labels(
            "Ferrow chief executive Ana Lund to step down\n\nFerrow chief executive Ana Lund \
             will step down in June, the software maker said on Monday, ending a six-year \
             tenure marked by two failed takeover bids and a sharp fall in the share price. \
             Lund's departure follows months of pressure from investors, who blamed her for \
             the company's slow move into cloud services. The board said a search for a \
             successor had begun and that finance chief Raj Oke would run the company in the \
             meantime. Ferrow's shares rose 4 percent. Analysts said Lund's exit leaves the \
             company exposed to a renewed bid from rival Calder, whose offer was rejected in \
             March.",
        );
        assert!(
            labels.iter().take(2).any(|l| l == "Lund's departure"),
            "{labels:?}"
        );
        assert!(!labels.iter().any(|l| l.contains("exit")), "{labels:?}");
    }

    #[test]
    fn a_heart_attack_is_no_attack_in_a_dispute() {
        let labels = issue_labels(
            "Study links emissions trading to pollution hotspots\n\nPollution trading in the \
             valley has led to toxic hotspots near poor neighbourhoods, a new study says. The \
             researchers found that plants in those neighbourhoods bought permits rather than \
             cut their emissions, and the concern is that the trading programme widened the \
             pollution gap. When released into the air, sulphur dioxide forms fine soot that \
             is linked to breathing problems, heart attacks and early deaths, the study says. \
             Regulators said they would review the trading programme this year. Environmental \
             groups want the hotspots closed before the programme is extended to carbon \
             dioxide.",
        );
        assert!(
            labels.iter().take(2).any(|l| l.contains("hotspots")),
            "{labels:?}"
        );
        assert!(
            !labels.iter().take(6).any(|l| l.contains("heart attack")),
            "{labels:?}"
        );
    }

    #[test]
    fn what_people_wear_ranks_below_what_they_plan() {
        let labels = issue_labels(
            "Singer Tomas Vell marries actress Lia Corra in a civil ceremony\n\nSinger Tomas \
             Vell and actress Lia Corra were married on Thursday in a civil ceremony at the \
             city registry, where a crowd of fans waited for hours to see the couple. Corra \
             wore a lilac chiffon dress with silver high heels and carried purple orchids; \
             Vell wore a sharp gray suit. The couple plan a second wedding in Lisbon in June, \
             with 300 guests, and a religious ceremony is still under discussion with both \
             families. Vell, who won a Grammy last year, has postponed his European concert \
             tour until the autumn. Corra's agent said the actress would return to filming \
             her television drama after the wedding.",
        );
        let at = |s: &str| labels.iter().position(|l| l.contains(s));
        assert!(at("dress") > at("concert tour"), "{labels:?}");
        assert!(
            !labels.iter().take(6).any(|l| l.contains("dress")),
            "{labels:?}"
        );
    }

    #[test]
    fn friends_in_a_quoted_tweet_are_people_not_a_matter() {
        let labels = issue_labels(
            "Harbor Lions' Dez Munro suspended one game after shoving incident\n\nHarbor \
             Lions forward Dez Munro was suspended for one game on Friday for shoving a \
             referee during Thursday's win over the Rivertown Rams, and the league fined him \
             $15,000. Munro apologised in a phone interview. Earlier in the day he had mocked \
             the Rams on Twitter: \"Me & the Bayside homies laid out the blueprint,\" his \
             tweet said. Coach Al Brenner said the suspension was deserved and that Munro must \
             control his temper before the playoffs. The Rams' coach called the shove a \
             disgrace and asked the league to review the fine. Munro will miss Saturday's game \
             against the Pelicans, and the Lions are already without two injured starters.",
        );
        let at = |s: &str| labels.iter().position(|l| l.contains(s));
        assert!(at("homies") > at("injured starters"), "{labels:?}");
    }

    #[test]
    fn the_body_a_quoted_person_works_for_is_no_issue() {
        let labels = issue_labels(
            "Governor Lane leads rivals in new poll\n\nGovernor Mara Lane leads both of her \
             likely rivals for the Senate seat, a new poll shows, despite the state's budget \
             deficit and a row over school closures. \"That's pretty good for a governor in \
             her first term,\" said Peter Woolley, director of the university's PublicMind \
             poll. The telephone poll of 800 registered voters found Lane ahead by 9 points. \
             Dan Orr, a spokesman for the party's state branch, said the budget deficit would \
             decide the race. Lane has promised to close the deficit without tax increases.",
        );
        assert!(
            !labels
                .iter()
                .take(6)
                .any(|l| l.contains("branch") || l.contains("PublicMind")),
            "{labels:?}"
        );
        assert!(
            labels.iter().take(2).any(|l| l.contains("budget deficit")),
            "{labels:?}"
        );
    }

    #[test]
    fn the_headline_s_issue_comes_up_from_below_the_card() {
        let doc = crate::extract::text::tokenize(
            "Defense rests in former agent's perjury case\n\nThe defense rested on Friday.",
        );
        let fact = |label: &str| {
            (
                Vec::new(),
                crate::model::IssueFact {
                    label: label.to_owned(),
                    evidence: String::new(),
                    salience: 0.5,
                    mentions: Vec::new(),
                },
                0.5,
            )
        };
        let mut kept: Vec<_> = [
            "El Paso hearings",
            "immigration fraud",
            "political asylum",
            "bloody drug war",
            "Bay of Pigs invasion",
            "intelligence service",
            "Cuba bombings",
            "agent's perjury case",
        ]
        .into_iter()
        .map(fact)
        .collect();
        super::headline_first(&doc, &mut kept);
        assert_eq!(
            kept.first().map(|k| k.1.label.as_str()),
            Some("agent's perjury case")
        );
        // A word of the headline that names no issue stays where it ranks.
        let mut kept: Vec<_> = ["a", "b", "c", "d", "e", "f", "former agent"]
            .into_iter()
            .map(fact)
            .collect();
        super::headline_first(&doc, &mut kept);
        assert_eq!(kept.first().map(|k| k.1.label.as_str()), Some("a"));
    }

    #[test]
    fn a_compound_that_names_a_thing_ranks_as_a_thing() {
        // A "bathing suit" is one thing, though no garment's noun ends it.
        let labels = issue_labels(
            "Photographer Henri Lavaux gets his first New York show\n\nThe photographs of \
             Henri Lavaux are the subject of a delightful exhibition at the Carrow Gallery, \
             his first in New York. Lavaux never got the credit he deserved, the gallery's \
             director said, and the show sets out to change that. He pulls his images out of \
             boxes, like the girl in the polka-dot bathing suit on a Cannes beach in 1953. \
             The exhibition also shows his colour images, restored from negatives found last \
             year; the colour images are the first anyone has seen. Critics have long \
             debated the unpaid royalties owed to his estate, and the gallery plans a book of \
             his work. His heirs are still in a dispute over the rights to his negatives.",
        );
        let at = |s: &str| labels.iter().position(|l| l.contains(s));
        assert!(at("bathing suit") > at("colour images"), "{labels:?}");
    }

    #[test]
    fn a_title_before_a_person_s_name_is_a_role_not_an_issue() {
        let labels = issue_labels(
            "Michelle Pfeiffer joins cast of Burton's gothic remake\n\nMichelle Pfeiffer is \
             in talks to play Collins matriarch Elizabeth Collins Stoddard in Tim Burton's \
             remake of the gothic soap, the studio said on Friday. The casting news follows \
             weeks of speculation about the role. Young Aussie actor Gulliver McGrath will \
             play her nephew, and veteran character actor Jackie Earle Haley joins as the \
             caretaker. Filming starts in May in London, and the studio has set a release \
             date in 2012, a year later than planned after delays over the script.",
        );
        assert!(
            !labels
                .iter()
                .any(|l| l.contains("matriarch") || l.contains("actor")),
            "{labels:?}"
        );
        assert!(
            labels.iter().any(|l| l.contains("speculation")),
            "{labels:?}"
        );
    }
}
