//! The traps of news extraction, each in a sentence written for this test.

use briefcard::extract::extract;
use briefcard::model::{Article, Facts, PlaceKind, TimexKind, WhoKind};

fn run(text: &str, reference: &str) -> Facts {
    let article = Article {
        text: text.to_owned(),
        ..Article::default()
    };
    extract(&article, reference.parse().ok())
}

fn who<'a>(f: &'a Facts, name: &str) -> Option<&'a briefcard::model::WhoFact> {
    f.who.iter().find(|w| w.name == name)
}

fn place<'a>(f: &'a Facts, name: &str) -> Option<&'a briefcard::model::PlaceFact> {
    f.places.iter().find(|p| p.name == name)
}

#[test]
fn sentence_initial_words_are_not_names() {
    let f = run(
        "However, the talks failed. Officials in Nairobi said Meanwhile nothing changed. Despite the rain, Maria Okafor won.",
        "2024-05-02",
    );
    for bad in ["However", "Officials", "Despite"] {
        assert!(who(&f, bad).is_none() && place(&f, bad).is_none(), "{bad}");
    }
    assert_eq!(
        who(&f, "Maria Okafor").map(|w| w.kind),
        Some(WhoKind::Person)
    );
    assert!(place(&f, "Nairobi").is_some());
}

#[test]
fn a_capitals_headline_is_read_through_the_lexicons() {
    let f = run(
        "KENYA SIGNS WATER DEAL WITH ETHIOPIA\n\nNAIROBI 2024-05-02\nKenya and Ethiopia signed a water deal on Thursday.",
        "2024-05-02",
    );
    assert!(who(&f, "SIGNS").is_none() && who(&f, "WATER DEAL").is_none());
    assert!(place(&f, "Kenya").is_some_and(|p| p.mentions.len() >= 2));
}

#[test]
fn months_and_weekdays_are_not_people() {
    let f = run(
        "Ahmed Salah arrived on Monday and will leave in June. Salah met Grace Liu in March.",
        "2024-05-02",
    );
    for bad in ["Monday", "June", "March"] {
        assert!(who(&f, bad).is_none(), "{bad}");
    }
    assert!(who(&f, "Ahmed Salah").is_some_and(|w| w.mentions.len() == 2));
    assert!(who(&f, "Grace Liu").is_some());
}

#[test]
fn ambiguous_place_names_need_context() {
    let f = run(
        "Reading the report, he was not impressed. The mobile clinic moved on. Fans in Nice cheered, while protesters gathered in Tbilisi, the capital of Georgia.",
        "2024-05-02",
    );
    assert!(place(&f, "Reading").is_none());
    assert!(place(&f, "Mobile").is_none());
    assert!(place(&f, "Nice").is_some_and(|p| p.country.as_deref() == Some("FR")));
    assert_eq!(
        place(&f, "Georgia").and_then(|p| p.country.as_deref()),
        Some("GE")
    );
    let us = run("Voters in Atlanta, Georgia, lined up early.", "2024-05-02");
    assert_eq!(
        place(&us, "Georgia").and_then(|p| p.country.as_deref()),
        Some("US")
    );
}

#[test]
fn demonyms_are_not_places() {
    let f = run(
        "Chinese and Brazilian officials met French diplomats in Lisbon.",
        "2024-05-02",
    );
    assert!(place(&f, "Chinese").is_none() && place(&f, "French").is_none());
    assert!(place(&f, "Lisbon").is_some_and(|p| p.kind == PlaceKind::City));
}

#[test]
fn weekdays_follow_the_tense_and_nights_are_parts_of_day() {
    // 2024-05-02 is a Thursday.
    let f = run(
        "The ministers met Tuesday night in Oslo. They will meet again on Monday.",
        "2024-05-02",
    );
    let tn = f
        .when
        .iter()
        .find(|w| w.text == "Tuesday night")
        .unwrap_or_else(|| panic!("no Tuesday night"));
    assert_eq!(tn.value.as_deref(), Some("2024-04-30TNI"));
    assert_eq!(tn.kind, TimexKind::Time);
    let mon = f
        .when
        .iter()
        .find(|w| w.text == "Monday")
        .unwrap_or_else(|| panic!("no Monday"));
    assert_eq!(mon.value.as_deref(), Some("2024-05-06"));
}

#[test]
fn titles_give_roles_and_surnames_merge() {
    let f = run(
        "Foreign Minister Lena Varga arrived in Vienna. Varga told reporters the talks went well.",
        "2024-05-02",
    );
    let v = who(&f, "Lena Varga").unwrap_or_else(|| panic!("no Varga"));
    assert_eq!(v.role.as_deref(), Some("Foreign Minister"));
    assert_eq!(v.mentions.len(), 2);
}

#[test]
fn organisations_are_found_by_their_suffix() {
    let f = run(
        "Shares of Norvale Holdings fell after the Ministry of Finance opened an inquiry.",
        "2024-05-02",
    );
    assert_eq!(
        who(&f, "Norvale Holdings").map(|w| w.kind),
        Some(WhoKind::Organization)
    );
    assert_eq!(
        who(&f, "Ministry of Finance").map(|w| w.kind),
        Some(WhoKind::Organization)
    );
}

#[test]
fn bare_company_names_are_organisations_throughout_the_article() {
    let f = run(
        "Brokers said Talvecor would report a loss. Shares of Talvecor fell 3 percent, and \
         Talvecor said in a statement that Quandry Industries Ltd would buy its plant in \
         Reading. Quandry rose.",
        "2024-05-02",
    );
    let talvecor = who(&f, "Talvecor");
    assert_eq!(talvecor.map(|w| w.kind), Some(WhoKind::Organization));
    assert_eq!(talvecor.map(|w| w.mentions.len()), Some(3));
    // "Quandry" is the firm named in full before, one actor with it.
    let quandry = who(&f, "Quandry Industries Ltd");
    assert_eq!(
        quandry.map(|w| w.kind),
        Some(WhoKind::Organization),
        "{:?}",
        f.who
    );
    assert!(quandry.is_some_and(|w| w.aliases.iter().any(|a| a == "Quandry")));
    assert!(who(&f, "Quandry").is_none(), "{:?}", f.who);
    // The town stays a place outside sports reports.
    assert!(f.who.iter().all(|w| w.name != "Reading"));
}

#[test]
fn an_article_not_in_english_says_so() {
    // Invented Indonesian: the facts are a guess, and the person is told so in one sentence.
    let f = run(
        "Pemerintah kota mengumumkan bahwa layanan kapal akan dibuka kembali minggu depan \
         setelah perbaikan dermaga selesai. Penumpang yang sudah membeli tiket untuk \
         pelayaran yang dibatalkan akan mendapat uang kembali dari operator, yang menyalahkan \
         badai atas kerusakan dermaga dan kantor tiket. Menurut juru bicara perusahaan, \
         perbaikan akan memakan waktu beberapa hari lagi karena suku cadang harus dikirim \
         dengan kapal barang dari ibu kota provinsi.",
        "2024-05-02",
    );
    let notes: Vec<&String> = f
        .warnings
        .iter()
        .filter(|w| w.contains("English"))
        .collect();
    assert_eq!(notes.len(), 1, "{:?}", f.warnings);
    // English news, even a short one, carries no such note.
    let f = run(
        "The city said on Monday that the ferry service will resume next week once repairs \
         to the pier are finished. Passengers who bought tickets for the cancelled sailings \
         will get their money back from the operator, which blamed the storm for the damage \
         to the pier and the ticket office. Parts must come by cargo ship, a spokesman said.",
        "2024-05-02",
    );
    assert!(
        f.warnings.iter().all(|w| !w.contains("English")),
        "{:?}",
        f.warnings
    );
}
