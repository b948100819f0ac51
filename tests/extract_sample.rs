//! The built-in sample article: the facts a briefing of it must name.

use briefcard::extract::extract;
use briefcard::model::{Facts, PlaceKind, WhoKind};

fn sample_facts() -> Facts {
    let article = briefcard::ingest::sample();
    let reference: jiff::civil::Date = "2023-06-14".parse().unwrap_or_else(|e| panic!("{e}"));
    extract(&article, Some(reference))
}

fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn the_people_of_the_sample_are_found_with_their_roles() {
    let f = sample_facts();
    let person = |name: &str| {
        f.who
            .iter()
            .find(|w| w.name == name && w.kind == WhoKind::Person)
    };
    let blinken = person("Antony Blinken").unwrap_or_else(|| panic!("Blinken missing"));
    assert!(
        blinken
            .role
            .as_deref()
            .is_some_and(|r| r.contains("Secretary of State"))
    );
    assert!(blinken.aliases.iter().any(|a| a == "Blinken"));
    assert!(
        person("Qin Gang")
            .and_then(|w| w.role.as_deref())
            .is_some_and(|r| r.contains("Foreign Minister"))
    );
    assert!(person("Xi Jinping").is_some_and(|w| w.aliases.iter().any(|a| a == "Xi")));
    assert!(person("Wang Yi").is_some() && person("Joe Biden").is_some());
    // The top of the list is the story's protagonist.
    assert_eq!(
        f.who.first().map(|w| w.name.as_str()),
        Some("Antony Blinken")
    );
}

#[test]
fn weekdays_and_positional_words_are_never_people_or_places() {
    let f = sample_facts();
    for bad in [
        "Sunday",
        "Monday",
        "However",
        "Since",
        "While",
        "Contacts",
        "Earlier",
        "Secretary",
        "Comment",
    ] {
        assert!(
            !f.who.iter().any(|w| w.name == bad),
            "{bad} listed as an actor"
        );
    }
    for bad in ["Blinken", "Qin", "Xi"] {
        assert!(
            !f.places.iter().any(|p| p.name == bad),
            "{bad} listed as a place"
        );
    }
}

#[test]
fn places_carry_kind_country_and_coordinates() {
    let f = sample_facts();
    let place = |name: &str| f.places.iter().find(|p| p.name == name);
    let beijing = place("Beijing").unwrap_or_else(|| panic!("Beijing missing"));
    assert_eq!(beijing.country.as_deref(), Some("CN"));
    assert!(beijing.lat.is_some_and(|l| (39.0..41.0).contains(&l)));
    assert_eq!(
        place("South China Sea").map(|p| p.kind),
        Some(PlaceKind::Water)
    );
    assert_eq!(
        place("Vienna").and_then(|p| p.country.as_deref()),
        Some("AT")
    );
    assert!(place("Cuba").is_some() && place("Taiwan Strait").is_some());
}

#[test]
fn dates_resolve_against_the_reference_date() {
    let f = sample_facts();
    let value = |text: &str| {
        f.when
            .iter()
            .find(|w| w.text == text)
            .and_then(|w| w.value.clone())
    };
    assert_eq!(value("Sunday").as_deref(), Some("2023-06-18"));
    assert_eq!(value("Monday").as_deref(), Some("2023-06-19"));
    assert_eq!(value("late Friday").as_deref(), Some("2023-06-16"));
    assert_eq!(value("June 21").as_deref(), Some("2023-06-21"));
    assert_eq!(value("Tuesday night").as_deref(), Some("2023-06-13TNI"));
    assert_eq!(value("January 2021").as_deref(), Some("2021-01"));
}

#[test]
fn open_issues_name_the_disputes() {
    let f = sample_facts();
    let labels: Vec<String> = f.issues.iter().map(|i| i.label.to_lowercase()).collect();
    for want in ["taiwan", "south china sea", "balloon", "ukraine", "cuba"] {
        assert!(
            labels.iter().any(|l| l.contains(want)),
            "no issue about {want}: {labels:?}"
        );
    }
}

#[test]
fn every_span_is_the_text_it_claims() {
    let f = sample_facts();
    let text = &f.article.text;
    let spans = f
        .who
        .iter()
        .flat_map(|w| &w.mentions)
        .chain(f.places.iter().flat_map(|p| &p.mentions))
        .chain(f.when.iter().flat_map(|w| &w.mentions))
        .chain(f.issues.iter().flat_map(|i| &i.mentions));
    for s in spans {
        assert_eq!(slice(text, s.start, s.end), s.text);
    }
}

#[test]
fn summary_and_quotes_read_like_a_briefing() {
    let f = sample_facts();
    assert!((2..=3).contains(&f.summary.len()));
    assert!(
        f.summary
            .first()
            .is_some_and(|s| s.starts_with("U.S. Secretary of State"))
    );
    assert!(
        f.quotes
            .iter()
            .any(|q| q.speaker.as_deref() == Some("Antony Blinken")
                && q.text.starts_with("We executed this approach"))
    );
}
