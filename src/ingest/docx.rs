//! Word (`.docx`) → [`Article`]: the paragraphs of `word/document.xml` in order, a Title or
//! Heading-styled paragraph as the title, and title, author and date from
//! `docProps/core.xml`. Every part is unpacked with a size cap, so a zip bomb is refused
//! instead of filling memory.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesRef, BytesStart, Event};

use super::{DocMeta, IngestError, assemble, collapse_ws, normalise_date};
use crate::model::{Article, SourceFormat};

/// The most one part of the document may unpack to: far beyond any article's XML.
pub(crate) const MAX_PART_BYTES: u64 = 200 * 1024 * 1024;

/// Read a `.docx` held in memory.
pub(crate) fn read(bytes: &[u8], label: &str) -> Result<Article, IngestError> {
    let damaged = || IngestError::Damaged {
        format: "Word",
        path: label.to_owned(),
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| damaged())?;
    let document = read_part(&mut archive, "word/document.xml", label)?.ok_or_else(damaged)?;
    let styles = read_part(&mut archive, "word/styles.xml", label)
        .ok()
        .flatten()
        .map(|x| heading_styles(&x))
        .unwrap_or_default();
    let core = read_part(&mut archive, "docProps/core.xml", label)
        .ok()
        .flatten();
    let paragraphs = paragraphs(&document, &styles).ok_or_else(damaged)?;
    let mut meta = core.as_deref().map(core_properties).unwrap_or_default();
    let heading_title = paragraphs
        .iter()
        .find(|p| p.heading)
        .map(|p| p.text.clone());
    if meta.title.is_none() {
        meta.title = heading_title;
    }
    let body: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
    if body.is_empty() {
        return Err(IngestError::NoText {
            format: "Word",
            path: label.to_owned(),
        });
    }
    Ok(assemble(
        &body.join("\n\n"),
        meta,
        SourceFormat::Docx,
        Vec::new(),
    ))
}

/// One part's text, `None` when the archive has no such part.
fn read_part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    label: &str,
) -> Result<Option<String>, IngestError> {
    let bomb = || IngestError::ZipBomb {
        limit_mb: MAX_PART_BYTES / (1024 * 1024),
        path: label.to_owned(),
    };
    let damaged = || IngestError::Damaged {
        format: "Word",
        path: label.to_owned(),
    };
    let file = match archive.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(_) => return Err(damaged()),
    };
    if file.size() > MAX_PART_BYTES {
        return Err(bomb());
    }
    // The declared size can lie; the cap on what is actually inflated cannot.
    let mut out = Vec::new();
    file.take(MAX_PART_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|_| damaged())?;
    if out.len() as u64 > MAX_PART_BYTES {
        return Err(bomb());
    }
    let (text, _, _) = encoding_rs::UTF_8.decode(&out);
    Ok(Some(text.into_owned()))
}

struct Paragraph {
    text: String,
    heading: bool,
}

fn local(name: &[u8]) -> &[u8] {
    name.rsplit(|c| *c == b':').next().unwrap_or(name)
}

fn attr(e: &BytesStart<'_>, wanted: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (local(a.key.as_ref()) == wanted).then(|| String::from_utf8_lossy(&a.value).into_owned())
    })
}

fn entity(r: &BytesRef<'_>) -> Option<String> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c.to_string());
    }
    let name = r.decode().ok()?;
    Some(
        match name.as_ref() {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            _ => return None,
        }
        .to_owned(),
    )
}

/// A WordprocessingML element name (`w:p` → `p`); other vocabularies embedded in the
/// document (DrawingML `a:p`, `a:t`) are not the article's text.
fn word_name(name: &[u8]) -> &[u8] {
    match name.strip_prefix(b"w:") {
        Some(rest) => rest,
        None if !name.contains(&b':') => name,
        None => match name {
            b"mc:Fallback" => b"Fallback",
            _ => b"",
        },
    }
}

/// Paragraphs of `document.xml` in reading order; `None` when the XML is broken. A text
/// box's paragraphs (nested inside another paragraph) come out before the paragraph that
/// anchors them, and the legacy copy Word keeps of each text box is skipped.
fn paragraphs(xml: &str, heading_styles: &HashMap<String, bool>) -> Option<Vec<Paragraph>> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    // Open paragraphs, innermost last: (text, heading).
    let mut open: Vec<(String, bool)> = Vec::new();
    let mut in_t = false;
    // Deleted text, field codes and fallback copies are not what the reader sees.
    let mut hidden_depth = 0usize;
    let push_text = |open: &mut Vec<(String, bool)>, s: &str| {
        if let Some((t, _)) = open.last_mut() {
            t.push_str(s);
        }
    };
    let set_heading = |open: &mut Vec<(String, bool)>, h: bool| {
        if let Some((_, heading)) = open.last_mut() {
            *heading = h;
        }
    };
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) => match word_name(e.name().as_ref()) {
                b"p" => open.push((String::new(), false)),
                b"t" => in_t = true,
                b"del" | b"instrText" | b"delText" | b"Fallback" => hidden_depth += 1,
                b"pStyle" => set_heading(&mut open, is_heading_style(&e, heading_styles)),
                b"outlineLvl" => set_heading(&mut open, true),
                _ => {}
            },
            Event::Empty(e) => match word_name(e.name().as_ref()) {
                b"tab" if hidden_depth == 0 => push_text(&mut open, " "),
                b"br" | b"cr"
                    if hidden_depth == 0
                        && attr(&e, b"type").is_none_or(|t| t == "textWrapping") =>
                {
                    push_text(&mut open, " ");
                }
                b"pStyle" => set_heading(&mut open, is_heading_style(&e, heading_styles)),
                b"outlineLvl" => set_heading(&mut open, true),
                _ => {}
            },
            Event::End(e) => match word_name(e.name().as_ref()) {
                b"p" => {
                    if let Some((text, heading)) = open.pop() {
                        let t = collapse_ws(&text);
                        if !t.is_empty() && hidden_depth == 0 {
                            out.push(Paragraph { text: t, heading });
                        }
                    }
                }
                b"t" => in_t = false,
                b"del" | b"instrText" | b"delText" | b"Fallback" => {
                    hidden_depth = hidden_depth.saturating_sub(1);
                }
                _ => {}
            },
            Event::Text(t) if in_t && hidden_depth == 0 => push_text(&mut open, &t.decode().ok()?),
            Event::GeneralRef(r) if in_t && hidden_depth == 0 => {
                if let Some(s) = entity(&r) {
                    push_text(&mut open, &s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Some(out)
}

fn is_heading_style(e: &BytesStart<'_>, styles: &HashMap<String, bool>) -> bool {
    attr(e, b"val").is_some_and(|id| {
        styles.get(&id).copied().unwrap_or_else(|| {
            let l = id.to_ascii_lowercase();
            l == "title" || l.starts_with("heading")
        })
    })
}

/// Style id → whether it is a title or heading style (by its name or outline level, so
/// localised style ids such as "berschrift1" are recognised too).
fn heading_styles(xml: &str) -> HashMap<String, bool> {
    let mut reader = Reader::from_str(xml);
    let mut map = HashMap::new();
    let mut current: Option<String> = None;
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) | Event::Empty(e) => match local(e.name().as_ref()) {
                b"style" => current = attr(&e, b"styleId"),
                b"name" => {
                    if let (Some(id), Some(name)) = (&current, attr(&e, b"val")) {
                        let n = name.to_ascii_lowercase();
                        let is = n == "title" || n.starts_with("heading");
                        let entry = map.entry(id.clone()).or_insert(false);
                        *entry |= is;
                    }
                }
                b"outlineLvl" => {
                    if let Some(id) = &current {
                        map.insert(id.clone(), true);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    map
}

/// `dc:title`, `dc:creator` (when it reads like a person's name) and `dcterms:created`.
fn core_properties(xml: &str) -> DocMeta {
    let mut reader = Reader::from_str(xml);
    let mut meta = DocMeta::default();
    let mut field: Option<Vec<u8>> = None;
    let mut value = String::new();
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) => {
                field = Some(local(e.name().as_ref()).to_vec());
                value.clear();
            }
            Event::Text(t) => {
                if let Ok(s) = t.decode() {
                    value.push_str(&s);
                }
            }
            Event::GeneralRef(r) => {
                if let Some(s) = entity(&r) {
                    value.push_str(&s);
                }
            }
            Event::End(_) => {
                let v = collapse_ws(&value);
                match field.as_deref() {
                    Some(b"title") if !v.is_empty() => meta.title = Some(v),
                    Some(b"creator") if looks_like_person(&v) => meta.byline = Some(v),
                    Some(b"created") => {
                        meta.published = normalise_date(&v);
                        meta.published_is_upper_bound = true;
                    }
                    _ => {}
                }
                field = None;
                value.clear();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    meta
}

/// Word fills `dc:creator` with account names ("admin", "Microsoft Office User"); only a
/// capitalised two-to-four-word name is taken as the byline.
fn looks_like_person(name: &str) -> bool {
    let lower = name.to_lowercase();
    let generic = [
        "user", "admin", "office", "windows", "author", "unknown", "owner", "python",
    ];
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !generic.iter().any(|g| lower.contains(g))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_join_and_deleted_text_is_skipped() {
        let xml = r#"<w:document xmlns:w="x"><w:body>
            <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Bridge reopens</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">Crews in </w:t></w:r><w:r><w:t>Kraków &amp; Łódź</w:t></w:r>
            <w:del><w:r><w:delText>not this</w:delText></w:r></w:del><w:r><w:t> finished.</w:t></w:r></w:p>
        </w:body></w:document>"#;
        let ps = paragraphs(xml, &HashMap::new()).unwrap();
        assert_eq!(ps.len(), 2);
        assert!(ps.first().unwrap().heading);
        assert_eq!(ps.get(1).unwrap().text, "Crews in Kraków & Łódź finished.");
    }

    #[test]
    fn text_boxes_are_read_once_and_keep_the_outer_paragraph() {
        let xml = r#"<w:document xmlns:w="x" xmlns:mc="m" xmlns:a="d"><w:body>
            <w:p><w:r><w:t xml:space="preserve">Before the box. </w:t></w:r>
              <mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>Boxed quote.</w:t></w:r></w:p></w:txbxContent></mc:Choice>
              <mc:Fallback><w:txbxContent><w:p><w:r><w:t>Boxed quote.</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent>
              <a:p><a:t>chart label</a:t></a:p>
              <w:r><w:t>After the box.</w:t></w:r></w:p>
        </w:body></w:document>"#;
        let texts: Vec<String> = paragraphs(xml, &HashMap::new())
            .unwrap()
            .into_iter()
            .map(|p| p.text)
            .collect();
        assert_eq!(texts, ["Boxed quote.", "Before the box. After the box."]);
    }

    #[test]
    fn account_names_are_not_bylines() {
        assert!(looks_like_person("Amélie Durand"));
        assert!(!looks_like_person("Microsoft Office User"));
        assert!(!looks_like_person("jdoe"));
    }
}
