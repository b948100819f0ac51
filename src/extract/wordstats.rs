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

    /// It can be a verb and neither a noun nor an adjective ("prevent", "showed").
    #[must_use]
    pub fn only_verb(&self) -> bool {
        self.verb && !self.noun && !self.adj
    }

    /// It can be an adverb and nothing else ("hardly", "eventually").
    #[must_use]
    pub fn only_adverb(&self) -> bool {
        self.adv && !self.noun && !self.verb && !self.adj
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

/// Whether a text reads as English: of its first 300 lower-case words of three letters or
/// more, at least half are in the table. English news, even a page of results or captions,
/// keeps nine in ten; Indonesian or Polish prose keeps one in ten. A text with fewer than 40
/// such words (a table of names and scores) is given the benefit of the doubt.
#[must_use]
pub fn reads_as_english<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let (mut seen, mut known) = (0usize, 0usize);
    for w in words
        .filter(|w| w.chars().nth(2).is_some() && w.chars().all(char::is_lowercase))
        .take(300)
    {
        seen += 1;
        known += usize::from(stat(w).is_some());
    }
    seen < 40 || known * 2 >= seen
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
    fn english_reads_as_english_and_other_languages_do_not() {
        let english = "the harbour authority said on monday that the ferry service would \
            resume next week after repairs to the pier, and passengers who booked tickets \
            for the cancelled sailings will get their money back from the operator, which \
            blamed the storm for damage to the ramp and the ticket office";
        assert!(reads_as_english(english.split(' ')));
        // Invented Indonesian and Polish sentences.
        let indonesian = "pemerintah kota mengumumkan bahwa layanan kapal akan dibuka \
            kembali minggu depan setelah perbaikan dermaga selesai dan penumpang yang sudah \
            membeli tiket untuk pelayaran yang dibatalkan akan mendapat uang kembali dari \
            operator yang menyalahkan badai atas kerusakan dermaga dan kantor tiket";
        assert!(!reads_as_english(indonesian.split(' ')));
        let polish = "władze portu poinformowały że prom wznowi kursy w przyszłym tygodniu \
            po naprawie pomostu a pasażerowie którzy kupili bilety na odwołane rejsy \
            otrzymają zwrot pieniędzy od przewoźnika który obwinia sztorm za zniszczenie \
            rampy oraz kasy biletowej przy nabrzeżu miejskim wczoraj wieczorem według \
            rzecznika firmy naprawy potrwają jeszcze kilka dni ponieważ brakuje części \
            zamiennych które muszą przypłynąć statkiem towarowym";
        assert!(!reads_as_english(polish.split(' ')));
        // Too few lower-case words to tell (a table of names and scores).
        assert!(reads_as_english(
            "Rovers 2 Harbour City 1 Town 0 United 3".split(' ')
        ));
    }

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
