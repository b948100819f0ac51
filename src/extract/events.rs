//! The event of a date: a short briefing phrase from the date's own clause ("Blinken meets
//! Qin Gang"): its main verb in the present tense with its subject and object, the time
//! expression dropped, pronouns and relative pronouns replaced by their antecedent. When the
//! clause does not say who did what at that date ("the first to visit since 2018", "talks go
//! on until Friday", a clause with no named subject), the date has no event: none beats a
//! wrong one on a briefing.
//!
//! Every phrase reads a bounded window of tokens around its date, so the cost per date is
//! constant; the per-document context ([`Context`]) is built in one linear pass.

use std::borrow::Cow;

use super::lexicon::LEX;
use super::text::{Doc, TokKind};
use crate::model::{WhoFact, WhoKind};

/// Tokens read on either side of a date.
const WINDOW: usize = 45;
/// Longest phrase, in words.
const MAX_WORDS: usize = 8;

/// What the phrase builder knows about the document: which tokens name which actor, and
/// which person a "he" or "she" most likely means.
pub struct Context<'d, 'a> {
    doc: &'d Doc<'a>,
    /// Tokens inside a time expression.
    masked: &'d [bool],
    /// Per token, the actor whose mention covers it.
    actor: Vec<Option<u32>>,
    /// Per actor: full name, short name, is a person.
    names: Vec<(String, String, bool)>,
    /// Per sentence, the first person named in it and the token where.
    first_person: Vec<Option<(usize, u32)>>,
    /// Per sentence, the last sentence-leading person named before it.
    person_before: Vec<Option<u32>>,
}

impl<'d, 'a> Context<'d, 'a> {
    /// Index the actors' mentions over the tokens (one pass over tokens and mentions).
    #[must_use]
    pub fn new(doc: &'d Doc<'a>, masked: &'d [bool], who: &[WhoFact]) -> Self {
        let mut actor: Vec<Option<u32>> = vec![None; doc.tokens.len()];
        let mut names = Vec::with_capacity(who.len());
        // Every mention sorted by start, then one sweep over the tokens: linear in the
        // article, with no per-mention search.
        let mut spans: Vec<(usize, usize, u32)> = Vec::new();
        for (wi, w) in who.iter().enumerate() {
            let Ok(id) = u32::try_from(wi) else { break };
            spans.extend(w.mentions.iter().map(|m| (m.start, m.end, id)));
        }
        spans.sort_unstable();
        let mut k = 0usize;
        for &(start, end, id) in &spans {
            while doc.tokens.get(k).is_some_and(|t| t.start < start) {
                k += 1;
            }
            let mut j = k;
            while let Some(t) = doc.tokens.get(j) {
                if t.end > end {
                    break;
                }
                if let Some(slot) = actor.get_mut(j) {
                    *slot = Some(id);
                }
                j += 1;
            }
        }
        for w in who {
            let person = w.kind == WhoKind::Person;
            let short = if person {
                // The first mentions show every form the article uses; reading all of
                // them would cost a scan per mention of a name repeated thousands of times.
                w.mentions
                    .iter()
                    .take(64)
                    .map(|m| m.text.as_str())
                    .chain(w.aliases.iter().map(String::as_str))
                    .filter(|s| !s.contains(' ') && w.name.contains(*s))
                    .min_by_key(|s| s.len())
                    // The last word alone, unless it is what ends a company's name ("Delmar
                    // Foods" taken for a person is not "Foods").
                    .or_else(|| {
                        w.name
                            .split(' ')
                            .next_back()
                            .filter(|l| !LEX.is_org_word(&l.to_lowercase()))
                    })
                    .unwrap_or(&w.name)
                    .to_owned()
            } else {
                w.name.clone()
            };
            names.push((w.name.clone(), short, person));
        }
        let mut first_person = vec![None; doc.sentences.len()];
        for (k, a) in actor.iter().enumerate() {
            let Some(id) = a else { continue };
            let is_person = names.get(*id as usize).is_some_and(|n| n.2);
            let Some(t) = doc.tokens.get(k) else { continue };
            if let Some(slot) = first_person.get_mut(t.sent)
                && slot.is_none()
                && is_person
            {
                *slot = Some((k, *id));
            }
        }
        let mut person_before = Vec::with_capacity(first_person.len());
        let mut last = None;
        for fp in &first_person {
            person_before.push(last);
            if let Some((_, id)) = fp {
                last = Some(*id);
            }
        }
        Self {
            doc,
            masked,
            actor,
            names,
            first_person,
            person_before,
        }
    }

    fn w(&self, k: usize) -> &str {
        self.doc.tok(k)
    }

    fn l(&self, k: usize) -> &'d str {
        self.doc.low(k)
    }

    fn is_word(&self, k: usize) -> bool {
        self.doc
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Word)
    }

    fn cap(&self, k: usize) -> bool {
        self.doc.tokens.get(k).is_some_and(|t| t.cap)
    }

    /// Whether token `k` stands apart, with a space on both sides (a dash, not a hyphen).
    fn spaced(&self, k: usize) -> bool {
        let t = &self.doc.tokens;
        t.get(k).is_some_and(|x| x.space_before) && t.get(k + 1).is_none_or(|x| x.space_before)
    }

    fn masked(&self, k: usize) -> bool {
        self.masked.get(k).copied().unwrap_or(false)
    }

    fn actor(&self, k: usize) -> Option<u32> {
        self.actor.get(k).copied().flatten()
    }

    fn full(&self, id: u32) -> Option<&str> {
        self.names.get(id as usize).map(|n| n.0.as_str())
    }

    fn short(&self, id: u32) -> Option<&str> {
        self.names.get(id as usize).map(|n| n.1.as_str())
    }

    /// The person a "he"/"she"/"his" at token `k` most likely means: the first person named
    /// earlier in its sentence, else the leading person of the sentences before.
    #[must_use]
    pub fn person_for_pronoun(&self, k: usize) -> Option<u32> {
        let s = self.doc.tokens.get(k)?.sent;
        match self.first_person.get(s).copied().flatten() {
            Some((at, id)) if at < k => Some(id),
            _ => self.person_before.get(s).copied().flatten(),
        }
    }

    /// The full name of actor `id`.
    #[must_use]
    pub fn name_of(&self, id: u32) -> Option<&str> {
        self.full(id)
    }

    /// The actor named at token `k`, if any.
    #[must_use]
    pub fn actor_at(&self, k: usize) -> Option<u32> {
        self.actor(k)
    }
}

// ---------------------------------------------------------------------------------------
// Word classes

/// An auxiliary or a modal ("is", "has", "will", "did").
pub(super) fn is_aux(l: &str) -> bool {
    matches!(
        l,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "do"
            | "does"
            | "did"
            | "'ll"
    )
}

/// An auxiliary with its negation fused on ("didn't" -> "did", "won't" -> "will", "can’t"
/// -> "can"), else the word itself.
fn plain_aux(l: &str) -> &str {
    let Some(stem) = l.strip_suffix("n't").or_else(|| l.strip_suffix("n’t")) else {
        return l;
    };
    let stem = match stem {
        "wo" => "will",
        "ca" => "can",
        "sha" => "shall",
        other => other,
    };
    if is_aux(stem) { stem } else { l }
}

/// A word that negates the verb after it ("not", "never", "didn't").
fn negates(l: &str) -> bool {
    matches!(l, "not" | "n't" | "never") || l.ends_with("n't") || l.ends_with("n’t")
}

/// A form of "to be".
pub(super) fn is_be(l: &str) -> bool {
    matches!(
        l,
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am"
    )
}

/// A modal verb ("will", "could", "must").
pub(super) fn is_modal(l: &str) -> bool {
    matches!(
        l,
        "will" | "would" | "shall" | "should" | "can" | "could" | "may" | "might" | "must"
    )
}

fn is_adverb(l: &str) -> bool {
    (l.len() > 4 && l.ends_with("ly") && !matches!(l, "only" | "early" | "family" | "italy"))
        || matches!(
            l,
            "also"
                | "already"
                | "still"
                | "then"
                | "now"
                | "first"
                | "just"
                | "again"
                | "soon"
                | "later"
                | "never"
                | "not"
                | "n't"
                | "yet"
                | "even"
                | "once"
                | "ever"
                | "further"
                | "jointly"
        )
}

fn is_determiner(l: &str) -> bool {
    matches!(
        l,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "some"
            | "any"
            | "each"
            | "every"
            | "no"
    )
}

fn is_preposition(l: &str) -> bool {
    matches!(
        l,
        "in" | "on"
            | "at"
            | "to"
            | "for"
            | "with"
            | "from"
            | "by"
            | "of"
            | "about"
            | "into"
            | "over"
            | "under"
            | "between"
            | "against"
            | "during"
            | "through"
            | "across"
            | "toward"
            | "towards"
            | "near"
            | "around"
            | "amid"
            | "without"
            | "within"
            | "outside"
            | "inside"
            | "behind"
            | "beyond"
            | "per"
            | "via"
            | "despite"
            | "like"
            | "than"
            | "including"
    )
}

/// Words that open a phrase or a clause a subject never starts inside: "after the rig
/// exploded", "until Cassini entered orbit", "above the February highs".
fn opens_a_phrase(l: &str) -> bool {
    matches!(
        l,
        "after"
            | "before"
            | "since"
            | "until"
            | "till"
            | "once"
            | "above"
            | "below"
            | "upon"
            | "among"
            | "along"
            | "beside"
            | "unlike"
            | "whilst"
    )
}

/// A preposition whose object is never the subject of the verb after it ("shares of
/// Acme rose"): not "than", "like", "to", "including" ("more than 200 people died"), and
/// not a word that opens a clause ("after the rig exploded").
fn heads_a_phrase_object(l: &str) -> bool {
    (is_preposition(l) && !matches!(l, "to" | "than" | "like" | "including" | "per" | "via"))
        || matches!(
            l,
            "above" | "below" | "upon" | "among" | "along" | "beside" | "unlike"
        )
}

/// A word before "of" that is not the head of what follows: a quantity ("most of the
/// victims died": the victims did) or part of a compound preposition ("instead of").
fn of_keeps_its_object(l: &str) -> bool {
    matches!(
        l,
        "all"
            | "many"
            | "some"
            | "most"
            | "none"
            | "each"
            | "both"
            | "any"
            | "several"
            | "few"
            | "one"
            | "two"
            | "three"
            | "part"
            | "percent"
            | "cent"
            | "half"
            | "third"
            | "quarter"
            | "majority"
            | "minority"
            | "lot"
            | "lots"
            | "thousands"
            | "hundreds"
            | "millions"
            | "dozens"
            | "rest"
            | "handful"
            | "couple"
    )
}

/// A word that makes "of" part of a compound preposition ("instead of", "because of").
fn compound_of(l: &str) -> bool {
    matches!(
        l,
        "instead"
            | "because"
            | "regardless"
            | "ahead"
            | "spite"
            | "behalf"
            | "front"
            | "terms"
            | "out"
    )
}

/// Words that open a clause of their own.
fn is_subordinator(l: &str) -> bool {
    matches!(
        l,
        "which"
            | "who"
            | "whom"
            | "whose"
            | "where"
            | "when"
            | "while"
            | "although"
            | "though"
            | "because"
            | "if"
            | "unless"
            | "whether"
            | "whereas"
    )
}

fn is_pronoun_subject(l: &str) -> bool {
    matches!(l, "he" | "she" | "it" | "they" | "we" | "i" | "you")
}

/// A subject a briefing cannot print: a pronoun, an object pronoun ("them all sits"), a
/// possessive without its noun ("Apple’s involve"), or words opening on a preposition
/// ("after the disaster carries").
fn unusable_subject(text: &str) -> bool {
    if text.is_empty() {
        return true;
    }
    let lower = text.to_lowercase();
    let first = lower.split(' ').next().unwrap_or_default();
    // Case tells "us" from "US".
    let written = text.split(' ').next().unwrap_or_default();
    is_pronoun_subject(&lower)
        || matches!(written, "them" | "him" | "her" | "us" | "me" | "’s" | "'s")
        || is_preposition(first)
        || opens_a_phrase(first)
        || is_subordinator(first)
        || lower.ends_with("'s")
        || lower.ends_with("’s")
        || says_no_one(first, !lower.contains(' '))
        // "sure I'll": a fused pronoun anywhere.
        || lower.split(' ').skip(1).any(|w| says_no_one(w, false) && w.contains(['\'', '’']))
}

/// A first word that names no actor: "there" and "here" that only point at what follows
/// ("there are more cases"), a question word ("what day is…"), a pronoun fused with its
/// verb ("we’ll", "I’ve", "don’t", "it’s"), the reader's "your", a "not" from a gerund
/// ("not taking one helps"), or a bare demonstrative ("those drags us back"). `alone` says
/// the subject is that one word.
fn says_no_one(first: &str, alone: bool) -> bool {
    if matches!(
        first,
        "there" | "here" | "what" | "why" | "how" | "your" | "not" | "whatever" | "whoever"
    ) || (alone && matches!(first, "those" | "this" | "these" | "that" | "one"))
    {
        return true;
    }
    let Some((stem, tail)) = first.split_once(['\'', '’']) else {
        return false;
    };
    matches!(tail, "ll" | "ve" | "re" | "d" | "m" | "t")
        || (tail == "s"
            && matches!(
                stem,
                "it" | "that" | "there" | "here" | "what" | "who" | "he" | "she" | "let"
            ))
}

/// Verbs that take a following "to" + verb as their real event ("plans to meet").
fn is_semi_modal(base: &str) -> bool {
    matches!(
        base,
        "plan"
            | "hope"
            | "want"
            | "intend"
            | "aim"
            | "seek"
            | "expect"
            | "try"
            | "vow"
            | "promise"
            | "threaten"
            | "agree"
            | "refuse"
            | "decide"
            | "need"
            | "continue"
            | "schedule"
            | "set"
            | "go"
            | "prepare"
            | "attempt"
            | "begin"
            | "start"
            | "wish"
            | "pledge"
            | "offer"
            | "be"
    )
}

/// Irregular verb forms → base form.
fn irregular(l: &str) -> Option<&'static str> {
    Some(match l {
        "is" | "are" | "was" | "were" | "been" | "am" | "be" => "be",
        "has" | "had" | "have" => "have",
        "did" | "done" | "does" => "do",
        "went" | "gone" | "goes" => "go",
        "said" | "says" => "say",
        "made" => "make",
        "took" | "taken" => "take",
        "came" => "come",
        "saw" | "seen" => "see",
        "knew" | "known" => "know",
        "got" | "gotten" => "get",
        "gave" | "given" => "give",
        "found" => "find",
        "thought" => "think",
        "told" => "tell",
        "became" => "become",
        "left" => "leave",
        "felt" => "feel",
        "brought" => "bring",
        "began" | "begun" => "begin",
        "kept" => "keep",
        "held" => "hold",
        "wrote" | "written" => "write",
        "stood" => "stand",
        "heard" => "hear",
        "meant" => "mean",
        "met" => "meet",
        "ran" => "run",
        "paid" => "pay",
        "sat" => "sit",
        "spoke" | "spoken" => "speak",
        "led" => "lead",
        "grew" | "grown" => "grow",
        "lost" => "lose",
        "fell" | "fallen" => "fall",
        "sent" => "send",
        "built" => "build",
        "understood" => "understand",
        "drew" | "drawn" => "draw",
        "broke" | "broken" => "break",
        "spent" => "spend",
        "rose" | "risen" => "rise",
        "drove" | "driven" => "drive",
        "bought" => "buy",
        "chose" | "chosen" => "choose",
        "sought" => "seek",
        "threw" | "thrown" => "throw",
        "caught" => "catch",
        "dealt" => "deal",
        "won" => "win",
        "fought" => "fight",
        "taught" => "teach",
        "sold" => "sell",
        "shot" => "shoot",
        "flew" | "flown" => "fly",
        "struck" => "strike",
        "froze" | "frozen" => "freeze",
        "stole" | "stolen" => "steal",
        "swore" | "sworn" => "swear",
        "tore" | "torn" => "tear",
        "woke" | "woken" => "wake",
        "withdrew" | "withdrawn" => "withdraw",
        "undertook" | "undertaken" => "undertake",
        "laid" => "lay",
        "lent" => "lend",
        "hung" => "hang",
        "shook" | "shaken" => "shake",
        "rode" | "ridden" => "ride",
        "sank" | "sunk" => "sink",
        "ate" | "eaten" => "eat",
        "fled" => "flee",
        "fed" => "feed",
        "forgot" | "forgotten" => "forget",
        "hid" | "hidden" => "hide",
        "arose" | "arisen" => "arise",
        "overtook" | "overtaken" => "overtake",
        "oversaw" | "overseen" => "oversee",
        "sped" => "speed",
        "upheld" => "uphold",
        "overthrew" | "overthrown" => "overthrow",
        "forbade" | "forbidden" => "forbid",
        "bid" => "bid",
        "put" => "put",
        "set" => "set",
        "cut" => "cut",
        "hit" => "hit",
        "let" => "let",
        "quit" => "quit",
        "shut" => "shut",
        "spread" => "spread",
        "cast" => "cast",
        "forecast" => "forecast",
        "beat" | "beaten" => "beat",
        "read" => "read",
        "bit" => "bite",
        "blew" => "blow",
        "bore" => "bear",
        "clung" => "cling",
        "crept" => "creep",
        "drank" => "drink",
        "flung" => "fling",
        "misled" => "mislead",
        "overcame" => "overcome",
        "overran" => "overrun",
        "rebuilt" => "rebuild",
        "rewrote" => "rewrite",
        "rang" => "ring",
        "sang" => "sing",
        "shrank" => "shrink",
        "slept" => "sleep",
        "slid" => "slide",
        "sprang" => "spring",
        "strode" => "stride",
        "stuck" => "stick",
        "swam" => "swim",
        "swept" => "sweep",
        "swung" => "swing",
        "wept" => "weep",
        "wore" => "wear",
        "slew" => "slay",
        "strove" => "strive",
        "stung" => "sting",
        "spun" => "spin",
        _ => return None,
    })
}

/// Whether `l` is the simple past of an irregular verb ("met", "spoke"): not a present form,
/// not a participle only ("taken", "gone"), and not a spelling that is also a common noun or
/// adjective ("left", "found", "saw").
pub(super) fn is_irregular_past(l: &str) -> bool {
    let participle = l.ends_with("en")
        || l.ends_with("wn")
        || l.ends_with("rn")
        || matches!(l, "done" | "gone" | "begun" | "sunk");
    irregular(l).is_some_and(|base| base != l)
        && !participle
        && !ambiguous_irregular(l)
        && !matches!(
            l,
            "is" | "are" | "am" | "has" | "does" | "goes" | "says" | "saw"
        )
}

/// Irregular past forms whose spelling is also a common noun or adjective: verbs only
/// after a subject or an auxiliary.
fn ambiguous_irregular(l: &str) -> bool {
    matches!(
        l,
        "left" | "set" | "cut" | "put" | "hit" | "let" | "read" | "shot" | "bid" | "cast" | "found"
    )
}

fn word_ok(s: &str) -> bool {
    s.len() >= 3 && LEX.is_word(s)
}

/// The base form of a regular verb form: "-ed", "-ing" or "-s" taken off as the word list
/// allows ("carried" → "carry", "taking" → "take", "ships" → "ship"); the word itself
/// otherwise (a base, or an irregular form).
pub(super) fn base_form(l: &str) -> Cow<'_, str> {
    lemma_ed(l)
        .or_else(|| lemma_ing(l))
        .or_else(|| lemma_s(l))
        .unwrap_or(Cow::Borrowed(l))
}

/// The base form of a regular past or participle ("announced" → "announce").
fn lemma_ed(l: &str) -> Option<Cow<'_, str>> {
    let stem = l.strip_suffix("ed")?;
    if stem.len() < 2 {
        return None;
    }
    if let Some(y) = stem.strip_suffix('i')
        && y.len() >= 2
        && let Some(c) = respelled(y, "y")
    {
        return Some(c);
    }
    let bytes = stem.as_bytes();
    let doubled = bytes.len() >= 2
        && bytes.last() == bytes.get(bytes.len() - 2)
        && !matches!(bytes.last(), Some(b'l' | b's' | b'z' | b'f'));
    if doubled {
        let single = stem.get(..stem.len() - 1).unwrap_or(stem);
        if word_ok(single) {
            return Some(Cow::Borrowed(single));
        }
    }
    if let Some(c) = respelled(stem, "e") {
        return Some(c);
    }
    if word_ok(stem) {
        return Some(Cow::Borrowed(stem));
    }
    british(stem, "e")
}

/// A British spelling the word list (American) lacks, kept as written when its American
/// form is a word: "criticis"+"e" for "criticize", "analys"+"e", "honour", "travell"+"ed".
fn british(stem: &str, end: &str) -> Option<Cow<'static, str>> {
    let b = stem.as_bytes();
    let n = b.len();
    let mut buf = [0u8; 48];
    let american: &[u8] = if n >= 4 && (stem.ends_with("is") || stem.ends_with("ys")) {
        // "criticis" + "e" → "criticize".
        let slot = buf.get_mut(..n + end.len())?;
        let (head, tail) = slot.split_at_mut(n);
        head.copy_from_slice(b);
        if let Some(last) = head.last_mut() {
            *last = b'z';
        }
        tail.copy_from_slice(end.as_bytes());
        slot
    } else if n >= 5 && stem.ends_with("our") {
        // "honour" → "honor" (the end belongs to the "e"-less stems only).
        let slot = buf.get_mut(..n - 1)?;
        let (head, tail) = slot.split_at_mut(n - 2);
        head.copy_from_slice(b.get(..n - 2)?);
        tail.copy_from_slice(b"r");
        return std::str::from_utf8(slot)
            .ok()
            .filter(|c| word_ok(c))
            .map(|_| Cow::Owned(stem.to_owned()));
    } else if n >= 5 && stem.ends_with("ll") {
        // "travell" (from "travelled") → "travel", which is also the British base.
        let single = stem.get(..n - 1)?;
        return word_ok(single).then(|| Cow::Owned(single.to_owned()));
    } else {
        return None;
    };
    let candidate = std::str::from_utf8(american).ok()?;
    word_ok(candidate).then(|| {
        let mut s = String::with_capacity(n + end.len());
        s.push_str(stem);
        s.push_str(end);
        Cow::Owned(s)
    })
}

/// `stem` + `end` when that is a word, spelled out only then: the candidate is put
/// together on the stack for the look-up.
fn respelled(stem: &str, end: &str) -> Option<Cow<'static, str>> {
    let mut buf = [0u8; 48];
    let n = stem.len() + end.len();
    let slot = buf.get_mut(..n)?;
    let (head, tail) = slot.split_at_mut(stem.len());
    head.copy_from_slice(stem.as_bytes());
    tail.copy_from_slice(end.as_bytes());
    let candidate = std::str::from_utf8(slot).ok()?;
    word_ok(candidate).then(|| Cow::Owned(candidate.to_owned()))
}

/// The base form of a present participle ("heading" → "head", "making" → "make").
fn lemma_ing(l: &str) -> Option<Cow<'_, str>> {
    let stem = l.strip_suffix("ing")?;
    if stem.len() < 2 {
        return None;
    }
    let bytes = stem.as_bytes();
    let doubled = bytes.len() >= 2 && bytes.last() == bytes.get(bytes.len() - 2);
    if doubled {
        let single = stem.get(..stem.len() - 1).unwrap_or(stem);
        if word_ok(single) && !matches!(bytes.last(), Some(b'l' | b's')) {
            return Some(Cow::Borrowed(single));
        }
    }
    // "riding", "noting", "staring": a one-syllable stem ending consonant-vowel-consonant
    // would have doubled its consonant ("ridding"), so the verb ends in "e".
    if one_syllable_cvc(stem)
        && let Some(e) = respelled(stem, "e")
    {
        return Some(e);
    }
    if word_ok(stem) {
        return Some(Cow::Borrowed(stem));
    }
    respelled(stem, "e").or_else(|| british(stem, "e"))
}

/// A stem of one syllable that ends consonant, single vowel, consonant ("rid", "not"),
/// not on "w", "x" or "y", which never double ("fixing", "snowing").
fn one_syllable_cvc(stem: &str) -> bool {
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let b = stem.as_bytes();
    let [.., c1, v, c2] = b else {
        return false;
    };
    let groups = b
        .iter()
        .zip(std::iter::once(&b'_').chain(b.iter()))
        .filter(|&(&c, &before)| vowel(c) && !vowel(before))
        .count();
    groups == 1 && !vowel(*c1) && vowel(*v) && !vowel(*c2) && !matches!(c2, b'w' | b'x' | b'y')
}

/// The base form of a third-person present ("plans" → "plan", "goes" → "go").
fn lemma_s(l: &str) -> Option<Cow<'_, str>> {
    if l.ends_with("ss") || l.ends_with("us") || l.ends_with("is") || l.len() < 4 {
        return None;
    }
    if let Some(st) = l.strip_suffix("ies")
        && let Some(c) = respelled(st, "y")
    {
        return Some(c);
    }
    if let Some(st) = l.strip_suffix("es")
        && (st.ends_with("sh") || st.ends_with("ch") || st.ends_with('x') || st.ends_with('o'))
        && word_ok(st)
    {
        return Some(Cow::Borrowed(st));
    }
    let st = l.strip_suffix('s')?;
    if word_ok(st) {
        return Some(Cow::Borrowed(st));
    }
    // "criticises": the "e" is already there.
    st.strip_suffix('e')
        .and_then(|stem| british(stem, "e"))
        .or_else(|| british(st, ""))
}

/// The third-person singular present of a base form.
fn third_person(base: &str) -> String {
    match base {
        "be" => return "is".to_owned(),
        "have" => return "has".to_owned(),
        "do" => return "does".to_owned(),
        "go" => return "goes".to_owned(),
        _ => {}
    }
    let b = base.as_bytes();
    let n = b.len();
    if base.ends_with('y')
        && n >= 2
        && !matches!(b.get(n - 2), Some(b'a' | b'e' | b'i' | b'o' | b'u'))
    {
        return format!("{}ies", base.get(..n - 1).unwrap_or(base));
    }
    if base.ends_with('s')
        || base.ends_with("sh")
        || base.ends_with("ch")
        || base.ends_with('x')
        || base.ends_with('z')
        || base.ends_with('o')
    {
        return format!("{base}es");
    }
    format!("{base}s")
}

/// A verb form at a token.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Form {
    /// Finite past or participle ("met", "announced").
    Past,
    /// Base form ("meet" after "will" or "to").
    Base,
    /// Present participle ("heading").
    Ing,
    /// Third-person present ("plans").
    ThirdPerson,
}

/// A verb read at a token: its base form (borrowed from the text when the text spells it)
/// and the form it has there.
struct Verb<'d> {
    base: Cow<'d, str>,
    form: Form,
}

// ---------------------------------------------------------------------------------------
// Clauses

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SegKind {
    /// Starts the sentence or follows hard punctuation.
    Plain,
    /// A relative clause ("which will begin"): its subject is the noun before it.
    Relative,
    /// A verb phrase joined by "and"/"but": its subject is the previous clause's.
    Coordinate,
    /// The rest of a clause after an embedded relative clause.
    Resume,
    /// A subordinate or complement clause ("that…", "when…").
    Subordinate,
}

#[derive(Debug, Clone, Copy)]
struct Seg {
    a: usize,
    b: usize,
    kind: SegKind,
}

fn hard_break(w: &str) -> bool {
    matches!(
        w,
        ";" | ":" | "“" | "”" | "\"" | "(" | ")" | "—" | "–" | "." | "?" | "!" | "[" | "]"
    )
}

impl<'d> Context<'d, '_> {
    /// The verb at token `k`, read from its form and its left neighbour (`lo` is where
    /// the clause starts).
    fn verb_at(&self, k: usize, lo: usize) -> Option<Verb<'d>> {
        if !self.is_word(k) || self.cap(k) || self.masked(k) {
            return None;
        }
        let l = self.l(k);
        let prev = if k > lo { plain_aux(self.l(k - 1)) } else { "" };
        let prev2 = if k > lo + 1 {
            plain_aux(self.l(k - 2))
        } else {
            ""
        };
        let after_aux = is_aux(prev) || (is_adverb(prev) && is_aux(prev2));
        // The auxiliary itself, past a "not" or an adverb ("did not attend").
        let aux = if is_adverb(prev) { prev2 } else { prev };
        let after_to = prev == "to" || (is_adverb(prev) && prev2 == "to");
        if is_determiner(prev) || prev.ends_with("'s") || prev.ends_with("’s") {
            return None;
        }
        // "little-known", "Los Angeles-based": part of an adjective.
        if prev == "-" && self.doc.tokens.get(k).is_some_and(|t| !t.space_before) {
            return None;
        }
        if let Some(base) = irregular(l) {
            if ambiguous_irregular(l) && !(after_aux || self.subjectish(k, lo)) {
                return None;
            }
            let form = if matches!(l, "is" | "has" | "does" | "goes" | "says") {
                Form::ThirdPerson
            } else if matches!(l, "be" | "have" | "do") {
                Form::Base
            } else {
                Form::Past
            };
            return Some(Verb {
                base: Cow::Borrowed(base),
                form,
            });
        }
        if after_to || (after_aux && is_modal(aux)) || matches!(aux, "did" | "does" | "do") {
            // "accessible to researchers": a plural noun, not a verb after "to".
            let plural_noun = l.ends_with('s') && !l.ends_with("ss") && !l.ends_with("us");
            // "must self-isolate": the first half of a compound.
            let compound = self.w(k + 1) == "-" && !self.spaced(k + 1);
            if word_ok(l)
                && !is_determiner(l)
                && !is_preposition(l)
                && !is_adverb(l)
                && !plural_noun
                && !compound
            {
                return Some(Verb {
                    base: Cow::Borrowed(l),
                    form: Form::Base,
                });
            }
            return None;
        }
        if l.ends_with("ing") {
            let be_before = is_be(prev) || (is_adverb(prev) && is_be(prev2));
            return be_before.then(|| lemma_ing(l)).flatten().map(|base| Verb {
                base,
                form: Form::Ing,
            });
        }
        if l.ends_with("ed") {
            if is_preposition(prev) && !after_aux {
                return None;
            }
            // "more relaxed": part of an adjective.
            if matches!(
                prev,
                "more" | "most" | "less" | "least" | "very" | "so" | "too"
            ) {
                return None;
            }
            // "requirements proposed by the agency", "tests conducted by Acme": a participle
            // after its noun, no finite verb.
            let next = self.l(k + 1);
            let agent_next = next == "by" && (self.cap(k + 2) || is_determiner(self.l(k + 2)));
            if agent_next && !after_aux && !self.strong_subject_before(k, lo) {
                return None;
            }
            return lemma_ed(l).map(|base| Verb {
                base,
                form: Form::Past,
            });
        }
        if l.ends_with('s')
            && self.l(k + 1) == "to"
            && lemma_s(l).is_some_and(|b| is_semi_modal(&b))
        {
            return lemma_s(l).map(|base| Verb {
                base,
                form: Form::ThirdPerson,
            });
        }
        if l.ends_with('s') && self.strong_subject_before(k, lo) {
            let next = self.l(k + 1);
            let looks_finite = next == "to"
                || next == "that"
                || is_determiner(next)
                || self.cap(k + 1)
                || is_preposition(next);
            if looks_finite {
                return lemma_s(l).map(|base| Verb {
                    base,
                    form: Form::ThirdPerson,
                });
            }
        }
        None
    }

    /// Whether the token before `k` is a name or a subject pronoun.
    fn strong_subject_before(&self, k: usize, lo: usize) -> bool {
        // "before Dudley magistrates": a name after a preposition is its object.
        let object =
            k >= lo + 2 && (heads_a_phrase_object(self.l(k - 2)) || opens_a_phrase(self.l(k - 2)));
        k > lo
            && (self.actor(k - 1).is_some()
                || matches!(self.l(k - 1), "he" | "she" | "it")
                || self.cap(k - 1) && !self.doc.sentence_initial(k - 1))
            && !(object && self.actor(k - 1).is_none())
    }

    /// Whether the token before `k` can end a subject (a name, a pronoun, a noun).
    fn subjectish(&self, k: usize, lo: usize) -> bool {
        if k <= lo {
            return false;
        }
        let p = k - 1;
        let pl = self.l(p);
        self.actor(p).is_some()
            || is_pronoun_subject(pl)
            || (self.is_word(p)
                && !is_preposition(pl)
                && !is_determiner(pl)
                && !is_aux(pl)
                && !matches!(pl, "and" | "or" | "but" | "to" | "not")
                && !pl.ends_with("ly"))
            || self.w(p) == ","
    }

    /// A spaced dash that sets off the rest of the sentence ("won three Cups - 1999, 2003
    /// and 2007"), not one of a pair around an aside ("this issue - among others - with").
    fn lone_dash(&self, k: usize, lo: usize, hi: usize) -> bool {
        let dash = |j: usize| self.w(j) == "-" && self.spaced(j);
        dash(k)
            && !(k + 1..(k + 9).min(hi)).any(dash)
            && !(k.saturating_sub(8).max(lo)..k).any(dash)
    }

    /// Split `lo..hi` into clauses.
    fn segments(&self, lo: usize, hi: usize) -> Vec<Seg> {
        let mut segs: Vec<Seg> = Vec::new();
        let mut start = lo;
        let mut kind = SegKind::Plain;
        let mut in_relative = false;
        let mut k = lo;
        while k < hi {
            let w = self.w(k);
            let l = self.l(k);
            let mut cut: Option<(usize, SegKind)> = None;
            if hard_break(w) || self.lone_dash(k, lo, hi) {
                segs.push(Seg {
                    a: start,
                    b: k,
                    kind,
                });
                start = k + 1;
                kind = SegKind::Plain;
                in_relative = false;
                k += 1;
                continue;
            }
            if w == "," && in_relative {
                cut = Some((k + 1, SegKind::Resume));
                in_relative = false;
            } else if is_subordinator(l) && k > start && !self.masked(k + 1) {
                let rel = matches!(l, "which" | "who" | "whom" | "whose");
                let kind = if rel {
                    SegKind::Relative
                } else {
                    SegKind::Subordinate
                };
                cut = Some((k, kind));
                in_relative = rel && self.w(k - 1) == ",";
            } else if l == "that"
                && k > start
                && (self.verb_at(k - 1, start).is_some() || self.masked(k - 1))
            {
                cut = Some((k, SegKind::Subordinate));
            } else if matches!(l, "and" | "but")
                && k > start
                && (is_aux(self.l(k + 1))
                    || self
                        .verb_at(k + 1, k + 1)
                        .is_some_and(|v| v.form == Form::Past))
            {
                cut = Some((k, SegKind::Coordinate));
            } else if matches!(l, "since" | "after" | "before" | "until" | "as")
                && k > start
                && !self.masked(k + 1)
                && (self.actor(k + 1).is_some()
                    || is_pronoun_subject(self.l(k + 1))
                    || (self.l(k + 1) == "the"
                        && (k + 2..(k + 6).min(hi))
                            .any(|j| self.verb_at(j, k + 1).is_some_and(|v| v.form == Form::Past))))
            {
                cut = Some((k, SegKind::Subordinate));
            }
            if let Some((at, nk)) = cut {
                if at > start {
                    segs.push(Seg {
                        a: start,
                        b: at.min(k),
                        kind,
                    });
                }
                start = at;
                kind = nk;
            }
            k += 1;
        }
        segs.push(Seg {
            a: start,
            b: hi,
            kind,
        });
        segs.retain(|s| s.b >= s.a);
        segs
    }

    /// The verb group whose head is at `h`: its first token (auxiliaries, "to", semi-modals
    /// such as "plans to").
    fn group_start(&self, h: usize, lo: usize) -> usize {
        let mut g = h;
        while g > lo {
            let p = g - 1;
            let pl = self.l(p);
            if is_aux(plain_aux(pl)) || is_adverb(pl) || pl == "to" {
                g = p;
                continue;
            }
            // "plans to meet", "is expected to visit": the semi-modal goes with the verb.
            if self.l(g) == "to"
                && self
                    .verb_at(p, lo)
                    .or_else(|| self.verb_at(p, p))
                    .is_some_and(|v| is_semi_modal(&v.base))
            {
                g = p;
                continue;
            }
            break;
        }
        // Adverbs before the group belong to the clause, not to the subject.
        while g < h && is_adverb(self.l(g)) && !is_aux(plain_aux(self.l(g))) && !negates(self.l(g))
        {
            g += 1;
        }
        g
    }

    /// The subject noun phrase ending right before token `end`, rendered.
    fn subject_before(&self, end: usize, lo: usize, depth: u8) -> Option<Subject> {
        let mut e = end;
        while e > lo && is_adverb(self.l(e - 1)) {
            e -= 1;
        }
        // A date between the subject and its verb ("A jury on Friday convicted", "Google this
        // week agreed"): the subject stands before it.
        if e > lo && self.masked(e - 1) {
            while e > lo && self.masked(e - 1) {
                e -= 1;
            }
            if e > lo && is_time_preposition(self.l(e - 1)) {
                e -= 1;
            }
        }
        if e <= lo {
            return None;
        }
        // An appositive name ("the top diplomat, Wang Yi, met…"), or a name with an
        // appositive after it ("Hermes, the French maker of bags, said…").
        if self.w(e - 1) == "," && e >= lo + 2 {
            if let Some(id) = self.actor(e - 2) {
                return Some(Subject::actor(self, id));
            }
            // The comma that opens the aside follows the name; inner commas ("her
            // daughter, Ana, 7,") do not.
            let named = (lo + 1..e - 1)
                .rev()
                .take(25)
                .filter(|&k| self.w(k) == ",")
                .find_map(|c| self.actor(c - 1));
            if let Some(id) = named {
                return Some(Subject::actor(self, id));
            }
            // A subject stands before a longer aside: no event rather than one borrowed
            // from another clause.
            return (depth == 0).then(Subject::blocked);
        }
        let last = e - 1;
        let ll = self.l(last);
        if is_pronoun_subject(ll) {
            if matches!(ll, "he" | "she") {
                return self
                    .person_for_pronoun(last)
                    .map(|id| Subject::actor(self, id));
            }
            return Some(Subject {
                text: self.w(last).to_owned(),
                plural: matches!(ll, "they" | "we" | "i" | "you"),
            });
        }
        if let Some(id) = self.actor(last) {
            let mut f = last;
            while f > lo && self.actor(f - 1) == Some(id) {
                f -= 1;
            }
            // "Shares of Acme rose", "talks with Acme broke down": the name is the object
            // of a preposition, not the subject. A relative pronoun (depth 2) may point at
            // it ("the bill for Acme, which paid").
            if depth >= 2 || !(f > lo && heads_a_phrase_object(self.l(f - 1))) {
                return Some(Subject::actor(self, id));
            }
        }
        let mut s = last + 1;
        while s > lo && last + 1 - s < 6 {
            let p = s - 1;
            let pl = self.l(p);
            let t = self.doc.tokens.get(p);
            let ok = t.is_some_and(|t| {
                matches!(
                    t.kind,
                    TokKind::Word | TokKind::Possessive | TokKind::Number
                )
            }) || (self.w(p) == "-" && !self.spaced(p));
            // "Shares of Acme": the phrase goes on before "of", unless "of" follows a
            // quantity ("most of the victims") or ends a compound ("instead of").
            let of_inside = pl == "of"
                && depth < 2
                && p > lo
                && p < last
                && self.is_word(p - 1)
                && !self.quantity(p - 1)
                && !compound_of(self.l(p - 1));
            if !ok
                || (is_preposition(pl) && !of_inside)
                || opens_a_phrase(pl)
                || is_aux(pl)
                || is_subordinator(pl)
                || matches!(pl, "and" | "or" | "but" | "that" | "to" | "as" | "than")
                || self.verb_at(p, lo).is_some()
                || self.masked(p)
            {
                break;
            }
            s = p;
        }
        if s > last {
            return None;
        }
        // "Nurses at three hospitals will strike", "Talk about the film has swirled": the
        // head before a prepositional phrase; "the plan approved by voters emerged": the
        // head before its participle. A phrase after any other preposition is no subject
        // ("in the winter heat plants use up water").
        // "about 65 people", "over 300 fans": a rough number, not a preposition.
        let rough_number = self
            .doc
            .tokens
            .get(s)
            .is_some_and(|t| t.kind == TokKind::Number)
            && s > lo
            && matches!(
                self.l(s - 1),
                "about" | "around" | "over" | "under" | "near"
            );
        if s > lo && heads_a_phrase_object(self.l(s - 1)) && depth < 2 && !rough_number {
            let prep = self.l(s - 1);
            let before = s.checked_sub(2).filter(|&k| k >= lo);
            // "most of the victims died": the victims did; "none of the strikers scored":
            // nobody did, which no phrase of the object says.
            if prep == "of" && before.is_some_and(|p| self.quantity(p)) {
                if before.is_some_and(|p| matches!(self.l(p), "none" | "neither" | "no")) {
                    return Some(Subject::blocked());
                }
                return self.np_subject(s, last);
            }
            if prep == "by"
                && depth < 2
                && let Some(p) = before.filter(|&p| self.l(p).ends_with("ed"))
            {
                return self.subject_before(p, lo, depth + 1);
            }
            let head_before = before.is_some_and(|p| {
                self.is_word(p)
                    && !self.cap(s - 1)
                    && self.verb_at(p, lo).is_none()
                    && !is_preposition(self.l(p))
                    && !is_determiner(self.l(p))
                    && !opens_a_phrase(self.l(p))
            });
            if head_before
                && prep != "by"
                && depth < 2
                && !(prep == "of" && before.is_some_and(|p| compound_of(self.l(p))))
            {
                return self.subject_before(s - 1, lo, depth + 1);
            }
            // A subject is there, only not one to print: no event, and no subject
            // borrowed from another clause either.
            return Some(Subject::blocked());
        }
        self.np_subject(s, last)
    }

    /// A quantity before "of" ("most", "15 percent", "two", "thousands").
    fn quantity(&self, k: usize) -> bool {
        of_keeps_its_object(self.l(k))
            || self
                .doc
                .tokens
                .get(k)
                .is_some_and(|t| t.kind == TokKind::Number)
            || matches!(
                self.l(k),
                "none" | "neither" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
            )
    }

    /// The subject over tokens `s..=last`, rendered, with its number.
    fn np_subject(&self, s: usize, last: usize) -> Option<Subject> {
        let text = self.render_np(s, last + 1);
        if text.is_empty() {
            return None;
        }
        let demonym_group =
            s + 1 == last && self.l(s) == "the" && LEX.demonym(self.w(last)).is_some();
        // "Members of Congress": the head before "of" is the number.
        let head = (s..last).find(|&k| self.l(k + 1) == "of").unwrap_or(last);
        let hl = self.l(head);
        let plural = demonym_group
            || matches!(hl, "people" | "police")
            || hl.ends_with('s')
                && !hl.ends_with("ss")
                && !hl.ends_with("us")
                && (!self.cap(head) || self.doc.sentence_initial(head))
                && self.actor(head).is_none();
        Some(Subject { text, plural })
    }

    /// A noun phrase as the card shows it: articles dropped, possessive pronouns resolved,
    /// a named actor by its full name with the titles before it dropped.
    fn render_np(&self, a: usize, b: usize) -> String {
        let mut words: Vec<String> = Vec::new();
        let mut k = a;
        while k < b {
            let l = self.l(k);
            if let Some(id) = self.actor(k) {
                // Titles written before the name ("Foreign Minister Qin Gang") drop out.
                while words
                    .last()
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                    && !words
                        .last()
                        .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
                {
                    words.pop();
                }
                while k < b && self.actor(k) == Some(id) {
                    k += 1;
                }
                let possessive = matches!(self.w(k), "’s" | "'s") && k < b;
                let name = self.full(id).unwrap_or_default();
                let modifier = k < b && !possessive && self.is_word(k);
                if modifier {
                    words.push(self.short(id).unwrap_or(name).to_owned());
                } else if possessive {
                    // "Moody's" is already written with its possessive.
                    let short = self.short(id).unwrap_or(name);
                    if short.ends_with("'s") || short.ends_with("’s") {
                        words.push(short.to_owned());
                    } else {
                        words.push(format!("{short}{}", self.w(k)));
                    }
                    k += 1;
                } else {
                    words.push(name.to_owned());
                }
                continue;
            }
            if words.is_empty() && matches!(l, "the" | "a" | "an") {
                k += 1;
                continue;
            }
            if matches!(l, "his" | "her") && k + 1 < b {
                if let Some(id) = self.person_for_pronoun(k) {
                    words.push(format!("{}’s", self.short(id).unwrap_or_default()));
                }
                k += 1;
                continue;
            }
            if matches!(l, "its" | "their") && k + 1 < b {
                k += 1;
                continue;
            }
            if is_adverb(l) && l != "not" {
                k += 1;
                continue;
            }
            let w = self.w(k);
            if self.doc.tokens.get(k).is_some_and(|t| !t.space_before)
                && k > a
                && let Some(last) = words.last_mut()
            {
                last.push_str(w);
                k += 1;
                continue;
            }
            words.push(w.to_owned());
            k += 1;
        }
        words.join(" ")
    }
}

struct Subject {
    text: String,
    plural: bool,
}

impl Subject {
    /// A subject the clause has but a briefing cannot print: it blocks borrowing one.
    fn blocked() -> Self {
        Self {
            text: String::new(),
            plural: false,
        }
    }

    fn actor(ctx: &Context<'_, '_>, id: u32) -> Self {
        Self {
            text: ctx.short(id).unwrap_or_default().to_owned(),
            plural: false,
        }
    }
}

/// What happens at the time expression over tokens `a..b`: "Blinken meets Qin Gang".
#[must_use]
pub fn phrase(ctx: &Context<'_, '_>, a: usize, b: usize) -> Option<String> {
    let doc = ctx.doc;
    let sent = doc.sentences.get(doc.tokens.get(a)?.sent)?;
    // "the first to visit since 2018", "talks go on until Friday", "shares fell after
    // Tuesday's vote", "rents doubled between 2009 and 2014": the clause tells what held or
    // happened around that date, not what happened then; no event rather than a guess.
    if bounds_the_clause(ctx, a, b, sent.tok_start) || modifies_a_noun(ctx, a, b, sent.tok_start) {
        return None;
    }
    let lo = sent.tok_start.max(a.saturating_sub(WINDOW));
    let hi = sent.tok_end.min(b + WINDOW);
    let segs = ctx.segments(lo, hi);
    let si = segs.iter().position(|s| s.a <= a && a < s.b.max(s.a + 1))?;
    let seg = *segs.get(si)?;
    // The verb nearest before the date in its clause, else the first one after it.
    let head = (seg.a..a)
        .rev()
        .find(|&k| ctx.verb_at(k, seg.a).is_some() && !is_linking_aux(ctx, k, seg.b))
        .or_else(|| {
            (b..seg.b).find(|&k| ctx.verb_at(k, seg.a).is_some() && !is_linking_aux(ctx, k, seg.b))
        })?;
    // Another date of the clause right at its verb is the verb's date ("A jury on Friday
    // convicted two men of kidnapping a trader two years ago": the conviction is Friday's).
    let dist = |k: usize| k.abs_diff(head);
    let own = dist(a).min(dist(b.saturating_sub(1)));
    let coordinated = |k: usize| {
        let (x, y) = if k < a { (k + 1, a) } else { (b, k) };
        (x..y).all(|j| ctx.masked(j) || matches!(ctx.l(j), "and" | "or" | "," | "on" | "at"))
    };
    // Only a date written right before the verb group or right after the verb binds it; a
    // vague adverb ("recently") or a date inside a noun phrase ("the 2010 budget") does not.
    let binds = |k: usize| {
        ctx.masked(k)
            && !(a..b).contains(&k)
            && (k + 2 >= head && k < head || k == head + 1)
            && !matches!(
                ctx.l(k),
                "recently" | "now" | "currently" | "lately" | "soon" | "previously" | "already"
            )
            && !coordinated(k)
    };
    let bound_elsewhere = own > 5 && (seg.a..seg.b).any(binds);
    if bound_elsewhere || in_a_participle_phrase(ctx, head, a) {
        return None;
    }
    let verb = ctx.verb_at(head, seg.a)?;
    let g = ctx.group_start(head, seg.a);
    if is_reporting(&verb.base) && !reports_at(ctx, g, head, a, b) {
        return None;
    }
    let group: Vec<&str> = (g..head).map(|k| ctx.l(k)).collect();
    let passive =
        verb.form == Form::Past && group.iter().any(|w| is_be(plain_aux(w))) && verb.base != "be";
    // "may attend", "could close", "can’t play": a possibility is not what happened.
    if group
        .iter()
        .any(|w| matches!(plain_aux(w), "may" | "might" | "could" | "can" | "should"))
    {
        return None;
    }
    let negated = group.iter().any(|w| negates(w));
    // "did not do much to cement": a negation right before the group denies the event.
    if !negated
        && (g.saturating_sub(4).max(seg.a)..g)
            .rev()
            .take_while(|&k| ctx.w(k) != ",")
            .any(|k| negates(ctx.l(k)))
    {
        return None;
    }
    let never = group.contains(&"never");
    // A clause that names no one ("is expected to take part", "it published") does not say
    // who did what then.
    let subject = clause_subject(ctx, &segs, si, g, 0).filter(|s| !unusable_subject(&s.text))?;
    // The object: what follows the verb, up to the clause's next break.
    let (mut object, adverb) = object_after(ctx, head + 1, seg.b, a, b);
    if verb.base == "meet" && object.first().is_some_and(|w| w == "with") {
        object.remove(0);
    }
    let mut out: Vec<String> = Vec::new();
    let plural = subject.plural;
    out.extend(subject.text.split(' ').map(str::to_owned));
    if let Some(adv) = adverb {
        out.push(adv);
    }
    let word = |base: &str| {
        if plural {
            if base == "be" {
                "are".to_owned()
            } else {
                base.to_owned()
            }
        } else {
            third_person(base)
        }
    };
    if passive {
        if negated {
            out.push(if never { "never" } else { "not" }.to_owned());
        }
        out.push(ctx.w(head).to_owned());
    } else if never {
        out.push("never".to_owned());
        out.push(word(&verb.base));
    } else if negated && verb.base == "be" {
        out.push(word("be"));
        out.push("not".to_owned());
    } else if negated {
        out.push(if plural { "do not" } else { "does not" }.to_owned());
        out.push(verb.base.clone().into_owned());
    } else {
        out.push(word(&verb.base));
    }
    let room = MAX_WORDS.saturating_sub(out.iter().map(|w| w.split(' ').count()).sum());
    // "Buble won his Grammy": the subject's own "his" says nothing a reader lacks ("Buble
    // wins Grammy", not "Buble wins Buble’s Grammy").
    let own = [format!("{}’s", subject.text), format!("{}'s", subject.text)];
    // Words borrowed from the object until the cut: only the kept ones are copied.
    let mut obj_words: Vec<&str> = object
        .iter()
        .flat_map(|w| w.split(' '))
        .filter(|w| !own.iter().any(|o| o == w))
        .collect();
    obj_words.truncate(room);
    while obj_words
        .last()
        .is_some_and(|w| is_function_word(&w.to_lowercase()))
    {
        obj_words.pop();
    }
    out.extend(obj_words.into_iter().map(str::to_owned));
    let s = out.join(" ");
    printable(&s).then_some(s)
}

/// A verb that reports speech ("said", "told"); not "added", which adds jobs as often as
/// words.
fn is_reporting(base: &str) -> bool {
    matches!(base, "say" | "tell" | "explain" | "insist" | "note")
}

/// Whether the date over `a..b` dates the reporting verb of its clause (group `g..=head`)
/// rather than what is reported: written right after the verb and its object ("said on
/// Friday", "told reporters in Paris today"), right before it ("police on Saturday
/// said"), or fronted ("On Monday, Lund told…"). "Rents rose over the past year, Lund
/// said" and "Lund said she is now working…" date the report's content: no event.
fn reports_at(ctx: &Context<'_, '_>, g: usize, head: usize, a: usize, b: usize) -> bool {
    if a > head {
        let mut words = 0;
        for k in head + 1..a {
            let l = ctx.l(k);
            let t = ctx.doc.tokens.get(k);
            let joiner = t.is_some_and(|t| t.kind == TokKind::Possessive)
                || (l == "-" && !ctx.spaced(k))
                // "told the editors, on May 3".
                || (l == "," && (ctx.masked(k + 1) || is_time_preposition(ctx.l(k + 1))));
            if ctx.masked(k)
                || ctx.actor(k).is_some()
                || is_preposition(l)
                || is_determiner(l)
                || joiner
            {
                continue;
            }
            let word = t.is_some_and(|t| matches!(t.kind, TokKind::Word | TokKind::Number));
            if !word || is_pronoun_subject(l) || l == "that" || ctx.verb_at(k, head + 1).is_some() {
                return false;
            }
            words += 1;
        }
        return words <= 4;
    }
    // Before the verb: a comma between them sets the date in the reported words, unless
    // the date opens the sentence.
    let comma = (b..g).any(|k| ctx.w(k) == ",");
    if !comma {
        return true;
    }
    let start = ctx
        .doc
        .tokens
        .get(a)
        .and_then(|t| ctx.doc.sentences.get(t.sent))
        .map_or(0, |s| s.tok_start);
    (start..a).all(|k| {
        let l = ctx.l(k);
        is_time_preposition(l) || is_determiner(l) || !ctx.is_word(k) && !ctx.w(k).ends_with(')')
    })
}

/// Whether the date at `a` sits in a participle phrase set off after the verb at `head`
/// ("dropped the charges, one involving a murder in 1988", "took the team to six finals,
/// including a run in 1992"): it dates what the participle tells, not the verb.
fn in_a_participle_phrase(ctx: &Context<'_, '_>, head: usize, a: usize) -> bool {
    let Some(comma) = (head + 1..a).rev().find(|&k| ctx.w(k) == ",") else {
        return false;
    };
    (comma + 1..(comma + 3).min(a)).any(|k| {
        let l = ctx.l(k);
        l.len() > 5
            && l.ends_with("ing")
            && l != "during"
            && !ctx.cap(k)
            && ctx.verb_at(k, k).is_none()
    })
}

/// Whether a built phrase reads as an event: two words at least, opening on a word that
/// can start a clause ("-year-old man …", "before magistrates", "since the change" cannot)
/// and not stopping on an auxiliary ("induction ceremony is").
fn printable(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    words.len() >= 2
        && first.chars().next().is_some_and(char::is_alphanumeric)
        && !is_preposition(&first)
        && !is_subordinator(&first)
        && !is_aux(&last)
}

/// Whether the date over `a..b` is the object of a preposition that puts the clause's verb
/// at another time: "since", "until", "through", "before", "after", "from" ("rose 5% from a
/// year earlier"), "prior to", "ahead of",
/// or an end of a period ("between 2009 and 2014", "from May to July"). `lo` is where the
/// sentence starts.
fn bounds_the_clause(ctx: &Context<'_, '_>, a: usize, b: usize, lo: usize) -> bool {
    let before = |k: usize| if k > lo { ctx.l(k - 1) } else { "" };
    let mut p = a;
    // "since at least 2012", "until as late as May".
    if before(p) == "least" && before(p - 1) == "at" {
        p -= 2;
    }
    let prep = before(p);
    let two = if p > lo { before(p - 1) } else { "" };
    if matches!(
        prep,
        "since" | "until" | "till" | "til" | "through" | "thru" | "before" | "after" | "from"
    ) || (prep == "to" && two == "prior")
        || (prep == "of" && two == "ahead")
    {
        return true;
    }
    // The first end of a period: "between 2009 and …", "from January 2019 to …".
    if matches!(prep, "between" | "from")
        && matches!(ctx.l(b), "and" | "to" | "until" | "through" | "-" | "–")
        && ctx.masked(b + 1)
    {
        return true;
    }
    // The second end: the date before the joining word began after "between" or "from".
    if matches!(prep, "and" | "to" | "until" | "through" | "-" | "–") && p >= lo + 2 {
        let mut k = p - 1;
        if !ctx.masked(k - 1) {
            return false;
        }
        while k > lo && ctx.masked(k - 1) {
            k -= 1;
        }
        // "the three months to December", "the year to March": a period's end.
        return matches!(before(k), "between" | "from") || prep == "to";
    }
    false
}

/// Whether the date over `a..b` only modifies the noun after it ("the 2010 budget deficit",
/// "deadly 1997 bombings", "after the Jan. 20 announcement"): it dates that thing, not what
/// the clause tells.
fn modifies_a_noun(ctx: &Context<'_, '_>, a: usize, b: usize, lo: usize) -> bool {
    if inside_a_noun_phrase(ctx, a, b, lo) {
        return true;
    }
    // "Godard’s 1960 film", "the 2015 Paris Agreement": after a determiner or a
    // possessive the date opens a noun phrase, whatever the case of the noun.
    let possessive_before = a > lo
        && ctx
            .doc
            .tokens
            .get(a - 1)
            .is_some_and(|t| t.kind == TokKind::Possessive);
    let opens_np = possessive_before || (a > lo && is_determiner(ctx.l(a - 1)));
    if a <= lo
        || !ctx.is_word(b)
        || (ctx.cap(b) && !opens_np)
        || !(ctx.is_word(a - 1) || possessive_before)
    {
        return false;
    }
    let plain = |k: usize| {
        let l = ctx.l(k);
        !is_preposition(l)
            && !is_function_word(l)
            && !is_subordinator(l)
            && !is_pronoun_subject(l)
            && !is_aux(l)
            && !is_adverb(l)
            && !is_time_preposition(l)
            && !matches!(
                l,
                "and" | "or" | "but" | "that" | "to" | "not" | "ago" | "later"
            )
            && ctx.verb_at(k, k).is_none()
    };
    let prev = ctx.l(a - 1);
    let before_ok =
        is_determiner(prev) || (!ctx.cap(a - 1) && plain(a - 1) && !prev.ends_with("ed"));
    // "released a study Friday saying": a participle after the date is the clause's own
    // ("the 1976 bombing" is a noun).
    let participle = ctx.l(b).ends_with("ing") && !is_determiner(prev);
    before_ok && plain(b) && !participle && !ctx.masked(b)
}

/// Whether the date over `a..b` is part of a noun phrase rather than the clause's time:
/// a possessive ("Monday’s meeting", "today’s graduates"), an adjective ("current demand",
/// "monthly rent", "a two-hour special", "the now-inevitable change", "2021-2027"), what
/// a noun is "of" ("the crash of 2008", "the pain of the past"), or a span that is itself
/// the head ("decades of work"). "As of May", "the end of May", "the first week of May"
/// still date the clause.
fn inside_a_noun_phrase(ctx: &Context<'_, '_>, a: usize, b: usize, lo: usize) -> bool {
    let tok = |k: usize| ctx.doc.tokens.get(k);
    if tok(b).is_some_and(|t| t.kind == TokKind::Possessive) {
        return true;
    }
    // Joined by a hyphen to the next word ("now-inevitable"), or a year to the end of a
    // span of years ("2021-2027"); "April 25-26" keeps its event.
    let joined = ctx.w(b) == "-"
        && tok(b).is_some_and(|t| !t.space_before)
        && tok(b + 1).is_some_and(|t| !t.space_before);
    let year = b == a + 1 && tok(a).is_some_and(|t| t.kind == TokKind::Number);
    if joined && (ctx.is_word(b + 1) || year) {
        return true;
    }
    let last = ctx.l(b.saturating_sub(1));
    let adjective = (b == a + 1
        && matches!(
            last,
            "current"
                | "monthly"
                | "weekly"
                | "daily"
                | "yearly"
                | "annual"
                | "quarterly"
                | "hourly"
                | "nightly"
        ))
        || (b >= a + 3 && ctx.w(b - 2) == "-" && is_time_unit(last));
    let next = ctx.l(b);
    if adjective
        && ctx.is_word(b)
        && !is_function_word(next)
        && !is_aux(next)
        && !is_adverb(next)
        && !is_subordinator(next)
        && ctx.verb_at(b, b).is_none()
    {
        return true;
    }
    if a >= lo + 2 && ctx.l(a - 1) == "of" && !ctx.masked(a - 2) {
        let head = ctx.l(a - 2);
        if head != "as" && !is_time_unit(head.trim_end_matches('s')) && !is_time_part(head) {
            return true;
        }
    }
    // "decades of work", "two weeks of unrest": a length heads the phrase; "died on
    // Friday of a stroke" and "the first week of May" do not.
    next == "of"
        && last.ends_with('s')
        && is_time_unit(last.trim_end_matches('s'))
        && !ctx.masked(b + 1)
        && !(is_determiner(ctx.l(b + 1)) && ctx.masked(b + 2))
}

/// A unit of time in the singular ("hour", "week"): a TimeML unit, or a night, season or
/// term.
pub(super) fn is_time_unit(l: &str) -> bool {
    matches!(l, "night" | "season" | "term")
        || !l.ends_with('s') && !l.starts_with("yr") && super::dates::unit_of(l).is_some()
}

/// A word naming a part of a period or a named period, before "of" ("the end of", "the
/// early hours of", "January of that year").
fn is_time_part(l: &str) -> bool {
    super::dates::season_of(l).is_some()
        || matches!(
            l,
            "beginning"
                | "period"
                | "span"
                | "start"
                | "end"
                | "middle"
                | "course"
                | "half"
                | "part"
                | "rest"
                | "remainder"
                | "morning"
                | "afternoon"
                | "evening"
                | "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
        )
}

/// The subject of the verb group starting at `g`: the phrase before it, the matrix
/// subject of an infinitive ("travel to London to attend" → the traveller), or the
/// antecedent of a relative or joined clause.
fn clause_subject(
    ctx: &Context<'_, '_>,
    segs: &[Seg],
    si: usize,
    g: usize,
    depth: u8,
) -> Option<Subject> {
    let seg = segs.get(si)?;
    if ctx.l(g) == "to" && depth < 3 {
        let matrix = (seg.a..g)
            .rev()
            .find(|&k| ctx.verb_at(k, seg.a).is_some() && !is_linking_aux(ctx, k, seg.b));
        return match matrix {
            Some(h) => clause_subject(ctx, segs, si, ctx.group_start(h, seg.a), depth + 1),
            // "Prosecutors plan to call": a plain present the verb reader does not take.
            None if g > seg.a && is_semi_modal(ctx.l(g - 1)) => ctx
                .subject_before(g - 1, seg.a, 0)
                .or_else(|| inherited_subject(ctx, segs, si)),
            None => inherited_subject(ctx, segs, si),
        };
    }
    ctx.subject_before(g, seg.a, 0)
        .or_else(|| inherited_subject(ctx, segs, si))
}

/// An auxiliary followed by its own verb is not the head.
fn is_linking_aux(ctx: &Context<'_, '_>, k: usize, end: usize) -> bool {
    let l = plain_aux(ctx.l(k));
    if !is_aux(l) {
        return false;
    }
    (k + 1..(k + 4).min(end)).any(|j| {
        let lj = ctx.l(j);
        !is_adverb(lj) && (ctx.verb_at(j, k).is_some() || lj == "to" && is_be(l))
    }) || is_modal(l)
}

fn is_function_word(l: &str) -> bool {
    is_preposition(l)
        || is_determiner(l)
        || matches!(
            l,
            "and" | "or" | "but" | "as" | "so" | "than" | "it" | "they" | "he" | "she" | "well"
        )
}

/// The subject a clause without one takes over: a relative clause the noun before it, a
/// joined or resumed clause the subject of the clause before.
fn inherited_subject(ctx: &Context<'_, '_>, segs: &[Seg], si: usize) -> Option<Subject> {
    let seg = segs.get(si)?;
    match seg.kind {
        SegKind::Relative => {
            let mut e = seg.a;
            while e > 0 && ctx.w(e - 1) == "," {
                e -= 1;
            }
            let prev = segs.get(si.checked_sub(1)?)?;
            // Depth 2: a relative pronoun points at the nearest noun ("complications in
            // US-China relations, which have declined" → relations).
            ctx.subject_before(e, prev.a, 2).map(|s| {
                // "his trip, which will begin" → "trip begins".
                let owned = (prev.a..e)
                    .rev()
                    .take(4)
                    .any(|k| matches!(ctx.l(k), "his" | "her" | "its" | "their"));
                let text = if !owned {
                    s.text.clone()
                } else {
                    s.text.rsplit(' ').next().unwrap_or_default().to_owned()
                };
                Subject {
                    text,
                    plural: s.plural,
                }
            })
        }
        SegKind::Resume => {
            // "Blinken, who …, plans to": the subject stands before the relative clause.
            let rel = (0..si)
                .rev()
                .find(|&j| segs.get(j).is_some_and(|s| s.kind == SegKind::Relative))?;
            let rel_seg = segs.get(rel)?;
            let before = segs.get(rel.checked_sub(1)?)?;
            let mut e = rel_seg.a;
            while e > before.a && ctx.w(e - 1) == "," {
                e -= 1;
            }
            ctx.subject_before(e, before.a, 1)
        }
        SegKind::Coordinate | SegKind::Plain | SegKind::Subordinate => {
            // The nearest clause before with a subject of its own.
            for j in (0..=si).rev() {
                let s = segs.get(j)?;
                if j < si && s.kind == SegKind::Relative && seg.kind == SegKind::Resume {
                    continue;
                }
                let first_verb = (s.a..s.b).find(|&k| {
                    ctx.verb_at(k, s.a).is_some() && !matches!(ctx.l(k.wrapping_sub(1)), "to")
                });
                if let Some(h) = first_verb {
                    let g = ctx.group_start(h, s.a);
                    if let Some(sub) = ctx.subject_before(g, s.a, 1) {
                        return Some(sub);
                    }
                    if s.kind == SegKind::Relative && j < si {
                        return inherited_subject(ctx, segs, j);
                    }
                }
                if j < si && s.kind == SegKind::Relative {
                    return inherited_subject(ctx, segs, j);
                }
                if j == si && seg.kind == SegKind::Resume {
                    // Skip the relative clause and read the subject before it.
                    continue;
                }
            }
            None
        }
    }
}

/// The object and complements after a verb: words up to the next break, the date and the
/// preposition before it left out. Returns the words and an adverb that moves before the
/// verb ("and possibly Xi on Monday" → "possibly meets Xi").
fn object_after(
    ctx: &Context<'_, '_>,
    from: usize,
    end: usize,
    a: usize,
    b: usize,
) -> (Vec<String>, Option<String>) {
    let mut words: Vec<(usize, usize)> = Vec::new(); // token ranges to render
    let mut preps = 0usize;
    let mut k = from;
    let mut reached_date = false;
    while k < end {
        let l = ctx.l(k);
        let w = ctx.w(k);
        if ctx.masked(k) || (k + 1 == a && is_time_preposition(l)) {
            if (a..b).contains(&k) || k + 1 == a {
                reached_date = true;
            }
            if !words.is_empty() && k >= a {
                break;
            }
            k += 1;
            continue;
        }
        if (k + 1 < end && ctx.masked(k + 1) && is_time_preposition(l)) && !words.is_empty() {
            break;
        }
        if w == "," {
            // An appositive name replaces the phrase it names.
            let mut name_at = k + 1;
            while name_at < end
                && name_at < k + 5
                && ctx.actor(name_at).is_none()
                && ctx.cap(name_at)
            {
                name_at += 1;
            }
            let mut j = name_at;
            while j < end && ctx.actor(j).is_some() && ctx.actor(j) == ctx.actor(name_at) {
                j += 1;
            }
            if j > name_at && (j >= end || matches!(ctx.w(j), "," | ".")) {
                let mut cut = words.len();
                while cut > 0
                    && words
                        .get(cut - 1)
                        .is_some_and(|&(x, _)| !is_preposition(ctx.l(x)))
                {
                    cut -= 1;
                }
                words.truncate(cut);
                words.push((name_at, j));
                k = j + usize::from(ctx.w(j) == ",");
                continue;
            }
            break;
        }
        if hard_break(w) || is_subordinator(l) || l == "that" || (w == "-" && ctx.spaced(k)) {
            break;
        }
        if matches!(l, "and" | "or" | "but") {
            let joins_names = ctx.actor(k + 1).is_some()
                && words.last().is_some_and(|&(x, _)| ctx.actor(x).is_some());
            if !joins_names {
                break;
            }
        }
        if l == "to" && !ctx.cap(k + 1) && ctx.verb_at(k + 1, k).is_some() {
            break;
        }
        if matches!(l, "after" | "before" | "since" | "until" | "because" | "as") {
            break;
        }
        if l == "as" && matches!(ctx.l(k + 1), "part" | "well") {
            break;
        }
        if is_preposition(l) && l != "of" {
            preps += 1;
            if preps > 1 {
                break;
            }
        }
        if !words.is_empty() && is_pronoun_subject(l) {
            break;
        }
        if ctx.verb_at(k, from).is_some_and(|v| v.form != Form::Ing) && !words.is_empty() {
            break;
        }
        if is_adverb(l) {
            k += 1;
            continue;
        }
        let mut j = k + 1;
        if let Some(id) = ctx.actor(k) {
            while j < end && ctx.actor(j) == Some(id) {
                j += 1;
            }
        }
        words.push((k, j));
        k = j;
        if words.len() > MAX_WORDS + 4 {
            break;
        }
    }
    // The date sits on a later conjunct ("…, and possibly Xi on Monday"): that conjunct is
    // the object.
    let mut adverb = None;
    if !reached_date && a > from && a <= end {
        let mut p = a;
        while p > from && is_time_preposition(ctx.l(p - 1)) {
            p -= 1;
        }
        let conj = (from..p).rev().take(8).find(|&k| {
            matches!(ctx.l(k), "and" | "or") || ctx.l(k) == "as" && ctx.l(k + 1) == "well"
        });
        let named = |c: usize| (c + 1..p).any(|j| ctx.actor(j).is_some());
        if let Some(c) = conj.filter(|&c| named(c)) {
            let mut s = c + 1;
            while s < p && matches!(ctx.l(s), "well" | "as") {
                s += 1;
            }
            if s < p && is_adverb(ctx.l(s)) && ctx.l(s) != "not" {
                adverb = Some(ctx.l(s).to_owned());
                s += 1;
            }
            let np = ctx.render_np(s, p);
            if !np.is_empty() {
                return (np.split(' ').map(str::to_owned).collect(), adverb);
            }
        }
    }
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(&(x, y)) = words.get(i) {
        // Render runs of plain words together so names and possessives read naturally.
        let mut run_end = y;
        let mut n = i + 1;
        while let Some(&(x2, y2)) = words.get(n) {
            if x2 != run_end {
                break;
            }
            run_end = y2;
            n += 1;
        }
        let np = ctx.render_np(x, run_end);
        if !np.is_empty() {
            out.extend(np.split(' ').map(str::to_owned));
        }
        i = n;
    }
    adverb = adverb.or(None);
    (out, adverb)
}

fn is_time_preposition(l: &str) -> bool {
    matches!(
        l,
        "on" | "in"
            | "at"
            | "by"
            | "since"
            | "until"
            | "during"
            | "from"
            | "for"
            | "of"
            | "late"
            | "early"
            | "over"
            | "within"
            | "through"
            | "before"
            | "after"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::model::Article;

    fn events(text: &str, reference: &str) -> Vec<(String, Option<String>)> {
        let article = Article {
            text: text.to_owned(),
            ..Article::default()
        };
        let d: jiff::civil::Date = reference.parse().unwrap_or_else(|e| panic!("{e}"));
        extract(&article, Some(d))
            .when
            .into_iter()
            .map(|w| (w.text, w.event))
            .collect()
    }

    fn event_of(text: &str, when: &str) -> Option<String> {
        events(text, "2024-03-06")
            .into_iter()
            .find(|(t, _)| t == when)
            .and_then(|(_, e)| e)
    }

    #[test]
    fn verb_forms_turn_into_the_present() {
        assert_eq!(lemma_ed("announced").as_deref(), Some("announce"));
        assert_eq!(lemma_ed("visited").as_deref(), Some("visit"));
        assert_eq!(lemma_ed("planned").as_deref(), Some("plan"));
        assert_eq!(lemma_ed("tried").as_deref(), Some("try"));
        assert_eq!(lemma_ing("heading").as_deref(), Some("head"));
        assert_eq!(lemma_ing("making").as_deref(), Some("make"));
        assert_eq!(third_person("fly"), "flies");
        assert_eq!(third_person("meet"), "meets");
        assert_eq!(third_person("push"), "pushes");
    }

    #[test]
    fn british_spellings_are_verbs_too() {
        assert_eq!(lemma_ed("criticised").as_deref(), Some("criticise"));
        assert_eq!(lemma_ed("honoured").as_deref(), Some("honour"));
        assert_eq!(lemma_ed("travelled").as_deref(), Some("travel"));
        assert_eq!(lemma_ing("organising").as_deref(), Some("organise"));
        assert_eq!(lemma_s("apologises").as_deref(), Some("apologise"));
        let text = "Mayor Lena Ortiz criticised the budget on Monday. The dockers' union \
                    organised a march on Tuesday.";
        assert_eq!(
            event_of(text, "Monday").as_deref(),
            Some("Ortiz criticises budget")
        );
        assert_eq!(
            event_of(text, "Tuesday").as_deref(),
            Some("union organises march")
        );
    }

    #[test]
    fn a_company_keeps_its_whole_name_as_subject() {
        let text = "Delmar Foods recalled its frozen pies on Monday.";
        assert_eq!(
            event_of(text, "Monday").as_deref(),
            Some("Delmar Foods recalls frozen pies")
        );
    }

    #[test]
    fn since_a_date_tells_no_event_of_that_date() {
        let text = "Mayor Lena Ortiz will tour the harbour on Friday. She will be the first \
                    mayor to visit the island since 2015, and the port has lost trade since \
                    the start of the year.";
        assert_eq!(event_of(text, "2015"), None);
        assert_eq!(event_of(text, "the start of the year"), None);
        assert_eq!(
            event_of(text, "Friday").as_deref(),
            Some("Ortiz tours harbour")
        );
    }

    #[test]
    fn a_date_the_clause_only_counts_from_has_no_event() {
        // "ever since", "since at least": still a state that holds from then on.
        let text = "The bridge has stayed closed ever since 2016, and tolls have risen since \
                    at least 2012. Engineers inspected the bridge on Monday.";
        assert_eq!(event_of(text, "2016"), None);
        assert_eq!(event_of(text, "2012"), None);
        assert_eq!(
            event_of(text, "Monday").as_deref(),
            Some("Engineers inspect bridge")
        );
    }

    #[test]
    fn a_date_something_lasts_until_has_no_event() {
        // The talks do not continue on Friday, and the museum does not stay shut in May.
        let text = "Negotiators for the two airlines will keep talking until Friday. The city \
                    museum remains shut through May.";
        assert_eq!(event_of(text, "Friday"), None);
        assert_eq!(event_of(text, "May"), None);
    }

    #[test]
    fn a_date_before_or_after_the_clause_has_no_event() {
        // The shares fell after Tuesday's vote, not on Tuesday; the tickets sold out before
        // Easter weekend was reached, not on it.
        let text = "Shares of Delmar Foods fell sharply after Tuesday's vote. Tickets for the \
                    festival sold out before March. Coach Ana Reyes arrived in Lisbon on \
                    Wednesday ahead of Saturday's final. Exports of grain rose by a tenth from \
                    a year earlier.";
        assert_eq!(event_of(text, "a year earlier"), None);
        assert_eq!(event_of(text, "Tuesday"), None);
        assert_eq!(event_of(text, "March"), None);
        assert_eq!(event_of(text, "Saturday"), None);
        assert_eq!(
            event_of(text, "Wednesday").as_deref(),
            Some("Reyes arrives in Lisbon")
        );
    }

    #[test]
    fn the_ends_of_a_period_have_no_event() {
        // Nothing the sentence tells happened in 2009 or in 2014: they bound a period.
        let text = "Rents in the harbour district doubled between 2009 and 2014, a study by \
                    the housing office found. Prices rose from January 2019 to March 2021.";
        assert_eq!(event_of(text, "2009"), None);
        assert_eq!(event_of(text, "2014"), None);
        assert_eq!(event_of(text, "January 2019"), None);
        assert_eq!(event_of(text, "March 2021"), None);
    }

    #[test]
    fn a_clause_that_names_no_actor_has_no_event() {
        // Without a subject the phrase says what, not who: "takes part" helps no reader.
        let text = "Mayor Jon Berg opened the new clinic on Monday. \
                    Is expected to take part on Thursday, officials said.";
        assert_eq!(
            event_of(text, "Monday").as_deref(),
            Some("Berg opens new clinic")
        );
        assert_eq!(event_of(text, "Thursday"), None);
    }

    #[test]
    fn the_subject_is_found_past_a_date_or_an_appositive() {
        // The actor of each clause is named, only not right before its verb.
        let text = "A jury on Friday convicted two brothers of fraud. Prosecutors plan to call \
                    a new witness on Monday. Mayor Ada Lind, a former nurse, closed the old \
                    clinic in March.";
        assert_eq!(
            event_of(text, "Friday").as_deref(),
            Some("jury convicts two brothers of fraud")
        );
        assert_eq!(
            event_of(text, "Monday").as_deref(),
            Some("Prosecutors call new witness")
        );
        assert_eq!(
            event_of(text, "March").as_deref(),
            Some("Lind closes old clinic")
        );
    }

    #[test]
    fn a_second_date_of_the_clause_does_not_take_its_verb() {
        // The sentence tells what the jury did on Tuesday; 2019 dates the robbery.
        let text = "A jury on Tuesday convicted two brothers of robbing a jeweller at his shop \
                    in 2019. Ferries will sail on Saturday and Sunday.";
        assert_eq!(event_of(text, "2019"), None);
        assert_eq!(
            event_of(text, "Tuesday").as_deref(),
            Some("jury convicts two brothers of robbing a jeweller")
        );
        assert_eq!(event_of(text, "Sunday").as_deref(), Some("Ferries sail"));
    }

    #[test]
    fn the_subjects_own_possessive_is_not_repeated() {
        let text = "Singer Tomas Lopes won his national award last month.";
        assert_eq!(
            event_of(text, "last month").as_deref(),
            Some("Lopes wins national award")
        );
    }

    #[test]
    fn a_clause_after_as_starts_its_own_subject() {
        let text = "Exports of timber rose as total imports fell by a third in March.";
        assert_eq!(
            event_of(text, "March").as_deref(),
            Some("total imports fall by a third")
        );
    }

    #[test]
    fn a_date_that_modifies_a_noun_or_ends_a_period_has_no_event() {
        // The minister's words are not from 2019 or December; the report came out later.
        let text = "Finance Minister Rita Bauer attacked the 2019 budget plan on Monday. \
                    Sales were strong in the three months to December, Bauer said in March. \
                    Officials spoke after the May 4 announcement. The agency released a study \
                    Friday saying rents had doubled. Police arrested a man for planning the \
                    2021 bombing of a depot.";
        assert_eq!(event_of(text, "2019"), None);
        assert_eq!(event_of(text, "December"), None);
        assert_eq!(event_of(text, "May 4"), None);
        assert_eq!(event_of(text, "2021"), None);
        assert_eq!(
            event_of(text, "Monday").as_deref(),
            Some("Bauer attacks budget plan")
        );
        assert_eq!(event_of(text, "March").as_deref(), Some("Bauer says"));
        assert_eq!(
            event_of(text, "Friday").as_deref(),
            Some("agency releases study")
        );
    }

    #[test]
    fn a_strike_reads_subject_verb_object() {
        let text = "Union leader Maria Gonzalez said the dockworkers will walk out on Thursday. \
                    The port authority rejected the union's demands last week.";
        assert_eq!(
            event_of(text, "Thursday").as_deref(),
            Some("dockworkers walk out")
        );
        assert_eq!(
            event_of(text, "last week").as_deref(),
            Some("port authority rejects union's demands")
        );
    }

    #[test]
    fn a_court_case_resolves_the_pronoun() {
        let text = "Judge Helen Park sentenced the former mayor, Tom Reyes, on Monday. \
                    Reyes said he will appeal the verdict in April.";
        assert_eq!(
            event_of(text, "Monday").as_deref(),
            Some("Park sentences Tom Reyes")
        );
        assert_eq!(
            event_of(text, "April").as_deref(),
            Some("Reyes appeals verdict")
        );
    }

    #[test]
    fn an_election_with_a_relative_clause() {
        let text = "Voters will choose a new parliament in the runoff, which will take place on \
                    Sunday. Prime Minister Lena Okafor called the vote in January.";
        assert_eq!(
            event_of(text, "Sunday").as_deref(),
            Some("runoff takes place")
        );
        assert_eq!(
            event_of(text, "January").as_deref(),
            Some("Okafor calls vote")
        );
    }

    #[test]
    fn a_summit_with_plans_and_appositives() {
        let text = "President Ana Silva, who took office in 2021, plans to meet with \
                    Chancellor Erik Lund on Friday. Her deputy, Marco Diaz, spoke Tuesday night \
                    with the bank's governor, Sara Holm, to prepare the talks.";
        assert_eq!(
            event_of(text, "Friday").as_deref(),
            Some("Silva meets Erik Lund")
        );
        assert_eq!(
            event_of(text, "Tuesday night").as_deref(),
            Some("Diaz speaks with Sara Holm")
        );
        assert_eq!(
            event_of(text, "2021").as_deref(),
            Some("Silva takes office")
        );
    }
    #[test]
    fn a_participle_inside_a_noun_phrase_is_no_event() {
        // A compound adjective, a participle after "more", and a participle before its
        // agent are no verbs: the event is the clause's own verb or nothing.
        let e = event_of(
            "Denver-based Kestrel completed its purchase of Harbor Freight on Monday.",
            "Monday",
        );
        assert!(e.as_deref().is_none_or(|e| !e.contains("bases")), "{e:?}");
        let e = event_of(
            "Menu rules proposed by the Food Standards Board on Friday would cover 900 chains.",
            "Friday",
        );
        assert!(
            e.as_deref().is_none_or(|e| !e.contains("propose by")),
            "{e:?}"
        );
        let e = event_of(
            "Weddings now have a more relaxed feel, planners say.",
            "now",
        );
        assert!(e.as_deref().is_none_or(|e| !e.contains("relaxes")), "{e:?}");
    }

    #[test]
    fn a_phrase_that_stops_on_an_auxiliary_or_opens_inside_a_word_is_no_event() {
        let e = event_of(
            "The induction ceremony is in August, the museum said.",
            "August",
        );
        assert!(e.as_deref().is_none_or(|e| !e.ends_with(" is")), "{e:?}");
        let e = event_of(
            "A little-known Elbonian lab developed the test in 2008, and regulators approved it.",
            "2008",
        );
        assert!(e.as_deref().is_none_or(|e| !e.contains("knows")), "{e:?}");
        let e = event_of(
            "A 53-year-old man was arrested late on Tuesday night in Harwick.",
            "Tuesday night",
        );
        assert!(e.as_deref().is_none_or(|e| !e.starts_with('-')), "{e:?}");
    }

    #[test]
    fn a_date_inside_a_noun_phrase_has_no_event() {
        // Each date names a thing (a vote, fees, members, a crash, a film, a length of
        // protest), not the time of what the clause tells.
        let text = "Mayor Ines Roth praised Monday’s vote at the depot. Monthly fees rose \
                    sharply. Current members of the board rejected the plan. The crash of \
                    2008 ruined the fund. The critic reviewed the director’s 1974 film. Two \
                    weeks of protests shook the capital. Roth opened the harbour on Friday.";
        for when in ["Monday", "Monthly", "Current", "2008", "1974", "Two weeks"] {
            assert_eq!(event_of(text, when), None, "{when}");
        }
        assert_eq!(
            event_of(text, "Friday").as_deref(),
            Some("Roth opens harbour")
        );
    }

    #[test]
    fn a_reporting_verb_is_no_event_of_the_reported_dates() {
        // The fares stay high this year and the tax is drafted now: Ortiz spoke at
        // neither time. The dates right at "told" are hers.
        let text = "Ferry fares stay high this year, Mayor Lena Ortiz said. \
                    Ortiz said she is now drafting a new tax. Ortiz told reporters in Vienna \
                    on Tuesday that rents would fall. On Monday, Ortiz told the council.";
        assert_eq!(event_of(text, "this year"), None);
        assert_eq!(event_of(text, "now"), None);
        assert_eq!(
            event_of(text, "Tuesday").as_deref(),
            Some("Ortiz tells reporters in Vienna")
        );
        assert_eq!(
            event_of(text, "Monday").as_deref(),
            Some("Ortiz tells council")
        );
    }

    #[test]
    fn the_subject_is_the_head_of_its_phrase_not_the_object_of_a_preposition() {
        // Shares fell, not Delmar Foods; talks broke down, not the dockers; a clause after
        // "after" has its own subject; most of the nurses are nurses, none of the workers
        // is no one.
        let text = "Shares of Delmar Foods fell sharply on Monday. Talks with the Harwick \
                    dockers broke down in March. The ferry left port after the storm ended on \
                    Friday. Most of the nurses went on strike in May. None of the workers \
                    returned on Tuesday. About 40 people marched on Sunday.";
        assert_eq!(
            event_of(text, "Monday").as_deref(),
            Some("Shares of Delmar Foods fall")
        );
        assert_eq!(event_of(text, "March").as_deref(), Some("Talks break down"));
        assert_eq!(event_of(text, "Friday").as_deref(), Some("storm ends"));
        assert_eq!(
            event_of(text, "May").as_deref(),
            Some("nurses go on strike")
        );
        assert_eq!(event_of(text, "Tuesday"), None);
        assert_eq!(event_of(text, "Sunday").as_deref(), Some("40 people march"));
    }

    #[test]
    fn negations_possibilities_and_verb_forms_read_as_written() {
        // A "not" or "never" stays; a "may" is no event; "riding" is "ride", and
        // "self-isolate" is no verb "self".
        let text = "Mayor Ines Roth did not attend the summit on Monday. The council hasn't \
                    approved the budget this year. Roth was riding high last year. The museum \
                    may reopen in June. Travellers must self-isolate on Friday. Roth never \
                    returned the car in April.";
        assert_eq!(
            event_of(text, "Monday").as_deref(),
            Some("Roth does not attend summit")
        );
        assert_eq!(
            event_of(text, "this year").as_deref(),
            Some("council does not approve budget")
        );
        assert_eq!(
            event_of(text, "last year").as_deref(),
            Some("Roth rides high")
        );
        assert_eq!(event_of(text, "June"), None);
        assert_eq!(event_of(text, "Friday"), None);
        assert_eq!(
            event_of(text, "April").as_deref(),
            Some("Roth never returns car")
        );
    }

    #[test]
    fn a_long_aside_or_a_participle_phrase_keeps_the_event_right() {
        // The name before a long aside is the subject; a date in a participle phrase after
        // the object dates that phrase, not the verb.
        let text = "Judge Ada Lind, a former nurse at the old clinic on the hill in Harwick \
                    and later a ward sister, opened the court on Tuesday. Prosecutors dropped \
                    two charges, one involving a robbery in 2019.";
        assert_eq!(
            event_of(text, "Tuesday").as_deref(),
            Some("Lind opens court")
        );
        assert_eq!(event_of(text, "2019"), None);
    }

    #[test]
    fn a_subject_that_names_no_one_gives_no_event() {
        // "there", a question word, a pronoun fused with its verb, the reader's "your":
        // none says who did it, so the date has no event rather than a broken one.
        let text = "There were three new cases at the depot on Monday. We’ll add two more \
                    ferries over the next year. What the council decided on Tuesday is \
                    unclear. Your tomatoes need water every day. Those who left in 2019 \
                    came back. Mayor Ines Roth opened the depot on Friday.";
        for when in ["Monday", "the next year", "Tuesday", "every day", "2019"] {
            assert_eq!(event_of(text, when), None, "{when}");
        }
        assert_eq!(
            event_of(text, "Friday").as_deref(),
            Some("Roth opens depot")
        );
    }

    #[test]
    fn a_subject_a_briefing_cannot_print_gives_no_event() {
        // An object pronoun, a bare possessive or a preposition never opens the event;
        // "US" is a country, not "us".
        let e = event_of(
            "Guests loved the tables, but last year them all sat too close together.",
            "last year",
        );
        assert!(e.as_deref().is_none_or(|e| !e.starts_with("them")), "{e:?}");
        let e = event_of(
            "Bond prices in Europe fell. Argentina’s defaulted dollar bond jumped 6.2 percent \
             to 49.5 cents at 1:45 p.m. in New York.",
            "1:45 p.m.",
        );
        assert!(
            e.as_deref()
                .is_none_or(|e| !e.starts_with('\'') && !e.starts_with('’')),
            "{e:?}"
        );
        let e = event_of(
            "After the Harwick flood carried mud into the river, fishing stopped in 2019.",
            "2019",
        );
        assert!(
            e.as_deref().is_none_or(|e| !e.starts_with("after")),
            "{e:?}"
        );
        let e = event_of(
            "The US Labor Department reported on Friday that hiring rose.",
            "Friday",
        );
        assert_eq!(e.as_deref(), Some("US Labor Department reports"));
    }
}
