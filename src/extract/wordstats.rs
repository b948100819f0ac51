//! How common each English word is and which parts of speech it can be: the table
//! `assets/lexicon/word_stats.tsv` (built by `tools/build_word_stats.py`), compiled in with its
//! prebuilt hash index, so a look-up costs a hash and a probe and loading costs nothing.

use std::sync::LazyLock;

use super::lexicon::Table;

static TSV: &str = include_str!("../../assets/lexicon/word_stats.tsv");
static IDX: &[u8] = include_bytes!("../../assets/lexicon/word_stats.tsv.idx");
static TABLE: LazyLock<Table> = LazyLock::new(|| Table::new(TSV, IDX));

/// What the table knows of one lower-case word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WordStat {
    /// Frequency on the Zipf scale times ten ("the" ≈ 75, "recall" ≈ 45, rare words ≈ 20).
    pub zipf10: u8,
    /// It can be a noun.
    pub noun: bool,
    /// It can be a verb.
    pub verb: bool,
    /// It can be an adjective.
    pub adj: bool,
    /// It can be an adverb.
    pub adv: bool,
}

impl WordStat {
    /// WordNet gives the word no class: a word newer than WordNet 3.0 ("bailout",
    /// "ceasefire", "smartphone", "payout") or a spelling of chat slang. Read it by its
    /// form, as a word the table does not list.
    #[must_use]
    pub fn classless(&self) -> bool {
        !(self.noun || self.verb || self.adj || self.adv)
    }
}

/// Most answers each thread remembers before it starts afresh.
const CACHE_CAP: usize = 1 << 16;

thread_local! {
    /// This thread's answers so far: articles in a batch share most of their words, and a
    /// probe of the big compiled table is a cache miss or two where this map stays warm.
    static CACHE: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Option<WordStat>>> =
        std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

/// The statistics of a lower-case word; `None` for a word rarer than the table's 30,000
/// most common ones (or not a plain word).
#[must_use]
pub fn stat(lower: &str) -> Option<WordStat> {
    CACHE.with_borrow_mut(|cache| {
        if let Some(found) = cache.get(lower) {
            return *found;
        }
        if cache.len() >= CACHE_CAP {
            cache.clear();
        }
        let found = lookup(lower);
        cache.insert(lower.into(), found);
        found
    })
}

/// [`stat`] from the compiled table.
fn lookup(lower: &str) -> Option<WordStat> {
    let line = TABLE.line_of(lower)?;
    let rest = line.get(lower.len() + 1..)?;
    let (zipf, pos) = rest.split_once('\t').unwrap_or((rest, "-"));
    let zipf10 = zipf.parse().ok()?;
    Some(WordStat {
        zipf10,
        noun: pos.contains('n'),
        verb: pos.contains('v'),
        adj: pos.contains('a'),
        adv: pos.contains('r'),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_are_common_and_tagged() {
        let the = stat("the").unwrap_or_default();
        let recall = stat("recall").unwrap_or_default();
        assert!(the.zipf10 > recall.zipf10 && recall.zipf10 > 30);
        assert!(recall.noun && recall.verb && !the.noun);
        assert!(stat("investigation").is_some_and(|s| s.noun && !s.verb));
        assert_eq!(stat("qwzxv"), None);
    }
}
