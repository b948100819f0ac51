//! PageLayout → egui shapes, scaled into a screen rectangle.

use eframe::egui;

use crate::layout::{PageItem, PageLayout};

/// Paint the page into `rect` (kept at the page's aspect ratio).
pub fn paint(painter: &egui::Painter, rect: egui::Rect, layout: &PageLayout) {
    painter.rect_filled(rect, 0.0, egui::Color32::WHITE);
    let scale = rect.width() / layout.width_pt.max(1.0);
    for item in &layout.items {
        match item {
            PageItem::Text(run) => {
                painter.text(
                    rect.min + egui::vec2(run.x * scale, run.y * scale),
                    egui::Align2::LEFT_BOTTOM,
                    &run.text,
                    egui::FontId::proportional(run.size_pt * scale),
                    egui::Color32::BLACK,
                );
            }
        }
    }
}
