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
        key_date: false,
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

/// A local story with one place: a city council vote on a new tram line.
#[must_use]
pub fn local_card() -> Card {
    let mut card = base(
        "Leeds council approves first stage of the city tram line after a decade of delays",
        "leeds-tram.txt",
        "2024-03-07",
    );
    card.facts.article.dateline = Some("LEEDS".to_owned());
    card.facts.article.byline = Some("By a staff reporter".to_owned());
    card.facts.article.published = Some("2024-03-07".to_owned());
    card.summary = vec![CardItem::added(
        "Councillors voted 61 to 24 on Wednesday night to fund the first stage of a tram \
         line between the railway station and the university, the city's third attempt \
         at light rail since 2005."
            .to_owned(),
    )];
    card.who = vec![
        who("Amira Haddad", "leader of the council", WhoKind::Person),
        who(
            "Tom Ellison",
            "opposition transport spokesman",
            WhoKind::Person,
        ),
        who(
            "West Yorkshire Combined Authority",
            "",
            WhoKind::Organization,
        ),
    ];
    card.places = vec![place("Leeds", PlaceKind::City, "GB", 53.8008, -1.5491)];
    card.when = vec![
        when(
            "Wednesday night",
            "2024-03-06TNI",
            "Council vote on the first stage",
        ),
        when(
            "in May",
            "2024-05",
            "Public consultation on the route opens",
        ),
        when("by 2028", "2028", "First trams expected to run"),
    ];
    card.issues = vec![issue(
        "Cost overruns",
        "The opposition warned that the budget leaves no contingency for rising prices.",
    )];
    card
}

/// A story spanning five continents: a climate finance summit and its follow-up meetings.
#[must_use]
pub fn world_card() -> Card {
    let mut card = base(
        "Finance ministers agree a timetable for the climate adaptation fund",
        "adaptation-fund.txt",
        "2025-10-02",
    );
    card.facts.article.dateline = Some("NAIROBI".to_owned());
    card.facts.article.published = Some("2025-10-02".to_owned());
    card.summary = vec![
        CardItem::added(
            "Ministers from forty countries agreed in Nairobi to set the size of a new \
             adaptation fund by March, with pledges to follow at meetings in Brasília and \
             Jakarta."
                .to_owned(),
        ),
        CardItem::added(
            "Small island states said the timetable was too slow; donors said it was the \
             fastest they could move through their parliaments."
                .to_owned(),
        ),
    ];
    card.who = vec![
        who(
            "Wanjiru Kamau",
            "Kenyan finance minister, chair of the meeting",
            WhoKind::Person,
        ),
        who(
            "Lucas Ferreira",
            "Brazilian deputy finance minister",
            WhoKind::Person,
        ),
        who("Siti Rahma", "Indonesian climate envoy", WhoKind::Person),
        who(
            "Henrik Lund",
            "Norwegian development minister",
            WhoKind::Person,
        ),
        who("Alliance of Small Island States", "", WhoKind::Organization),
    ];
    card.places = vec![
        place("Nairobi", PlaceKind::City, "KE", -1.2921, 36.8219),
        place("Brasília", PlaceKind::City, "BR", -15.7939, -47.8828),
        place("Jakarta", PlaceKind::City, "ID", -6.2088, 106.8456),
        place("Oslo", PlaceKind::City, "NO", 59.9139, 10.7522),
        place("Washington", PlaceKind::City, "US", 38.9072, -77.0369),
        place("Fiji", PlaceKind::Country, "FJ", -17.7134, 178.065),
        CardItem::added(PlaceItem {
            name: "the Sahel".to_owned(),
            kind: PlaceKind::Region,
            country: None,
            lat: None,
            lon: None,
        }),
    ];
    card.when = vec![
        when(
            "on Tuesday",
            "2025-09-30",
            "Ministers open the Nairobi meeting",
        ),
        when("in December", "2025-12", "Pledging round in Brasília"),
        when("by March", "2026-03", "Size of the fund to be set"),
        when("next year", "2026", "First disbursements planned"),
        when(
            "in recent years",
            "PAST_REF",
            "Losses from droughts in the Sahel",
        ),
    ];
    card.issues = vec![
        issue(
            "Speed of disbursement",
            "Island states said money arriving in 2027 would come too late for this storm season.",
        ),
        issue(
            "Grants or loans",
            "Several African ministers refused to accept loans for adaptation to a crisis they did not cause.",
        ),
    ];
    card
}

/// A card stuffed with 60 items, to show the fit rule at work.
#[must_use]
pub fn stuffed_card() -> Card {
    let mut card = sample_card();
    card.title.value =
        "Sixty facts on one page: how the briefing keeps to a single sheet".to_owned();
    let first = [
        "Ana", "Bashir", "Chen", "Dana", "Emeka", "Farah", "Goran", "Hana",
    ];
    let last = [
        "Okafor",
        "Lindqvist",
        "Moreau",
        "Tanaka",
        "Rossi",
        "Kowalski",
    ];
    card.who = (0..24)
        .map(|i| {
            let f = first.get(i % first.len()).copied().unwrap_or("Ana");
            let l = last.get(i % last.len()).copied().unwrap_or("Rossi");
            who(
                &format!("{f} {l}"),
                &format!("delegate for working group {}", i + 1),
                WhoKind::Person,
            )
        })
        .collect();
    let cities = [
        ("Geneva", "CH", 46.2044, 6.1432),
        ("Vienna", "AT", 48.2082, 16.3738),
        ("Brussels", "BE", 50.8503, 4.3517),
        ("Rome", "IT", 41.9028, 12.4964),
        ("Warsaw", "PL", 52.2297, 21.0122),
        ("Athens", "GR", 37.9838, 23.7275),
        ("Lisbon", "PT", 38.7223, -9.1393),
        ("Prague", "CZ", 50.0755, 14.4378),
        ("Budapest", "HU", 47.4979, 19.0402),
        ("Copenhagen", "DK", 55.6761, 12.5683),
        ("Dublin", "IE", 53.3498, -6.2603),
        ("Valletta", "MT", 35.8989, 14.5146),
    ];
    card.places = cities
        .iter()
        .map(|(n, c, lat, lon)| place(n, PlaceKind::City, c, *lat, *lon))
        .collect();
    card.when = (1..=12)
        .map(|i| {
            when(
                &format!("on {i} May"),
                &format!("2023-05-{:02}", i * 2),
                &format!("Working group {i} reports"),
            )
        })
        .collect();
    card.issues = (1..=12)
        .map(|i| {
            issue(
                &format!("Open question {i}"),
                "Delegates could not agree on who pays for the monitoring, and the text was sent back.",
            )
        })
        .collect();
    card
}
