//! PDF → [`Article`] (placeholder while the reader is written).

use super::IngestError;
use crate::model::Article;

pub(crate) fn read(_bytes: &[u8], label: &str) -> Result<Article, IngestError> {
    Err(IngestError::Unsupported {
        format: "PDF",
        path: label.to_owned(),
    })
}
