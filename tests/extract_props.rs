//! No input makes extraction panic, and every span it returns is the text it claims.

use briefcard::extract::{extract, sentence_around};
use briefcard::model::{Article, Facts};
use proptest::prelude::*;

fn check(f: &Facts) {
    let chars: Vec<char> = f.article.text.chars().collect();
    let spans = f
        .who
        .iter()
        .flat_map(|w| &w.mentions)
        .chain(f.places.iter().flat_map(|p| &p.mentions))
        .chain(f.when.iter().flat_map(|w| &w.mentions))
        .chain(f.issues.iter().flat_map(|i| &i.mentions));
    for s in spans {
        assert!(s.start < s.end && s.end <= chars.len());
        let got: String = chars
            .get(s.start..s.end)
            .unwrap_or_default()
            .iter()
            .collect();
        assert_eq!(got, s.text);
    }
}

fn run(text: String) -> Facts {
    let article = Article {
        text,
        ..Article::default()
    };
    extract(&article, "2024-02-29".parse().ok())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,400}") {
        check(&run(text));
    }

    #[test]
    fn news_like_noise_never_panics(parts in prop::collection::vec(prop_oneof![
        Just("Monday".to_owned()), Just("U.S.".to_owned()), Just("’s".to_owned()),
        Just("\"".to_owned()), Just("—".to_owned()), Just("-".to_owned()), Just(".".to_owned()),
        Just("Gen.".to_owned()), Just("May".to_owned()), Just("1999".to_owned()),
        Just("ago".to_owned()), Just("last".to_owned()), Just("\n".to_owned()),
        "[A-Z][a-z]{0,8}", "[A-Z]{1,12}", "[0-9]{1,6}", "[a-z]{1,9}",
    ], 0..120)) {
        check(&run(parts.join(" ")));
    }

    #[test]
    fn sentence_around_stays_inside_the_text(text in "\\PC{0,200}", at in 0usize..250) {
        if let Some((a, b)) = sentence_around(&text, at) {
            prop_assert!(a <= b && b <= text.chars().count());
        }
    }
}

#[test]
fn very_long_tokens_no_spaces_and_all_caps_are_handled() {
    check(&run("x".repeat(200_000)));
    check(&run("WORD".repeat(50_000)));
    check(&run(
        "THE PRESIDENT OF FRANCE MET THE KING OF SPAIN IN MADRID ON MONDAY. ".repeat(500),
    ));
    check(&run("a.b.c.d.e.f.".repeat(10_000)));
}

#[test]
fn thousands_of_names_are_handled() {
    let mut text = String::new();
    for i in 0..5000 {
        text.push_str(&format!(
            "President Name{i} Surname met Dr. Other{i} in Paris. "
        ));
    }
    let f = run(text);
    check(&f);
    assert!(f.who.len() > 1000);
}
