//! Titles of works — films, songs, shows, books, albums — are written like names ("Mad Men",
//! "Crazy Love", "his film Superman Returns") but name no one: they leave the name mentions.
//! A title is told by its quotation marks or by the noun for a work right before it.

use rustc_hash::FxHashMap;

use super::{Label, NameMention, lower_span};
use crate::extract::lexicon::Lexicon;
use crate::extract::text::{Doc, TokKind};

/// Lower-case words a title in Title Case may hold ("Pirates of the Caribbean", "How Not to
/// Live Your Life").
const TITLE_SMALL: &[&str] = &[
    "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with",
    "from", "by", "as", "into", "via", "vs", "vs.", "de", "la", "le", "du", "von", "van",
];

/// Nouns for a work whose title may follow unquoted ("the film Superman Returns", "her debut
/// album Night Lights"). None is also a common verb, so no determiner is needed before it.
const WORK_NOUNS: &[&str] = &[
    "film",
    "movie",
    "album",
    "song",
    "novel",
    "documentary",
    "musical",
    "opera",
    "sitcom",
    "miniseries",
    "memoir",
    "biopic",
    "thriller",
    "comedy",
    "drama",
];

/// Nouns for a work that are verbs too ("will play Arsenal", "polls show Obama ahead",
/// "book Smith"): a title follows them only after a determiner ("the play Hamlet", "his book
/// Freakonomics").
const WORK_NOUNS_AFTER_DETERMINER: &[&str] = &[
    "play", "show", "book", "single", "series", "comedy", "drama",
];

/// Words right before a verb-like work noun that make it the noun.
const DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "my",
    "our",
    "your",
    "new",
    "latest",
    "debut",
    "hit",
    "tv",
    "television",
    "upcoming",
    "forthcoming",
    "first",
    "second",
    "third",
    "next",
    "last",
    "final",
    "comic",
    "one-man",
    "one-woman",
];

fn is_quote(doc: &Doc<'_>, k: usize) -> bool {
    matches!(doc.tok(k), "\"" | "“" | "”")
}

/// A token that can sit inside a title written in Title Case.
fn in_title(doc: &Doc<'_>, k: usize) -> bool {
    let Some(t) = doc.tokens.get(k) else {
        return false;
    };
    match t.kind {
        TokKind::Word => t.cap || TITLE_SMALL.contains(&doc.low(k)),
        TokKind::Number | TokKind::Possessive => true,
        TokKind::Punct => matches!(
            doc.tok(k),
            ":" | "-" | "–" | "&" | "," | "." | "!" | "?" | "'" | "’"
        ),
    }
}

/// The stretches of tokens written in quotation marks in Title Case: `(first, end)` of the
/// words inside. A quotation mark glued to the word before and spaced from the next one
/// closes a quote and opens no title ("... he said." Kate Moss "I ..."); the converse
/// opens one.
fn quoted(doc: &Doc<'_>) -> Vec<(usize, usize)> {
    let n = doc.tokens.len();
    let glued = |k: usize| doc.tokens.get(k).is_some_and(|t| !t.space_before);
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !is_quote(doc, i) {
            i += 1;
            continue;
        }
        // A run of marks ("""Title""" in some exports) is one mark.
        let mut s = i + 1;
        while s < n && is_quote(doc, s) && glued(s) {
            s += 1;
        }
        let closes = glued(i) && !glued(s) && i > 0;
        if closes || doc.tok(i) == "”" || !doc.tokens.get(s).is_some_and(|t| t.cap) {
            i = s;
            continue;
        }
        let mut e = s;
        while e < n
            && e < s + 16
            && in_title(doc, e)
            && !doc.tokens.get(e).is_some_and(|t| t.newline_before)
        {
            e += 1;
        }
        let opens = !glued(e) && glued(e + 1);
        if e > s && is_quote(doc, e) && !opens && doc.tok(e) != "“" {
            // Punctuation before the closing mark belongs to the sentence.
            let mut c = e;
            while c > s
                && doc
                    .tokens
                    .get(c - 1)
                    .is_some_and(|t| t.kind == TokKind::Punct)
            {
                c -= 1;
            }
            if c > s {
                out.push((s, c));
            }
            i = e + 1;
            continue;
        }
        i = s;
    }
    out
}

/// A title in running text right after a noun for a work: the first token of the title.
/// Set off by commas, the title must end at a comma or a full stop ("his second album,
/// Night Lights, sold well"), not go on as a clause ("After the film, Carlyle was ...").
fn after_work_noun(doc: &Doc<'_>, k: usize) -> Option<(usize, bool)> {
    let t = doc.tokens.get(k)?;
    if t.kind != TokKind::Word || t.cap {
        return None;
    }
    let w = doc.low(k);
    let noun = WORK_NOUNS.contains(&w)
        || WORK_NOUNS_AFTER_DETERMINER.contains(&w)
            && k > 0
            && DETERMINERS.contains(&doc.low(k - 1));
    let comma = doc.tok(k + 1) == ",";
    let first = k + 1 + usize::from(comma);
    let next = doc.tokens.get(first)?;
    (noun && next.cap && next.kind == TokKind::Word).then_some((first, comma))
}

/// Whether the words `a..b` name a person, an organisation or a place the lexicons know,
/// whatever the quotation marks say ("Joe", "Tea Party", "Fox News").
fn known_name(doc: &Doc<'_>, lex: &Lexicon, mut a: usize, b: usize, cued: bool) -> bool {
    if b > a + 1 && matches!(doc.low(a), "the" | "a" | "an") {
        a += 1;
    }
    let first = doc.low(a);
    // "an opera Zhang Huan directed": a person's name may follow a noun for a work too. In
    // quotation marks a family name leads many titles ("The Addams Family").
    let surname = lex.is_surname(first) && (cued || b == a + 1);
    let person = (lex.is_given(first) || surname) && !lex.is_word(first);
    person
        || lex.is_org(doc.span_str(a, b))
        || lex.is_place(lower_span(doc, a, b))
        || lex.is_org_word(doc.low(b - 1))
}

/// Remove the mentions of people and organisations that are titles of works, and every
/// other mention of those titles in the article.
pub(super) fn drop_titles(doc: &Doc<'_>, lex: &Lexicon, out: &mut Vec<NameMention>) {
    let mut titles: Vec<(usize, usize)> = quoted(doc)
        .into_iter()
        .filter(|&(a, b)| !known_name(doc, lex, a, b, false))
        .collect();
    for m in out.iter() {
        let mut p = m.a;
        if p > 0 && matches!(doc.low(p - 1), "the" | "a" | "an") {
            p -= 1;
        }
        let cued = p > 0
            && match after_work_noun(doc, p - 1).or_else(|| after_work_noun(doc, p.wrapping_sub(2)))
            {
                Some((first, false)) => first == p,
                Some((first, true)) => first == p && matches!(doc.tok(m.b), "," | "." | ";"),
                None => false,
            };
        if cued && m.label != Label::Loc && !known_name(doc, lex, m.a, m.b, true) {
            titles.push((m.a, m.b));
        }
    }
    if titles.is_empty() {
        return;
    }
    let mut keys: FxHashMap<&str, ()> = FxHashMap::default();
    for &(mut a, b) in &titles {
        if b > a + 1 && matches!(doc.low(a), "the" | "a" | "an") {
            a += 1;
        }
        keys.insert(lower_span(doc, a, b), ());
    }
    titles.sort_unstable();
    out.retain(|m| {
        if m.label == Label::Loc {
            return true;
        }
        let inside = titles.iter().any(|&(a, b)| a <= m.a && m.b <= b);
        !inside && !keys.contains_key(lower_span(doc, m.a, m.b))
    });
}
