//! Markdown → [`Article`]: the first heading is the title, YAML front matter gives the
//! title, author and date when present, and all markup (emphasis, links, code fences,
//! images, raw HTML) is removed, leaving paragraphs separated by blank lines.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{DocMeta, assemble, collapse_ws, normalise_date};
use crate::model::{Article, SourceFormat};

/// Read Markdown text.
pub(crate) fn read(text: &str) -> Article {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_SMART_PUNCTUATION;
    let mut blocks: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut meta = DocMeta::default();
    let mut in_metadata = false;
    let mut in_image = 0usize;
    let mut front_matter = String::new();
    let flush = |current: &mut String, blocks: &mut Vec<String>| {
        let t = collapse_ws(current);
        if !t.is_empty() {
            blocks.push(t);
        }
        current.clear();
    };
    for event in Parser::new_ext(text, options) {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => in_metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_metadata = false,
            Event::Start(Tag::Heading { .. }) => {
                flush(&mut current, &mut blocks);
            }
            Event::End(TagEnd::Heading(_)) => {
                if meta.title.is_none() {
                    let t = collapse_ws(&current);
                    if !t.is_empty() {
                        meta.title = Some(t);
                    }
                }
                flush(&mut current, &mut blocks);
            }
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Start(
                Tag::Paragraph
                | Tag::Item
                | Tag::CodeBlock(_)
                | Tag::BlockQuote(_)
                | Tag::TableRow
                | Tag::TableHead,
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_)
                | TagEnd::TableRow
                | TagEnd::TableHead,
            )
            | Event::Rule => flush(&mut current, &mut blocks),
            Event::End(TagEnd::TableCell) => current.push_str(" | "),
            Event::Text(t) | Event::Code(t) if in_metadata => front_matter.push_str(&t),
            Event::Text(t) | Event::Code(t) if in_image == 0 => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            _ => {}
        }
    }
    flush(&mut current, &mut blocks);
    for block in &mut blocks {
        // Table rows end with the cell separator.
        if let Some(stripped) = block.strip_suffix(" |") {
            *block = stripped.to_owned();
        }
    }
    apply_front_matter(&front_matter, &mut meta);
    assemble(&blocks.join("\n\n"), meta, SourceFormat::Md, Vec::new())
}

/// `title:`, `author:` and `date:` lines of YAML front matter (simple scalars only).
fn apply_front_matter(yaml: &str, meta: &mut DocMeta) {
    for line in yaml.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => meta.title = Some(value.to_owned()),
            "author" | "authors" | "byline" => meta.byline = Some(value.to_owned()),
            "date" | "published" | "publication_date" | "pubdate" => {
                if let Some(d) = normalise_date(value) {
                    meta.published = Some(d);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_is_title_and_markup_goes() {
        let a = read(
            "# Port reopens after *storm*\n\nThe **harbour** in [Gdańsk](https://x.example) reopened.\n\n- Ships queued\n- Cranes idle\n\n```\ncode stays as text\n```\n",
        );
        assert_eq!(a.title.as_deref(), Some("Port reopens after storm"));
        assert_eq!(
            a.text,
            "Port reopens after storm\n\nThe harbour in Gdańsk reopened.\n\nShips queued\n\nCranes idle\n\ncode stays as text"
        );
    }

    #[test]
    fn front_matter_gives_metadata() {
        let a = read(
            "---\ntitle: \"Budget vote delayed\"\nauthor: Ana Ruiz\ndate: 2025-02-11\n---\n\nLawmakers postponed the vote.\n",
        );
        assert_eq!(a.title.as_deref(), Some("Budget vote delayed"));
        assert_eq!(a.byline.as_deref(), Some("By Ana Ruiz"));
        assert_eq!(a.published.as_deref(), Some("2025-02-11"));
        assert!(!a.text.contains("title:"));
    }
}
