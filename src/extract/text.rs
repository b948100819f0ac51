//! Split article text into tokens and sentences, keeping both char and byte offsets.
//!
//! One linear pass over the text: every later stage works on these tokens and never
//! re-scans the characters. Offsets are `char` offsets (what the facts JSON counts) plus
//! byte offsets (what slicing a `&str` needs).

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TokKind {
    /// Letters (possibly with digits, inner apostrophes or abbreviation periods).
    Word,
    /// Digits, possibly with inner `,` or `.` (`1,000`, `3.5`) and letter suffixes (`1990s`).
    Number,
    /// The possessive `'s` / `’s` split off a word.
    Possessive,
    /// Any other single character that is not white space.
    #[default]
    Punct,
}

/// One token with its offsets.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    /// First char (Unicode scalar value) offset.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// First byte offset.
    pub bstart: usize,
    /// One past the last byte.
    pub bend: usize,
    /// What the token is made of.
    pub kind: TokKind,
    /// The first char is upper case.
    pub cap: bool,
    /// Every letter is upper case (and there is at least one).
    pub upper: bool,
    /// White space precedes the token.
    pub space_before: bool,
    /// A line break precedes the token.
    pub newline_before: bool,
    /// Index of the sentence the token belongs to.
    pub sent: usize,
    /// Byte range of the token in [`Doc::lower`].
    pub lstart: usize,
    /// End of that range.
    pub lend: usize,
}

/// One sentence: a token range and its char/byte extent.
#[derive(Debug, Clone, Copy)]
pub struct Sentence {
    /// First token index.
    pub tok_start: usize,
    /// One past the last token index.
    pub tok_end: usize,
    /// First char offset.
    pub start: usize,
    /// One past the last char offset.
    pub end: usize,
    /// First byte offset.
    pub bstart: usize,
    /// One past the last byte offset.
    pub bend: usize,
    /// The sentence's line is written in capitals (a wire headline): case says nothing.
    pub caps_line: bool,
    /// Index of the paragraph (blank-line separated block).
    pub para: usize,
}

/// A tokenised text.
#[derive(Debug, Clone)]
pub struct Doc<'a> {
    /// The text every offset points into.
    pub text: &'a str,
    /// Every token in order.
    pub tokens: Vec<Token>,
    /// Every sentence in order.
    pub sentences: Vec<Sentence>,
    /// The text lower-cased token by token (separators kept), so a lower-case view of any
    /// token span is a slice, not an allocation.
    pub lower: String,
}

/// Words that take an abbreviation period ("Mr.", "Gen.", "Jan.") and do not end a sentence.
const ABBREV: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj", "adm",
    "cmdr", "cpl", "pvt", "prof", "rev", "st", "mt", "ft", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "inc", "corp", "co", "ltd", "jr", "sr", "no", "nos", "vs",
    "dept", "univ", "assn", "bros", "gov", "calif", "fla", "ill", "mass", "mich", "penn", "tex",
    "ariz", "colo", "conn", "wash", "wis", "minn", "tenn", "ky", "ga", "ala", "okla", "ore", "nev",
    "md", "va", "pa", "ny", "nj", "la", "ark", "del", "ind", "kan", "mo", "mont", "neb", "vt",
    "wyo", "ont", "que", "alta", "sask", "nfld", "fig", "est", "approx", "etc", "cf", "al", "e.g",
    "i.e", "u.s", "u.n", "sen", "reps", "messrs", "mme", "mlle", "hon", "supt", "det", "insp",
    "adm", "brig",
];

/// Abbreviations that may still end a sentence when a capitalised function word follows.
/// ("Noah's Ark.", "Prime Minister Naoto Kan.", "Mo." are words and names too.)
const ABBREV_MAY_END: &[&str] = &[
    "inc", "corp", "co", "ltd", "jr", "sr", "etc", "u.s", "u.n", "ark", "kan", "mo",
];

/// [`ABBREV`] packed into integers (see [`pack`]): one integer compare per entry instead of
/// a string compare, for every word before a period.
const ABBREV_KEYS: [u64; ABBREV.len()] = abbrev_keys(ABBREV);

// Evaluated by the compiler: an index out of range would fail the build, not panic.
#[allow(clippy::indexing_slicing)]
const fn abbrev_keys<const N: usize>(words: &[&str]) -> [u64; N] {
    let mut keys = [0u64; N];
    let mut i = 0;
    while i < N {
        keys[i] = pack(words[i].as_bytes(), false);
        i += 1;
    }
    keys
}

/// Up to eight bytes as one little-endian integer, ASCII letters lower-cased when `fold`
/// is set. No word holds a zero byte, so two words of at most eight bytes are equal exactly
/// when their integers are.
const fn pack(mut bytes: &[u8], fold: bool) -> u64 {
    let mut key = 0u64;
    let mut shift = 0u32;
    while let [b, rest @ ..] = bytes
        && shift < 64
    {
        let b = if fold { b.to_ascii_lowercase() } else { *b };
        key |= (b as u64) << shift;
        shift += 8;
        bytes = rest;
    }
    key
}

/// Abbreviations written in lower case too ("etc.", "e.g.", "vs."). The others are titles,
/// months, days and states, capitalised; lower-case they are words that may end a sentence
/// ("fell ill.", "critical mass.", "said no.").
const ABBREV_LOWER: &[&str] = &[
    "etc", "e.g", "i.e", "cf", "approx", "est", "al", "vs", "fig",
];

const ABBREV_LOWER_KEYS: [u64; ABBREV_LOWER.len()] = abbrev_keys(ABBREV_LOWER);

fn is_abbrev(word: &str) -> bool {
    let bytes = word.as_bytes();
    word.len() <= 6
        && ABBREV_KEYS.contains(&pack(bytes, true))
        && (bytes.first().is_some_and(u8::is_ascii_uppercase)
            || ABBREV_LOWER_KEYS.contains(&pack(bytes, false)))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The char that starts at byte `pos` of `text` (`None` at the end). ASCII, nearly all of
/// an article, is read straight from the byte; anything else is decoded.
fn char_at(text: &str, pos: usize) -> Option<char> {
    let b = *text.as_bytes().get(pos)?;
    if b.is_ascii() {
        Some(char::from(b))
    } else {
        text.get(pos..)?.chars().next()
    }
}

/// Whether the word `s` has a letter and no lower-case letter: one pass that stops at the
/// first lower-case letter.
fn all_upper(s: &str) -> bool {
    let mut letter = false;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        letter |= c.is_alphabetic();
    }
    letter
}

/// Tokenise and sentence-split `text` in one pass.
///
/// The scan walks byte offsets with [`char_at`] (no iterator clones to look ahead) and
/// counts chars as it goes, so char and byte offsets come out of the same pass.
#[must_use]
pub fn tokenize(text: &str) -> Doc<'_> {
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    let mut pos = 0usize; // byte offset of the next char
    let mut ci = 0usize; // char offset of the next char
    // The first token counts as spaced: no token comes before it to join.
    let mut space_before = true;
    let mut newlines = 0usize;
    while let Some(c) = char_at(text, pos) {
        if c.is_whitespace() {
            space_before = true;
            newlines += usize::from(c == '\n');
            pos += c.len_utf8();
            ci += 1;
            continue;
        }
        let b = pos;
        let cstart = ci;
        pos += c.len_utf8();
        ci += 1;
        let kind;
        if is_word_char(c) {
            let numeric = c.is_ascii_digit();
            (pos, ci) = scan_word(text, pos, ci, numeric);
            kind = if numeric {
                TokKind::Number
            } else {
                TokKind::Word
            };
            if !numeric && bytes.get(pos) == Some(&b'.') {
                (pos, ci) = abbreviation_period(text, b, pos, ci, ci - cstart == 1);
            }
        } else if is_apostrophe(c)
            && matches!(bytes.get(pos), Some(b's' | b'S'))
            && tokens
                .last()
                .is_some_and(|t| t.bend == b && t.kind == TokKind::Word)
        {
            if char_at(text, pos + 1).is_some_and(is_word_char) {
                kind = TokKind::Punct;
            } else {
                pos += 1;
                ci += 1;
                kind = TokKind::Possessive;
            }
        } else {
            kind = TokKind::Punct;
        }
        let word = kind == TokKind::Word;
        // A word that starts in lower case is not all upper case: no second look at it.
        let upper = word && !c.is_lowercase() && all_upper(text.get(b..pos).unwrap_or_default());
        tokens.push(Token {
            start: cstart,
            end: ci,
            bstart: b,
            bend: pos,
            kind,
            cap: word && c.is_uppercase(),
            upper,
            space_before,
            newline_before: newlines > 0,
            // Remember blank lines through `sent` until the sentences are split:
            // 2 = paragraph break, 1 = line break.
            sent: newlines.min(2),
            // The lower-case view keeps the byte offsets unless a letter changes length.
            lstart: b,
            lend: pos,
        });
        space_before = false;
        newlines = 0;
    }
    let sentences = split_sentences(text, &mut tokens);
    let lower = lower_case_view(text, &mut tokens);
    Doc {
        text,
        tokens,
        sentences,
        lower,
    }
}

/// The rest of a word or number that starts before byte `pos` (char `ci`): alphanumerics,
/// inner apostrophes, and in a number inner `,`/`.` before a digit. Returns the byte and
/// char offsets of its end; a separator is only taken when a char of the word follows it,
/// so the scan never ends on one.
fn scan_word(text: &str, mut pos: usize, mut ci: usize, numeric: bool) -> (usize, usize) {
    let bytes = text.as_bytes();
    loop {
        // The common case, in a tight loop: a run of ASCII letters and digits.
        let run = alnum_run(bytes.get(pos..).unwrap_or_default());
        pos += run;
        ci += run;
        let Some(nc) = char_at(text, pos) else {
            break;
        };
        if !nc.is_ascii() && is_word_char(nc) {
            pos += nc.len_utf8();
            ci += 1;
            continue;
        }
        let apostrophe = is_apostrophe(nc);
        if !apostrophe && !(numeric && (nc == ',' || nc == '.')) {
            break;
        }
        // Look two ahead without consuming.
        let after_pos = pos + nc.len_utf8();
        let after = char_at(text, after_pos);
        let continues = if apostrophe {
            // Possessive 's ends the word; other inner apostrophes before a letter continue it.
            let after2 = after.and_then(|x| char_at(text, after_pos + x.len_utf8()));
            let possessive = matches!(after, Some('s' | 'S')) && !after2.is_some_and(is_word_char);
            !possessive && after.is_some_and(char::is_alphabetic)
        } else {
            after.is_some_and(|x| x.is_ascii_digit())
        };
        if !continues {
            break;
        }
        pos = after_pos;
        ci += 1;
    }
    (pos, ci)
}

/// How many bytes at the start of `bytes` are ASCII letters or digits, tested eight at a
/// time in one integer: most words end within the first eight.
fn alnum_run(bytes: &[u8]) -> usize {
    let mut n = 0usize;
    while let Some(chunk) = bytes.get(n..).and_then(<[u8]>::first_chunk::<8>) {
        let stop = not_alnum(u64::from_le_bytes(*chunk));
        if stop != 0 {
            return n + (stop.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + bytes.get(n..).map_or(0, |rest| {
        rest.iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count()
    })
}

/// The high bit of each byte of `w` that is not an ASCII letter or digit.
fn not_alnum(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // The high bit of each byte whose low seven bits lie in `lo..=hi`: adding `0x80 - lo`
    // sets it from `lo` up, adding `0x7f - hi` from above `hi`, and no sum carries into the
    // next byte.
    let in_range = |x: u64, lo: u8, hi: u8| {
        (x + ONES * u64::from(0x80 - lo)) & !(x + ONES * u64::from(0x7f - hi)) & HIGH
    };
    let low7 = w & !HIGH;
    let digit = in_range(low7, b'0', b'9');
    // Setting bit 5 lower-cases a letter and moves nothing else into `a..=z`.
    let letter = in_range(low7 | (ONES * 0x20), b'a', b'z');
    let ascii = !w & HIGH;
    !((digit | letter) & ascii) & HIGH
}

/// The end of a word whose text `text[start..pos]` is followed by a period at `pos`, with
/// the period taken when it marks an abbreviation: after a single letter (an initial, or
/// letter-period pairs like "U.S." and "a.m.", taken whole), or after a listed word ("Gen.").
fn abbreviation_period(
    text: &str,
    start: usize,
    pos: usize,
    ci: usize,
    single: bool,
) -> (usize, usize) {
    if single {
        let (mut pos, mut ci) = (pos + 1, ci + 1);
        while let Some(l1) = char_at(text, pos)
            && l1.is_alphabetic()
            && text.as_bytes().get(pos + l1.len_utf8()) == Some(&b'.')
        {
            pos += l1.len_utf8() + 1;
            ci += 2;
        }
        (pos, ci)
    } else if is_abbrev(text.get(start..pos).unwrap_or_default()) {
        (pos + 1, ci + 1)
    } else {
        (pos, ci)
    }
}

/// The text lower-cased token by token, separators kept, with each token's range in it.
///
/// Tokens arrive with their lower-case range equal to their byte range, which stays true
/// unless lower-casing changes the length of some char.
fn lower_case_view(text: &str, tokens: &mut [Token]) -> String {
    let end = tokens.last().map_or(0, |t| t.bend);
    let covered = text.get(..end).unwrap_or_default();
    if covered.is_ascii() {
        // ASCII keeps every offset, and what lies between tokens is white space, which
        // lower-casing leaves as it is: one copy of the text, lower-cased in place.
        return covered.to_ascii_lowercase();
    }
    if let Some(lower) = lower_same_length(covered) {
        return lower;
    }
    let mut lower = String::with_capacity(text.len() + 16);
    let mut prev_end = 0usize;
    for t in tokens.iter_mut() {
        lower.push_str(text.get(prev_end..t.bstart).unwrap_or_default());
        t.lstart = lower.len();
        let s = text.get(t.bstart..t.bend).unwrap_or_default();
        if s.is_ascii() {
            lower.push_str(s);
            if let Some(tail) = lower.get_mut(t.lstart..) {
                tail.make_ascii_lowercase();
            }
        } else {
            for c in s.chars() {
                lower.extend(c.to_lowercase());
            }
        }
        t.lend = lower.len();
        prev_end = t.bend;
    }
    lower
}

/// `text` lower-cased char by char, or `None` when that changes the length of a char.
///
/// Between tokens lies only white space, which has no lower case, so this equals the
/// token-by-token view with every offset unchanged. ASCII runs are copied whole and
/// lower-cased at the end: the lower case of any other char holds no ASCII capital.
fn lower_same_length(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let (run, tail) = rest.split_at_checked(ascii)?;
        out.push_str(run);
        let mut chars = tail.chars();
        let Some(c) = chars.next() else {
            break;
        };
        let before = out.len();
        out.extend(c.to_lowercase());
        if out.len() - before != c.len_utf8() {
            return None;
        }
        rest = chars.as_str();
    }
    out.make_ascii_lowercase();
    Some(out)
}

fn tok_str<'a>(text: &'a str, t: &Token) -> &'a str {
    text.get(t.bstart..t.bend).unwrap_or_default()
}

/// Words that start sentences; after an ambiguous abbreviation they confirm a boundary.
fn is_starter(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "But"
            | "And"
            | "In"
            | "On"
            | "At"
            | "This"
            | "That"
            | "There"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "If"
            | "When"
            | "While"
            | "After"
            | "Before"
            | "However"
            | "Some"
            | "Most"
            | "Officials"
    )
}

/// Whether a sentence is a line written in capitals (a wire headline): at least six
/// upper-case letters and fewer than one lower-case letter per five upper-case ones.
///
/// Upper- and lower-case letters together are at most the bytes of `s`, so once the
/// lower-case ones reach a sixth of the bytes the answer is no: prose stops after a few
/// dozen bytes instead of counting the whole sentence.
fn is_caps_line(s: &str) -> bool {
    let limit = s.len();
    let (mut up, mut low) = (0usize, 0usize);
    for (i, b) in s.bytes().enumerate() {
        if b.is_ascii_uppercase() {
            up += 1;
        } else if b.is_ascii_lowercase() {
            low += 1;
            if low * 6 >= limit {
                return false;
            }
        } else if !b.is_ascii() {
            // The first byte that is not ASCII starts a char: count the rest by chars.
            for c in s.get(i..).unwrap_or_default().chars() {
                if c.is_uppercase() {
                    up += 1;
                } else if c.is_lowercase() {
                    low += 1;
                    if low * 6 >= limit {
                        return false;
                    }
                }
            }
            break;
        }
    }
    up >= 6 && low * 5 < up
}

/// Split the tokens into sentences, giving each token its sentence index (its `sent` holds
/// the line breaks before it until then).
fn split_sentences(text: &str, tokens: &mut [Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut sent_start = 0usize;
    let mut para = 0usize;
    let n = tokens.len();
    for i in 1..n {
        // Read before `push_sentence` overwrites it (it only touches tokens before `i`).
        let breaks = tokens.get(i).map_or(0, |t| t.sent);
        if ends_before(text, tokens, i) {
            push_sentence(text, &mut sentences, tokens, (sent_start, i), para);
            if breaks >= 2 {
                para += 1;
            }
            sent_start = i;
        }
    }
    if sent_start < n {
        push_sentence(text, &mut sentences, tokens, (sent_start, n), para);
    }
    sentences
}

/// Whether a sentence ends before token `i` (at least 1).
fn ends_before(text: &str, tokens: &[Token], i: usize) -> bool {
    let (Some(prev), Some(cur)) = (tokens.get(i - 1), tokens.get(i)) else {
        return false;
    };
    let breaks = cur.sent; // 0, 1 (line break) or 2 (blank line)
    if breaks >= 2 {
        return true;
    }
    if breaks == 1 {
        // A single line break ends a sentence unless it looks like wrapped prose.
        let wrapped = tok_str(text, cur)
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
            && (prev.kind == TokKind::Word || tok_str(text, prev) == ",");
        if !wrapped {
            return true;
        }
    }
    if !cur.space_before {
        return false;
    }
    // What may open a sentence is checked first: most tokens do not, and need no look back.
    // (Quotes and brackets are one char each: punctuation tokens.)
    let next_ok = cur.cap
        || cur.kind == TokKind::Number
        || (cur.kind == TokKind::Punct
            && matches!(tok_str(text, cur), "\"" | "“" | "‘" | "'" | "(" | "`"));
    if !next_ok {
        return false;
    }
    // The last non-closing token before `cur`.
    let mut j = i - 1;
    while j > 0
        && tokens.get(j).is_some_and(|t| {
            t.kind == TokKind::Punct
                && matches!(tok_str(text, t), "\"" | "”" | "’" | "'" | ")" | "]")
        })
    {
        j -= 1;
    }
    let Some(term) = tokens.get(j) else {
        return false;
    };
    let term_s = tok_str(text, term);
    if matches!(term_s, "." | "!" | "?" | "…") {
        return true;
    }
    // An abbreviation: only a few may end a sentence, and only before a typical sentence
    // starter.
    term.kind == TokKind::Word
        && term_s.ends_with('.')
        && is_starter(tok_str(text, cur))
        && ABBREV_MAY_END
            .iter()
            .any(|a| a.eq_ignore_ascii_case(term_s.trim_end_matches('.')))
}

/// Close the sentence of tokens `from..to`: number its tokens and record its extent.
fn push_sentence(
    text: &str,
    sentences: &mut Vec<Sentence>,
    tokens: &mut [Token],
    (from, to): (usize, usize),
    para: usize,
) {
    let idx = sentences.len();
    let Some(range) = tokens.get_mut(from..to) else {
        return;
    };
    let (Some(first), Some(last)) = (range.first(), range.last()) else {
        return;
    };
    let (start, bstart, end, bend) = (first.start, first.bstart, last.end, last.bend);
    for t in range {
        t.sent = idx;
    }
    sentences.push(Sentence {
        tok_start: from,
        tok_end: to,
        start,
        end,
        bstart,
        bend,
        caps_line: is_caps_line(text.get(bstart..bend).unwrap_or_default()),
        para,
    });
}

impl Doc<'_> {
    /// The text of token `i` (empty when out of range).
    #[must_use]
    pub fn tok(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map(|t| tok_str(self.text, t))
            .unwrap_or_default()
    }

    /// The lower-case text of token `i` (empty when out of range).
    #[must_use]
    pub fn low(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .and_then(|t| self.lower.get(t.lstart..t.lend))
            .unwrap_or_default()
    }

    /// The lower-case text from token `a` to token `b - 1`, separators as written.
    #[must_use]
    pub fn low_span(&self, a: usize, b: usize) -> &str {
        match (
            self.tokens.get(a),
            b.checked_sub(1).and_then(|l| self.tokens.get(l)),
        ) {
            (Some(x), Some(y)) if y.lend >= x.lstart => {
                self.lower.get(x.lstart..y.lend).unwrap_or_default()
            }
            _ => "",
        }
    }

    /// The text between the start of token `a` and the end of token `b - 1`.
    #[must_use]
    pub fn span_str(&self, a: usize, b: usize) -> &str {
        match (
            self.tokens.get(a),
            b.checked_sub(1).and_then(|l| self.tokens.get(l)),
        ) {
            (Some(x), Some(y)) if y.bend >= x.bstart => {
                self.text.get(x.bstart..y.bend).unwrap_or_default()
            }
            _ => "",
        }
    }

    /// The sentence text of sentence `i`.
    #[must_use]
    pub fn sentence_str(&self, i: usize) -> &str {
        self.sentences
            .get(i)
            .and_then(|s| self.text.get(s.bstart..s.bend))
            .unwrap_or_default()
    }

    /// Whether tokens `a` and `b` stand in the same sentence (false when either is past the
    /// end).
    #[must_use]
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.tokens.get(a), self.tokens.get(b)) {
            (Some(x), Some(y)) => x.sent == y.sent,
            _ => false,
        }
    }

    /// Whether token `i` starts its sentence (ignoring opening quotes and brackets).
    #[must_use]
    pub fn sentence_initial(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        let Some(s) = self.sentences.get(t.sent) else {
            return false;
        };
        // Walk back over opening quotes and brackets only: constant work per token.
        let mut j = i;
        while j > s.tok_start
            && matches!(
                self.tok(j - 1),
                "\"" | "“" | "‘" | "'" | "(" | "`" | "-" | "—" | "–" | "["
            )
        {
            j -= 1;
        }
        j == s.tok_start
            || self
                .tokens
                .get(i.wrapping_sub(1))
                .is_some_and(|p| matches!(self.tok(i - 1), ":" | "—" | "–") && p.sent == t.sent)
    }
}

/// The char span `(start, end)` of the sentence containing `char_offset`, or `None` when the
/// offset is past the end of the text.
///
/// ```
/// let text = "He came. She left at noon.";
/// assert_eq!(briefcard::extract::sentence_around(text, 12), Some((9, 26)));
/// ```
#[must_use]
pub fn sentence_around(text: &str, char_offset: usize) -> Option<(usize, usize)> {
    let doc = tokenize(text);
    let last_end = doc.sentences.last().map(|s| s.end)?;
    if char_offset >= text.chars().count() && char_offset > last_end {
        return None;
    }
    // The sentence that contains the offset, or the next one when it falls in white space.
    doc.sentences
        .iter()
        .find(|s| char_offset < s.end)
        .or(doc.sentences.last())
        .map(|s| (s.start, s.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let d = tokenize(text);
        (0..d.tokens.len()).map(|i| d.tok(i).to_owned()).collect()
    }

    /// The tokenizer as it was before the byte-offset scan: the oracle for [`tokenize`].
    fn reference_tokens(text: &str) -> Vec<Token> {
        let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
        let mut it = text.char_indices().peekable();
        let mut ci = 0usize; // char index of the next char from `it`
        let mut space_before = false;
        let mut newlines = 0usize;
        while let Some((b, c)) = it.next() {
            let cstart = ci;
            ci += 1;
            if c.is_whitespace() {
                space_before = true;
                if c == '\n' {
                    newlines += 1;
                }
                continue;
            }
            let mut bend = b + c.len_utf8();
            let mut cend = ci;
            let kind;
            if is_word_char(c) {
                let numeric_start = c.is_ascii_digit();
                // Scan the word: alphanumerics, inner apostrophes, inner `,`/`.` between digits.
                while let Some(&(nb, nc)) = it.peek() {
                    if is_word_char(nc) {
                        it.next();
                        ci += 1;
                        bend = nb + nc.len_utf8();
                        cend = ci;
                        continue;
                    }
                    if is_apostrophe(nc) || ((nc == ',' || nc == '.') && numeric_start) {
                        // Look two ahead without consuming.
                        let mut look = it.clone();
                        look.next();
                        let after = look.peek().map(|&(_, x)| x);
                        let after2 = {
                            let mut l2 = look.clone();
                            l2.next();
                            l2.peek().map(|&(_, x)| x)
                        };
                        if is_apostrophe(nc) {
                            // Possessive 's ends the word; other inner apostrophes continue it.
                            let possessive = matches!(after, Some('s' | 'S'))
                                && !after2.is_some_and(is_word_char);
                            if possessive || !after.is_some_and(char::is_alphabetic) {
                                break;
                            }
                        } else if !after.is_some_and(|x| x.is_ascii_digit()) {
                            break;
                        }
                        it.next();
                        ci += 1;
                        continue;
                    }
                    break;
                }
                let word = text.get(b..bend).unwrap_or_default();
                kind = if numeric_start {
                    TokKind::Number
                } else {
                    TokKind::Word
                };
                // Abbreviation periods: "U.S.", "a.m.", initials "J.", and listed words ("Gen.").
                if kind == TokKind::Word && it.peek().is_some_and(|&(_, x)| x == '.') {
                    let single = word.chars().count() == 1;
                    if single {
                        it.next();
                        ci += 1;
                        bend += 1;
                        cend = ci;
                        loop {
                            let mut look = it.clone();
                            let l1 = look.next();
                            let l2 = look.next();
                            match (l1, l2) {
                                (Some((_, x)), Some((pb, '.'))) if x.is_alphabetic() => {
                                    it.next();
                                    it.next();
                                    ci += 2;
                                    bend = pb + 1;
                                    cend = ci;
                                }
                                _ => break,
                            }
                        }
                    } else if is_abbrev(word) {
                        it.next();
                        ci += 1;
                        bend += 1;
                        cend = ci;
                    }
                }
            } else if is_apostrophe(c)
                && it.peek().is_some_and(|&(_, x)| x == 's' || x == 'S')
                && tokens
                    .last()
                    .is_some_and(|t| t.bend == b && t.kind == TokKind::Word)
            {
                let mut look = it.clone();
                look.next();
                if look.peek().is_some_and(|&(_, x)| is_word_char(x)) {
                    kind = TokKind::Punct;
                } else {
                    it.next();
                    ci += 1;
                    bend += 1;
                    cend = ci;
                    kind = TokKind::Possessive;
                }
            } else {
                kind = TokKind::Punct;
            }
            let s = text.get(b..bend).unwrap_or_default();
            let cap = kind == TokKind::Word && s.chars().next().is_some_and(char::is_uppercase);
            let upper = kind == TokKind::Word
                && s.chars().any(char::is_alphabetic)
                && !s.chars().any(char::is_lowercase);
            tokens.push(Token {
                start: cstart,
                end: cend,
                bstart: b,
                bend,
                kind,
                cap,
                upper,
                space_before: space_before || tokens.is_empty(),
                newline_before: newlines > 0,
                sent: 0,
                lstart: 0,
                lend: 0,
            });
            // Remember blank lines through `sent` temporarily: 2 = paragraph break, 1 = line break.
            if let Some(t) = tokens.last_mut() {
                t.sent = newlines.min(2);
            }
            space_before = false;
            newlines = 0;
        }
        tokens
    }

    /// The fields the scan sets (`sent` holds the line breaks before the split).
    fn fields(t: &Token) -> (usize, usize, usize, usize, TokKind, bool, bool, bool, bool) {
        (
            t.start,
            t.end,
            t.bstart,
            t.bend,
            t.kind,
            t.cap,
            t.upper,
            t.space_before,
            t.newline_before,
        )
    }

    proptest::proptest! {
        #[test]
        fn the_byte_scan_finds_the_tokens_the_char_scan_found(
            text in "[a-zA-Z0-9sS.,'’ \n\t\u{a0}éÉßİ\u{2028}٣ǅ\"(-]{0,40}"
        ) {
            let want: Vec<_> = reference_tokens(&text).iter().map(fields).collect();
            let doc = tokenize(&text);
            let got: Vec<_> = doc.tokens.iter().map(fields).collect();
            proptest::prop_assert_eq!(got, want);
            // The lower-case view, ASCII or not: each token and the whole span.
            let lower = |s: &str| s.chars().flat_map(char::to_lowercase).collect::<String>();
            let n = doc.tokens.len();
            for i in 0..n {
                proptest::prop_assert_eq!(doc.low(i).to_owned(), lower(doc.tok(i)));
            }
            proptest::prop_assert_eq!(doc.low_span(0, n).to_owned(), lower(doc.span_str(0, n)));
        }
    }

    /// The caps-line test as a plain count over the whole sentence.
    fn reference_caps_line(s: &str) -> bool {
        let up = s.chars().filter(|c| c.is_uppercase()).count();
        let low = s
            .chars()
            .filter(|c| !c.is_uppercase() && c.is_lowercase())
            .count();
        up >= 6 && low * 5 < up
    }

    proptest::proptest! {
        #[test]
        fn the_caps_line_test_stopping_early_agrees_with_a_full_count(
            s in "[A-Za-z0-9 .,ÉéßİΣσ\u{2028}]{0,60}"
        ) {
            proptest::prop_assert_eq!(is_caps_line(&s), reference_caps_line(&s));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_eight_byte_test_finds_the_run_a_byte_loop_finds(
            bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..40)
        ) {
            let want = bytes.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            proptest::prop_assert_eq!(alnum_run(&bytes), want);
        }

        #[test]
        fn long_runs_and_their_neighbour_bytes_are_told_apart(
            text in "[a-zA-Z0-9]{0,20}[@\\[`{/:é\u{80}-\u{ff} ]?[a-z]{0,9}"
        ) {
            let want = text.bytes().take_while(u8::is_ascii_alphanumeric).count();
            proptest::prop_assert_eq!(alnum_run(text.as_bytes()), want);
        }
    }

    #[test]
    fn listed_abbreviations_are_found_capitalised_and_few_in_lower_case() {
        for a in ABBREV {
            let mut title = a.to_string();
            if let Some(f) = title.get_mut(..1) {
                f.make_ascii_uppercase();
            }
            assert!(
                is_abbrev(&title) && is_abbrev(&a.to_ascii_uppercase()),
                "{a}"
            );
        }
        // In lower case only the abbreviations written so take the period: "fell ill." and
        // "critical mass." end their sentences.
        for a in ["etc", "e.g", "vs", "approx"] {
            assert!(is_abbrev(a), "{a}");
        }
        for w in ["ill", "mass", "no", "wash", "sun"] {
            assert!(!is_abbrev(w), "{w}");
        }
        for w in ["gens", "m", "mrs.x", "approxi", "é.g", "", "Gen\u{e9}"] {
            assert!(!is_abbrev(w), "{w}");
        }
    }

    #[test]
    fn abbreviations_and_possessives_are_tokens_of_their_own() {
        assert_eq!(
            words("U.S. Sen. Ann Lee’s plan cost $1,500.50 on Jan. 3."),
            vec![
                "U.S.", "Sen.", "Ann", "Lee", "’s", "plan", "cost", "$", "1,500.50", "on", "Jan.",
                "3", "."
            ]
        );
    }

    #[test]
    fn sentences_split_at_periods_but_not_after_titles() {
        let d =
            tokenize("Gen. Mark Ortiz arrived in Lagos. He met Dr. Adebayo on Monday.\n\nNEW LINE");
        let s: Vec<&str> = (0..d.sentences.len()).map(|i| d.sentence_str(i)).collect();
        assert_eq!(
            s,
            vec![
                "Gen. Mark Ortiz arrived in Lagos.",
                "He met Dr. Adebayo on Monday.",
                "NEW LINE"
            ]
        );
        assert!(d.sentences.last().is_some_and(|s| s.caps_line));
    }

    #[test]
    fn a_state_abbreviation_that_is_a_word_too_may_end_a_sentence() {
        let d = tokenize(
            "The cabinet of Prime Minister Naoto Kan. The quake struck a replica of Noah's \
             Ark. It opened in 2016 near Fort Smith, Ark., and Joplin, Mo., officials said.",
        );
        let s: Vec<&str> = (0..d.sentences.len()).map(|i| d.sentence_str(i)).collect();
        assert_eq!(
            s,
            vec![
                "The cabinet of Prime Minister Naoto Kan.",
                "The quake struck a replica of Noah's Ark.",
                "It opened in 2016 near Fort Smith, Ark., and Joplin, Mo., officials said."
            ]
        );
    }

    #[test]
    fn char_offsets_count_unicode_scalars() {
        let text = "Zoë visited Kraków.";
        let d = tokenize(text);
        let t = d.tokens.get(2).copied().unwrap_or_else(|| panic!("token"));
        let slice: String = text.chars().skip(t.start).take(t.end - t.start).collect();
        assert_eq!(slice, "Kraków");
    }

    #[test]
    fn sentence_around_finds_the_enclosing_sentence() {
        let text = "Talks began. The envoy left on Friday.";
        assert_eq!(sentence_around(text, 20), Some((13, 38)));
        assert_eq!(sentence_around(text, 0), Some((0, 12)));
        assert_eq!(sentence_around(text, 500), None);
        assert_eq!(sentence_around("", 0), None);
    }
}
