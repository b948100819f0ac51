//! The main text of a news page: page furniture is pruned by tag, role and class names
//! (navigation, comments, related links, share and newsletter boxes, cookie banners, ads),
//! the container holding most of the prose is found by scoring paragraphs into their
//! ancestors, and its blocks are kept when they read like article text.
//!
//! The approach follows the published heuristics of Readability and trafilatura; it works
//! on the parsed tree only (no layout, no scripts) and runs in linear time.

use std::collections::{HashMap, HashSet};

use dom_query::{Document, NodeId, NodeRef};

use super::collapse_ws;

/// Elements never read as text.
const SKIP_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "head",
    "iframe",
    "object",
    "embed",
    "canvas",
    "button",
    "select",
    "input",
    "textarea",
    "video",
    "audio",
    "map",
    "nav",
    "footer",
    "aside",
    "form",
    "menu",
    "figure",
    "figcaption",
    "dialog",
];

const SKIP_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "dialog",
    "alertdialog",
    "search",
    "menu",
    "menubar",
    "toolbar",
];

/// Skipped elements whose content is not even visible text (their text is never compared).
const HARD_SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "embed",
    "canvas", "select", "textarea", "video", "audio", "map",
];

/// Class, id and component names of page furniture (matched as substrings, lower case).
const UNLIKELY: &[&str] = &[
    "comment",
    "discuss",
    "disqus",
    "respond",
    "replies",
    "related",
    "recirc",
    "recommend",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "signup",
    "sign-up",
    "cookie",
    "consent",
    "gdpr",
    "paywall",
    "teaser",
    "promo",
    "sponsor",
    "advert",
    "banner",
    "breadcrumb",
    "menu",
    "nav",
    "sidebar",
    "widget",
    "masthead",
    "tags",
    "topics",
    "byline",
    "author-bio",
    "popular",
    "mostread",
    "most-read",
    "trending",
    "ticker",
    "pagination",
    "pager",
    "popup",
    "modal",
    "skip",
    "caption",
    "credit",
    "contact",
    "toolbar",
    "tools",
    "outbrain",
    "taboola",
    "rss",
    "login",
    "search",
    "meta",
    "footer",
    "more-",
    "-more",
];

/// Names that make an unlikely-looking element worth keeping ("post-navigation" stays to be
/// judged by its links; "comment-content" is inside a comment anyway).
const MAYBE: &[&str] = &[
    "article", "body", "content", "main", "story", "entry", "text",
];

/// Whole class tokens that mark advertising.
const AD_TOKENS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "advert",
    "advertisement",
    "dfp",
    "gpt",
    "adslot",
    "ad-slot",
];

const POSITIVE: &[&str] = &[
    "article", "body", "content", "entry", "main", "post", "story", "text",
];

/// Block-level elements: each ends a text block (paragraph), in both readers.
pub(super) const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "hr",
    "br",
    "address",
    "details",
    "summary",
    "fieldset",
    "legend",
    "caption",
    "center",
    "body",
    "footer",
    "aside",
    "nav",
    "figure",
    "figcaption",
    "form",
];

/// Inline elements that a browser shows apart from their neighbours; any other inline
/// element joins its text to the next (a drop cap: `<span>T</span>he`).
const SPACED_INLINE: &[&str] = &["img", "input", "label", "wbr", "td", "th"];

/// How many furniture-named elements may be measured for holding the page's text.
const MAX_MEASURED: usize = 64;

#[derive(Debug)]
struct Block {
    text: String,
    link_chars: usize,
    /// Ancestors from the nearest up (element ids), for scoring and containment.
    ancestors: Vec<NodeId>,
    heading: bool,
}

impl Block {
    fn chars(&self) -> usize {
        self.text.chars().count()
    }
    fn link_density(&self) -> f64 {
        let c = self.chars().max(1);
        self.link_chars as f64 / c as f64
    }
    fn words(&self) -> usize {
        self.text.split_whitespace().count()
    }
}

fn attr_names(node: &NodeRef<'_>) -> String {
    let mut s = String::new();
    for a in ["class", "id", "data-component", "itemprop"] {
        if let Some(v) = node.attr(a) {
            s.push_str(&v.to_ascii_lowercase());
            s.push(' ');
        }
    }
    s
}

fn is_furniture(node: &NodeRef<'_>, tag: &str) -> bool {
    if SKIP_TAGS.contains(&tag) {
        return true;
    }
    if node.has_attr("hidden")
        || node
            .attr("aria-hidden")
            .is_some_and(|v| v.as_ref() == "true")
        || node.attr("style").is_some_and(|s| {
            let s = s.to_ascii_lowercase().replace(' ', "");
            s.contains("display:none") || s.contains("visibility:hidden")
        })
    {
        return true;
    }
    if node
        .attr("role")
        .is_some_and(|r| SKIP_ROLES.contains(&r.to_ascii_lowercase().as_str()))
    {
        return true;
    }
    if matches!(tag, "body" | "html" | "main" | "article") {
        return false;
    }
    let names = attr_names(node);
    if names.is_empty() {
        return false;
    }
    if names
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .any(|t| AD_TOKENS.contains(&t))
    {
        return true;
    }
    UNLIKELY.iter().any(|u| names.contains(u)) && !MAYBE.iter().any(|m| names.contains(m))
}

/// The page's `<body>`, or the document itself when it has none.
pub(super) fn body_or_root(doc: &Document) -> NodeRef<'_> {
    doc.select("body")
        .nodes()
        .first()
        .copied()
        .unwrap_or_else(|| doc.root())
}

/// Text blocks of the page, outside page furniture, in document order; and the text blocks
/// of the furniture that was pruned (navigation, share bars, related links…).
fn collect_blocks(doc: &Document) -> (Vec<Block>, Vec<String>) {
    let root = body_or_root(doc);
    let total_chars = root
        .text()
        .chars()
        .filter(|c| !c.is_whitespace())
        .count()
        .max(1);
    let mut blocks = Vec::new();
    let mut furniture: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut cur_links = 0usize;
    let mut cur_heading = false;
    let mut path: Vec<NodeId> = Vec::new();
    let mut link_depth = 0usize;
    let mut measured = 0usize;
    // (node, entering)
    let mut stack: Vec<(NodeRef<'_>, bool)> = vec![(root, true)];
    let flush = |cur: &mut String,
                 links: &mut usize,
                 heading: &mut bool,
                 path: &[NodeId],
                 blocks: &mut Vec<Block>| {
        let text = collapse_ws(cur);
        if !text.is_empty() {
            blocks.push(Block {
                text,
                link_chars: *links,
                ancestors: path.iter().rev().copied().collect(),
                heading: *heading,
            });
        }
        cur.clear();
        *links = 0;
        *heading = false;
    };
    while let Some((node, entering)) = stack.pop() {
        if node.is_text() {
            let t = node.text();
            if link_depth > 0 {
                cur_links += t
                    .split_whitespace()
                    .map(|w| w.chars().count() + 1)
                    .sum::<usize>();
            }
            cur.push_str(&t);
            continue;
        }
        if !node.is_element() {
            continue;
        }
        let tag = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        let is_block = BLOCKS.contains(&tag.as_str());
        if entering {
            if is_furniture(&node, &tag) {
                // Never prune the element that holds most of the page's text (a layout
                // wrapper named "has-sidebar"). Measuring costs a walk of the subtree, so
                // only a few such wrappers are measured; past that, furniture is furniture.
                measured += 1;
                let holds_most = measured <= MAX_MEASURED
                    && !SKIP_TAGS.contains(&tag.as_str())
                    && node.text().chars().filter(|c| !c.is_whitespace()).count() * 2
                        >= total_chars;
                if !holds_most {
                    if !HARD_SKIP.contains(&tag.as_str()) {
                        let text = super::html::blocks_text(&node, false);
                        furniture.extend(text.split("\n\n").map(str::to_owned));
                    }
                    if is_block {
                        flush(
                            &mut cur,
                            &mut cur_links,
                            &mut cur_heading,
                            &path,
                            &mut blocks,
                        );
                    }
                    continue;
                }
            }
            if is_block {
                flush(
                    &mut cur,
                    &mut cur_links,
                    &mut cur_heading,
                    &path,
                    &mut blocks,
                );
            } else if SPACED_INLINE.contains(&tag.as_str()) {
                cur.push(' ');
            }
            if tag == "a" {
                link_depth += 1;
            }
            if matches!(tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                cur_heading = true;
            }
            path.push(node.id);
            stack.push((node, false));
            let children: Vec<NodeRef<'_>> = node.children_it(true).collect();
            stack.extend(children.into_iter().map(|c| (c, true)));
        } else {
            if is_block {
                flush(
                    &mut cur,
                    &mut cur_links,
                    &mut cur_heading,
                    &path,
                    &mut blocks,
                );
            } else if SPACED_INLINE.contains(&tag.as_str()) {
                cur.push(' ');
            }
            if tag == "a" {
                link_depth = link_depth.saturating_sub(1);
            }
            path.pop();
        }
    }
    flush(
        &mut cur,
        &mut cur_links,
        &mut cur_heading,
        &path,
        &mut blocks,
    );
    (blocks, furniture)
}

fn ends_sentence(t: &str) -> bool {
    t.trim_end()
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | '…' | ')' | ':'))
}

/// A block that reads like article prose.
fn is_prose(b: &Block) -> bool {
    b.words() >= 8 && b.link_density() < 0.5 && !b.heading
}

/// What was found: the article's paragraphs separated by blank lines, and a visible
/// byline ("By …") dropped from above them.
pub(crate) struct MainText {
    pub text: String,
    pub byline: Option<String>,
}

/// What the page analysis found: the main text (when a prose container was found) and
/// the texts that occur on the page only inside furniture, to check another extractor's
/// output against.
pub(crate) struct Analysis {
    pub main: Option<MainText>,
    pub furniture_only: HashSet<String>,
    /// The page's prose paragraphs outside furniture, in reading order, each with the box
    /// that holds it.
    pub prose: Vec<Prose>,
}

/// A prose paragraph and the nearest element above it that has a class: the box a content
/// system pours article text into ("div.article-text-grid").
pub(crate) struct Prose {
    pub text: String,
    pub box_id: NodeId,
    /// The box's tag and class attribute; empty when no element above has a class.
    pub box_kind: String,
}

/// The box of a block: its nearest ancestor with a class, the block's own element aside.
fn prose_box(doc: &Document, b: &Block) -> Option<Prose> {
    b.ancestors.iter().skip(1).find_map(|&id| {
        let node = NodeRef::new(id, &doc.tree);
        let class = node.attr("class").filter(|c| !c.trim().is_empty())?;
        let tag = node.node_name().unwrap_or_default();
        Some(Prose {
            text: b.text.clone(),
            box_id: id,
            box_kind: format!("{}.{}", tag.to_ascii_lowercase(), collapse_ws(&class)),
        })
    })
}

/// Analyse the page: its main text and its furniture-only texts.
pub(crate) fn analyse(doc: &Document, title: Option<&str>, author: Option<&str>) -> Analysis {
    let (blocks, furniture) = collect_blocks(doc);
    let outside: HashSet<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
    let furniture_only = furniture
        .into_iter()
        .filter(|t| !t.is_empty() && !outside.contains(t.as_str()))
        .collect();
    let main = main_of(&blocks, doc, title, author);
    let prose = blocks
        .iter()
        .filter(|b| is_prose(b))
        .filter_map(|b| prose_box(doc, b))
        .collect();
    Analysis {
        main,
        furniture_only,
        prose,
    }
}

fn looks_like_byline(t: &str) -> bool {
    let words = t.split_whitespace().count();
    (2..=10).contains(&words)
        && t.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("by "))
        && !ends_sentence(t)
}

/// The page's main text, or `None` when no prose container was found. `title` and
/// `author` (from metadata) help drop the headline and byline lines.
#[cfg(test)]
pub(crate) fn extract(
    doc: &Document,
    title: Option<&str>,
    author: Option<&str>,
) -> Option<MainText> {
    analyse(doc, title, author).main
}

fn main_of(
    blocks: &[Block],
    doc: &Document,
    title: Option<&str>,
    author: Option<&str>,
) -> Option<MainText> {
    // Score containers: each prose block adds to its parent, half to the grandparent, a
    // third to the one above.
    let mut score: HashMap<NodeId, f64> = HashMap::new();
    let mut prose_chars: HashMap<NodeId, usize> = HashMap::new();
    for b in blocks.iter().filter(|b| is_prose(b)) {
        let commas = b.text.matches([',', '،', '、']).count() as f64;
        let s = 1.0 + commas + (b.chars() as f64 / 100.0).min(3.0);
        for (level, id) in b.ancestors.iter().take(3).enumerate() {
            *score.entry(*id).or_default() += s / (level as f64 + 1.0);
        }
        for id in &b.ancestors {
            *prose_chars.entry(*id).or_default() += b.chars();
        }
    }
    let tree_node = |id: NodeId| NodeRef::new(id, &doc.tree);
    let weighted = |id: NodeId, s: f64| {
        let names = attr_names(&tree_node(id));
        let tag = tree_node(id)
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        let bonus = if POSITIVE.iter().any(|p| names.contains(p)) || tag == "article" {
            5.0
        } else {
            0.0
        };
        s + bonus
    };
    let mut best = score
        .iter()
        .map(|(id, s)| (*id, weighted(*id, *s)))
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))?
        .0;
    // Climb while the parent holds clearly more prose (an article split into sections).
    while let Some(parent) = tree_node(best).parent().filter(|p| p.is_element()) {
        let mine = prose_chars.get(&best).copied().unwrap_or(0);
        let theirs = prose_chars.get(&parent.id).copied().unwrap_or(0);
        if theirs * 10 > mine * 13 {
            best = parent.id;
        } else {
            break;
        }
    }
    let inside: Vec<&Block> = blocks
        .iter()
        .filter(|b| b.ancestors.contains(&best))
        .collect();
    let title_l = title.map(|t| collapse_ws(t).to_lowercase());
    let author_l = author.map(|a| a.to_lowercase()).filter(|a| a.len() >= 4);
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for b in &inside {
        *counts.entry(b.text.as_str()).or_default() += 1;
    }
    let mut keep: Vec<(&Block, bool)> = Vec::new(); // (block, is prose)
    for b in inside {
        let lower = b.text.to_lowercase();
        if title_l.as_deref() == Some(lower.as_str()) {
            continue;
        }
        if b.link_density() >= 0.5 {
            continue;
        }
        if counts.get(b.text.as_str()).copied().unwrap_or(0) > 1 && b.words() <= 40 {
            continue;
        }
        let short = b.words() < 8 || (!ends_sentence(&b.text) && b.words() < 16);
        if short {
            let meta_like = author_l.as_deref().is_some_and(|a| lower.contains(a))
                || super::normalise_date(&b.text).is_some()
                || b.text.contains(" · ")
                || b.text.contains(" | ")
                || !b.text.chars().next().is_some_and(char::is_uppercase);
            if meta_like {
                continue;
            }
        }
        keep.push((b, !short));
    }
    // Short lines are subheadings only between prose: trim them from both ends.
    let mut byline = None;
    while let Some((b, prose)) = keep.first() {
        // A short sentence ("The decision takes effect immediately.") is text; kickers,
        // standfirst fragments and bylines do not end like sentences.
        if *prose || (ends_sentence(&b.text) && b.words() >= 3) {
            break;
        }
        if byline.is_none() && looks_like_byline(&b.text) {
            byline = Some(b.text.clone());
        }
        keep.remove(0);
    }
    while keep.last().is_some_and(|(_, prose)| !prose) {
        keep.pop();
    }
    let prose_words: usize = keep
        .iter()
        .filter(|(_, p)| *p)
        .map(|(b, _)| b.words())
        .sum();
    if prose_words < 30 {
        return None;
    }
    let text = keep
        .iter()
        .map(|(b, _)| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    Some(MainText { text, byline })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(html: &str) -> String {
        extract(
            &Document::from(html),
            Some("Harbour reopens"),
            Some("Ana Ruiz"),
        )
        .map(|m| m.text)
        .unwrap_or_default()
    }

    const P: &str = "<p>The harbour reopened on Monday after a week of repairs to the main quay, officials said, and ferries resumed their normal timetable.</p>";
    const Q: &str = "<p>Fishing boats, which had moored in a neighbouring bay, returned in the afternoon, and the market opened an hour early on Tuesday.</p>";
    const R: &str = "<p>The port authority said the repairs cost less than expected, but warned that a second quay would need the same work next year.</p>";

    #[test]
    fn a_drop_cap_does_not_split_its_word() {
        let html = format!(
            "<body><article><p><span class='dropcap'>T</span>he ferry to Hvar was delayed by four hours, the operator said, because of strong winds.</p>{Q}{R}</article></body>"
        );
        assert!(
            text_of(&html).starts_with("The ferry to Hvar"),
            "{}",
            text_of(&html)
        );
    }

    #[test]
    fn a_commentary_article_is_not_pruned_as_comments() {
        let html = format!(
            "<body><div class='commentary'><h1>Harbour reopens</h1>{P}{Q}{R}</div><div class='comments'><p>First! This is a comment that goes on for a while, with commas, and more words.</p></div></body>"
        );
        let t = text_of(&html);
        assert!(t.contains("The harbour reopened on Monday"), "{t}");
        assert!(!t.contains("First!"), "{t}");
    }

    #[test]
    fn bylines_dates_and_link_lists_leave_subheadings_stay() {
        let html = format!(
            "<body><article><p>By Ana Ruiz</p><p>2025-03-01</p>{P}{Q}<h2>What comes next</h2>{R}<ul><li><a href='/a'>Another story entirely</a></li></ul></article></body>"
        );
        let t = text_of(&html);
        assert!(t.starts_with("The harbour reopened"), "{t}");
        assert!(t.contains("\n\nWhat comes next\n\n"), "{t}");
        assert!(!t.contains("Another story"), "{t}");
    }
}
