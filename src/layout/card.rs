//! Compose a card into a page, and the fit-to-one-page rule.
//!
//! # The page
//! Masthead (optional handling marking, kicker with the reference date, title, source
//! line, heavy rule), the summary, Who beside Where (the locator map heads the Where list),
//! When (the timeline heads the date list), Open issues, and the footer. Sections start
//! on a half-line baseline grid.
//!
//! # The fit rule
//! The page is always exactly one page. Layout tries the arrangements in [`VARIANTS`] in
//! order and keeps the first on which everything fits: the type scale [`DENSITIES`] from
//! the loosest (10 pt body) to the tightest (8 pt body, never smaller), long When and Open
//! issues lists in two balanced columns, the map at 75 %, 55 % and 45 % of its height, and
//! finally no timeline (the When list keeps every date). [`PageLayout::adjustments`] says
//! which of these it used. When even the last does not fit, items leave from the end
//! (lowest rank) of the longest list that makes the page longer, one at a time, until the
//! page fits; every list that lost items ends with a visible "+N more" line, and
//! [`PageLayout::omitted`] says what was left out. Blocks too long for a briefing are
//! shortened with "…" whatever the space: a title to 3 lines, a summary paragraph to 8, a
//! name, place or event to 2, an issue's evidence to 3; those cuts are reported in
//! `omitted` too.

use crate::model::chronology;
use crate::model::{Card, PlaceItem, WhenItem, WhoItem};

use super::fonts::{FontBook, book};
use super::map::{self, Marker};
use super::page::{FontFace, PageItem, PageLayout, RUN_ASCENT, RUN_DESCENT, Rule, TextRun};
use super::style::{DENSITIES, Density, PageStyle, Palette};
use super::text::{Line, Span, TextStyle, clean, fit_line, wrap_clamped};
use super::timeline;

/// Space between the two columns, in points.
const GUTTER_PT: f32 = 18.0;
/// Size of section heads, the kicker and the footer.
const SMALL_PT: f32 = 7.5;
/// Size of the source line.
const SOURCE_PT: f32 = 8.0;
/// Line limits per block.
const TITLE_LINES: usize = 3;
const SUMMARY_LINES: usize = 8;
const NAME_LINES: usize = 2;
const EVIDENCE_LINES: usize = 3;

/// Something laid out at the origin, to be moved into place.
#[derive(Debug, Clone, Default)]
struct Block {
    items: Vec<PageItem>,
    height: f32,
    /// Notes for `omitted` when the block's text was shortened.
    notes: Vec<String>,
}

impl Block {
    fn place(mut self, x: f32, y: f32, out: &mut Vec<PageItem>) {
        for mut item in self.items.drain(..) {
            item.translate(x, y);
            out.push(item);
        }
    }
}

/// The card's printable content, cleaned once.
struct Content {
    header: String,
    kicker_right: String,
    title: String,
    source: String,
    footer_left: String,
    footer_right: String,
    summary: Vec<String>,
    who: Vec<WhoItem>,
    places: Vec<PlaceItem>,
    when: Vec<WhenItem>,
    issues: Vec<(String, String)>,
    /// On a card of several sources: how many carry each entry of each list, and whether
    /// they differ (parallel to `who`, `places`, `when`, `issues`); empty marks otherwise.
    who_marks: Vec<Mark>,
    place_marks: Vec<Mark>,
    when_marks: Vec<Mark>,
    issue_marks: Vec<Mark>,
    /// Counted figures of a card of several sources ("14 killed") with their marks.
    figures: Vec<(String, Mark)>,
    /// Places with coordinates, numbered as in the Where list.
    markers: Vec<Marker>,
    /// ISO codes of the countries the card mentions.
    shaded: Vec<String>,
    /// The reference date as `YYYY-MM-DD`.
    reference_value: Option<String>,
}

/// What a card of several sources prints after an entry: how many sources carry it (from
/// two) and whether they differ.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Mark {
    count: usize,
    differ: bool,
}

impl Mark {
    fn of<T>(item: &crate::model::CardItem<T>, merged: bool) -> Self {
        if !merged {
            return Self::default();
        }
        Self {
            count: item.source_count(),
            differ: item.sources_differ(),
        }
    }
}

/// The included items of a list with their marks.
fn included_marked<T: Clone>(list: &[crate::model::CardItem<T>], merged: bool) -> Vec<(T, Mark)> {
    list.iter()
        .filter(|i| i.included())
        .map(|i| (i.value.clone(), Mark::of(i, merged)))
        .collect()
}

/// One source as the source line of a card of several names it: its outlet or file, and
/// its publication date.
fn source_label(facts: &crate::model::Facts) -> String {
    let name = crate::model::source_name(facts);
    match facts.article.published.as_deref().and_then(timex_label) {
        Some(p) => format!("{}, {p}", clean(&name)),
        None => clean(&name),
    }
}

fn included<T: Clone>(list: &[crate::model::CardItem<T>]) -> Vec<T> {
    list.iter()
        .filter(|i| i.included())
        .map(|i| i.value.clone())
        .collect()
}

/// A TimeML value as the page prints dates, or `None` when it is not a calendar date.
fn timex_label(value: &str) -> Option<String> {
    let item = WhenItem {
        value: Some(value.to_owned()),
        ..WhenItem::default()
    };
    Some(item.date_label()).filter(|s| !s.is_empty())
}

fn file_label(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.to_owned(), |n| n.to_string_lossy().into_owned())
}

impl Content {
    fn of(card: &Card, style: &PageStyle) -> Self {
        let article = &card.facts.article;
        let reference = card
            .meta
            .reference_date
            .value
            .as_deref()
            .and_then(timex_label);
        let merged = card.source_count() >= 2;
        let mut source_parts: Vec<String> = Vec::new();
        let published = article.published.as_deref().and_then(timex_label);
        if merged {
            // Each source, numbered as the panes number them.
            let list: Vec<String> = card
                .sources()
                .enumerate()
                .map(|(i, f)| format!("{} {}", i + 1, source_label(f)))
                .collect();
            source_parts.push(format!(
                "{} sources: {}",
                card.source_count(),
                list.join("; ")
            ));
        } else {
            if let Some(d) = article.dateline.as_deref().filter(|d| !d.trim().is_empty()) {
                source_parts.push(clean(d));
            }
            if let Some(b) = article.byline.as_deref().filter(|b| !b.trim().is_empty()) {
                source_parts.push(clean(b));
            }
            if let Some(p) = &published {
                source_parts.push(format!("published {p}"));
            }
        }
        // The reference date is worth a mention when it is not simply the publication date.
        if let Some(r) = reference
            .as_ref()
            .filter(|r| published.as_ref() != Some(*r))
        {
            source_parts.push(format!(
                "dates read against {r} ({})",
                card.meta.reference_date.source.describe()
            ));
        }
        if card.meta.reference_date.value.is_none() {
            let unplaced = card
                .when
                .iter()
                .any(|w| w.included() && chronology::is_unplaced(&w.value));
            source_parts.push(if unplaced {
                "no publication date found: dates in italics are as the article writes them, \
                 not placed on the calendar"
                    .to_owned()
            } else {
                "no publication date found".to_owned()
            });
        }
        let path = card.facts.source.path.trim();
        let mut footer_parts = vec!["briefcard".to_owned()];
        if merged {
            footer_parts.push(format!("{} sources", card.source_count()));
        } else if !path.is_empty() {
            footer_parts.push(clean(&file_label(path)));
        }
        if let Some(g) = &style.generated {
            footer_parts.push(format!("generated {g}"));
        }
        let mut title = clean(&card.title.value);
        if title.is_empty() {
            title = "Untitled briefing".to_owned();
        }
        let clean_who = |w: WhoItem| WhoItem {
            name: clean(&w.name),
            role: clean(&w.role),
            kind: w.kind,
        };
        let (places, place_marks): (Vec<PlaceItem>, Vec<Mark>) =
            included_marked(&card.places, merged)
                .into_iter()
                .map(|(mut p, m)| {
                    p.name = clean(&p.name);
                    (p, m)
                })
                .filter(|(p, _)| !p.name.is_empty())
                .unzip();
        let (who, who_marks): (Vec<WhoItem>, Vec<Mark>) = included_marked(&card.who, merged)
            .into_iter()
            .map(|(w, m)| (clean_who(w), m))
            .filter(|(w, _)| !w.name.is_empty() || !w.role.is_empty())
            .unzip();
        let when_marked: Vec<(WhenItem, Mark)> = included_marked(&card.when, merged)
            .into_iter()
            .map(|(mut w, m)| {
                w.text = clean(&w.text);
                w.event = clean(&w.event);
                (w, m)
            })
            .filter(|(w, _)| !w.text.is_empty() || !w.event.is_empty() || w.value.is_some())
            .collect();
        let when_items: Vec<WhenItem> = when_marked.iter().map(|(w, _)| w.clone()).collect();
        // The page reads as a chronology whatever order the list is in.
        let (when, when_marks): (Vec<WhenItem>, Vec<Mark>) =
            chronology::chronological_order(&when_items)
                .into_iter()
                .filter_map(|i| when_marked.get(i).cloned())
                .unzip();
        let (issues, issue_marks): (Vec<(String, String)>, Vec<Mark>) =
            included_marked(&card.issues, merged)
                .into_iter()
                .map(|(i, m)| ((clean(&i.label), clean(&i.evidence)), m))
                .filter(|((l, e), _)| !l.is_empty() || !e.is_empty())
                .unzip();
        let figures: Vec<(String, Mark)> = if merged {
            included_marked(&card.figures, merged)
                .into_iter()
                .map(|(f, m)| (clean(&f.label()), m))
                .filter(|(f, _)| !f.is_empty())
                .collect()
        } else {
            Vec::new()
        };
        let markers = places
            .iter()
            .filter(|p| has_coords(p))
            .filter_map(|p| Some((p.lat?, p.lon?)))
            .enumerate()
            .map(|(i, (lat, lon))| Marker {
                number: i + 1,
                lat,
                lon,
            })
            .collect();
        let mut shaded: Vec<String> = Vec::new();
        for p in &places {
            let by_name = (p.kind == crate::model::PlaceKind::Country)
                .then(|| {
                    map::countries()
                        .iter()
                        .find(|c| c.name.eq_ignore_ascii_case(&p.name))
                        .map(|c| c.code.clone())
                })
                .flatten();
            for code in p
                .country
                .iter()
                .map(|c| c.trim().to_ascii_uppercase())
                .chain(by_name)
            {
                if code.len() == 2 && !shaded.contains(&code) {
                    shaded.push(code);
                }
            }
        }
        Self {
            reference_value: card.meta.reference_date.value.clone(),
            markers,
            shaded,
            header: clean(&card.meta.header),
            kicker_right: reference
                .map(|r| format!("Reference date {r}"))
                .unwrap_or_default(),
            title,
            source: source_parts.join("  ·  "),
            footer_left: footer_parts.join("  ·  "),
            footer_right: clean(&card.meta.footer),
            summary: included(&card.summary)
                .iter()
                .map(|s| clean(s))
                .filter(|s| !s.is_empty())
                .collect(),
            who,
            places,
            when,
            issues,
            who_marks,
            place_marks,
            when_marks,
            issue_marks,
            figures,
        }
    }
}

/// The lists the fit rule can shorten, in page order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListKind {
    Summary,
    Who,
    Places,
    When,
    Issues,
}

impl ListKind {
    fn head(self) -> &'static str {
        match self {
            Self::Summary => "SUMMARY",
            Self::Who => "WHO",
            Self::Places => "WHERE",
            Self::When => "WHEN",
            Self::Issues => "OPEN ISSUES",
        }
    }

    fn noun(self, n: usize) -> &'static str {
        match (self, n == 1) {
            (Self::Summary, true) => "paragraph",
            (Self::Summary, false) => "paragraphs",
            (Self::Who, true) => "name",
            (Self::Who, false) => "names",
            (Self::Places, true) => "place",
            (Self::Places, false) => "places",
            (Self::When, true) => "date",
            (Self::When, false) => "dates",
            (Self::Issues, true) => "issue",
            (Self::Issues, false) => "issues",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Self::Summary => "Summary",
            Self::Who => "Who",
            Self::Places => "Where",
            Self::When => "When",
            Self::Issues => "Open issues",
        }
    }
}

/// A list laid out entry by entry, so the fit rule can count heights without re-wrapping.
struct Section {
    kind: ListKind,
    entries: Vec<Block>,
    /// Short labels of each entry, for the `omitted` report.
    labels: Vec<String>,
    /// How many entries are shown.
    shown: usize,
    head_h: f32,
    note_h: f32,
    gap_after: f32,
    /// A picture between the head and the entries (the map, the timeline).
    lead: Option<Lead>,
    /// Entries in one column, or balanced over two.
    columns: usize,
    /// How much each entry matters, when the list is not ranked by position (the When
    /// chronology): the fit rule leaves off the lightest shown entry first.
    weights: Option<Vec<i32>>,
}

impl Section {
    /// How many of the shown entries go in the first column.
    fn split(&self) -> usize {
        if self.columns >= 2 {
            self.shown.div_ceil(2)
        } else {
            self.shown
        }
    }

    fn body_height(&self) -> f32 {
        let first = self.split();
        let a: f32 = self.entries.iter().take(first).map(|b| b.height).sum();
        let b: f32 = self
            .entries
            .iter()
            .take(self.shown)
            .skip(first)
            .map(|b| b.height)
            .sum();
        a.max(b)
    }

    fn height(&self) -> f32 {
        if self.entries.is_empty() && self.lead.is_none() {
            return 0.0;
        }
        let note = if self.shown < self.entries.len() {
            self.note_h
        } else {
            0.0
        };
        let lead = self.lead.as_ref().map_or(0.0, Lead::height);
        self.head_h + lead + self.body_height() + note + self.gap_after
    }

    /// Before the fit rule leaves the last shown entry off: when the entries carry weights,
    /// move the lightest shown one (the later among equals) to that last place, so it is the
    /// one left off and the rest keep their order.
    fn drop_lightest(&mut self) {
        let Some(weights) = self.weights.as_mut() else {
            return;
        };
        let shown = self.shown.min(weights.len()).min(self.entries.len());
        let Some(last) = shown.checked_sub(1) else {
            return;
        };
        let lightest = (0..shown)
            .rev()
            .min_by_key(|&i| weights.get(i).copied().unwrap_or(i32::MAX))
            .unwrap_or(last);
        if lightest == last || self.labels.len() < shown {
            return;
        }
        let w = weights.remove(lightest);
        weights.insert(last, w);
        let e = self.entries.remove(lightest);
        self.entries.insert(last, e);
        let l = self.labels.remove(lightest);
        self.labels.insert(last, l);
    }

    fn hidden(&self) -> usize {
        self.entries.len().saturating_sub(self.shown)
    }
}

/// A picture at the top of a section. The map is only drawn once its place is final:
/// the fit rule needs its height, not its thousands of points.
enum Lead {
    Map {
        view: map::View,
        w: f32,
        h: f32,
        gap: f32,
    },
    Block(Block),
}

impl Lead {
    fn height(&self) -> f32 {
        match self {
            Self::Map { h, gap, .. } => h + gap,
            Self::Block(b) => b.height,
        }
    }
}

/// Lays out blocks at one density.
struct Composer<'a> {
    book: &'a FontBook,
    pal: Palette,
    d: Density,
    lh: f32,
    /// Hanging indent of numbered lists, wide enough for the largest number.
    num_indent: f32,
}

impl Composer<'_> {
    fn style(&self, face: FontFace, size_pt: f32, color: [f32; 3]) -> TextStyle {
        TextStyle {
            face,
            size_pt,
            color,
        }
    }

    fn body(&self, face: FontFace) -> TextStyle {
        self.style(face, self.d.body_pt, self.pal.ink)
    }

    fn muted(&self, face: FontFace) -> TextStyle {
        self.style(face, self.d.body_pt, self.pal.muted)
    }

    /// Baseline of text of `size` centred in a line box `lh` tall whose top is `top`.
    fn baseline(top: f32, lh: f32, size: f32) -> f32 {
        top + (lh + size * (RUN_ASCENT - RUN_DESCENT)) / 2.0
    }

    fn emit_lines(items: &mut Vec<PageItem>, lines: &[Line], x: f32, top: f32, lh: f32) -> f32 {
        let mut y = top;
        for line in lines {
            let size = line
                .pieces
                .iter()
                .map(|p| p.style.size_pt)
                .fold(0.0_f32, f32::max);
            let base = Self::baseline(y, lh, size);
            for p in &line.pieces {
                items.push(PageItem::Text(TextRun {
                    x: x + p.dx,
                    y: base,
                    size_pt: p.style.size_pt,
                    face: p.style.face,
                    color: p.style.color,
                    text: p.text.clone(),
                    width_pt: p.width,
                }));
            }
            y += lh;
        }
        y - top
    }

    fn run(&self, text: &str, style: TextStyle, x: f32, top: f32, lh: f32, max_w: f32) -> TextRun {
        let p = fit_line(self.book, text, style, max_w);
        TextRun {
            x,
            y: Self::baseline(top, lh, style.size_pt),
            size_pt: style.size_pt,
            face: style.face,
            color: style.color,
            text: p.text,
            width_pt: p.width,
        }
    }

    /// A wrapped paragraph (with an optional hanging marker) as a block.
    fn paragraph(
        &self,
        spans: &[Span],
        w: f32,
        max_lines: usize,
        marker: Option<(String, TextStyle)>,
        what: &str,
    ) -> Block {
        let numbered = marker
            .as_ref()
            .is_some_and(|(m, _)| m.chars().all(|c| c.is_ascii_digit()));
        let indent = match (&marker, numbered) {
            (Some(_), true) => self.num_indent.max(self.d.body_pt * 1.1),
            (Some(_), false) => self.d.body_pt * 1.1,
            (None, _) => 0.0,
        };
        let wrapped = wrap_clamped(self.book, spans, w - indent, max_lines);
        let mut b = Block::default();
        if let Some((m, st)) = marker {
            let mw = self.book.width(st.face, &m, st.size_pt);
            // Numbers are right-aligned in the hanging indent; bullets sit at its left.
            let x = if m.chars().all(|c| c.is_ascii_digit()) {
                (indent - mw - self.d.body_pt * 0.35).max(0.0)
            } else {
                0.0
            };
            b.items.push(PageItem::Text(TextRun {
                x,
                y: Self::baseline(0.0, self.lh, st.size_pt),
                size_pt: st.size_pt,
                face: st.face,
                color: st.color,
                text: m,
                width_pt: mw,
            }));
        }
        b.height = Self::emit_lines(&mut b.items, &wrapped.lines, indent, 0.0, self.lh);
        if wrapped.clamped {
            b.notes.push(format!("{what} was shortened"));
        }
        b
    }

    fn entry_gap(&self) -> f32 {
        self.d.entry_gap_lines * self.lh
    }

    fn bullet(&self) -> (String, TextStyle) {
        (
            "•".to_owned(),
            self.style(FontFace::Bold, self.d.body_pt, self.pal.accent),
        )
    }

    /// The small marks after an entry of a card of several sources: "3 sources", and
    /// "sources differ" where they disagree on it.
    fn mark_spans(&self, m: Mark) -> Vec<Span> {
        let mut out = Vec::new();
        let size = (self.d.body_pt - 1.5).max(SMALL_PT - 1.0);
        if m.count >= 2 {
            out.push(Span::new(
                format!("  {} sources", m.count),
                self.style(FontFace::Regular, size, self.pal.muted),
            ));
        }
        if m.differ {
            out.push(Span::new(
                "  sources differ",
                self.style(FontFace::Italic, size, self.pal.accent),
            ));
        }
        out
    }

    fn who_entry(&self, w: &WhoItem, mark: Mark, width: f32) -> Block {
        let mut spans = Vec::new();
        if !w.name.is_empty() {
            spans.push(Span::new(w.name.clone(), self.body(FontFace::Bold)));
        }
        if !w.role.is_empty() {
            let role = if w.name.is_empty() {
                w.role.clone()
            } else {
                format!(" {}", w.role)
            };
            spans.push(Span::new(role, self.muted(FontFace::Regular)));
        }
        spans.extend(self.mark_spans(mark));
        let what = format!("Who: “{}”", short(&w.name));
        let mut b = self.paragraph(&spans, width, NAME_LINES, Some(self.bullet()), &what);
        b.height += self.entry_gap();
        b
    }

    fn place_entry(
        &self,
        number: Option<usize>,
        (p, mark): (&PlaceItem, Mark),
        width: f32,
        map: bool,
    ) -> Block {
        let mut detail: Vec<String> = Vec::new();
        if !matches!(p.kind, crate::model::PlaceKind::Other) {
            detail.push(p.kind.as_str().to_owned());
        }
        if let Some(c) = p
            .country
            .as_deref()
            .map(clean)
            .filter(|c| !c.is_empty() && !p.name.eq_ignore_ascii_case(c))
        {
            detail.push(c);
        }
        if map && number.is_none() {
            // Places without coordinates are listed, not drawn: say so.
            detail.push("not on the map".to_owned());
        }
        let mut spans = vec![Span::new(p.name.clone(), self.body(FontFace::Bold))];
        if !detail.is_empty() {
            spans.push(Span::new(
                format!(" {}", detail.join(", ")),
                self.muted(FontFace::Regular),
            ));
        }
        spans.extend(self.mark_spans(mark));
        let marker = match number {
            Some(n) => (
                n.to_string(),
                self.style(FontFace::Bold, self.d.body_pt, self.pal.accent),
            ),
            None => ("–".to_owned(), self.muted(FontFace::Regular)),
        };
        let what = format!("Where: “{}”", short(&p.name));
        let mut b = self.paragraph(&spans, width, NAME_LINES, Some(marker), &what);
        b.height += self.entry_gap();
        b
    }

    fn when_entry(&self, w: &WhenItem, mark: Mark, width: f32, date_w: f32) -> Block {
        let date = clean(&w.date_label());
        // A date as the article writes it, not on the calendar, is set apart in italics.
        let date_style = if chronology::is_unplaced(w) {
            self.muted(FontFace::Italic)
        } else {
            self.body(FontFace::Bold)
        };
        let date_lines = wrap_clamped(self.book, &[Span::new(date, date_style)], date_w, 2);
        let (event, style) = if w.event.is_empty() {
            (format!("“{}”", w.text), self.muted(FontFace::Italic))
        } else {
            (w.event.clone(), self.body(FontFace::Regular))
        };
        let ev_x = date_w + self.d.body_pt;
        let mut ev_spans = vec![Span::new(event, style)];
        ev_spans.extend(self.mark_spans(mark));
        let ev_lines = wrap_clamped(self.book, &ev_spans, width - ev_x, NAME_LINES);
        let mut b = Block::default();
        let h1 = Self::emit_lines(&mut b.items, &date_lines.lines, 0.0, 0.0, self.lh);
        let h2 = Self::emit_lines(&mut b.items, &ev_lines.lines, ev_x, 0.0, self.lh);
        b.height = h1.max(h2) + self.entry_gap();
        if ev_lines.clamped || date_lines.clamped {
            b.notes
                .push(format!("When: “{}” was shortened", short(&w.event)));
        }
        b
    }

    fn issue_entry(&self, label: &str, evidence: &str, mark: Mark, width: f32) -> Block {
        let what = format!("Open issues: “{}”", short(label));
        let mut b = if label.is_empty() {
            Block::default()
        } else {
            let mut spans = vec![Span::new(label, self.body(FontFace::Bold))];
            spans.extend(self.mark_spans(mark));
            self.paragraph(&spans, width, NAME_LINES, Some(self.bullet()), &what)
        };
        if !evidence.is_empty() {
            let indent = self.d.body_pt * 1.1;
            let ev = wrap_clamped(
                self.book,
                &[Span::new(evidence, self.muted(FontFace::Italic))],
                width - indent,
                EVIDENCE_LINES,
            );
            let h = Self::emit_lines(&mut b.items, &ev.lines, indent, b.height, self.lh);
            b.height += h;
            if ev.clamped {
                b.notes.push(format!("{what}: its evidence was shortened"));
            }
        }
        b.height += self.entry_gap() + self.lh * 0.15;
        b
    }

    fn head(&self, kind: ListKind, width: f32) -> Block {
        let mut b = Block::default();
        let st = self.style(FontFace::Bold, SMALL_PT, self.pal.accent);
        b.items.push(PageItem::Text(self.run(
            kind.head(),
            st,
            0.0,
            0.0,
            self.lh,
            width,
        )));
        b.items.push(PageItem::Rule(Rule {
            from: [0.0, self.lh - 1.0],
            to: [width, self.lh - 1.0],
            width_pt: 0.5,
            color: self.pal.rule,
        }));
        b.height = self.lh + self.lh * 0.3;
        b
    }

    fn more_note(&self, kind: ListKind, n: usize, width: f32) -> Block {
        let mut b = Block::default();
        let text = format!("+{n} more {}", kind.noun(n));
        let st = self.style(FontFace::Italic, self.d.body_pt, self.pal.muted);
        let indent = if kind == ListKind::Summary {
            0.0
        } else {
            self.d.body_pt * 1.1
        };
        b.items.push(PageItem::Text(self.run(
            &text,
            st,
            indent,
            0.0,
            self.lh,
            width - indent,
        )));
        b.height = self.lh;
        b
    }

    fn section(
        &self,
        kind: ListKind,
        entries: Vec<Block>,
        labels: Vec<String>,
        width: f32,
    ) -> Section {
        let has_head = kind != ListKind::Summary;
        Section {
            kind,
            shown: entries.len(),
            entries,
            labels,
            head_h: if has_head {
                self.head(kind, width).height
            } else {
                0.0
            },
            note_h: self.lh,
            gap_after: self.d.section_gap_lines * self.lh,
            lead: None,
            columns: 1,
            weights: None,
        }
    }
}

fn short(text: &str) -> String {
    let mut s: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        s.push('…');
    }
    s
}

/// The page's frame: where content may go.
struct Frame {
    left: f32,
    top: f32,
    width: f32,
    /// Bottom of the body area (above the footer).
    body_bottom: f32,
    /// Bottom margin line.
    bottom: f32,
}

/// The sections and fixed blocks at one density, before placement.
struct Plan {
    top_blocks: Vec<Block>,
    sections: Vec<Section>,
    /// Index pair in `sections` of the lists set side by side, if any.
    pair: Option<(usize, usize)>,
    col_w: f32,
    variant: Variant,
    /// Half a body line: the grid sections start on.
    grid: f32,
}

/// One candidate arrangement the fit rule tries.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Variant {
    /// Index into [`DENSITIES`].
    density: usize,
    /// Map height as a share of its natural height.
    map_scale: f32,
    /// Draw the timeline above the When list.
    timeline: bool,
    /// Set long When and Open issues lists in two balanced columns.
    two_columns: bool,
}

/// The arrangements the fit rule tries, most generous first: the type scale tightens,
/// long lists go to two columns, then the map shrinks, then type and spacing reach their floor, then the timeline (which
/// repeats the When list) leaves.
const VARIANTS: [Variant; 10] = [
    v(0, 1.0, true, false),
    v(1, 1.0, true, false),
    v(2, 1.0, true, false),
    v(2, 1.0, true, true),
    v(2, 0.75, true, true),
    v(3, 0.75, true, true),
    v(3, 0.55, true, true),
    v(4, 0.55, true, true),
    v(4, 0.45, true, true),
    v(4, 0.45, false, true),
];

const fn v(density: usize, map_scale: f32, timeline: bool, two_columns: bool) -> Variant {
    Variant {
        density,
        map_scale,
        timeline,
        two_columns,
    }
}

impl Plan {
    fn top_height(&self) -> f32 {
        self.top_blocks.iter().map(|b| b.height).sum()
    }

    /// Round a distance from the top of the frame up to the half-line grid, so that every
    /// section starts on the baseline grid of the body text.
    fn snap(&self, h: f32) -> f32 {
        if self.grid <= 0.0 {
            return h;
        }
        (h / self.grid - 0.01).ceil().max(0.0) * self.grid
    }

    fn height(&self) -> f32 {
        let mut h = self.snap(self.top_height());
        for (i, s) in self.sections.iter().enumerate() {
            let sh = match self.pair {
                Some((a, b)) if i == a => {
                    let other = self.sections.get(b).map_or(0.0, Section::height);
                    s.height().max(other)
                }
                Some((_, b)) if i == b => continue,
                _ => s.height(),
            };
            if sh > 0.0 {
                h = self.snap(h + sh);
            }
        }
        h
    }

    /// Take the lowest-ranked item of the longest list that takes room; false when nothing
    /// is left to take.
    fn trim_one(&mut self) -> bool {
        let candidates: Vec<usize> = (0..self.sections.len())
            .filter(|&i| {
                let Some(s) = self.sections.get(i) else {
                    return false;
                };
                let min = usize::from(s.kind == ListKind::Summary);
                if s.shown <= min {
                    return false;
                }
                // Of two lists side by side only the taller one makes the page longer.
                match self.pair {
                    Some((a, b)) if i == a || i == b => {
                        let other = if i == a { b } else { a };
                        let oh = self.sections.get(other).map_or(0.0, Section::height);
                        s.height() >= oh
                    }
                    _ => true,
                }
            })
            .collect();
        let pick = candidates
            .iter()
            .copied()
            .rev()
            .max_by_key(|&i| self.sections.get(i).map_or(0, |s| s.shown));
        match pick.and_then(|i| self.sections.get_mut(i)) {
            Some(s) => {
                s.drop_lightest();
                s.shown -= 1;
                true
            }
            None => false,
        }
    }
}

/// Lay out a card on its paper with the default style, stamped with the current time.
#[must_use]
pub fn layout_card(card: &Card) -> PageLayout {
    layout_card_with(card, &PageStyle::for_card(card))
}

/// Lay out a card with an explicit style (paper, theme, options, generation time).
#[must_use]
pub fn layout_card_with(card: &Card, style: &PageStyle) -> PageLayout {
    let (pw, ph) = style.paper.size_pt();
    let m = style.margin_pt.clamp(18.0, pw / 4.0);
    let pal = style.palette();
    let book = book();
    let content = Content::of(card, style);
    let footer_h = SMALL_PT * 1.4 + 6.0;
    let frame = Frame {
        left: m,
        top: m,
        width: pw - 2.0 * m,
        body_bottom: ph - m - footer_h,
        bottom: ph - m,
    };
    let avail = frame.body_bottom - frame.top;

    let mut plan = None;
    for v in VARIANTS {
        let p = build_plan(book, pal, v, &content, frame.width, style);
        let fits = p.height() <= avail;
        plan = Some(p);
        if fits {
            break;
        }
    }
    let mut layout = PageLayout {
        width_pt: pw,
        height_pt: ph,
        content_box: [m, m, pw - m, ph - m],
        background: pal.paper,
        ..PageLayout::default()
    };
    let Some(mut plan) = plan else {
        return layout;
    };
    while plan.height() > avail && plan.trim_one() {}

    let v = plan.variant;
    if v.density > 0 {
        let d = DENSITIES.get(v.density).copied().unwrap_or(DENSITIES[0]);
        layout.adjustments.push(format!(
            "Body type set at {} pt with tighter spacing to fit one page.",
            d.body_pt
        ));
    }
    if !v.timeline && style.show_timeline {
        layout
            .adjustments
            .push("Timeline left out to fit one page (the When list keeps every date).".to_owned());
    }
    if v.two_columns
        && plan
            .sections
            .iter()
            .any(|s| s.columns == 2 && matches!(s.kind, ListKind::When | ListKind::Issues))
    {
        layout
            .adjustments
            .push("Long lists set in two columns to fit one page.".to_owned());
    }
    let has_map = plan
        .sections
        .iter()
        .any(|s| matches!(s.lead, Some(Lead::Map { .. })));
    if has_map && v.map_scale < 1.0 {
        layout.adjustments.push(format!(
            "Map drawn at {:.0} % of its height to fit one page.",
            v.map_scale * 100.0
        ));
    }
    place(book, pal, &plan, &content, &frame, footer_h, &mut layout);
    collect_unprintable(book, &mut layout);
    layout.fingerprint = layout.compute_fingerprint();
    layout
}

fn build_plan(
    book: &FontBook,
    pal: Palette,
    variant: Variant,
    c: &Content,
    width: f32,
    style: &PageStyle,
) -> Plan {
    let d = DENSITIES
        .get(variant.density)
        .copied()
        .unwrap_or(DENSITIES[0]);
    let lh = d.line_pt();
    let mut k = Composer {
        book,
        pal,
        d,
        lh,
        num_indent: 0.0,
    };
    let mut top_blocks = Vec::new();

    let small_lh = SMALL_PT * 1.5;
    if !c.header.is_empty() {
        let st = k.style(FontFace::Bold, SMALL_PT + 0.5, pal.marking);
        let mut run = k.run(&c.header, st, 0.0, 0.0, small_lh, width);
        run.x = (width - run.width_pt) / 2.0;
        top_blocks.push(Block {
            items: vec![PageItem::Text(run)],
            height: small_lh + lh * 0.4,
            notes: Vec::new(),
        });
    }
    // Kicker: what this page is, and the date it speaks from.
    let mut kicker = Block {
        height: small_lh,
        ..Block::default()
    };
    kicker.items.push(PageItem::Text(k.run(
        "BRIEFING",
        k.style(FontFace::Bold, SMALL_PT, pal.accent),
        0.0,
        0.0,
        small_lh,
        width,
    )));
    if !c.kicker_right.is_empty() {
        let st = k.style(FontFace::Regular, SMALL_PT, pal.muted);
        let mut run = k.run(&c.kicker_right, st, 0.0, 0.0, small_lh, width * 0.6);
        run.x = width - run.width_pt;
        kicker.items.push(PageItem::Text(run));
    }
    top_blocks.push(kicker);

    let title_lh = d.title_pt * 1.18;
    let title = wrap_clamped(
        book,
        &[Span::new(
            c.title.clone(),
            k.style(FontFace::Bold, d.title_pt, pal.ink),
        )],
        width,
        TITLE_LINES,
    );
    let mut tb = Block::default();
    tb.height = Composer::emit_lines(&mut tb.items, &title.lines, 0.0, 0.0, title_lh) + lh * 0.2;
    if title.clamped {
        tb.notes.push("The title was shortened".to_owned());
    }
    top_blocks.push(tb);

    if !c.source.is_empty() {
        let src_lh = SOURCE_PT * 1.35;
        let w = wrap_clamped(
            book,
            &[Span::new(
                c.source.clone(),
                k.style(FontFace::Regular, SOURCE_PT, pal.muted),
            )],
            width,
            2,
        );
        let mut b = Block::default();
        b.height = Composer::emit_lines(&mut b.items, &w.lines, 0.0, 0.0, src_lh);
        top_blocks.push(b);
    }
    // The heavy rule that closes the masthead.
    let mut rule = Block::default();
    rule.items.push(PageItem::Rule(Rule {
        from: [0.0, lh * 0.5],
        to: [width, lh * 0.5],
        width_pt: 1.5,
        color: pal.ink,
    }));
    rule.height = lh * 1.2;
    top_blocks.push(rule);
    // The counted figures of a card of several sources, on one line under the masthead.
    if !c.figures.is_empty() {
        let mut spans = vec![Span::new(
            "FIGURES  ",
            k.style(FontFace::Bold, SMALL_PT, pal.accent),
        )];
        for (i, (f, m)) in c.figures.iter().enumerate() {
            if i > 0 {
                spans.push(Span::new("   ·   ", k.muted(FontFace::Regular)));
            }
            spans.push(Span::new(f.clone(), k.body(FontFace::Bold)));
            spans.extend(k.mark_spans(*m));
        }
        let w = wrap_clamped(book, &spans, width, 2);
        let mut b = Block::default();
        b.height = Composer::emit_lines(&mut b.items, &w.lines, 0.0, 0.0, lh) + lh * 0.5;
        if w.clamped {
            b.notes.push("The figures line was shortened".to_owned());
        }
        top_blocks.push(b);
    }

    let mut sections = Vec::new();
    let summary: Vec<Block> = c
        .summary
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut b = k.paragraph(
                &[Span::new(s.clone(), k.body(FontFace::Regular))],
                width,
                SUMMARY_LINES,
                None,
                &format!("Summary paragraph {}", i + 1),
            );
            b.height += lh * 0.4;
            b
        })
        .collect();
    let summary_labels = c
        .summary
        .iter()
        .map(|s| format!("“{}”", short(s)))
        .collect();
    sections.push(k.section(ListKind::Summary, summary, summary_labels, width));

    let both = !c.who.is_empty() && !c.places.is_empty();
    let col_w = if both {
        (width - GUTTER_PT) / 2.0
    } else {
        width
    };
    // A long Who list with no Where beside it is set in two balanced columns.
    let who_cols = if !both && c.who.len() > 5 { 2 } else { 1 };
    let who_w = if who_cols == 2 {
        (width - GUTTER_PT) / 2.0
    } else {
        col_w
    };
    let mark = |marks: &[Mark], i: usize| marks.get(i).copied().unwrap_or_default();
    let who: Vec<Block> = c
        .who
        .iter()
        .enumerate()
        .map(|(i, w)| k.who_entry(w, mark(&c.who_marks, i), who_w))
        .collect();
    let who_labels = c.who.iter().map(|w| short(&w.name)).collect();
    let mut who_section = k.section(ListKind::Who, who, who_labels, col_w);
    who_section.columns = who_cols;
    sections.push(who_section);

    let view = if style.show_map && variant.map_scale > 0.0 {
        map::choose_view(&c.markers)
    } else {
        None
    };
    let numbers = if view.is_some() { c.markers.len() } else { 0 };
    k.num_indent = book.width(FontFace::Bold, &numbers.to_string(), d.body_pt) + d.body_pt * 0.6;
    let mut n = 0;
    let places: Vec<Block> = c
        .places
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let number = (view.is_some() && has_coords(p)).then(|| {
                n += 1;
                n
            });
            k.place_entry(number, (p, mark(&c.place_marks, i)), col_w, view.is_some())
        })
        .collect();
    let place_labels = c.places.iter().map(|p| short(&p.name)).collect();
    let mut where_section = k.section(ListKind::Places, places, place_labels, col_w);
    if let Some(view) = view {
        let natural = col_w / view.aspect();
        let h = {
            // Never taller than 220 pt, even on a full-width column.
            let hi = (col_w * 0.8).min(220.0);
            (natural.min(hi).max((col_w * 0.42).min(hi)) * variant.map_scale).max(48.0)
        };
        where_section.lead = Some(Lead::Map {
            view,
            w: col_w,
            h,
            gap: lh * 0.6,
        });
    }
    sections.push(where_section);

    let list_w = |cols: usize| {
        if cols == 2 {
            (width - GUTTER_PT) / 2.0
        } else {
            width
        }
    };
    let when_cols = if variant.two_columns && c.when.len() > 4 {
        2
    } else {
        1
    };
    let date_w = c
        .when
        .iter()
        .map(|w| book.width(FontFace::Bold, &clean(&w.date_label()), d.body_pt))
        .fold(0.0_f32, f32::max)
        .min(list_w(when_cols) * 0.4);
    let when: Vec<Block> = c
        .when
        .iter()
        .enumerate()
        .map(|(i, w)| k.when_entry(w, mark(&c.when_marks, i), list_w(when_cols), date_w))
        .collect();
    let when_labels = c.when.iter().map(|w| short(&w.date_label())).collect();
    let mut when_section = k.section(ListKind::When, when, when_labels, width);
    when_section.columns = when_cols;
    let reference = c.reference_value.as_deref().and_then(|v| v.parse().ok());
    when_section.weights = Some(
        c.when
            .iter()
            .map(|w| chronology::weight(w, reference))
            .collect(),
    );
    // Without a reference date most of a story's dates are not on the calendar: an axis of
    // the few old years that are would mislead.
    let unplaced = c.when.iter().filter(|w| chronology::is_unplaced(w)).count();
    let placed = c.when.len() - unplaced;
    if style.show_timeline && variant.timeline && placed > unplaced {
        let events: Vec<timeline::Event> = c
            .when
            .iter()
            .map(|w| timeline::Event {
                value: w.value.clone(),
                label: if w.event.is_empty() {
                    w.text.clone()
                } else {
                    w.event.clone()
                },
            })
            .collect();
        if let Some(t) = timeline::draw(book, &events, c.reference_value.as_deref(), width, &pal) {
            when_section.lead = Some(Lead::Block(Block {
                items: t.items,
                height: t.height + lh * 0.5,
                notes: Vec::new(),
            }));
        }
    }
    sections.push(when_section);

    let issue_cols = if variant.two_columns && c.issues.len() > 3 {
        2
    } else {
        1
    };
    let issues: Vec<Block> = c
        .issues
        .iter()
        .enumerate()
        .map(|(i, (l, e))| k.issue_entry(l, e, mark(&c.issue_marks, i), list_w(issue_cols)))
        .collect();
    let issue_labels = c
        .issues
        .iter()
        .map(|(l, e)| short(if l.is_empty() { e } else { l }))
        .collect();
    let mut issue_section = k.section(ListKind::Issues, issues, issue_labels, width);
    issue_section.columns = issue_cols;
    sections.push(issue_section);

    Plan {
        top_blocks,
        sections,
        pair: both.then_some((1, 2)),
        col_w,
        variant,
        grid: lh / 2.0,
    }
}

/// True when a place can be drawn on the map.
fn has_coords(p: &PlaceItem) -> bool {
    matches!((p.lat, p.lon), (Some(lat), Some(lon)) if lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0)
}

fn place(
    book: &FontBook,
    pal: Palette,
    plan: &Plan,
    c: &Content,
    f: &Frame,
    footer_h: f32,
    layout: &mut PageLayout,
) {
    let d = DENSITIES
        .get(plan.variant.density)
        .copied()
        .unwrap_or(DENSITIES[0]);
    let k = Composer {
        book,
        pal,
        d,
        lh: d.line_pt(),
        num_indent: 0.0,
    };
    let out = &mut layout.items;
    let mut y = f.top;
    for b in &plan.top_blocks {
        layout.omitted.extend(b.notes.iter().cloned());
        let h = b.height;
        b.clone().place(f.left, y, out);
        y += h;
    }
    y = f.top + plan.snap(y - f.top);

    let place_section = |s: &Section,
                         x: f32,
                         y0: f32,
                         w: f32,
                         out: &mut Vec<PageItem>,
                         omitted: &mut Vec<String>|
     -> f32 {
        if s.entries.is_empty() && s.lead.is_none() {
            return 0.0;
        }
        let mut y = y0;
        if s.kind != ListKind::Summary {
            let h = k.head(s.kind, w);
            let hh = h.height;
            h.place(x, y, out);
            y += hh;
        }
        match &s.lead {
            Some(Lead::Map {
                view,
                w: mw,
                h: mh,
                gap,
            }) => {
                // Only the places still listed keep their marker.
                let listed = s.entries.iter().take(s.shown).count();
                let numbered = c
                    .places
                    .iter()
                    .take(listed)
                    .filter(|p| has_coords(p))
                    .count();
                let markers: Vec<Marker> = c.markers.iter().take(numbered).cloned().collect();
                let drawing = map::draw(view, &markers, &c.shaded, *mw, *mh, &pal);
                Block {
                    items: drawing.items,
                    height: mh + gap,
                    notes: Vec::new(),
                }
                .place(x, y, out);
                y += mh + gap;
            }
            Some(Lead::Block(b)) => {
                b.clone().place(x, y, out);
                y += b.height;
            }
            None => {}
        }
        let first = s.split();
        let col_w = if s.columns >= 2 {
            (w - GUTTER_PT) / 2.0
        } else {
            w
        };
        let (mut ya, mut yb) = (y, y);
        for (n, b) in s.entries.iter().take(s.shown).enumerate() {
            let (bx, by) = if n < first {
                (x, &mut ya)
            } else {
                (x + col_w + GUTTER_PT, &mut yb)
            };
            // The fit rule guarantees room; this guard keeps a rounding slip off the margin.
            if *by + b.height > f.body_bottom + 0.5 {
                continue;
            }
            omitted.extend(b.notes.iter().cloned());
            let h = b.height;
            b.clone().place(bx, *by, out);
            *by += h;
        }
        y = ya.max(yb);
        let hidden = s.hidden();
        if hidden > 0 {
            k.more_note(s.kind, hidden, w).place(x, y, out);
            y += k.lh;
            let names: Vec<&str> = s
                .labels
                .iter()
                .skip(s.shown)
                .take(3)
                .map(String::as_str)
                .collect();
            let mut list = names.join(", ");
            if hidden > names.len() {
                list.push_str(&format!(" and {} more", hidden - names.len()));
            }
            omitted.push(format!(
                "{}: {hidden} of {} {} left off the page ({list})",
                s.kind.title(),
                s.entries.len(),
                s.kind.noun(s.entries.len())
            ));
        }
        y - y0 + s.gap_after
    };

    let mut i = 0;
    while let Some(s) = plan.sections.get(i) {
        match plan.pair {
            Some((a, b)) if i == a => {
                let h1 = place_section(s, f.left, y, plan.col_w, out, &mut layout.omitted);
                let h2 = plan.sections.get(b).map_or(0.0, |s2| {
                    place_section(
                        s2,
                        f.left + plan.col_w + GUTTER_PT,
                        y,
                        plan.col_w,
                        out,
                        &mut layout.omitted,
                    )
                });
                let h = h1.max(h2);
                if h > 0.0 {
                    y = f.top + plan.snap(y - f.top + h);
                }
                i = b + 1;
            }
            _ => {
                let h = place_section(s, f.left, y, f.width, out, &mut layout.omitted);
                if h > 0.0 {
                    y = f.top + plan.snap(y - f.top + h);
                }
                i += 1;
            }
        }
    }

    // Footer: hairline, then provenance left and the person's footer text right.
    let fy = f.bottom - footer_h;
    out.push(PageItem::Rule(Rule {
        from: [f.left, fy + 3.0],
        to: [f.left + f.width, fy + 3.0],
        width_pt: 0.5,
        color: pal.rule,
    }));
    let st = k.style(FontFace::Regular, SMALL_PT, pal.muted);
    let line_top = f.bottom - SMALL_PT * 1.4;
    let right_w = if c.footer_right.is_empty() {
        0.0
    } else {
        f.width * 0.45
    };
    let mut right = None;
    if right_w > 0.0 {
        let mut run = k.run(
            &c.footer_right,
            k.style(FontFace::Bold, SMALL_PT, pal.marking),
            0.0,
            line_top,
            SMALL_PT * 1.4,
            right_w,
        );
        run.x = f.left + f.width - run.width_pt;
        right = Some(run);
    }
    let left_w = f.width - right.as_ref().map_or(0.0, |r| r.width_pt + GUTTER_PT);
    out.push(PageItem::Text(k.run(
        &c.footer_left,
        st,
        f.left,
        line_top,
        SMALL_PT * 1.4,
        left_w,
    )));
    if let Some(r) = right {
        out.push(PageItem::Text(r));
    }
}

fn collect_unprintable(book: &FontBook, layout: &mut PageLayout) {
    let mut missing: Vec<char> = Vec::new();
    for run in layout.text_runs() {
        let face = book.get(run.face);
        for c in run.text.chars() {
            if !c.is_whitespace() && !face.has_char(c) && !missing.contains(&c) {
                missing.push(c);
            }
        }
    }
    missing.sort_unstable();
    layout.unprintable = missing;
}
