//! What a person reads on the card: each date's event phrase, the open issues with their
//! evidence, the summary and the quotes' speakers — on stories of our own and the sample.

use briefcard::extract::extract;
use briefcard::model::{Article, Facts};

fn facts(text: &str, reference: &str) -> Facts {
    let article = Article {
        text: text.to_owned(),
        ..Article::default()
    };
    let d: jiff::civil::Date = reference.parse().unwrap_or_else(|e| panic!("{e}"));
    extract(&article, Some(d))
}

fn event(f: &Facts, when: &str) -> Option<String> {
    f.when
        .iter()
        .find(|w| w.text == when)
        .and_then(|w| w.event.clone())
}

fn sample() -> Facts {
    let article = briefcard::ingest::sample();
    let d: jiff::civil::Date = "2023-06-14".parse().unwrap_or_else(|e| panic!("{e}"));
    extract(&article, Some(d))
}

#[test]
fn event_phrases_read_like_a_briefing_on_a_strike() {
    let f = facts(
        "Nurses at three city hospitals will strike on Monday after talks with the health \
         board collapsed. The union’s leader, Grace Mbeki, met the health minister Thursday \
         night to present a final offer.",
        "2024-05-08",
    );
    assert_eq!(event(&f, "Monday").as_deref(), Some("Nurses strike"));
    assert_eq!(
        event(&f, "Thursday night").as_deref(),
        Some("Mbeki meets health minister")
    );
}

#[test]
fn event_phrases_read_like_a_briefing_on_an_election() {
    let f = facts(
        "Opposition leader Daniel Ortega Ruiz conceded defeat on Sunday. The electoral \
         commission, which will publish the final count on Friday, said turnout was high.",
        "2024-05-08",
    );
    assert!(
        event(&f, "Sunday").is_some_and(|e| e.ends_with("Ruiz concedes defeat")),
        "{:?}",
        event(&f, "Sunday")
    );
    assert_eq!(
        event(&f, "Friday").as_deref(),
        Some("electoral commission publishes final count")
    );
}

#[test]
fn event_phrases_drop_the_date_and_keep_the_clause() {
    let f = facts(
        "The court will hear the appeal in September, lawyers for the company said. \
         Chief Justice Amara Osei postponed the hearing last month.",
        "2024-05-08",
    );
    let sept = event(&f, "September").unwrap_or_default();
    assert_eq!(sept, "court hears appeal");
    let last = event(&f, "last month").unwrap_or_default();
    assert_eq!(last, "Osei postpones hearing");
    for w in &f.when {
        if let Some(e) = &w.event {
            assert!(!e.contains(&w.text), "{e} repeats its date");
            assert!(e.split_whitespace().count() <= 8, "{e} is too long");
        }
    }
}

#[test]
fn the_sample_dates_say_what_happens() {
    let f = sample();
    let events: Vec<(String, String)> = f
        .when
        .iter()
        .map(|w| (w.text.clone(), w.event.clone().unwrap_or_default()))
        .collect();
    let has = |when: &str, what: &str| events.iter().any(|(t, e)| t == when && e == what);
    assert!(has("Sunday", "Blinken meets Qin Gang"), "{events:?}");
    assert!(has("Sunday", "trip begins"), "{events:?}");
    assert!(
        has("late Friday", "Blinken leaves Washington"),
        "{events:?}"
    );
    assert!(
        has("Tuesday night", "Blinken speaks with Qin Gang"),
        "{events:?}"
    );
    assert!(
        events
            .iter()
            .any(|(t, e)| t == "Monday" && e.contains("Xi Jinping")),
        "{events:?}"
    );
}

#[test]
fn open_issues_are_grouped_labelled_and_shown_by_their_own_clause() {
    let f = facts(
        "Fishing boats from both countries clashed near the Spratly Islands on Tuesday, \
         deepening tensions over the South China Sea.\n\n\
         Manila accused Beijing of aggression in the South China Sea and said it would file \
         a protest.\n\n\
         Separately, the two governments remain at odds over new tariffs on steel imports, \
         which exporters say threaten thousands of jobs.",
        "2024-05-08",
    );
    let labels: Vec<String> = f.issues.iter().map(|i| i.label.to_lowercase()).collect();
    let sea = labels
        .iter()
        .filter(|l| l.contains("south china sea"))
        .count();
    assert_eq!(sea, 1, "one issue once: {labels:?}");
    assert!(labels.iter().any(|l| l.contains("tariffs")), "{labels:?}");
    // Each issue shows the clause that speaks of it, not one sentence for all.
    let mut ev: Vec<&str> = f.issues.iter().map(|i| i.evidence.as_str()).collect();
    let n = ev.len();
    ev.sort_unstable();
    ev.dedup();
    assert_eq!(ev.len(), n, "shared evidence: {ev:?}");
    for i in &f.issues {
        assert!(
            i.evidence.split_whitespace().count() <= 40,
            "{}",
            i.evidence
        );
    }
}

#[test]
fn a_label_never_takes_a_name_across_a_stray_break() {
    let f = facts(
        "Officials warned of sanctions over Moscow’s war on Georgia. Ukraine. The war on \
         Ukraine has dragged on for two years, and sanctions are expected to widen amid the \
         war on Ukraine.",
        "2024-05-08",
    );
    let labels: Vec<&str> = f.issues.iter().map(|i| i.label.as_str()).collect();
    assert!(
        labels.iter().any(|l| l.contains("war on Ukraine")),
        "{labels:?}"
    );
    assert!(
        !labels.iter().any(|l| l.contains("war on Georgia")),
        "{labels:?}"
    );
}

#[test]
fn the_sample_issues_name_the_disputes_with_distinct_evidence() {
    let f = sample();
    let top: Vec<String> = f
        .issues
        .iter()
        .take(8)
        .map(|i| i.label.to_lowercase())
        .collect();
    for want in ["taiwan", "south china sea", "balloon", "ukraine", "cuba"] {
        assert!(top.iter().any(|l| l.contains(want)), "{want}: {top:?}");
    }
    assert!(!top.iter().any(|l| l.contains("iran")), "{top:?}");
    let taiwan = top.iter().filter(|l| l.contains("taiwan")).count();
    assert_eq!(taiwan, 1, "{top:?}");
    let mut ev: Vec<&str> = f
        .issues
        .iter()
        .take(6)
        .map(|i| i.evidence.as_str())
        .collect();
    ev.sort_unstable();
    ev.dedup();
    assert_eq!(ev.len(), 6.min(f.issues.len()));
}

#[test]
fn quotes_name_their_speakers() {
    let f = facts(
        "Health Minister Karen Holt said the ministry had ordered more vaccines. \
         “We are ready for a difficult winter and we will not be caught short,” she said.\n\n\
         “Every clinic will receive its first delivery next week,” said the ministry, which \
         published the plan online.",
        "2024-05-08",
    );
    let speakers: Vec<(Option<String>, String)> = f
        .quotes
        .iter()
        .map(|q| (q.speaker.clone(), q.text.clone()))
        .collect();
    assert!(
        speakers
            .iter()
            .any(|(s, t)| s.as_deref() == Some("Karen Holt") && t.starts_with("We are ready")),
        "{speakers:?}"
    );
    let ministry = speakers
        .iter()
        .find(|(_, t)| t.starts_with("Every clinic"))
        .and_then(|(s, _)| s.clone());
    assert!(
        ministry.as_deref().is_some_and(|s| s.contains("Ministry")) || ministry.is_none(),
        "{ministry:?}"
    );
}

#[test]
fn the_sample_quotes_and_summary_read_cleanly() {
    let f = sample();
    for q in &f.quotes {
        assert!(q.speaker.is_some(), "no speaker for {}", q.text);
    }
    let they = f
        .quotes
        .iter()
        .find(|q| q.text.starts_with("They were looking"));
    assert_eq!(
        they.and_then(|q| q.speaker.as_deref()),
        Some("Antony Blinken")
    );
    let dept = f
        .quotes
        .iter()
        .find(|q| q.text.starts_with("While in Beijing"));
    assert_eq!(
        dept.and_then(|q| q.speaker.as_deref()),
        Some("State Department")
    );
    let lead = f.summary.first().cloned().unwrap_or_default();
    assert!(!lead.contains("he said."), "{lead}");
    assert!(
        lead.ends_with("the State Department announced Wednesday."),
        "{lead}"
    );
    assert!(!f.summary.iter().any(|s| s.contains("is heading to China")));
}

#[test]
fn everyday_disputes_become_issues_with_their_sentence() {
    let f = facts(
        "Prosecutors charged the former transport minister, Ruth Achieng, with fraud on \
         Friday.\n\nThe strike, which began at dawn, halted most trains, union officials said.",
        "2024-05-08",
    );
    let fraud = f.issues.iter().find(|i| i.label == "fraud");
    assert!(
        fraud.is_some_and(|i| i.evidence.contains("charged the former transport minister")),
        "{:?}",
        f.issues
    );
    let strike = f.issues.iter().find(|i| i.label == "strike");
    assert!(
        strike.is_some_and(|i| i.evidence.contains("halted most trains")),
        "{:?}",
        f.issues
    );
}
