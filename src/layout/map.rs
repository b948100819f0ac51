//! The locator map: Natural Earth country outlines (assets/map, made by tools/make_map.py),
//! projected and cropped to the card's places, with numbered markers that match the Where
//! list and the countries mentioned shaded.

use std::sync::{Mutex, OnceLock};

use super::page::{FontFace, PageItem, Path, Rule, TextRun};
use super::style::Palette;

const MAP_BIN: &[u8] = include_bytes!("../../assets/map/countries.bin");
/// Stored units per degree.
const UNITS: f32 = 100.0;

/// One country's outline in degrees (`[lon, lat]`).
pub struct Country {
    /// ISO 3166-1 alpha-2 code, or "--".
    pub code: String,
    /// Natural Earth's short name.
    pub name: String,
    /// `[min lon, min lat, max lon, max lat]`.
    pub bbox: [f32; 4],
    /// Rings of `[lon, lat]` points (exteriors and holes alike; drawn even-odd).
    pub rings: Vec<Vec<[f32; 2]>>,
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn bytes(&mut self, n: usize) -> Option<&[u8]> {
        let s = self.data.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        self.bytes(1).and_then(|b| b.first().copied())
    }
    fn u16(&mut self) -> Option<u16> {
        let b = self.bytes(2)?;
        Some(u16::from_le_bytes([*b.first()?, *b.get(1)?]))
    }
    fn i16(&mut self) -> Option<i16> {
        self.u16().map(|v| v as i16)
    }
    fn u32(&mut self) -> Option<u32> {
        let b = self.bytes(4)?;
        Some(u32::from_le_bytes([
            *b.first()?,
            *b.get(1)?,
            *b.get(2)?,
            *b.get(3)?,
        ]))
    }
    fn varint(&mut self) -> Option<i64> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7F) << shift;
            if b & 0x80 == 0 {
                let n = (v >> 1) as i64 ^ -((v & 1) as i64);
                return Some(n);
            }
        }
        None
    }
}

fn parse(data: &[u8]) -> Option<Vec<Country>> {
    let mut r = Reader { data, pos: 0 };
    if r.bytes(6)? != b"BCMAP1" {
        return None;
    }
    let n = r.u16()?;
    let mut out = Vec::with_capacity(usize::from(n));
    for _ in 0..n {
        let code = String::from_utf8_lossy(r.bytes(2)?).into_owned();
        let len = usize::from(r.u8()?);
        let name = String::from_utf8_lossy(r.bytes(len)?).into_owned();
        let mut bbox = [0.0; 4];
        for b in &mut bbox {
            *b = f32::from(r.i16()?) / UNITS;
        }
        let rings_n = r.u16()?;
        let mut rings = Vec::with_capacity(usize::from(rings_n));
        for _ in 0..rings_n {
            let pts = r.u32()? as usize;
            let mut ring = Vec::with_capacity(pts.min(100_000));
            let (mut x, mut y) = (i64::from(r.i16()?), i64::from(r.i16()?));
            ring.push([x as f32 / UNITS, y as f32 / UNITS]);
            for _ in 1..pts {
                x += r.varint()?;
                y += r.varint()?;
                ring.push([x as f32 / UNITS, y as f32 / UNITS]);
            }
            rings.push(ring);
        }
        out.push(Country {
            code,
            name,
            bbox,
            rings,
        });
    }
    Some(out)
}

/// The world's countries, decoded once.
pub fn countries() -> &'static [Country] {
    static C: OnceLock<Vec<Country>> = OnceLock::new();
    C.get_or_init(|| parse(MAP_BIN).unwrap_or_default())
}

/// A place to mark on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// The number printed in the marker and before the place in the Where list.
    pub number: usize,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
}

/// How the map projects.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Projection {
    /// Equal Earth over the whole world (the places span continents).
    World,
    /// Equirectangular scaled by the cosine of the centre latitude, around `lon0`.
    Regional { lon0: f32, k: f32 },
}

/// The map's view: projection and the projected window `[x0, y0, x1, y1]` (y down).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    proj: Projection,
    window: [f32; 4],
}

fn wrap180(d: f32) -> f32 {
    let mut d = d % 360.0;
    if d > 180.0 {
        d -= 360.0;
    } else if d < -180.0 {
        d += 360.0;
    }
    d
}

fn equal_earth(lon: f32, lat: f32) -> [f32; 2] {
    const A1: f32 = 1.340_264;
    const A2: f32 = -0.081_106;
    const A3: f32 = 0.000_893;
    const A4: f32 = 0.003_796;
    let m = 3f32.sqrt() / 2.0;
    let l = lon.to_radians();
    let t = (m * lat.to_radians().sin()).asin();
    let t2 = t * t;
    let t6 = t2 * t2 * t2;
    let x = 2.0 * 3f32.sqrt() * l * t.cos()
        / (3.0 * (9.0 * A4 * t6 * t2 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1));
    let y = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    // y down, in "degrees-ish" units so both projections share tolerances.
    [x.to_degrees(), -y.to_degrees()]
}

impl View {
    fn project(&self, lon: f32, lat: f32) -> [f32; 2] {
        match self.proj {
            Projection::World => equal_earth(lon, lat),
            Projection::Regional { lon0, k } => [wrap180(lon - lon0) * k, -lat],
        }
    }

    /// Project a ring with continuous longitudes: a ring crossing the antimeridian (or
    /// the seam opposite a regional view's centre) runs past the frame's edge, where it is
    /// clipped, instead of streaking across the map.
    fn project_ring(&self, ring: &[[f32; 2]]) -> Vec<[f32; 2]> {
        let mut out = Vec::with_capacity(ring.len());
        let mut prev: Option<(f32, f32)> = None; // (raw lon, continuous lon)
        for p in ring {
            let lon = match prev {
                None => match self.proj {
                    Projection::World => p[0],
                    Projection::Regional { lon0, .. } => lon0 + wrap180(p[0] - lon0),
                },
                Some((raw, cont)) => cont + wrap180(p[0] - raw),
            };
            prev = Some((p[0], lon));
            out.push(match self.proj {
                Projection::World => equal_earth(lon, p[1]),
                Projection::Regional { lon0, k } => [(lon - lon0) * k, -p[1]],
            });
        }
        out
    }

    /// Width over height of the window.
    #[must_use]
    pub fn aspect(&self) -> f32 {
        let [x0, y0, x1, y1] = self.window;
        ((x1 - x0) / (y1 - y0).max(1e-3)).max(0.1)
    }

    /// True for the whole-world view.
    #[must_use]
    pub fn is_world(&self) -> bool {
        self.proj == Projection::World
    }
}

/// Choose the view for the markers: a regional crop with padding, or the world when they
/// span continents. `None` without markers.
#[must_use]
pub fn choose_view(markers: &[Marker]) -> Option<View> {
    if markers.is_empty() {
        return None;
    }
    let mut lons: Vec<f32> = markers.iter().map(|m| wrap180(m.lon as f32)).collect();
    lons.sort_by(f32::total_cmp);
    // The smallest arc holding every longitude: cut the circle at its widest gap.
    let mut best_gap = -1.0;
    let mut start = lons.first().copied().unwrap_or(0.0);
    for (i, &l) in lons.iter().enumerate() {
        let next = lons
            .get(i + 1)
            .copied()
            .unwrap_or(lons.first().copied().unwrap_or(0.0) + 360.0);
        if next - l > best_gap {
            best_gap = next - l;
            start = next;
        }
    }
    let span_lon = 360.0 - best_gap;
    let lon0 = wrap180(start + span_lon / 2.0);
    let lats = markers.iter().map(|m| m.lat as f32);
    let (lat_min, lat_max) = lats.fold((90.0_f32, -90.0_f32), |(a, b), l| (a.min(l), b.max(l)));
    if span_lon > 110.0 || lat_max - lat_min > 65.0 {
        let [x0, _] = equal_earth(-180.0, 0.0);
        let [x1, _] = equal_earth(180.0, 0.0);
        let [_, y0] = equal_earth(0.0, 84.0);
        let [_, y1] = equal_earth(0.0, -56.0);
        return Some(View {
            proj: Projection::World,
            window: [x0, y0, x1, y1],
        });
    }
    let lat_c = (lat_min + lat_max) / 2.0;
    let k = lat_c.to_radians().cos().max(0.2);
    let half_w = (span_lon / 2.0 * 1.3 + 1.0).max(7.0) * k;
    let half_h = ((lat_max - lat_min) / 2.0 * 1.3 + 1.0).max(4.5);
    Some(View {
        proj: Projection::Regional { lon0, k },
        window: [-half_w, -lat_c - half_h, half_w, -lat_c + half_h],
    })
}

/// Clip a closed ring to the rectangle `[0, w] × [0, h]` (Sutherland–Hodgman; works for
/// concave rings, leaving at most edges along the frame).
fn clip(ring: &[[f32; 2]], w: f32, h: f32) -> Vec<[f32; 2]> {
    let mut pts = ring.to_vec();
    let edges: [(usize, f32, bool); 4] =
        [(0, 0.0, true), (0, w, false), (1, 0.0, true), (1, h, false)];
    for (axis, v, keep_greater) in edges {
        if pts.is_empty() {
            break;
        }
        let inside = |p: &[f32; 2]| {
            let c = if axis == 0 { p[0] } else { p[1] };
            if keep_greater { c >= v } else { c <= v }
        };
        let mut out = Vec::with_capacity(pts.len() + 4);
        let mut prev = pts.last().copied().unwrap_or([0.0, 0.0]);
        for &cur in &pts {
            let (ci, pi) = (inside(&cur), inside(&prev));
            if ci != pi {
                let (a, b) = if axis == 0 {
                    (prev[0], cur[0])
                } else {
                    (prev[1], cur[1])
                };
                let t = if (b - a).abs() < 1e-9 {
                    0.0
                } else {
                    (v - a) / (b - a)
                };
                out.push([
                    prev[0] + (cur[0] - prev[0]) * t,
                    prev[1] + (cur[1] - prev[1]) * t,
                ]);
            }
            if ci {
                out.push(cur);
            }
            prev = cur;
        }
        pts = out;
    }
    pts
}

/// Distance from `p` to the segment `a`–`b`.
fn seg_dist(p: [f32; 2], a: [f32; 2], b: [f32; 2]) -> f32 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (qx, qy) = (a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
    (qx * qx + qy * qy).sqrt()
}

/// Douglas–Peucker simplification of a closed ring in page points.
fn simplify(ring: &[[f32; 2]], tol: f32) -> Vec<[f32; 2]> {
    let n = ring.len();
    if n <= 4 {
        return ring.to_vec();
    }
    // Anchor the ring at its first point and the point farthest from it.
    let first = ring.first().copied().unwrap_or([0.0, 0.0]);
    let far = (0..n)
        .max_by(|&i, &j| {
            let d = |k: usize| {
                ring.get(k).map_or(0.0, |p| {
                    (p[0] - first[0]).powi(2) + (p[1] - first[1]).powi(2)
                })
            };
            d(i).total_cmp(&d(j))
        })
        .unwrap_or(n / 2)
        .max(1);
    let mut keep = vec![false; n + 1];
    let at = |i: usize| ring.get(i % n).copied().unwrap_or(first);
    let mut stack = vec![(0usize, far), (far, n)];
    if let Some(k) = keep.get_mut(0) {
        *k = true;
    }
    if let Some(k) = keep.get_mut(far) {
        *k = true;
    }
    while let Some((i, j)) = stack.pop() {
        let (a, b) = (at(i), at(j));
        let mut best = (0.0, 0);
        for k in (i + 1)..j {
            let d = seg_dist(at(k), a, b);
            if d > best.0 {
                best = (d, k);
            }
        }
        if best.0 > tol {
            if let Some(k) = keep.get_mut(best.1) {
                *k = true;
            }
            stack.push((i, best.1));
            stack.push((best.1, j));
        }
    }
    (0..n)
        .filter(|&i| keep.get(i).copied().unwrap_or(false))
        .map(at)
        .collect()
}

fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// A marker circle as a polygon (crisp at any zoom with enough sides).
pub fn circle(c: [f32; 2], r: f32) -> Vec<[f32; 2]> {
    (0..20)
        .map(|i| {
            let a = i as f32 / 20.0 * std::f32::consts::TAU;
            [round2(c[0] + r * a.cos()), round2(c[1] + r * a.sin())]
        })
        .collect()
}

fn triangulate(rings: &[Vec<[f32; 2]>]) -> Vec<[f32; 2]> {
    let mut ec = earcut::Earcut::new();
    let mut idx: Vec<u32> = Vec::new();
    let mut tris = Vec::new();
    for ring in rings {
        ec.earcut_slice(ring, &[] as &[u32], &mut idx);
        tris.extend(idx.iter().filter_map(|&i| ring.get(i as usize).copied()));
    }
    tris
}

/// The drawn map: items in block coordinates (origin top-left, `w` × `h`).
#[derive(Debug, Clone, Default)]
pub struct MapDrawing {
    /// Everything to draw, in order.
    pub items: Vec<PageItem>,
}

/// The arguments of the last map drawn and its drawing: typing in a pane relays the page
/// many times with the same map, and outlines are the costly part of a layout.
type MapKey = (View, Vec<Marker>, Vec<String>, [u32; 2], Palette);

/// Draw the map for `markers` into a `w` × `h` frame. `shaded` holds the ISO codes of the
/// countries to shade. The last drawing is remembered and reused for identical arguments.
#[must_use]
pub fn draw(
    view: &View,
    markers: &[Marker],
    shaded: &[String],
    w: f32,
    h: f32,
    pal: &Palette,
) -> MapDrawing {
    static LAST: Mutex<Option<(MapKey, MapDrawing)>> = Mutex::new(None);
    let key: MapKey = (
        *view,
        markers.to_vec(),
        shaded.to_vec(),
        [w.to_bits(), h.to_bits()],
        *pal,
    );
    if let Ok(last) = LAST.lock()
        && let Some((k, d)) = last.as_ref()
        && *k == key
    {
        return d.clone();
    }
    let drawing = draw_uncached(view, markers, shaded, w, h, pal);
    if let Ok(mut last) = LAST.lock() {
        *last = Some((key, drawing.clone()));
    }
    drawing
}

fn draw_uncached(
    view: &View,
    markers: &[Marker],
    shaded: &[String],
    w: f32,
    h: f32,
    pal: &Palette,
) -> MapDrawing {
    let mut items = Vec::new();
    let [x0, y0, x1, y1] = view.window;
    // Fit the window into the frame without distortion, centred.
    let s = (w / (x1 - x0).max(1e-3)).min(h / (y1 - y0).max(1e-3));
    let ox = (w - (x1 - x0) * s) / 2.0 - x0 * s;
    let oy = (h - (y1 - y0) * s) / 2.0 - y0 * s;
    let to_frame = |p: [f32; 2]| [p[0] * s + ox, p[1] * s + oy];

    items.push(PageItem::Path(Path {
        rings: vec![vec![[0.0, 0.0], [w, 0.0], [w, h], [0.0, h]]],
        fill: Some(pal.water),
        stroke: None,
        closed: true,
        triangles: None,
    }));
    // Generous lat/lon margins so countries just outside the frame still get clipped in.
    let (lat_lo, lat_hi) = match view.proj {
        Projection::World => (-60.0, 90.0),
        Projection::Regional { .. } => (-y1 - 3.0, -y0 + 3.0),
    };
    let lon_ok = |c: &Country| match view.proj {
        Projection::World => true,
        Projection::Regional { lon0, k } => {
            let half = (x1 - x0) / 2.0 / k + 3.0;
            let a = wrap180(c.bbox[0] - lon0);
            let b = wrap180(c.bbox[2] - lon0);
            // A country crossing the seam of the wrap counts as maybe visible.
            a > b || (b >= -half && a <= half) || c.bbox[2] - c.bbox[0] > 180.0
        }
    };
    // Detail finer than a quarter point does not print; dropping it keeps the PDF small.
    let tolerance = 0.25;
    for c in countries() {
        if c.code == "AQ" && view.is_world() {
            continue;
        }
        if c.bbox[3] < lat_lo || c.bbox[1] > lat_hi || !lon_ok(c) {
            continue;
        }
        let mut rings = Vec::new();
        for ring in &c.rings {
            let projected: Vec<[f32; 2]> =
                view.project_ring(ring).into_iter().map(to_frame).collect();
            let clipped = clip(&projected, w, h);
            let mut kept: Vec<[f32; 2]> = simplify(&clipped, tolerance)
                .into_iter()
                .map(|p| [round2(p[0]), round2(p[1])])
                .collect();
            // Zero-length edges (a repeated point, or a ring that repeats its start) make
            // stroking backends spike along an undefined normal.
            kept.dedup();
            if kept.len() > 1 && kept.first() == kept.last() {
                kept.pop();
            }
            if kept.len() >= 3 {
                rings.push(kept);
            }
        }
        if rings.is_empty() {
            continue;
        }
        let mentioned = shaded.iter().any(|s| s.eq_ignore_ascii_case(&c.code));
        let triangles = Some(triangulate(&rings));
        items.push(PageItem::Path(Path {
            rings,
            fill: Some(if mentioned { pal.shade } else { pal.land }),
            stroke: Some((pal.border, 0.3)),
            closed: true,
            triangles,
        }));
    }

    // Markers: pushed apart where they would touch, each tied to its true spot.
    let r = 5.2;
    let inset = |p: [f32; 2]| {
        [
            p[0].min(w - r - 1.0).max(r + 1.0),
            p[1].min(h - r - 1.0).max(r + 1.0),
        ]
    };
    let truth: Vec<[f32; 2]> = markers
        .iter()
        .map(|m| to_frame(view.project(m.lon as f32, m.lat as f32)))
        .collect();
    let mut pos: Vec<[f32; 2]> = truth.iter().map(|&p| inset(p)).collect();
    for _ in 0..60 {
        let mut moved = false;
        for i in 0..pos.len() {
            for j in (i + 1)..pos.len() {
                let (Some(a), Some(b)) = (pos.get(i).copied(), pos.get(j).copied()) else {
                    continue;
                };
                let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
                let d = (dx * dx + dy * dy).sqrt();
                let need = 2.0 * r + 1.2;
                if d < need {
                    let (ux, uy) = if d < 1e-3 {
                        let a = (j as f32) * 2.4;
                        (a.cos(), a.sin())
                    } else {
                        (dx / d, dy / d)
                    };
                    let push = (need - d) / 2.0 + 0.05;
                    if let Some(p) = pos.get_mut(i) {
                        *p = inset([p[0] - ux * push, p[1] - uy * push]);
                    }
                    if let Some(p) = pos.get_mut(j) {
                        *p = inset([p[0] + ux * push, p[1] + uy * push]);
                    }
                    moved = true;
                }
            }
        }
        if !moved {
            break;
        }
    }
    for ((m, &p), &t) in markers.iter().zip(&pos).zip(&truth) {
        let t = [t[0].clamp(0.0, w), t[1].clamp(0.0, h)];
        let off = ((p[0] - t[0]).powi(2) + (p[1] - t[1]).powi(2)).sqrt();
        if off > r {
            items.push(PageItem::Rule(Rule {
                from: t,
                to: p,
                width_pt: 0.6,
                color: pal.accent,
            }));
            items.push(PageItem::Path(Path {
                rings: vec![circle(t, 1.3)],
                fill: Some(pal.accent),
                stroke: None,
                closed: true,
                triangles: None,
            }));
        }
        items.push(PageItem::Path(Path {
            rings: vec![circle(p, r)],
            fill: Some(pal.accent),
            stroke: Some((pal.paper, 0.8)),
            closed: true,
            triangles: None,
        }));
        let label = m.number.to_string();
        let size = if label.len() > 1 { 5.6 } else { 6.5 };
        let width = super::fonts::book().width(FontFace::Bold, &label, size);
        items.push(PageItem::Text(TextRun {
            x: p[0] - width / 2.0,
            y: p[1] + size * 0.36,
            size_pt: size,
            face: FontFace::Bold,
            color: pal.paper,
            text: label,
            width_pt: width,
        }));
    }
    // The frame last, over the clipped outlines' edges.
    items.push(PageItem::Path(Path {
        rings: vec![vec![[0.0, 0.0], [w, 0.0], [w, h], [0.0, h]]],
        fill: None,
        stroke: Some((pal.rule, 0.6)),
        closed: true,
        triangles: None,
    }));
    MapDrawing { items }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_asset_has_the_world_with_small_states() {
        let c = countries();
        assert!(c.len() > 200, "{}", c.len());
        for code in ["CN", "US", "SG", "MT", "AD", "LI", "VA"] {
            assert!(c.iter().any(|x| x.code == code), "{code} missing");
        }
        let china = c.iter().find(|x| x.code == "CN").unwrap();
        assert!(
            china.bbox[0] > 70.0 && china.bbox[2] < 136.0,
            "{:?}",
            china.bbox
        );
    }

    #[test]
    fn places_on_two_continents_get_the_world_and_one_city_a_region() {
        let m = |lat, lon| Marker {
            number: 1,
            lat,
            lon,
        };
        assert!(
            choose_view(&[m(39.9, 116.4), m(38.9, -77.0)])
                .unwrap()
                .is_world()
        );
        let v = choose_view(&[m(48.85, 2.35)]).unwrap();
        assert!(!v.is_world());
        // Across the antimeridian (Fiji and Samoa) is still a region, not the world.
        assert!(
            !choose_view(&[m(-18.1, 178.4), m(-13.8, -171.8)])
                .unwrap()
                .is_world()
        );
    }

    #[test]
    fn simplification_drops_only_invisible_detail() {
        let ring: Vec<[f32; 2]> = (0..400)
            .map(|i| {
                let a = i as f32 / 400.0 * std::f32::consts::TAU;
                let wiggle = if i % 2 == 0 { 0.05 } else { -0.05 };
                [
                    50.0 + (30.0 + wiggle) * a.cos(),
                    50.0 + (30.0 + wiggle) * a.sin(),
                ]
            })
            .collect();
        let s = simplify(&ring, 0.25);
        assert!(s.len() < 80 && s.len() > 12, "{}", s.len());
        for p in &ring {
            let d = s
                .iter()
                .zip(s.iter().cycle().skip(1))
                .map(|(a, b)| seg_dist(*p, *a, *b))
                .fold(f32::MAX, f32::min);
            assert!(d < 0.35, "{d}");
        }
    }

    /// Regression: Fiji's rings cross the antimeridian and drew a line across the world.
    #[test]
    fn no_outline_streaks_across_the_map() {
        let pal = crate::layout::Theme::Light.palette();
        let m = |lat, lon| Marker {
            number: 1,
            lat,
            lon,
        };
        for markers in [
            vec![m(-17.7, 178.0), m(51.5, -0.1)],
            vec![m(-17.7, 178.0), m(-13.8, -171.8)],
        ] {
            let view = choose_view(&markers).unwrap();
            let (w, h) = (250.0, 120.0);
            for item in draw(&view, &markers, &[], w, h, &pal).items {
                let PageItem::Path(p) = item else { continue };
                for ring in &p.rings {
                    for (a, b) in ring.iter().zip(ring.iter().cycle().skip(1)) {
                        let on_edge = |q: &[f32; 2]| q[1] < 0.5 || q[1] > h - 0.5;
                        assert!(
                            (a[0] - b[0]).abs() < w / 2.0 || (on_edge(a) && on_edge(b)),
                            "streak from {a:?} to {b:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn clipping_keeps_a_ring_inside_the_frame() {
        let ring = vec![[-10.0, -10.0], [50.0, 5.0], [120.0, 60.0], [5.0, 90.0]];
        for p in clip(&ring, 100.0, 80.0) {
            assert!(
                (-0.01..=100.01).contains(&p[0]) && (-0.01..=80.01).contains(&p[1]),
                "{p:?}"
            );
        }
    }
}
