//! Where: resolve place mentions against the gazetteer (kind, country, coordinates) and
//! group them, choosing between readings ("Georgia" the country or the US state) by the
//! article's other places, then by kind and size.

use rustc_hash::{FxHashMap, FxHashSet};

use super::actors::span_of;
use super::lexicon::{LEX, Place};
use super::names::{Label, NameMention, lower_span};
use super::rank::{Evidence, salience, sort_by_salience};
use super::text::Doc;
use crate::model::{PlaceFact, PlaceKind, Span};

fn base_score(p: &Place) -> f64 {
    let kind = match p.kind {
        PlaceKind::Country | PlaceKind::Water => 3.0,
        PlaceKind::Region => 1.8,
        PlaceKind::City if p.pop >= 500_000 => 2.0,
        PlaceKind::City => 1.0,
        PlaceKind::Other => 1.0,
    };
    #[allow(clippy::cast_precision_loss)]
    let size = ((p.pop as f64) + 1.0).ln() / 1e9f64.ln();
    kind + size.min(1.2)
}

/// Pick the reading of each place key given the countries the article mentions.
fn choose(readings: &[Place], context: &FxHashSet<&str>) -> Option<Place> {
    readings
        .iter()
        .map(|p| {
            let ctx = if !p.cc.is_empty() && context.contains(p.cc) && p.kind != PlaceKind::Country
            {
                1.0
            } else {
                0.0
            };
            (base_score(p) + ctx, *p)
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, p)| p)
}

/// Whether the mention over tokens `a..b` names the event's site: a dateline ("EL PASO,
/// Texas (AP) —", "Reporting from Denver —") in the first lines, at a line's start or in
/// capitals after a parenthesis, or "in X" / "at X" in the lead.
fn is_site(doc: &Doc<'_>, a: usize, b: usize, lead: bool) -> bool {
    let Some(t) = doc.tokens.get(a) else {
        return false;
    };
    let early = t.sent <= 3;
    let line_start = a == 0 || t.newline_before;
    let reporting = a >= 2 && doc.low(a - 1) == "from" && doc.low(a - 2) == "reporting";
    // "… perjury case (AP) EL PASO, Texas (AP) —", "(Adds details) SAN FRANCISCO, April 1":
    // a dateline in capitals after a repeated headline or an editor's note.
    let caps = (a..b).all(|k| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.kind != super::text::TokKind::Word || t.upper)
    }) && a > 0
        && doc.tok(a - 1) == ")";
    let dateline = early
        && (line_start || reporting || caps)
        && matches!(doc.tok(b), "," | "(" | "—" | "–" | "-" | ":");
    let in_lead = lead && a > 0 && matches!(doc.low(a - 1), "in" | "at");
    dateline || in_lead
}

/// Build the Where list from the place mentions.
#[must_use]
pub fn build(doc: &Doc<'_>, mentions: &[NameMention], lead_end: usize) -> Vec<PlaceFact> {
    let lex = &*LEX;
    let locs: Vec<(&NameMention, &str)> = mentions
        .iter()
        .filter(|m| m.label == Label::Loc)
        .map(|m| (m, lower_span(doc, m.a, m.b)))
        .collect();
    // Countries the article names without ambiguity set the context.
    let mut context: FxHashSet<&str> = FxHashSet::default();
    let mut readings_of: FxHashMap<&str, Vec<Place>> = FxHashMap::default();
    for (_, key) in &locs {
        readings_of.entry(*key).or_insert_with(|| lex.places(key));
    }
    for r in readings_of.values() {
        let ccs: FxHashSet<&str> = r.iter().map(|p| p.cc).collect();
        if ccs.len() == 1
            && let Some(cc) = ccs.into_iter().next()
            && !cc.is_empty()
        {
            context.insert(cc);
        }
    }
    struct Group {
        place: Option<Place>,
        name: String,
        mentions: Vec<Span>,
        lead: bool,
        headline: bool,
        site: bool,
    }
    let mut groups: Vec<Group> = Vec::new();
    // A group per (name, country): "Georgia" the US state and the country stay apart.
    let mut index: FxHashMap<(String, &str), usize> = FxHashMap::default();
    let mut prev: Option<(usize, Place)> = None;
    for (m, key) in &locs {
        let Some(span) = span_of(doc, m.a, m.b) else {
            continue;
        };
        let readings = readings_of.get(*key);
        // "Atlanta, Georgia": the second name is the region that holds the first.
        let apposed = prev
            .filter(|&(b, _)| b + 1 == m.a && doc.tok(b) == ",")
            .and_then(|(_, p)| {
                readings.and_then(|r| {
                    r.iter()
                        .copied()
                        .find(|q| q.cc == p.cc && q.kind == PlaceKind::Region)
                })
            });
        let place = apposed.or_else(|| readings.and_then(|r| choose(r, &context)));
        prev = place.map(|p| (m.b, p));
        let name = place.map_or_else(|| span.text.clone(), |p| p.name.to_owned());
        let gkey = (name.clone(), place.map_or("", |p| p.cc));
        let lead = span.start < lead_end;
        let headline = doc.tokens.get(m.a).is_some_and(|t| t.sent == 0);
        let site = is_site(doc, m.a, m.b, lead);
        match index.get(&gkey) {
            Some(&i) => {
                if let Some(g) = groups.get_mut(i) {
                    g.mentions.push(span);
                    g.lead |= lead;
                    g.headline |= headline;
                    g.site |= site;
                }
            }
            None => {
                index.insert(gkey, groups.len());
                groups.push(Group {
                    place,
                    name,
                    mentions: vec![span],
                    lead,
                    headline,
                    site,
                });
            }
        }
    }
    let text_len = doc.tokens.last().map_or(0, |t| t.end);
    let mut out: Vec<PlaceFact> = groups
        .into_iter()
        .map(|mut g| {
            g.mentions.sort_by_key(|s| s.start);
            g.mentions.dedup_by_key(|s| s.start);
            let ev = Evidence {
                mentions: g.mentions.len(),
                first: g.mentions.first().map_or(0, |s| s.start),
                text_len,
                lead: g.lead,
                role: false,
                headline: g.headline,
                focus: g.site,
            };
            PlaceFact {
                name: g.name,
                kind: g.place.map_or(PlaceKind::Other, |p| p.kind),
                country: g
                    .place
                    .and_then(|p| (!p.cc.is_empty()).then(|| p.cc.to_owned())),
                lat: g.place.map(|p| p.lat),
                lon: g.place.map(|p| p.lon),
                salience: salience(ev),
                mentions: g.mentions,
            }
        })
        .collect();
    sort_by_salience(&mut out, |p| p.salience);
    out
}
