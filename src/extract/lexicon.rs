//! The word lists and gazetteers from `assets/`, compiled into the binary and indexed once.
//!
//! The files are sorted plain text (`include_str!`), so loading is a single pass that stores
//! borrowed `&'static str` keys in hash sets: a few milliseconds, done lazily on first use
//! and shared by every thread.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::model::PlaceKind;

static PLACES_TSV: &str = include_str!("../../assets/gazetteer/places.tsv");
static CURATED_TSV: &str = include_str!("../../assets/gazetteer/curated.tsv");
static GIVEN_TXT: &str = include_str!("../../assets/lexicon/given_names.txt");
static SURNAMES_TXT: &str = include_str!("../../assets/lexicon/surnames.txt");
static WORDS_TXT: &str = include_str!("../../assets/lexicon/words.txt");
static TITLES_TXT: &str = include_str!("../../assets/lexicon/titles.txt");
static ORG_WORDS_TXT: &str = include_str!("../../assets/lexicon/org_words.txt");
static ORGS_TXT: &str = include_str!("../../assets/lexicon/orgs.txt");
static DEMONYMS_TSV: &str = include_str!("../../assets/lexicon/demonyms.tsv");

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
    /// Lower-case place key → raw gazetteer lines (parsed on use).
    places: FxHashMap<&'static str, Vec<&'static str>>,
    /// Lower-case curated key → curated place.
    curated: FxHashMap<String, Place>,
    /// Longest place key in words.
    pub max_place_words: usize,
    given: FxHashSet<&'static str>,
    surnames: FxHashSet<&'static str>,
    words: FxHashSet<&'static str>,
    titles: FxHashSet<&'static str>,
    /// Longest title in words.
    pub max_title_words: usize,
    org_words: FxHashSet<&'static str>,
    orgs: FxHashSet<&'static str>,
    /// Longest organisation name in words.
    pub max_org_words: usize,
    demonyms: FxHashMap<&'static str, &'static str>,
}

fn lines(s: &'static str) -> impl Iterator<Item = &'static str> {
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

impl Lexicon {
    fn load() -> Self {
        let mut places: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
        places.reserve(45_000);
        let mut max_place_words = 1;
        for line in lines(PLACES_TSV) {
            if let Some((key, _)) = line.split_once('\t') {
                let e = places.entry(key).or_default();
                if e.is_empty() {
                    max_place_words = max_place_words.max(key.split(' ').count());
                }
                e.push(line);
            }
        }
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
            .filter_map(|l| {
                let (w, cc) = l.split_once('\t').unwrap_or((l, ""));
                Some((w, cc))
            })
            .collect();
        Self {
            places,
            curated,
            max_place_words,
            given: set(GIVEN_TXT),
            surnames: set(SURNAMES_TXT),
            words: set(WORDS_TXT),
            titles,
            max_title_words,
            org_words: set(ORG_WORDS_TXT),
            orgs,
            max_org_words,
            demonyms,
        }
    }

    /// Every gazetteer reading of a lower-case key, curated entries first.
    #[must_use]
    pub fn places(&self, lower_key: &str) -> Vec<Place> {
        let mut out = Vec::new();
        if let Some(p) = self.curated.get(lower_key) {
            out.push(*p);
        }
        if let Some(ls) = self.places.get(lower_key) {
            out.extend(ls.iter().filter_map(|l| parse_place_line(l)));
        }
        out
    }

    /// Whether a lower-case key names any place.
    #[must_use]
    pub fn is_place(&self, lower_key: &str) -> bool {
        self.curated.contains_key(lower_key) || self.places.contains_key(lower_key)
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
