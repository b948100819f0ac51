//! Demonstration cards with hand-written facts: the built-in sample story and three very
//! different shapes of card, for benchmarks, golden images and documentation.

use crate::model::{
    Card, CardItem, IssueItem, PlaceItem, PlaceKind, RefDateSource, ReferenceDate, TimexKind,
    WhenItem, WhoItem, WhoKind,
};

fn who(name: &str, role: &str, kind: WhoKind) -> CardItem<WhoItem> {
    CardItem::added(WhoItem {
        name: name.to_owned(),
        role: role.to_owned(),
        kind,
    })
}

fn place(name: &str, kind: PlaceKind, country: &str, lat: f64, lon: f64) -> CardItem<PlaceItem> {
    CardItem::added(PlaceItem {
        name: name.to_owned(),
        kind,
        country: (!country.is_empty()).then(|| country.to_owned()),
        lat: Some(lat),
        lon: Some(lon),
    })
}

fn when(text: &str, value: &str, event: &str) -> CardItem<WhenItem> {
    CardItem::added(WhenItem {
        text: text.to_owned(),
        value: (!value.is_empty()).then(|| value.to_owned()),
        event: event.to_owned(),
        kind: TimexKind::Date,
    })
}

fn issue(label: &str, evidence: &str) -> CardItem<IssueItem> {
    CardItem::added(IssueItem {
        label: label.to_owned(),
        evidence: evidence.to_owned(),
    })
}

fn base(title: &str, source: &str, reference: &str) -> Card {
    let mut card = Card {
        title: CardItem::added(title.to_owned()),
        ..Card::default()
    };
    card.facts.source.path = source.to_owned();
    card.meta.reference_date = ReferenceDate {
        value: Some(reference.to_owned()),
        source: RefDateSource::Metadata,
    };
    card
}

/// The built-in sample story (Blinken's visit to China), with facts written by hand the
/// way a person would keep them: the size of card most briefings are.
#[must_use]
pub fn sample_card() -> Card {
    let mut card = base(
        "Blinken is heading to China this weekend on a mission to save collapsing ties and keep communications open",
        "(built-in sample)",
        "2023-06-14",
    );
    card.facts.article.dateline = Some("WASHINGTON (AP)".to_owned());
    card.facts.article.published = Some("2023-06-14".to_owned());
    card.summary = vec![
        CardItem::added(
            "U.S. Secretary of State Antony Blinken will visit China this weekend to mend \
             deteriorating ties between Washington and Beijing and keep the lines of \
             communication open."
                .to_owned(),
        ),
        CardItem::added(
            "He will be the most senior US official to visit China since President Joe Biden \
             took office; an earlier trip was postponed after a Chinese spy balloon was shot \
             down over the United States."
                .to_owned(),
        ),
    ];
    card.who = vec![
        who("Antony Blinken", "U.S. Secretary of State", WhoKind::Person),
        who("Qin Gang", "Chinese Foreign Minister", WhoKind::Person),
        who("Joe Biden", "U.S. President", WhoKind::Person),
        who("Wang Yi", "China's top diplomat", WhoKind::Person),
        who("Xi Jinping", "Chinese President", WhoKind::Person),
        who("Lloyd Austin", "US Defense Secretary", WhoKind::Person),
        who(
            "Jake Sullivan",
            "national security adviser",
            WhoKind::Person,
        ),
        who("State Department", "", WhoKind::Organization),
    ];
    card.places = vec![
        place("China", PlaceKind::Country, "CN", 35.0, 103.0),
        place("Beijing", PlaceKind::City, "CN", 39.904, 116.407),
        place("Washington", PlaceKind::City, "US", 38.907, -77.037),
        place("Taiwan Strait", PlaceKind::Water, "", 24.5, 119.5),
        place("Cuba", PlaceKind::Country, "CU", 21.5, -79.5),
        place("London", PlaceKind::City, "GB", 51.507, -0.128),
    ];
    card.when = vec![
        when(
            "Tuesday night",
            "2023-06-13TNI",
            "Blinken spoke with Qin Gang to confirm the trip",
        ),
        when("late Friday", "2023-06-16", "Blinken leaves Washington"),
        when(
            "Sunday",
            "2023-06-18",
            "Blinken meets Qin in Beijing; the visit begins",
        ),
        when("Monday", "2023-06-19", "Possible meeting with Xi Jinping"),
        when(
            "June 21",
            "2023-06-21",
            "Conference on rebuilding Ukraine in London",
        ),
    ];
    card.issues = vec![
        issue(
            "Chinese surveillance facilities in Cuba",
            "Beijing is trying to build up its global surveillance capabilities, including Cuba.",
        ),
        issue(
            "Taiwan",
            "Qin urged the United States to respect China's core concerns, such as the issue of Taiwan.",
        ),
        issue(
            "Spy balloon incident",
            "The trip was delayed after the spy balloon incident; Beijing insists it was a weather balloon.",
        ),
    ];
    card
}
