//! Plain serde data shared by every floor: the ingested [`Article`], the extracted [`Facts`]
//! and the editable [`Card`]. Nothing here does I/O or knows about the GUI.

mod article;
mod card;
pub mod chronology;
mod facts;

pub use article::{Article, SourceFormat, SourceInfo};
pub use card::{
    CARD_SCHEMA, CARD_VERSION, Card, CardItem, CardMeta, IssueItem, ItemState, Paper, PlaceItem,
    WhenItem, WhoItem, format_timex,
};
pub use facts::{
    FACTS_SCHEMA, Facts, IssueFact, PlaceFact, PlaceKind, Quote, RefDateSource, ReferenceDate,
    Span, TimexKind, WhenFact, WhoFact, WhoKind,
};
