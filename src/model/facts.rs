//! The extracted facts, shaped exactly like the `briefcard.facts/1` JSON contract
//! (`shared/facts-json.md`): fields are only ever added, never renamed.

use serde::{Deserialize, Serialize};

use super::article::{Article, SourceInfo};

/// The `schema` value of every facts JSON object.
pub const FACTS_SCHEMA: &str = "briefcard.facts/1";

/// A mention: a character span into `Article::text` (end exclusive) and the text it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Span {
    /// First character, counted in Unicode scalar values.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// Exactly `text[start..end]` of the article.
    pub text: String,
}

/// Person or organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum WhoKind {
    /// A named person.
    #[default]
    Person,
    /// A company, government body, party, team, ...
    Organization,
}

/// One actor, found once, with every mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct WhoFact {
    /// The fullest form of the name in the article.
    pub name: String,
    /// Person or organisation.
    pub kind: WhoKind,
    /// The role the article gives, e.g. `U.S. Secretary of State`.
    pub role: Option<String>,
    /// Other forms that refer to the same actor.
    pub aliases: Vec<String>,
    /// 0..1, higher is more central to the story.
    pub salience: f32,
    /// Every mention, in text order.
    pub mentions: Vec<Span>,
}

/// The kind of a place, as named in the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    /// A sovereign state or territory.
    Country,
    /// A city or town.
    City,
    /// A state, province or informal region.
    Region,
    /// A sea, strait or ocean.
    Water,
    /// Anything else.
    #[default]
    Other,
}

impl PlaceKind {
    /// The contract's lower-case name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Country => "country",
            Self::City => "city",
            Self::Region => "region",
            Self::Water => "water",
            Self::Other => "other",
        }
    }
}

/// One place, found once, with every mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PlaceFact {
    /// The gazetteer's name for the place.
    pub name: String,
    /// Country, city, region, water or other.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 code of the country it lies in, when known.
    pub country: Option<String>,
    /// Latitude in degrees, when known.
    pub lat: Option<f64>,
    /// Longitude in degrees, when known.
    pub lon: Option<f64>,
    /// 0..1, higher is more central to the story.
    pub salience: f32,
    /// Every mention, in text order.
    pub mentions: Vec<Span>,
}

/// TimeML TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum TimexKind {
    /// A calendar date or period.
    #[default]
    Date,
    /// A time of day.
    Time,
    /// A length of time.
    Duration,
    /// A recurrence.
    Set,
}

/// One temporal expression with its resolved value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct WhenFact {
    /// The expression as written.
    pub text: String,
    /// date, time, duration or set.
    pub kind: TimexKind,
    /// TimeML value (`2023-06-18`, `P3D`, `PAST_REF`, `XXXX-06-21`, ...), when resolved.
    pub value: Option<String>,
    /// A short phrase for what happens then, from the expression's clause.
    pub event: Option<String>,
    /// `mentions[0]` is the expression itself.
    pub mentions: Vec<Span>,
}

/// One open issue: a dispute, concern or unresolved matter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct IssueFact {
    /// A short noun-phrase label.
    pub label: String,
    /// The sentence (or clause) that shows it.
    pub evidence: String,
    /// 0..1, higher is more central to the story.
    pub salience: f32,
    /// Where the issue is mentioned.
    pub mentions: Vec<Span>,
}

/// A direct quote and its speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Quote {
    /// The Who entity that said it, when resolved.
    pub speaker: Option<String>,
    /// The quoted words.
    pub text: String,
}

/// Where the reference date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum RefDateSource {
    /// Given by the person (`--reference-date` or the date field).
    User,
    /// From document metadata.
    Metadata,
    /// From a dateline or a date in the text.
    Text,
    /// From the file's modification time.
    FileTime,
    /// No date was found.
    #[default]
    None,
}

impl RefDateSource {
    /// Words for the UI.
    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            Self::User => "set by you",
            Self::Metadata => "from the document's metadata",
            Self::Text => "from the article text",
            Self::FileTime => "from the file's date",
            Self::None => "none found",
        }
    }
}

/// The date relative expressions were resolved against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ReferenceDate {
    /// `YYYY-MM-DD`, or `None`.
    pub value: Option<String>,
    /// Where it came from.
    pub source: RefDateSource,
}

/// Everything extracted from one article: the `briefcard.facts/1` object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Facts {
    /// Always [`FACTS_SCHEMA`].
    pub schema: String,
    /// Where the article came from.
    pub source: SourceInfo,
    /// The cleaned article that every offset points into.
    pub article: Article,
    /// The date relative expressions were resolved against.
    pub reference_date: ReferenceDate,
    /// People and organisations, ranked by salience.
    pub who: Vec<WhoFact>,
    /// Places, ranked by salience.
    #[serde(rename = "where")]
    pub places: Vec<PlaceFact>,
    /// Temporal expressions, in text order.
    pub when: Vec<WhenFact>,
    /// Open issues, ranked by salience.
    pub issues: Vec<IssueFact>,
    /// One to three lead sentences.
    pub summary: Vec<String>,
    /// Direct quotes.
    pub quotes: Vec<Quote>,
    /// Free-text notes from ingestion and extraction.
    pub warnings: Vec<String>,
}

impl Default for Facts {
    fn default() -> Self {
        Self {
            schema: FACTS_SCHEMA.to_owned(),
            source: SourceInfo::default(),
            article: Article::default(),
            reference_date: ReferenceDate::default(),
            who: Vec::new(),
            places: Vec::new(),
            when: Vec::new(),
            issues: Vec::new(),
            summary: Vec::new(),
            quotes: Vec::new(),
            warnings: Vec::new(),
        }
    }
}
