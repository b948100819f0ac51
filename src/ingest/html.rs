//! HTML → [`Article`]: the page's main text (rs-trafilatura's, less what briefcard's own
//! page analysis knows to be furniture, calls to action and metadata lines), its title,
//! byline and publication date (JSON-LD, `<meta>`, `<time>`, the page's URL, a printed date
//! line), and saved "web page, complete" folders. Nothing is fetched and no script runs: the
//! page is parsed as data.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use dom_query::{Document, NodeRef};
use regex::Regex;

use super::main_text::Prose;
use super::text::{Decoded, decode};
use super::{DocMeta, IngestError, assemble, collapse_ws, normalise_date};
use crate::model::{Article, SourceFormat};

/// Deeper element nesting than this is refused: no real page comes near it, and parsers
/// recurse over the tree.
pub(crate) const MAX_DEPTH: usize = 2_000;

/// Above this size the main-text finder is skipped (it scores every node and would take
/// minutes); the page's text is taken whole, without its scripts, styles and navigation.
const MAIN_TEXT_MAX_BYTES: usize = 8 * 1024 * 1024;

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "embed",
    "canvas", "button", "select", "input", "textarea", "video", "audio", "map",
];

/// Additionally skipped when the whole page is taken as text (no main-text finder).
const SKIP_PAGE_FURNITURE: &[&str] = &["nav", "footer", "aside", "form", "header", "menu"];

/// Decode an HTML file: byte-order mark, then UTF-8, then the page's own `charset`
/// declaration, then detection (reported as a guess).
pub(crate) fn decode_html(bytes: &[u8]) -> Option<Decoded> {
    if encoding_rs::Encoding::for_bom(bytes).is_none()
        && std::str::from_utf8(bytes).is_err()
        && let Some(enc) = declared_charset(bytes)
    {
        let (cow, _) = enc.decode_without_bom_handling(bytes);
        return Some(Decoded {
            text: super::text::to_nfc(super::text::unify_newlines(cow.into_owned())),
            warning: None,
        });
    }
    decode(bytes)
}

#[allow(clippy::expect_used)] // constant pattern
static CHARSET: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new(
        r#"(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})"#,
    )
    .expect("charset pattern")
});

fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes.get(..4096).unwrap_or(bytes);
    let caps = CHARSET.captures(head)?;
    let enc = encoding_rs::Encoding::for_label(caps.get(1)?.as_bytes())?;
    // A page that declares UTF-8 but is not valid UTF-8 is better served by detection.
    (enc != encoding_rs::UTF_8).then_some(enc)
}

/// The page a folder stands for: `Page_files/` saved next to `Page.html`, or the only web
/// page in the folder.
pub(crate) fn page_in_folder(dir: &Path) -> Option<PathBuf> {
    let name = dir.file_name()?.to_str()?;
    if let Some(stem) = name
        .strip_suffix("_files")
        .or_else(|| name.strip_suffix(" files"))
    {
        let parent = dir.parent()?;
        for ext in ["html", "htm", "xhtml", "shtml"] {
            let candidate = parent.join(format!("{stem}.{ext}"));
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    let pages: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "html" | "htm"))
        })
        .take(2)
        .collect();
    match pages.as_slice() {
        [only] => Some(only.clone()),
        _ => None,
    }
}

/// The deepest element nesting in the markup, counted on the raw tags (elements that HTML
/// closes implicitly do not count), stopping early past `limit`.
fn nesting_depth(html: &str, limit: usize) -> usize {
    const IMPLIED: &[&str] = &[
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
        "colgroup", "rb", "rt", "rp", "html", "head", "body",
    ];
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "param", "keygen", "!doctype",
    ];
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut max = 0usize;
    let mut i = 0usize;
    while let Some(rel) = bytes.get(i..).and_then(memchr_lt) {
        let start = i + rel + 1;
        let closing = bytes.get(start) == Some(&b'/');
        let name_start = if closing { start + 1 } else { start };
        let name_len = bytes.get(name_start..).map_or(0, |b| {
            b.iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'!')
                .count()
        });
        let name = html.get(name_start..name_start + name_len).unwrap_or("");
        let tag_end = bytes
            .get(start..)
            .and_then(|b| b.iter().position(|c| *c == b'>'))
            .map_or(bytes.len(), |p| start + p);
        let self_closing = tag_end > 0 && bytes.get(tag_end - 1) == Some(&b'/');
        let listed = |list: &[&str]| list.iter().any(|t| t.eq_ignore_ascii_case(name));
        if !name.is_empty() && !name.starts_with('!') {
            if closing {
                if !listed(IMPLIED) {
                    depth = depth.saturating_sub(1);
                }
            } else if !self_closing && !listed(VOID) && !listed(IMPLIED) {
                depth += 1;
                max = max.max(depth);
                if max > limit {
                    return max;
                }
            }
        }
        // Script and style bodies are not markup. (Searched in place: lower-casing the rest
        // of the page at every script made a page with many scripts quadratic.)
        let skip_to = if !closing
            && (name.eq_ignore_ascii_case("script") || name.eq_ignore_ascii_case("style"))
        {
            let close = format!("</{}", name.to_ascii_lowercase());
            find_ci_from(bytes, tag_end, close.as_bytes()).unwrap_or(bytes.len())
        } else {
            tag_end
        };
        i = skip_to.max(start);
    }
    max
}

fn memchr_lt(b: &[u8]) -> Option<usize> {
    b.iter().position(|c| *c == b'<')
}

/// Read a whole saved page: main text plus metadata.
pub(crate) fn read(html: &str, label: &str) -> Result<Article, IngestError> {
    let unwrapped = unwrap_templates(html);
    let html = unwrapped.as_ref();
    if nesting_depth(html, MAX_DEPTH) > MAX_DEPTH {
        return Err(IngestError::TooDeep {
            limit: MAX_DEPTH,
            path: label.to_owned(),
        });
    }
    let doc = Document::from(html);
    let (mut meta, declared_article) = page_metadata(&doc, html);
    let mut warnings = Vec::new();
    let main = if html.len() <= MAIN_TEXT_MAX_BYTES {
        let forced = forced_extractor();
        let analysis =
            super::main_text::analyse(&doc, meta.title.as_deref(), meta.byline.as_deref());
        let own = analysis.main.map(|found| {
            if meta.byline.is_none() {
                meta.byline = found.byline;
            }
            found.text
        });
        let other = if forced.as_deref() == Some("own") {
            None
        } else {
            main_text(html, declared_article)
        };
        match forced.as_deref() {
            Some("trafilatura") => other,
            Some("own") => own.or(other),
            _ => combine(other, own, &analysis.furniture_only, &analysis.prose)
                .map(|t| {
                    let (text, header_date) = polish(&t, meta.byline.as_deref());
                    meta.header_date = header_date;
                    text
                })
                .filter(|t| !t.trim().is_empty()),
        }
    } else {
        warnings.push(
            "The page is very large, so all of its text was kept (navigation and scripts removed)."
                .to_owned(),
        );
        None
    };
    let body = match main {
        Some(text) => text,
        None => blocks_text(&super::main_text::body_or_root(&doc), true),
    };
    if body.trim().is_empty() && meta.title.is_none() {
        return Err(IngestError::NoText {
            format: "web page",
            path: label.to_owned(),
        });
    }
    Ok(assemble(&body, meta, SourceFormat::Html, warnings))
}

/// The two finders' results made one: rs-trafilatura's text (it keeps more of the story),
/// less every paragraph that on this page occurs only inside furniture; briefcard's own
/// finder when rs-trafilatura found nothing.
fn combine(
    other: Option<String>,
    own: Option<String>,
    furniture_only: &HashSet<String>,
    prose: &[Prose],
) -> Option<String> {
    let Some(other) = other else {
        return own;
    };
    // rs-trafilatura drops a dateline set in its own span ("KOBE – " before the first
    // sentence); the own finder's copy of an opening paragraph that only adds a short
    // prefix is the whole paragraph.
    let own_top: Vec<&str> = own
        .as_deref()
        .map(|t| t.split("\n\n").take(6).collect())
        .unwrap_or_default();
    let blocks: Vec<&str> = other
        .split("\n\n")
        .enumerate()
        .map(|(i, b)| {
            if i >= 4 || b.len() < 40 {
                return b;
            }
            own_top
                .iter()
                .copied()
                .find(|o| o.len() > b.len() && o.len() <= b.len() + 40 && o.ends_with(b))
                .unwrap_or(b)
        })
        .collect();
    let blocks = with_split_parts(blocks, prose);
    let kept: Vec<&str> = blocks
        .iter()
        .copied()
        .filter(|b| !furniture_only.contains(*b))
        .collect();
    // Pruning most of the text means the article itself sits in a furniture-named box.
    let chars = |v: &[&str]| v.iter().map(|b| b.len()).sum::<usize>();
    if chars(&kept) * 10 < chars(&blocks) * 6 {
        return Some(blocks.join("\n\n"));
    }
    Some(kept.join("\n\n"))
}

/// An article that a content system splits into sibling boxes of one kind, with an
/// advertisement between each (`<div class="article-text">` … ad … `<div
/// class="article-text">`), loses every box but one in rs-trafilatura: the prose of the
/// other boxes of the same kind is put back, in reading order. A paragraph rs-trafilatura
/// left out of a box it did take stays out; a box of a kind it took nothing from, or one
/// too small to be a stretch of the story, is not the story's.
fn with_split_parts<'a>(blocks: Vec<&'a str>, prose: &'a [Prose]) -> Vec<&'a str> {
    let at: HashMap<&str, usize> = prose
        .iter()
        .enumerate()
        .map(|(i, p)| (p.text.as_str(), i))
        .collect();
    let taken: Vec<Option<usize>> = blocks.iter().map(|b| at.get(b).copied()).collect();
    // The boxes rs-trafilatura took from, and their kinds.
    let mut taken_boxes: HashSet<dom_query::NodeId> = HashSet::new();
    let mut kinds: HashSet<&str> = HashSet::new();
    for p in taken.iter().flatten().filter_map(|&i| prose.get(i)) {
        taken_boxes.insert(p.box_id);
        kinds.insert(p.box_kind.as_str());
    }
    let in_text: HashSet<&str> = blocks.iter().copied().collect();
    let part_of_story = |p: &Prose| {
        kinds.contains(p.box_kind.as_str())
            && !taken_boxes.contains(&p.box_id)
            && !in_text.contains(p.text.as_str())
    };
    // A part of the story is a stretch of it: two paragraphs and 50 words at least. A box
    // of the same kind holding one paragraph is an author's note, a disclosure or a
    // teaser for another post.
    let mut size: HashMap<dom_query::NodeId, (usize, usize)> = HashMap::new();
    for p in prose.iter().filter(|p| part_of_story(p)) {
        let e = size.entry(p.box_id).or_default();
        e.0 += 1;
        e.1 += p.text.split_whitespace().count();
    }
    let mut missing = prose
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            part_of_story(p)
                && size
                    .get(&p.box_id)
                    .is_some_and(|&(paragraphs, words)| paragraphs >= 2 && words >= 50)
        })
        .peekable();
    if missing.peek().is_none() {
        return blocks;
    }
    let mut out = Vec::with_capacity(blocks.len());
    for (b, pos) in blocks.into_iter().zip(taken) {
        if let Some(pos) = pos {
            while let Some((_, p)) = missing.next_if(|(i, _)| *i < pos) {
                out.push(p.text.as_str());
            }
        }
        out.push(b);
    }
    out.extend(missing.map(|(_, p)| p.text.as_str()));
    out
}

/// The page-furniture phrase list (`assets/web/page-furniture.tsv`).
#[derive(Default)]
struct FurniturePhrases {
    starts: Vec<&'static str>,
    contains: Vec<&'static str>,
    /// Call-to-action verbs and channels, each as " word " for whole-word search.
    cta_verbs: Vec<String>,
    cta_channels: Vec<String>,
}

static FURNITURE_PHRASES: LazyLock<FurniturePhrases> = LazyLock::new(|| {
    let mut f = FurniturePhrases::default();
    for line in include_str!("../../assets/web/page-furniture.tsv").lines() {
        match line.split_once('\t') {
            Some(("starts", p)) => f.starts.push(p),
            Some(("contains", p)) => f.contains.push(p),
            Some(("cta-verb", p)) => f.cta_verbs.push(format!(" {p} ")),
            Some(("cta-channel", p)) => f.cta_channels.push(format!(" {p} ")),
            _ => {}
        }
    }
    f
});

/// A paragraph that is a page label or a call to action ("Filed under …", "Follow us on
/// Instagram", "Download our app"), by the phrase list; long paragraphs are always story
/// text.
fn is_furniture_paragraph(p: &str) -> bool {
    let words = p.split_whitespace().count();
    if words > 40 {
        return false;
    }
    let lower = p.to_lowercase();
    let f = &*FURNITURE_PHRASES;
    if (words <= 15 && f.starts.iter().any(|s| lower.starts_with(s)))
        || f.contains.iter().any(|c| lower.contains(c))
    {
        return true;
    }
    // Whole words: "download the app" is a call to action, "downloads" and "happy" are not.
    let mut spaced = String::with_capacity(lower.len() + 2);
    spaced.push(' ');
    for w in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        spaced.push_str(w);
        spaced.push(' ');
    }
    f.cta_verbs.iter().any(|v| spaced.contains(v.as_str()))
        && f.cta_channels.iter().any(|c| spaced.contains(c.as_str()))
}

/// Drop what is not story text from a found main text: furniture paragraphs (see
/// [`is_furniture_paragraph`]); short metadata lines ("By Ana Ruiz · 2025-03-01", "Print
/// | E-mail", a bare date) and the author's name on its own line. Also gives the date of
/// the first date line taken off the top: the date the page prints for the article.
fn polish(text: &str, author: Option<&str>) -> (String, Option<String>) {
    let author = author
        .map(|a| a.trim_start_matches("By ").to_lowercase())
        .filter(|a| a.chars().count() >= 4);
    let mut header_date = None;
    let mut words_before = 0usize;
    let kept = text
        .split("\n\n")
        .filter(|p| {
            let words = p.split_whitespace().count();
            let date = (words <= 16 && !ends_sentence(p))
                .then(|| normalise_date(p))
                .flatten();
            let meta_line = words <= 16
                && !ends_sentence(p)
                && (p.contains(" | ")
                    || p.contains(" · ")
                    || date.is_some()
                    || author
                        .as_deref()
                        .is_some_and(|a| p.to_lowercase().contains(a)));
            // The article's own date line sits at the top; an "Updated …" line is not
            // the publication date.
            let top = words_before < 150;
            words_before += words;
            if top && header_date.is_none() && date.is_some() {
                header_date = published_in_line(p);
            }
            !(meta_line || is_furniture_paragraph(p))
        })
        .collect::<Vec<_>>()
        .join("\n\n");
    (kept, header_date)
}

fn ends_sentence(t: &str) -> bool {
    t.trim_end()
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | '…' | ')' | ':'))
}

/// A developer switch for side-by-side measurement (not user-facing): the environment
/// variable `BRIEFCARD_DEV_HTML_MAIN=trafilatura` makes the reader use rs-trafilatura alone.
fn forced_extractor() -> Option<String> {
    std::env::var("BRIEFCARD_DEV_HTML_MAIN").ok()
}

#[allow(clippy::expect_used)] // constant pattern
static TEMPLATE_SCRIPT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?is)<script\s+type\s*=\s*["']text/template["']\s*>(.*?)</script\s*>"#)
        .expect("template pattern")
});

/// Some blog platforms ship the post body as markup inside `<script type="text/template">`
/// for a script to insert; a template holding paragraphs is put in the page as markup.
fn unwrap_templates(html: &str) -> std::borrow::Cow<'_, str> {
    if !html.contains("text/template") {
        return std::borrow::Cow::Borrowed(html);
    }
    TEMPLATE_SCRIPT.replace_all(html, |caps: &regex::Captures<'_>| {
        let inner = caps.get(1).map_or("", |m| m.as_str());
        if inner.contains("<p") {
            inner.to_owned()
        } else {
            caps.get(0).map_or("", |m| m.as_str()).to_owned()
        }
    })
}

/// Read an HTML fragment from the clipboard: all of its text, paragraphs kept.
pub(crate) fn read_fragment(html: &str, label: &str) -> Result<Article, IngestError> {
    if nesting_depth(html, MAX_DEPTH) > MAX_DEPTH {
        return Err(IngestError::TooDeep {
            limit: MAX_DEPTH,
            path: label.to_owned(),
        });
    }
    let doc = Document::from(html);
    let root = doc
        .select("body")
        .nodes()
        .first()
        .cloned()
        .unwrap_or_else(|| doc.root());
    let body = blocks_text(&root, false);
    Ok(assemble(
        &body,
        DocMeta::default(),
        SourceFormat::Paste,
        Vec::new(),
    ))
}

/// The main text found by `rs-trafilatura`, as paragraphs; `None` when it found none.
/// `declared_article`: the page says in its metadata that it is an article, so the
/// crate's own page-type classifier (a quarter of its time) need not run.
/// The crate reads the page without its scripts, style sheets and comments (see
/// [`without_inert_markup`]): it parses, copies and walks the page several times, and on
/// saved news pages those are most of the bytes.
fn main_text(html: &str, declared_article: bool) -> Option<String> {
    let options = rs_trafilatura::Options {
        max_extracted_len: usize::MAX,
        max_tree_depth: MAX_DEPTH,
        page_type: declared_article.then_some(rs_trafilatura::page_type::PageType::Article),
        ..rs_trafilatura::Options::default()
    };
    let lean = without_inert_markup(html);
    let result = rs_trafilatura::extract_with_options(&lean, &options).ok()?;
    let from_html = result.content_html.as_deref().map(|h| {
        let doc = Document::from(h);
        blocks_text(&doc.root(), false)
    });
    let text = match from_html {
        Some(t) if !t.trim().is_empty() => t,
        _ => result
            .content_text
            .lines()
            .map(collapse_ws)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n"),
    };
    (!text.trim().is_empty()).then_some(text)
}

/// The page without what no text extractor reads: comments, scripts (but JSON-LD, which
/// carries the article's metadata and sometimes its body), style sheets and inline SVG
/// drawings. One linear scan; an element left open runs to the end of the page, as a
/// browser reads it.
fn without_inert_markup(html: &str) -> String {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let mut copied = 0usize;
    let mut i = 0usize;
    while let Some(rel) = bytes.get(i..).and_then(memchr_lt) {
        let at = i + rel;
        let rest = bytes.get(at..).unwrap_or_default();
        let skip_to = if rest.starts_with(b"<!--") {
            Some(find_from(bytes, at + 4, b"-->").map_or(bytes.len(), |e| e + 3))
        } else if let Some(name) = ["script", "style", "svg"]
            .into_iter()
            .find(|n| opens_element(rest, n))
        {
            let open_end = find_from(bytes, at, b">").map_or(bytes.len(), |e| e + 1);
            let open_tag = html.get(at..open_end).unwrap_or_default();
            if name == "script" && open_tag.to_ascii_lowercase().contains("ld+json") {
                None
            } else {
                let close = format!("</{name}");
                Some(
                    find_ci_from(bytes, open_end, close.as_bytes()).map_or(bytes.len(), |e| {
                        find_from(bytes, e, b">").map_or(bytes.len(), |g| g + 1)
                    }),
                )
            }
        } else {
            None
        };
        match skip_to {
            Some(end) => {
                out.push_str(html.get(copied..at).unwrap_or_default());
                copied = end;
                i = end;
            }
            None => i = at + 1,
        }
    }
    out.push_str(html.get(copied..).unwrap_or_default());
    out
}

/// `rest` starts with the opening tag `<name` (any case), followed by a space, `>` or `/`.
fn opens_element(rest: &[u8], name: &str) -> bool {
    let n = name.len();
    rest.get(1..=n)
        .is_some_and(|t| t.eq_ignore_ascii_case(name.as_bytes()))
        && rest
            .get(n + 1)
            .is_some_and(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/')
}

/// Where `needle` first occurs in `hay` at or after `from`.
fn find_from(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    find_by(hay, from, needle, false)
}

/// As [`find_from`], ASCII letters in any case.
fn find_ci_from(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    find_by(hay, from, needle, true)
}

/// Scan for the needle's first byte (a fast loop), then compare the rest there.
fn find_by(hay: &[u8], from: usize, needle: &[u8], any_case: bool) -> Option<usize> {
    let first = *needle.first()?;
    let mut i = from;
    loop {
        let at = i + hay
            .get(i..)?
            .iter()
            .position(|b| *b == first || (any_case && b.eq_ignore_ascii_case(&first)))?;
        let there = hay.get(at..at + needle.len())?;
        if there == needle || (any_case && there.eq_ignore_ascii_case(needle)) {
            return Some(at);
        }
        i = at + 1;
    }
}

/// The text under `root` as paragraphs separated by blank lines; without a main-text
/// finder (`drop_furniture`), navigation, headers, footers, asides and forms are left out.
pub(super) fn blocks_text(root: &NodeRef<'_>, drop_furniture: bool) -> String {
    let mut blocks: Vec<String> = Vec::new();
    let mut current = String::new();
    // Explicit stack: (node, entering). Deep trees must not recurse.
    let mut stack: Vec<(NodeRef<'_>, bool)> = vec![(*root, true)];
    let mut pre_depth = 0usize;
    while let Some((node, entering)) = stack.pop() {
        if node.is_text() {
            let t = node.text();
            if pre_depth > 0 {
                current.push_str(&t);
            } else {
                push_collapsed(&mut current, &t);
            }
            continue;
        }
        let name = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        if node.is_element() && (SKIP.contains(&name.as_str()) || is_hidden(&node)) {
            continue;
        }
        if drop_furniture && SKIP_PAGE_FURNITURE.contains(&name.as_str()) {
            continue;
        }
        let is_block = super::main_text::BLOCKS.contains(&name.as_str());
        if entering {
            if is_block {
                end_block(&mut current, &mut blocks, pre_depth > 0);
            }
            if name == "pre" {
                pre_depth += 1;
            }
            if name == "td" || name == "th" {
                current.push(' ');
            }
            stack.push((node, false));
            let children: Vec<NodeRef<'_>> = node.children_it(true).collect();
            stack.extend(children.into_iter().map(|c| (c, true)));
        } else {
            if name == "pre" {
                end_block(&mut current, &mut blocks, true);
                pre_depth = pre_depth.saturating_sub(1);
            } else if is_block {
                end_block(&mut current, &mut blocks, pre_depth > 0);
            }
        }
    }
    end_block(&mut current, &mut blocks, false);
    blocks.join("\n\n")
}

fn push_collapsed(current: &mut String, text: &str) {
    let mut last_space = current.is_empty() || current.ends_with(' ');
    for c in text.chars() {
        if c.is_whitespace() {
            if !last_space {
                current.push(' ');
                last_space = true;
            }
        } else {
            current.push(c);
            last_space = false;
        }
    }
}

fn end_block(current: &mut String, blocks: &mut Vec<String>, keep_lines: bool) {
    if keep_lines {
        for line in current.lines() {
            let l = collapse_ws(line);
            if !l.is_empty() {
                blocks.push(l);
            }
        }
    } else {
        let t = current.trim();
        if !t.is_empty() {
            blocks.push(t.to_owned());
        }
    }
    current.clear();
}

fn is_hidden(node: &NodeRef<'_>) -> bool {
    node.has_attr("hidden")
        || node
            .attr("aria-hidden")
            .is_some_and(|v| v.as_ref() == "true")
        || node.attr("style").is_some_and(|s| {
            let s = s.to_ascii_lowercase().replace(' ', "");
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

// ---------------------------------------------------------------------------------------
// Metadata

/// Title, byline and publication date from JSON-LD, `<meta>`, `<time>` and the URL; and
/// whether the page declares itself an article (a JSON-LD article object).
fn page_metadata(doc: &Document, html: &str) -> (DocMeta, bool) {
    let ld = json_ld(doc);
    // The page's `<meta>` elements, gathered in one walk: a selector `meta[name='x']` is
    // looked up among them rather than by walking the whole page again (dozens of names
    // are tried).
    // Sites mix up which attribute carries the name (`name="article:published_time"`,
    // `property="pubdate"`) and how it is capitalised (`DC.Date`, `PubDate`): a `name` or
    // `property` is matched in either, in any case. An `itemprop` stays itself: microdata
    // also describes what the article cites (a reference's `author`).
    let metas = doc.select("meta").nodes().to_vec();
    let select = |sel: &str| -> Vec<NodeRef<'_>> {
        match meta_selector(sel) {
            Some((attr, value)) => metas
                .iter()
                .filter(|n| {
                    let attrs: &[&str] = if attr == "itemprop" {
                        &["itemprop"]
                    } else {
                        &["name", "property"]
                    };
                    attrs.iter().any(|a| {
                        n.attr(a)
                            .is_some_and(|v| v.trim().eq_ignore_ascii_case(value))
                    })
                })
                .copied()
                .collect(),
            None => doc.select(sel).nodes().to_vec(),
        }
    };
    let meta_content = |selectors: &[&str]| -> Option<String> {
        selectors.iter().find_map(|sel| {
            select(sel).iter().find_map(|n| {
                let v = n.attr("content").or_else(|| n.attr("datetime"))?;
                let v = collapse_ws(&v);
                (!v.is_empty()).then_some(v)
            })
        })
    };
    let site_name = meta_content(&[
        "meta[property='og:site_name']",
        "meta[name='application-name']",
    ]);
    let meta_title = ld
        .headline
        .clone()
        .or_else(|| meta_content(&["meta[property='og:title']", "meta[name='twitter:title']"]))
        .map(|t| strip_site_suffix(&decode_entities(&t), site_name.as_deref()));
    let h1 = first_text(doc, "article h1, main h1, h1");
    let title = match (meta_title, h1) {
        // The headline the reader sees, when it says what the metadata says (the
        // metadata's is often cut short, keeps a site name or is the search-engine
        // wording); an `<h1>` holding the site's name or a section label does not.
        (Some(m), Some(h)) if headline_restates(&m, &h) => Some(h),
        (Some(m), _) => Some(m),
        (None, h) => h
            .or_else(|| first_text(doc, "title"))
            .map(|t| strip_site_suffix(&decode_entities(&t), site_name.as_deref())),
    };
    let byline = ld
        .author
        .map(|a| decode_entities(&a))
        .clone()
        .or_else(|| {
            meta_content(&[
                "meta[name='author']",
                "meta[name='byl']",
                "meta[name='sailthru.author']",
                "meta[name='parsely-author']",
                "meta[property='article:author']",
            ])
            .filter(|a| !a.contains("://"))
        })
        .or_else(|| {
            first_text(
                doc,
                "[rel='author'], [itemprop='author'], .byline, .author-name",
            )
            .filter(|a| a.split_whitespace().count() <= 12)
        })
        // Sites often name themselves as the author; that is not a byline.
        .filter(|a| {
            site_name
                .as_deref()
                .is_none_or(|s| !a.eq_ignore_ascii_case(s))
        })
        // Nor is a content system's placeholder.
        .filter(|a| {
            let l = a.trim().to_lowercase();
            !matches!(
                l.as_str(),
                "no author"
                    | "unknown"
                    | "unknown author"
                    | "admin"
                    | "administrator"
                    | "author"
                    | "staff"
                    | "editorial staff"
                    | "editorial team"
            )
        });
    // Each candidate node is tried in turn: a reference list's `datePublished` of "1988"
    // must not hide the article's own full date further down the list.
    let meta_date = |selectors: &[&str]| -> Option<(String, String)> {
        selectors.iter().find_map(|sel| {
            select(sel).iter().find_map(|n| {
                // A `<time>` in a comment or a related-stories list dates that, not the
                // article.
                if n.node_name()
                    .is_some_and(|t| t.eq_ignore_ascii_case("time"))
                    && !n.has_attr("pubdate")
                    && !n.has_attr("itemprop")
                    && in_date_furniture(n)
                {
                    return None;
                }
                let v = n
                    .attr("content")
                    .or_else(|| n.attr("datetime"))
                    .or_else(|| n.attr("title"))
                    .map(|v| v.to_string())
                    .unwrap_or_else(|| n.text().to_string());
                let v = collapse_ws(&v);
                normalise_date(&v).map(|d| (d, v))
            })
        })
    };
    let url = page_url(doc, html);
    let url_date = url.as_deref().and_then(date_in_url);
    let dated = |raw: &String| normalise_date(raw).map(|d| (d, raw.clone()));
    let published = ld
        .published
        .as_ref()
        .and_then(dated)
        .or_else(|| {
            meta_date(&[
                "meta[property='article:published_time']",
                "meta[property='og:article:published_time']",
                "meta[property='og:published_time']",
                "meta[property='og:pubdate']",
                "meta[itemprop='datePublished']",
                "[itemprop='datePublished']",
                "meta[name='pubdate']",
                "meta[name='pub_date']",
                "meta[name='publishdate']",
                "meta[name='publish-date']",
                "meta[name='publish_date']",
                "meta[name='published_date']",
                "meta[name='date_published']",
                "meta[name='article:published']",
                "meta[name='article.published']",
                "meta[name='article_date_original']",
                "meta[name='original-publish-date']",
                "meta[name='parsely-pub-date']",
                "meta[name='sailthru.date']",
                "meta[name='cxenseparse:recs:publishtime']",
                "meta[name='shareaholic:article_published_time']",
                "meta[name='rnews:datepublished']",
                "meta[name='bt:pubdate']",
                "meta[name='citation_publication_date']",
                "meta[name='citation_online_date']",
                "meta[name='citation_date']",
                "meta[name='prism.publicationDate']",
                "meta[name='dc.date.issued']",
                "meta[name='dcterms.issued']",
                "meta[name='dc.date.created']",
                "meta[name='dcterms.created']",
                "time[pubdate]",
                "article time[datetime]",
                "header time[datetime]",
            ])
        })
        .or_else(|| ld.page_published.as_ref().and_then(dated))
        .or_else(|| url_date.clone().map(|u| (u, String::new())))
        .or_else(|| meta_date(&["body time[datetime]"]));
    // A timestamp given in UTC can fall on the next day where the paper is; the address
    // carries the publisher's own day.
    let published = match (published, url_date) {
        (Some((p, raw)), Some(u)) if in_utc(&raw) && one_day_apart(&p, &u) => Some(u),
        (p, _) => p.map(|(p, _)| p),
    };
    let visible_date = doc
        .select("[class*='date'], [class*='Date'], [class*='time'], [class*='published'], [class*='meta']")
        .nodes()
        .iter()
        .take(200)
        .filter(|n| !in_date_furniture(n) && !names_today(n))
        .take(20)
        .find_map(|n| {
            let t = collapse_ws(&n.text());
            (t.split_whitespace().count() <= 12)
                .then(|| published_in_line(&t))
                .flatten()
        });
    // A bare "date" does not say which of the article's dates it is (a site's `date` is
    // often the last change): it comes after the dates the page prints.
    let undated_kind = meta_date(&[
        "meta[name='dc.date']",
        "meta[name='dcterms.date']",
        "meta[name='displaydate']",
        "meta[name='date']",
    ])
    .map(|(d, _)| d);
    // `og:type` "article" is not enough: blog and recipe platforms put it on every page.
    let declared_article = ld.is_article;
    (
        DocMeta {
            title,
            byline,
            published,
            visible_date,
            header_date: None,
            published_is_upper_bound: false,
            loose_published: undated_kind,
            changed: printed_change_date(doc),
        },
        declared_article,
    )
}

/// Words that mark a date as a later change, not the publication.
const CHANGED: &[&str] = &["updated", "modified", "edited", "revised"];

/// The publication date in a short date line: "Published March 3, 2020" and "March 3,
/// 2020 · Updated March 5" give March 3; "Updated March 5, 2020" and "Last edited 5 March
/// 2020" give none (a modified date is never the publication date).
fn published_in_line(line: &str) -> Option<String> {
    let lower = line.to_lowercase();
    let cut = CHANGED
        .iter()
        .filter_map(|w| lower.find(w))
        .min()
        .unwrap_or(lower.len());
    // `to_lowercase` can change byte lengths outside ASCII; cut the original only on a
    // boundary both share.
    let before = if lower.len() == line.len() {
        line.get(..cut).unwrap_or(line)
    } else if cut == lower.len() {
        line
    } else {
        return None;
    };
    normalise_date(before)
}

/// The date of a line that says when the page was last changed: "Updated June 3, 2024",
/// "Last edited 2024-06-03 by …", "This page was last modified on 3 June 2024". The word
/// opens the line or follows "last", so a sentence that reports an update ("The board
/// updated its rules on …") is not one.
fn changed_in_line(line: &str) -> Option<String> {
    let mut prev = "";
    let mut pos = 0usize;
    for w in line.split_whitespace() {
        let at = pos + line.get(pos..)?.find(w)?;
        pos = at + w.len();
        let word = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if CHANGED.contains(&word.as_str()) && (prev.is_empty() || prev == "last") {
            return normalise_date(line.get(pos..)?);
        }
        prev = if word == "last" { "last" } else { "word" };
    }
    None
}

/// The date of the first printed "Updated …" / "Last edited …" line of the page (at most
/// 16 words; see [`changed_in_line`]) outside comments, related lists, asides and the
/// site's footer. Only text nodes holding a change word are looked at, at most 40 of them,
/// each with a bounded look at the line round it, so the search stays linear in the page.
fn printed_change_date(doc: &Document) -> Option<String> {
    let body = doc.select("body").nodes().first().copied()?;
    body.descendants_it()
        .filter(|n| {
            n.is_text() && {
                let t = n.text();
                t.len() <= 400 && {
                    let l = t.to_ascii_lowercase();
                    CHANGED.iter().any(|w| l.contains(w))
                }
            }
        })
        .take(40)
        .find_map(|n| {
            let parent = n.parent()?;
            let tag = parent
                .node_name()
                .map(|t| t.to_ascii_lowercase())
                .unwrap_or_default();
            if SKIP.contains(&tag.as_str())
                || is_hidden(&parent)
                || in_date_furniture(&parent)
                || in_site_footer(&parent)
            {
                return None;
            }
            // "Updated: <time>June 3, 2024</time>": the line is the parent, or the element
            // round it when the date sits in a sibling.
            std::iter::once(parent)
                .chain(parent.parent())
                .find_map(|el| {
                    let t = short_text(&el, 300)?;
                    (t.split_whitespace().count() <= 16)
                        .then(|| changed_in_line(&t))
                        .flatten()
                })
        })
}

/// The text of `el` when it is short (at most `max` bytes, within its first 64 nodes);
/// `None` for a longer one, found without reading all of a large element.
fn short_text(el: &NodeRef<'_>, max: usize) -> Option<String> {
    let mut out = String::new();
    for (i, n) in el.descendants_it().enumerate() {
        if i >= 64 {
            return None;
        }
        if n.is_text() {
            out.push_str(&n.text());
            if out.len() > max {
                return None;
            }
        }
    }
    Some(collapse_ws(&out))
}

/// The node is in the site's footer (a `<footer>` or an element named "footer" that is
/// not inside the article's `<article>` or `<main>`): its dates are the site's ("This page
/// was last modified on …"), not the article's. An article's own footer keeps its dates.
fn in_site_footer(node: &NodeRef<'_>) -> bool {
    let mut footer = false;
    for a in std::iter::once(*node).chain(node.ancestors_it(Some(40))) {
        let tag = a
            .node_name()
            .map(|t| t.to_ascii_lowercase())
            .unwrap_or_default();
        if matches!(tag.as_str(), "article" | "main") {
            return false;
        }
        footer = footer
            || tag == "footer"
            || ["class", "id"].iter().any(|attr| {
                a.attr(attr)
                    .is_some_and(|v| v.to_ascii_lowercase().contains("footer"))
            });
    }
    footer
}

/// Class and id names of the parts of a page whose dates are not the article's:
/// comments, related and recommended stories, sidebars.
const DATE_FURNITURE: &[&str] = &[
    "comment",
    "reply",
    "replies",
    "related",
    "recirc",
    "recommend",
    "recent",
    "sidebar",
    "widget",
    "popular",
    "trending",
    "most-read",
    "mostread",
    "more-stories",
    "read-next",
    "readnext",
    "teaser",
];

/// Class and id names of the article's own box: the search for furniture round a date
/// stops there.
const DATE_ARTICLE: &[&str] = &["article", "post", "entry", "story", "content", "main"];

/// The node sits in navigation, an aside or a furniture-named box (see
/// [`DATE_FURNITURE`]) inside the article's own box (an `<article>`, `<main>` or an
/// element named for the post; a page whose article box is itself named "with-sidebar"
/// does not make every date furniture).
fn in_date_furniture(node: &NodeRef<'_>) -> bool {
    for a in std::iter::once(*node).chain(node.ancestors_it(Some(40))) {
        let tag = a
            .node_name()
            .map(|t| t.to_ascii_lowercase())
            .unwrap_or_default();
        if matches!(tag.as_str(), "article" | "main" | "body" | "html") {
            return false;
        }
        if matches!(tag.as_str(), "nav" | "aside") {
            return true;
        }
        let mut names = String::new();
        for attr in ["class", "id"] {
            if let Some(v) = a.attr(attr) {
                names.push_str(&v.to_ascii_lowercase());
                names.push(' ');
            }
        }
        if DATE_FURNITURE.iter().any(|f| names.contains(f)) {
            return true;
        }
        if DATE_ARTICLE.iter().any(|f| names.contains(f)) {
            return false;
        }
    }
    false
}

/// A site's "today is" clock in its top bar (`class="current-date"`), not the article's
/// date.
fn names_today(node: &NodeRef<'_>) -> bool {
    ["class", "id"].iter().any(|attr| {
        node.attr(attr).is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            v.contains("today") || v.contains("current")
        })
    })
}

/// `meta[name='x']` → `("name", "x")`; any other selector → `None`.
fn meta_selector(sel: &str) -> Option<(&str, &str)> {
    let inner = sel.strip_prefix("meta[")?.strip_suffix("']")?;
    let (attr, value) = inner.split_once("='")?;
    (!value.contains('\'') && attr.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        .then_some((attr, value))
}

fn first_text(doc: &Document, selector: &str) -> Option<String> {
    doc.select(selector).nodes().iter().find_map(|n| {
        let t = collapse_ws(&n.text());
        (!t.is_empty()).then_some(t)
    })
}

/// The page's `<h1>` is the metadata title in other words: most of the words of the
/// shorter are in the longer, it is at least three words and not much longer, and it is
/// not a "Section | Headline" label line.
fn headline_restates(meta: &str, h1: &str) -> bool {
    let words = |t: &str| -> HashSet<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let h1_words = h1.split_whitespace().count();
    let meta_words = meta.split_whitespace().count();
    if h1 == meta || h1.contains(" | ") || !(3..=30).contains(&h1_words) {
        return false;
    }
    if h1_words * 5 > meta_words * 8 + 10 {
        return false;
    }
    let (a, b) = (words(meta), words(h1));
    let shared = a.intersection(&b).count();
    let shorter = a.len().min(b.len());
    shorter > 0 && shared * 4 >= shorter * 3
}

/// "Storm hits coast | The Daily Example" → "Storm hits coast".
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let t = collapse_ws(title);
    for sep in [" | ", " – ", " — ", " - ", " :: ", " · "] {
        if let Some((head, tail)) = t.rsplit_once(sep) {
            let tail_is_site = site.is_some_and(|s| tail.eq_ignore_ascii_case(s))
                || (tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 4);
            if tail_is_site && !head.is_empty() {
                return head.to_owned();
            }
        }
        // "The Daily Example | Storm hits coast".
        if let Some((head, tail)) = t.split_once(sep)
            && site.is_some_and(|s| head.eq_ignore_ascii_case(s))
            && !tail.is_empty()
        {
            return tail.to_owned();
        }
    }
    t
}

/// Character references left in metadata text ("&#8217;", "&amp;"), as some sites write
/// their JSON-LD and `<meta>` values, decoded; also in plain text copied out of a feed or a
/// content system ("Moretz&#039;s role"). A reference this does not know stays as written.
pub(crate) fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(rest.get(..i).unwrap_or(""));
        let after = rest.get(i + 1..).unwrap_or("");
        let decoded = after.find(';').filter(|&e| e <= 10).and_then(|e| {
            let name = after.get(..e)?;
            let c = if let Some(num) = name.strip_prefix('#') {
                let code = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => num.parse().ok()?,
                };
                // A control character ("&#0;", "&#27;") is no text: left as written.
                char::from_u32(code).filter(|c| !c.is_control())?
            } else {
                match name {
                    "amp" => '&',
                    "quot" => '"',
                    "apos" => '\'',
                    "lt" => '<',
                    "gt" => '>',
                    "nbsp" => ' ',
                    "rsquo" => '\u{2019}',
                    "lsquo" => '\u{2018}',
                    "rdquo" => '\u{201D}',
                    "ldquo" => '\u{201C}',
                    "mdash" => '\u{2014}',
                    "ndash" => '\u{2013}',
                    "hellip" => '\u{2026}',
                    "pound" => '\u{A3}',
                    "euro" => '\u{20AC}',
                    _ => return None,
                }
            };
            Some((c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = after.get(e + 1..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// What JSON-LD says about the article.
#[derive(Default)]
struct LdFacts {
    headline: Option<String>,
    author: Option<String>,
    published: Option<String>,
    /// `datePublished` of a `WebPage` (used when no article object has one).
    page_published: Option<String>,
    /// An article object (`NewsArticle`, `BlogPosting`…) was found.
    is_article: bool,
}

fn json_ld(doc: &Document) -> LdFacts {
    let mut facts = LdFacts::default();
    // Article authors in page order, and the names of the people the page's JSON-LD
    // describes by `@id`: a content system often writes the author as a reference
    // (`"author": {"@id": "…#/schema/person/1"}`) to a `Person` elsewhere in the graph.
    let mut authors: Vec<serde_json::Value> = Vec::new();
    // A `WebPage`'s author, for pages whose only description is the page (as with its
    // `datePublished`).
    let mut page_authors: Vec<serde_json::Value> = Vec::new();
    let mut people: HashMap<String, String> = HashMap::new();
    for node in doc.select("script[type='application/ld+json']").nodes() {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(node.text().trim()) else {
            continue;
        };
        // Walk arrays and @graph without recursion; the first article-like object wins.
        let mut queue = vec![&value];
        let mut visited = 0usize;
        while let Some(v) = queue.pop() {
            visited += 1;
            if visited > 10_000 {
                break;
            }
            match v {
                serde_json::Value::Array(items) => queue.extend(items.iter().rev()),
                serde_json::Value::Object(map) => {
                    if let Some(graph) = map.get("@graph") {
                        queue.push(graph);
                    }
                    let is_article = map.get("@type").is_some_and(|t| {
                        let types: Vec<&str> = match t {
                            serde_json::Value::String(s) => vec![s.as_str()],
                            serde_json::Value::Array(a) => {
                                a.iter().filter_map(|x| x.as_str()).collect()
                            }
                            _ => Vec::new(),
                        };
                        types.iter().any(|t| {
                            t.ends_with("Article") || *t == "BlogPosting" || *t == "Report"
                        })
                    });
                    let is_person = map.get("@type").is_some_and(|t| match t {
                        serde_json::Value::String(s) => s == "Person",
                        serde_json::Value::Array(a) => a.iter().any(|x| x == "Person"),
                        _ => false,
                    });
                    if is_person
                        && let (Some(id), Some(name)) = (
                            map.get("@id").and_then(|i| i.as_str()),
                            map.get("name").and_then(|n| n.as_str()),
                        )
                    {
                        people
                            .entry(id.to_owned())
                            .or_insert_with(|| name.to_owned());
                    }
                    let is_page = map.get("@type").and_then(|t| t.as_str()) == Some("WebPage");
                    if is_page && let Some(a) = map.get("author") {
                        page_authors.push(a.clone());
                    }
                    if is_page && facts.page_published.is_none() {
                        facts.page_published = map
                            .get("datePublished")
                            .and_then(|d| d.as_str())
                            .map(str::to_owned);
                    }
                    if is_article {
                        facts.is_article = true;
                        if facts.headline.is_none() {
                            facts.headline = map
                                .get("headline")
                                .and_then(|h| h.as_str())
                                .map(collapse_ws)
                                .filter(|h| !h.is_empty());
                        }
                        if facts.published.is_none() {
                            facts.published = map
                                .get("datePublished")
                                .or_else(|| map.get("dateCreated"))
                                .and_then(|d| d.as_str())
                                .map(str::to_owned);
                        }
                        if let Some(a) = map.get("author") {
                            authors.push(a.clone());
                        }
                    }
                }
                _ => {}
            }
        }
    }
    facts.author = authors
        .iter()
        .chain(&page_authors)
        .find_map(|a| ld_names(a, &people));
    facts
}

/// `"author"` as a string, an object with `name` (or an `@id` naming one of `people`), or
/// a list of those → "A, B and C".
fn ld_names(v: &serde_json::Value, people: &HashMap<String, String>) -> Option<String> {
    let one = |x: &serde_json::Value| -> Option<String> {
        match x {
            serde_json::Value::String(s) => Some(collapse_ws(s)),
            serde_json::Value::Object(m) => m
                .get("name")
                .and_then(|n| n.as_str())
                .or_else(|| {
                    m.get("@id")
                        .and_then(|i| i.as_str())
                        .and_then(|i| people.get(i))
                        .map(String::as_str)
                })
                .map(collapse_ws),
            _ => None,
        }
        .filter(|s| !s.is_empty() && !s.contains("://"))
    };
    let names: Vec<String> = match v {
        serde_json::Value::Array(items) => items.iter().filter_map(one).collect(),
        other => one(other).into_iter().collect(),
    };
    match names.as_slice() {
        [] => None,
        [only] => Some(only.clone()),
        [rest @ .., last] => Some(format!("{} and {last}", rest.join(", "))),
    }
}

#[allow(clippy::expect_used)] // constant pattern
static SAVED_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->").expect("saved-from pattern")
});

/// The page's own address: canonical link, `og:url`, or the "saved from" note browsers
/// write into saved pages.
fn page_url(doc: &Document, html: &str) -> Option<String> {
    let attr = |sel: &str, name: &str| {
        doc.select(sel)
            .nodes()
            .iter()
            .find_map(|n| n.attr(name).map(|v| v.to_string()))
    };
    attr("link[rel='canonical']", "href")
        .or_else(|| attr("meta[property='og:url']", "content"))
        .or_else(|| {
            let head = html.get(..html.len().min(2048)).or(Some(html))?;
            SAVED_FROM
                .captures(head)?
                .get(1)
                .map(|m| m.as_str().to_owned())
        })
}

#[allow(clippy::expect_used)] // constant pattern
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/-]|$|\.)")
        .expect("url date pattern")
});

/// A timestamp with a time of day in UTC (`…T02:25:54Z`, `…+00:00`).
fn in_utc(raw: &str) -> bool {
    let r = raw.trim();
    r.contains('T') && (r.ends_with('Z') || r.ends_with("+00:00") || r.ends_with("+0000"))
}

/// Two `YYYY-MM-DD` days one day apart.
fn one_day_apart(a: &str, b: &str) -> bool {
    let (Ok(a), Ok(b)) = (
        a.parse::<jiff::civil::Date>(),
        b.parse::<jiff::civil::Date>(),
    ) else {
        return false;
    };
    a.tomorrow().ok() == Some(b) || b.tomorrow().ok() == Some(a)
}

/// `/2025/03/18/` or `/2025-03-18-` in an article address.
fn date_in_url(url: &str) -> Option<String> {
    let caps = URL_DATE.captures(url)?;
    let d = format!(
        "{}-{}-{}",
        caps.get(1)?.as_str(),
        caps.get(2)?.as_str(),
        caps.get(3)?.as_str()
    );
    let parsed: jiff::civil::Date = d.parse().ok()?;
    Some(parsed.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An invented story poured into three boxes of one kind with advertisements between,
    /// and a one-paragraph box of the same kind (the reporter's note).
    const SPLIT_STORY: &str = "<html><body><div class=\"story\">\
        <div class=\"text-wrap\"><p>The harbour board voted on Tuesday to close the old ferry pier after engineers found that its timber piles had rotted through, a decision that will move every crossing to the new terminal by spring.</p>\
        <p>Engineers first raised the alarm in March, when a diver reported soft wood under the western berth, and the board ordered a full survey that took six weeks.</p></div>\
        <div class=\"ad-slot\"></div>\
        <div class=\"text-wrap\"><p>The survey found that nine of the forty piles could no longer carry a loaded ferry, and it warned that a collapse in the summer season could not be ruled out.</p>\
        <p>Ferry operators said the move would add ten minutes to most journeys, but they accepted that the old pier could not be saved at a price the harbour could afford.</p></div>\
        <div class=\"ad-slot\"></div>\
        <div class=\"text-wrap\"><p>Residents asked the board to run a shuttle bus to the new terminal, and a plan is due next month.</p>\
        <p>The board will decide in June whether to demolish the pier or keep it as a walkway for visitors.</p></div>\
        <div class=\"text-wrap\"><p>Kari Holm covers the harbour and the islands for the paper and can be reached by email.</p></div>\
        </div></body></html>";

    #[test]
    fn an_article_split_into_boxes_of_one_kind_comes_back_whole_and_in_order() {
        let doc = Document::from(SPLIT_STORY);
        let analysis = super::super::main_text::analyse(&doc, None, None);
        // rs-trafilatura took the last box of the story only.
        let other = "Residents asked the board to run a shuttle bus to the new terminal, and a plan is due next month.\n\n\
                     The board will decide in June whether to demolish the pier or keep it as a walkway for visitors.";
        let text = combine(
            Some(other.to_owned()),
            None,
            &analysis.furniture_only,
            &analysis.prose,
        )
        .unwrap_or_default();
        let starts: Vec<&str> = text
            .split("\n\n")
            .map(|p| p.get(..12).unwrap_or(p))
            .collect();
        assert_eq!(
            starts,
            [
                "The harbour ",
                "Engineers fi",
                "The survey f",
                "Ferry operat",
                "Residents as",
                "The board wi"
            ],
            "{text}"
        );
        // A box of another kind, or too small to be a stretch of the story, stays out.
        assert!(!text.contains("Kari Holm"), "{text}");
    }

    #[test]
    fn nesting_ignores_implied_and_void_tags() {
        let flat = "<html><body>".to_owned() + &"<p>para<br>".repeat(5000) + "</body></html>";
        assert!(nesting_depth(&flat, MAX_DEPTH) < 5);
        let deep = "<div>".repeat(3000);
        assert!(nesting_depth(&deep, MAX_DEPTH) > MAX_DEPTH);
        let script = "<script>if (a<b) { x = '<div><div><div>'; }</script><div>ok</div>";
        assert_eq!(nesting_depth(script, 10), 1);
    }

    #[test]
    fn calls_to_action_go_but_story_sentences_with_the_same_words_stay() {
        assert!(is_furniture_paragraph(
            "Follow the Harbour Gazette on Instagram for more pictures."
        ));
        assert!(is_furniture_paragraph(
            "For breaking news alerts, download our free app for iOS and Android."
        ));
        assert!(is_furniture_paragraph("Filed under: ferries, timetables"));
        // A verb without a channel, a channel without a verb, and long prose are story text.
        assert!(!is_furniture_paragraph(
            "Passengers can still sign up for the waiting list, the operator said."
        ));
        assert!(!is_furniture_paragraph(
            "The ferry company launched a new app last year, and bookings doubled."
        ));
        assert!(!is_furniture_paragraph(&format!(
            "{} Follow the operator on Twitter.",
            "The crossing takes forty minutes in calm weather and longer in winter. ".repeat(4)
        )));
    }

    #[test]
    fn a_post_body_shipped_as_a_template_is_read() {
        let p = "<p>The ferry crossing was cancelled twice this week because of high winds over the strait, the operator said on Friday.</p>";
        let page = format!(
            "<html><head><title>Winds stop ferries</title></head><body><div class='post-body'><script type='text/template'>{p}{p}{p}</script></div><script type='text/template'><div>{{{{menu}}}}</div></script></body></html>"
        );
        let a = read(&page, "post.html").unwrap();
        assert!(a.text.contains("cancelled twice this week"), "{}", a.text);
        assert!(!a.text.contains("{{menu}}"), "{}", a.text);
    }

    #[test]
    fn character_references_in_metadata_are_decoded() {
        assert_eq!(
            decode_entities("Ferry &#8216;Nordlys&#8217; &amp; the &#x2014; &bogus; end &"),
            "Ferry ‘Nordlys’ & the — &bogus; end &"
        );
        assert_eq!(
            strip_site_suffix(
                "Harbour Gazette | Ferries run late",
                Some("Harbour Gazette")
            ),
            "Ferries run late"
        );
    }

    #[test]
    fn url_dates_and_site_suffixes() {
        assert_eq!(
            date_in_url("https://news.example/world/2025/03/18/harbour-strike-ends").as_deref(),
            Some("2025-03-18")
        );
        assert_eq!(date_in_url("https://news.example/2025/13/45/x"), None);
        assert_eq!(
            strip_site_suffix("Harbour strike ends in Valletta | The Island Courier", None),
            "Harbour strike ends in Valletta"
        );
        assert_eq!(strip_site_suffix("Vote - Results", None), "Vote - Results");
    }

    #[test]
    fn a_placeholder_is_not_the_author() {
        let doc = Document::from(
            "<html><head><meta name='author' content='No Author'></head><body></body></html>",
        );
        assert_eq!(page_metadata(&doc, "").0.byline, None);
    }

    #[test]
    fn the_site_is_not_the_author() {
        let doc = Document::from(
            "<html><head><meta property='og:site_name' content='Harbour Gazette'><meta name='author' content='Harbour Gazette'></head><body></body></html>",
        );
        assert_eq!(page_metadata(&doc, "").0.byline, None);
    }

    /// An invented article page: `head` and `extra_body` around three paragraphs of story.
    fn page(head: &str, top: &str, extra_body: &str) -> String {
        let p = "<p>The harbour board voted on Tuesday to extend the night ferry timetable through the winter months, after a petition from shift workers on the island gathered more than two thousand names.</p>";
        format!(
            "<html><head><title>Night ferries stay</title>{head}</head><body><article><h1>Night ferries stay</h1>{top}{p}{p}{p}</article>{extra_body}</body></html>"
        )
    }

    fn published(html: &str) -> Option<String> {
        read(html, "page.html").unwrap().published
    }

    #[test]
    fn the_published_date_wins_over_the_modified_one() {
        let head = "<meta property='article:modified_time' content='2024-05-09T10:00:00Z'><meta property='article:published_time' content='2024-05-02T08:00:00+02:00'>";
        assert_eq!(
            published(&page(head, "", "")).as_deref(),
            Some("2024-05-02")
        );
        let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2024-05-09","datePublished":"2024-05-02"}</script>"#;
        assert_eq!(published(&page(ld, "", "")).as_deref(), Some("2024-05-02"));
    }

    #[test]
    fn a_modified_date_alone_is_not_the_publication_date() {
        let head = "<meta property='article:modified_time' content='2024-05-09T10:00:00Z'>";
        assert_eq!(published(&page(head, "", "")), None);
        // A printed "Updated" line is kept apart: it dates the page only when nothing
        // else does, as the latest the article can be (see `DocMeta::changed`).
        let meta = |html: &str| page_metadata(&Document::from(html), html).0;
        let top = "<div class='post-date'>Updated May 9, 2024</div>";
        let m = meta(&page(head, top, ""));
        assert_eq!((m.published, m.visible_date), (None, None));
        assert_eq!(m.changed.as_deref(), Some("2024-05-09"));
        let top = "<p class='lastupdated'>Last edited 9 May 2024</p>";
        let m = meta(&page("", top, ""));
        assert_eq!((m.published, m.visible_date), (None, None));
        assert_eq!(m.changed.as_deref(), Some("2024-05-09"));
        // A line giving both dates gives the first.
        let top = "<div class='meta'>Published May 2, 2024 · Updated May 9, 2024</div>";
        assert_eq!(published(&page("", top, "")).as_deref(), Some("2024-05-02"));
    }

    #[test]
    fn a_meta_date_is_found_whatever_attribute_and_case_carry_its_name() {
        for head in [
            "<meta name='article:published_time' content='2024-04-02T07:30:00+01:00'>",
            "<meta property='og:article:published_time' content='2024-04-02T07:30:00+01:00'>",
            "<meta name='PubDate' content='2024-04-02'>",
            "<meta name='pub_date' content='2024-04-02T07:30:00+01:00'>",
            "<meta name='DCTERMS.issued' content='2024-04-02'>",
            "<meta property='publish_date' content='April 2, 2024'>",
        ] {
            assert_eq!(
                published(&page(head, "", "")).as_deref(),
                Some("2024-04-02"),
                "{head}"
            );
        }
        // A bare `date` says nothing of which date it is: a printed date line wins, and
        // it is used when there is none.
        let head = "<meta name='DC.Date' content='2024-03-01'>";
        let top = "<div class='article-date'>April 2, 2024</div>";
        assert_eq!(
            published(&page(head, top, "")).as_deref(),
            Some("2024-04-02")
        );
        assert_eq!(
            published(&page(head, "", "")).as_deref(),
            Some("2024-03-01")
        );
        // A modified date under a published-looking attribute is still not taken.
        let head = "<meta name='article:modified_time' content='2024-04-09'>";
        assert_eq!(published(&page(head, "", "")), None);
    }

    #[test]
    fn year_first_numeric_dates_are_read_and_ambiguous_ones_are_not() {
        let head = "<meta name='pubdate' content='2024/04/02 07:30'>";
        assert_eq!(
            published(&page(head, "", "")).as_deref(),
            Some("2024-04-02")
        );
        let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"20240402T0730"}</script>"#;
        assert_eq!(published(&page(ld, "", "")).as_deref(), Some("2024-04-02"));
        assert_eq!(normalise_date("2024.4.2").as_deref(), Some("2024-04-02"));
        assert_eq!(normalise_date("05/03/2024"), None);
        assert_eq!(normalise_date("2024/13/02"), None);
        assert_eq!(normalise_date("202404021"), None);
    }

    #[test]
    fn a_change_line_opens_with_its_word() {
        let cases = [
            ("Updated: June 3, 2024", Some("2024-06-03")),
            (
                "Last updated on 3 Jun, 2024. 2 min read",
                Some("2024-06-03"),
            ),
            (
                "Harbour (last edited 2024-06-03 10:00:00 by Ana)",
                Some("2024-06-03"),
            ),
            (
                "This page was last modified on 3 June 2024, at 10:00.",
                Some("2024-06-03"),
            ),
            ("The board updated its rules on 3 June 2024.", None),
            ("Updated for the new season", None),
        ];
        for (line, want) in cases {
            assert_eq!(changed_in_line(line).as_deref(), want, "{line}");
        }
    }

    #[test]
    fn dates_of_related_stories_and_comments_are_not_the_articles() {
        let related = "<div class='related-stories'><ul><li><a href='/a'>Bridge repairs start</a> <time datetime='2023-11-04'>4 Nov 2023</time></li></ul></div>";
        assert_eq!(published(&page("", "", related)), None);
        let comments = "<section id='comments'><div class='comment-meta'><time datetime='2024-06-01T09:12:00'>June 1, 2024 at 9:12 am</time></div><p>Great news for us commuters.</p></section>";
        assert_eq!(published(&page("", "", comments)), None);
        let sidebar = "<aside><span class='date'>March 3, 2022</span></aside>";
        assert_eq!(published(&page("", "", sidebar)), None);
    }

    #[test]
    fn the_sites_clock_is_not_the_articles_date() {
        let html = page("", "", "").replace(
            "<body>",
            "<body><div class='topbar'><div class='current-date'>Friday, June 7, 2024</div></div>",
        );
        assert_eq!(published(&html), None);
    }

    #[test]
    fn no_date_anywhere_gives_none() {
        assert_eq!(
            published(&page("", "", "<footer>© Harbour Gazette</footer>")),
            None
        );
    }

    #[test]
    fn a_printed_date_with_an_ordinal_is_read() {
        let top = "<div class='story-meta'><div class='date'>March 3rd 2021</div></div>";
        assert_eq!(published(&page("", top, "")).as_deref(), Some("2021-03-03"));
        let top = "<div class='story-meta'><span class='date'>the 21st of June, 2019</span></div>";
        assert_eq!(published(&page("", top, "")).as_deref(), Some("2019-06-21"));
        // The article's own time element inside its box still counts, whatever the page
        // calls the box round the article.
        let html = page("", "<time datetime='2022-08-30'>30 August 2022</time>", "")
            .replace("<article>", "<div class='layout-with-sidebar'><article>")
            .replace("</article>", "</article></div>");
        assert_eq!(published(&html).as_deref(), Some("2022-08-30"));
    }

    #[test]
    fn the_visible_headline_wins_when_it_restates_the_metadata_title() {
        let title = |head: &str, h1: &str| {
            let doc = Document::from(format!(
                "<html><head>{head}</head><body><h1>{h1}</h1><p>Text.</p></body></html>"
            ));
            page_metadata(&doc, "").0.title
        };
        // A cut-short social title gives way to the full headline.
        assert_eq!(
            title(
                "<meta property='og:title' content='Harbour board keeps the night ferries running through...'>",
                "Harbour board keeps the night ferries running through the winter"
            )
            .as_deref(),
            Some("Harbour board keeps the night ferries running through the winter")
        );
        // A site name or a section label in the h1 is not the title.
        let og = "<meta property='og:title' content='Harbour board keeps night ferries'>";
        assert_eq!(
            title(og, "The Island Courier").as_deref(),
            Some("Harbour board keeps night ferries")
        );
        assert_eq!(
            title(og, "Local | Harbour board keeps night ferries").as_deref(),
            Some("Harbour board keeps night ferries")
        );
        assert_eq!(
            title(og, "Ferries").as_deref(),
            Some("Harbour board keeps night ferries")
        );
    }

    #[test]
    fn an_author_given_by_reference_in_the_graph_is_named() {
        let ld = r##"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Night ferries stay","author":{"@id":"https://courier.example/#/person/7"},"datePublished":"2024-05-02"},{"@type":"Person","@id":"https://courier.example/#/person/7","name":"Ana Ruiz"}]}</script>"##;
        let a = read(&page(ld, "", ""), "page.html").unwrap();
        assert_eq!(a.byline.as_deref(), Some("By Ana Ruiz"));
        // A reference to nobody the page names gives no byline from JSON-LD.
        let dangling = ld.replace(
            "\"name\":\"Ana Ruiz\"",
            "\"url\":\"https://courier.example/ana\"",
        );
        let a = read(&page(&dangling, "", ""), "page.html").unwrap();
        assert_eq!(a.byline, None);
    }

    #[test]
    fn inert_markup_is_left_out_for_the_text_finder() {
        let html = "<html><head><style>p{color:red}</style><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script><SCRIPT src=x.js></SCRIPT></head><body><!-- <p>hidden</p> --><svg><text>logo</text></svg><p>Story <b>text</b>.</p><script>var a = '<p>';</script><p>End.</p><script>never closed";
        let lean = without_inert_markup(html);
        assert_eq!(
            lean,
            "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head><body><p>Story <b>text</b>.</p><p>End.</p>"
        );
        // Tags that only start like the inert ones stay.
        let kept = "<p><styled-quote>Quote</styled-quote><svgicon>i</svgicon></p>";
        assert_eq!(without_inert_markup(kept), kept);
    }

    #[test]
    fn meta_selectors_are_looked_up_directly() {
        assert_eq!(
            meta_selector("meta[property='article:published_time']"),
            Some(("property", "article:published_time"))
        );
        assert_eq!(
            meta_selector("meta[name='DC.date']"),
            Some(("name", "DC.date"))
        );
        assert_eq!(meta_selector("time[pubdate]"), None);
        assert_eq!(meta_selector("[itemprop='datePublished']"), None);
    }

    #[test]
    fn script_bodies_in_any_case_do_not_count_as_nesting() {
        let html = "<SCRIPT>var s = '<div><div><div>';</Script><div><p>ok</p></div>".repeat(50);
        assert_eq!(nesting_depth(&html, MAX_DEPTH), 1);
    }

    #[test]
    fn fragment_keeps_paragraphs_and_drops_scripts() {
        let a = read_fragment(
            "<p>First <b>bold</b> line.</p><script>alert(1)</script><div>Second<br>Third</div>",
            "(pasted text)",
        )
        .unwrap();
        assert_eq!(a.text, "First bold line.\n\nSecond\n\nThird");
    }
}
