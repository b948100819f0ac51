//! PageLayout → PNG bytes with tiny-skia: the same page for chat and slides, text drawn from
//! the bundled font's own glyph outlines, so it matches the PDF.

use std::collections::HashMap;

use tiny_skia::{Color, FillRule, LineCap, Paint, PathBuilder, Pixmap, Rect, Stroke, Transform};

use super::pdf::ExportError;
use crate::layout::fonts::book;
use crate::layout::{FontFace, PageItem, PageLayout, Rgb, TextRun};

/// The resolution the app exports at: sharp on slides, small enough for chat.
pub const DEFAULT_DPI: f32 = 150.0;

/// Largest side in pixels a render may have (a guard against absurd resolutions).
const MAX_SIDE_PX: f32 = 12_000.0;

fn paint_of(c: Rgb) -> Paint<'static> {
    let ch = |v: f32| (v.clamp(0.0, 1.0) * 255.0).round() as u8;
    let mut p = Paint::default();
    p.set_color_rgba8(ch(c[0]), ch(c[1]), ch(c[2]), 255);
    p.anti_alias = true;
    p
}

/// Turns glyph outlines (font units, y up) into a tiny-skia path.
struct Outline(PathBuilder);

impl ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, -y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, -y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.0.quad_to(x1, -y1, x, -y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.cubic_to(x1, -y1, x2, -y2, x, -y);
    }
    fn close(&mut self) {
        self.0.close();
    }
}

/// Glyph outlines decoded once per render.
#[derive(Default)]
struct GlyphCache {
    paths: HashMap<(FontFace, u16), Option<tiny_skia::Path>>,
}

impl GlyphCache {
    fn draw_run(&mut self, pixmap: &mut Pixmap, run: &TextRun, page: Transform) {
        let loaded = book().get(run.face);
        let Some(face) = loaded.face() else { return };
        let em = run.size_pt / loaded.units_per_em();
        let paint = paint_of(run.color);
        let mut pen = 0.0_f32;
        for c in run.text.chars() {
            let gid = face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
            let advance = f32::from(face.glyph_hor_advance(gid).unwrap_or(0));
            let path = self.paths.entry((run.face, gid.0)).or_insert_with(|| {
                let mut o = Outline(PathBuilder::new());
                face.outline_glyph(gid, &mut o)?;
                o.0.finish()
            });
            if let Some(path) = path {
                let t = page
                    .pre_translate(run.x + pen * em, run.y)
                    .pre_scale(em, em);
                pixmap.fill_path(path, &paint, FillRule::Winding, t, None);
            }
            pen += advance;
        }
    }
}

fn polyline(points: &[[f32; 2]], close: bool) -> Option<tiny_skia::Path> {
    let mut pb = PathBuilder::new();
    let mut it = points.iter();
    let first = it.next()?;
    pb.move_to(first[0], first[1]);
    for p in it {
        pb.line_to(p[0], p[1]);
    }
    if close {
        pb.close();
    }
    pb.finish()
}

/// Draw the page into a pixmap at `dpi` dots per inch.
///
/// # Errors
/// When the resolution gives an empty or absurdly large image.
pub fn render_pixmap(layout: &PageLayout, dpi: f32) -> Result<Pixmap, ExportError> {
    let scale = dpi / 72.0;
    let (w, h) = (layout.width_pt * scale, layout.height_pt * scale);
    if !(w.is_finite() && h.is_finite()) || w < 1.0 || h < 1.0 || w.max(h) > MAX_SIDE_PX {
        return Err(ExportError::Png(format!(
            "{dpi} dpi gives an unusable image size"
        )));
    }
    let mut pixmap = Pixmap::new(w.ceil() as u32, h.ceil() as u32)
        .ok_or_else(|| ExportError::Png("the image could not be allocated".to_owned()))?;
    let bg = layout.background;
    pixmap.fill(
        Color::from_rgba(
            bg[0].clamp(0.0, 1.0),
            bg[1].clamp(0.0, 1.0),
            bg[2].clamp(0.0, 1.0),
            1.0,
        )
        .unwrap_or(Color::WHITE),
    );
    let page = Transform::from_scale(scale, scale);
    let mut glyphs = GlyphCache::default();
    for item in &layout.items {
        match item {
            PageItem::Text(run) => glyphs.draw_run(&mut pixmap, run, page),
            PageItem::Rule(r) => {
                if let Some(path) = polyline(&[r.from, r.to], false) {
                    let stroke = Stroke {
                        width: r.width_pt,
                        line_cap: LineCap::Butt,
                        ..Stroke::default()
                    };
                    pixmap.stroke_path(&path, &paint_of(r.color), &stroke, page, None);
                }
            }
            PageItem::Box(b) => {
                if let Some(rect) = Rect::from_xywh(b.x, b.y, b.w, b.h) {
                    pixmap.fill_rect(rect, &paint_of(b.color), page, None);
                }
            }
            PageItem::Path(p) => {
                let mut pb = PathBuilder::new();
                for ring in &p.rings {
                    let mut it = ring.iter();
                    let Some(first) = it.next() else { continue };
                    pb.move_to(first[0], first[1]);
                    for q in it {
                        pb.line_to(q[0], q[1]);
                    }
                    if p.closed {
                        pb.close();
                    }
                }
                let Some(path) = pb.finish() else { continue };
                if let (Some(fill), true) = (p.fill, p.closed) {
                    pixmap.fill_path(&path, &paint_of(fill), FillRule::EvenOdd, page, None);
                }
                if let Some((c, width)) = p.stroke {
                    let stroke = Stroke {
                        width,
                        ..Stroke::default()
                    };
                    pixmap.stroke_path(&path, &paint_of(c), &stroke, page, None);
                }
            }
        }
    }
    Ok(pixmap)
}

/// Render the page to PNG bytes at `dpi` dots per inch (see [`DEFAULT_DPI`]).
///
/// # Errors
/// When the resolution is unusable or the PNG cannot be encoded.
pub fn render(layout: &PageLayout, dpi: f32) -> Result<Vec<u8>, ExportError> {
    render_pixmap(layout, dpi)?
        .encode_png()
        .map_err(|e| ExportError::Png(e.to_string()))
}
