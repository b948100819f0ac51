//! An article's metadata sidecar: `NAME.meta.json` next to `NAME.txt` (as the shipped sample
//! has) gives its publication date. The command line and the app read a path through
//! [`read_article`], so both give the same page for the same file.

use std::path::{Path, PathBuf};

use crate::ingest::{self, IngestError};
use crate::model::{Article, RefDateSource};

/// The largest sidecar read.
const MAX_BYTES: u64 = 64 * 1024;

/// The sidecar path of an article: `story.txt` → `story.meta.json`.
#[must_use]
pub fn path_of(article: &Path) -> PathBuf {
    article.with_extension("meta.json")
}

/// Give `article` the publication date of the sidecar next to `path`, if there is one. It
/// is the document's own metadata: it wins over a date guessed from the text or the file's
/// time, not over metadata the document itself carries.
pub fn apply(path: &Path, article: &mut Article) {
    if article.published.is_some() && article.published_source == RefDateSource::Metadata {
        return;
    }
    let sidecar = path_of(path);
    // A sidecar is a few lines; anything big is not one.
    if std::fs::metadata(&sidecar).map_or(true, |m| !m.is_file() || m.len() > MAX_BYTES) {
        return;
    }
    let Ok(json) = std::fs::read_to_string(&sidecar) else {
        return;
    };
    if let Some(date) = ingest::published_in_sidecar(&json) {
        article.published = Some(date);
        article.published_source = RefDateSource::Metadata;
    }
}

/// Read an article from `path` with its sidecar's date.
///
/// # Errors
/// As [`ingest::read_path`].
pub fn read_article(path: &Path) -> Result<Article, IngestError> {
    let mut article = ingest::read_path(path)?;
    apply(path, &mut article);
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sidecar_date_is_read_and_a_bad_one_ignored() {
        assert_eq!(
            ingest::published_in_sidecar(r#"{"published": "2023-06-14"}"#).as_deref(),
            Some("2023-06-14")
        );
        assert_eq!(
            ingest::published_in_sidecar(r#"{"published": "14 June"}"#),
            None
        );
        assert_eq!(ingest::published_in_sidecar("not json"), None);
        assert_eq!(
            path_of(Path::new("a/story.txt")),
            Path::new("a/story.meta.json")
        );
    }
}
