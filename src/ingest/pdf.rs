//! PDF → [`Article`]: the text layer in reading order (columns found by cutting each page
//! along its empty bands), paragraphs rebuilt from indents and spacing, hyphenation at line
//! ends undone, running headers, footers and page numbers dropped; title, author and date
//! from the document information. A scan with no text layer, a password-protected file and
//! a damaged one each get their own message.

use std::collections::{HashMap, HashSet};

use pdf_extract::{Document, MediaBox, Object, OutputDev, OutputError, Transform};

use super::{DocMeta, IngestError, assemble, collapse_ws, normalise_date};
use crate::model::{Article, SourceFormat};

/// Glyphs collected from one page before they are grouped into line fragments.
const MAX_GLYPHS_PER_PAGE: usize = 2_000_000;

/// Fewer visible characters than this in the whole file: treated as a scan.
const MIN_TEXT_CHARS: usize = 20;

/// Read a PDF held in memory.
pub(crate) fn read(bytes: &[u8], label: &str) -> Result<Article, IngestError> {
    let damaged = || IngestError::Damaged {
        format: "PDF",
        path: label.to_owned(),
    };
    let encrypted = || IngestError::Encrypted {
        path: label.to_owned(),
    };
    let mut doc = match Document::load_mem(bytes) {
        Ok(d) => d,
        Err(_) if contains(bytes, b"/Encrypt") => return Err(encrypted()),
        Err(_) => return Err(damaged()),
    };
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(encrypted());
    }
    let mut collector = Collector::default();
    let page_count = doc.get_pages().len().max(1);
    // pdf-extract panics on some unusual fonts and graphics states; the simpler reader in
    // lopdf then still gets the words out, without positions.
    let laid_out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        pdf_extract::output_doc(&doc, &mut collector)
    }));
    match laid_out {
        Ok(Ok(())) => {}
        // Keep what was read before a broken page only if it is most of the document.
        Ok(Err(_)) if collector.pages.len() * 2 > page_count => {
            collector
                .warnings
                .push("Part of this PDF could not be read; the text may be incomplete.".to_owned());
        }
        _ => {
            collector = plain_text_pages(&doc).ok_or_else(damaged)?;
            collector.warnings.push(
                "This PDF's layout could not be read, so columns and paragraphs may be mixed up."
                    .to_owned(),
            );
        }
    }
    if collector.pages.is_empty() {
        return Err(damaged());
    }
    let visible: usize = collector
        .pages
        .iter()
        .flat_map(|p| p.frags.iter())
        .map(|f| f.text.chars().filter(|c| !c.is_whitespace()).count())
        .sum();
    if visible < MIN_TEXT_CHARS {
        return Err(IngestError::NoTextLayer {
            path: label.to_owned(),
        });
    }
    let mut warnings = std::mem::take(&mut collector.warnings);
    let removed = drop_running_lines(&mut collector.pages);
    if removed > 0 {
        warnings.push(format!(
            "Removed {removed} running header, footer or page-number line{}.",
            if removed == 1 { "" } else { "s" }
        ));
    }
    let blocks = reading_order(&collector.pages);
    let body = join_paragraphs(&blocks);
    let mut meta = info_metadata(&doc);
    if meta.title.is_none() {
        meta.title = largest_type_title(&blocks);
    }
    Ok(assemble(&body, meta, SourceFormat::Pdf, warnings))
}

/// Text through lopdf's own extractor, one line after another down each page: no columns,
/// but the words and their order within each text object.
fn plain_text_pages(doc: &Document) -> Option<Collector> {
    let mut collector = Collector::default();
    let mut any = false;
    for number in doc.get_pages().keys() {
        let text = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            doc.extract_text(&[*number])
        }))
        .ok()?
        .unwrap_or_default();
        let frags = text
            .lines()
            .map(collapse_ws)
            .filter(|l| !l.is_empty())
            .enumerate()
            .map(|(i, line)| Frag {
                x0: 0.0,
                x1: line.chars().count() as f64 * 5.0,
                y: 60.0 + i as f64 * 12.0,
                size: 10.0,
                text: line,
            })
            .collect::<Vec<_>>();
        any |= !frags.is_empty();
        collector.pages.push(PageText { height: 0.0, frags });
    }
    any.then_some(collector)
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

// ---------------------------------------------------------------------------------------
// Collecting glyphs

/// A run of glyphs on one baseline with no wide gap: a line, or part of one.
#[derive(Debug, Clone)]
struct Frag {
    x0: f64,
    x1: f64,
    /// Baseline, from the top of the page.
    y: f64,
    size: f64,
    text: String,
}

impl Frag {
    fn top(&self) -> f64 {
        self.y - self.size * 0.8
    }
    fn bottom(&self) -> f64 {
        self.y + self.size * 0.25
    }
}

#[derive(Debug, Default)]
struct PageText {
    height: f64,
    frags: Vec<Frag>,
}

#[derive(Default)]
struct Collector {
    height: f64,
    current: Option<Frag>,
    frags: Vec<Frag>,
    glyphs: usize,
    pages: Vec<PageText>,
    warnings: Vec<String>,
}

impl Collector {
    fn finish_frag(&mut self) {
        if let Some(f) = self.current.take() {
            let text = f.text.trim_end().to_owned();
            if !text.is_empty() {
                self.frags.push(Frag { text, ..f });
            }
        }
    }
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.height = media_box.ury - media_box.lly;
        self.frags.clear();
        self.current = None;
        self.glyphs = 0;
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.finish_frag();
        let frags = merge_fragments(std::mem::take(&mut self.frags));
        self.pages.push(PageText {
            height: self.height,
            frags,
        });
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        ch: &str,
    ) -> Result<(), OutputError> {
        self.glyphs += 1;
        if self.glyphs > MAX_GLYPHS_PER_PAGE {
            return Ok(());
        }
        // The text matrix, flipped so that y runs down from the top of the page; the size is
        // the side of the square with the area of the transformed em box.
        let (vx, vy) = (
            font_size * (trm.m11 + trm.m21),
            font_size * (trm.m12 + trm.m22),
        );
        let size = (vx * vy).abs().sqrt();
        let (x, y) = (trm.m31, self.height - trm.m32);
        if !size.is_finite() || size <= 0.01 || !x.is_finite() || !y.is_finite() {
            return Ok(());
        }
        let end = x + width * size;
        let is_space = ch.chars().all(char::is_whitespace);
        let continues = self.current.as_ref().is_some_and(|f| {
            (f.y - y).abs() < f.size.min(size) * 0.35
                && x > f.x1 - f.size * 0.6
                && x - f.x1 < f.size.max(size) * 1.0
        });
        if !continues {
            self.finish_frag();
            if is_space {
                return Ok(());
            }
            self.current = Some(Frag {
                x0: x,
                x1: end,
                y,
                size,
                text: String::new(),
            });
        }
        if let Some(f) = self.current.as_mut() {
            if is_space {
                if !f.text.ends_with(' ') {
                    f.text.push(' ');
                }
            } else {
                if x - f.x1 > size * 0.15 && !f.text.is_empty() && !f.text.ends_with(' ') {
                    f.text.push(' ');
                }
                f.text.push_str(ch);
            }
            f.x1 = f.x1.max(end);
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

/// Join fragments drawn separately but sitting side by side on one baseline (some writers
/// place every word on its own).
fn merge_fragments(mut frags: Vec<Frag>) -> Vec<Frag> {
    frags.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
    let mut out: Vec<Frag> = Vec::with_capacity(frags.len());
    for f in frags {
        if let Some(last) = out.last_mut()
            && (last.y - f.y).abs() < last.size.min(f.size) * 0.35
            && f.x0 >= last.x1 - last.size * 0.6
            && f.x0 - last.x1 < last.size.max(f.size) * 1.0
        {
            if f.x0 - last.x1 > f.size * 0.15 || last.text.ends_with(' ') {
                last.text.push(' ');
            }
            last.text.push_str(f.text.trim_start());
            last.x1 = last.x1.max(f.x1);
            continue;
        }
        out.push(f);
    }
    out
}

// ---------------------------------------------------------------------------------------
// Running headers, footers and page numbers

/// Share of the page height, at top and bottom, where running lines live.
const MARGIN_BAND: f64 = 0.08;

fn is_page_number(text: &str) -> bool {
    let t = text
        .trim()
        .trim_matches(|c: char| matches!(c, '-' | '–' | '—' | '|' | '·' | ' '))
        .to_lowercase();
    let t = t.strip_prefix("page").unwrap_or(&t).trim();
    let mut parts = t
        .split(|c: char| c == '/' || c.is_whitespace())
        .filter(|p| !p.is_empty() && *p != "of");
    let (Some(a), b, None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let num = |s: &str| !s.is_empty() && s.len() <= 5 && s.chars().all(|c| c.is_ascii_digit());
    let roman = |s: &str| !s.is_empty() && s.len() <= 6 && s.chars().all(|c| "ivxlc".contains(c));
    (num(a) || roman(a)) && b.is_none_or(num)
}

fn running_key(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Drop lines in the top and bottom bands that are page numbers or repeat on several pages.
fn drop_running_lines(pages: &mut [PageText]) -> usize {
    let in_band =
        |f: &Frag, h: f64| h > 0.0 && (f.y < h * MARGIN_BAND || f.y > h * (1.0 - MARGIN_BAND));
    let mut counts: HashMap<String, usize> = HashMap::new();
    for page in pages.iter() {
        let keys: HashSet<String> = page
            .frags
            .iter()
            .filter(|f| in_band(f, page.height))
            .map(|f| running_key(&f.text))
            .collect();
        for k in keys {
            *counts.entry(k).or_default() += 1;
        }
    }
    let n = pages.len();
    let mut removed = 0;
    for page in pages.iter_mut() {
        let h = page.height;
        let before = page.frags.len();
        page.frags.retain(|f| {
            if !in_band(f, h) {
                return true;
            }
            let repeated = n >= 2
                && counts.get(&running_key(&f.text)).copied().unwrap_or(0) * 2
                    >= n.max(2) + usize::from(n > 2);
            !(is_page_number(&f.text) || repeated)
        });
        removed += before - page.frags.len();
    }
    removed
}

// ---------------------------------------------------------------------------------------
// Reading order

/// A column or band of lines read top to bottom; `lines` are fragments sharing a baseline,
/// joined left to right.
#[derive(Debug, Clone)]
struct Block {
    lines: Vec<Frag>,
}

fn reading_order(pages: &[PageText]) -> Vec<Block> {
    let mut blocks = Vec::new();
    for page in pages {
        let idx: Vec<usize> = (0..page.frags.len()).collect();
        xy_cut(&page.frags, idx, 0, &mut blocks);
    }
    blocks
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(10.0)
}

/// Recursive XY-cut: split at the widest empty vertical band (columns, left to right),
/// else at empty horizontal bands taller than a line gap (top to bottom), else emit a block.
fn xy_cut(frags: &[Frag], idx: Vec<usize>, depth: usize, out: &mut Vec<Block>) {
    let get = |i: &usize| frags.get(*i);
    if idx.len() <= 1 || depth > 64 {
        out.push(leaf(frags, &idx));
        return;
    }
    let m = median(idx.iter().filter_map(get).map(|f| f.size).collect());
    // Vertical cut: the widest gap in the x-projection.
    let mut spans: Vec<(f64, f64)> = idx.iter().filter_map(get).map(|f| (f.x0, f.x1)).collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (min_x, max_x) = (
        spans.first().map_or(0.0, |s| s.0),
        spans.iter().map(|s| s.1).fold(f64::MIN, f64::max),
    );
    let mut best: Option<(f64, f64)> = None; // (gap width, cut x)
    let mut reach = f64::MIN;
    for (a, b) in &spans {
        if reach > f64::MIN && *a - reach >= m * 1.0 {
            let cut = (reach + a) / 2.0;
            let sides_wide = cut - min_x >= m * 4.0 && max_x - cut >= m * 4.0;
            if sides_wide && best.is_none_or(|(w, _)| a - reach > w) {
                best = Some((a - reach, cut));
            }
        }
        reach = reach.max(*b);
    }
    if let Some((_, cut)) = best {
        let (left, right): (Vec<usize>, Vec<usize>) = idx
            .iter()
            .partition(|i| get(i).is_some_and(|f| (f.x0 + f.x1) / 2.0 < cut));
        if !left.is_empty() && !right.is_empty() {
            xy_cut(frags, left, depth + 1, out);
            xy_cut(frags, right, depth + 1, out);
            return;
        }
    }
    // Horizontal cuts: every gap in the y-projection taller than a line gap.
    let mut rows: Vec<(f64, f64, usize)> = idx
        .iter()
        .filter_map(|i| get(i).map(|f| (f.top(), f.bottom(), *i)))
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut reach = f64::MIN;
    for (top, bottom, i) in rows {
        let new_group = groups.is_empty() || top - reach >= m * 0.9;
        if new_group {
            groups.push(Vec::new());
        }
        if let Some(g) = groups.last_mut() {
            g.push(i);
        }
        reach = reach.max(bottom);
    }
    if groups.len() > 1 {
        for g in groups {
            xy_cut(frags, g, depth + 1, out);
        }
    } else {
        out.push(leaf(frags, &idx));
    }
}

/// Lines of a block: fragments grouped by baseline, top to bottom, left to right.
fn leaf(frags: &[Frag], idx: &[usize]) -> Block {
    let mut items: Vec<&Frag> = idx.iter().filter_map(|i| frags.get(*i)).collect();
    items.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
    let mut lines: Vec<Frag> = Vec::new();
    for f in items {
        if let Some(last) = lines.last_mut()
            && (last.y - f.y).abs() < last.size.min(f.size) * 0.4
        {
            last.text.push(' ');
            last.text.push_str(&f.text);
            last.x1 = last.x1.max(f.x1);
            last.size = last.size.max(f.size);
            continue;
        }
        lines.push(f.clone());
    }
    Block { lines }
}

// ---------------------------------------------------------------------------------------
// Paragraphs

/// A byline or a bare date is a paragraph of its own, whatever its neighbours look like.
fn stands_alone(text: &str) -> bool {
    let t = text.trim();
    let words = t.split_whitespace().count();
    let byline = t.starts_with("By ") && words <= 10 && !ends_sentence(t);
    let date = words <= 6 && normalise_date(t).is_some() && !t.ends_with('.');
    byline || date
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | ':' | '»' | '…' | ')'))
}

/// Rebuild paragraphs: a new one starts at a change of type size, a gap taller than the
/// usual line pitch, a first-line indent, or after a short line that ends a sentence. A
/// paragraph that runs on from one column or page to the next is joined back.
fn join_paragraphs(blocks: &[Block]) -> String {
    let mut paras: Vec<Vec<String>> = Vec::new();
    let mut last_size = 0.0;
    let mut open = false; // the last paragraph may continue into the next block
    let mut alone_prev = false;
    for block in blocks {
        let left = block.lines.iter().map(|l| l.x0).fold(f64::MAX, f64::min);
        let right = block.lines.iter().map(|l| l.x1).fold(f64::MIN, f64::max);
        let n = block.lines.len();
        let pitches: Vec<f64> = block
            .lines
            .windows(2)
            .filter_map(|w| match w {
                [a, b] => Some(b.y - a.y),
                _ => None,
            })
            .collect();
        let pitch = median(pitches);
        let indented_lines = block
            .lines
            .iter()
            .filter(|l| l.x0 > left + l.size * 0.8)
            .count();
        // When most lines are indented nothing is an indent (centred or ragged text).
        let uses_indents = indented_lines > 0 && indented_lines * 3 < n.max(1);
        let full_lines = block.lines.iter().filter(|l| l.x1 > right - l.size).count();
        let justified = n >= 4 && full_lines * 10 >= n * 6;
        let mut prev: Option<&Frag> = None;
        for (i, line) in block.lines.iter().enumerate() {
            let size_changed = (line.size - last_size).abs() > last_size.max(line.size) * 0.12;
            let indented = uses_indents && line.x0 > left + line.size * 0.8;
            let alone = stands_alone(&line.text);
            let new_para = alone
                || alone_prev
                || match prev {
                    // Block start: continue only a sentence cut off by a column or page end.
                    None => !open || size_changed || indented,
                    Some(p) => {
                        let gap = line.y - p.y;
                        let short_prev = ends_sentence(&p.text)
                            && if justified {
                                p.x1 < right - line.size * 2.0
                            } else {
                                !uses_indents && p.x1 < left + (right - left) * 0.6
                            };
                        size_changed || (n > 2 && gap > pitch * 1.45) || indented || short_prev
                    }
                };
            if new_para || paras.is_empty() {
                paras.push(Vec::new());
            }
            if let Some(p) = paras.last_mut() {
                p.push(line.text.clone());
            }
            last_size = line.size;
            alone_prev = alone;
            prev = Some(line);
            if i + 1 == n {
                open = !alone && !ends_sentence(&line.text);
            }
        }
    }
    let vocabulary = words_inside_lines(&paras);
    paras
        .iter()
        .map(|lines| join_lines(lines, &vocabulary))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Words seen whole (not at a line end) anywhere in the document, lower-cased; they decide
/// whether a hyphen at a line end was a hyphenation or a real hyphen ("night-shift").
fn words_inside_lines(paras: &[Vec<String>]) -> HashSet<String> {
    let mut set = HashSet::new();
    for line in paras.iter().flatten() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let n = words.len();
        for w in words.into_iter().take(n.saturating_sub(1)) {
            set.insert(
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                    .to_lowercase(),
            );
        }
    }
    set
}

fn join_lines(lines: &[String], vocabulary: &HashSet<String>) -> String {
    let mut out = String::new();
    for line in lines {
        let line = collapse_ws(line);
        if line.is_empty() {
            continue;
        }
        if out.is_empty() {
            out = line;
            continue;
        }
        let next_starts_lower = line.chars().next().is_some_and(char::is_lowercase);
        let ends_in_hyphen =
            out.ends_with('-') && out.chars().rev().nth(1).is_some_and(char::is_alphabetic);
        if let Some(stem) = out.strip_suffix('\u{ad}') {
            out = stem.to_owned();
            out.push_str(&line);
            continue;
        }
        if ends_in_hyphen && next_starts_lower {
            let head = out
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .trim_start_matches(|c: char| !c.is_alphanumeric());
            let tail = line
                .split(' ')
                .next()
                .unwrap_or("")
                .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '-');
            let with_hyphen = format!("{head}{tail}").to_lowercase();
            let joined = with_hyphen.replacen('-', "", 1);
            // A real compound seen elsewhere keeps its hyphen; otherwise it was hyphenation.
            let keep = vocabulary.contains(&with_hyphen) && !vocabulary.contains(&joined);
            if !keep {
                out.pop();
            }
            out.push_str(&line);
            continue;
        }
        // "Nygård-" + "Haugen": a hyphen before a capital is part of the name.
        if !ends_in_hyphen {
            out.push(' ');
        }
        out.push_str(&line);
    }
    out
}

/// The first block's text when it is set clearly larger than the body: the headline.
fn largest_type_title(blocks: &[Block]) -> Option<String> {
    let sizes: Vec<f64> = blocks
        .iter()
        .flat_map(|b| b.lines.iter().map(|l| l.size))
        .collect();
    let body = median(sizes);
    let first_big = blocks
        .iter()
        .take(6)
        .flat_map(|b| b.lines.iter())
        .take(12)
        .map(|l| l.size)
        .fold(0.0, f64::max);
    if first_big < body * 1.3 {
        return None;
    }
    let lines: Vec<&str> = blocks
        .iter()
        .take(6)
        .flat_map(|b| b.lines.iter())
        .skip_while(|l| l.size < first_big * 0.95)
        .take_while(|l| l.size >= first_big * 0.95)
        .map(|l| l.text.as_str())
        .collect();
    let title = collapse_ws(&lines.join(" "));
    (!title.is_empty() && title.split_whitespace().count() <= 30).then_some(title)
}

// ---------------------------------------------------------------------------------------
// Document information

/// A PDF text string: UTF-16 with a byte-order mark, UTF-8 with one, or PDFDocEncoding
/// (close enough to Latin-1 for titles and names).
fn pdf_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .filter_map(|c| match c {
                [a, b] => Some(u16::from_be_bytes([*a, *b])),
                _ => None,
            })
            .collect();
        return String::from_utf16_lossy(&units);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8_lossy(rest).into_owned();
    }
    bytes.iter().map(|b| char::from(*b)).collect()
}

fn info_metadata(doc: &Document) -> DocMeta {
    let mut meta = DocMeta::default();
    let Some(info) = doc
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_dict().ok())
    else {
        return meta;
    };
    let text = |key: &[u8]| -> Option<String> {
        let obj = info.get(key).ok()?;
        let (_, obj) = doc.dereference(obj).ok()?;
        match obj {
            Object::String(bytes, _) => Some(collapse_ws(&pdf_string(bytes))),
            _ => None,
        }
        .filter(|s| !s.is_empty())
    };
    meta.title = text(b"Title").filter(|t| !is_placeholder_title(t));
    meta.byline = text(b"Author").filter(|a| {
        let words = a.split_whitespace().count();
        (2..=6).contains(&words) && !a.contains('\\') && !a.contains('@')
    });
    meta.published = text(b"CreationDate").and_then(|d| pdf_date(&d));
    meta.published_is_upper_bound = true;
    meta
}

/// Titles that tools fill in ("Microsoft Word - draft3.docx", "untitled", a file name).
fn is_placeholder_title(t: &str) -> bool {
    let l = t.to_lowercase();
    l.starts_with("microsoft word")
        || l.starts_with("untitled")
        || l == "title"
        || [
            ".doc", ".docx", ".pdf", ".indd", ".txt", ".html", ".odt", ".qxd",
        ]
        .iter()
        .any(|e| l.ends_with(e))
}

/// `D:20250507093000+02'00'` → `2025-05-07`.
fn pdf_date(raw: &str) -> Option<String> {
    let s = raw.trim().strip_prefix("D:").unwrap_or(raw.trim());
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    // A year alone is not a publication date.
    let (y, m, d) = (digits.get(0..4)?, digits.get(4..6)?, digits.get(6..8)?);
    normalise_date(&format!("{y}-{m}-{d}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_are_recognised() {
        for t in [
            "3",
            "- 3 -",
            "Page 3",
            "page 3 of 12",
            "3 / 12",
            "— 14 —",
            "xii",
        ] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["3 killed in crash", "Page three", "2025 budget", "Vote"] {
            assert!(!is_page_number(t), "{t}");
        }
    }

    #[test]
    fn line_end_hyphens() {
        let vocab: HashSet<String> = ["night-shift".to_owned()].into_iter().collect();
        let lines = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            join_lines(&lines(&["the negoti-", "ating table"]), &vocab),
            "the negotiating table"
        );
        assert_eq!(
            join_lines(&lines(&["over night-", "shift rules"]), &vocab),
            "over night-shift rules"
        );
        assert_eq!(
            join_lines(&lines(&["Kari Nygård-", "Haugen said"]), &vocab),
            "Kari Nygård-Haugen said"
        );
    }

    #[test]
    fn pdf_dates() {
        assert_eq!(
            pdf_date("D:20250507093000+02'00'").as_deref(),
            Some("2025-05-07")
        );
        assert_eq!(pdf_date("D:2024"), None);
        assert_eq!(pdf_date("yesterday"), None);
    }
}
