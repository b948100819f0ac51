//! Proper-name mentions: find capitalised chunks, split off titles, and label each chunk a
//! person, an organisation or a place — in two passes, so what the article says clearly in
//! one sentence decides the weak mentions elsewhere (sentence starts, capital headlines,
//! sports tables where a town names its team).

use rustc_hash::FxHashMap;

use super::lexicon::{LEX, Lexicon};
use super::text::{Doc, TokKind};
use crate::model::PlaceKind;

mod works;

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

/// Lower-case particles inside personal and place names ("Ludwig van Beethoven", "Dar es
/// Salaam", "Osama bin Laden").
const PARTICLES: &[&str] = &[
    "de", "da", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "du", "del",
    "dos", "das", "di", "es", "y",
];

/// Words after which "of" continues a name ("Secretary of State", "Gulf of Mexico").
/// Plural nouns for a group of people whose possessive can sit inside a name ("People's
/// Republic of China", "Children's Hospital of Pittsburgh", "Workers' Party"). Any other
/// possessive ends the name: "Blinken's visit", "Apple's iPhone".
const GROUP_POSSESSORS: &[&str] = &[
    "people",
    "peoples",
    "children",
    "women",
    "men",
    "workers",
    "veterans",
    "farmers",
    "citizens",
    "teachers",
    "nurses",
    "writers",
    "artists",
    "employees",
    "consumers",
    "soldiers",
    "sailors",
    "seamen",
    "miners",
    "boys",
    "girls",
    "mothers",
    "fathers",
    "parents",
    "patients",
    "students",
    "taxpayers",
    "voters",
    "friends",
    "elders",
    "ladies",
    "gentlemen",
    "journalists",
    "doctors",
    "lawyers",
    "officers",
    "pilots",
    "builders",
];

const TAKES_OF: &[&str] = &[
    "gulf",
    "sea",
    "bay",
    "strait",
    "straits",
    "isle",
    "island",
    "islands",
    "republic",
    "kingdom",
    "state",
    "states",
    "cape",
    "lake",
    "mount",
    "port",
    "province",
    "horn",
    "duke",
    "house",
    "chamber",
    "federation",
    "people's",
    "union",
    "prince",
    "sultan",
    "emir",
    "archbishop",
    "bishop",
    "centers",
    "centres",
    "isles",
    "commonwealth",
    "emirate",
    "bank",
];

/// Function words that are never names, even when capitalised.
const STOP: &[&str] = &[
    "the", "a", "an", "i", "he", "she", "it", "they", "we", "you", "his", "her", "its", "their",
    "our", "my", "this", "that", "these", "those", "but", "and", "or", "if", "in", "on", "at",
    "to", "of", "for", "by", "with", "from", "as", "is", "was", "mr", "mrs", "ms", "v", "vs", "no",
];

/// Adverbs, auxiliaries, question words and quantifiers that open a sentence or a headline
/// with a capital and are never part of a name ("So Peterson said", "Are Buckeye Balls …",
/// "Your Garden", "Many NASA watchers").
const OPENERS: &[&str] = &[
    "so", "once", "until", "about", "even", "are", "were", "be", "can", "could", "would", "should",
    "your", "what", "why", "how", "when", "while", "most", "many", "some", "not", "do", "does",
    "did", "don't", "aren't", "isn't", "can't", "won't", "also", "although", "though", "because",
    "every", "each", "any", "whether",
];

/// Last words of event names ("World Cup", "U.S. Open"): not actors, not places.
const EVENT_WORDS: &[&str] = &[
    "cup",
    "open",
    "championship",
    "championships",
    "games",
    "series",
    "classic",
    "prix",
    "final",
    "finals",
    "tour",
    "bowl",
    "trophy",
    "olympics",
    "marathon",
    "masters",
    "tournament",
    "rally",
    "invitational",
    "grand slam",
    "meeting",
    "festival",
    "conference",
    "summit",
    "war",
    "award",
    "awards",
    "prize",
    "day",
    "week",
    "act",
    "accord",
    "accords",
    "treaty",
    "plan",
    "agreement",
    "index",
    "semifinal",
    "semifinals",
    "quarterfinal",
];

/// Acronyms that are not organisations.
const NOT_ORG_ACRONYMS: &[&str] = &[
    "GDP", "GNP", "CPI", "PPI", "CEO", "CFO", "VAT", "AIDS", "HIV", "GMT", "EDT", "EST", "PST",
    "TV", "PM", "AM", "OK", "CAPS", "ID", "PC", "NB", "RBI", "ERA", "ET", "FY", "IPO", "DNA",
    "SARS", "COVID", "II", "III", "IV", "VI", "VII", "XI", "MP", "MPS", "UTC", "CD", "DVD", "PR",
    "US", "USA", "UK", "LTD", "INC", "CORP", "PLC", "LBW", "NO", "WK", "MW", "KM", "BST", "GP",
];

/// Sports named at the head of wire sports stories ("SOCCER - ...").
const SPORTS: &[&str] = &[
    "soccer",
    "football",
    "cricket",
    "tennis",
    "golf",
    "baseball",
    "basketball",
    "rugby",
    "athletics",
    "boxing",
    "cycling",
    "squash",
    "hockey",
    "motor",
    "motorcycling",
    "skiing",
    "swimming",
    "nfl",
    "nba",
    "nhl",
    "horse",
    "badminton",
    "volleyball",
    "handball",
    "rowing",
    "sailing",
    "yachting",
    "olympics",
    "chess",
    "snooker",
    "darts",
    "formula",
    "judo",
    "wrestling",
    "triathlon",
    "gymnastics",
    "alpine",
    "nordic",
    "speedway",
    "racing",
];

/// Words around a team name in results ("X beat Y", "X 2 Y 1", "X v Y").
const TEAM_AFTER: &[&str] = &[
    "beat",
    "beats",
    "drew",
    "draw",
    "lost",
    "won",
    "defeated",
    "edged",
    "routed",
    "thrashed",
    "held",
    "v",
    "vs",
    "vs.",
    "clinched",
    "crushed",
    "overcame",
    "trounced",
    "outclassed",
    "hammered",
    "downed",
    "whipped",
];
const TEAM_BEFORE: &[&str] = &[
    "beat", "v", "vs", "vs.", "against", "defeated", "beating", "edged",
];

/// Lower-case words after a name that make it an organisation ("Ericsson spokesman").
const ORG_FOLLOWERS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "shares",
    "stock",
    "shareholders",
    "subsidiary",
    "unit",
    "officials",
    "executives",
    "management",
    "board",
    "headquarters",
    "employees",
    "workers",
    "stake",
    "share",
    "bonds",
    "group",
    "chief",
    "daily",
    "newspaper",
    "weekly",
    "agency",
];

/// Lower-case nouns right before a name that make it an organisation ("telecoms group
/// Ericsson", "first division side Nice", "the daily Le Monde").
const ORG_DESCRIPTORS: &[&str] = &[
    "club",
    "side",
    "team",
    "daily",
    "newspaper",
    "weekly",
    "magazine",
    "agency",
    "company",
    "firm",
    "group",
    "maker",
    "operator",
    "chain",
    "distributor",
    "carrier",
    "insurer",
    "brokerage",
    "retailer",
    "airline",
    "conglomerate",
    "manufacturer",
    "lender",
    "outfit",
    "franchise",
    "subsidiary",
    "broadcaster",
    "automaker",
    "carmaker",
    "exporter",
    "importer",
    "producer",
    "utility",
];

/// Heads of state bodies and leagues that a leading demonym only describes ("German Foreign
/// Ministry", "American League").
const GOVERNMENT_BODIES: &[&str] = &[
    "ministry",
    "embassy",
    "consulate",
    "government",
    "army",
    "navy",
    "police",
    "forces",
    "force",
    "parliament",
    "cabinet",
    "office",
    "department",
    "military",
    "league",
    "authorities",
    "guard",
];

/// Nouns that name a team in a sports report ("title rivals Essex", "champions Bath").
const TEAM_DESCRIPTORS: &[&str] = &[
    "rivals",
    "champions",
    "leaders",
    "hosts",
    "holders",
    "visitors",
    "opponents",
    "hopefuls",
    "contenders",
];

/// Club descriptors that outweigh a town's name ("Serie A club Atalanta").
const CLUB_DESCRIPTORS: &[&str] = &["club", "side", "team", "outfit", "franchise"];

/// Lower-case nouns before "of"/"in"/"for" whose object is a company ("shares of X", "a stake
/// in X", "the takeover of X").
const STAKE_NOUNS: &[&str] = &[
    "shares",
    "stake",
    "takeover",
    "acquisition",
    "subsidiary",
    "unit",
    "division",
    "shareholders",
    "shareholder",
    "bid",
    "merger",
];

/// Lower-case words after a place name in a sports report that make it a team ("Norwich
/// striker", "Surrey captain", "Eagles owner").
const SPORTS_ROLES: &[&str] = &[
    "striker",
    "defender",
    "midfielder",
    "forward",
    "goalkeeper",
    "keeper",
    "winger",
    "playmaker",
    "skipper",
    "captain",
    "coach",
    "manager",
    "batsman",
    "all-rounder",
    "bowler",
    "seamer",
    "spinner",
    "wicketkeeper",
    "opener",
    "pitcher",
    "outfielder",
    "infielder",
    "catcher",
    "quarterback",
    "owner",
    "fans",
    "supporters",
    "player",
    "players",
    "team-mate",
    "teammate",
    "defence",
    "defense",
    "hooker",
    "fly-half",
    "lock",
    "prop",
];

/// Legal suffixes: a company name ends there ("Lear Corp and ..." is two names).
const LEGAL: &[&str] = &[
    "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "co", "co.", "plc", "llc", "ag", "sa", "nv",
    "gmbh", "s.a.", "n.v.", "ab", "spa", "s.p.a.", "bhd", "asa", "oyj",
];

/// Words after a legal suffix is cut that still belong to the long form only ("Mercantile
/// Bancorp Inc." is called "Mercantile" later).
const LONG_FORM_TAILS: &[&str] = &[
    "group",
    "holdings",
    "holding",
    "bancorp",
    "bancshares",
    "corporation",
    "company",
    "international",
    "industries",
];

/// How many of a company name's `n` lower-case words (`word(k)`) its short form keeps once
/// the legal suffix is cut ("boeing co." → 1, "acme holdings ltd." → 1); `None` when the
/// name has no legal suffix.
fn short_form_len<'w>(n: usize, word: impl Fn(usize) -> &'w str) -> Option<usize> {
    let mut e = n;
    while e > 1 && LEGAL.contains(&word(e - 1)) {
        e -= 1;
    }
    if e == n {
        return None;
    }
    while e > 1 && LONG_FORM_TAILS.contains(&word(e - 1)) {
        e -= 1;
    }
    Some(e)
}

/// The short form a company is called by ("boeing co." → "boeing"), from its lower-case
/// words; `None` when the name has no legal suffix.
pub(super) fn org_short_form(words: &[String]) -> Option<&[String]> {
    let e = short_form_len(words.len(), |k| words.get(k).map_or("", String::as_str))?;
    words.get(..e)
}

/// Whether a word is a Roman numeral of a name, in either case ("II", "xiv", "I.").
pub(super) fn roman(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    !w.is_empty()
        && w.chars()
            .all(|c| matches!(c.to_ascii_lowercase(), 'i' | 'v' | 'x'))
}

pub(super) fn is_connector(w: &str) -> bool {
    // ("Bank of England", "Procter & Gamble", "Centers for Disease Control", "Bank on
    // Wheels", "Church of the Nazarene").
    is_particle(w) || matches!(w, "of" | "&" | "and" | "for" | "on" | "the")
}

/// Whether `w` is a lower-case particle of a name ([`PARTICLES`]).
pub(super) fn is_particle(w: &str) -> bool {
    PARTICLES.contains(&w)
}

fn is_stop(lower: &str) -> bool {
    STOP.contains(&lower)
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
    sports: bool,
    /// The story tells a game in prose ("halftime", "rebounds", "coach"): teams are named by
    /// who they play ("against Utah"), not by score lines.
    game: bool,
    out: Vec<NameMention>,
    weak: Vec<(usize, usize)>,
    /// Names the article's own wording marks as organisations ("shares of X", "X Ltd"):
    /// every other mention of them is the organisation too.
    org_keys: FxHashMap<String, ()>,
}

impl<'d> Ctx<'d, '_> {
    fn low(&self, k: usize) -> &'d str {
        self.doc.low(k)
    }

    /// Whether token `k` can be part of a name in running text.
    fn nameish(&self, k: usize) -> bool {
        let Some(t) = self.doc.tokens.get(k) else {
            return false;
        };
        if t.kind != TokKind::Word || !t.cap || self.masked.get(k).copied().unwrap_or(false) {
            return false;
        }
        let low = self.low(k);
        self.doc.tok(k) != "I" && !is_stop(low) && !OPENERS.contains(&low)
    }

    fn push(&mut self, a: usize, b: usize, label: Label, strong: bool) {
        self.out.push(NameMention {
            a,
            b,
            label,
            role: None,
            strong,
        });
    }

    /// A lexicon knows the word as a name of some kind (so position does not explain it).
    fn known_word(&self, k: usize) -> bool {
        let l = self.low(k);
        let title = (1..=self.lex.max_title_words)
            .any(|n| self.lex.is_title(lower_span(self.doc, k, k + n)));
        self.lex.is_place(l) || self.lex.is_org(self.doc.tok(k)) || title || self.lex.is_given(l)
    }

    /// Remember an organisation named by its context, under its name and its short form
    /// without legal suffix ("Cofinec S.A." → "Cofinec").
    fn note_org(&mut self, a: usize, b: usize) {
        self.org_keys
            .insert(lower_span(self.doc, a, b).to_owned(), ());
        let Some(kept) = short_form_len(b - a, |k| self.low(a + k)) else {
            return;
        };
        let e = a + kept;
        let short = lower_span(self.doc, a, e);
        // "Boatmen's Bancshares": the possessive is part of the short form, which the
        // tokens cannot show.
        let possessive = matches!(self.doc.tok(e - 1), "'s" | "’s");
        let too_short = short.chars().filter(|c| c.is_alphabetic()).count() < 2;
        let person = e == a + 1 && self.lex.is_given(short);
        if !(possessive || too_short || person || self.lex.is_place(short)) {
            self.org_keys.insert(short.to_owned(), ());
        }
    }

    /// Wording around the chunk that only an organisation takes: a descriptor noun before it
    /// ("news agency Tanjug", "telecoms group Ericsson"), or the object of "shares of",
    /// "a stake in", "the takeover of".
    fn org_cue(&self, a: usize, b: usize) -> bool {
        if a == 0 {
            return false;
        }
        let doc = self.doc;
        let lex = self.lex;
        let prev_tok = doc.tokens.get(a - 1);
        if prev_tok.is_none_or(|t| t.cap || t.kind != TokKind::Word) {
            return false;
        }
        let key = lower_span(doc, a, b);
        let first = self.low(a);
        if key.chars().filter(|c| c.is_alphabetic()).count() < 2
            || matches!(doc.tok(b), "'s" | "’s") && doc.tokens.get(b + 1).is_some_and(|t| t.cap)
        {
            return false;
        }
        // "company founder Bill Gates" has a title between; a given name right after the
        // descriptor is a person's ("the group's Maria Lopez").
        if b - a >= 2 && lex.is_given(first) && !lex.is_word(first) {
            return false;
        }
        if (a..b).any(|k| lex.is_title(self.low(k))) {
            return false;
        }
        // The gazetteer is read only where the answer depends on it.
        let no_place = || lex.place_kinds(key).next().is_none();
        let prev = self.low(a - 1);
        let team_word = self.sports && TEAM_DESCRIPTORS.contains(&prev);
        if ORG_DESCRIPTORS.contains(&prev) || team_word {
            return if team_word || CLUB_DESCRIPTORS.contains(&prev) {
                !lex.place_kinds(key)
                    .any(|(kind, _)| matches!(kind, PlaceKind::Country | PlaceKind::Region))
            } else {
                no_place()
            };
        }
        let prev2 = if a >= 2 { self.low(a - 2) } else { "" };
        matches!(prev, "of" | "in" | "for")
            && STAKE_NOUNS.contains(&prev2)
            && no_place()
            && !lex.is_given(first)
    }

    /// A preposition of place right before token `a`, or before "the" there ("at the X",
    /// "outside X").
    fn place_prep_before(&self, a: usize) -> bool {
        let mut p = a;
        if p > 0 && self.low(p - 1) == "the" {
            p -= 1;
        }
        p > 0
            && matches!(
                self.low(p - 1),
                "at" | "in"
                    | "on"
                    | "outside"
                    | "inside"
                    | "near"
                    | "from"
                    | "into"
                    | "across"
                    | "behind"
                    | "opposite"
                    | "toward"
                    | "towards"
                    | "around"
                    | "beside"
                    | "past"
                    | "through"
                    | "to"
            )
    }

    /// The chunk is used like a team in a results line or report.
    fn team_context(&self, a: usize, b: usize) -> bool {
        if !self.sports && !self.game {
            return false;
        }
        let next = self.doc.tokens.get(b);
        // "Kent 108-3" is a cricket total; "McCague 4-55" a bowler's figures.
        let num = self.doc.tok(b);
        let head = num.split(['-', '–']).next().unwrap_or("");
        // In a game told in prose only a plural nickname takes a score ("Suns 111, Clippers
        // 98"): "After 3 minutes" and a line-up's "B Smith 2" name no team.
        let last = self.low(b - 1);
        let nickname = last.ends_with('s')
            && !last.ends_with("ss")
            && self.doc.tok(a).chars().nth(1).is_some()
            && !self.doc.tok(a).ends_with('.');
        let score_next = (self.sports || nickname)
            && next.is_some_and(|t| t.kind == TokKind::Number)
            && ((num.len() <= 3 && !self.doc.tok(b + 1).starts_with('-')) || head.len() == 3);
        // "Norwich striker Keith O'Neill", "Atlanta's Tom Glavine": a player of the team.
        let role_next = next.is_some_and(|t| !t.cap) && SPORTS_ROLES.contains(&self.low(b));
        let players_of = matches!(self.doc.tok(b), "'s" | "’s")
            && self.nameish(b + 1)
            && self.lex.is_given(self.low(b + 1));
        score_next
            || role_next
            || players_of
            || TEAM_AFTER.contains(&self.low(b))
            || (a > 0 && TEAM_BEFORE.contains(&self.low(a - 1)))
            // "defeated the Cleveland Indians".
            || (a > 1 && self.low(a - 1) == "the" && TEAM_BEFORE.contains(&self.low(a - 2)))
    }

    /// A dateline ("WIGAN, England 1996-08-31", "NEW YORK 1996-08-30", "ATLANTA - ") or a
    /// place of play ("in Montreal", "at Oakland"): the town itself, even in a sports report.
    fn place_of_play(&self, a: usize, b: usize) -> bool {
        let doc = self.doc;
        let line_start = a == 0 || doc.tokens.get(a).is_some_and(|t| t.newline_before);
        // A date after the town, not a results row ("ATLANTA 80 52 .606").
        let dateline = line_start
            && ((doc.tokens.get(b).is_some_and(|t| t.kind == TokKind::Number)
                && doc.tok(b).len() >= 4)
                || dateline_mark(doc.tok(b)));
        let prev = if a > 0 { self.low(a - 1) } else { "" };
        dateline || matches!(prev, "in" | "at")
    }
}

/// A town in a dateline that the gazetteer may not know: in capitals at a line's start,
/// before its state or country and the dateline's dash or agency ("CAYCE, S.C. – Police …",
/// "KEY BISCAYNE, Fla. (AP) —").
fn dateline_town(cx: &Ctx<'_, '_>, a: usize, b: usize) -> bool {
    let doc = cx.doc;
    let line_start = a == 0 || doc.tokens.get(a).is_some_and(|t| t.newline_before);
    let capitals = (a..b).all(|k| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.upper || t.kind != TokKind::Word)
    });
    if !line_start || !capitals || doc.tok(b) != "," {
        return false;
    }
    let mut e = b + 1;
    while e < b + 4
        && doc
            .tokens
            .get(e)
            .is_some_and(|t| t.cap && !t.newline_before)
    {
        e += 1;
    }
    e > b + 1
        && doc.tok(e) != ","
        && dateline_mark(doc.tok(e))
        && cx.lex.is_place(lower_span(doc, b + 1, e))
}

/// What follows a town in a dateline at a line's start: "LAGOS, Nigeria", "DENVER - ",
/// "BONN (Reuters)".
fn dateline_mark(w: &str) -> bool {
    matches!(w, "," | "-" | "—" | "–" | "(")
}

fn is_sports(doc: &Doc<'_>) -> bool {
    let head = doc.sentences.first();
    if let Some(s) = head
        && s.caps_line
        && SPORTS.contains(&doc.low(s.tok_start))
    {
        return true;
    }
    // Many "Name 2 Name 1" score lines.
    let mut scores = 0;
    for k in 0..doc.tokens.len().saturating_sub(3) {
        let is = |i: usize, num: bool| {
            doc.tokens.get(i).is_some_and(|t| {
                if num {
                    t.kind == TokKind::Number
                } else {
                    t.cap
                }
            })
        };
        if is(k, false) && is(k + 1, true) && is(k + 2, false) && is(k + 3, true) {
            scores += 1;
            if scores >= 4 {
                return true;
            }
        }
    }
    false
}

/// A line written in Title Case ("Some Kids Overscheduled, Study Finds", "Firm Blames
/// Rival for the Failure of Its App"): a headline whose capitals, like those of an all-caps
/// line, say nothing about names. At least four capitalised words, two or more of them
/// common words; the words in lower case are only the small ones Title Case leaves so.
fn title_case(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let lex = &*LEX;
    if !own_line(doc, a, b) {
        return false;
    }
    let (mut caps, mut common) = (0usize, 0usize);
    for k in a..b {
        let Some(t) = doc.tokens.get(k) else { break };
        if t.kind != TokKind::Word {
            continue;
        }
        let l = doc.low(k);
        // "2,000-year-old Coral": a compound's lower-case tail after its hyphen.
        let compound_tail = !t.space_before && k > a && doc.tok(k - 1) == "-";
        if t.cap {
            caps += 1;
            if lex.is_word(l) && !is_stop(l) && !lex.is_place(l) && !lex.is_given(l) {
                common += 1;
            }
        } else if !is_connector(l)
            && !is_stop(l)
            && !matches!(l, "to" | "at" | "as" | "vs")
            && !compound_tail
        {
            return false;
        }
    }
    caps >= 4 && common >= 2
}

/// Whether tokens `a..b` make a line of their own.
fn own_line(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    (a == 0 || doc.tokens.get(a).is_some_and(|t| t.newline_before))
        && doc.tokens.get(b).is_none_or(|t| t.newline_before)
}

/// A heading on a line of its own made of common words only, each capitalised ("Latest
/// News", "Font Size", "Leadership Styles"): a page's section title, whose capitals say
/// nothing about names. A given name, a place, an organisation's word or a word the
/// dictionary does not list ("Mark Lane", "Bank of America", "Civil Aviation Authority",
/// "Kali Linux") makes it no such heading.
fn heading_line(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let lex = &*LEX;
    if !own_line(doc, a, b) {
        return false;
    }
    let mut caps = 0usize;
    for k in a..b {
        let Some(t) = doc.tokens.get(k) else { break };
        if t.kind != TokKind::Word {
            continue;
        }
        let l = doc.low(k);
        if !t.cap {
            if is_connector(l) || is_stop(l) {
                continue;
            }
            return false;
        }
        let named = lex.is_place(l) || lex.is_given(l) || lex.is_org_word(l);
        if !lex.is_word(l) || is_stop(l) || named || t.upper {
            return false;
        }
        caps += 1;
    }
    caps >= 2
}

/// Find every name mention of the document. `masked` marks tokens already taken by time
/// expressions.
#[must_use]
pub fn find(doc: &Doc<'_>, masked: &[bool]) -> Vec<NameMention> {
    let lex: &'static Lexicon = &LEX;
    let mut cx = Ctx {
        doc,
        lex,
        masked,
        sports: is_sports(doc),
        game: super::dates::is_game_report(doc),
        out: Vec::new(),
        weak: Vec::new(),
        org_keys: FxHashMap::default(),
    };
    let mut caps_runs: Vec<(usize, usize)> = Vec::new();
    // Only the headline: lists of names elsewhere are capitalised too. The headline is the
    // first line, which may hold two sentences ("Has X Created Y? A New Study Says No").
    let first_line_end = (1..doc.tokens.len())
        .find(|&k| doc.tokens.get(k).is_some_and(|t| t.newline_before))
        .unwrap_or(doc.tokens.len());
    let titled_headline = title_case(doc, 0, first_line_end);
    for s in &doc.sentences {
        if s.caps_line
            || titled_headline && s.tok_end <= first_line_end
            || heading_line(doc, s.tok_start, s.tok_end)
        {
            // Capitals say nothing here: runs of words, read after the rest (pass 2).
            let mut k = s.tok_start;
            while k < s.tok_end {
                let ok = |k: usize| {
                    doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::Word)
                        && !masked.get(k).copied().unwrap_or(false)
                };
                if !ok(k) {
                    k += 1;
                    continue;
                }
                // A hyphen between two words joins them ("Jean-Paul Gaultier").
                let joins = |j: usize| {
                    doc.tok(j) == "-"
                        && ok(j + 1)
                        && doc.tokens.get(j).is_some_and(|t| !t.space_before)
                        && doc.tokens.get(j + 1).is_some_and(|t| !t.space_before)
                };
                let mut j = k + 1;
                while j < s.tok_end && (ok(j) || joins(j)) {
                    j += 1;
                }
                caps_runs.push((k, j));
                k = j;
            }
            continue;
        }
        let mut i = s.tok_start;
        while i < s.tok_end {
            if !cx.nameish(i) {
                // "The Netherlands", "The Hague": the article is part of the name.
                if doc.tok(i) == "The" && cx.nameish(i + 1) {
                    let j = extend(&cx, i + 1, s.tok_end);
                    if lex.is_place(lower_span(doc, i, j)) {
                        chunk(&mut cx, i, j);
                        i = j;
                        continue;
                    }
                }
                i += 1;
                continue;
            }
            let j = extend(&cx, i, s.tok_end);
            chunk(&mut cx, i, j);
            i = j;
        }
    }
    let mut known = known_names(doc, &cx.out);
    let legal: Vec<(usize, usize)> = cx
        .out
        .iter()
        .filter(|m| m.label == Label::Org && m.strong)
        .filter(|m| (m.a..m.b).any(|k| LEGAL.contains(&doc.low(k))))
        .map(|m| (m.a, m.b))
        .collect();
    for (a, b) in legal {
        cx.note_org(a, b);
    }
    for key in cx.org_keys.keys() {
        known.insert(key.clone(), Label::Org);
    }
    let weak = std::mem::take(&mut cx.weak);
    resolve_weak(&mut cx, &known, &weak);
    // "Houston said" after "Tom Houston": a town's name that the article uses for a person
    // is that person, unless a preposition of place, a dateline or a state after it says
    // the town is meant ("in Houston", "HOUSTON, Texas"). Countries keep their name. A
    // single name after a title ("President Obama") is as sure a person as a full name.
    let mut person_parts: FxHashMap<&str, ()> = FxHashMap::default();
    for m in cx.out.iter().filter(|m| {
        m.label == Label::Per
            && (m.b - m.a >= 2
                    // "Veteran Birmingham striker": a big city after a title word is rather
                    // a team than a person.
                    || m.strong
                        && m.role.is_some()
                        && lex.place_kinds(doc.low(m.a)).all(|(kind, pop)| {
                            kind == PlaceKind::City && pop < 500_000
                        }))
    }) {
        for k in m.a..m.b {
            person_parts.insert(doc.low(k), ());
        }
    }
    // A comma keeps a town only beside another place: "Houston, Texas", "Dallas, Houston
    // and Austin"; "Obama, who ..." and ", Johnston said" are the person.
    let place_at = |k: usize| doc.tokens.get(k).is_some_and(|t| t.cap) && lex.is_place(doc.low(k));
    let person_words: Vec<bool> = cx
        .out
        .iter()
        .map(|m| {
            m.label == Label::Loc
                && m.b - m.a == 1
                && (known.get(doc.low(m.a)) == Some(&Label::Per)
                    || person_parts.contains_key(doc.low(m.a)))
                && !cx.place_prep_before(m.a)
                && !matches!(doc.tok(m.b), "(" | "—" | "–")
                && !(doc.tok(m.b) == "," && place_at(m.b + 1))
                && !(m.a >= 2 && doc.tok(m.a - 1) == "," && place_at(m.a - 2))
                && !doc.tokens.get(m.a).is_some_and(|t| t.newline_before)
                && lex
                    .place_kinds(doc.low(m.a))
                    .all(|(kind, pop)| kind == PlaceKind::City && pop < 5_000_000)
                // "Mr Obama", "Mrs Jackson": an honorific names a person.
                || m.label == Label::Loc
                    && m.a > 0
                    && matches!(doc.low(m.a - 1), "mr" | "mr." | "mrs" | "mrs." | "ms" | "ms.")
        })
        .collect();
    for (m, r) in cx.out.iter_mut().zip(person_words) {
        if r {
            m.label = Label::Per;
        }
    }
    for (a, b) in caps_runs {
        caps_run(&mut cx, &known, a, b);
    }
    if cx.sports || cx.game {
        teams(&mut cx);
    }
    consistent_orgs(&mut cx);
    let mut out = cx.out;
    drop_shouted(doc, lex, &mut out);
    works::drop_titles(doc, lex, &mut out);
    surname_particles(doc, &mut out);
    out.sort_by_key(|m| (m.a, m.b));
    out.dedup_by_key(|m| m.a);
    out
}

/// A family name cited with its lower-case particles ("said von der Leyen", "van der
/// Sloot is") takes them back when the article names the person in full with the same
/// particles ("Ursula von der Leyen"): the particles are part of the name, not a word of
/// their own ("von", or "van" the vehicle).
fn surname_particles(doc: &Doc<'_>, out: &mut [NameMention]) {
    let particle = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Word && !t.cap)
            && matches!(
                doc.low(k),
                "van" | "von" | "der" | "den" | "de" | "da" | "di" | "du" | "del" | "dos" | "la"
            )
    };
    // Per person mention in full: its particles and the word after them, as lower case.
    let full: Vec<String> = out
        .iter()
        .filter(|m| m.label == Label::Per)
        .flat_map(|m| {
            (m.a + 1..m.b)
                .filter(|&k| particle(k) && !particle(k - 1))
                .map(move |k| {
                    let mut e = k;
                    while e < m.b && particle(e) {
                        e += 1;
                    }
                    lower_span(doc, k, (e + 1).min(m.b)).to_owned()
                })
        })
        .collect();
    if full.is_empty() {
        return;
    }
    let same_sentence =
        |x: usize, y: usize| doc.tokens.get(x).map(|t| t.sent) == doc.tokens.get(y).map(|t| t.sent);
    for m in out.iter_mut().filter(|m| m.label == Label::Per) {
        let mut a = m.a;
        while a > 0 && particle(a - 1) && same_sentence(a - 1, m.a) && m.a - a < 2 {
            a -= 1;
        }
        if a < m.a && full.iter().any(|f| f == lower_span(doc, a, m.a + 1)) {
            m.a = a;
        }
    }
}

/// Capitals in prose that name no one: a run-in subhead or a shouted phrase inside a
/// sentence written in mixed case ("STARS WHO GIVE LOVE A SECOND (OR THIRD) TRY", "FOR THE
/// DOGS: I loved food", "IRISH BANK BILL The debt crisis"). A stretch of capitalised words
/// is shouted when it holds a function word that joins no name ("who", "to", "it"), or when
/// it opens its sentence before a word in mixed case or a colon and holds a demonym or a
/// common word that is no part of a name ("irish", "memories", "dogs"). People and
/// organisations found inside are dropped; places stay (a dateline is capitals too), and so
/// does a stretch the lexicon knows whole ("UNITED NATIONS").
fn drop_shouted(doc: &Doc<'_>, lex: &Lexicon, out: &mut Vec<NameMention>) {
    // A lone capital letter ("A savage beating", "I") is prose, and ends a stretch.
    let upper_word = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| {
            t.kind == TokKind::Word && t.upper && doc.tok(k).chars().nth(1).is_some()
        })
    };
    let mut shouted: Vec<(usize, usize)> = Vec::new();
    for s in doc.sentences.iter().filter(|s| !s.caps_line) {
        let mut k = s.tok_start;
        while k < s.tok_end {
            if !upper_word(k) {
                k += 1;
                continue;
            }
            let a = k;
            let mut words = 0usize;
            let mut e = k;
            while e < s.tok_end {
                let t = doc.tok(e);
                if upper_word(e) {
                    words += 1;
                } else if !matches!(t, "(" | ")" | "," | "&" | "-" | "'") {
                    break;
                }
                e += 1;
            }
            // Trailing punctuation is no part of the stretch.
            while e > a && !upper_word(e - 1) {
                e -= 1;
            }
            k = e.max(a + 1);
            if words < 2 {
                continue;
            }
            let low = |k: usize| doc.low(k);
            let known = lex.is_org(doc.span_str(a, e)) || lex.is_place(lower_span(doc, a, e));
            if known {
                continue;
            }
            // "BY JANE ROE AND JOHN DOE NEW DELHI –": a byline names its writers.
            let function_word = words >= 3
                && (a..e).any(|k| {
                    upper_word(k)
                        && is_stop(low(k))
                        && !is_connector(low(k))
                        && !(k == a && low(k) == "by")
                });
            let run_in = (a == s.tok_start || doc.tokens.get(a).is_some_and(|t| t.newline_before))
                && (doc
                    .tokens
                    .get(e)
                    .is_some_and(|t| t.kind == TokKind::Word && t.cap && !t.upper)
                    || doc.tok(e) == ":")
                && (a..e).any(|k| upper_word(k) && no_name_part(lex, low(k)));
            if function_word || run_in {
                shouted.push((a, e));
            }
        }
    }
    if shouted.is_empty() {
        return;
    }
    out.retain(|m| m.label == Label::Loc || !shouted.iter().any(|&(a, e)| a <= m.a && m.b <= e));
}

/// A lower-case word that is no part of a name: a demonym ("irish") or a common word that
/// is no given name, surname, place, title or organisation word ("memories", "dogs").
fn no_name_part(lex: &Lexicon, l: &str) -> bool {
    lex.demonym_written(l).is_some()
        || (lex.is_word(l) || super::wordstats::stat(l).is_some())
            && !is_stop(l)
            && !is_connector(l)
            && !lex.is_given(l)
            && !lex.is_surname(l)
            && !lex.is_place(l)
            && !lex.is_org_word(l)
            && !lex.is_title(l)
}

/// Whether the name over tokens `a..b` with the possessive after it is a firm's name as the
/// list of organisations writes it: "McDonald's", "Moody's", "Standard & Poor's".
#[must_use]
pub fn firm_possessive(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    b > a
        && matches!(doc.tok(b), "'s" | "’s")
        && doc.tokens.get(b).is_some_and(|t| !t.space_before)
        && LEX.is_org(&format!("{}'s", doc.span_str(a, b)))
}

/// Organisation words that name a field, not a body: after "and" inside a name's complement
/// they go on with it ("Ministry of Trade and Industry", "Department of Health and Human
/// Services"), where a body's word begins a second name ("Bank of Ireland and Allied Irish
/// Banks").
const FIELD_WORDS: &[&str] = &[
    "services",
    "industry",
    "industries",
    "technology",
    "technologies",
    "communications",
    "energy",
    "insurance",
    "logistics",
    "broadcasting",
];

/// Heads of a legislature's committees: "House Ways and Means Committee", "Securities and
/// Exchange Commission" join two words before them.
const COMMITTEE_WORDS: &[&str] = &["committee", "subcommittee", "commission"];

/// An organisation's head word, also in the plural ("Centers for Disease Control").
fn org_head(lex: &Lexicon, lower: &str) -> bool {
    lex.is_org_word(lower) || lower.strip_suffix('s').is_some_and(|w| lex.is_org_word(w))
}

/// "By Kerry Lund NEW YORK (Reuters) -", "... in Mosul BAGHDAD - A bomb": a dateline in
/// capitals right after a name written in mixed case begins at token `j`; it is a place,
/// no part of the name.
fn caps_dateline(cx: &Ctx<'_, '_>, i: usize, j: usize, end: usize) -> bool {
    let doc = cx.doc;
    let upper = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.upper && t.kind == TokKind::Word && doc.tok(k).chars().count() >= 2)
    };
    if !upper(j) || (i..j).all(upper) {
        return false;
    }
    let mut e = j;
    while e < end.min(j + 4) && upper(e) {
        e += 1;
    }
    // "Racing NSW, ...", "Recovery Day B.C.,": a short abbreviation ends an organisation's
    // name rather than opening a dateline.
    let letters = (j..e)
        .flat_map(|k| doc.tok(k).chars())
        .filter(|c| c.is_alphabetic())
        .count();
    letters >= 4
        && matches!(doc.tok(e), "," | "(" | "-" | "–" | "—" | "/")
        && cx.lex.is_place(lower_span(doc, j, e))
}

/// Extend a name chunk from token `i` over capitalised words and inner connectors.
fn extend(cx: &Ctx<'_, '_>, i: usize, end: usize) -> usize {
    let doc = cx.doc;
    let lex = cx.lex;
    let mut j = i + 1;
    let mut has_org_word = org_head(lex, cx.low(i));
    while j < end {
        let Some(t) = doc.tokens.get(j) else { break };
        if t.newline_before {
            break;
        }
        if cx.nameish(j) {
            if caps_dateline(cx, i, j, end) {
                break;
            }
            has_org_word |= org_head(lex, cx.low(j));
            j += 1;
            continue;
        }
        let w = doc.tok(j);
        // "Cote d'Ivoire", "Val d'Isère": an elided article glued to a capitalised word.
        let elided = ["d'", "d’", "l'", "l’"].iter().any(|p| {
            w.strip_prefix(p)
                .is_some_and(|r| r.starts_with(char::is_uppercase))
        });
        if elided && t.space_before {
            j += 1;
            continue;
        }
        // "East 57th Street": an ordinal inside a street's name.
        let ordinal = t.kind == TokKind::Number
            && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s))
            && cx.nameish(j + 1)
            && lex.is_place_head(cx.low(j + 1));
        if ordinal {
            j += 2;
            continue;
        }
        // "People's Republic of China", "Workers' Party": a group's possessive glued to a
        // word of the name, with the name going on after it.
        let group_possessive = !t.space_before
            && match w {
                "'s" | "’s" => true,
                "'" | "’" => cx.low(j - 1).ends_with('s'),
                _ => false,
            }
            && GROUP_POSSESSORS.contains(&cx.low(j - 1))
            && cx.nameish(j + 1);
        if group_possessive {
            j += 1;
            continue;
        }
        // "Moody's Investors Service": a firm whose name is a possessive goes on to its
        // head word. Alone ("Moody's said") the mention ends before the "'s", as news
        // corpora mark it, and the actor's name takes it back (`firm_possessive`).
        if firm_possessive(doc, i, j) {
            let mut k = j + 1;
            while k < end.min(j + 5) && cx.nameish(k) {
                k += 1;
            }
            if k > j + 1 && lex.is_org_word(cx.low(k - 1)) {
                j = k;
                continue;
            }
            break;
        }
        // "Jean-Pierre", "Bosnia-Herzegovina": a hyphen with no spaces between capitals.
        if (w == "-" || w == "–")
            && !t.space_before
            && doc.tokens.get(j + 1).is_some_and(|n| !n.space_before)
            && cx.nameish(j + 1)
        {
            j += 2;
            continue;
        }
        // "Democratic Republic of the Congo", "Bank of the West".
        if w == "of"
            && doc.low(j + 1) == "the"
            && j + 2 < end
            && cx.nameish(j + 2)
            && (TAKES_OF.contains(&cx.low(j - 1)) || lex.is_org_word(cx.low(j - 1)))
        {
            j += 3;
            continue;
        }
        // The run of capitalised words after position `j`, as its end.
        let run_end = |from: usize| {
            let mut k = from;
            while k < end.min(from + 6) && cx.nameish(k) {
                k += 1;
            }
            k
        };
        // "Organisation for Security and Cooperation in Europe", "Ministry of Post and
        // Telecommunications": inside the complement of an organisation's head word.
        let in_complement = has_org_word
            && (i..j).any(|k| matches!(doc.tok(k), "of" | "for"))
            && !LEGAL.contains(&cx.low(j - 1));
        // "... for Security and Cooperation in Europe", not "University of Arizona in Tucson".
        let long_form = (i..j).any(|k| doc.tok(k) == "for") && (i..j).any(|k| doc.tok(k) == "and");
        if w == "in" && in_complement && long_form && j + 1 < end && cx.nameish(j + 1) && {
            let e = run_end(j + 1);
            lex.is_place(lower_span(doc, j + 1, e))
        } {
            j = run_end(j + 1);
            continue;
        }
        // "Lopez de la Cruz", "Rafael van der Vaart": two particles before a family name.
        if matches!(w, "de" | "van" | "von")
            && !t.cap
            && matches!(doc.tok(j + 1), "la" | "las" | "los" | "der" | "den" | "dem")
            && j + 2 < end
            && cx.nameish(j + 2)
            && (lex.is_given(cx.low(j - 1))
                || lex.is_surname(cx.low(j - 1))
                // "Joran van der Sloot": Dutch and German particles between capitals
                // join a name whatever the lists know ("Banco de la Nación" stays
                // apart).
                || matches!(w, "van" | "von")
                    && !lex.is_org_word(cx.low(j - 1))
                    && !lex.is_place(cx.low(j - 1)))
        {
            j += 3;
            continue;
        }
        if is_connector(w) && !t.cap && j + 1 < end && cx.nameish(j + 1) {
            let prev = cx.low(j - 1);
            // "Santiago de Compostela", "Dar es Salaam", "Bosnia and Herzegovina": the
            // gazetteer knows the whole. "Vincent van Gogh": a given name before a particle.
            let whole_place = lex.is_place(lower_span(doc, i, run_end(j + 1)));
            let given_particle = is_particle(w) && lex.is_given(prev);
            let ok = whole_place
                || given_particle
                || match w {
                    // "Gold Fields of South Africa Ltd", "First of Michigan Corp.".
                    "of" => {
                        lex.is_org_word(prev)
                            || lex.is_title(prev)
                            || TAKES_OF.contains(&prev)
                            || !LEGAL.contains(&prev) && !lex.is_given(cx.low(i)) && {
                                let e = run_end(j + 1);
                                e > j + 1 && LEGAL.contains(&cx.low(e - 1))
                            }
                    }
                    // One "and" at most, never before initials: "Centers for Disease Control
                    // and Prevention and UNICEF" are two.
                    "and" if in_complement => {
                        let e = run_end(j + 1);
                        (!org_head(lex, cx.low(e - 1)) || FIELD_WORDS.contains(&cx.low(e - 1)))
                            && !(i..j).any(|k| doc.tok(k) == "and")
                            && !doc.tokens.get(j + 1).is_some_and(|t| t.upper)
                    }
                    // "House Ways and Means Committee": one word, then a committee's head.
                    "and"
                        if !LEGAL.contains(&prev)
                            && lex.is_word(cx.low(j + 1))
                            && cx.nameish(j + 2)
                            && COMMITTEE_WORDS.contains(&cx.low(j + 2)) =>
                    {
                        true
                    }
                    "and" | "&" => {
                        // "Procter & Gamble", "Securities and Exchange Commission", not two
                        // companies in a row, nor two people ("Rainn Wilson & Ellen Page").
                        let two_people = w == "&"
                            && j - i >= 2
                            && lex.is_given(cx.low(j + 1))
                            && cx.nameish(j + 2);
                        !LEGAL.contains(&prev)
                            && !has_org_word
                            && !two_people
                            && (w == "&" || {
                                let mut k = j + 1;
                                while k < end.min(j + 8)
                                    && cx.nameish(k)
                                    && !lex.is_org_word(cx.low(k))
                                {
                                    k += 1;
                                }
                                k < end
                                    && cx.nameish(k)
                                    && lex.is_org_word(cx.low(k))
                                    && !LEGAL.contains(&cx.low(k))
                            })
                    }
                    "for" | "on" | "the" => org_head(lex, prev),
                    _ => !lex.is_place(prev) && !lex.is_org_word(prev),
                };
            if ok {
                j += 2;
                continue;
            }
        }
        break;
    }
    // Trailing connectors are not part of the name.
    while j > i + 1 && is_connector(doc.tok(j - 1)) {
        j -= 1;
    }
    j
}

/// Whether the name starting at `a` is a ship's: after a prefix ("MV Kisiwa", "HMS
/// Dauntless"), or set off after a word for a vessel ("the ferry, the Kisiwa Star"). A ship
/// is neither a person nor an organisation.
fn vessel(cx: &Ctx<'_, '_>, a: usize) -> bool {
    const PREFIXES: &[&str] = &[
        "mv", "m/v", "ms", "ss", "hms", "uss", "rms", "hmas", "hmcs", "fv", "mt", "ins",
    ];
    const VESSELS: &[&str] = &[
        "ferry",
        "ship",
        "vessel",
        "boat",
        "tanker",
        "freighter",
        "yacht",
        "trawler",
        "liner",
        "submarine",
        "frigate",
        "destroyer",
        "barge",
        "tug",
        "steamer",
        "cruiser",
    ];
    let doc = cx.doc;
    // "MV" is written in capitals; "Ms Smith" is a person.
    let prefixed = doc.tokens.get(a).is_some_and(|t| t.upper)
        && PREFIXES.contains(&cx.low(a))
        && doc.tokens.get(a + 1).is_some_and(|t| t.cap);
    let set_off = a >= 3
        && cx.low(a - 1) == "the"
        && doc.tok(a - 2) == ","
        && VESSELS.contains(&cx.low(a - 3));
    prefixed || set_off
}

/// A common English word of five letters or more written in capitals ("MONEY", "TARGET"),
/// that no lexicon knows as a name.
fn caps_common_word(cx: &Ctx<'_, '_>, k: usize) -> bool {
    let l = cx.low(k);
    cx.doc
        .tokens
        .get(k)
        .is_some_and(|t| t.upper && t.kind == TokKind::Word)
        && l.chars().count() >= 5
        && cx.lex.is_word(l)
        && !cx.known_word(k)
        && !cx.lex.is_org(cx.doc.tok(k))
}

/// Split a chunk into role + name and label it (or queue it as weak).
fn chunk(cx: &mut Ctx<'_, '_>, mut a: usize, mut b: usize) {
    let doc = cx.doc;
    let lex = cx.lex;
    // Page furniture never starts, ends or makes a name: "Read More Angela Merkel",
    // "Email Address Boris Johnson", "(Quote, Profile, Stock Buzz)".
    let furniture_at = |x: usize, y: usize| {
        let edge = lex.furniture_edge(cx.low(x));
        (1..=lex.max_furniture_words.min(y - x))
            .filter(|_| edge)
            .rev()
            .find(|&n| lex.is_furniture(lower_span(doc, x, x + n)))
    };
    if furniture_at(a, b) == Some(b - a) || vessel(cx, a) {
        return;
    }
    let opens =
        a == 0 || doc.sentence_initial(a) || doc.tokens.get(a).is_some_and(|t| t.newline_before);
    // "Fri Dan Clark", "Wed. Jan Moss": a listing's day before a name is no part of it.
    if b - a >= 3
        && matches!(
            cx.low(a).trim_end_matches('.'),
            "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat"
        )
        && doc
            .tokens
            .get(a + 1)
            .is_some_and(|t| t.cap && t.kind == TokKind::Word)
    {
        a += 1;
    }
    // "Colleen Rubino NEVER", "Fact Sheet OVERVIEW": common words shouted at the end of a
    // name written in mixed case are no part of it ("International AIDS Society", "Henry
    // VIII" keep theirs).
    let upper = |x: usize| doc.tokens.get(x).is_some_and(|t| t.upper);
    if let Some(k) = (a + 1..b).find(|&k| {
        upper(k)
            && doc.tok(k).chars().count() >= 4
            && lex.is_word(cx.low(k))
            && !lex.is_org(doc.tok(k))
            && !cx.low(k).chars().all(|c| "ivxlcdm".contains(c))
            && (k..b).all(|x| upper(x) || is_connector(cx.low(x)))
            && (a..k).all(|x| !upper(x))
    }) {
        b = k;
        while b > a + 1 && is_connector(cx.low(b - 1)) {
            b -= 1;
        }
    }
    while a < b && opens {
        match furniture_at(a, b) {
            Some(n) if n < b - a => a += n,
            _ => break,
        }
    }
    let line_end = doc.tokens.get(b).is_none_or(|t| t.newline_before);
    if line_end && b > a && lex.furniture_edge(cx.low(b - 1)) {
        for n in (1..=lex.max_furniture_words.min(b - a - 1)).rev() {
            if b - a > n && lex.is_furniture(lower_span(doc, b - n, b)) {
                b -= n;
                break;
            }
        }
    }
    // Sentence-initial common words ("However", "Contacts") are not names by themselves.
    // "Security Council": an organisation's name keeps its first word at a sentence start.
    // "Lake Victoria is ...", "Mount Kenya rises ...": a place's first word ("via" opens
    // no place at a sentence start).
    // "Moody's said": a firm named by a possessive.
    if firm_possessive(doc, a, b) {
        cx.push(a, b, Label::Org, true);
        return;
    }
    let org_tail = b - a >= 2 && lex.is_org_word(cx.low(b - 1));
    let place_lead =
        b - a >= 2 && lex.is_place_lead(cx.low(a)) && !super::topics::STOPWORDS.contains(cx.low(a));
    let whole_known = lex.is_place(lower_span(doc, a, b))
        || lex.is_org(doc.span_str(a, b))
        || org_tail
        || place_lead;
    // "Supposedly Fox News": an adverb opens the sentence, not the name.
    let adverb = |k: usize| {
        super::wordstats::stat(cx.low(k)).is_some_and(|s| s.adv && !s.adj && !s.noun && !s.verb)
    };
    while (!whole_known || adverb(a))
        && a < b
        && doc.sentence_initial(a)
        && lex.is_word(cx.low(a))
        && !cx.known_word(a)
    {
        if b - a == 1 {
            cx.weak.push((a, b));
            return;
        }
        a += 1;
    }
    if a >= b {
        return;
    }
    // "LOSING MONEY Rand challenged ...": a subheading in capitals run into the text is no
    // part of the name written in mixed case after it.
    if let Some(k) = (a..b).rev().find(|&k| caps_common_word(cx, k))
        && (k + 1..b).any(|x| doc.tokens.get(x).is_some_and(|t| t.cap && !t.upper))
        && (a..=k).all(|x| {
            doc.tokens
                .get(x)
                .is_some_and(|t| t.upper || t.kind != TokKind::Word)
        })
    {
        a = k + 1;
        while a < b && doc.tokens.get(a).is_some_and(|t| t.kind != TokKind::Word) {
            a += 1;
        }
        if a >= b {
            return;
        }
    }
    // "Tripoli-based", "ex-England": a name inside a compound modifier is no mention.
    let glued_after = doc.tok(b) == "-"
        && doc.tokens.get(b).is_some_and(|t| !t.space_before)
        && doc
            .tokens
            .get(b + 1)
            .is_some_and(|t| !t.space_before && !t.cap);
    let glued_before = a >= 2
        && doc.tok(a - 1) == "-"
        && doc.tokens.get(a - 1).is_some_and(|t| !t.space_before)
        && doc.tokens.get(a).is_some_and(|t| !t.space_before)
        && doc
            .tokens
            .get(a - 2)
            .is_some_and(|t| !t.cap && t.kind == TokKind::Word)
        // "ex-President Jim Hale": the prefix is the title's, a name follows.
        && !(b > a + 1
            && lex.is_title(cx.low(a))
            && doc.tokens.get(a + 1).is_some_and(|t| t.cap && !t.upper));
    if glued_after || glued_before {
        return;
    }
    // "at Staples Center", "outside the Kestrel Embassy": a venue after a preposition of
    // place is a place, whatever its first words are.
    if b - a >= 2
        && lex.is_venue_head(cx.low(b - 1))
        && cx.place_prep_before(a)
        && !institution(cx, a, b - 1)
    {
        cx.push(a, b, Label::Loc, true);
        return;
    }
    // "St. Paul's Hospital", "St. John's University": the saint of an institution's name.
    if matches!(cx.low(a), "st." | "st" | "saint") && matches!(doc.tok(b), "'s" | "’s") {
        return;
    }
    let whole = !cx.low(a).is_empty() && lex.is_place(lower_span(doc, a, b));
    // Event names ("World Cup", "Hong Kong Open").
    let last = cx.low(b - 1);
    if !whole && b - a >= 2 && EVENT_WORDS.contains(&last) {
        return;
    }
    // "World War II": an event with its number, not a person with a suffix.
    if b - a >= 3 && roman(last) && EVENT_WORDS.contains(&cx.low(b - 2)) {
        return;
    }
    if doc.tokens.get(b).is_some_and(|t| t.cap) && EVENT_WORDS.contains(&cx.low(b)) {
        return;
    }
    // "U.S.-PRC", "China-US": hyphenated place names that are not one name are read apart.
    let hyphens: Vec<usize> = (a..b)
        .filter(|&k| matches!(doc.tok(k), "-" | "–"))
        .collect();
    if !hyphens.is_empty() && !whole && !lex.is_org(doc.span_str(a, b)) {
        let mut parts = Vec::new();
        let mut from = a;
        for &h in hyphens.iter().chain(std::iter::once(&b)) {
            if h > from {
                parts.push((from, h));
            }
            from = h + 1;
        }
        let any_place = parts.iter().any(|&(x, y)| {
            lex.is_place(lower_span(doc, x, y)) || lex.demonym(doc.span_str(x, y)).is_some()
        });
        if any_place {
            for (x, y) in parts {
                if lex.is_place(lower_span(doc, x, y)) {
                    cx.push(x, y, Label::Loc, true);
                }
            }
            return;
        }
    }
    if cx.org_cue(a, b) {
        cx.push(a, b, Label::Org, true);
        cx.note_org(a, b);
        return;
    }
    // Whole-chunk organisations first ("General Motors", "State Department").
    if lex.is_org(doc.span_str(a, b)) {
        cx.push(a, b, Label::Org, true);
        return;
    }
    if whole {
        label_name(cx, a, b);
        return;
    }
    // A leading demonym ("Mexican Ariel Cruz", "South Korean") describes, it is not a name.
    // "Christian Weber": a demonym that is also a given name, before a name, is the name.
    let given_first = b - a == 2 && lex.is_given(cx.low(a)) && !lex.is_word(cx.low(a + 1));
    for n in [2usize, 1] {
        // "British Columbia Finance Minister": the demonym begins a place's name.
        let starts_place =
            (a + n + 1..=b.min(a + n + 3)).any(|e| lex.is_place(lower_span(doc, a, e)));
        if !given_first
            && !starts_place
            && a + n <= b
            && lex.demonym(doc.span_str(a, a + n)).is_some()
        {
            // "Argentine TV actress", "French radio host": a country's media or police are
            // no one's name.
            if a + n + 1 == b
                && matches!(
                    cx.low(b - 1),
                    "tv" | "television" | "radio" | "media" | "press" | "police" | "army" | "navy"
                )
            {
                return;
            }
            let rest_title = (a + n < b) && lex.is_title(cx.low(a + n));
            // "Indonesian Democratic Party", "American Stock Exchange": part of the name.
            // A government body keeps its demonym apart ("German Foreign Ministry"), as
            // does a place ("Jewish West Bank").
            let org_name = a + n < b
                && lex.is_org_word(cx.low(b - 1))
                && !GOVERNMENT_BODIES.contains(&cx.low(b - 1))
                && !lex.is_place(lower_span(doc, a + n, b));
            if !rest_title && !org_name {
                if a + n == b || lex.is_word(cx.low(b - 1)) && !lex.is_org_word(cx.low(b - 1)) {
                    return;
                }
                a += n;
            }
            break;
        }
    }
    let found = last_title(cx, a, b);
    // "Superintendent of Buffalo Public Schools", "President of Kestrel Mining": a title of a
    // body with no name after it is no one's name; the body after "of" is named. (In a
    // results table "Queen of the South" is a club.)
    if found.is_none()
        && !cx.sports
        && let Some(n) = (1..=lex.max_title_words.min(b - a))
            .rev()
            .find(|&n| lex.is_title(lower_span(doc, a, a + n)))
        && doc.tok(a + n) == "of"
        && a + n + 1 < b
    {
        label_name(cx, a + n + 1, b);
        return;
    }
    if let Some((ts, te)) = found {
        // Before the title: a place ("U.S."), an organisation ("CIA") or a demonym.
        if ts > a {
            let pre = lower_span(doc, a, ts);
            // "Federal Finance Minister", "Police Chief": a common word that some small
            // town is named after is no place before a title.
            let common_word = ts == a + 1
                && lex.is_word(pre)
                && !lex.place_kinds(pre).any(|(kind, pop)| {
                    matches!(kind, PlaceKind::Country | PlaceKind::Region) || pop >= 1_000_000
                });
            if lex.is_place(pre) && !common_word {
                cx.push(a, ts, Label::Loc, true);
            } else if lex.is_org(doc.span_str(a, ts)) || lex.is_org_word(cx.low(ts - 1)) {
                cx.push(a, ts, Label::Org, true);
            } else if ts - a <= 3
                && lex.demonym(doc.span_str(a, ts)).is_none()
                && !lex.is_word(cx.low(a))
                && !lex.is_given(cx.low(a))
                && !(a..ts).any(|p| lex.is_place(cx.low(p)))
            {
                // "Cofinec CEO Stephen Frater", "Ericsson President Kurt Hellstrom".
                cx.push(a, ts, Label::Org, true);
                cx.note_org(a, ts);
            } else {
                for p in a..ts {
                    if lex.is_place(cx.low(p)) && doc.tokens.get(p).is_some_and(|t| t.cap) {
                        cx.push(p, p + 1, Label::Loc, true);
                    }
                }
            }
        }
        if te < b {
            cx.out.push(NameMention {
                a: te,
                b,
                label: Label::Per,
                role: Some((a, te)),
                strong: true,
            });
        }
        return;
    }
    label_name(cx, a, b);
}

/// Words that make a named building or area an institution ("Box Elder School District",
/// "Kestrel Medical Center", "Laurel County Detention Center"): an organisation, not a place.
const INSTITUTION_WORDS: &[&str] = &[
    "medical",
    "cancer",
    "health",
    "detention",
    "correctional",
    "regional",
    "community",
    "memorial",
    "baptist",
    "methodist",
    "catholic",
    "federal",
    "public",
    "sheriff's",
    "school",
    "schools",
    "university",
    "college",
    "hospital",
    "clinic",
    "police",
    "court",
];

/// Whether tokens `a..b` (a name before its head word) make it an institution.
fn institution(cx: &Ctx<'_, '_>, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        let l = cx.low(k);
        INSTITUTION_WORDS.contains(&l)
    })
}

/// The last title inside a chunk that a person's name follows ("... President Ramon
/// Manzanares"), as token range.
fn last_title(cx: &Ctx<'_, '_>, a: usize, b: usize) -> Option<(usize, usize)> {
    let doc = cx.doc;
    let lex = cx.lex;
    let mut found = None;
    // The last run of titles seen, as token range.
    let mut run: Option<(usize, usize)> = None;
    let mut k = a;
    while k < b {
        let mut n_hit = 0;
        for n in (1..=lex.max_title_words.min(b - k)).rev() {
            if lex.is_title(lower_span(doc, k, k + n)) {
                n_hit = n;
                break;
            }
        }
        // "Professors Ana Ruiz and ...", "fellow Republicans Tom Ward, ...": a title in the
        // plural before the first of several names (at the end it names a body: "Toronto
        // Bond Traders", "St. Louis Cardinals").
        let plural = |w: &str| w.len() > 4 && w.strip_suffix('s').is_some_and(|s| lex.is_title(s));
        if n_hit == 0 && k + 1 < b && plural(cx.low(k)) {
            n_hit = 1;
        }
        if n_hit == 0 {
            k += 1;
            continue;
        }
        let mut te = k + n_hit;
        // "Secretary of State", "Minister of Foreign Affairs", "Archbishop of Canterbury".
        if doc.tok(te) == "of" && te + 1 < b {
            let mut e = te + 1;
            while e < b
                && e < te + 4
                && !lex.is_given(cx.low(e))
                && doc.tokens.get(e).is_some_and(|t| t.cap)
            {
                e += 1;
            }
            if e > te + 1 {
                te = e;
            }
        }
        // What follows must read as a name, not as more of an organisation.
        let name_ok = te == b
            || (b - te <= 4 && {
                let first = cx.low(te);
                let last = cx.low(b - 1);
                !lex.is_org_word(last)
                    && !EVENT_WORDS.contains(&last)
                    && (!lex.is_word(first) || lex.is_given(first) || lex.is_surname(first))
                    // After a given name a surname may be a word too ("Alphonse Guano").
                    && (lex.is_given(first) && b - te == 2
                        || (te..b).all(|x| {
                            let l = cx.low(x);
                            !lex.is_word(l) || lex.is_given(l) || lex.is_surname(l) || l.len() <= 3
                        }))
            });
        // "Lt. Gen. Mark Hobbs": titles in a row before a name are one title.
        let mut ts = match run {
            Some((rs, re)) if re == k && te < b => rs,
            _ => k,
        };
        // "Co-Premiers", "ex-President": a prefix joined by a hyphen is the title's.
        if te < b && ts >= a + 2 && super::topics::after_joining_hyphen(doc, ts) {
            ts -= 2;
        }
        run = Some((ts, te));
        if name_ok {
            found = Some((ts, te));
        }
        k = te;
    }
    // A chunk that is only a title ("President") names nobody; keep it only with a name.
    found.filter(|&(_, te)| te < b || found.is_some_and(|(ts, _)| ts > a))
}

fn label_name(cx: &mut Ctx<'_, '_>, a: usize, b: usize) {
    let doc = cx.doc;
    let lex = cx.lex;
    let n = b - a;
    let text = doc.span_str(a, b);
    let key = lower_span(doc, a, b);
    let first = cx.low(a);
    let last = cx.low(b - 1);
    if n == 1 && lex.demonym(text).is_some() {
        return;
    }
    // "Native American", "Latin American": a people's adjective, no one's name.
    if n == 2 && matches!(first, "native" | "latin") && lex.demonym(doc.tok(a + 1)).is_some() {
        return;
    }
    if dateline_town(cx, a, b) {
        cx.push(a, b, Label::Loc, true);
        return;
    }
    let big_place = n >= 2
        && lex.place_kinds(key).any(|(kind, _)| {
            matches!(
                kind,
                PlaceKind::Country | PlaceKind::Region | PlaceKind::Water
            )
        });
    // "Scott County", "Church Street": an area or a street (outside sports pages, where a
    // county names its team).
    let street_lead = lex.is_place_lead(first)
        && doc.tokens.get(a + 1).is_some_and(|t| t.cap)
        && !lex.is_org_word(last)
        && !lex.is_venue_head(last);
    if n >= 2
        && !cx.sports
        && (lex.is_place_head(last) || street_lead)
        && !institution(cx, a, b - 1)
    {
        cx.push(a, b, Label::Loc, true);
        return;
    }
    // "Salt Lake City", "Quebec City": a city the gazetteer knows, not a club.
    let gazetteer_city = last == "city" && lex.is_place(key);
    if !big_place && !gazetteer_city && n >= 2 && lex.is_org_word(last)
        || (n >= 3 && lex.is_org_word(first) && matches!(doc.tok(a + 1), "of" | "for"))
    {
        cx.push(a, b, Label::Org, true);
        return;
    }
    // "C. Hooper", "K. Barnett": an initial makes a person.
    let initial = doc.tok(a).len() == 2
        && doc.tok(a).ends_with('.')
        && doc.tokens.get(a).is_some_and(|t| t.upper);
    // "Jiri Novak (Czech Republic)": an athlete with a nationality; "b Muralitharan" in a
    // cricket scorecard.
    let nationality = doc.tok(b) == "(" && {
        let mut e = b + 1;
        while doc.tokens.get(e).is_some_and(|t| t.cap) {
            e += 1;
        }
        e > b + 1 && doc.tok(e) == ")" && lex.is_place(lower_span(doc, b + 1, e))
    };
    let scorecard = cx.sports && a > 0 && matches!(doc.tok(a - 1), "b" | "c" | "st" | "lbw");
    let nationality = nationality && (n >= 2 || lex.is_given(first) || lex.is_surname(first));
    let suffix = n >= 2 && matches!(last, "jr" | "jr." | "sr" | "sr." | "ii" | "iii" | "iv");
    if ((initial && n >= 2) || nationality || scorecard || suffix)
        && (!lex.is_place(key) || nationality)
    {
        cx.push(a, b, Label::Per, true);
        return;
    }
    // "US$ 1.19", "$US 1.5": a currency, not a place.
    if doc.tok(b) == "$" || (a > 0 && doc.tok(a - 1) == "$") {
        return;
    }
    // "(Trinidad)", "PARAMARIBO, Surinam": a place in parentheses or after a dateline.
    let bracketed = a > 0 && doc.tok(a - 1) == "(" && doc.tok(b) == ")";
    if lex.is_place(key) {
        if n == 1 && !bracketed && !place_plausible(cx, a, key) {
            cx.weak.push((a, b));
            return;
        }
        cx.push(a, b, Label::Loc, true);
        return;
    }
    // "Ericsson spokesman", "Cofinec shares": what follows belongs to an organisation.
    let next_cap = doc.tokens.get(b).is_some_and(|t| t.cap);
    if !next_cap && ORG_FOLLOWERS.contains(&cx.low(b)) && !lex.is_given(first) {
        cx.push(a, b, Label::Org, true);
        return;
    }
    if n == 1 {
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        let upper = doc.tokens.get(a).is_some_and(|t| t.upper);
        if upper
            && (2..=6).contains(&letters)
            && !NOT_ORG_ACRONYMS.contains(&text.trim_end_matches('.'))
        {
            cx.push(a, b, Label::Org, true);
            return;
        }
        cx.weak.push((a, b));
        return;
    }
    // A place followed by more words is an organisation or team named after it ("Florida
    // Marlins", "Air France", "Texas Instruments"), unless a given name leads.
    let first_place = (1..n.min(4)).any(|p| {
        let pre = lower_span(doc, a, a + p);
        lex.is_place(pre) && !(p == 1 && lex.is_given(pre))
    });
    let last_place = lex.is_place(last)
        && lex
            .place_kinds(last)
            .any(|(kind, pop)| kind == PlaceKind::Country || pop >= 100_000);
    if first_place || (last_place && lex.is_word(first) && !lex.is_given(first)) {
        cx.push(a, b, Label::Org, true);
        return;
    }
    // "Der Spiegel", "El Al", "Reynard Honda": a foreign article or a known firm's name
    // inside makes an organisation (places such as "El Paso" were matched above).
    let foreign_article = matches!(
        doc.tok(a),
        "El" | "Der" | "Die" | "Das" | "Le" | "La" | "Les" | "Il"
    );
    let ends_with_firm = n >= 2 && lex.is_org(doc.tok(b - 1));
    if n >= 2 && (foreign_article || ends_with_firm) {
        cx.push(a, b, Label::Org, true);
        return;
    }
    // "Douglas & Lomason", "Standard & Poor": an ampersand joins a firm's names.
    if (a..b).any(|x| doc.tok(x) == "&") {
        cx.push(a, b, Label::Org, true);
        return;
    }
    // "City Hall", "Royal Albert Hall": a common word before a venue's head names a
    // building, not someone whose family name is Hall. A House may be a chamber ("the
    // Democratic House").
    if n >= 2
        && lex.is_venue_head(last)
        && last != "house"
        && lex.is_word(first)
        && !lex.is_given(first)
        && !lex.is_surname(first)
    {
        cx.push(a, b, Label::Loc, true);
        return;
    }
    // "Major League Baseball", "Golden Four": ordinary words only, none a surname.
    let plain_words = (a..b)
        .all(|x| lex.is_word(cx.low(x)) && !lex.is_surname(cx.low(x)) || is_connector(cx.low(x)));
    if plain_words {
        cx.push(a, b, Label::Org, false);
        return;
    }
    if lex.is_word(last) && !lex.is_surname(last) && !lex.is_given(first) {
        cx.push(a, b, Label::Org, false);
        return;
    }
    if cx.team_context(a, b) && !lex.is_given(first) {
        cx.push(a, b, Label::Org, true);
        return;
    }
    if lex.is_given(first) && !lex.is_word(first) {
        cx.push(a, b, Label::Per, true);
        return;
    }
    if lex.is_given(first) || lex.is_surname(last) {
        cx.push(a, b, Label::Per, true);
        return;
    }
    if lex.is_word(last) {
        cx.push(a, b, Label::Org, false);
        return;
    }
    cx.push(a, b, Label::Per, false);
}

/// A single-word place that is also an English word or a person's name needs a cue:
/// a preposition of place before it, or being a large place in mid-sentence.
fn place_plausible(cx: &Ctx<'_, '_>, a: usize, key: &str) -> bool {
    let doc = cx.doc;
    let lex = cx.lex;
    let common = lex.is_word(key);
    let name_like = lex.is_given(key) || lex.is_surname(key);
    if !common && !name_like {
        return true;
    }
    // A dateline: "BONN 1996-08-31", "LAGOS, Nigeria (Reuters) -", "DENVER - ", and
    // "Denver (AP) —" in any case.
    let line_start = doc.tokens.get(a).is_some_and(|t| t.newline_before) || a == 0;
    let agency_next = doc.tok(a + 1) == "("
        && doc.tokens.get(a + 2).is_some_and(|t| t.upper)
        && doc.tok(a + 3) == ")";
    if line_start
        && (agency_next
            || doc.tokens.get(a).is_some_and(|t| t.upper)
                && (doc
                    .tokens
                    .get(a + 1)
                    .is_some_and(|t| t.kind == TokKind::Number)
                    || dateline_mark(doc.tok(a + 1))))
    {
        return true;
    }
    let big = || {
        lex.place_kinds(key).any(|(kind, pop)| {
            matches!(kind, PlaceKind::Country | PlaceKind::Water) || pop >= 1_000_000
        })
    };
    let prev = if a > 0 { cx.low(a - 1) } else { "" };
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
    ) || doc.tok(a + 1) == "," && lex.is_place(cx.low(a + 2));
    // "Lloyd Austin": a given name right before makes it a surname.
    let after_given = a > 0 && doc.tokens.get(a - 1).is_some_and(|t| t.cap) && lex.is_given(prev);
    if after_given {
        return false;
    }
    if common {
        return cue || (big() && !doc.sentence_initial(a));
    }
    cue || big()
}

/// Names the document states with confidence: full names and (for people) their parts.
fn known_names(doc: &Doc<'_>, out: &[NameMention]) -> FxHashMap<String, Label> {
    let mut known: FxHashMap<String, Label> = FxHashMap::default();
    for m in out
        .iter()
        .filter(|m| m.strong || (m.label == Label::Per && m.b - m.a >= 2))
    {
        if m.label == Label::Per {
            for k in m.a..m.b {
                let w = doc.low(k);
                if w.chars().count() > 1
                    && !is_connector(w)
                    && doc.tokens.get(k).is_some_and(|t| t.cap)
                    && (!LEX.is_word(w) || LEX.is_given(w) || LEX.is_surname(w))
                {
                    known.entry(w.to_owned()).or_insert(Label::Per);
                }
            }
        }
        known.insert(lower_span(doc, m.a, m.b).to_owned(), m.label);
    }
    known
}

/// Second pass: single capitalised words decided by the document's confident names.
fn resolve_weak(cx: &mut Ctx<'_, '_>, known: &FxHashMap<String, Label>, weak: &[(usize, usize)]) {
    let doc = cx.doc;
    let lex = cx.lex;
    // In sports reports a name that is used as a team once is a team everywhere.
    let mut team_keys: FxHashMap<&str, ()> = FxHashMap::default();
    if cx.sports || cx.game {
        for &(a, b) in weak {
            if cx.team_context(a, b) {
                team_keys.insert(lower_span(doc, a, b), ());
            }
        }
    }
    for &(a, b) in weak {
        let key = lower_span(doc, a, b);
        if let Some(&label) = known.get(key) {
            cx.push(a, b, label, false);
            continue;
        }
        if team_keys.contains_key(key) && !lex.is_given(key) {
            cx.push(a, b, Label::Org, false);
            continue;
        }
        // "the Mets", "the Braves": a capitalised plural in a sports report is a team; in a
        // game told in prose, only after "the" (page furniture says "Settings", "Sports").
        let the_before = a > 0 && doc.low(a - 1) == "the";
        if (cx.sports || cx.game && the_before)
            && key.len() > 3
            && key.ends_with('s')
            && !key.ends_with("ss")
            && !lex.is_given(key)
            && !lex.is_surname(key)
            && !doc.sentence_initial(a)
            // "Scorers:", "Tries:": the heading of a list in a match report.
            && doc.tok(b) != ":"
        {
            cx.push(a, b, Label::Org, false);
            continue;
        }
        if doc.sentence_initial(a) || lex.is_place(key) {
            continue;
        }
        if cx.team_context(a, b) && !lex.is_word(key) {
            cx.push(a, b, Label::Org, false);
            continue;
        }
        // "in Tavildara", "the village of Layron": an unknown name after a place cue.
        let prev = if a > 0 { doc.low(a - 1) } else { "" };
        let prev2 = if a > 1 { doc.low(a - 2) } else { "" };
        // "at the Kestrelplex", "inside the Dome": one unknown name after a preposition of
        // place and "the".
        let the_place = prev == "the"
            && matches!(prev2, "at" | "inside" | "outside" | "near")
            && !doc.tokens.get(b).is_some_and(|t| t.cap)
            && !matches!(doc.tok(b), "'" | "’" | "'s" | "’s");
        // "900 miles from Tarnovo": a distance names a place.
        let distance = prev == "from"
            && (a.saturating_sub(5)..a).any(|k| {
                matches!(
                    doc.low(k),
                    "miles"
                        | "kilometers"
                        | "kilometres"
                        | "km"
                        | "mi"
                        | "yards"
                        | "metres"
                        | "meters"
                )
            });
        let place_cue = matches!(prev, "in" | "near" | "outside")
            || the_place
            || distance
            || (prev == "of"
                && matches!(
                    prev2,
                    "town" | "city" | "village" | "province" | "region" | "district" | "capital"
                        // "Jo Hart, 26, of Kelby": where a person lives.
                        | ","
                ));
        // "Kelby, Missouri", "the Haram district": a state or country after the name, or
        // an area noun.
        let region_next = doc.tok(b) == "," && doc.tokens.get(b + 1).is_some_and(|t| t.cap) && {
            let mut e = b + 1;
            while e < b + 4 && doc.tokens.get(e).is_some_and(|t| t.cap) {
                e += 1;
            }
            lex.place_kinds(lower_span(doc, b + 1, e))
                .any(|(kind, _)| matches!(kind, PlaceKind::Region | PlaceKind::Country))
        };
        let area_next = doc.tokens.get(b).is_some_and(|t| !t.cap)
            && matches!(
                doc.low(b),
                "district" | "neighbourhood" | "neighborhood" | "suburb" | "province" | "county"
            );
        // A surname after "in" is a town ("in Juarez"); a bare surname elsewhere is a person.
        let residence = prev == "of" && prev2 == ",";
        let name_ok = !lex.is_surname(key)
            || matches!(prev, "in" | "near")
            || residence
            || region_next
            || area_next;
        // "at Heathrow": "at" before a name no list knows (a surname there is a person's
        // home or firm: "at Smith's").
        let at_place = prev == "at" && !lex.is_surname(key);
        if (place_cue || region_next || area_next || at_place)
            && !lex.is_word(key)
            && !lex.is_given(key)
            && name_ok
            && doc.tok(b) != "'s"
            && !cx.sports
        {
            cx.push(a, b, Label::Loc, false);
            continue;
        }
        // "president Suharto", "striker Ravanelli": a lower-case title before the name.
        if a > 0
            && doc.tokens.get(a - 1).is_some_and(|t| !t.cap)
            && lex.is_title(prev)
            && !lex.is_word(key)
        {
            cx.push(a, b, Label::Per, false);
            continue;
        }
        // Followed by a speech verb: someone speaking.
        let next = doc.low(b);
        if matches!(next, "said" | "says" | "told" | "added" | "asked") && !lex.is_word(key) {
            // People are introduced by full name before a bare surname speaks; a bare
            // unknown name that speaks is more often a company or an agency.
            let person = lex.is_surname(key) || lex.is_given(key);
            cx.push(a, b, if person { Label::Per } else { Label::Org }, false);
            continue;
        }
        if lex.is_surname(key) && !lex.is_word(key) && key.chars().count() > 2 {
            cx.push(a, b, Label::Per, false);
        }
    }
}

/// A run of words in a line written in capitals: the longest stretches the document or the
/// lexicons know, case-insensitively.
fn caps_run(cx: &mut Ctx<'_, '_>, known: &FxHashMap<String, Label>, a: usize, b: usize) {
    let doc = cx.doc;
    let lex = cx.lex;
    let mut k = a;
    while k < b {
        let mut hit: Option<(usize, Label)> = None;
        for n in (1..=5.min(b - k)).rev() {
            let key = lower_span(doc, k, k + n);
            let text = doc.span_str(k, k + n);
            let opener = |k: usize| is_stop(cx.low(k)) || OPENERS.contains(&cx.low(k));
            if n == 1 && opener(k) || is_stop(cx.low(k + n - 1)) {
                continue;
            }
            if let Some(&l) = known.get(key) {
                hit = Some((n, l));
                break;
            }
            if lex.is_org(text) {
                hit = Some((n, Label::Org));
                break;
            }
            if lex.is_place(key) && !EVENT_WORDS.contains(&cx.low(k + n)) {
                let common = lex.is_word(key) || lex.is_given(key) || lex.is_surname(key);
                let big = lex.place_kinds(key).any(|(kind, pop)| {
                    matches!(
                        kind,
                        PlaceKind::Country | PlaceKind::Water | PlaceKind::Region
                    ) || pop >= 100_000
                });
                if n >= 2 || (!common && big) || (!lex.is_word(key) && big) {
                    hit = Some((n, Label::Loc));
                    break;
                }
            }
        }
        match hit {
            Some((n, label)) => {
                cx.push(k, k + n, label, false);
                k += n;
            }
            None => k += 1,
        }
    }
}

/// In sports reports a town or county names its team: relabel places used as teams (and
/// every other mention of the same name) as organisations; countries stay places.
fn teams(cx: &mut Ctx<'_, '_>) {
    let doc = cx.doc;
    let lex = cx.lex;
    let mut team_keys: FxHashMap<String, ()> = FxHashMap::default();
    let is_country = |key: &str| {
        lex.place_kinds(key)
            .any(|(kind, _)| kind == PlaceKind::Country)
    };
    for m in &cx.out {
        if m.label == Label::Loc || m.label == Label::Org {
            let key = lower_span(doc, m.a, m.b);
            if cx.team_context(m.a, m.b) && !is_country(key) {
                team_keys.insert(key.to_owned(), ());
            }
        }
    }
    let keep = |m: &NameMention| cx.place_of_play(m.a, m.b);
    let relabel: Vec<bool> = cx
        .out
        .iter()
        .map(|m| {
            m.label == Label::Loc && team_keys.contains_key(lower_span(doc, m.a, m.b)) && !keep(m)
        })
        .collect();
    for (m, r) in cx.out.iter_mut().zip(relabel) {
        if r {
            m.label = Label::Org;
        }
    }
    // "the Cleveland Indians 5-3", "Bradford Bulls 36": a town and a plural that is no
    // surname make a team, even where the town's name is also a given name.
    let nickname: Vec<bool> = cx
        .out
        .iter()
        .map(|m| {
            let last = doc.low(m.b - 1);
            m.label == Label::Per
                && m.role.is_none()
                && m.b - m.a >= 2
                && last.len() > 3
                && last.ends_with('s')
                && !last.ends_with("ss")
                && lex.is_place(doc.low(m.a))
                && !lex.is_surname(last)
                && !lex.is_given(last)
                && cx.team_context(m.a, m.b)
        })
        .collect();
    for (m, r) in cx.out.iter_mut().zip(nickname) {
        if r {
            m.label = Label::Org;
        }
    }
}

/// Words after a market name that make it an index, not the exchange ("the Dow Jones
/// industrial average", "the Nasdaq composite index").
const INDEX_WORDS: &[&str] = &["index", "average", "industrial", "composite", "indices"];

/// Last pass: "the X" is no person; a name marked as an organisation by its context is one
/// everywhere in the article; an index named after an exchange is neither.
fn consistent_orgs(cx: &mut Ctx<'_, '_>) {
    let doc = cx.doc;
    let lex = cx.lex;
    // "the China Daily said", "the Florida Marlins beat": an article before a name that is
    // not a place makes an organisation (people take no article: "the late X" has a word
    // between).
    let mut the_orgs: Vec<(usize, usize)> = Vec::new();
    for m in &cx.out {
        if m.label != Label::Per || m.role.is_some() || m.a == 0 {
            continue;
        }
        let prev = doc.tok(m.a - 1);
        let next = doc.tokens.get(m.b);
        let next_ok = next.is_none_or(|t| t.kind != TokKind::Word || t.cap)
            || matches!(
                doc.low(m.b),
                "said" | "says" | "reported" | "newspaper" | "daily" | "organisation"
                    | "organization"
            )
            || ORG_FOLLOWERS.contains(&doc.low(m.b))
            // "told the Ledger that ...", but not "the Zairean and Rwandan governments".
            || matches!(
                doc.low(m.b),
                "that" | "which" | "after" | "before" | "over" | "on" | "in" | "at" | "to"
                    | "for" | "with" | "from" | "by" | "as"
            );
        let first = doc.low(m.a);
        let person_first = lex.is_given(first) && !lex.is_word(first) && m.b - m.a >= 2;
        // "the Afrikaners", "the Zairean": a people or an adjective, unless teams are meant.
        let people = m.b - m.a == 1
            && (lex.demonym(doc.tok(m.a)).is_some() || !cx.sports && first.ends_with('s'));
        if prev == "the" && next_ok && !person_first && !people {
            the_orgs.push((m.a, m.b));
        }
    }
    for (a, b) in the_orgs {
        let key = lower_span(doc, a, b);
        if key.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
            cx.org_keys.insert(key.to_owned(), ());
        }
    }
    let keys = &cx.org_keys;
    for m in &mut cx.out {
        if m.label == Label::Per && m.role.is_none() && keys.contains_key(lower_span(doc, m.a, m.b))
        {
            m.label = Label::Org;
        }
    }
    cx.out.retain(|m| {
        m.label != Label::Org
            || doc.tokens.get(m.b).is_some_and(|t| t.cap)
            || !INDEX_WORDS.contains(&doc.low(m.b))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::tokenize;

    fn labels(text: &str) -> Vec<(String, Label)> {
        let doc = tokenize(text);
        let masked = vec![false; doc.tokens.len()];
        find(&doc, &masked)
            .into_iter()
            .map(|m| (doc.span_str(m.a, m.b).to_owned(), m.label))
            .collect()
    }

    #[test]
    fn a_title_case_headline_may_hold_a_compound_with_lower_case_parts() {
        // "2,000-year-old" keeps the headline title case, so "Finds" and "Near" join no name.
        let l = labels(
            "Survey Finds 2,000-year-old Coral Near Sunken Tanker: Was it Harmed?\nThe \
             survey found the coral near the tanker, said Nancy Prouty of the Marine Institute.",
        );
        assert!(
            !l.iter()
                .any(|(n, _)| n.contains("Finds") || n.contains("Near")),
            "{l:?}"
        );
    }

    #[test]
    fn a_particle_joins_a_known_place_and_a_given_name_to_the_rest() {
        let l = labels(
            "Pilgrims flew from Dar es Salaam to Santiago de Compostela on Friday to see a \
             painting by Vincent van Gogh, officials said.",
        );
        for whole in [
            "Dar es Salaam",
            "Santiago de Compostela",
            "Vincent van Gogh",
        ] {
            assert!(l.iter().any(|(n, _)| n == whole), "{whole}: {l:?}");
        }
        // "for" and "on" join organisations' names, not a person's.
        let l = labels(
            "The host thanked Maria for Hope House and praised Matthew Taylor for Ben \
             Petrov on Radio Four.",
        );
        assert!(
            !l.iter()
                .any(|(n, _)| n.contains(" for ") || n.contains(" on ")),
            "{l:?}"
        );
    }

    #[test]
    fn an_mp_or_pm_before_a_name_is_a_title_and_an_ampersand_may_join_two_people() {
        let l = labels(
            "Labour MP Dara Quinlan said on Monday that PM Enda Kenny had met the cast. \
             Rainn Wilson & Ellen Page star in the film, and Procter & Gamble paid for it.",
        );
        for (name, label) in [
            ("Dara Quinlan", Label::Per),
            ("Enda Kenny", Label::Per),
            ("Rainn Wilson", Label::Per),
            ("Ellen Page", Label::Per),
            ("Procter & Gamble", Label::Org),
        ] {
            assert!(l.contains(&(name.to_owned(), label)), "{name}: {l:?}");
        }
    }

    #[test]
    fn a_venue_or_a_people_s_adjective_is_no_person() {
        let l = labels(
            "Mayor Ed Lee said City Hall would decide on Monday. The gala at the Royal \
             Albert Hall raised money, and Karen Hall spoke.",
        );
        assert!(l.contains(&("City Hall".to_owned(), Label::Loc)), "{l:?}");
        assert!(!l.contains(&("City Hall".to_owned(), Label::Per)), "{l:?}");
        assert!(l.contains(&("Karen Hall".to_owned(), Label::Per)), "{l:?}");
        assert!(
            !l.iter()
                .any(|(n, k)| n.ends_with("Albert Hall") && *k == Label::Per),
            "{l:?}"
        );
        // A people's adjective is no one's name either.
        let l = labels("Native American motifs appeared, and Mara Redhorse showed fringe.");
        assert!(!l.iter().any(|(n, _)| n.contains("Native")), "{l:?}");
    }

    #[test]
    fn a_listing_s_day_and_a_shouted_word_are_no_part_of_a_name() {
        let l = labels(
            "Comedy this week. Fri Dan Clark plays Leeds. Reader Colleen Rubino NEVER \
             forgave him, and Henry VIII of the International AIDS Society laughed.",
        );
        for name in [
            "Dan Clark",
            "Colleen Rubino",
            "Henry VIII",
            "International AIDS Society",
        ] {
            assert!(l.iter().any(|(n, _)| n == name), "{name}: {l:?}");
        }
        assert!(
            !l.iter()
                .any(|(n, _)| n.starts_with("Fri") || n.ends_with("NEVER")),
            "{l:?}"
        );
    }

    #[test]
    fn a_dateline_town_the_gazetteer_lacks_is_a_place() {
        let found = labels(
            "Farmer held after 40 goats found starving\nORVILLE, Ky. – Deputies arrested a \
             farmer on Friday, Sheriff Dana Pruitt said.",
        );
        assert!(
            found.contains(&("ORVILLE".to_owned(), Label::Loc)),
            "{found:?}"
        );
        assert!(
            !found
                .iter()
                .any(|(n, l)| n == "ORVILLE" && *l != Label::Loc),
            "{found:?}"
        );
    }

    #[test]
    fn towns_that_name_teams_are_organisations_in_sports_reports() {
        let l = labels(
            "RUGBY - BATH BEAT ORRELL\n\nBath beat Orrell 56-13 on Saturday, while Wales beat Fiji 40-3 in Cardiff.",
        );
        assert!(l.contains(&("Orrell".to_owned(), Label::Org)));
        assert!(l.contains(&("Wales".to_owned(), Label::Loc)), "{l:?}");
        assert!(l.contains(&("Cardiff".to_owned(), Label::Loc)));
    }

    #[test]
    fn companies_are_told_from_people() {
        let l = labels(
            "Shares of Norvale Holdings rose after Velantis spokesman Tom Berg said the deal was done.",
        );
        assert!(l.contains(&("Norvale Holdings".to_owned(), Label::Org)));
        assert!(l.contains(&("Velantis".to_owned(), Label::Org)));
        assert!(l.contains(&("Tom Berg".to_owned(), Label::Per)));
    }

    #[test]
    fn descriptor_nouns_and_stakes_name_companies_everywhere() {
        let l = labels(
            "The Dutch retail chain Vorsel said sales fell. Brokers said Vorsel would cut jobs, \
             and Halvorsen Marine Ltd bought a stake in Kestrava. Kestrava rose 4 percent \
             while Halvorsen Marine slipped.",
        );
        assert!(l.contains(&("Vorsel".to_owned(), Label::Org)), "{l:?}");
        assert_eq!(l.iter().filter(|(n, _)| n == "Vorsel").count(), 2, "{l:?}");
        assert!(l.contains(&("Kestrava".to_owned(), Label::Org)), "{l:?}");
        assert!(
            l.contains(&("Halvorsen Marine".to_owned(), Label::Org)),
            "{l:?}"
        );
        assert!(!l.iter().any(|(_, lab)| *lab == Label::Per), "{l:?}");
    }

    #[test]
    fn a_name_after_the_is_an_organisation_not_a_person() {
        let l = labels(
            "The minister told the Morning Ledger that talks would resume, the Ledger said.",
        );
        assert!(
            l.contains(&("Morning Ledger".to_owned(), Label::Org)),
            "{l:?}"
        );
        // People still take their name without an article.
        let p = labels("The plan was drafted by Maria Gonzalez, the Kestrel Advisors said.");
        assert!(
            p.contains(&("Maria Gonzalez".to_owned(), Label::Per)),
            "{p:?}"
        );
    }

    #[test]
    fn an_officer_before_a_title_names_the_company() {
        let l = labels("Talks stalled, Drennick CEO Paul Adams told reporters on Monday.");
        assert!(l.contains(&("Drennick".to_owned(), Label::Org)), "{l:?}");
        assert!(l.contains(&("Paul Adams".to_owned(), Label::Per)), "{l:?}");
    }

    #[test]
    fn a_town_is_a_team_only_where_its_players_are_meant() {
        let text = "SOCCER - LEAGUE ROUND-UP\n\nBristol striker Tom Hale scored twice as \
                    Bristol beat Exmouth 2-0. Fans queued for hours in Bristol before the game.";
        let doc = tokenize(text);
        let masked = vec![false; doc.tokens.len()];
        let found: Vec<(usize, Label)> = find(&doc, &masked)
            .into_iter()
            .filter(|m| doc.span_str(m.a, m.b) == "Bristol")
            .map(|m| (doc.tokens.get(m.a).map_or(0, |t| t.start), m.label))
            .collect();
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found.first().map(|f| f.1), Some(Label::Org));
        assert_eq!(found.last().map(|f| f.1), Some(Label::Loc), "{found:?}");
        let n = labels(
            "BASEBALL - ROUND-UP\n\nThe Denver Foxes beat the Cleveland Comets 5-3 on Friday, \
             while Tom Harris 4 Bob Stevens 2 was the card at the club.",
        );
        assert!(
            n.contains(&("Cleveland Comets".to_owned(), Label::Org)),
            "{n:?}"
        );
        assert!(n.contains(&("Tom Harris".to_owned(), Label::Per)), "{n:?}");
        // Outside sport the same words leave a town a town.
        let l =
            labels("Flooding closed roads in Bristol, and a Bristol councillor asked for help.");
        assert!(
            !l.iter()
                .any(|(n, lab)| n == "Bristol" && *lab == Label::Org),
            "{l:?}"
        );
    }

    #[test]
    fn long_organisation_names_keep_their_parts() {
        let l = labels(
            "Observers from the Council for Trade and Development in Asia arrived, and the \
             Indonesian Democratic Party met the German Foreign Ministry.",
        );
        assert!(
            l.contains(&(
                "Council for Trade and Development in Asia".to_owned(),
                Label::Org
            )),
            "{l:?}"
        );
        assert!(
            l.contains(&("Indonesian Democratic Party".to_owned(), Label::Org)),
            "{l:?}"
        );
        assert!(
            l.contains(&("Foreign Ministry".to_owned(), Label::Org)),
            "{l:?}"
        );
        let u = labels("She studied at the University of Arizona in Tucson last year.");
        assert!(u.contains(&("Tucson".to_owned(), Label::Loc)), "{u:?}");
    }

    #[test]
    fn common_words_and_indices_are_not_organisations() {
        let l = labels("Reading the report, analysts said the Nasdaq composite index fell.");
        assert!(
            !l.iter().any(|(n, _)| n == "Nasdaq" || n == "Reading"),
            "{l:?}"
        );
        let m = labels("Mobile phone makers gained on Friday, the company said.");
        assert!(!m.iter().any(|(n, _)| n == "Mobile"), "{m:?}");
    }
}
