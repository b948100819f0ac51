//! QA: the live page preview draws nothing outside the shapes of the page — in particular the
//! outlines of the locator map must not shoot thin lines across the page.
//!
//! Found by looking at the real window: on the built-in sample, faint grey lines radiated from
//! the map in the preview (not in the PDF) — egui's unlimited mitre joins on acute coastline
//! turns; the preview now strokes outlines segment by segment. The test paints the sample's page with
//! `render::preview::paint`, tessellates it the way egui does for the screen, and checks that
//! every vertex of the map's outlines stays inside the map's frame.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use briefcard::layout::{self, PageItem};
use briefcard::model::Card;
use eframe::egui;

#[test]
fn map_outlines_stay_inside_the_map_frame() {
    let article = briefcard::ingest::sample();
    let card = Card::from_facts(briefcard::extract::extract(&article, None));
    let page = layout::layout_card(&card);

    // The map: the bounding box of every path item (outlines, frame, pins) in page points.
    let mut lo = [f32::MAX; 2];
    let mut hi = [f32::MIN; 2];
    let mut outlines = 0;
    for item in &page.items {
        if let PageItem::Path(p) = item {
            if p.stroke.is_some() {
                outlines += 1;
            }
            for q in p.rings.iter().flatten() {
                lo = [lo[0].min(q[0]), lo[1].min(q[1])];
                hi = [hi[0].max(q[0]), hi[1].max(q[1])];
            }
        }
    }
    assert!(outlines > 0, "the sample's page has a map with outlines");

    // Only the paths, painted at a readable preview size (a page 900 px tall).
    let only_paths = layout::PageLayout {
        items: page
            .items
            .iter()
            .filter(|i| matches!(i, PageItem::Path(_)))
            .cloned()
            .collect(),
        ..page.clone()
    };
    let scale = 900.0 / page.height_pt;
    let rect = egui::Rect::from_min_size(
        egui::pos2(10.0, 10.0),
        egui::vec2(page.width_pt * scale, page.height_pt * scale),
    );
    let ctx = egui::Context::default();
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1000.0, 1000.0),
        )),
        ..Default::default()
    };
    let mut shapes = Vec::new();
    let out = ctx.run_ui(input, |ui| {
        let layer = egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("qa-page"));
        let painter = egui::Painter::new(ui.ctx().clone(), layer, rect);
        briefcard::render::preview::paint(&painter, rect, &only_paths);
    });
    let mut out = out;
    out.textures_delta.clear();
    shapes.extend(out.shapes);
    let prims = ctx.tessellate(shapes, 1.0);

    let map = egui::Rect::from_min_max(
        egui::pos2(rect.min.x + lo[0] * scale, rect.min.y + lo[1] * scale),
        egui::pos2(rect.min.x + hi[0] * scale, rect.min.y + hi[1] * scale),
    );
    // The page background is one rectangle on the page's edge: a vertex counts as stray when
    // it is outside the map frame and not on that edge.
    let edge = |p: egui::Pos2| rect.expand(2.0).contains(p) && !rect.shrink(2.0).contains(p);
    let mut stray = Vec::new();
    for prim in &prims {
        if let egui::epaint::Primitive::Mesh(mesh) = &prim.primitive {
            for v in &mesh.vertices {
                if !map.expand(3.0).contains(v.pos) && !edge(v.pos) {
                    stray.push(v.pos);
                }
            }
        }
    }
    assert!(
        stray.is_empty(),
        "{} vertices of the map drawing lie outside the map frame {map:?} (first: {:?})",
        stray.len(),
        stray.iter().take(5).collect::<Vec<_>>()
    );
}
