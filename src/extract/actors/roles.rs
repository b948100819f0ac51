//! Roles: a person's role in the article's own words, read from the shapes news writes
//! them in — "Y X", "Z's Y X", "former Y X", "X, the Y of Z", "X, Y at Z", "X, who is Y",
//! "X (Y)" — and, when none of these names one, from a later description of the person
//! ("The TV presenter said ..."). Honorifics (Mr, Dr, Sir, Lady) are never a role.

use super::super::lexicon::LEX;
use super::super::text::{Doc, TokKind};

/// Words that end a role phrase when reading backwards from a name.
fn role_stop(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "said"
            | "says"
            | "with"
            | "by"
            | "to"
            | "for"
            | "in"
            | "on"
            | "at"
            | "from"
            | "who"
            | "that"
            | "was"
            | "is"
            | "were"
            | "are"
            | "as"
            | "met"
            | "told"
            | "when"
            | "while"
            | "after"
            | "before"
            | "but"
            | "also"
            | "his"
            | "her"
            | "their"
            | "its"
            | "of"
            | "like"
            | "than"
            | "about"
            | "against"
            | "between"
            | "says."
            | "according"
            | "including"
            | "said."
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "not"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "it"
            | "minus"
            | "without"
            | "plus"
            | "despite"
            | "except"
            | "under"
            | "over"
            | "into"
    )
}

/// Words that end a role phrase read forwards after a name.
fn phrase_end(lower: &str) -> bool {
    matches!(
        lower,
        "who"
            | "whose"
            | "which"
            | "that"
            | "said"
            | "says"
            | "told"
            | "added"
            | "explained"
            | "noted"
            | "wrote"
            | "is"
            | "was"
            | "has"
            | "had"
            | "will"
            | "would"
            | "since"
            | "when"
            | "where"
            | "because"
            | "but"
    )
}

/// The number of tokens of the longest role head that ends at token `k` (0 when none).
fn head_ending_at(doc: &Doc<'_>, start: usize, k: usize) -> usize {
    let lex = &*LEX;
    if !lex.can_end_role(doc.low(k)) {
        return 0;
    }
    let max = lex.max_role_words * 2;
    let mut best = 0;
    for n in 1..=max.min(k + 1 - start) {
        let from = k + 1 - n;
        // Multi-word heads are written with spaces or hyphens only.
        if doc
            .tokens
            .get(from)
            .is_none_or(|t| t.kind == TokKind::Punct)
        {
            continue;
        }
        if lex.is_role_head(doc.low_span(from, k + 1)) {
            best = n;
        }
    }
    best
}

/// Whether the tokens `a..b` contain a role head (a plain person noun counts after a
/// modifier: "a New Jersey woman").
fn has_head(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let lex = &*LEX;
    (a..b).any(|k| head_ending_at(doc, a, k) > 0 || (k > a && lex.is_person_noun(doc.low(k))))
}

/// Whether the role text is only honorifics ("Mr", "Dr.").
#[must_use]
pub fn only_honorifics(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let lex = &*LEX;
    (a..b).all(|k| {
        let t = doc.tokens.get(k);
        t.is_none_or(|t| t.kind == TokKind::Punct) || lex.is_honorific(doc.low(k))
    })
}

/// Drop leading honorifics and articles from a role range.
fn trim(doc: &Doc<'_>, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
    let lex = &*LEX;
    while a < b && (lex.is_honorific(doc.low(a)) || matches!(doc.low(a), "the" | "a" | "an")) {
        a += 1;
    }
    // "co-author of": a dangling preposition or conjunction at the end goes too.
    while b > a
        && (matches!(doc.tok(b - 1), "," | "-" | "—" | "–" | "'" | "’")
            || role_stop(doc.low(b - 1)) && !matches!(doc.low(b - 1), "his" | "her" | "its"))
    {
        b -= 1;
    }
    (b > a).then_some((a, b))
}

/// The role phrase before a name: "Vodafone chief executive X", "China's top diplomat, X",
/// "report co-author X", "former UNLV coach X".
fn before(doc: &Doc<'_>, s_start: usize, a: usize) -> Option<(usize, usize)> {
    let lex = &*LEX;
    let mut end = a;
    if end > s_start && doc.tok(end - 1) == "," {
        end -= 1;
    }
    if end <= s_start {
        return None;
    }
    let n = head_ending_at(doc, s_start, end - 1);
    let person_noun = lex.is_person_noun(doc.low(end - 1));
    if n == 0 && !person_noun {
        return (end < a)
            .then(|| segment_before(doc, s_start, end))
            .flatten();
    }
    let mut start = end - n.max(1);
    while start > s_start && end - start < 8 {
        // A headline or caption line above is not part of the description; "former",
        // "then", "acting" open it ("she attended former Soviet leader X").
        if doc.tokens.get(start).is_some_and(|t| t.newline_before)
            || matches!(
                doc.low(start),
                "former" | "then" | "acting" | "interim" | "outgoing"
            )
        {
            break;
        }
        let p = start - 1;
        let t = doc.tokens.get(p)?;
        let l = doc.low(p);
        let glued = !t.space_before || doc.tokens.get(start).is_some_and(|n| !n.space_before);
        // "weds TV star X", "backing Kestria's claimant X": a verb before a capitalised
        // word ends the description.
        let verb_like = !t.cap
            && doc.tokens.get(p + 1).is_some_and(|n| n.cap)
            && (l.ends_with("ing")
                || l.ends_with("ed")
                || l.ends_with('s') && !l.ends_with("ss") && !l.ends_with("us"));
        let ok = match t.kind {
            TokKind::Word => !role_stop(l) && !verb_like,
            TokKind::Number | TokKind::Possessive => true,
            // "ex-CIA agent", "Suns' coach": punctuation inside a compound or possessive.
            TokKind::Punct => matches!(l, "-" | "'" | "’") && glued,
        };
        if !ok {
            break;
        }
        start = p;
    }
    // A plain person noun needs a word before it.
    if n == 0 && start + 1 >= end {
        return None;
    }
    trim(doc, start, end)
}

/// "the top diplomat for the Pacific region, X,": a description that ends with its
/// complement rather than its head, set off by a comma before the name (`end` is that
/// comma). It must open with "the" after a clause boundary and hold a head in its first
/// words.
fn segment_before(doc: &Doc<'_>, s_start: usize, end: usize) -> Option<(usize, usize)> {
    let mut p = end;
    while p > s_start && end - p < 12 {
        let w = doc.tok(p - 1);
        if matches!(w, "," | ";" | ":" | "(" | "—" | "–" | "\"" | "“") {
            break;
        }
        p -= 1;
    }
    // "Lately the top envoy ...": an adverb may open the sentence before "the".
    if let Some(q) = (p..end.min(p + 3)).find(|&q| doc.low(q) == "the") {
        p = q;
    }
    // "A CIA operative until 1976, X ...": a description that opens the sentence may
    // start with "a".
    let fronted = p == s_start && matches!(doc.low(p), "a" | "an");
    if !(doc.low(p) == "the" || fronted) || end - p < 3 {
        return None;
    }
    let head_end = (p + 1..end.min(p + 6)).find(|&k| head_ending_at(doc, p + 1, k) > 0)?;
    // The words after the head are its complement ("for the region", "of Kestria"); a time
    // after it ("until 1976", "since May") is no part of the role.
    if head_end + 1 < end {
        match doc.low(head_end + 1) {
            "of" | "for" | "at" | "in" | "to" => {}
            "until" | "since" | "from" | "during" if fronted => {
                return trim(doc, p, head_end + 1);
            }
            _ => return None,
        }
    }
    trim(doc, p, end)
}

/// The role phrase read forwards from token `k`: up to a clause word or punctuation, and
/// holding a role head ("a doctoral student at Kent Valley University", "the league's top
/// scorer and ...").
fn phrase_after(doc: &Doc<'_>, k: usize, s_end: usize) -> Option<(usize, usize)> {
    let mut e = k;
    let mut seen_head = false;
    while e < s_end && e - k < 14 {
        let w = doc.low(e);
        if matches!(
            w,
            "," | "." | ";" | ":" | "(" | ")" | "\"" | "“" | "”" | "—" | "–"
        ) || phrase_end(w)
        {
            break;
        }
        if w == "and" && seen_head {
            break;
        }
        if !seen_head && head_ending_at(doc, k, e) > 0 {
            seen_head = true;
        }
        e += 1;
    }
    if !has_head(doc, k, e.min(k + 6)) {
        return None;
    }
    // "X, visited China with an official": a clause, not a description.
    let lex = &*LEX;
    let w0 = doc.low(k);
    let verb_like = (w0.ends_with("ed") || w0.ends_with("ing"))
        && !lex.is_role_head(w0)
        && head_ending_at(doc, k, k + 1) == 0
        && !doc
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == TokKind::Word && head_ending_at(doc, k, k + 1) > 0);
    if verb_like && !has_head(doc, k + 1, k + 2) {
        return None;
    }
    // "X, to be leaders on the court": a phrase opening with a preposition or a verb
    // word is a clause, not a description.
    if role_stop(doc.low(k))
        && !matches!(
            doc.low(k),
            "the" | "a" | "an" | "his" | "her" | "its" | "their"
        )
    {
        return None;
    }
    // The phrase must start like a description, not like another name in a list.
    let first = doc.tokens.get(k)?;
    if first.cap && !matches!(doc.low(k), "the" | "a" | "an") && !has_head(doc, k, k + 3) {
        return None;
    }
    trim(doc, k, e)
}

/// The role phrase after a name: "X, the Y of Z,", "X, 52, a Y at Z", "X, who is Y",
/// "X (Y)".
fn after(doc: &Doc<'_>, b: usize, s_end: usize) -> Option<(usize, usize)> {
    let mut k = b;
    match doc.tok(k) {
        "(" => return phrase_after(doc, k + 1, s_end).filter(|&(_, e)| doc.tok(e) == ")"),
        "," => k += 1,
        "as" => return as_title(doc, k + 1, s_end),
        _ => return None,
    }
    // An age: "X, 52, a lawyer".
    if doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::Number) && doc.tok(k + 1) == "," {
        k += 2;
    }
    // "X, who is the Y", "X, who was once a Y".
    if doc.low(k) == "who" {
        let verb = doc.low(k + 1);
        k += 2;
        match verb {
            "is" | "was" | "became" | "becomes" => {}
            "has" | "had" if doc.low(k) == "been" => k += 1,
            "serves" | "served" if doc.low(k) == "as" => k += 1,
            _ => return None,
        }
    }
    phrase_after(doc, k, s_end)
}

/// "replace Schmidt as CEO", "named Ruiz as head coach": an official title right after
/// "as", up to its head. A character ("Cavill as Superman") or a comparison ("joins Dev as
/// only the second captain") names no title.
fn as_title(doc: &Doc<'_>, k: usize, s_end: usize) -> Option<(usize, usize)> {
    let lex = &*LEX;
    let start = if matches!(doc.low(k), "the" | "its" | "their" | "his" | "her") {
        k + 1
    } else {
        k
    };
    let head = (start..s_end.min(start + 4)).find(|&e| {
        let n = head_ending_at(doc, start, e);
        n > 0 && lex.is_title(doc.low_span(e + 1 - n, e + 1))
    })?;
    // Only modifiers before the head: no clause, no punctuation.
    let plain = (start..head).all(|e| {
        doc.tokens
            .get(e)
            .is_some_and(|t| t.kind == TokKind::Word || doc.tok(e) == "-")
            && !role_stop(doc.low(e))
            && !matches!(doc.low(e), "only" | "one" | "first" | "second" | "third")
    });
    plain.then(|| trim(doc, start, head + 1)).flatten()
}

/// The role written next to the name over tokens `a..b`, as a token range.
#[must_use]
pub fn around(doc: &Doc<'_>, a: usize, b: usize) -> Option<(usize, usize)> {
    let sent = doc.tokens.get(a)?.sent;
    let s = doc.sentences.get(sent)?;
    before(doc, s.tok_start, a)
        .or_else(|| after(doc, b, s.tok_end))
        .or_else(|| shared(doc, s.tok_start, a))
}

/// "the Italian designers X and Y": Y shares the plural role written before X.
fn shared(doc: &Doc<'_>, s_start: usize, a: usize) -> Option<(usize, usize)> {
    if a < 2 || doc.low(a - 1) != "and" {
        return None;
    }
    let mut p = a - 1;
    while p > s_start
        && doc
            .tokens
            .get(p - 1)
            .is_some_and(|t| t.cap && t.kind == TokKind::Word)
    {
        p -= 1;
    }
    if p + 1 >= a {
        return None;
    }
    let (x, y) = before(doc, s_start, p)?;
    let last = doc.low(y - 1);
    let plural = last.strip_suffix('s').is_some_and(|w| {
        LEX.is_role_head(w) || w.strip_suffix('e').is_some_and(|v| LEX.is_role_head(v))
    });
    plural.then_some((x, y))
}

/// A description of someone already named: "The TV presenter said", "the New Jersey woman
/// can", "The Foreign Secretary told MPs". Returns the description's token range, for each
/// such phrase in sentence order.
#[must_use]
pub fn descriptions(doc: &Doc<'_>) -> Vec<(usize, usize)> {
    let lex = &*LEX;
    let mut out = Vec::new();
    for s in &doc.sentences {
        if s.caps_line {
            continue;
        }
        let mut k = s.tok_start;
        while k < s.tok_end {
            if doc.low(k) != "the" {
                k += 1;
                continue;
            }
            // The noun phrase after "the": modifiers, then a head followed by no name.
            let mut e = k + 1;
            while e < s.tok_end && e - k <= 6 {
                let t = doc.tokens.get(e);
                let word = t.is_some_and(|t| {
                    matches!(
                        t.kind,
                        TokKind::Word | TokKind::Number | TokKind::Possessive
                    ) || (doc.tok(e) == "-" && !t.space_before)
                });
                if !word || role_stop(doc.low(e)) || phrase_end(doc.low(e)) {
                    break;
                }
                e += 1;
            }
            // Shrink to the last role head inside.
            let mut found = None;
            for h in (k + 1..e).rev() {
                let n = head_ending_at(doc, k + 1, h);
                let noun = lex.is_person_noun(doc.low(h)) && h > k + 1;
                if n > 0 || noun {
                    found = Some(h + 1);
                    break;
                }
            }
            let Some(end) = found else {
                k = e.max(k + 1);
                continue;
            };
            let last = doc.low(end - 1);
            let next = doc.tokens.get(end);
            // Not a plural ("the designers"), not a title before a name ("the President
            // Joe Biden"), not a possessive ("the president's office").
            let singular = !last.ends_with('s')
                || lex.is_role_head(last) && !lex.is_role_head(last.trim_end_matches('s'));
            let name_next = next.is_some_and(|t| t.cap || t.kind == TokKind::Possessive);
            let generic = matches!(last, "official" | "officials" | "head" | "chief" | "seed");
            // "pardoned by the president": the agent or object of another clause.
            let other = k > s.tok_start
                && matches!(
                    doc.low(k - 1),
                    "by" | "with" | "against" | "to" | "from" | "and" | "or" | "than" | "versus"
                );
            if singular && !name_next && !generic && !other {
                out.push((k + 1, end));
            }
            k = end.max(k + 1);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::tokenize;

    fn role_of(text: &str, name: &str) -> Option<String> {
        let doc = tokenize(text);
        let start = text.find(name)?;
        let a = doc.tokens.iter().position(|t| t.bstart == start)?;
        let b = doc
            .tokens
            .iter()
            .position(|t| t.bend == start + name.len())?
            + 1;
        around(&doc, a, b).map(|(x, y)| doc.span_str(x, y).to_owned())
    }

    #[test]
    fn every_common_role_shape_is_read() {
        let cases = [
            (
                "Talks began, said Norvia chief executive Paul Armand on Monday.",
                "Paul Armand",
                "Norvia chief executive",
            ),
            (
                "It was led by Kenya's top negotiator, Ruth Wanjiru, on Friday.",
                "Ruth Wanjiru",
                "Kenya's top negotiator",
            ),
            (
                "The plan came from former Ulster coach Dan Rees last year.",
                "Dan Rees",
                "former Ulster coach",
            ),
            (
                "Ola Berg, the mayor of Tromsvik, opened the bridge.",
                "Ola Berg",
                "mayor of Tromsvik",
            ),
            (
                "It is rare, said Ana Ruiz, a doctoral student at Lakeview State University whose study ran.",
                "Ana Ruiz",
                "doctoral student at Lakeview State University",
            ),
            (
                "Carl Dorn, who is the town's chief planner, agreed.",
                "Carl Dorn",
                "town's chief planner",
            ),
            (
                "The bill was backed by Eva Lind (the party's treasurer) on Monday.",
                "Eva Lind",
                "party's treasurer",
            ),
            (
                "The deal was signed, said report co-author Mia Holt, at the launch.",
                "Mia Holt",
                "report co-author",
            ),
            (
                "Jon Tal, 52, a drug trafficker from the border town, was freed.",
                "Jon Tal",
                "drug trafficker from the border town",
            ),
            (
                "An ex-CIA agent Rob Vance testified.",
                "Rob Vance",
                "ex-CIA agent",
            ),
            (
                "Singer Tom Ash weds TV star Lia Moss in Rome.",
                "Lia Moss",
                "TV star",
            ),
            (
                "The Brisk designers Ada Cole and Ben Hale left.",
                "Ben Hale",
                "Brisk designers",
            ),
            (
                "She greeted former Kestrian leader Ivo Brandt at the gala.",
                "Ivo Brandt",
                "former Kestrian leader",
            ),
            (
                "Lately the top envoy for the Arctic region, Ivo Brandt, met them.",
                "Ivo Brandt",
                "top envoy for the Arctic region",
            ),
        ];
        for (text, name, want) in cases {
            assert_eq!(role_of(text, name).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn honorifics_and_plain_lists_are_no_roles() {
        assert_eq!(
            role_of("Later Mr Tobin said the vote was lost.", "Tobin"),
            None
        );
        assert_eq!(
            role_of(
                "Guests included Ann Poe, Bill Marsh and Carl Dent.",
                "Ann Poe"
            ),
            None
        );
        assert_eq!(role_of("The woman Jane Fitch said no.", "Jane Fitch"), None);
        assert_eq!(
            role_of(
                "Rain delays final\nVeteran analyst Rob Eng said so.",
                "Rob Eng"
            )
            .as_deref(),
            Some("Veteran analyst")
        );
        assert_eq!(
            role_of(
                "They want Ivo Brandt, to be leaders on the court.",
                "Ivo Brandt"
            ),
            None
        );
        assert_eq!(
            role_of(
                "Later Ivo Brandt, visited Oslo with a senior official to agree terms.",
                "Ivo Brandt"
            ),
            None
        );
    }

    #[test]
    fn a_later_description_is_found() {
        let text = "Lena Varga arrived in Paris. The TV presenter had said she would rest, and the players' union agreed.";
        let doc = tokenize(text);
        let d: Vec<String> = descriptions(&doc)
            .into_iter()
            .map(|(a, b)| doc.span_str(a, b).to_owned())
            .collect();
        assert_eq!(d, vec!["TV presenter".to_owned()]);
    }
}
