//! Reading an exported PDF back in the tests with Rust readers only (lopdf for structure,
//! pdf-extract for the glyphs): the page count, the fonts, and the text laid out in lines the
//! way `pdftotext -layout` prints it, so `cargo test` needs nothing but the Rust toolchain.
//! `.ci/run` checks the same PDF with poppler and qpdf on top.

#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

use std::path::Path;

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

/// Points per character column in [`lines`]: about the advance of a 9 pt character, so
/// columns of text land on separate character columns as they do on paper.
const POINTS_PER_COLUMN: f64 = 4.5;

/// One glyph as pdf-extract draws it: its left edge, baseline (y down), advance and size.
#[derive(Debug, Clone)]
struct Glyph {
    x: f64,
    y: f64,
    end: f64,
    size: f64,
    text: String,
}

/// Collects every page's glyphs.
#[derive(Default)]
struct Collector {
    pages: Vec<Vec<Glyph>>,
    height: f64,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.height = media_box.ury - media_box.lly;
        self.pages.push(Vec::new());
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        // The size is the side of the square with the area of the transformed em box; y is
        // flipped to run down from the top of the page.
        let size = (font_size * (trm.m11 + trm.m21) * font_size * (trm.m12 + trm.m22))
            .abs()
            .sqrt();
        let glyph = Glyph {
            x: trm.m31,
            y: self.height - trm.m32,
            end: trm.m31 + width * size,
            size,
            text: text.to_owned(),
        };
        if let Some(page) = self.pages.last_mut() {
            page.push(glyph);
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

fn glyph_pages(bytes: &[u8]) -> Vec<Vec<Glyph>> {
    let doc = pdf_extract::Document::load_mem(bytes).expect("pdf-extract parses the PDF");
    let mut collector = Collector::default();
    pdf_extract::output_doc(&doc, &mut collector).expect("pdf-extract reads every page");
    collector.pages
}

/// The number of pages.
pub fn page_count(bytes: &[u8]) -> usize {
    lopdf::Document::load_mem(bytes)
        .expect("lopdf parses the PDF")
        .get_pages()
        .len()
}

/// The PDF's text, page after page, each page as lines laid out like `pdftotext -layout`:
/// glyphs sharing a baseline form a line, a space stands for a gap between words, and a
/// wide gap (another column) moves on to the character column under the glyph's position,
/// always leaving at least two spaces.
pub fn lines(bytes: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    for mut glyphs in glyph_pages(bytes) {
        glyphs.retain(|g| !g.text.trim().is_empty());
        let left = glyphs.iter().map(|g| g.x).fold(f64::INFINITY, f64::min);
        glyphs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
        let mut rows: Vec<Vec<Glyph>> = Vec::new();
        for g in glyphs {
            match rows.last_mut() {
                Some(row) if (g.y - row[0].y).abs() < 0.4 * g.size.min(row[0].size) => {
                    row.push(g);
                }
                _ => rows.push(vec![g]),
            }
        }
        for mut row in rows {
            row.sort_by(|a, b| a.x.total_cmp(&b.x));
            out.push(layout_row(&row, left));
        }
    }
    out
}

/// One line of text: each glyph after a wide gap (and the first) starts at the character
/// column under its position from the page's leftmost glyph.
fn layout_row(row: &[Glyph], left: f64) -> String {
    let mut line = String::new();
    let mut width = 0usize;
    let mut last_end: Option<f64> = None;
    for g in row {
        let gap = last_end.map_or(f64::INFINITY, |end| g.x - end);
        if gap > g.size {
            let column = ((g.x - left).max(0.0) / POINTS_PER_COLUMN).round() as usize;
            let least = if last_end.is_some() { 2 } else { 0 };
            let pad = column.saturating_sub(width).max(least);
            line.extend(std::iter::repeat_n(' ', pad));
            width += pad;
        } else if gap > 0.15 * g.size {
            line.push(' ');
            width += 1;
        }
        line.push_str(&g.text);
        width += g.text.chars().count();
        last_end = Some(g.end);
    }
    line.trim_end().to_owned()
}

/// The PDF's words in reading order of [`lines`], separated by single spaces.
pub fn words(bytes: &[u8]) -> String {
    lines(bytes)
        .iter()
        .flat_map(|l| l.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ")
}

/// [`lines`] of a PDF file.
pub fn file_lines(path: &Path) -> Vec<String> {
    lines(&std::fs::read(path).expect("the PDF file is readable"))
}

/// [`words`] of a PDF file.
pub fn file_words(path: &Path) -> String {
    words(&std::fs::read(path).expect("the PDF file is readable"))
}

/// One font the pages use, as `pdffonts` lists it.
#[derive(Debug, Clone)]
pub struct Font {
    /// The base font name, with its subset tag (`ABCDEF+NotoSans-Regular`).
    pub name: String,
    /// The font program is in the file.
    pub embedded: bool,
    /// The name carries a six-capital-letter subset tag.
    pub subset: bool,
    /// A ToUnicode map lets readers copy and search the text.
    pub unicode: bool,
}

/// Every font that a page's resources name.
pub fn fonts(bytes: &[u8]) -> Vec<Font> {
    let doc = lopdf::Document::load_mem(bytes).expect("lopdf parses the PDF");
    let mut out = Vec::new();
    for (_, page) in doc.get_pages() {
        for (_, font) in doc.get_page_fonts(page).unwrap_or_default() {
            let name = font
                .get(b"BaseFont")
                .and_then(lopdf::Object::as_name)
                .map(|n| String::from_utf8_lossy(n).into_owned())
                .unwrap_or_default();
            let subset = name.split_once('+').is_some_and(|(tag, _)| {
                tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase())
            });
            let descriptor = descendant_descriptor(&doc, font);
            let embedded = descriptor.is_some_and(|d| {
                [&b"FontFile"[..], b"FontFile2", b"FontFile3"]
                    .iter()
                    .any(|k| d.has(k))
            });
            out.push(Font {
                name,
                embedded,
                subset,
                unicode: font.has(b"ToUnicode"),
            });
        }
    }
    out
}

/// The font descriptor of a simple font, or of a composite (Type0) font's descendant.
fn descendant_descriptor<'a>(
    doc: &'a lopdf::Document,
    font: &'a lopdf::Dictionary,
) -> Option<&'a lopdf::Dictionary> {
    let deref = |o: &'a lopdf::Object| -> Option<&'a lopdf::Object> {
        match o {
            lopdf::Object::Reference(id) => doc.get_object(*id).ok(),
            other => Some(other),
        }
    };
    if let Ok(d) = font.get(b"FontDescriptor") {
        return deref(d)?.as_dict().ok();
    }
    let kids = deref(font.get(b"DescendantFonts").ok()?)?.as_array().ok()?;
    let kid = deref(kids.first()?)?.as_dict().ok()?;
    deref(kid.get(b"FontDescriptor").ok()?)?.as_dict().ok()
}
