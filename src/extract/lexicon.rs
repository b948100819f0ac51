//! The word lists and gazetteers from `assets/`, compiled into the binary and indexed once.
//!
//! The large lists (words, names, the gazetteer) are sorted plain text with a companion
//! hash table built by `tools/build_lexicons.py` (`.idx`), both compiled in with
//! `include_bytes!`: looking a key up costs one hash and a probe or two, and loading costs
//! nothing. The small hand-curated lists are indexed on first use (well under a millisecond).

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::model::PlaceKind;

static PLACES_TSV: &str = include_str!("../../assets/gazetteer/places.tsv");
static PLACES_IDX: &[u8] = include_bytes!("../../assets/gazetteer/places.tsv.idx");
static GIVEN_IDX: &[u8] = include_bytes!("../../assets/lexicon/given_names.txt.idx");
static SURNAMES_IDX: &[u8] = include_bytes!("../../assets/lexicon/surnames.txt.idx");
static WORDS_IDX: &[u8] = include_bytes!("../../assets/lexicon/words.txt.idx");
static CURATED_TSV: &str = include_str!("../../assets/gazetteer/curated.tsv");
static ABBREVIATIONS_TSV: &str = include_str!("../../assets/gazetteer/abbreviations.tsv");
static GIVEN_TXT: &str = include_str!("../../assets/lexicon/given_names.txt");
static SURNAMES_TXT: &str = include_str!("../../assets/lexicon/surnames.txt");
static WORDS_TXT: &str = include_str!("../../assets/lexicon/words.txt");
static TITLES_TXT: &str = include_str!("../../assets/lexicon/titles.txt");
static ORG_WORDS_TXT: &str = include_str!("../../assets/lexicon/org_words.txt");
static ORGS_TXT: &str = include_str!("../../assets/lexicon/orgs.txt");
static DEMONYMS_TSV: &str = include_str!("../../assets/lexicon/demonyms.tsv");
static ROLE_WORDS_TXT: &str = include_str!("../../assets/lexicon/role_words.txt");
static PERSON_NOUNS_TXT: &str = include_str!("../../assets/lexicon/person_nouns.txt");
static HONORIFICS_TXT: &str = include_str!("../../assets/lexicon/honorifics.txt");
static PLACE_HEADS_TXT: &str = include_str!("../../assets/lexicon/place_heads.txt");
static VENUE_HEADS_TXT: &str = include_str!("../../assets/lexicon/venue_heads.txt");
static AGENCIES_TXT: &str = include_str!("../../assets/lexicon/agencies.txt");
static CREDIT_WORDS_TXT: &str = include_str!("../../assets/lexicon/credit_words.txt");
static FURNITURE_TXT: &str = include_str!("../../assets/lexicon/furniture.txt");

/// FNV-1a, 32 bits: the hash `tools/build_lexicons.py` builds the `.idx` tables with.
fn fnv1a(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// How many answers of [`Table::find`] each thread remembers.
const RECENT_SLOTS: usize = 1024;

/// Keys up to this many bytes are remembered (nearly all words and names are shorter).
const RECENT_KEY_BYTES: usize = 22;

/// A remembered look-up: which table (by its text's address) and the key, stored whole so
/// that a remembered answer is only ever given for the very same key.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Recent {
    table: usize,
    len: u8,
    key: [u8; RECENT_KEY_BYTES],
}

impl Recent {
    /// The entry for `key` in the table over `text`; `None` for a key too long to remember.
    fn entry(text: &'static str, key: &str) -> Option<Self> {
        let len = u8::try_from(key.len()).ok()?;
        let mut bytes = [0u8; RECENT_KEY_BYTES];
        bytes.get_mut(..key.len())?.copy_from_slice(key.as_bytes());
        Some(Self {
            table: text.as_ptr() as usize,
            len,
            key: bytes,
        })
    }
}

/// A remembered look-up and its answer (`None` while the slot is unused).
type RecentSlot = Option<(Recent, Option<usize>)>;

thread_local! {
    /// The last answers of [`Table::find`] on this thread, direct-mapped by key hash. An
    /// article asks about the same words and names again and again, and every probe of the
    /// big compiled tables is a cache miss or two, where this small table stays cached.
    static RECENT: std::cell::RefCell<Vec<RecentSlot>> =
        std::cell::RefCell::new(vec![None; RECENT_SLOTS]);
}

/// A sorted text list (first field of each line is the key) with its prebuilt hash table.
#[derive(Debug)]
pub struct Table {
    text: &'static str,
    slots: &'static [u8],
    mask: usize,
    /// The table was built for another version of the text: fall back to a scan-built map.
    fallback: Option<FxHashMap<&'static str, usize>>,
}

impl Table {
    /// Index `text` with its prebuilt table `idx` (or, when `idx` is stale, a scan-built map).
    pub(crate) fn new(text: &'static str, idx: &'static [u8]) -> Self {
        let word = |i: usize| -> Option<u32> {
            let b: [u8; 4] = idx.get(i..i + 4)?.try_into().ok()?;
            Some(u32::from_le_bytes(b))
        };
        let ok = idx.get(..4) == Some(b"BCX2".as_slice())
            && word(4).and_then(|n| usize::try_from(n).ok()) == Some(text.len());
        let n_slots = word(8).and_then(|n| usize::try_from(n).ok()).unwrap_or(0);
        let slots = idx.get(12..).unwrap_or_default();
        if ok && n_slots.is_power_of_two() && slots.len() == n_slots * 4 {
            return Self {
                text,
                slots,
                mask: n_slots - 1,
                fallback: None,
            };
        }
        // A hand-edited list without a rebuilt table still works, only slower to load.
        let mut map = FxHashMap::default();
        let mut off = 0usize;
        for line in text.split('\n') {
            if !line.is_empty() && !line.starts_with('#') {
                let key = line.split('\t').next().unwrap_or(line);
                map.entry(key).or_insert(off);
            }
            off += line.len() + 1;
        }
        Self {
            text,
            slots: &[],
            mask: 0,
            fallback: Some(map),
        }
    }

    /// Byte offset of the first line whose key is `key`.
    fn find(&self, key: &str) -> Option<usize> {
        if let Some(map) = &self.fallback {
            return map.get(key).copied();
        }
        let hash = fnv1a(key.as_bytes());
        let Some(entry) = Recent::entry(self.text, key) else {
            return self.probe(hash, key);
        };
        let at = (hash >> 16) as usize % RECENT_SLOTS;
        RECENT.with_borrow_mut(|recent| {
            if let Some(Some((seen, found))) = recent.get(at)
                && *seen == entry
            {
                return *found;
            }
            let found = self.probe(hash, key);
            if let Some(slot) = recent.get_mut(at) {
                *slot = Some((entry, found));
            }
            found
        })
    }

    /// [`Table::find`] in the compiled hash table, `hash` being the key's. A slot holds the
    /// line's offset + 1 in its low 24 bits and the top byte of its key's hash above them:
    /// the text, far away in memory, is read only when that byte matches, so a key that is
    /// not in the table costs one cache line of slots instead of a text read per slot.
    fn probe(&self, hash: u32, key: &str) -> Option<usize> {
        let tag = hash >> 24;
        let mut i = (hash as usize) & self.mask;
        loop {
            let b: [u8; 4] = self.slots.get(i * 4..i * 4 + 4)?.try_into().ok()?;
            let v = u32::from_le_bytes(b);
            if v == 0 {
                return None;
            }
            if v >> 24 == tag {
                let off = ((v & 0x00ff_ffff) as usize).checked_sub(1)?;
                let rest = self.text.get(off..)?;
                if rest.as_bytes().starts_with(key.as_bytes())
                    && matches!(rest.as_bytes().get(key.len()), Some(b'\t' | b'\n') | None)
                {
                    return Some(off);
                }
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Whether `key` is in the list.
    #[must_use]
    pub fn contains(&self, key: &str) -> bool {
        self.find(key).is_some()
    }

    /// The first line whose key is `key`, without the per-thread memory of recent answers
    /// (for callers that remember their own, so they do not crowd out the names' look-ups).
    pub(crate) fn line_of(&self, key: &str) -> Option<&'static str> {
        let at = match &self.fallback {
            Some(map) => map.get(key).copied(),
            None => self.probe(fnv1a(key.as_bytes()), key),
        }?;
        let rest = self.text.get(at..)?;
        Some(rest.split_once('\n').map_or(rest, |(line, _)| line))
    }

    /// Every line whose key is `key`.
    pub(crate) fn lines_of<'k>(&self, key: &'k str) -> impl Iterator<Item = &'static str> + 'k {
        let text = self.text;
        let start = self.find(key);
        start
            .and_then(|o| text.get(o..))
            .into_iter()
            .flat_map(|rest| rest.split('\n'))
            .take_while(move |l| l.split('\t').next() == Some(key))
    }
}

/// One gazetteer entry.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place {
    /// The gazetteer's name.
    pub name: &'static str,
    /// Country, region, city or water.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 code, empty when none (oceans).
    pub cc: &'static str,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Population (0 when unknown); hand-curated entries count as very large.
    pub pop: u64,
}

/// Every lexicon, indexed.
#[derive(Debug)]
pub struct Lexicon {
    /// Lower-case place key → gazetteer lines (parsed on use).
    places: Table,
    /// Lower-case curated key → curated place.
    curated: FxHashMap<String, Place>,
    /// Lower-case abbreviation → lower-case key of the region it stands for ("ky." →
    /// "kentucky").
    abbreviations: FxHashMap<String, String>,
    /// Longest place key in words.
    pub max_place_words: usize,
    given: Table,
    surnames: Table,
    words: Table,
    titles: FxHashSet<&'static str>,
    /// Longest title in words.
    pub max_title_words: usize,
    org_words: FxHashSet<&'static str>,
    orgs: FxHashSet<&'static str>,
    /// Longest organisation name in words.
    pub max_org_words: usize,
    demonyms: FxHashMap<&'static str, &'static str>,
    /// Role head words that are no titles ("student", "presenter").
    role_words: FxHashSet<&'static str>,
    /// Plain person nouns that make a role only with a modifier ("woman").
    person_nouns: FxHashSet<&'static str>,
    /// Honorifics, never a role ("mr", "dr").
    honorifics: FxHashSet<&'static str>,
    /// Longest role head in words.
    pub max_role_words: usize,
    /// The last word of every title and role word ("minister", "executive").
    role_last: FxHashSet<&'static str>,
    /// Last words of area and street names ("county", "street").
    place_heads: FxHashSet<&'static str>,
    /// First words of street names in other languages ("avenida", "rue").
    place_leads: FxHashSet<&'static str>,
    /// Last words of venue names ("airport", "stadium").
    venue_heads: FxHashSet<&'static str>,
    /// News and photo agencies, as written ("Reuters").
    agencies: FxHashSet<&'static str>,
    /// Words that open a photo credit ("photo").
    credit_words: FxHashSet<&'static str>,
    /// Web page furniture phrases ("read more").
    furniture: FxHashSet<&'static str>,
    /// Longest furniture phrase in words.
    pub max_furniture_words: usize,
    /// First and last words of the furniture phrases.
    furniture_ends: FxHashSet<&'static str>,
}

/// The entries of a hand-curated list: its lines without blanks and `#` comments.
pub(crate) fn lines(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.lines().filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn parse_kind(s: &str) -> PlaceKind {
    match s {
        "country" => PlaceKind::Country,
        "city" => PlaceKind::City,
        "region" => PlaceKind::Region,
        "water" => PlaceKind::Water,
        _ => PlaceKind::Other,
    }
}

fn parse_place_line(line: &'static str) -> Option<Place> {
    let mut f = line.split('\t');
    let _key = f.next()?;
    let name = f.next()?;
    let kind = parse_kind(f.next()?);
    let cc = f.next()?;
    let lat = f.next()?.parse().ok()?;
    let lon = f.next()?.parse().ok()?;
    let pop = f.next()?.parse().ok()?;
    Some(Place {
        name,
        kind,
        cc,
        lat,
        lon,
        pop,
    })
}

/// The kind and population of a gazetteer line: [`parse_place_line`] without the name and
/// the coordinates, which most questions about a place do not need (parsing two floats per
/// line was most of the cost of those questions).
fn parse_kind_pop(line: &'static str) -> Option<(PlaceKind, u64)> {
    let mut f = line.split('\t');
    let kind = parse_kind(f.nth(2)?);
    let pop = f.nth(3)?.parse().ok()?;
    Some((kind, pop))
}

impl Lexicon {
    fn load() -> Self {
        let mut max_place_words = 6;
        let mut curated = FxHashMap::default();
        for line in lines(CURATED_TSV) {
            let f: Vec<&'static str> = line.split('\t').collect();
            let (Some(name), Some(kind), Some(cc), Some(lat), Some(lon)) =
                (f.first(), f.get(1), f.get(2), f.get(3), f.get(4))
            else {
                continue;
            };
            let place = Place {
                name,
                kind: parse_kind(kind),
                cc,
                lat: lat.parse().unwrap_or(0.0),
                lon: lon.parse().unwrap_or(0.0),
                pop: 5_000_000_000,
            };
            let aliases = f.get(5).copied().unwrap_or_default();
            for key in std::iter::once(*name)
                .chain(aliases.split(';'))
                .filter(|k| !k.is_empty())
            {
                max_place_words = max_place_words.max(key.split([' ', '-']).count() * 2);
                curated.insert(key.to_lowercase(), place);
            }
        }
        let set = |s: &'static str| -> FxHashSet<&'static str> { lines(s).collect() };
        let titles = set(TITLES_TXT);
        let max_title_words = titles
            .iter()
            .map(|t| t.split(' ').count())
            .max()
            .unwrap_or(1);
        let orgs = set(ORGS_TXT);
        let max_org_words = orgs.iter().map(|t| t.split(' ').count()).max().unwrap_or(1);
        let demonyms = lines(DEMONYMS_TSV)
            .map(|l| l.split_once('\t').unwrap_or((l, "")))
            .collect();
        let role_words = set(ROLE_WORDS_TXT);
        let max_role_words = role_words
            .iter()
            .map(|t| t.split(' ').count())
            .max()
            .unwrap_or(1)
            .max(max_title_words);
        let abbreviations = lines(ABBREVIATIONS_TSV)
            .filter_map(|l| l.split_once('\t'))
            .map(|(a, full)| (a.to_lowercase(), full.to_lowercase()))
            .collect();
        let role_last = titles
            .iter()
            .chain(role_words.iter())
            .filter_map(|t| t.rsplit([' ', '-']).next())
            .collect();
        Self {
            places: Table::new(PLACES_TSV, PLACES_IDX),
            curated,
            abbreviations,
            max_place_words,
            given: Table::new(GIVEN_TXT, GIVEN_IDX),
            surnames: Table::new(SURNAMES_TXT, SURNAMES_IDX),
            words: Table::new(WORDS_TXT, WORDS_IDX),
            titles,
            max_title_words,
            org_words: set(ORG_WORDS_TXT),
            orgs,
            max_org_words,
            demonyms,
            role_words,
            person_nouns: set(PERSON_NOUNS_TXT),
            honorifics: set(HONORIFICS_TXT),
            role_last,
            max_role_words,
            place_heads: lines(PLACE_HEADS_TXT)
                .filter(|l| !l.starts_with('^'))
                .collect(),
            place_leads: lines(PLACE_HEADS_TXT)
                .filter_map(|l| l.strip_prefix('^'))
                .collect(),
            venue_heads: set(VENUE_HEADS_TXT),
            agencies: set(AGENCIES_TXT),
            credit_words: set(CREDIT_WORDS_TXT),
            max_furniture_words: lines(FURNITURE_TXT)
                .map(|t| t.split([' ', '-']).count() * 2)
                .max()
                .unwrap_or(1),
            furniture: set(FURNITURE_TXT),
            furniture_ends: lines(FURNITURE_TXT)
                .flat_map(|t| {
                    let first = t.split([' ', '-']).next();
                    let last = t.rsplit([' ', '-']).next();
                    first.into_iter().chain(last)
                })
                .collect(),
        }
    }

    /// The key a place spelling stands for when it is not itself in the gazetteer: a state
    /// or province abbreviation ("ky." → "kentucky"), or "St."/"Saint", "Mt."/"Mount",
    /// "Ft."/"Fort" written the other way ("st. petersburg" → "saint petersburg"), or a
    /// typographic apostrophe for the gazetteer's plain one.
    fn variant(&self, lower_key: &str) -> Option<String> {
        if let Some(full) = self.abbreviations.get(lower_key) {
            return Some(full.clone());
        }
        // "People’s Republic of China": the gazetteer writes the typewriter apostrophe.
        if lower_key.contains('’') {
            return Some(lower_key.replace('’', "'"));
        }
        let swaps = [
            ("st. ", "saint "),
            ("st ", "saint "),
            ("saint ", "st. "),
            ("ste. ", "sainte "),
            ("mt. ", "mount "),
            ("mount ", "mt. "),
            ("ft. ", "fort "),
        ];
        swaps.iter().find_map(|(from, to)| {
            lower_key
                .strip_prefix(from)
                .map(|rest| format!("{to}{rest}"))
        })
    }

    /// Every gazetteer reading of a lower-case key, curated entries first.
    #[must_use]
    pub fn places(&self, lower_key: &str) -> Vec<Place> {
        let mut out = Vec::new();
        if let Some(p) = self.curated.get(lower_key) {
            out.push(*p);
        }
        out.extend(self.places.lines_of(lower_key).filter_map(parse_place_line));
        if out.is_empty()
            && let Some(v) = self.variant(lower_key)
        {
            let abbreviation = self.abbreviations.contains_key(lower_key);
            if let Some(p) = self.curated.get(v.as_str()) {
                out.push(*p);
            }
            out.extend(
                self.places
                    .lines_of(&v)
                    .filter_map(parse_place_line)
                    .filter(|p| !abbreviation || p.kind == PlaceKind::Region),
            );
        }
        out
    }

    /// The kind and population of every gazetteer reading of a lower-case key, curated
    /// entries first: [`Lexicon::places`] for questions that need nothing else.
    pub fn place_kinds(&self, lower_key: &str) -> impl Iterator<Item = (PlaceKind, u64)> {
        let curated = self.curated.get(lower_key).map(|p| (p.kind, p.pop));
        // A variant is read only when the key itself is unknown (`Vec::new` allocates nothing).
        let variant = if curated.is_none()
            && self.variant_known(lower_key)
            && !self.places.contains(lower_key)
        {
            self.places(lower_key)
        } else {
            Vec::new()
        };
        curated
            .into_iter()
            .chain(self.places.lines_of(lower_key).filter_map(parse_kind_pop))
            .chain(variant.into_iter().map(|p| (p.kind, p.pop)))
    }

    /// Whether a spelling variant of the key names a place.
    fn variant_known(&self, lower_key: &str) -> bool {
        // Cheap tests first: this runs for every key the gazetteer lacks.
        let starts = |p: &str| lower_key.starts_with(p);
        let prefixed = ["st", "saint ", "mt. ", "mount ", "ft. "]
            .iter()
            .any(|p| starts(p));
        let abbreviation = lower_key.ends_with('.') && self.abbreviations.contains_key(lower_key);
        (prefixed || abbreviation || lower_key.contains('’'))
            && self
                .variant(lower_key)
                .is_some_and(|v| self.curated.contains_key(v.as_str()) || self.places.contains(&v))
    }

    /// Whether a lower-case key names any place.
    #[must_use]
    pub fn is_place(&self, lower_key: &str) -> bool {
        self.curated.contains_key(lower_key)
            || self.places.contains(lower_key)
            || self.variant_known(lower_key)
    }

    /// A lower-case given name ("james").
    #[must_use]
    pub fn is_given(&self, lower: &str) -> bool {
        self.given.contains(lower)
    }

    /// A lower-case frequent surname ("smith").
    #[must_use]
    pub fn is_surname(&self, lower: &str) -> bool {
        self.surnames.contains(lower)
    }

    /// A lower-case common English word ("however", "mobile").
    #[must_use]
    pub fn is_word(&self, lower: &str) -> bool {
        self.words.contains(lower)
    }

    /// A lower-case title or role ("president", "foreign minister").
    #[must_use]
    pub fn is_title(&self, lower: &str) -> bool {
        self.titles.contains(lower)
    }

    /// A lower-case word or phrase that heads a role ("foreign minister", "student",
    /// "designers"): a title or a role word, singular or plural; never an honorific.
    #[must_use]
    pub fn is_role_head(&self, lower: &str) -> bool {
        let one = |w: &str| {
            !self.honorifics.contains(w) && (self.titles.contains(w) || self.role_words.contains(w))
        };
        one(lower)
            || lower
                .strip_suffix('s')
                .is_some_and(|w| w.len() > 2 && (one(w) || w.strip_suffix('e').is_some_and(one)))
    }

    /// Whether a lower-case word can end a role head ("executive" in "chief executive",
    /// "designers"): a cheap test before looking whole phrases up.
    #[must_use]
    pub fn can_end_role(&self, lower: &str) -> bool {
        let one = |w: &str| self.role_last.contains(w);
        one(lower)
            || lower
                .strip_suffix('s')
                .is_some_and(|w| one(w) || w.strip_suffix('e').is_some_and(one))
    }

    /// A lower-case plain person noun ("woman"), a role only with a word before it.
    #[must_use]
    pub fn is_person_noun(&self, lower: &str) -> bool {
        self.person_nouns.contains(lower)
    }

    /// The lower-case last word of an area or street name ("county", "street").
    #[must_use]
    pub fn is_place_head(&self, lower: &str) -> bool {
        self.place_heads.contains(lower)
    }

    /// The lower-case first word of a street's name in other languages ("avenida", "rue").
    #[must_use]
    pub fn is_place_lead(&self, lower: &str) -> bool {
        self.place_leads.contains(lower)
    }

    /// The lower-case last word of a venue's name ("airport", "stadium").
    #[must_use]
    pub fn is_venue_head(&self, lower: &str) -> bool {
        self.venue_heads.contains(lower)
    }

    /// A news or photo agency, as written ("Reuters", "AP").
    #[must_use]
    pub fn is_agency(&self, name: &str) -> bool {
        self.agencies.contains(name)
    }

    /// A lower-case word that opens a photo credit ("photo", "image").
    #[must_use]
    pub fn is_credit_word(&self, lower: &str) -> bool {
        self.credit_words.contains(lower)
    }

    /// A lower-case web furniture phrase ("read more", "email address").
    #[must_use]
    pub fn is_furniture(&self, lower: &str) -> bool {
        self.furniture.contains(lower)
    }

    /// Whether a lower-case word starts or ends a furniture phrase: a cheap test before
    /// looking phrases up.
    #[must_use]
    pub fn furniture_edge(&self, lower: &str) -> bool {
        self.furniture_ends.contains(lower)
    }

    /// A lower-case honorific ("mr", "dr.", "sir"): never a role.
    #[must_use]
    pub fn is_honorific(&self, lower: &str) -> bool {
        self.honorifics.contains(lower)
    }

    /// A lower-case organisation head word ("ministry", "inc").
    #[must_use]
    pub fn is_org_word(&self, lower: &str) -> bool {
        self.org_words.contains(lower)
    }

    /// A known organisation, as written ("NATO", "State Department").
    #[must_use]
    pub fn is_org(&self, name: &str) -> bool {
        self.orgs.contains(name)
    }

    /// The country code of a demonym ("Chinese" → "CN"; "" for "Arab"), as written.
    #[must_use]
    pub fn demonym(&self, word: &str) -> Option<&'static str> {
        self.demonyms.get(word).copied()
    }

    /// A demonym written in any case ("RUSSIAN", "russian"), as the list spells it
    /// ("Russian"), with its country code ("" for peoples of no one country and compass
    /// words).
    pub fn demonym_written(&self, word: &str) -> Option<(String, &'static str)> {
        let mut chars = word.chars();
        let first = chars.next()?;
        let written: String = first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect();
        let country = self.demonym(&written)?;
        Some((written, country))
    }
}

/// The lexicon, loaded on first use.
pub static LEX: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_knows_countries_cities_and_seas() {
        let lex = &*LEX;
        assert!(
            lex.places("china")
                .iter()
                .any(|p| p.kind == PlaceKind::Country && p.cc == "CN")
        );
        assert!(
            lex.places("beijing")
                .iter()
                .any(|p| p.kind == PlaceKind::City)
        );
        assert!(
            lex.places("south china sea")
                .iter()
                .any(|p| p.kind == PlaceKind::Water)
        );
        assert!(lex.places("u.s.").iter().any(|p| p.name == "United States"));
        let georgia = lex.places("georgia");
        assert!(georgia.iter().any(|p| p.cc == "GE") && georgia.iter().any(|p| p.cc == "US"));
    }

    #[test]
    fn every_key_of_the_big_lists_is_found_through_its_table() {
        for (text, idx) in [
            (PLACES_TSV, PLACES_IDX),
            (GIVEN_TXT, GIVEN_IDX),
            (SURNAMES_TXT, SURNAMES_IDX),
            (WORDS_TXT, WORDS_IDX),
        ] {
            let t = Table::new(text, idx);
            assert!(
                t.fallback.is_none(),
                "a .idx table is stale: run tools/build_lexicons.py --index-only"
            );
            for line in lines(text) {
                let key = line.split('\t').next().unwrap_or(line);
                assert!(t.contains(key), "{key}");
            }
            assert!(!t.contains("no such key at all"));
        }
    }

    #[test]
    fn kinds_and_populations_read_as_the_full_lines_do() {
        for line in lines(PLACES_TSV) {
            let full = parse_place_line(line).map(|p| (p.kind, p.pop));
            assert_eq!(parse_kind_pop(line), full, "{line}");
        }
        let lex = &*LEX;
        for key in ["georgia", "china", "u.s.", "paris", "no such place"] {
            let full: Vec<_> = lex.places(key).iter().map(|p| (p.kind, p.pop)).collect();
            assert_eq!(lex.place_kinds(key).collect::<Vec<_>>(), full, "{key}");
        }
    }

    #[test]
    fn remembered_answers_are_the_tables_own() {
        let lex = &*LEX;
        // More keys than remembered slots, twice over, in tables that share keys.
        for _ in 0..2 {
            for line in lines(GIVEN_TXT).take(3000) {
                let key = line.split('\t').next().unwrap_or(line);
                let absent = format!("{key}zq");
                for t in [&lex.given, &lex.surnames, &lex.words] {
                    for k in [key, absent.as_str()] {
                        assert_eq!(t.find(k), t.probe(fnv1a(k.as_bytes()), k), "{k}");
                    }
                }
            }
        }
    }

    #[test]
    fn name_lists_and_words_are_loaded() {
        let lex = &*LEX;
        assert!(lex.is_given("antony") || lex.is_given("anthony"));
        assert!(lex.is_surname("smith"));
        assert!(lex.is_word("however") && lex.is_word("mobile"));
        assert!(lex.is_title("foreign minister"));
        assert_eq!(lex.demonym("Chinese"), Some("CN"));
        assert!(lex.is_org("NATO") && lex.is_org_word("ministry"));
    }
}
