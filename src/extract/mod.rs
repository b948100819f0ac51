//! [`Article`] → [`Facts`]. Never fails: partial results carry warnings.

use crate::model::{Article, FACTS_SCHEMA, Facts, RefDateSource, ReferenceDate};

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
    Facts {
        schema: FACTS_SCHEMA.to_owned(),
        source: article.source.clone(),
        article: article.clone(),
        reference_date,
        warnings: article.warnings.clone(),
        ..Facts::default()
    }
}
