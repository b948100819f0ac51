//! The timeline: the card's dated events on a proportional axis (days, months or years as
//! the span needs), before and after the reference date drawn differently, periods as bars,
//! and undated or fuzzy items counted honestly instead of placed at a guess.

use super::fonts::FontBook;
use super::map::circle;
use super::page::{FontFace, PageItem, Path, RUN_ASCENT, Rgb, Rule, TextRun};
use super::style::Palette;
use super::text::{TextStyle, fit_line};
use crate::model::format_timex;

/// Size of tick labels and event labels.
const LABEL_PT: f32 = 7.5;
/// Rows of event labels above the axis.
const MAX_ROWS: usize = 3;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `(year, month, day)` of a day number.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The calendar span a TimeML value covers, as `[first day, last day + 1)`; `None` for
/// values that are not calendar dates (durations, `PAST_REF`, `XXXX-06-21`, ...).
#[must_use]
pub fn value_range(value: &str) -> Option<(i64, i64)> {
    let (a, b) = crate::model::chronology::calendar_span(value)?;
    let day = |d: jiff::civil::Date| {
        days_from_civil(
            i64::from(d.year()),
            i64::from(d.month()),
            i64::from(d.day()),
        )
    };
    Some((day(a), day(b) + 1))
}

/// Events shorter than this many days can set the main window; longer periods ("2023")
/// are context.
const SHORT_DAYS: i64 = 62;
/// How far from the centre of the story an event may lie and still be in the main window.
const REACH_DAYS: i64 = 45;

/// The main window of the axis, `[d0, d1)`: the reference date and the cluster of events
/// around it (or, without one, around the middle of the short events), so one week of news
/// gets a week-wide axis. Events outside it are shown as labelled arrows at the ends.
fn window(ranges: &[(i64, i64)], ref_day: Option<i64>) -> Option<(i64, i64)> {
    let all0 = ranges.iter().map(|r| r.0).chain(ref_day).min()?;
    let all1 = ranges
        .iter()
        .map(|r| r.1)
        .chain(ref_day.map(|r| r + 1))
        .max()?;
    // A story whose dates all lie within a few months needs no window.
    if all1 - all0 <= 2 * REACH_DAYS {
        return Some((all0, all1));
    }
    let mut mids: Vec<i64> = ranges
        .iter()
        .filter(|(a, b)| b - a <= SHORT_DAYS)
        .map(|(a, b)| (a + b) / 2)
        .collect();
    if mids.is_empty() {
        return Some((all0, all1));
    }
    mids.sort_unstable();
    let median = mids.get(mids.len() / 2).copied()?;
    let members = |c: i64| -> Vec<(i64, i64)> {
        ranges
            .iter()
            .copied()
            .filter(|(a, b)| b - a <= SHORT_DAYS && ((a + b) / 2 - c).abs() <= REACH_DAYS)
            .collect()
    };
    let (centre, near) = match ref_day {
        Some(r) if !members(r).is_empty() => (Some(r), members(r)),
        _ => (None, members(median)),
    };
    // One event alone is no cluster: the whole span says more.
    if near.len() < 2 {
        return Some((all0, all1));
    }
    let d0 = near.iter().map(|r| r.0).chain(centre).min()?;
    let d1 = near
        .iter()
        .map(|r| r.1)
        .chain(centre.map(|r| r + 1))
        .max()?;
    Some((d0, d1))
}

/// One event to place.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// The TimeML value, if any.
    pub value: Option<String>,
    /// The label (the event phrase, or the written expression).
    pub label: String,
}

/// The drawn timeline in block coordinates, and its height.
#[derive(Debug, Clone, Default)]
pub struct TimelineDrawing {
    /// Items to draw.
    pub items: Vec<PageItem>,
    /// Height used.
    pub height: f32,
}

fn text(book: &FontBook, s: &str, style: TextStyle, x: f32, baseline: f32, max_w: f32) -> TextRun {
    let p = fit_line(book, s, style, max_w);
    TextRun {
        x,
        y: baseline,
        size_pt: style.size_pt,
        face: style.face,
        color: style.color,
        text: p.text,
        width_pt: p.width,
    }
}

struct Scale {
    d0: f64,
    d1: f64,
    w: f32,
}

impl Scale {
    fn x(&self, day: f64) -> f32 {
        ((day - self.d0) / (self.d1 - self.d0).max(1e-9) * f64::from(self.w)) as f32
    }
}

/// Tick positions and labels for the span.
fn ticks(d0: i64, d1: i64) -> Vec<(i64, String)> {
    let span = d1 - d0;
    let mut out = Vec::new();
    if span <= 24 {
        let step = if span <= 12 { 1 } else { 2 };
        let mut d = d0;
        while d <= d1 {
            let (_, m, day) = civil_from_days(d);
            let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
                .get(d.rem_euclid(7) as usize)
                .copied()
                .unwrap_or("");
            let month = MONTHS.get((m - 1) as usize).copied().unwrap_or("");
            let label = if step == 1 && span <= 8 {
                format!("{weekday} {day} {month}")
            } else {
                format!("{day} {month}")
            };
            out.push((d, label));
            d += step;
        }
        return out;
    }
    if span <= 120 {
        // Weekly ticks on Mondays (day 4 since the epoch was a Monday).
        let step = if span <= 60 { 7 } else { 14 };
        let mut d = d0 + (4 - d0).rem_euclid(7);
        while d <= d1 {
            let (_, m, day) = civil_from_days(d);
            let month = MONTHS.get((m - 1) as usize).copied().unwrap_or("");
            out.push((d, format!("{day} {month}")));
            d += step;
        }
        return out;
    }
    let (y0, m0, _) = civil_from_days(d0);
    let (y1, _, _) = civil_from_days(d1);
    if span <= 800 {
        let months = span / 30;
        let step = if months <= 8 {
            1
        } else if months <= 16 {
            2
        } else {
            3
        };
        let (mut y, mut m) = (y0, m0 + 1);
        if m > 12 {
            y += 1;
            m = 1;
        }
        loop {
            let d = days_from_civil(y, m, 1);
            if d > d1 {
                break;
            }
            if (m - 1) % step == 0 {
                let name = MONTHS.get((m - 1) as usize).copied().unwrap_or("");
                let label = if m == 1 || out.is_empty() {
                    format!("{name} {y}")
                } else {
                    name.to_owned()
                };
                out.push((d, label));
            }
            m += 1;
            if m > 12 {
                m = 1;
                y += 1;
            }
        }
        return out;
    }
    let years = y1 - y0;
    let step = [1, 2, 5, 10, 20, 50, 100, 200, 500]
        .into_iter()
        .find(|s| years / s <= 10)
        .unwrap_or(1000);
    let mut y = (y0 + 1).div_euclid(step) * step;
    if y <= y0 {
        y += step;
    }
    while days_from_civil(y, 1, 1) <= d1 {
        out.push((days_from_civil(y, 1, 1), y.to_string()));
        y += step;
    }
    out
}

/// Draw the timeline `w` wide. `reference` is the reference date (`YYYY-MM-DD`). Returns
/// `None` when fewer than two events have calendar dates (a one-point axis says nothing).
#[must_use]
pub fn draw(
    book: &FontBook,
    events: &[Event],
    reference: Option<&str>,
    w: f32,
    pal: &Palette,
) -> Option<TimelineDrawing> {
    let dated: Vec<(&Event, (i64, i64))> = events
        .iter()
        .filter_map(|e| Some((e, value_range(e.value.as_deref()?)?)))
        .collect();
    let undated = events.len() - dated.len();
    if dated.len() < 2 {
        return None;
    }
    let ref_day = reference.and_then(value_range).map(|r| r.0);
    let ranges: Vec<(i64, i64)> = dated.iter().map(|d| d.1).collect();
    let (d0, d1) = window(&ranges, ref_day)?;
    // Far-off items: named at the axis ends, not squeezed onto it.
    let mut earlier: Vec<(i64, String)> = Vec::new();
    let mut later: Vec<(i64, String)> = Vec::new();
    let dated: Vec<(&Event, (i64, i64))> = dated
        .into_iter()
        .filter(|(e, (a, b))| {
            if *a >= d0 && *b <= d1 {
                return true;
            }
            let label = e
                .value
                .as_deref()
                .and_then(format_timex)
                .unwrap_or_default();
            let side = if *a < d0 { &mut earlier } else { &mut later };
            if !side.iter().any(|(_, l)| *l == label) {
                side.push((*a, label));
            }
            false
        })
        .collect();
    earlier.sort();
    later.sort();
    // Events of the very same day or period share one mark and one label.
    let mut shared: Vec<(Event, (i64, i64))> = Vec::with_capacity(dated.len());
    let mut slot: std::collections::HashMap<(i64, i64), usize> = std::collections::HashMap::new();
    for (e, r) in dated {
        let found = slot.get(&r).copied();
        if found.is_none() {
            slot.insert(r, shared.len());
        }
        match found.and_then(|i| shared.get_mut(i)) {
            // A label longer than the axis is cut anyway: stop growing it.
            Some((se, _))
                if !e.label.is_empty()
                    && se.label.len() < 160
                    && !se.label.contains(e.label.as_str()) =>
            {
                if !se.label.is_empty() {
                    se.label.push_str(" · ");
                }
                se.label.push_str(&e.label);
            }
            Some(_) => {}
            None => shared.push((e.clone(), r)),
        }
    }
    let dated: Vec<(&Event, (i64, i64))> = shared.iter().map(|(e, r)| (e, *r)).collect();
    let ref_day = ref_day.filter(|r| (d0..d1).contains(r));
    let pad = ((d1 - d0) as f64 * 0.04).max(0.5);
    let inset = 6.0
        + if earlier.is_empty() && later.is_empty() {
            0.0
        } else {
            8.0
        };
    let scale = Scale {
        d0: d0 as f64 - pad,
        d1: d1 as f64 + pad,
        w: w - 2.0 * inset,
    };
    let x_of = |day: f64| inset + scale.x(day);

    let label_lh = LABEL_PT * 1.35;
    let small = |face, color| TextStyle {
        face,
        size_pt: LABEL_PT,
        color,
    };

    // Event labels, above and below the axis: each in the nearest row where it hits no
    // other label and no leader line crosses a label. Right to left, so labels climb like
    // a staircase towards the earlier events.
    let mut order: Vec<usize> = (0..dated.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(dated.get(i).map_or(0, |d| d.1.0)));
    struct Placed {
        below: bool,
        row: usize,
        run: TextRun,
        mark_x: f32,
    }
    let mut placed: Vec<Placed> = Vec::new();
    for &i in &order {
        let Some((e, (a, b))) = dated.get(i) else {
            continue;
        };
        let mark_x = x_of((*a as f64 + *b as f64) / 2.0);
        let label = if e.label.is_empty() {
            "(event)"
        } else {
            e.label.as_str()
        };
        let full = book.width(FontFace::Regular, label, LABEL_PT);
        'found: for want in [full.min(w * 0.42), full.min(80.0)] {
            for row in 0..MAX_ROWS {
                for below in [false, true] {
                    for right_aligned in [false, true] {
                        let x = if right_aligned {
                            mark_x + 2.0 - want
                        } else {
                            mark_x - 2.0
                        };
                        let x = x.clamp(0.0, (w - want).max(0.0));
                        let (x0, x1) = (x, x + want);
                        let free = placed.iter().filter(|p| p.below == below).all(|p| {
                            let (p0, p1) = (p.run.x, p.run.x + p.run.width_pt);
                            let overlaps = x0 < p1 + 6.0 && p0 < x1 + 6.0;
                            let crosses_leader =
                                p.row > row && (x0 - 3.0..=x1 + 3.0).contains(&p.mark_x);
                            let leader_crosses =
                                p.row < row && (p0 - 3.0..=p1 + 3.0).contains(&mark_x);
                            let same_row_clash = p.row == row && overlaps;
                            !(same_row_clash || crosses_leader || leader_crosses)
                        });
                        if free {
                            let run =
                                text(book, label, small(FontFace::Regular, pal.ink), x, 0.0, want);
                            placed.push(Placed {
                                below,
                                row,
                                run,
                                mark_x,
                            });
                            break 'found;
                        }
                    }
                }
            }
        }
    }
    let rows_above = placed
        .iter()
        .filter(|p| !p.below)
        .map(|p| p.row + 1)
        .max()
        .unwrap_or(0);
    let rows_below = placed
        .iter()
        .filter(|p| p.below)
        .map(|p| p.row + 1)
        .max()
        .unwrap_or(0);
    let axis_y = rows_above as f32 * label_lh + 8.0;
    let tick_base = axis_y + 5.0 + LABEL_PT * 0.76;
    let below_top = tick_base + LABEL_PT * 0.24 + 4.0;
    let mut items = Vec::new();

    // The axis, its ticks and their labels (a tick label gives way to a leader line).
    items.push(PageItem::Rule(Rule {
        from: [0.0, axis_y],
        to: [w, axis_y],
        width_pt: 0.8,
        color: pal.rule,
    }));
    let below_leaders: Vec<f32> = placed
        .iter()
        .filter(|p| p.below)
        .map(|p| p.mark_x)
        .collect();
    let mut last_end = f32::MIN;
    for (day, label) in ticks(d0, d1) {
        let x = x_of(day as f64);
        if !(0.0..=w).contains(&x) {
            continue;
        }
        items.push(PageItem::Rule(Rule {
            from: [x, axis_y - 2.0],
            to: [x, axis_y + 2.0],
            width_pt: 0.5,
            color: pal.rule,
        }));
        let lw = book.width(FontFace::Regular, &label, LABEL_PT);
        let lx = (x - lw / 2.0).clamp(0.0, (w - lw).max(0.0));
        let hit = below_leaders
            .iter()
            .any(|&m| (lx - 2.0..=lx + lw + 2.0).contains(&m));
        if lx > last_end + 4.0 && !hit {
            items.push(PageItem::Text(text(
                book,
                &label,
                small(FontFace::Regular, pal.muted),
                lx,
                tick_base,
                w,
            )));
            last_end = lx + lw;
        }
    }

    // The reference date: a vertical hairline through the axis.
    if let Some(r) = ref_day {
        let x = x_of(r as f64 + 0.5);
        items.push(PageItem::Rule(Rule {
            from: [x, axis_y - 7.0],
            to: [x, axis_y + 7.0],
            width_pt: 1.2,
            color: pal.accent,
        }));
    }

    // Each label with its leader line to the mark.
    for p in &placed {
        let mut run = p.run.clone();
        if p.below {
            run.y = below_top + p.row as f32 * label_lh + label_lh * 0.75;
            let leader_end = run.y - LABEL_PT * RUN_ASCENT - 1.0;
            items.push(PageItem::Rule(Rule {
                from: [p.mark_x, axis_y + 3.5],
                to: [p.mark_x, leader_end],
                width_pt: 0.4,
                color: pal.rule,
            }));
        } else {
            run.y = (rows_above - 1 - p.row) as f32 * label_lh + label_lh * 0.75;
            let leader_top = run.y + LABEL_PT * 0.3;
            if axis_y - 3.5 > leader_top {
                items.push(PageItem::Rule(Rule {
                    from: [p.mark_x, leader_top],
                    to: [p.mark_x, axis_y - 3.5],
                    width_pt: 0.4,
                    color: pal.rule,
                }));
            }
        }
        items.push(PageItem::Text(run));
    }

    // Marks: filled before the reference date, hollow after it; periods as bars, the
    // longest first and thinnest so shorter periods inside them stay visible.
    let mut marks: Vec<(i64, i64)> = dated.iter().map(|d| d.1).collect();
    marks.sort_by_key(|(a, b)| std::cmp::Reverse(b - a));
    for (a, b) in &marks {
        let future = ref_day.is_some_and(|r| *a > r);
        let color: Rgb = if future { pal.accent } else { pal.ink };
        if b - a > 1 {
            // A period is a light bar, inset at its ends so back-to-back periods stay apart.
            let (xa, xb) = (x_of(*a as f64), x_of(*b as f64));
            let inset = ((xb - xa) * 0.1).min(1.5);
            let (xa, xb) = (xa + inset, (xb - inset).max(xa + inset + 1.0));
            let half = if b - a > 120 { 1.6 } else { 2.8 };
            let ring = vec![
                [xa, axis_y - half],
                [xb, axis_y - half],
                [xb, axis_y + half],
                [xa, axis_y + half],
            ];
            items.push(PageItem::Path(Path {
                rings: vec![ring],
                fill: Some(if future { pal.paper } else { pal.shade }),
                stroke: Some((color, 0.8)),
                closed: true,
                triangles: None,
            }));
        } else {
            let x = x_of(*a as f64 + 0.5);
            items.push(PageItem::Path(Path {
                rings: vec![circle([x, axis_y], 3.0)],
                fill: Some(if future { pal.paper } else { color }),
                stroke: Some((color, 1.0)),
                closed: true,
                triangles: None,
            }));
        }
    }

    // Far-off items: an arrowhead at each end of the axis, and their dates under it.
    let far_base = below_top + rows_below as f32 * label_lh + label_lh * 0.8;
    let mut far_h = 0.0;
    for (list, left) in [(&earlier, true), (&later, false)] {
        if list.is_empty() {
            continue;
        }
        let tip = if left { 0.0 } else { w };
        let back = if left { 6.0 } else { w - 6.0 };
        items.push(PageItem::Path(Path {
            rings: vec![vec![
                [tip, axis_y],
                [back, axis_y - 3.5],
                [back, axis_y + 3.5],
            ]],
            fill: Some(pal.muted),
            stroke: None,
            closed: true,
            triangles: None,
        }));
        let dates: Vec<&str> = list.iter().map(|(_, l)| l.as_str()).collect();
        let label = if left {
            format!("earlier: {}", dates.join(", "))
        } else {
            format!("later: {}", dates.join(", "))
        };
        let max_w = if earlier.is_empty() || later.is_empty() {
            w
        } else {
            w / 2.0 - 6.0
        };
        let mut run = text(
            book,
            &label,
            small(FontFace::Italic, pal.muted),
            0.0,
            far_base,
            max_w,
        );
        if !left {
            run.x = (w - run.width_pt).max(0.0);
        }
        items.push(PageItem::Text(run));
        far_h = label_lh;
    }

    // Legend and honesty line under the tick labels.
    let legend_base = far_base + far_h;
    let mut x = 0.0;
    if ref_day.is_some() {
        items.push(PageItem::Rule(Rule {
            from: [x + 1.0, legend_base - 6.5],
            to: [x + 1.0, legend_base + 1.5],
            width_pt: 1.2,
            color: pal.accent,
        }));
        let t = text(
            book,
            "reference date",
            small(FontFace::Regular, pal.muted),
            x + 6.0,
            legend_base,
            w,
        );
        x += 6.0 + t.width_pt + 12.0;
        items.push(PageItem::Text(t));
        // Filled marks before the reference date, hollow ones after it.
        for (fill, stroke, label) in [
            (pal.ink, pal.ink, "before the reference date"),
            (pal.paper, pal.accent, "after it"),
        ] {
            items.push(PageItem::Path(Path {
                rings: vec![circle([x + 3.0, legend_base - 2.6], 2.5)],
                fill: Some(fill),
                stroke: Some((stroke, 0.8)),
                closed: true,
                triangles: None,
            }));
            let t = text(
                book,
                label,
                small(FontFace::Regular, pal.muted),
                x + 9.0,
                legend_base,
                w,
            );
            x += 9.0 + t.width_pt + 12.0;
            items.push(PageItem::Text(t));
        }
    }
    let unplaced = dated.len() - placed.len();
    let mut notes = Vec::new();
    if undated > 0 {
        notes.push(format!(
            "{undated} without a calendar date, listed below only"
        ));
    }
    if unplaced > 0 {
        notes.push(format!("{unplaced} unlabelled for lack of room"));
    }
    if !notes.is_empty() && x < w {
        items.push(PageItem::Text(text(
            book,
            &notes.join("; "),
            small(FontFace::Italic, pal.muted),
            x,
            legend_base,
            w - x,
        )));
    }
    Some(TimelineDrawing {
        items,
        height: legend_base + LABEL_PT * 0.24 + 4.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_values_become_day_ranges() {
        assert_eq!(value_range("1970-01-01"), Some((0, 1)));
        assert_eq!(value_range("2023-06-13TNI").map(|r| r.1 - r.0), Some(1));
        assert_eq!(value_range("2024-02").map(|r| r.1 - r.0), Some(29));
        assert_eq!(value_range("2023").map(|r| r.1 - r.0), Some(365));
        assert_eq!(value_range("2023-Q4").map(|r| r.1 - r.0), Some(92));
        assert_eq!(value_range("2023-W24").map(|r| r.1 - r.0), Some(7));
        for bad in ["P3D", "PAST_REF", "XXXX-06-21", "2023-02-30", "2023-13", ""] {
            assert_eq!(value_range(bad), None, "{bad}");
        }
        assert_eq!(civil_from_days(days_from_civil(2023, 6, 18)), (2023, 6, 18));
    }

    #[test]
    fn a_week_of_news_gets_a_week_wide_axis_and_old_years_an_arrow() {
        let ev = |v: &str, l: &str| Event {
            value: Some(v.to_owned()),
            label: l.to_owned(),
        };
        let events = [
            ev("2018", "earlier visit"),
            ev("2023-06-13", "call"),
            ev("2023-06-16", "departure"),
            ev("2023-06-18", "talks"),
            ev("2023-06-18", "dinner"),
            ev("2023-06-21", "conference"),
        ];
        let book = super::super::fonts::book();
        let pal = super::super::style::PageStyle::default().palette();
        let t = draw(book, &events, Some("2023-06-14"), 500.0, &pal).expect("drawn");
        let texts: Vec<&str> = t
            .items
            .iter()
            .filter_map(|i| match i {
                PageItem::Text(r) => Some(r.text.as_str()),
                _ => None,
            })
            .collect();
        assert!(texts.iter().any(|t| t.contains("18 Jun")), "{texts:?}");
        assert!(texts.contains(&"earlier: 2018"), "{texts:?}");
        assert!(
            !texts.iter().any(|t| *t == "2019" || *t == "2020"),
            "no year ticks: {texts:?}"
        );
        assert!(
            texts.contains(&"talks · dinner"),
            "one mark, one label for one day: {texts:?}"
        );
    }

    #[test]
    fn tick_units_follow_the_span() {
        let d = |y, m, dd| days_from_civil(y, m, dd);
        assert!(
            ticks(d(2023, 6, 13), d(2023, 6, 22))
                .iter()
                .any(|t| t.1.contains("18 Jun"))
        );
        assert!(
            ticks(d(2023, 1, 5), d(2023, 9, 1))
                .iter()
                .any(|t| t.1 == "Jun")
        );
        assert!(
            ticks(d(1990, 1, 1), d(2023, 1, 1))
                .iter()
                .any(|t| t.1 == "2000")
        );
    }
}
