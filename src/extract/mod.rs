//! [`Article`] → [`Facts`]. Never fails: partial results carry warnings.
//!
//! The stages run in one pass each over the tokens: [`text`] splits tokens and sentences,
//! [`dates`] finds temporal expressions (which masks months and weekdays from the name
//! finder), [`names`] labels proper names, [`actors`] and [`places`] group them into the Who
//! and Where lists, [`events`] phrases what happens at each date, then [`issues`], [`summary`]
//! and [`quotes`] read the rest. [`merge`] joins the facts of several articles on one
//! story (with the counted [`figures`] each gives) into one briefing. Lexicons are compiled in and indexed once per process
//! ([`lexicon`]).

pub mod actors;
pub mod dates;
pub mod events;
pub mod figures;
pub mod issues;
pub mod lexicon;
pub mod merge;
pub mod names;
pub mod places;
pub mod quotes;
pub mod rank;
pub mod summary;
pub mod text;
pub mod topics;
pub mod wordstats;

pub use text::sentence_around;

use crate::model::{Article, FACTS_SCHEMA, Facts, RefDateSource, ReferenceDate, WhenFact};

/// Load the word lists and gazetteer now rather than inside the first article, so that a
/// batch can load them on one thread while another builds the ingest patterns
/// ([`crate::ingest::prepare`]).
pub fn prepare() {
    std::sync::LazyLock::force(&lexicon::LEX);
}

/// Extract every fact from an article. `user_reference` (a date the person set) wins over
/// the article's own publication date.
#[must_use]
pub fn extract(article: &Article, user_reference: Option<jiff::civil::Date>) -> Facts {
    let reference_date = match (user_reference, &article.published) {
        (Some(d), _) => ReferenceDate {
            value: Some(d.to_string()),
            source: RefDateSource::User,
        },
        (None, Some(p)) => ReferenceDate {
            value: Some(p.clone()),
            source: article.published_source,
        },
        (None, None) => ReferenceDate::default(),
    };
    let reference: Option<jiff::civil::Date> =
        reference_date.value.as_deref().and_then(|v| v.parse().ok());
    let mut warnings = article.warnings.clone();
    if reference.is_none() {
        warnings.push("no reference date: relative dates are left unresolved".to_owned());
    }
    let doc = text::tokenize(&article.text);
    let words = doc
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == text::TokKind::Word)
        .map(|(i, _)| doc.tok(i));
    if !wordstats::reads_as_english(words) {
        warnings.push(
            "the text does not read as English: briefcard reads English news, so its facts \
             may be wrong"
                .to_owned(),
        );
    }
    let timexes = dates::find(&doc, reference);
    let mut masked = vec![false; doc.tokens.len()];
    for t in &timexes {
        for m in masked.get_mut(t.a..t.b).into_iter().flatten() {
            *m = true;
        }
    }
    let names = names::find(&doc, &masked);
    // The lead: the headline and the first body sentence.
    let lead_end = doc.sentences.get(1).map_or(0, |s| s.end);
    let who = actors::build(&doc, &names, lead_end);
    let places = places::build(&doc, &names, lead_end);
    let event_ctx = events::Context::new(&doc, &masked, &who);
    let mut placed: Vec<dates::Placement> = Vec::with_capacity(timexes.len());
    let mut when: Vec<WhenFact> = timexes
        .iter()
        .filter_map(|t| {
            let span = actors::span_of(&doc, t.a, t.b)?;
            let dateline = dates::is_dateline(&doc, t.b);
            placed.push(dates::Placement {
                lead: span.start < lead_end,
                dateline,
            });
            Some(WhenFact {
                text: span.text.clone(),
                kind: t.kind,
                value: t.value.clone(),
                // The dateline's date is when the story was filed: no event of its own.
                event: (!dateline)
                    .then(|| events::phrase(&event_ctx, t.a, t.b))
                    .flatten(),
                mentions: vec![span],
            })
        })
        .collect();
    // Ranked by salience, as every list of the facts is: the story's dates first.
    dates::rank_when(&mut when, &placed);
    let issues = issues::build(&doc, &names, &places);
    let summary = summary::build(&doc, article.title.as_deref());
    let quotes = quotes::build(&doc, &event_ctx, &who);
    Facts {
        schema: FACTS_SCHEMA.to_owned(),
        source: article.source.clone(),
        article: article.clone(),
        reference_date,
        who,
        places,
        when,
        issues,
        summary,
        quotes,
        warnings,
    }
}
