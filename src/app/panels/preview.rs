//! The live page preview: the very `PageLayout` the PDF gets, drawn by the egui painter,
//! with the paper choice and what the fit rule left out.

use eframe::egui;

use crate::layout::PageLayout;
use crate::model::Paper;
use crate::render;

use super::super::command::Command;

/// Draw the preview of `page` (`None` while the first layout of a card is running; `stale`
/// while the card has changed since `page` was laid out); returns the paper the person
/// picked, if changed.
pub fn show(
    ui: &mut egui::Ui,
    page: Option<&PageLayout>,
    stale: bool,
    paper: Paper,
) -> Vec<Command> {
    let mut out = Vec::new();
    // Wraps, so the controls never hold the pane wider than the page needs.
    ui.horizontal_wrapped(|ui| {
        ui.heading("Page");
        let label = ui.label("Paper");
        let mut chosen = paper;
        egui::ComboBox::from_id_salt("paper")
            .selected_text(chosen.label())
            .show_ui(ui, |ui| {
                for p in [Paper::A4, Paper::Letter] {
                    ui.selectable_value(&mut chosen, p, p.label());
                }
            })
            .response
            .labelled_by(label.id);
        if chosen != paper {
            out.push(Command::SetPaper(chosen));
        }
        if ui
            .button(Command::ShowPageLarge.label())
            .on_hover_text("Open the page in a window of its own, large enough to read")
            .clicked()
        {
            out.push(Command::ShowPageLarge);
        }
        if stale {
            ui.add(egui::Spinner::new())
                .on_hover_text("Laying out the page…");
        }
    });
    let Some(page) = page else {
        ui.centered_and_justified(|ui| {
            ui.weak("Laying out the page…");
        });
        return out;
    };
    if !page.omitted.is_empty() {
        let warn = ui.visuals().warn_fg_color;
        egui::CollapsingHeader::new(
            egui::RichText::new(format!(
                "Shortened to fit one page ({})",
                page.omitted.len()
            ))
            .color(warn),
        )
        .id_salt("omitted")
        .show(ui, |ui| {
            for note in &page.omitted {
                ui.label(egui::RichText::new(note).color(warn));
            }
        });
    }
    if !page.unprintable.is_empty() {
        let list: String = page
            .unprintable
            .iter()
            .map(|c| format!(" {c} (U+{:04X})", u32::from(*c)))
            .collect();
        ui.label(
            egui::RichText::new(format!("The font cannot print:{list}"))
                .color(ui.visuals().warn_fg_color),
        );
    }
    let avail = ui.available_size();
    let (w, h) = (page.width_pt.max(1.0), page.height_pt.max(1.0));
    let scale = (avail.x / w).min(avail.y / h).max(0.05);
    let size = egui::vec2(w * scale, h * scale);
    ui.vertical_centered(|ui| {
        let clicked = page_picture(ui, page, size, "Page preview");
        if clicked {
            out.push(Command::ShowPageLarge);
        }
    });
    out
}

/// Draw `page` at `size`; true when it was clicked.
fn page_picture(ui: &mut egui::Ui, page: &PageLayout, size: egui::Vec2, name: &str) -> bool {
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, name));
    if ui.is_rect_visible(rect) {
        let painter = ui.painter_at(rect);
        painter.rect_filled(
            rect.translate(egui::vec2(3.0, 3.0)),
            0.0,
            egui::Color32::from_black_alpha(60),
        );
        render::preview::paint(&painter, rect, page);
        // An edge, so a white page stands out on a light theme.
        painter.rect_stroke(
            rect,
            0.0,
            egui::Stroke::new(1.0, egui::Color32::from_gray(150)),
            egui::StrokeKind::Inside,
        );
    }
    response
        .on_hover_text("Click to see the page full size")
        .clicked()
}

/// The page in a window of its own, as wide as the window and scrolled for the rest: the
/// side pane is too narrow to read the small type on a laptop screen.
pub fn show_large(ctx: &egui::Context, page: &PageLayout, open: &mut bool) {
    let (w, h) = (page.width_pt.max(1.0), page.height_pt.max(1.0));
    let screen = ctx.content_rect();
    let width = (screen.height() * 0.9 * w / h)
        .min(screen.width() * 0.9)
        .max(300.0);
    egui::Window::new("Page, full size")
        .open(open)
        .default_size(egui::vec2(width, screen.height() * 0.9))
        .resizable(true)
        .show(ctx, |ui| {
            egui::ScrollArea::both().show(ui, |ui| {
                let scale = (ui.available_width() / w).max(0.3);
                page_picture(
                    ui,
                    page,
                    egui::vec2(w * scale, h * scale),
                    "Page, full size",
                );
            });
        });
}
