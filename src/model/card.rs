//! The editable briefing card: what the panes show and the page prints. It remembers which
//! items the person added, edited or excluded, so re-extraction never overwrites their work.
//!
//! A card holds one to [`MAX_SOURCES`] articles (format version 2): the first in
//! [`Card::facts`], the others in [`Card::more_sources`]. With two or more, its lists come
//! from the merged facts ([`Card::from_sources`]) and every item says which sources carry
//! it and where they disagree. A version 1 card is a card with one source.

use serde::{Deserialize, Serialize};

use super::chronology;
use super::facts::{Facts, PlaceKind, ReferenceDate, Span, TimexKind, WhenFact, WhoKind};
use super::merged::{Conflict, MAX_SOURCES, Merged, MergedFacts, SourceSpan};

/// The `schema` value of a saved `.briefcard.json`.
pub const CARD_SCHEMA: &str = "briefcard.card";
/// The card format version this build writes; older versions are upgraded on load.
pub const CARD_VERSION: u32 = 2;

/// How many items of each list a fresh card includes on the page; the rest start excluded.
const DEFAULT_SHOWN: ShownLimits = ShownLimits {
    summary: 3,
    who: 8,
    places: 8,
    when: 10,
    issues: 6,
};

struct ShownLimits {
    summary: usize,
    who: usize,
    places: usize,
    when: usize,
    issues: usize,
}

/// Paper size of the briefing page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Width and height in PDF points (1/72 in).
    #[must_use]
    pub fn size_pt(self) -> (f32, f32) {
        match self {
            Self::A4 => (595.276, 841.89),
            Self::Letter => (612.0, 792.0),
        }
    }

    /// The name shown in menus.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::A4 => "A4",
            Self::Letter => "US Letter",
        }
    }
}

/// What the person did to an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ItemState {
    /// Added by the person, not by extraction.
    pub user_added: bool,
    /// Changed by the person after extraction.
    pub edited: bool,
    /// Kept on the card but left off the page.
    pub excluded: bool,
}

impl ItemState {
    /// True when re-extraction must leave the item alone.
    #[must_use]
    pub fn is_personal(self) -> bool {
        self.user_added || self.edited
    }
}

/// One entry of a card list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct CardItem<T> {
    /// The content.
    pub value: T,
    /// Added / edited / excluded.
    pub state: ItemState,
    /// Identity of the extracted fact this came from, used to refresh it.
    pub key: String,
    /// The mention it came from in the article, for highlighting its sentence: in the
    /// source [`CardItem::anchor_source`] names.
    pub anchor: Option<Span>,
    /// On a card of several sources: every source that carries the item, with its mention
    /// there (one entry per source). Empty on a one-source card.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceSpan>,
    /// Where the sources disagree on the item (a date, a role, a number); the value shown
    /// is the majority's reading or the person's choice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conflict: Option<Conflict>,
}

impl<T> CardItem<T> {
    fn extracted(value: T, key: String, anchor: Option<Span>, excluded: bool) -> Self {
        Self {
            value,
            state: ItemState {
                excluded,
                ..ItemState::default()
            },
            key,
            anchor,
            sources: Vec::new(),
            conflict: None,
        }
    }

    /// An item the person added.
    pub fn added(value: T) -> Self {
        Self {
            value,
            state: ItemState {
                user_added: true,
                ..ItemState::default()
            },
            key: String::new(),
            anchor: None,
            sources: Vec::new(),
            conflict: None,
        }
    }

    /// How many sources carry the item (1 on a one-source card).
    #[must_use]
    pub fn source_count(&self) -> usize {
        self.sources.len().max(1)
    }

    /// True when the sources disagree on the item.
    #[must_use]
    pub fn sources_differ(&self) -> bool {
        self.conflict
            .as_ref()
            .is_some_and(|c| c.readings.len() >= 2)
    }

    /// The source the item's [`CardItem::anchor`] points into (0 = the first article).
    #[must_use]
    pub fn anchor_source(&self) -> usize {
        self.sources.first().map_or(0, |s| s.source)
    }

    /// True when the item is printed on the page.
    #[must_use]
    pub fn included(&self) -> bool {
        !self.state.excluded
    }
}

/// A person or organisation on the card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct WhoItem {
    /// The name as printed.
    pub name: String,
    /// The role, printed lighter after the name; may be empty.
    pub role: String,
    /// Person or organisation.
    pub kind: WhoKind,
}

/// A place on the card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PlaceItem {
    /// The name as printed.
    pub name: String,
    /// Country, city, region, water or other.
    pub kind: PlaceKind,
    /// ISO country code, when known.
    pub country: Option<String>,
    /// Latitude in degrees.
    pub lat: Option<f64>,
    /// Longitude in degrees.
    pub lon: Option<f64>,
}

/// A dated event on the card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct WhenItem {
    /// The expression as written in the article ("Sunday").
    pub text: String,
    /// The TimeML value; the page shows it as a calendar date.
    pub value: Option<String>,
    /// What happens then.
    pub event: String,
    /// date, time, duration or set.
    pub kind: TimexKind,
    /// A date the story turns on (the lead's, what is scheduled next, a deadline): the page
    /// keeps it when the fit rule has to leave dates off.
    pub key_date: bool,
}

impl WhenItem {
    /// The date as a reader wants it ("Sun 18 Jun 2023"), falling back to the written text.
    #[must_use]
    pub fn date_label(&self) -> String {
        self.value
            .as_deref()
            .and_then(format_timex)
            .unwrap_or_else(|| self.text.clone())
    }
}

/// An open issue on the card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct IssueItem {
    /// Short label.
    pub label: String,
    /// The sentence that shows it.
    pub evidence: String,
}

/// A counted figure on a card of several sources: how many were killed, injured, ...
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct FigureItem {
    /// What was counted ("killed", "injured").
    pub what: String,
    /// The number as printed.
    pub value: String,
}

impl FigureItem {
    /// "14 killed".
    #[must_use]
    pub fn label(&self) -> String {
        format!("{} {}", self.value.trim(), self.what.trim())
            .trim()
            .to_owned()
    }
}

/// Settings that belong to the card (not to the app).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct CardMeta {
    /// The date relative expressions are resolved against.
    pub reference_date: ReferenceDate,
    /// Paper size.
    pub paper: Paper,
    /// Optional text above the title (e.g. a handling marking).
    pub header: String,
    /// Optional text in the page footer.
    pub footer: String,
    /// Leave the locator map off the page.
    pub hide_map: bool,
    /// Leave the timeline off the page (the When list stays).
    pub hide_timeline: bool,
    /// Print in black and greys only (print-friendly).
    pub monochrome: bool,
}

/// The editable briefing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Card {
    /// Always [`CARD_SCHEMA`].
    pub schema: String,
    /// The card format version.
    pub version: u32,
    /// Card-level settings.
    pub meta: CardMeta,
    /// The headline of the briefing.
    pub title: CardItem<String>,
    /// Lead sentences.
    pub summary: Vec<CardItem<String>>,
    /// People and organisations.
    pub who: Vec<CardItem<WhoItem>>,
    /// Places.
    #[serde(rename = "where")]
    pub places: Vec<CardItem<PlaceItem>>,
    /// Dated events.
    pub when: Vec<CardItem<WhenItem>>,
    /// Open issues.
    pub issues: Vec<CardItem<IssueItem>>,
    /// The extraction the card was made from; it carries the article text. On a card of
    /// several sources, the first source.
    pub facts: Facts,
    /// The second and later sources (format version 2), each with its own text,
    /// reference date and provenance, in the order they were added.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub more_sources: Vec<Facts>,
    /// Counted figures the sources give (killed, injured, ...); only on a card of several
    /// sources, where they can be compared.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<CardItem<FigureItem>>,
}

impl Default for Card {
    fn default() -> Self {
        Self {
            schema: CARD_SCHEMA.to_owned(),
            version: CARD_VERSION,
            meta: CardMeta::default(),
            title: CardItem::default(),
            summary: Vec::new(),
            who: Vec::new(),
            places: Vec::new(),
            when: Vec::new(),
            issues: Vec::new(),
            facts: Facts::default(),
            more_sources: Vec::new(),
            figures: Vec::new(),
        }
    }
}

/// Freshly extracted items of every list, keyed, before merging into a card.
struct Fresh {
    title: CardItem<String>,
    summary: Vec<CardItem<String>>,
    who: Vec<CardItem<WhoItem>>,
    places: Vec<CardItem<PlaceItem>>,
    when: Vec<CardItem<WhenItem>>,
    issues: Vec<CardItem<IssueItem>>,
}

fn fresh_items(facts: &Facts) -> Fresh {
    let lim = &DEFAULT_SHOWN;
    let title_text = facts
        .article
        .title
        .clone()
        .or_else(|| facts.summary.first().cloned())
        .unwrap_or_default();
    Fresh {
        title: CardItem::extracted(title_text, "title".to_owned(), None, false),
        summary: facts
            .summary
            .iter()
            .enumerate()
            .map(|(i, s)| CardItem::extracted(s.clone(), format!("s{i}"), None, i >= lim.summary))
            .collect(),
        who: facts
            .who
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let value = WhoItem {
                    name: w.name.clone(),
                    role: w.role.clone().unwrap_or_default(),
                    kind: w.kind,
                };
                // Sources (agencies, credits, bylines: salience 0) stay off the page.
                CardItem::extracted(
                    value,
                    w.name.to_lowercase(),
                    w.mentions.first().cloned(),
                    i >= lim.who || w.salience <= 0.0,
                )
            })
            .collect(),
        places: facts
            .places
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let value = PlaceItem {
                    name: p.name.clone(),
                    kind: p.kind,
                    country: p.country.clone(),
                    lat: p.lat,
                    lon: p.lon,
                };
                CardItem::extracted(
                    value,
                    p.name.to_lowercase(),
                    p.mentions.first().cloned(),
                    i >= lim.places,
                )
            })
            .collect(),
        when: fresh_when(facts, lim.when),
        issues: facts
            .issues
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let value = IssueItem {
                    label: f.label.clone(),
                    evidence: f.evidence.clone(),
                };
                CardItem::extracted(
                    value,
                    f.label.to_lowercase(),
                    f.mentions.first().cloned(),
                    i >= lim.issues,
                )
            })
            .collect(),
    }
}

/// The When items of an extraction as a chronology: one item per event (the same event told
/// twice on one date, or on a range holding it, is one item, dated by its finer date and
/// told by its first mention), in time order with undated items last; the dates the story
/// turns on marked [`WhenItem::key_date`]; the `limit` weightiest dated items on the page.
fn fresh_when(facts: &Facts, limit: usize) -> Vec<CardItem<WhenItem>> {
    let reference: Option<jiff::civil::Date> = facts
        .reference_date
        .value
        .as_deref()
        .and_then(|v| v.parse().ok());
    let text = &facts.article.text;
    let lead_end = lead_end(text, facts.article.title.as_deref());
    let mut names: Vec<String> = facts
        .who
        .iter()
        // People only: an organisation's name holds place and common words ("Bank of China").
        .filter(|w| w.kind == WhoKind::Person)
        .flat_map(|w| std::iter::once(&w.name).chain(w.aliases.iter()))
        .flat_map(|n| n.split_whitespace())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    // Sorted, for the chronology's look-ups.
    names.sort_unstable();
    names.dedup();
    // The facts rank the When list by salience; the chronology reads it in article order.
    let mut when: Vec<&WhenFact> = facts.when.iter().collect();
    when.sort_by_key(|w| w.mentions.first().map_or(usize::MAX, |s| s.start));
    let items: Vec<WhenItem> = when
        .iter()
        .map(|w| WhenItem {
            text: w.text.clone(),
            value: w.value.clone(),
            event: w.event.clone().unwrap_or_default(),
            kind: w.kind,
            key_date: false,
        })
        .collect();
    // Where each mention starts, in bytes, found in one pass over the text (a long story has
    // thousands of dates: counting characters from the start for each was quadratic).
    let starts: Vec<usize> = when
        .iter()
        .filter_map(|w| w.mentions.first().map(|s| s.start))
        .collect();
    let bytes = byte_offsets(text, &starts);
    let byte_at = |start: usize| {
        starts
            .binary_search(&start)
            .ok()
            .and_then(|i| bytes.get(i).copied())
            .unwrap_or(text.len())
    };
    // The next dates after the reference date, within a fortnight: what is scheduled next.
    let next_window = reference.and_then(|r| r.checked_add(jiff::Span::new().days(14)).ok());
    let mut out = Vec::new();
    for group in chronology::merge_groups(&items, &names) {
        let Some(&first) = group.first() else {
            continue;
        };
        let (Some(fact), Some(base)) = (when.get(first), items.get(first)) else {
            continue;
        };
        let mut value = base.clone();
        // The finer date of the group, and an event from whichever mention has one.
        for &m in &group {
            let Some(other) = items.get(m) else { continue };
            let fine = |w: &WhenItem| {
                w.value
                    .as_deref()
                    .and_then(chronology::calendar_span)
                    .map_or(i64::MAX, |(a, b)| {
                        a.until(b).map_or(i64::MAX, |s| i64::from(s.get_days()))
                    })
            };
            if fine(other) < fine(&value) {
                value.value.clone_from(&other.value);
                value.kind = other.kind;
                value.text.clone_from(&other.text);
            }
            if value.event.trim().is_empty() {
                value.event.clone_from(&other.event);
            }
        }
        let starts = group
            .iter()
            .filter_map(|&m| when.get(m)?.mentions.first().map(|s| s.start));
        let in_lead = starts.clone().any(|s| s < lead_end);
        let span = value.value.as_deref().and_then(chronology::calendar_span);
        let scheduled = match (reference, next_window, span) {
            (Some(r), Some(until), Some((a, _))) => a > r && a <= until,
            _ => false,
        };
        let deadline = group.iter().any(|&m| {
            let before = when
                .get(m)
                .and_then(|f| f.mentions.first())
                .map_or("", |s| before_text(text, byte_at(s.start)));
            items
                .get(m)
                .is_some_and(|w| chronology::is_deadline(&w.event, before))
        });
        let useful = matches!(value.kind, TimexKind::Date | TimexKind::Time)
            && (span.is_some() || chronology::is_unplaced(&value));
        value.key_date = useful && (in_lead || scheduled || deadline);
        let anchor = fact.mentions.first().cloned();
        let key = format!("{}@{}", fact.text, anchor.as_ref().map_or(0, |s| s.start));
        out.push((useful, CardItem::extracted(value, key, anchor, true)));
    }
    // The weightiest first; among equals, the one the article mentions first.
    let mut by_weight: Vec<(i32, usize, usize)> = out
        .iter()
        .enumerate()
        .map(|(i, (_, c))| {
            let at = c.anchor.as_ref().map_or(usize::MAX, |s| s.start);
            (-chronology::weight(&c.value, reference), at, i)
        })
        .collect();
    by_weight.sort_unstable();
    let mut shown = 0;
    for (_, _, i) in by_weight {
        if shown >= limit {
            break;
        }
        if let Some((true, item)) = out.get_mut(i) {
            item.state.excluded = false;
            shown += 1;
        }
    }
    out.into_iter().map(|(_, c)| c).collect()
}

/// Where the story's lead ends in `text`: after the headline (when the text starts with it)
/// and the first paragraph.
fn lead_end(text: &str, title: Option<&str>) -> usize {
    let mut paragraphs = text
        .split("\n\n")
        .scan(0usize, |at, p| {
            let start = *at;
            *at += p.chars().count() + 2;
            Some((start, p))
        })
        .filter(|(_, p)| !p.trim().is_empty());
    let Some((start, first)) = paragraphs.next() else {
        return 0;
    };
    let is_title = title.is_some_and(|t| t.trim() == first.trim());
    let (start, para) = if is_title {
        paragraphs.next().unwrap_or((start, first))
    } else {
        (start, first)
    };
    // A paragraph is the lead only up to a few sentences.
    start + para.chars().count().min(600)
}

/// The byte offsets in `text` of the char offsets `sorted` (ascending), in one pass; an
/// offset past the end maps to the text's length.
fn byte_offsets(text: &str, sorted: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(sorted.len());
    let mut chars = text.char_indices().enumerate();
    let mut at = chars.next();
    for &want in sorted {
        while let Some((i, _)) = at {
            if i >= want {
                break;
            }
            at = chars.next();
        }
        out.push(match at {
            Some((i, (b, _))) if i == want => b,
            _ => text.len(),
        });
    }
    out
}

/// The few words before byte offset `byte` in `text`.
fn before_text(text: &str, byte: usize) -> &str {
    let byte = if text.is_char_boundary(byte) {
        byte
    } else {
        text.len()
    };
    let from = text
        .get(..byte)
        .and_then(|t| t.char_indices().rev().nth(20).map(|(b, _)| b))
        .unwrap_or(0);
    text.get(from..byte).unwrap_or_default()
}

/// The When list one article's extraction gives a fresh card: one item per event, in time
/// order, the dates the story turns on marked. `extract::merge` compares these across
/// the articles of a card.
#[must_use]
pub fn when_chronology(facts: &Facts) -> Vec<CardItem<WhenItem>> {
    fresh_when(facts, DEFAULT_SHOWN.when)
}

/// The evidence of a merged item as card provenance, and the span its anchor is.
fn provenance<T>(m: &Merged<T>) -> (Option<Span>, Vec<SourceSpan>, Option<Conflict>) {
    let anchor = m.evidence.first().and_then(|e| e.span.clone());
    (anchor, m.evidence.clone(), m.conflicts.first().cloned())
}

/// A fresh item of a merged card, carrying its sources and disagreement.
fn merged_item<T, V>(m: &Merged<T>, value: V, key: String, excluded: bool) -> CardItem<V> {
    let (anchor, sources, conflict) = provenance(m);
    let mut item = CardItem::extracted(value, key, anchor, excluded);
    item.sources = sources;
    item.conflict = conflict;
    item
}

/// Freshly merged items of every list of a card of several sources: the same limits of
/// what is shown as for one article, the lists ranked by agreement (the merge's order).
fn fresh_merged(merged: &MergedFacts, sources: &[Facts]) -> (Fresh, Vec<CardItem<FigureItem>>) {
    let lim = &DEFAULT_SHOWN;
    let first = sources.first();
    let title_text = first
        .and_then(|f| {
            f.article
                .title
                .clone()
                .or_else(|| f.summary.first().cloned())
        })
        .unwrap_or_default();
    let summary = first.map(|f| f.summary.as_slice()).unwrap_or_default();
    let who = merged
        .who
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let w = &m.fact;
            let value = WhoItem {
                name: w.name.clone(),
                role: w.role.clone().unwrap_or_default(),
                kind: w.kind,
            };
            let off = i >= lim.who || w.salience <= 0.0;
            merged_item(m, value, w.name.to_lowercase(), off)
        })
        .collect();
    let places = merged
        .places
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let p = &m.fact;
            let value = PlaceItem {
                name: p.name.clone(),
                kind: p.kind,
                country: p.country.clone(),
                lat: p.lat,
                lon: p.lon,
            };
            merged_item(m, value, p.name.to_lowercase(), i >= lim.places)
        })
        .collect();
    let issues = merged
        .issues
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let f = &m.fact;
            let value = IssueItem {
                label: f.label.clone(),
                evidence: f.evidence.clone(),
            };
            merged_item(m, value, f.label.to_lowercase(), i >= lim.issues)
        })
        .collect();
    // When: the weightiest events on the page, where agreement weighs most.
    let reference: Option<jiff::civil::Date> = first
        .and_then(|f| f.reference_date.value.as_deref())
        .and_then(|v| v.parse().ok());
    let mut when: Vec<(bool, CardItem<WhenItem>)> = merged
        .when
        .iter()
        .map(|m| {
            let w = &m.fact;
            let value = WhenItem {
                text: w.text.clone(),
                value: w.value.clone(),
                event: w.event.clone().unwrap_or_default(),
                kind: w.kind,
                key_date: m.key_date,
            };
            let useful = matches!(value.kind, TimexKind::Date | TimexKind::Time)
                && (value
                    .value
                    .as_deref()
                    .and_then(chronology::calendar_span)
                    .is_some()
                    || chronology::is_unplaced(&value));
            let (src, at) = m.evidence.first().map_or((0, 0), |e| {
                (e.source, e.span.as_ref().map_or(0, |s| s.start))
            });
            let key = match (src, sources.get(src)) {
                (0, _) | (_, None) => format!("{}@{at}", w.text),
                (_, Some(f)) => format!("{}#{}@{at}", f.source.path, w.text),
            };
            (useful, merged_item(m, value, key, true))
        })
        .collect();
    let mut by_weight: Vec<(usize, i32, usize)> = when
        .iter()
        .enumerate()
        .map(|(i, (_, c))| {
            (
                usize::MAX - c.source_count(),
                -chronology::weight(&c.value, reference),
                i,
            )
        })
        .collect();
    by_weight.sort_unstable();
    for (_, _, i) in by_weight.into_iter().take(lim.when) {
        if let Some((true, item)) = when.get_mut(i) {
            item.state.excluded = false;
        }
    }
    let mut when: Vec<CardItem<WhenItem>> = when.into_iter().map(|(_, c)| c).collect();
    sort_chronologically(&mut when);
    let figures = merged
        .figures
        .iter()
        .map(|m| {
            let value = FigureItem {
                what: m.fact.what.clone(),
                value: m.fact.value.clone(),
            };
            merged_item(m, value, m.fact.what.to_lowercase(), false)
        })
        .collect();
    let fresh = Fresh {
        title: CardItem::extracted(title_text, "title".to_owned(), None, false),
        summary: summary
            .iter()
            .enumerate()
            .map(|(i, s)| CardItem::extracted(s.clone(), format!("s{i}"), None, i >= lim.summary))
            .collect(),
        who,
        places,
        when,
        issues,
    };
    (fresh, figures)
}

/// Where an item was found: (source, first character) of each mention it carries — every
/// source's on a card of several, else its anchor in the first article.
fn evidence_of<T>(item: &CardItem<T>) -> Vec<(usize, usize)> {
    if item.sources.is_empty() {
        item.anchor.iter().map(|a| (0, a.start)).collect()
    } else {
        item.sources
            .iter()
            .filter_map(|s| Some((s.source, s.span.as_ref()?.start)))
            .collect()
    }
}

/// Fresh items that are an existing item under a new key take its key, so the existing
/// item's state (edited, excluded) carries over: an added source can give an actor a fuller
/// name ("Kasembe" becomes "Joseph Kasembe"), but the mention it was found at is the same.
fn rekey<T>(list: &[CardItem<T>], fresh: &mut [CardItem<T>]) {
    for old in list {
        if old.key.is_empty() || fresh.iter().any(|f| f.key == old.key) {
            continue;
        }
        let seen = evidence_of(old);
        if seen.is_empty() {
            continue;
        }
        let twin = fresh.iter_mut().find(|f| {
            !list.iter().any(|o| o.key == f.key) && evidence_of(f).iter().any(|e| seen.contains(e))
        });
        if let Some(f) = twin {
            f.key.clone_from(&old.key);
        }
    }
}

impl Fresh {
    /// [`rekey`] every list against the card's.
    fn rekey(&mut self, card: &Card) {
        rekey(&card.who, &mut self.who);
        rekey(&card.places, &mut self.places);
        rekey(&card.when, &mut self.when);
        rekey(&card.issues, &mut self.issues);
    }
}

/// Put a When list in time order (undated items last, in their order). Used after merging a
/// fresh extraction, so the pane and the page read as a chronology.
fn sort_chronologically(list: &mut Vec<CardItem<WhenItem>>) {
    let values: Vec<WhenItem> = list.iter().map(|c| c.value.clone()).collect();
    let order = chronology::chronological_order(&values);
    let mut slots: Vec<Option<CardItem<WhenItem>>> = list.drain(..).map(Some).collect();
    for i in order {
        if let Some(item) = slots.get_mut(i).and_then(Option::take) {
            list.push(item);
        }
    }
}

/// Merge a fresh extraction into a list: the person's items stay exactly as they are and
/// where they are; untouched items take the new value (keeping their excluded flag); items
/// extraction no longer finds leave; new ones join at the end.
fn merge<T>(list: &mut Vec<CardItem<T>>, fresh: Vec<CardItem<T>>) {
    let mut fresh: Vec<Option<CardItem<T>>> = fresh.into_iter().map(Some).collect();
    let mut kept = Vec::with_capacity(list.len());
    for item in list.drain(..) {
        // The fresh twin of an item is consumed either way, so it is not added twice.
        let found = fresh
            .iter_mut()
            .find(|f| {
                f.as_ref()
                    .is_some_and(|f| !item.key.is_empty() && f.key == item.key)
            })
            .and_then(Option::take);
        if item.state.is_personal() {
            kept.push(item);
            continue;
        }
        if let Some(mut new) = found {
            new.state.excluded = item.state.excluded;
            kept.push(new);
        }
    }
    kept.extend(fresh.into_iter().flatten());
    *list = kept;
}

impl Card {
    /// A new card from an extraction: the top items of each list are on the page.
    #[must_use]
    pub fn from_facts(facts: Facts) -> Self {
        let fresh = fresh_items(&facts);
        Self {
            meta: CardMeta {
                reference_date: facts.reference_date.clone(),
                ..CardMeta::default()
            },
            title: fresh.title,
            summary: fresh.summary,
            who: fresh.who,
            places: fresh.places,
            when: fresh.when,
            issues: fresh.issues,
            facts,
            ..Self::default()
        }
    }

    /// A new card from several articles on one story: `sources` in order (the first is
    /// [`Card::facts`]; at most [`MAX_SOURCES`] are kept) and their merged facts. With one
    /// source it is [`Card::from_facts`].
    #[must_use]
    pub fn from_sources(mut sources: Vec<Facts>, merged: &MergedFacts) -> Self {
        sources.truncate(MAX_SOURCES);
        if sources.len() <= 1 {
            return Self::from_facts(sources.pop().unwrap_or_default());
        }
        let mut card = Self::default();
        card.refresh_sources(sources, Some(merged));
        card
    }

    /// Take new extractions of the card's sources (one was added or removed, or a reference
    /// date changed) without touching anything the person added, edited, reordered or
    /// excluded. What only a removed source said leaves with it; `merged` is needed when
    /// two or more sources remain.
    pub fn refresh_sources(&mut self, mut sources: Vec<Facts>, merged: Option<&MergedFacts>) {
        sources.truncate(MAX_SOURCES);
        let merged = merged.filter(|_| sources.len() >= 2);
        let Some(merged) = merged else {
            let first = if sources.is_empty() {
                Facts::default()
            } else {
                sources.swap_remove(0)
            };
            // Back to one article: its own items, as a fresh card of it would have them.
            self.more_sources.clear();
            self.figures.clear();
            let mut fresh = fresh_items(&first);
            fresh.rekey(self);
            self.take_fresh(fresh, first);
            self.for_each_provenance(|sources, conflict| {
                sources.clear();
                *conflict = None;
            });
            return;
        };
        let (mut fresh, mut figures) = fresh_merged(merged, &sources);
        fresh.rekey(self);
        rekey(&self.figures, &mut figures);
        if !self.title.state.is_personal() {
            self.title = fresh.title;
        }
        merge(&mut self.summary, fresh.summary);
        merge(&mut self.who, fresh.who);
        merge(&mut self.places, fresh.places);
        merge(&mut self.when, fresh.when);
        sort_chronologically(&mut self.when);
        merge(&mut self.issues, fresh.issues);
        merge(&mut self.figures, figures);
        let mut sources = sources.into_iter();
        let first = sources.next().unwrap_or_default();
        self.meta.reference_date = first.reference_date.clone();
        self.facts = first;
        self.more_sources = sources.collect();
    }

    /// Call `f` on the provenance (sources and disagreement) of every item of every list.
    fn for_each_provenance(
        &mut self,
        mut f: impl FnMut(&mut Vec<SourceSpan>, &mut Option<Conflict>),
    ) {
        f(&mut self.title.sources, &mut self.title.conflict);
        self.summary
            .iter_mut()
            .for_each(|i| f(&mut i.sources, &mut i.conflict));
        self.who
            .iter_mut()
            .for_each(|i| f(&mut i.sources, &mut i.conflict));
        self.places
            .iter_mut()
            .for_each(|i| f(&mut i.sources, &mut i.conflict));
        self.when
            .iter_mut()
            .for_each(|i| f(&mut i.sources, &mut i.conflict));
        self.issues
            .iter_mut()
            .for_each(|i| f(&mut i.sources, &mut i.conflict));
        self.figures
            .iter_mut()
            .for_each(|i| f(&mut i.sources, &mut i.conflict));
    }

    /// Forget source `removed` in every item's provenance (the sources after it move up one
    /// place), before [`Card::refresh_sources`] takes the remaining sources: the items the
    /// person made keep pointing at the right articles. An anchor into the removed article
    /// moves to the item's next source, or goes.
    pub fn forget_source(&mut self, removed: usize) {
        fn fix<T>(item: &mut CardItem<T>, removed: usize) {
            let was = item.anchor_source();
            item.sources.retain(|s| s.source != removed);
            for s in &mut item.sources {
                if s.source > removed {
                    s.source -= 1;
                }
            }
            if was == removed {
                item.anchor = item.sources.first().and_then(|s| s.span.clone());
            }
            if let Some(c) = &mut item.conflict {
                for r in &mut c.readings {
                    r.sources.retain(|&s| s != removed);
                    for s in &mut r.sources {
                        if *s > removed {
                            *s -= 1;
                        }
                    }
                }
                c.readings.retain(|r| !r.sources.is_empty());
                if c.readings.len() < 2 {
                    item.conflict = None;
                }
            }
        }
        fix(&mut self.title, removed);
        self.summary.iter_mut().for_each(|i| fix(i, removed));
        self.who.iter_mut().for_each(|i| fix(i, removed));
        self.places.iter_mut().for_each(|i| fix(i, removed));
        self.when.iter_mut().for_each(|i| fix(i, removed));
        self.issues.iter_mut().for_each(|i| fix(i, removed));
        self.figures.iter_mut().for_each(|i| fix(i, removed));
    }

    /// How many articles the card holds (at least 1).
    #[must_use]
    pub fn source_count(&self) -> usize {
        1 + self.more_sources.len()
    }

    /// The extraction of source `i` (0 = the first article).
    #[must_use]
    pub fn source(&self, i: usize) -> Option<&Facts> {
        if i == 0 {
            Some(&self.facts)
        } else {
            self.more_sources.get(i - 1)
        }
    }

    /// Every source's extraction, in card order.
    pub fn sources(&self) -> impl Iterator<Item = &Facts> {
        std::iter::once(&self.facts).chain(self.more_sources.iter())
    }

    /// Take a new extraction of the same article (e.g. after the reference date changed)
    /// without touching anything the person added, edited, reordered or excluded.
    pub fn refresh(&mut self, facts: Facts) {
        let fresh = fresh_items(&facts);
        self.take_fresh(fresh, facts);
    }

    /// Merge fresh items of `facts` into the lists, keeping the person's work.
    fn take_fresh(&mut self, fresh: Fresh, facts: Facts) {
        if !self.title.state.is_personal() {
            self.title = fresh.title;
        }
        merge(&mut self.summary, fresh.summary);
        merge(&mut self.who, fresh.who);
        merge(&mut self.places, fresh.places);
        merge(&mut self.when, fresh.when);
        sort_chronologically(&mut self.when);
        merge(&mut self.issues, fresh.issues);
        self.meta.reference_date = facts.reference_date.clone();
        self.facts = facts;
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A TimeML value as a reader wants it: `2023-06-18` → "Sun 18 Jun 2023", `2023-06` →
/// "Jun 2023", `2023` → "2023", `2023-06-13TNI` → "Tue 13 Jun 2023, night". `None` for values
/// that are not calendar dates (durations, `PAST_REF`, ...).
#[must_use]
pub fn format_timex(value: &str) -> Option<String> {
    if let Some((from, to)) = value.split_once('/') {
        return format_range(from, to);
    }
    if value.contains("-W") {
        return format_week(value);
    }
    let (date_part, time_part) = match value.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (value, None),
    };
    let mut parts = date_part.split('-');
    let year: i16 = parts.next()?.parse().ok()?;
    let month = parts.next();
    let day = parts.next();
    if parts.next().is_some() {
        return None;
    }
    let base = match (month, day) {
        (None, _) => {
            if date_part.len() != 4 {
                return None;
            }
            year.to_string()
        }
        (Some(m), None) => {
            if let Some(q) = m.strip_prefix('Q') {
                format!("Q{q} {year}")
            } else {
                let m: usize = m.parse().ok()?;
                format!("{} {year}", MONTHS.get(m.checked_sub(1)?)?)
            }
        }
        (Some(m), Some(d)) => {
            let m: i8 = m.parse().ok()?;
            let d: i8 = d.parse().ok()?;
            let date = jiff::civil::Date::new(year, m, d).ok()?;
            date.strftime("%a %-d %b %Y").to_string()
        }
    };
    let tod = match time_part {
        None => None,
        Some("MO") => Some("morning".to_owned()),
        Some("AF") => Some("afternoon".to_owned()),
        Some("EV") => Some("evening".to_owned()),
        Some("NI") => Some("night".to_owned()),
        Some("DT") => Some("daytime".to_owned()),
        Some(t) => Some(t.to_owned()),
    };
    Some(match tod {
        Some(t) => format!("{base}, {t}"),
        None => base,
    })
}

fn parse_day(value: &str) -> Option<jiff::civil::Date> {
    value.parse().ok()
}

/// `2023-06-05/2023-06-11` → "5–11 Jun 2023"; other ranges join their two ends.
fn format_range(from: &str, to: &str) -> Option<String> {
    match (parse_day(from), parse_day(to)) {
        (Some(a), Some(b)) if a.year() == b.year() && a.month() == b.month() => {
            Some(format!("{}–{}", a.day(), b.strftime("%-d %b %Y")))
        }
        (Some(a), Some(b)) if a.year() == b.year() => Some(format!(
            "{} – {}",
            a.strftime("%-d %b"),
            b.strftime("%-d %b %Y")
        )),
        _ => Some(format!("{} – {}", format_timex(from)?, format_timex(to)?)),
    }
}

/// ISO weeks: `2023-W24` → "week of 12 Jun 2023", `2023-W24-WE` → "17–18 Jun 2023".
fn format_week(value: &str) -> Option<String> {
    let (year, rest) = value.split_once("-W")?;
    let year: i16 = year.parse().ok()?;
    let (week, weekend) = match rest.split_once('-') {
        Some((w, "WE")) => (w, true),
        Some(_) => return None,
        None => (rest, false),
    };
    let week: i8 = week.parse().ok()?;
    let monday = jiff::civil::ISOWeekDate::new(year, week, jiff::civil::Weekday::Monday)
        .ok()?
        .date();
    if weekend {
        let saturday = monday.checked_add(jiff::Span::new().days(5)).ok()?;
        let sunday = monday.checked_add(jiff::Span::new().days(6)).ok()?;
        // The two days say "weekend" on their own, and stay short enough for a date column.
        format_range(&saturday.to_string(), &sunday.to_string())
    } else {
        Some(format!("week of {}", monday.strftime("%-d %b %Y")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{WhenFact, WhoFact};

    #[test]
    fn byte_offsets_match_counting_characters() {
        let text = "Zoë met Ólafur — in Zürich — on Tuesday.";
        let wanted = [0, 2, 3, 8, 16, 20, 40, 41, 99];
        let naive: Vec<usize> = wanted
            .iter()
            .map(|&c| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b))
            .collect();
        assert_eq!(byte_offsets(text, &wanted), naive);
    }

    #[test]
    fn weeks_weekends_and_ranges_read_as_dates() {
        assert_eq!(
            format_timex("2023-W24").as_deref(),
            Some("week of 12 Jun 2023")
        );
        assert_eq!(
            format_timex("2023-W24-WE").as_deref(),
            Some("17–18 Jun 2023")
        );
        assert_eq!(
            format_timex("2023-06-05/2023-06-11").as_deref(),
            Some("5–11 Jun 2023")
        );
        assert_eq!(
            format_timex("2023-06-26/2023-07-02").as_deref(),
            Some("26 Jun – 2 Jul 2023")
        );
        assert_eq!(format_timex("2023-W99"), None);
    }

    #[test]
    fn timex_values_read_as_calendar_dates() {
        assert_eq!(
            format_timex("2023-06-18").as_deref(),
            Some("Sun 18 Jun 2023")
        );
        assert_eq!(format_timex("2023-06").as_deref(), Some("Jun 2023"));
        assert_eq!(format_timex("2018").as_deref(), Some("2018"));
        assert_eq!(
            format_timex("2023-06-13TNI").as_deref(),
            Some("Tue 13 Jun 2023, night")
        );
        assert_eq!(format_timex("P3D"), None);
        assert_eq!(format_timex("PAST_REF"), None);
        assert_eq!(format_timex("2023-02-30"), None);
    }

    fn facts_with(who: &[&str]) -> Facts {
        Facts {
            who: who
                .iter()
                .map(|n| WhoFact {
                    name: (*n).to_owned(),
                    ..WhoFact::default()
                })
                .collect(),
            when: vec![WhenFact {
                text: "Sunday".into(),
                value: Some("2023-06-18".into()),
                mentions: vec![Span {
                    start: 5,
                    end: 11,
                    text: "Sunday".into(),
                }],
                ..WhenFact::default()
            }],
            ..Facts::default()
        }
    }

    fn when_fact(text: &str, value: &str, event: &str, start: usize) -> WhenFact {
        WhenFact {
            text: text.into(),
            value: (!value.is_empty()).then(|| value.to_owned()),
            event: (!event.is_empty()).then(|| event.to_owned()),
            mentions: vec![Span {
                start,
                end: start + text.chars().count(),
                text: text.into(),
            }],
            ..WhenFact::default()
        }
    }

    #[test]
    fn a_fresh_card_lists_when_as_a_chronology_with_one_line_per_event() {
        let mut facts = Facts {
            when: vec![
                when_fact("this weekend", "2024-W10-WE", "Ruiz heads to Lyon", 10),
                when_fact("Sunday", "2024-03-10", "Ruiz visits Lyon", 200),
                when_fact("2019", "2019", "the port closed", 300),
                when_fact("recently", "PAST_REF", "talks stalled", 400),
                when_fact("Friday", "2024-03-08", "council votes", 500),
            ],
            ..Facts::default()
        };
        facts.reference_date.value = Some("2024-03-06".into());
        let card = Card::from_facts(facts);
        let lines: Vec<(&str, &str)> = card
            .when
            .iter()
            .map(|w| (w.value.text.as_str(), w.value.event.as_str()))
            .collect();
        assert_eq!(
            lines,
            [
                ("2019", "the port closed"),
                ("Friday", "council votes"),
                // The weekend's trip and Sunday's visit are one event, dated by the finer date.
                ("Sunday", "Ruiz heads to Lyon"),
                ("recently", "talks stalled"),
            ]
        );
        assert!(card.when[1].value.key_date, "scheduled next");
        assert!(!card.when[0].value.key_date);
        assert!(card.when[3].state.excluded, "a vague word is not a date");
    }

    #[test]
    fn refresh_keeps_edited_added_and_excluded_items() {
        let mut card = Card::from_facts(facts_with(&["Ann Lee", "Bo Chan", "Cy Dale"]));
        card.who[0].value.role = "Mayor".into();
        card.who[0].state.edited = true;
        card.who[1].state.excluded = true;
        card.who.push(CardItem::added(WhoItem {
            name: "Di Eve".into(),
            ..WhoItem::default()
        }));
        card.who.swap(0, 2);

        let mut fresh = facts_with(&["Ann Lee", "Bo Chan", "Fay Gill"]);
        fresh.when[0].value = Some("2023-06-11".into());
        card.refresh(fresh);

        let names: Vec<_> = card.who.iter().map(|w| w.value.name.as_str()).collect();
        assert_eq!(names, ["Bo Chan", "Ann Lee", "Di Eve", "Fay Gill"]);
        assert!(card.who[0].state.excluded, "exclusion survives");
        assert_eq!(card.who[1].value.role, "Mayor", "the edit survives");
        assert_eq!(
            card.when[0].value.value.as_deref(),
            Some("2023-06-11"),
            "untouched refreshes"
        );
    }
}
