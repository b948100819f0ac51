//! Plain serde data shared by every floor: the ingested [`Article`], the extracted [`Facts`]
//! and the editable [`Card`], and the [`MergedFacts`] of several articles. Nothing here does I/O or knows about the GUI.

mod article;
mod card;
pub mod chronology;
mod facts;
mod merged;

pub use article::{Article, SourceFormat, SourceInfo};
pub use card::{
    CARD_SCHEMA, CARD_VERSION, Card, CardItem, CardMeta, FigureItem, IssueItem, ItemState, Paper,
    PlaceItem, WhenItem, WhoItem, format_timex, when_chronology,
};
pub use facts::{
    FACTS_SCHEMA, Facts, IssueFact, PlaceFact, PlaceKind, Quote, RefDateSource, ReferenceDate,
    Span, TimexKind, WhenFact, WhoFact, WhoKind,
};
pub use merged::{
    Conflict, ConflictKind, FigureFact, MAX_SOURCES, Merged, MergedFacts, Reading, SourceSpan,
    SourceSummary, source_name,
};
