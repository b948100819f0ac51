//! The facts of several articles on one story, merged: one list per pane, each item saying
//! which sources carry it (with the mention in each) and where the sources disagree. Plain
//! data; `extract::merge` builds it and `Card::from_sources` turns it into a card.

use serde::{Deserialize, Serialize};

use super::article::SourceInfo;
use super::facts::{IssueFact, PlaceFact, ReferenceDate, Span, WhenFact, WhoFact};

/// The most sources a card holds.
pub const MAX_SOURCES: usize = 10;

/// A mention in one source: the source's place in the card (0 = the first article) and
/// the span in that article's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct SourceSpan {
    /// Index of the source in the card (and in the merged JSON's `sources`).
    pub source: usize,
    /// The mention in that source's `article.text`.
    pub span: Option<Span>,
}

/// One reading of a value the sources disagree on, and the sources that give it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Reading {
    /// The value as the card would show it (a TimeML date value, a role, a number).
    pub value: String,
    /// Indices of the sources that give this reading.
    pub sources: Vec<usize>,
}

/// What the sources disagree on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ConflictKind {
    /// The date of one event.
    #[default]
    Date,
    /// A person's role.
    Role,
    /// A counted figure (deaths, injured, an amount).
    Number,
}

impl ConflictKind {
    /// The word the panes use.
    #[must_use]
    pub fn noun(self) -> &'static str {
        match self {
            Self::Date => "date",
            Self::Role => "role",
            Self::Number => "figure",
        }
    }
}

/// Sources that disagree on one value of an item: every reading, most sources first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Conflict {
    /// Date, role or number.
    pub kind: ConflictKind,
    /// Two or more readings, the majority's first (ties: the order of the sources).
    pub readings: Vec<Reading>,
}

/// A counted figure an article gives: how many were killed, injured, missing ...
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct FigureFact {
    /// What was counted, as the page words it ("killed", "injured").
    pub what: String,
    /// The number, in digits ("14", "1200").
    pub value: String,
    /// Where the article says it.
    pub mentions: Vec<Span>,
}

/// One merged item: the fact (from the source that tells it best), how many sources carry
/// it, the mention in each, and any disagreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Merged<T> {
    /// The fact as the merged card shows it. Its `mentions` are those in source 0's text
    /// only (so the facts contract holds: offsets point into `article.text`).
    #[serde(flatten)]
    pub fact: T,
    /// How many sources carry the item.
    pub source_count: usize,
    /// Every source's mention of it, by source index.
    pub evidence: Vec<SourceSpan>,
    /// Values the sources disagree on.
    pub conflicts: Vec<Conflict>,
    /// A date the story turns on in at least one source (When items only).
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub key_date: bool,
}

/// A source's short name, as the page's source line and the source switcher show it: the
/// outlet in its dateline ("AP" of "MWANZA (AP)") with the file's name, or either alone.
#[must_use]
pub fn source_name(facts: &super::facts::Facts) -> String {
    let outlet = facts
        .article
        .dateline
        .as_deref()
        .and_then(|d| Some(d.split_once('(')?.1.split_once(')')?.0.trim().to_owned()))
        .filter(|o| !o.is_empty());
    let path = facts.source.path.trim();
    let file = std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.to_owned(), |n| n.to_string_lossy().into_owned());
    match (outlet, file.is_empty()) {
        (Some(o), true) => o,
        (Some(o), false) => format!("{o} ({file})"),
        (None, false) => file,
        (None, true) => "pasted text".to_owned(),
    }
}

/// Provenance of one source, as the merged JSON lists it and the page's source line prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct SourceSummary {
    /// The file and its format.
    pub source: SourceInfo,
    /// The headline, when recognised.
    pub title: Option<String>,
    /// The outlet (an agency in the dateline, or the byline), when known.
    pub outlet: Option<String>,
    /// The publication date (`YYYY-MM-DD`), when known.
    pub published: Option<String>,
    /// The date this source's relative dates were read against.
    pub reference_date: ReferenceDate,
    /// The cleaned article text every evidence span of this source points into.
    pub text: String,
}

/// The facts of several articles merged into one briefing: shaped like the facts JSON
/// (`briefcard.facts/1`, fields only added) with `sources`, per-item `source_count`,
/// `evidence` and `conflicts`, and `figures`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct MergedFacts {
    /// Always `briefcard.facts/1`.
    pub schema: String,
    /// The first source.
    pub source: SourceInfo,
    /// The first source's article.
    pub article: super::article::Article,
    /// The first source's reference date.
    pub reference_date: ReferenceDate,
    /// People and organisations, agreement first.
    pub who: Vec<Merged<WhoFact>>,
    /// Places, agreement first.
    #[serde(rename = "where")]
    pub places: Vec<Merged<PlaceFact>>,
    /// Events with their dates, one entry per event.
    pub when: Vec<Merged<WhenFact>>,
    /// Open issues, agreement first.
    pub issues: Vec<Merged<IssueFact>>,
    /// The first source's lead sentences.
    pub summary: Vec<String>,
    /// Every source's quotes.
    pub quotes: Vec<super::facts::Quote>,
    /// Every source's notes, each prefixed with its source number.
    pub warnings: Vec<String>,
    /// Counted figures (killed, injured, ...), agreement first.
    pub figures: Vec<Merged<FigureFact>>,
    /// The sources, in card order.
    pub sources: Vec<SourceSummary>,
}
