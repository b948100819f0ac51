//! The article, read-only, with every extracted mention highlighted by kind and the sentence
//! of the selected fact marked and scrolled into view; above it, the card's sources to switch
//! between, add to and remove from.

use std::sync::Arc;

use eframe::egui::{self, Color32, text::LayoutJob};

use crate::model::Facts;

use super::super::command::Command;
use super::colors;

/// The source switcher above the article: one button per source of the card (`names`, in
/// card order; `shown` is the one on screen), a button that takes the shown source off a
/// card of several, and one that adds an article.
pub fn source_bar(ui: &mut egui::Ui, names: &[String], shown: usize) -> Vec<Command> {
    let mut out = Vec::new();
    ui.horizontal_wrapped(|ui| {
        ui.weak(if names.len() > 1 { "Sources" } else { "Source" });
        for (i, name) in names.iter().enumerate() {
            let r = ui
                .selectable_label(i == shown, format!("{} {name}", i + 1))
                .accessible_name(format!("{}: {name}", Command::ShowSource(i).label()))
                .on_hover_text("Show this article");
            if r.clicked() {
                out.push(Command::ShowSource(i));
            }
        }
        if names.len() > 1 {
            let cmd = Command::RemoveSource(shown);
            if ui
                .button("Remove")
                .accessible_name(cmd.label())
                .on_hover_text("Take this article off the card; what only it said leaves")
                .clicked()
            {
                out.push(cmd);
            }
        }
        if ui
            .button("+ Add article…")
            .accessible_name(Command::AddSource.label())
            .on_hover_text(
                "Add another article on the same story (or drop its file here): the facts \
                 are merged, agreement counted, differences marked",
            )
            .clicked()
        {
            out.push(Command::AddSource);
        }
    });
    ui.separator();
    out
}

/// The most characters shown; a longer text is cut with a note (laying out megabytes of text
/// would stall the window, and no briefing article is that long).
pub const MAX_SHOWN_CHARS: usize = 100_000;

/// What the laid-out article depends on: the facts (by identity), the marked sentence, the
/// wrap width and dark mode.
type ViewKey = (usize, Option<(usize, usize)>, u32, bool);

/// The laid-out article, kept until the text, highlights, width or theme change.
#[derive(Default)]
pub struct ArticleView {
    key: Option<ViewKey>,
    galley: Option<Arc<egui::Galley>>,
    /// The facts whose text `shown` and `total` hold (held, so a new article can never
    /// take its address): counting the characters of a 25 MB article every frame would
    /// slow the window down.
    text_of: Option<Arc<Facts>>,
    shown: String,
    total: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    None,
    Issue,
    Where,
    Who,
    When,
}

fn kind_color(kind: Kind) -> Option<Color32> {
    match kind {
        Kind::None => None,
        Kind::Who => Some(colors::WHO),
        Kind::Where => Some(colors::WHERE),
        Kind::When => Some(colors::WHEN),
        Kind::Issue => Some(colors::ISSUE),
    }
}

/// The kind of fact each character belongs to (dates win over names over places over issues).
fn kinds(facts: &Facts, len: usize) -> Vec<Kind> {
    let mut out = vec![Kind::None; len];
    let mut mark = |spans: &mut dyn Iterator<Item = &crate::model::Span>, kind: Kind| {
        for s in spans {
            let end = s.end.min(len);
            for k in out.iter_mut().take(end).skip(s.start) {
                if (*k as u8) < (kind as u8) {
                    *k = kind;
                }
            }
        }
    };
    mark(
        &mut facts.issues.iter().flat_map(|f| f.mentions.iter()),
        Kind::Issue,
    );
    mark(
        &mut facts.places.iter().flat_map(|f| f.mentions.iter()),
        Kind::Where,
    );
    mark(
        &mut facts.who.iter().flat_map(|f| f.mentions.iter()),
        Kind::Who,
    );
    mark(
        &mut facts.when.iter().flat_map(|f| f.mentions.iter()),
        Kind::When,
    );
    out
}

fn build_job(
    text: &str,
    facts: &Facts,
    selected: Option<(usize, usize)>,
    width: f32,
    ui: &egui::Ui,
) -> LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let base = ui.visuals().text_color();
    let dark = ui.visuals().dark_mode;
    let sel_bg = if dark {
        Color32::from_rgb(0x5a, 0x4a, 0x10)
    } else {
        Color32::from_rgb(0xff, 0xec, 0x99)
    };
    let n = text.chars().count();
    let kinds = kinds(facts, n);
    let mut job = LayoutJob {
        text: text.to_owned(),
        ..LayoutJob::default()
    };
    job.wrap.max_width = width;
    let mut run_start_byte = 0;
    let mut run_key: Option<(Kind, bool)> = None;
    let push = |job: &mut LayoutJob, from: usize, to: usize, key: (Kind, bool)| {
        let (kind, in_sel) = key;
        let color = kind_color(kind);
        let background = if in_sel {
            sel_bg
        } else {
            color.map_or(Color32::TRANSPARENT, |c| c.gamma_multiply(0.15))
        };
        let format = egui::TextFormat {
            font_id: font.clone(),
            color: if dark {
                color.map_or(base, |c| c.gamma_multiply(1.4))
            } else {
                color.unwrap_or(base)
            },
            background,
            underline: if kind == Kind::Issue {
                egui::Stroke::new(1.0, colors::ISSUE)
            } else {
                egui::Stroke::NONE
            },
            ..egui::TextFormat::default()
        };
        job.sections.push(egui::text::LayoutSection {
            leading_space: 0.0,
            byte_range: egui::text::ByteIndex(from)..egui::text::ByteIndex(to),
            format,
        });
    };
    for (ci, (bi, _)) in text.char_indices().enumerate() {
        let kind = kinds.get(ci).copied().unwrap_or(Kind::None);
        let in_sel = selected.is_some_and(|(s, e)| ci >= s && ci < e);
        let key = (kind, in_sel);
        match run_key {
            Some(k) if k == key => {}
            Some(k) => {
                push(&mut job, run_start_byte, bi, k);
                run_start_byte = bi;
                run_key = Some(key);
            }
            None => run_key = Some(key),
        }
    }
    if let Some(k) = run_key {
        push(&mut job, run_start_byte, text.len(), k);
    }
    job
}

/// Draw the article pane. `selected` is the character range of the selected fact's
/// sentence; `scroll_to` asks to bring it into view once.
pub fn show(
    ui: &mut egui::Ui,
    view: &mut ArticleView,
    facts: &Arc<Facts>,
    selected: Option<(usize, usize)>,
    scroll_to: &mut bool,
) {
    ui.horizontal_wrapped(|ui| {
        ui.heading("Article");
        for (name, c) in [
            ("Who", colors::WHO),
            ("Where", colors::WHERE),
            ("When", colors::WHEN),
            ("Issue", colors::ISSUE),
        ] {
            ui.label(egui::RichText::new(name).color(c).strong());
        }
    });
    let article = &facts.article;
    let mut meta = Vec::new();
    if let Some(d) = &article.dateline {
        meta.push(d.clone());
    }
    if let Some(b) = &article.byline {
        meta.push(b.clone());
    }
    if let Some(p) = &article.published {
        meta.push(format!("published {p}"));
    }
    if !meta.is_empty() {
        ui.weak(meta.join(" · "));
    }
    ui.separator();
    if !view.text_of.as_ref().is_some_and(|f| Arc::ptr_eq(f, facts)) {
        view.total = article.text.chars().count();
        let end = article
            .text
            .char_indices()
            .nth(MAX_SHOWN_CHARS)
            .map_or(article.text.len(), |(b, _)| b);
        view.shown = article.text.get(..end).unwrap_or_default().to_owned();
        view.text_of = Some(Arc::clone(facts));
    }
    let total = view.total;
    egui::ScrollArea::vertical()
        .id_salt("article-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let width = ui.available_width().max(50.0);
            let key = (
                Arc::as_ptr(facts) as usize,
                selected,
                width.round() as u32,
                ui.visuals().dark_mode,
            );
            if view.key != Some(key) || view.galley.is_none() {
                let job = build_job(&view.shown, facts, selected, width, ui);
                view.galley = Some(ui.fonts_mut(|f| f.layout_job(job)));
                view.key = Some(key);
            }
            let Some(galley) = view.galley.clone() else {
                return;
            };
            let response = ui.add(egui::Label::new(galley.clone()).selectable(true));
            if *scroll_to {
                *scroll_to = false;
                if let Some((start, _)) = selected {
                    let r = galley.pos_from_cursor(egui::text::CCursor::new(start));
                    let target = r.translate(response.rect.min.to_vec2());
                    ui.scroll_to_rect(target.expand(40.0), Some(egui::Align::Center));
                }
            }
            if total > MAX_SHOWN_CHARS {
                ui.weak(format!(
                    "(Showing the first {MAX_SHOWN_CHARS} of {total} characters; the facts cover the whole text.)"
                ));
            }
        });
}
