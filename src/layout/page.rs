//! The page IR: positioned text runs, rules, boxes and paths in points (origin top-left, y
//! down). Layout fills it once; every backend draws it without measuring again.

/// An RGB colour, each channel 0..1.
pub type Rgb = [f32; 3];

/// Which bundled face a run uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FontFace {
    /// Noto Sans Regular.
    Regular,
    /// Noto Sans Bold.
    Bold,
    /// Noto Sans Italic.
    Italic,
}

impl FontFace {
    /// Every face, in the order the backends register them.
    pub const ALL: [Self; 3] = [Self::Regular, Self::Bold, Self::Italic];
}

/// Share of the font size above the baseline that a run's box covers (Noto's ascenders).
pub const RUN_ASCENT: f32 = 0.76;
/// Share of the font size below the baseline that a run's box covers (Noto's descenders).
pub const RUN_DESCENT: f32 = 0.24;

/// One positioned line of text; `x`,`y` is the left end of the baseline, in points from the
/// page's top-left corner.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// Left of the baseline.
    pub x: f32,
    /// Baseline, y down.
    pub y: f32,
    /// Font size in points.
    pub size_pt: f32,
    /// Face.
    pub face: FontFace,
    /// Colour.
    pub color: Rgb,
    /// The text, already broken to fit, in NFC.
    pub text: String,
    /// Advance width measured with the font, in points.
    pub width_pt: f32,
}

impl TextRun {
    /// The box the run's glyphs occupy: `[left, top, right, bottom]`.
    #[must_use]
    pub fn bounds(&self) -> [f32; 4] {
        [
            self.x,
            self.y - RUN_ASCENT * self.size_pt,
            self.x + self.width_pt,
            self.y + RUN_DESCENT * self.size_pt,
        ]
    }
}

/// A straight stroked line.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// Start, `[x, y]`.
    pub from: [f32; 2],
    /// End, `[x, y]`.
    pub to: [f32; 2],
    /// Stroke width in points.
    pub width_pt: f32,
    /// Colour.
    pub color: Rgb,
}

/// A filled rectangle.
#[derive(Debug, Clone, PartialEq)]
pub struct FillBox {
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
    /// Fill colour.
    pub color: Rgb,
}

/// A vector shape of one or more polygon rings (or open polylines when not closed).
#[derive(Debug, Clone, PartialEq)]
pub struct Path {
    /// Rings of `[x, y]` points.
    pub rings: Vec<Vec<[f32; 2]>>,
    /// Fill colour, for closed shapes.
    pub fill: Option<Rgb>,
    /// Stroke colour and width in points.
    pub stroke: Option<(Rgb, f32)>,
    /// True for polygons, false for polylines (never filled).
    pub closed: bool,
    /// The filled area as a flat list of triangles (three points each), for backends that
    /// can only fill convex shapes; `None` when every ring is convex.
    pub triangles: Option<Vec<[f32; 2]>>,
}

/// What a page is made of.
#[derive(Debug, Clone, PartialEq)]
pub enum PageItem {
    /// A line of text.
    Text(TextRun),
    /// A straight line.
    Rule(Rule),
    /// A filled rectangle.
    Box(FillBox),
    /// Polygons or polylines (the locator map, markers, timeline ticks).
    Path(Path),
}

impl PageItem {
    /// Move the item by `dx`, `dy` points.
    pub fn translate(&mut self, dx: f32, dy: f32) {
        match self {
            Self::Text(t) => {
                t.x += dx;
                t.y += dy;
            }
            Self::Rule(r) => {
                r.from = [r.from[0] + dx, r.from[1] + dy];
                r.to = [r.to[0] + dx, r.to[1] + dy];
            }
            Self::Box(b) => {
                b.x += dx;
                b.y += dy;
            }
            Self::Path(p) => {
                let tris = p.triangles.iter_mut().flatten();
                for pt in p.rings.iter_mut().flatten().chain(tris) {
                    pt[0] += dx;
                    pt[1] += dy;
                }
            }
        }
    }

    /// The area the item covers: `[left, top, right, bottom]`.
    #[must_use]
    pub fn bounds(&self) -> [f32; 4] {
        match self {
            Self::Text(t) => t.bounds(),
            Self::Rule(r) => {
                // Butt caps: the stroke widens the line across, not along, its length.
                let h = r.width_pt / 2.0;
                let hx = if r.from[0] == r.to[0] || r.from[1] != r.to[1] {
                    h
                } else {
                    0.0
                };
                let hy = if r.from[1] == r.to[1] || r.from[0] != r.to[0] {
                    h
                } else {
                    0.0
                };
                [
                    r.from[0].min(r.to[0]) - hx,
                    r.from[1].min(r.to[1]) - hy,
                    r.from[0].max(r.to[0]) + hx,
                    r.from[1].max(r.to[1]) + hy,
                ]
            }
            Self::Box(b) => [b.x, b.y, b.x + b.w, b.y + b.h],
            Self::Path(p) => {
                let h = p.stroke.map_or(0.0, |(_, w)| w / 2.0);
                let mut b = [f32::MAX, f32::MAX, f32::MIN, f32::MIN];
                for pt in p.rings.iter().flatten() {
                    b = [
                        b[0].min(pt[0] - h),
                        b[1].min(pt[1] - h),
                        b[2].max(pt[0] + h),
                        b[3].max(pt[1] + h),
                    ];
                }
                b
            }
        }
    }
}

/// The laid-out page: the only thing backends draw.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PageLayout {
    /// Page width in points.
    pub width_pt: f32,
    /// Page height in points.
    pub height_pt: f32,
    /// The area content must stay in: `[left, top, right, bottom]`.
    pub content_box: [f32; 4],
    /// Page background colour.
    pub background: Rgb,
    /// Everything on the page, in paint order.
    pub items: Vec<PageItem>,
    /// What the fit rule left out ("+N more"), in words for the person.
    pub omitted: Vec<String>,
    /// How the fit rule changed the page to make it fit (smaller type, one column, ...).
    pub adjustments: Vec<String>,
    /// Characters the bundled font cannot print.
    pub unprintable: Vec<char>,
    /// A hash of everything drawn, so a backend can tell an unchanged page cheaply; 0 when
    /// unknown (a hand-made layout).
    pub fingerprint: u64,
}

impl PageLayout {
    /// All text runs, in paint order.
    pub fn text_runs(&self) -> impl Iterator<Item = &TextRun> {
        self.items.iter().filter_map(|i| match i {
            PageItem::Text(t) => Some(t),
            _ => None,
        })
    }

    /// Hash everything drawn (never 0), for [`Self::fingerprint`].
    #[must_use]
    pub fn compute_fingerprint(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        fn f(h: &mut std::collections::hash_map::DefaultHasher, v: f32) {
            v.to_bits().hash(h);
        }
        f(&mut h, self.width_pt);
        f(&mut h, self.height_pt);
        for c in self.background {
            f(&mut h, c);
        }
        for item in &self.items {
            match item {
                PageItem::Text(t) => {
                    for v in [t.x, t.y, t.size_pt, t.width_pt] {
                        f(&mut h, v);
                    }
                    for v in t.color {
                        f(&mut h, v);
                    }
                    t.face.hash(&mut h);
                    t.text.hash(&mut h);
                }
                PageItem::Rule(r) => {
                    for v in r.from.into_iter().chain(r.to).chain(r.color) {
                        f(&mut h, v);
                    }
                    f(&mut h, r.width_pt);
                }
                PageItem::Box(b) => {
                    for v in [b.x, b.y, b.w, b.h].into_iter().chain(b.color) {
                        f(&mut h, v);
                    }
                }
                PageItem::Path(p) => {
                    for ring in &p.rings {
                        ring.len().hash(&mut h);
                        for v in ring.iter().flatten() {
                            f(&mut h, *v);
                        }
                    }
                    for v in p.fill.into_iter().flatten() {
                        f(&mut h, v);
                    }
                    if let Some((c, w)) = p.stroke {
                        for v in c {
                            f(&mut h, v);
                        }
                        f(&mut h, w);
                    }
                    p.closed.hash(&mut h);
                    p.triangles.as_ref().map(Vec::len).hash(&mut h);
                }
            }
        }
        self.unprintable.hash(&mut h);
        h.finish().max(1)
    }

    /// The page's text, one run per line, for searching and tests.
    #[must_use]
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        for run in self.text_runs() {
            out.push_str(&run.text);
            out.push('\n');
        }
        out
    }
}
