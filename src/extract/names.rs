//! Proper-name mentions: find capitalised chunks, split off titles, and label each chunk a
//! person, an organisation or a place — in two passes, so what the article says clearly in
//! one sentence decides the weak mentions elsewhere (sentence starts, capital headlines).

use rustc_hash::FxHashMap;

use super::lexicon::{LEX, Lexicon};
use super::text::{Doc, TokKind};

/// What a name mention refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    /// A person.
    Per,
    /// An organisation.
    Org,
    /// A place.
    Loc,
}

/// One labelled name mention over tokens `a..b`.
#[derive(Debug, Clone)]
pub struct NameMention {
    /// First token.
    pub a: usize,
    /// One past the last token.
    pub b: usize,
    /// Person, organisation or place.
    pub label: Label,
    /// Title tokens right before the name inside the same chunk ("Foreign Minister").
    pub role: Option<(usize, usize)>,
    /// Decided by its own context (title, lexicon, suffix) rather than by the document.
    pub strong: bool,
}

/// Words that join parts of one name ("Bank of England", "Ludwig van Beethoven").
fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "de"
            | "da"
            | "van"
            | "von"
            | "der"
            | "den"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "la"
            | "le"
            | "du"
            | "del"
            | "dos"
            | "das"
            | "di"
            | "y"
            | "&"
            | "and"
            | "for"
            | "on"
            | "the"
    )
}

/// Words after which "of" continues a name ("Secretary of State", "Gulf of Mexico").
fn takes_of(lower: &str, lex: &Lexicon) -> bool {
    lex.is_org_word(lower)
        || lex.is_title(lower)
        || matches!(
            lower,
            "gulf"
                | "sea"
                | "bay"
                | "strait"
                | "straits"
                | "isle"
                | "island"
                | "islands"
                | "republic"
                | "kingdom"
                | "state"
                | "states"
                | "cape"
                | "lake"
                | "mount"
                | "port"
                | "city"
                | "province"
                | "horn"
                | "duke"
                | "house"
                | "chamber"
                | "federation"
                | "people's"
                | "bank"
                | "union"
                | "prince"
                | "sultan"
                | "emir"
                | "archbishop"
                | "bishop"
                | "ministry"
                | "department"
                | "secretary"
                | "minister"
                | "court"
                | "tribunal"
                | "office"
                | "institute"
                | "university"
                | "college"
                | "school"
                | "museum"
                | "church"
                | "board"
                | "council"
                | "commission"
                | "committee"
                | "association"
                | "organization"
                | "organisation"
                | "sea's"
                | "centers"
                | "centres"
                | "center"
                | "centre"
                | "director"
        )
}

/// Function words that are never names, even when capitalised.
fn is_stop(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "i"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "you"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "this"
            | "that"
            | "these"
            | "those"
            | "but"
            | "and"
            | "or"
            | "if"
            | "in"
            | "on"
            | "at"
            | "to"
            | "of"
            | "for"
            | "by"
            | "with"
            | "from"
            | "as"
            | "is"
            | "was"
            | "mr"
            | "mrs"
            | "ms"
    )
}

/// The lower-case text of tokens `a..b`, separators as written.
#[must_use]
pub fn lower_span<'d>(doc: &'d Doc<'_>, a: usize, b: usize) -> &'d str {
    doc.low_span(a, b)
}

struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    lex: &'static Lexicon,
    masked: &'d [bool],
}

impl<'d> Ctx<'d, '_> {
    fn lower(&self, k: usize) -> &'d str {
        self.doc.low(k)
    }

    /// Whether token `k` can be part of a name in running text.
    fn nameish(&mut self, k: usize, caps_line: bool) -> bool {
        let Some(t) = self.doc.tokens.get(k) else {
            return false;
        };
        if t.kind != TokKind::Word || !t.cap || self.masked.get(k).copied().unwrap_or(false) {
            return false;
        }
        let w = self.doc.tok(k);
        if w == "I" {
            return false;
        }
        let lower = self.lower(k);
        if is_stop(&lower) && !caps_line {
            return false;
        }
        if caps_line {
            // Capitals say nothing here: keep only what a lexicon knows.
            return !is_stop(&lower)
                && (self.lex.is_place(&lower)
                    || self.lex.is_given(&lower)
                    || self.lex.is_org(w)
                    || !self.lex.is_word(&lower));
        }
        true
    }
}

/// Find every name mention of the document. `masked` marks tokens already taken by time
/// expressions.
#[must_use]
pub fn find(doc: &Doc<'_>, masked: &[bool]) -> Vec<NameMention> {
    let lex: &'static Lexicon = &LEX;
    let mut cx = Ctx { doc, lex, masked };
    let mut out = Vec::new();
    let mut weak: Vec<(usize, usize)> = Vec::new();
    for s in &doc.sentences {
        let mut i = s.tok_start;
        while i < s.tok_end {
            if !cx.nameish(i, s.caps_line) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < s.tok_end {
                let Some(t) = doc.tokens.get(j) else { break };
                if t.newline_before {
                    break;
                }
                if cx.nameish(j, s.caps_line) {
                    j += 1;
                    continue;
                }
                let w = doc.tok(j);
                // "Jean-Pierre", "Bosnia-Herzegovina": a hyphen with no spaces between caps.
                if (w == "-" || w == "–")
                    && !t.space_before
                    && doc.tokens.get(j + 1).is_some_and(|n| !n.space_before)
                    && cx.nameish(j + 1, s.caps_line)
                {
                    j += 2;
                    continue;
                }
                if is_connector(w) && !t.cap && j + 1 < s.tok_end && cx.nameish(j + 1, s.caps_line)
                {
                    let prev = cx.lower(j - 1);
                    let ok = match w {
                        "of" => takes_of(&prev, lex),
                        "for" | "on" | "and" | "&" | "the" => {
                            lex.is_org_word(&prev) || w == "&" || {
                                // "Centers for Disease Control", "Committee on Foreign ...".
                                let nxt = cx.lower(j + 1);
                                (w == "and" || w == "for")
                                    && doc.tokens.get(j + 2).is_some_and(|t| t.cap)
                                    && !lex.is_place(&nxt)
                                    && lex.is_org_word(&lower_span(doc, j + 1, j + 2))
                            }
                        }
                        _ => !lex.is_place(&prev),
                    };
                    if ok {
                        j += 2;
                        continue;
                    }
                }
                break;
            }
            chunk(&mut cx, i, j, s.caps_line, &mut out, &mut weak);
            i = j;
        }
    }
    resolve_weak(doc, lex, &mut out, &weak);
    out.sort_by_key(|m| m.a);
    out
}

/// Split a chunk into role + name and label it (or queue it as weak).
fn chunk(
    cx: &mut Ctx<'_, '_>,
    mut a: usize,
    b: usize,
    caps_line: bool,
    out: &mut Vec<NameMention>,
    weak: &mut Vec<(usize, usize)>,
) {
    let doc = cx.doc;
    let lex = cx.lex;
    // Sentence-initial common words ("However", "Contacts", "The") are not names.
    while a < b {
        let lower = cx.lower(a);
        let w = doc.tok(a);
        let initial = doc.sentence_initial(a) || caps_line;
        let known = lex.is_place(&lower) || lex.is_org(w) || lex.is_title(&lower);
        if is_stop(&lower) || (initial && lex.is_word(&lower) && !known && !lex.is_given(&lower)) {
            a += 1;
        } else {
            break;
        }
    }
    // Trailing connectors left over ("Bank of").
    let mut b = b;
    while b > a && is_connector(doc.tok(b - 1)) {
        b -= 1;
    }
    if a >= b {
        return;
    }
    // "U.S.-PRC", "China-US": hyphenated place names that are not one name are read apart.
    let hyphens: Vec<usize> = (a..b)
        .filter(|&k| matches!(doc.tok(k), "-" | "–"))
        .collect();
    if !hyphens.is_empty() {
        let whole = lower_span(doc, a, b);
        if !lex.is_place(&whole) && !lex.is_org(doc.span_str(a, b)) {
            let mut parts = Vec::new();
            let mut from = a;
            for &h in hyphens.iter().chain(std::iter::once(&b)) {
                if h > from {
                    parts.push((from, h));
                }
                from = h + 1;
            }
            let any_place = parts.iter().any(|&(x, y)| {
                let k = lower_span(doc, x, y);
                lex.is_place(&k) || lex.demonym(doc.span_str(x, y)).is_some()
            });
            if any_place {
                for (x, y) in parts {
                    let k = lower_span(doc, x, y);
                    if lex.is_place(&k) {
                        out.push(NameMention {
                            a: x,
                            b: y,
                            label: Label::Loc,
                            role: None,
                            strong: true,
                        });
                    }
                }
                return;
            }
        }
    }
    // Whole-chunk organisations first ("General Motors", "State Department").
    let text = doc.span_str(a, b);
    if lex.is_org(text) {
        out.push(NameMention {
            a,
            b,
            label: Label::Org,
            role: None,
            strong: true,
        });
        return;
    }
    // Role: leading place/demonym/org tokens and titles ("U.S. Secretary of State").
    let mut k = a;
    let mut role_end = a;
    while k < b {
        let mut matched = 0;
        for n in (1..=lex.max_title_words.min(b - k)).rev() {
            if lex.is_title(&lower_span(doc, k, k + n)) {
                matched = n;
                break;
            }
        }
        if matched > 0 {
            k += matched;
            role_end = k;
            continue;
        }
        let w = doc.tok(k);
        if k + 1 < b
            && (lex.demonym(w).is_some()
                || lex.is_place(&cx.lower(k))
                || lex.is_org(w)
                || doc.tok(k).ends_with('.') && doc.tokens.get(k).is_some_and(|t| t.upper))
        {
            k += 1;
            continue;
        }
        break;
    }
    if role_end > a {
        // Places named inside the role ("U.S." in "U.S. President") are places of their own.
        for p in a..role_end {
            let l = cx.lower(p);
            let cap = doc.tokens.get(p).is_some_and(|t| t.cap);
            if cap && lex.is_place(&l) && !lex.is_title(&l) {
                out.push(NameMention {
                    a: p,
                    b: p + 1,
                    label: Label::Loc,
                    role: None,
                    strong: true,
                });
            }
        }
        if role_end < b {
            out.push(NameMention {
                a: role_end,
                b,
                label: Label::Per,
                role: Some((a, role_end)),
                strong: true,
            });
        }
        return;
    }
    label_name(cx, a, b, caps_line, out, weak);
}

fn label_name(
    cx: &mut Ctx<'_, '_>,
    a: usize,
    b: usize,
    caps_line: bool,
    out: &mut Vec<NameMention>,
    weak: &mut Vec<(usize, usize)>,
) {
    let doc = cx.doc;
    let lex = cx.lex;
    let n = b - a;
    let text = doc.span_str(a, b);
    let key = lower_span(doc, a, b);
    let first = cx.lower(a);
    let last = cx.lower(b - 1);
    let push = |out: &mut Vec<NameMention>, label, strong| {
        out.push(NameMention {
            a,
            b,
            label,
            role: None,
            strong,
        });
    };
    // A demonym alone ("Chinese") is never a name, nor a group ("Uyghur Muslims").
    if lex.demonym(doc.tok(a)).is_some()
        && (n == 1 || (lex.is_word(&last) && !lex.is_org_word(&last) && !lex.is_place(&key)))
    {
        return;
    }
    if n >= 2 && lex.is_org_word(&last)
        || (n >= 3 && lex.is_org_word(&first) && doc.tok(a + 1) == "of")
    {
        push(out, Label::Org, true);
        return;
    }
    if lex.is_place(&key) {
        if n == 1 && !place_plausible(cx, a, &key, caps_line) {
            weak.push((a, b));
            return;
        }
        push(out, Label::Loc, true);
        return;
    }
    if n == 1 {
        let t = doc.tokens.get(a);
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        if t.is_some_and(|t| t.upper) && !caps_line && (2..=6).contains(&letters) {
            push(out, Label::Org, true);
            return;
        }
        weak.push((a, b));
        return;
    }
    // A place followed by names: split off the place ("Beijing Foreign Ministry" handled above).
    if lex.is_given(&first) && !lex.is_word(&first) {
        push(out, Label::Per, true);
        return;
    }
    if lex.is_given(&first) || lex.is_surname(&last) {
        push(out, Label::Per, !caps_line);
        return;
    }
    if lex.is_word(&last) {
        push(out, Label::Org, false);
        return;
    }
    push(out, Label::Per, false);
}

/// A single-word place that is also an English word or a person's name needs a cue:
/// a preposition of place before it, or a capital letter that is not sentence-initial.
fn place_plausible(cx: &mut Ctx<'_, '_>, a: usize, key: &str, caps_line: bool) -> bool {
    let doc = cx.doc;
    let lex = cx.lex;
    let readings = lex.places(key);
    let big = readings.iter().any(|p| {
        matches!(
            p.kind,
            crate::model::PlaceKind::Country | crate::model::PlaceKind::Water
        ) || p.pop >= 1_000_000
    });
    let common = lex.is_word(key);
    let name_like = lex.is_given(key) || lex.is_surname(key);
    if !common && !name_like {
        return true;
    }
    let prev = if a > 0 { cx.lower(a - 1) } else { "" };
    let cue = matches!(
        prev,
        "in" | "at"
            | "from"
            | "to"
            | "near"
            | "outside"
            | "of"
            | "across"
            | "into"
            | "via"
            | "toward"
            | "towards"
            | "around"
            | "throughout"
    );
    let initial = doc.sentence_initial(a) || caps_line;
    if common {
        return cue || (big && !initial);
    }
    cue || big
}

/// Second pass: single capitalised words decided by the document's confident names.
fn resolve_weak(doc: &Doc<'_>, lex: &Lexicon, out: &mut Vec<NameMention>, weak: &[(usize, usize)]) {
    let mut known: FxHashMap<String, Label> = FxHashMap::default();
    for m in out.iter().filter(|m| m.strong) {
        let full = lower_span(doc, m.a, m.b);
        if m.label == Label::Per {
            for k in m.a..m.b {
                let w = lower_span(doc, k, k + 1);
                if w.chars().count() > 1 && !is_connector(&w) {
                    known.entry(w.to_owned()).or_insert(Label::Per);
                }
            }
        }
        known.insert(full.to_owned(), m.label);
    }
    for &(a, b) in weak {
        let key = lower_span(doc, a, b);
        let w = doc.span_str(a, b);
        if let Some(&label) = known.get(key) {
            out.push(NameMention {
                a,
                b,
                label,
                role: None,
                strong: false,
            });
            continue;
        }
        let caps = doc
            .tokens
            .get(a)
            .is_some_and(|t| doc.sentences.get(t.sent).is_some_and(|s| s.caps_line));
        if caps || doc.sentence_initial(a) {
            continue;
        }
        if lex.is_place(&key) {
            continue;
        }
        // Followed by a speech verb: someone speaking.
        let next = lower_span(doc, b, b + 1);
        if matches!(next, "said" | "says" | "told" | "added" | "asked") && !lex.is_word(&key) {
            out.push(NameMention {
                a,
                b,
                label: Label::Per,
                role: None,
                strong: false,
            });
            continue;
        }
        if lex.is_surname(&key) && !lex.is_word(&key) && w.chars().count() > 2 {
            out.push(NameMention {
                a,
                b,
                label: Label::Per,
                role: None,
                strong: false,
            });
        }
    }
}
