//! PageLayout → PDF bytes with printpdf (fonts embedded and subset).

use crate::layout::PageLayout;

/// Why a PDF could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// printpdf failed.
    #[error("The PDF could not be built ({0})")]
    Pdf(String),
}

/// Document metadata.
#[derive(Debug, Clone, Default)]
pub struct PdfMeta {
    /// Title.
    pub title: String,
    /// Author.
    pub author: String,
    /// Subject.
    pub subject: String,
}

/// Render a page to PDF bytes.
///
/// # Errors
/// When printpdf cannot build the document.
pub fn render(_layout: &PageLayout, _meta: &PdfMeta) -> Result<Vec<u8>, ExportError> {
    Err(ExportError::Pdf("not implemented yet".into()))
}

impl PdfMeta {
    /// Title, author and subject for a card's PDF.
    #[must_use]
    pub fn for_card(card: &crate::model::Card) -> Self {
        Self {
            title: card.title.value.clone(),
            author: "briefcard".to_owned(),
            subject: format!("Briefing on {}", card.facts.source.path),
        }
    }
}
