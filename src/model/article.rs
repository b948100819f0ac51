//! The article as ingested: cleaned body text plus what was recognised around it.

use serde::{Deserialize, Serialize};

use super::facts::RefDateSource;

/// The file format an article was read from, as named in the facts JSON (`source.format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    /// Plain text in any encoding.
    #[default]
    Txt,
    /// An HTML page.
    Html,
    /// A Markdown document.
    Md,
    /// A PDF's text layer.
    Pdf,
    /// A Word document.
    Docx,
    /// Text pasted from the clipboard.
    Paste,
}

impl SourceFormat {
    /// The short name used in JSON and messages.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Txt => "txt",
            Self::Html => "html",
            Self::Md => "md",
            Self::Pdf => "pdf",
            Self::Docx => "docx",
            Self::Paste => "paste",
        }
    }
}

/// Where an article came from (`source` in the facts JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SourceInfo {
    /// The path as the user gave it, or a label such as `"(sample)"`.
    pub path: String,
    /// The reader that produced the article.
    pub format: SourceFormat,
}

/// A cleaned article. Every fact's offsets point into [`Article::text`], counted in `char`s.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Article {
    /// Where the article came from.
    #[serde(skip)]
    pub source: SourceInfo,
    /// The headline, when one was recognised.
    pub title: Option<String>,
    /// The dateline as printed, e.g. `WASHINGTON (AP)`.
    pub dateline: Option<String>,
    /// The byline, e.g. `By Matthew Lee`.
    pub byline: Option<String>,
    /// The publication date (`YYYY-MM-DD`) from metadata or the top of the text.
    pub published: Option<String>,
    /// Where `published` came from: metadata or the text; `None` when there is no date.
    #[serde(skip)]
    pub published_source: RefDateSource,
    /// The cleaned body text: paragraphs separated by a blank line.
    pub text: String,
    /// Notes from ingestion (encoding guessed, boilerplate removed, ...).
    #[serde(skip)]
    pub warnings: Vec<String>,
}

impl Article {
    /// The character slice `start..end` of the body text, or `""` when out of range.
    #[must_use]
    pub fn slice(&self, start: usize, end: usize) -> String {
        if end <= start {
            return String::new();
        }
        self.text.chars().skip(start).take(end - start).collect()
    }
}
