//! PageLayout → egui shapes, scaled into a screen rectangle: the live preview draws the very
//! layout the PDF gets, with the same bundled fonts.

use eframe::egui;
use std::sync::Arc;

use egui::epaint::{Mesh, PathShape, PathStroke, Shape};
use egui::{Color32, FontData, FontFamily, FontId, Pos2, Stroke};

use crate::layout::fonts::{BOLD_TTF, ITALIC_TTF, REGULAR_TTF};
use crate::layout::{FontFace, PageItem, PageLayout, Rgb};

const FAMILY_REGULAR: &str = "briefcard-noto-regular";
const FAMILY_BOLD: &str = "briefcard-noto-bold";
const FAMILY_ITALIC: &str = "briefcard-noto-italic";

/// What the preview draws in place of a character the font cannot print (the PDF shows
/// the font's empty .notdef box; the subset has no box character of its own).
const MISSING_GLYPH: char = '?';

fn installed_id() -> egui::Id {
    egui::Id::unique("briefcard-page-fonts-installed")
}

/// Register the bundled Noto faces as the named families the preview draws with, and as
/// last-resort fallbacks of egui's Proportional and Monospace families (egui's own fonts
/// lack many characters). Call once at start-up; calling again does nothing.
pub fn install_fonts(ctx: &egui::Context) {
    use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
    let fonts = [
        (FAMILY_REGULAR, REGULAR_TTF, true),
        (FAMILY_BOLD, BOLD_TTF, false),
        (FAMILY_ITALIC, ITALIC_TTF, false),
    ];
    for (name, bytes, fallback) in fonts {
        let mut families = vec![InsertFontFamily {
            family: FontFamily::Name(name.into()),
            priority: FontPriority::Highest,
        }];
        if fallback {
            for family in [FontFamily::Proportional, FontFamily::Monospace] {
                families.push(InsertFontFamily {
                    family,
                    priority: FontPriority::Lowest,
                });
            }
        }
        ctx.add_font(FontInsert::new(
            name,
            FontData::from_static(bytes),
            families,
        ));
    }
    ctx.data_mut(|d| d.insert_temp(installed_id(), true));
}

fn family(face: FontFace, installed: bool) -> FontFamily {
    if !installed {
        return FontFamily::Proportional;
    }
    FontFamily::Name(
        match face {
            FontFace::Regular => FAMILY_REGULAR,
            FontFace::Bold => FAMILY_BOLD,
            FontFace::Italic => FAMILY_ITALIC,
        }
        .into(),
    )
}

fn color32(c: Rgb) -> Color32 {
    let ch = |v: f32| (v.clamp(0.0, 1.0) * 255.0).round() as u8;
    Color32::from_rgb(ch(c[0]), ch(c[1]), ch(c[2]))
}

/// Paint the page into `rect` (kept at the page's aspect ratio, top-left aligned).
pub fn paint(painter: &egui::Painter, rect: egui::Rect, layout: &PageLayout) {
    let scale =
        (rect.width() / layout.width_pt.max(1.0)).min(rect.height() / layout.height_pt.max(1.0));
    if !scale.is_finite() || scale <= 0.0 {
        return;
    }
    let ctx = painter.ctx();
    let installed = ctx
        .data(|d| d.get_temp::<bool>(installed_id()))
        .unwrap_or(false);
    // The shapes of an unchanged page at an unchanged place are reused: the map alone is
    // thousands of points, too many to rebuild every frame.
    let key = CacheKey {
        fingerprint: layout.fingerprint,
        geometry: [
            rect.min.x.to_bits(),
            rect.min.y.to_bits(),
            scale.to_bits(),
            ctx.pixels_per_point().to_bits(),
        ],
        installed,
    };
    let cached = ctx.data(|d| d.get_temp::<Arc<(CacheKey, Vec<Shape>)>>(cache_id()));
    if layout.fingerprint != 0
        && let Some(c) = cached
        && c.0 == key
    {
        painter.extend(c.1.iter().cloned());
        return;
    }
    let shapes = build_shapes(painter, rect.min, scale, layout, installed);
    painter.extend(shapes.iter().cloned());
    if layout.fingerprint != 0 {
        ctx.data_mut(|d| d.insert_temp(cache_id(), Arc::new((key, shapes))));
    }
}

/// What a cached set of shapes was built for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct CacheKey {
    fingerprint: u64,
    geometry: [u32; 4],
    installed: bool,
}

fn cache_id() -> egui::Id {
    egui::Id::unique("briefcard-page-preview-shapes")
}

fn build_shapes(
    painter: &egui::Painter,
    origin: Pos2,
    scale: f32,
    layout: &PageLayout,
    installed: bool,
) -> Vec<Shape> {
    let mut out: Vec<Shape> = Vec::with_capacity(layout.items.len() + 1);
    let page = egui::Rect::from_min_size(
        origin,
        egui::vec2(layout.width_pt * scale, layout.height_pt * scale),
    );
    out.push(Shape::rect_filled(page, 0.0, color32(layout.background)));
    let at = |p: [f32; 2]| Pos2::new(origin.x + p[0] * scale, origin.y + p[1] * scale);
    for item in &layout.items {
        match item {
            PageItem::Text(run) => {
                let mut text = run.text.clone();
                if !layout.unprintable.is_empty() {
                    text = text
                        .chars()
                        .map(|c| {
                            if layout.unprintable.contains(&c) {
                                MISSING_GLYPH
                            } else {
                                c
                            }
                        })
                        .collect();
                }
                let font = FontId::new((run.size_pt * scale).max(0.5), family(run.face, installed));
                let col = color32(run.color);
                let galley = painter.layout_no_wrap(text, font, col);
                // Place the galley so its first baseline lands on the run's baseline.
                let ascent = galley.rows.first().map_or(0.0, |r| {
                    r.pos.y + r.row.glyphs.first().map_or(0.0, |g| g.pos.y)
                });
                let pos = at([run.x, run.y]) - egui::vec2(0.0, ascent);
                out.push(Shape::galley(pos, galley, col));
            }
            PageItem::Rule(r) => {
                out.push(Shape::line_segment(
                    [at(r.from), at(r.to)],
                    Stroke::new((r.width_pt * scale).max(0.5), color32(r.color)),
                ));
            }
            PageItem::Box(b) => {
                let r =
                    egui::Rect::from_min_size(at([b.x, b.y]), egui::vec2(b.w * scale, b.h * scale));
                out.push(Shape::rect_filled(r, 0.0, color32(b.color)));
            }
            PageItem::Path(p) => {
                if let (Some(fill), true) = (p.fill, p.closed) {
                    if let Some(tris) = &p.triangles {
                        let mut mesh = Mesh::default();
                        let c = color32(fill);
                        for t in tris.chunks_exact(3) {
                            let base = mesh.vertices.len() as u32;
                            for &pt in t {
                                mesh.colored_vertex(at(pt), c);
                            }
                            mesh.add_triangle(base, base + 1, base + 2);
                        }
                        out.push(Shape::mesh(mesh));
                    } else {
                        for ring in &p.rings {
                            // Points closer than a third of a pixel give the anti-aliasing
                            // fringe an undefined normal, which egui stretches into a spike.
                            let mut points: Vec<egui::Pos2> = Vec::with_capacity(ring.len());
                            for q in ring.iter().map(|&q| at(q)) {
                                if points.last().is_none_or(|l| l.distance(q) > 0.33) {
                                    points.push(q);
                                }
                            }
                            while points.len() > 3
                                && points
                                    .first()
                                    .zip(points.last())
                                    .is_some_and(|(a, b)| a.distance(*b) <= 0.33)
                            {
                                points.pop();
                            }
                            if points.len() >= 3 {
                                out.push(Shape::Path(PathShape {
                                    points,
                                    closed: true,
                                    fill: color32(fill),
                                    stroke: PathStroke::NONE,
                                }));
                            }
                        }
                    }
                }
                if let Some((c, w)) = p.stroke {
                    // Segment by segment: egui joins polylines with unlimited mitres, and the
                    // acute turns of coastlines would shoot spikes across the page.
                    let stroke = Stroke::new((w * scale).max(0.4), color32(c));
                    for ring in &p.rings {
                        let closing = ring.last().zip(ring.first()).filter(|_| p.closed);
                        let edges = ring.windows(2).filter_map(|e| e.first().zip(e.get(1)));
                        for (a, b) in edges.chain(closing) {
                            out.push(Shape::line_segment([at(*a), at(*b)], stroke));
                        }
                    }
                }
            }
        }
    }
    out
}
