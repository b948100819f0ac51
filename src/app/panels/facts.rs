//! The editable panes: Title, Summary, Who, Where, When, Open issues, and the reference
//! date. Text is edited in place (the item is then marked edited); adding, deleting, moving
//! and excluding are returned as commands so each is one undo step. On a card of several
//! sources each row says which sources carry it (each a link to its sentence there) and,
//! where they differ, offers every reading to choose from.

use eframe::egui;

use crate::model::{Card, CardItem, RefDateSource};

use super::super::command::{Command, List, ListOp};
use super::colors;

/// What the panes did this frame.
#[derive(Default)]
pub struct FactsOutput {
    /// Text in the card was changed in place.
    pub changed: bool,
    /// Commands to run after the panels.
    pub commands: Vec<Command>,
    /// The reference date typed is not a date.
    pub date_error: Option<String>,
}

/// What the reference date field asks for when the article has no date: the article's own
/// relative dates as examples ("set the article's date to place 'Sunday', 'last week' on
/// the calendar"), or, when it has none, what the date is still for.
#[must_use]
pub fn no_date_prompt(card: &Card) -> String {
    let mut examples: Vec<String> = Vec::new();
    for w in &card.when {
        let text = w.value.text.trim();
        if crate::model::chronology::is_unplaced(&w.value)
            && !text.is_empty()
            && text.chars().count() <= 24
            && !examples.iter().any(|e| e.eq_ignore_ascii_case(text))
        {
            examples.push(text.to_owned());
        }
        if examples.len() == 2 {
            break;
        }
    }
    if examples.is_empty() {
        // Nothing waits on it: the date only heads the page.
        return "No publication date found: set the article's date to print it on the page."
            .to_owned();
    }
    let quoted: Vec<String> = examples.iter().map(|e| format!("'{e}'")).collect();
    format!(
        "No publication date found: set the article's date to place {} on the calendar.",
        quoted.join(", ")
    )
}

/// The reference date being typed, before it is applied.
#[derive(Default)]
pub struct RefDateField {
    /// What the field shows.
    pub text: String,
}

fn field(
    ui: &mut egui::Ui,
    text: &mut String,
    name: &str,
    hint: &str,
    width: f32,
) -> egui::Response {
    ui.add(
        egui::TextEdit::singleline(text)
            .hint_text(hint)
            .desired_width(width),
    )
    .accessible_name(name)
}

/// The small pictures on row buttons, drawn with lines so they never depend on a font.
#[derive(Clone, Copy)]
enum Icon {
    Up,
    Down,
    Delete,
    Show,
}

fn paint_icon(painter: &egui::Painter, rect: egui::Rect, icon: Icon, color: egui::Color32) {
    let c = rect.center();
    let r = 4.5;
    let stroke = egui::Stroke::new(1.5, color);
    let p = |x: f32, y: f32| c + egui::vec2(x, y);
    match icon {
        Icon::Up => {
            painter.add(egui::Shape::convex_polygon(
                vec![p(0.0, -r), p(r, r * 0.6), p(-r, r * 0.6)],
                color,
                egui::Stroke::NONE,
            ));
        }
        Icon::Down => {
            painter.add(egui::Shape::convex_polygon(
                vec![p(-r, -r * 0.6), p(r, -r * 0.6), p(0.0, r)],
                color,
                egui::Stroke::NONE,
            ));
        }
        Icon::Delete => {
            painter.line_segment([p(-r, -r), p(r, r)], stroke);
            painter.line_segment([p(-r, r), p(r, -r)], stroke);
        }
        Icon::Show => {
            painter.line_segment([p(-r, 0.0), p(r, 0.0)], stroke);
            painter.line_segment([p(-r, 0.0), p(-r * 0.2, -r * 0.7)], stroke);
            painter.line_segment([p(-r, 0.0), p(-r * 0.2, r * 0.7)], stroke);
        }
    }
}

fn icon_button(ui: &mut egui::Ui, icon: Icon, name: &str, enabled: bool) -> bool {
    let response = ui
        .add_enabled(
            enabled,
            egui::Button::new("").min_size(egui::vec2(22.0, 20.0)),
        )
        .accessible_name(name)
        .on_hover_text(name);
    let color = if enabled {
        ui.visuals().widgets.inactive.fg_stroke.color
    } else {
        ui.visuals().weak_text_color()
    };
    paint_icon(ui.painter(), response.rect, icon, color);
    response.clicked()
}

fn cmd_button(ui: &mut egui::Ui, icon: Icon, cmd: Command, enabled: bool, out: &mut Vec<Command>) {
    if icon_button(ui, icon, &cmd.label(), enabled) {
        out.push(cmd);
    }
}

/// The controls at the start and end of a row: on-page checkbox, move, delete, show.
fn row_controls_start<T>(
    ui: &mut egui::Ui,
    list: List,
    i: usize,
    item: &CardItem<T>,
    out: &mut Vec<Command>,
) {
    let mut on_page = item.included();
    let name = Command::Edit(list, ListOp::SetIncluded(i, true)).label();
    let r = ui
        .checkbox(&mut on_page, "")
        .accessible_name(name)
        .on_hover_text("Print this item on the page");
    if r.changed() {
        out.push(Command::Edit(list, ListOp::SetIncluded(i, on_page)));
    }
}

/// After a row's fields: mark the item as the person's when a field changed (true then),
/// and show the sentence it came from when one of them takes the focus.
fn track_edit<T>(
    item: &mut CardItem<T>,
    fields: &[&egui::Response],
    cmds: &mut Vec<Command>,
) -> bool {
    let changed = fields.iter().any(|r| r.changed());
    if changed {
        item.state.edited = true;
    }
    if fields.iter().any(|r| r.gained_focus())
        && let Some(cmd) = show_in_article(item)
    {
        cmds.push(cmd);
    }
    changed
}

/// The command that shows where an extracted item came from, in the right article.
fn show_in_article<T>(item: &CardItem<T>) -> Option<Command> {
    item.anchor.as_ref().map(|s| match item.anchor_source() {
        0 => Command::ShowInArticle(s.start),
        n => Command::ShowInSource(n, s.start),
    })
}

/// Under a row of a card of several sources: which sources carry the item (each a link to
/// its sentence there) and, where they differ, every reading as a button. Returns the
/// reading the person chose.
fn provenance<T>(
    ui: &mut egui::Ui,
    list: List,
    i: usize,
    item: &CardItem<T>,
    shown: impl Fn(&str) -> String,
    cmds: &mut Vec<Command>,
) -> Option<String> {
    if item.sources.is_empty() {
        return None;
    }
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        ui.add_space(26.0);
        let n = item.source_count();
        ui.weak(if n == 1 {
            "1 source:".to_owned()
        } else {
            format!("{n} sources:")
        });
        for s in &item.sources {
            let name = format!(
                "Show {} {} in source {}",
                list.item_name(),
                i + 1,
                s.source + 1
            );
            let r = ui
                .small_button(format!("{}", s.source + 1))
                .accessible_name(&name)
                .on_hover_text(&name);
            if r.clicked()
                && let Some(span) = &s.span
            {
                cmds.push(Command::ShowInSource(s.source, span.start));
            }
        }
        if let Some(c) = item.conflict.as_ref().filter(|c| c.readings.len() >= 2) {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!("sources differ on the {}:", c.kind.noun()),
            );
            for r in &c.readings {
                let from: Vec<String> = r.sources.iter().map(|s| (s + 1).to_string()).collect();
                let label = format!("{} ({})", shown(&r.value), from.join(", "));
                let name = format!("Use {label} for {} {}", list.item_name(), i + 1);
                if ui
                    .small_button(label)
                    .accessible_name(&name)
                    .on_hover_text("Print this reading on the page")
                    .clicked()
                {
                    chosen = Some(r.value.clone());
                }
            }
        }
    });
    chosen
}

fn row_controls_end(
    ui: &mut egui::Ui,
    list: List,
    i: usize,
    len: usize,
    show: Option<Command>,
    out: &mut Vec<Command>,
) {
    cmd_button(
        ui,
        Icon::Up,
        Command::Edit(list, ListOp::MoveUp(i)),
        i > 0,
        out,
    );
    cmd_button(
        ui,
        Icon::Down,
        Command::Edit(list, ListOp::MoveDown(i)),
        i + 1 < len,
        out,
    );
    cmd_button(
        ui,
        Icon::Delete,
        Command::Edit(list, ListOp::Delete(i)),
        true,
        out,
    );
    if let Some(cmd) = show {
        let name = format!("Show {} {} in the article", list.item_name(), i + 1);
        if icon_button(ui, Icon::Show, &name, true) {
            out.push(cmd);
        }
    }
}

/// Lists longer than this scroll inside their own box, drawing only the rows in view: a
/// long article can yield thousands of dates, and drawing every row each frame would
/// freeze the window.
pub const LONG_LIST: usize = 100;

/// Draw rows `0..len` with `row`: all of them, or for a long list only those in view.
fn list_rows(ui: &mut egui::Ui, salt: &str, len: usize, mut row: impl FnMut(&mut egui::Ui, usize)) {
    if len <= LONG_LIST {
        for i in 0..len {
            row(ui, i);
        }
        return;
    }
    let row_height = ui.spacing().interact_size.y.max(22.0);
    egui::ScrollArea::vertical()
        .id_salt(salt)
        .max_height(row_height * 18.0)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, len, |ui, range| {
            for i in range {
                row(ui, i);
            }
        });
}

fn section(ui: &mut egui::Ui, title: &str, color: egui::Color32, count: usize) {
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(title).heading().color(color));
        ui.weak(format!("({count})"));
    });
}

/// Under an empty list, once extraction has run: the article has none, rather than an empty
/// pane that looks unfinished.
fn none_found(ui: &mut egui::Ui, len: usize, extracting: bool, sources: usize, what: &str) {
    if len == 0 && !extracting {
        let article = if sources > 1 {
            "the articles"
        } else {
            "the article"
        };
        ui.weak(format!("{what} found in {article}."));
    }
}

fn add_button(ui: &mut egui::Ui, list: List, out: &mut Vec<Command>) {
    let cmd = Command::Edit(list, ListOp::Add);
    if ui
        .button(format!("+ {}", cmd.label()))
        .accessible_name(cmd.label())
        .clicked()
    {
        out.push(cmd);
    }
}

/// Draw the panes; text edits change `card` directly.
pub fn show(
    ui: &mut egui::Ui,
    card: &mut Card,
    date: &mut RefDateField,
    extracting: bool,
) -> FactsOutput {
    let mut commands = Vec::new();
    let cmds = &mut commands;
    let mut changed = false;
    let mut date_error = None;
    // What a row's text fields share: the pane minus the on-page box and the four buttons
    // (≈ 150 px), so the fields use the room there is in a narrow window.
    let wide = (ui.available_width() - 165.0).max(160.0);
    let sources = card.source_count();

    // Reference date.
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Reference date");
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut date.text)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(100.0),
            )
            .labelled_by(label.id);
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let source = card.meta.reference_date.source;
        ui.weak(source.describe());
        if card.source_count() >= 2 {
            // Each article keeps the date it was read against.
            ui.weak("(source 1; each source keeps its own)");
        }
        if ui.button("Apply reference date").clicked() || enter {
            let text = date.text.trim();
            if text.is_empty() {
                cmds.push(Command::SetReferenceDate(None));
            } else if let Ok(d) = text.parse::<jiff::civil::Date>() {
                cmds.push(Command::SetReferenceDate(Some(d)));
            } else {
                // Keep the field as typed so it can be fixed.
                date_error = Some(format!(
                    "“{text}” is not a date; write it as YYYY-MM-DD, e.g. 2023-06-14."
                ));
            }
        }
        if source == RefDateSource::User && ui.button("Use the article's date").clicked() {
            cmds.push(Command::SetReferenceDate(None));
        }
        if extracting {
            ui.add(egui::Spinner::new());
        }
    });
    if card.meta.reference_date.value.is_none() {
        ui.colored_label(ui.visuals().warn_fg_color, no_date_prompt(card));
    }

    // Title.
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let label = ui.label(egui::RichText::new("Title").heading());
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut card.title.value)
                    .desired_width(ui.available_width()),
            )
            .labelled_by(label.id);
        if r.changed() {
            card.title.state.edited = true;
            changed = true;
        }
    });

    // Optional lines the page prints above the title and in its footer (e.g. a handling
    // marking); they belong to the card, so they are saved and undone with it.
    egui::CollapsingHeader::new("Page header and footer")
        .id_salt("page-lines")
        .default_open(!card.meta.header.is_empty() || !card.meta.footer.is_empty())
        .show(ui, |ui| {
            for (name, hint, text) in [
                (
                    "Page header",
                    "e.g. INTERNAL — NOT FOR DISTRIBUTION",
                    &mut card.meta.header,
                ),
                (
                    "Page footer",
                    "e.g. Prepared for the minister",
                    &mut card.meta.footer,
                ),
            ] {
                ui.horizontal(|ui| {
                    let label = ui.label(name);
                    let r = ui
                        .add(
                            egui::TextEdit::singleline(text)
                                .hint_text(hint)
                                .desired_width(ui.available_width()),
                        )
                        .labelled_by(label.id);
                    changed |= r.changed();
                });
            }
        });

    // Summary.
    section(ui, "Summary", ui.visuals().text_color(), card.summary.len());
    let len = card.summary.len();
    for (i, item) in card.summary.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            row_controls_start(ui, List::Summary, i, item, cmds);
            let r = ui
                .add(
                    egui::TextEdit::multiline(&mut item.value)
                        .desired_rows(2)
                        .desired_width(wide),
                )
                .accessible_name(format!("Summary {}", i + 1));
            if r.changed() {
                item.state.edited = true;
                changed = true;
            }
            row_controls_end(
                ui,
                List::Summary,
                i,
                len,
                Some(Command::ShowText(item.value.clone())),
                cmds,
            );
        });
    }
    add_button(ui, List::Summary, cmds);

    // Who.
    section(ui, "Who", colors::WHO, card.who.len());
    none_found(
        ui,
        card.who.len(),
        extracting,
        sources,
        "No person or organisation",
    );
    let len = card.who.len();
    list_rows(ui, "who-rows", len, |ui, i| {
        let Some(item) = card.who.get_mut(i) else {
            return;
        };
        ui.horizontal(|ui| {
            row_controls_start(ui, List::Who, i, item, cmds);
            let n = i + 1;
            let a = field(
                ui,
                &mut item.value.name,
                &format!("Who {n} name"),
                "Name",
                (wide - 8.0) * 0.42,
            );
            let b = field(
                ui,
                &mut item.value.role,
                &format!("Who {n} role"),
                "Role",
                (wide - 8.0) * 0.58,
            );
            changed |= track_edit(item, &[&a, &b], cmds);
            row_controls_end(ui, List::Who, i, len, show_in_article(item), cmds);
        });
        if let Some(role) = provenance(ui, List::Who, i, item, str::to_owned, cmds) {
            item.value.role = role;
            item.state.edited = true;
            changed = true;
        }
    });
    add_button(ui, List::Who, cmds);

    // Where.
    section(ui, "Where", colors::WHERE, card.places.len());
    none_found(ui, card.places.len(), extracting, sources, "No place");
    let len = card.places.len();
    list_rows(ui, "places-rows", len, |ui, i| {
        let Some(item) = card.places.get_mut(i) else {
            return;
        };
        ui.horizontal(|ui| {
            row_controls_start(ui, List::Where, i, item, cmds);
            let r = field(
                ui,
                &mut item.value.name,
                &format!("Where {} name", i + 1),
                "Place",
                wide * 0.7,
            );
            changed |= track_edit(item, &[&r], cmds);
            ui.weak(item.value.kind.as_str());
            row_controls_end(ui, List::Where, i, len, show_in_article(item), cmds);
        });
        provenance(ui, List::Where, i, item, str::to_owned, cmds);
    });
    add_button(ui, List::Where, cmds);

    // When.
    section(ui, "When", colors::WHEN, card.when.len());
    none_found(ui, card.when.len(), extracting, sources, "No date");
    let len = card.when.len();
    list_rows(ui, "when-rows", len, |ui, i| {
        let Some(item) = card.when.get_mut(i) else {
            return;
        };
        ui.horizontal(|ui| {
            row_controls_start(ui, List::When, i, item, cmds);
            let n = i + 1;
            let mut value = item.value.value.clone().unwrap_or_default();
            let a = field(
                ui,
                &mut value,
                &format!("When {n} date"),
                "YYYY-MM-DD",
                110.0,
            )
            .on_hover_text(format!(
                "“{}” → {}",
                item.value.text,
                item.value.date_label()
            ));
            if a.changed() {
                item.value.value = if value.trim().is_empty() {
                    None
                } else {
                    Some(value)
                };
            }
            // As the article writes it, with no date to place it on the calendar.
            let unplaced = crate::model::chronology::is_unplaced(&item.value);
            if unplaced {
                ui.weak(format!("“{}”, not on the calendar", item.value.text))
                    .on_hover_text("Set the reference date to place it.");
            }
            let room = if unplaced { 290.0 } else { 118.0 };
            let b = field(
                ui,
                &mut item.value.event,
                &format!("When {n} event"),
                "What happens then",
                (wide - room).max(80.0),
            );
            changed |= track_edit(item, &[&a, &b], cmds);
            row_controls_end(ui, List::When, i, len, show_in_article(item), cmds);
        });
        let date = |v: &str| crate::model::format_timex(v).unwrap_or_else(|| v.to_owned());
        if let Some(value) = provenance(ui, List::When, i, item, date, cmds) {
            item.value.value = Some(value);
            item.state.edited = true;
            changed = true;
        }
    });
    add_button(ui, List::When, cmds);

    // Open issues.
    section(ui, "Open issues", colors::ISSUE, card.issues.len());
    none_found(ui, card.issues.len(), extracting, sources, "No open issue");
    let len = card.issues.len();
    list_rows(ui, "issues-rows", len, |ui, i| {
        let Some(item) = card.issues.get_mut(i) else {
            return;
        };
        ui.horizontal(|ui| {
            row_controls_start(ui, List::Issues, i, item, cmds);
            let mut r = field(
                ui,
                &mut item.value.label,
                &format!("Issue {}", i + 1),
                "Open issue",
                wide,
            );
            if !item.value.evidence.is_empty() {
                r = r.on_hover_text(&item.value.evidence);
            }
            changed |= track_edit(item, &[&r], cmds);
            row_controls_end(ui, List::Issues, i, len, show_in_article(item), cmds);
        });
        provenance(ui, List::Issues, i, item, str::to_owned, cmds);
    });
    add_button(ui, List::Issues, cmds);

    // Counted figures: only a card of several sources has them, to compare.
    if !card.figures.is_empty() {
        section(ui, "Figures", colors::ISSUE, card.figures.len());
        let len = card.figures.len();
        for (i, item) in card.figures.iter_mut().enumerate() {
            let n = i + 1;
            ui.horizontal(|ui| {
                row_controls_start(ui, List::Figures, i, item, cmds);
                let a = field(
                    ui,
                    &mut item.value.value,
                    &format!("Figure {n} number"),
                    "Number",
                    80.0,
                );
                let b = field(
                    ui,
                    &mut item.value.what,
                    &format!("Figure {n} what"),
                    "What was counted",
                    (wide - 88.0).max(80.0),
                );
                changed |= track_edit(item, &[&a, &b], cmds);
                row_controls_end(ui, List::Figures, i, len, show_in_article(item), cmds);
            });
            if let Some(value) = provenance(ui, List::Figures, i, item, str::to_owned, cmds) {
                item.value.value = value;
                item.state.edited = true;
                changed = true;
            }
        }
        add_button(ui, List::Figures, cmds);
    }
    ui.add_space(12.0);

    FactsOutput {
        changed,
        commands,
        date_error,
    }
}

/// Apply a list command to the card; false when the index was stale.
pub fn apply(card: &mut Card, list: List, op: ListOp) -> bool {
    use crate::model::{IssueItem, PlaceItem, WhenItem, WhoItem};
    match list {
        List::Summary => apply_op(&mut card.summary, op, String::new),
        List::Who => apply_op(&mut card.who, op, WhoItem::default),
        List::Where => apply_op(&mut card.places, op, PlaceItem::default),
        List::When => apply_op(&mut card.when, op, WhenItem::default),
        List::Issues => apply_op(&mut card.issues, op, IssueItem::default),
        List::Figures => apply_op(&mut card.figures, op, crate::model::FigureItem::default),
    }
}

fn apply_op<T>(items: &mut Vec<CardItem<T>>, op: ListOp, blank: impl FnOnce() -> T) -> bool {
    match op {
        ListOp::Add => {
            items.push(CardItem::added(blank()));
            true
        }
        ListOp::Delete(i) => {
            if i < items.len() {
                items.remove(i);
                true
            } else {
                false
            }
        }
        ListOp::MoveUp(i) => {
            if i > 0 && i < items.len() {
                items.swap(i - 1, i);
                true
            } else {
                false
            }
        }
        ListOp::MoveDown(i) => {
            if i + 1 < items.len() {
                items.swap(i, i + 1);
                true
            } else {
                false
            }
        }
        ListOp::SetIncluded(i, on) => match items.get_mut(i) {
            Some(item) => {
                item.state.excluded = !on;
                true
            }
            None => false,
        },
    }
}
