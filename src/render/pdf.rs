//! PageLayout → PDF bytes with printpdf: one page, the bundled fonts embedded and subset,
//! text as real (selectable, searchable) text, the map as vector paths.

use std::sync::OnceLock;

use printpdf::{
    Color, Line, LineJoinStyle, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, TextItem,
    TextMatrix, WindingOrder,
};

use crate::layout::fonts::ttf_bytes;
use crate::layout::{FontFace, PageItem, PageLayout, Rgb};

/// Why a PDF could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// printpdf failed.
    #[error("The PDF could not be built ({0})")]
    Pdf(String),
    /// The PNG image could not be made.
    #[error("The PNG image could not be made ({0})")]
    Png(String),
}

/// Document metadata.
#[derive(Debug, Clone, Default)]
pub struct PdfMeta {
    /// Title.
    pub title: String,
    /// Author.
    pub author: String,
    /// Subject.
    pub subject: String,
}

impl PdfMeta {
    /// Title, author and subject for a card's PDF.
    #[must_use]
    pub fn for_card(card: &crate::model::Card) -> Self {
        let source = card.facts.source.path.trim();
        let subject = if source.is_empty() {
            "Briefing".to_owned()
        } else {
            format!("Briefing on {source}")
        };
        Self {
            title: crate::layout::text::clean(&card.title.value),
            author: "briefcard".to_owned(),
            subject,
        }
    }
}

/// The bundled faces parsed for printpdf once per process (parsing costs milliseconds).
fn parsed_fonts() -> Option<&'static [ParsedFont; 3]> {
    static FONTS: OnceLock<Option<[ParsedFont; 3]>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let load = |f: FontFace| ParsedFont::from_bytes(ttf_bytes(f), 0, &mut Vec::new());
            Some([
                load(FontFace::Regular)?,
                load(FontFace::Bold)?,
                load(FontFace::Italic)?,
            ])
        })
        .as_ref()
}

fn face_index(face: FontFace) -> usize {
    match face {
        FontFace::Regular => 0,
        FontFace::Bold => 1,
        FontFace::Italic => 2,
    }
}

fn color(c: Rgb) -> Color {
    let clamp = |v: f32| {
        if v.is_finite() {
            v.clamp(0.0, 1.0)
        } else {
            0.0
        }
    };
    Color::Rgb(printpdf::Rgb {
        r: clamp(c[0]),
        g: clamp(c[1]),
        b: clamp(c[2]),
        icc_profile: None,
    })
}

/// Page coordinates (y down from the top) → PDF coordinates (y up from the bottom). The
/// only place the flip happens.
struct Flip {
    height: f32,
}

impl Flip {
    fn point(&self, p: [f32; 2]) -> Point {
        Point {
            x: Pt(p[0]),
            y: Pt(self.height - p[1]),
        }
    }

    fn line_points(&self, ring: &[[f32; 2]]) -> Vec<LinePoint> {
        ring.iter()
            .map(|&p| LinePoint {
                p: self.point(p),
                bezier: false,
            })
            .collect()
    }
}

/// The text state currently open in the content stream, so runs in a row share one
/// text section and only changes are written.
#[derive(Default)]
struct TextState {
    open: bool,
    font: Option<(FontFace, u32)>,
    fill: Option<Rgb>,
}

impl TextState {
    fn close(&mut self, ops: &mut Vec<Op>) {
        if self.open {
            ops.push(Op::EndTextSection);
            self.open = false;
        }
        // Paths set their own fill colour, so it must be written again for the next text.
        self.fill = None;
    }
}

/// Render a page to PDF bytes.
///
/// # Errors
/// When the bundled fonts cannot be read by printpdf (a broken build).
pub fn render(layout: &PageLayout, meta: &PdfMeta) -> Result<Vec<u8>, ExportError> {
    let fonts = parsed_fonts()
        .ok_or_else(|| ExportError::Pdf("the bundled font could not be read".to_owned()))?;
    let mut doc = PdfDocument::new(&meta.title);
    doc.metadata.info.author = meta.author.clone();
    doc.metadata.info.subject = meta.subject.clone();
    doc.metadata.info.creator = "briefcard".to_owned();
    doc.metadata.info.producer = "briefcard (printpdf)".to_owned();
    let now = printpdf::OffsetDateTime::now_utc();
    doc.metadata.info.creation_date = now;
    doc.metadata.info.modification_date = now;
    doc.metadata.info.metadata_date = now;
    let ids = [
        doc.add_font(&fonts[0]),
        doc.add_font(&fonts[1]),
        doc.add_font(&fonts[2]),
    ];

    let flip = Flip {
        height: layout.height_pt,
    };
    let mut ops = Vec::with_capacity(layout.items.len() * 3 + 8);
    if layout.background != [1.0, 1.0, 1.0] {
        ops.push(Op::SetFillColor {
            col: color(layout.background),
        });
        ops.push(Op::DrawRectangle {
            rectangle: Rect {
                mode: Some(PaintMode::Fill),
                ..Rect::from_xywh(Pt(0.0), Pt(0.0), Pt(layout.width_pt), Pt(layout.height_pt))
            },
        });
    }
    // Round joins: the acute turns of coastlines would otherwise grow mitre spikes.
    ops.push(Op::SetLineJoinStyle {
        join: LineJoinStyle::Round,
    });
    let mut ts = TextState::default();
    for item in &layout.items {
        match item {
            PageItem::Text(run) => {
                if run.text.is_empty() {
                    continue;
                }
                if !ts.open {
                    ops.push(Op::StartTextSection);
                    ts.open = true;
                }
                let key = (run.face, run.size_pt.to_bits());
                if ts.font != Some(key) {
                    let id = ids
                        .get(face_index(run.face))
                        .cloned()
                        .ok_or_else(|| ExportError::Pdf("a font is missing".to_owned()))?;
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(id),
                        size: Pt(run.size_pt),
                    });
                    ts.font = Some(key);
                }
                if ts.fill != Some(run.color) {
                    ops.push(Op::SetFillColor {
                        col: color(run.color),
                    });
                    ts.fill = Some(run.color);
                }
                // Absolute placement: `Td` would be relative to the previous line.
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(Pt(run.x), Pt(layout.height_pt - run.y)),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(run.text.clone())],
                });
            }
            PageItem::Rule(r) => {
                ts.close(&mut ops);
                ops.push(Op::SetOutlineColor {
                    col: color(r.color),
                });
                ops.push(Op::SetOutlineThickness { pt: Pt(r.width_pt) });
                ops.push(Op::DrawLine {
                    line: Line {
                        points: flip.line_points(&[r.from, r.to]),
                        is_closed: false,
                    },
                });
            }
            PageItem::Box(b) => {
                ts.close(&mut ops);
                ops.push(Op::SetFillColor {
                    col: color(b.color),
                });
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        mode: Some(PaintMode::Fill),
                        winding_order: Some(WindingOrder::NonZero),
                        ..Rect::from_xywh(
                            Pt(b.x),
                            Pt(layout.height_pt - b.y - b.h),
                            Pt(b.w),
                            Pt(b.h),
                        )
                    },
                });
            }
            PageItem::Path(p) => {
                ts.close(&mut ops);
                if let Some((c, w)) = p.stroke {
                    ops.push(Op::SetOutlineColor { col: color(c) });
                    ops.push(Op::SetOutlineThickness { pt: Pt(w) });
                }
                if !p.closed {
                    if p.stroke.is_some() {
                        for ring in &p.rings {
                            ops.push(Op::DrawLine {
                                line: Line {
                                    points: flip.line_points(ring),
                                    is_closed: false,
                                },
                            });
                        }
                    }
                    continue;
                }
                let mode = match (p.fill.is_some(), p.stroke.is_some()) {
                    (true, true) => PaintMode::FillStroke,
                    (true, false) => PaintMode::Fill,
                    (false, true) => PaintMode::Stroke,
                    (false, false) => continue,
                };
                if let Some(f) = p.fill {
                    ops.push(Op::SetFillColor { col: color(f) });
                }
                ops.push(Op::DrawPolygon {
                    polygon: Polygon {
                        rings: p
                            .rings
                            .iter()
                            .map(|r| PolygonRing {
                                points: flip.line_points(r),
                            })
                            .collect(),
                        mode,
                        winding_order: WindingOrder::EvenOdd,
                    },
                });
            }
        }
    }
    ts.close(&mut ops);

    let mut page = PdfPage::new(Mm(10.0), Mm(10.0), ops);
    let size = Rect::from_wh(Pt(layout.width_pt), Pt(layout.height_pt));
    page.media_box = size.clone();
    page.trim_box = size.clone();
    page.crop_box = size;
    let opts = PdfSaveOptions {
        subset_fonts: true,
        optimize: true,
        ..PdfSaveOptions::default()
    };
    let mut warnings = Vec::new();
    let bytes = doc.with_pages(vec![page]).save(&opts, &mut warnings);
    if bytes.is_empty() {
        return Err(ExportError::Pdf("printpdf wrote nothing".to_owned()));
    }
    Ok(bytes)
}
