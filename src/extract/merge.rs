//! Several articles on one story → one briefing: the facts of each source merged into one
//! list per pane ([`merge`]), and the card of several sources built, refreshed, grown and
//! shrunk from them ([`card_of`], [`add_source`], [`remove_source`]).
//!
//! The same person or organisation (aliases joined by the rule that joins one article's
//! mentions, [`super::actors::short_name_of`]: "Qin" is "Qin Gang"), place, event or issue
//! told by several sources becomes one item that lists every source with its mention there.
//! Ranking rewards agreement: an item's weight is the sum of its salience in each source.
//! Where the sources disagree — the date of one event, a person's role, a counted figure
//! (killed, injured, ...) — the item carries every reading with its sources; the majority's
//! reading is shown (a tie goes to the latest published source for a figure, else to the
//! earlier source). A single article is never merged: its card and facts stay exactly as
//! they are.

use crate::model::{
    Card, Conflict, ConflictKind, Facts, FigureFact, IssueFact, MAX_SOURCES, Merged, MergedFacts,
    PlaceFact, Reading, SourceSpan, SourceSummary, WhenFact, WhenItem, WhoFact, WhoKind,
    chronology, when_chronology,
};

use rustc_hash::FxHashMap;

use super::actors::{acronym, initials};
use super::text::tokenize;

/// Groups that share a key (a name, a word, a date), by key: each new item is compared
/// only with the groups that share one of its keys, so merging stays near-linear in the
/// length of the articles.
#[derive(Default)]
struct Index(FxHashMap<String, Vec<usize>>);

impl Index {
    /// The groups filed under any of `keys`, in the order they were made.
    fn candidates(&self, keys: &[String]) -> Vec<usize> {
        let mut out: Vec<usize> = keys
            .iter()
            .filter_map(|k| self.0.get(k))
            .flatten()
            .copied()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    fn file(&mut self, keys: &[String], group: usize) {
        for k in keys {
            let list = self.0.entry(k.clone()).or_default();
            if list.last() != Some(&group) {
                list.push(group);
            }
        }
    }
}

/// The lower-case words of a name, punctuation at their ends trimmed.
fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The content words of a label or role: lower-case, a possessive or plural `s` dropped,
/// words of two letters or fewer left out.
fn content_words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(crate::model::chronology::word_form)
        .filter(|w| w.chars().count() > 2 && !matches!(w.as_str(), "the" | "and" | "for"))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// One actor as several sources tell it.
struct WhoGroup {
    fact: WhoFact,
    /// Every name and alias the sources use, lower-case.
    names: Vec<String>,
    /// The name words of each full name the sources use.
    words: Vec<Vec<String>>,
    /// (Organisations) the initials of its names, and the names it is written as letters.
    initials: Vec<String>,
    acronyms: Vec<String>,
    evidence: Vec<SourceSpan>,
    /// Each source's role for the actor, when it gives one.
    roles: Vec<(usize, String)>,
    weight: f32,
}

impl WhoGroup {
    fn has_source(&self, s: usize) -> bool {
        self.evidence.iter().any(|e| e.source == s)
    }

    /// True when an actor of `kind` with these lower-case `names` (name and aliases) and
    /// name `words`, from another source, is this actor: a name or alias in common, or
    /// (people) one's name a shorter form of the other's.
    ///
    /// Organisations are also one when one is written as the other's initials ("UN",
    /// "United Nations"), or one name of two or more words ends the other ("State
    /// Department", "U.S. State Department"), or one is the other's last word after a place
    /// ("Suns", "Phoenix Suns").
    fn is(&self, w: &WhoFact, names: &[String], words: &[String]) -> bool {
        if w.kind != self.fact.kind {
            return false;
        }
        if names.iter().any(|n| self.names.contains(n)) {
            return true;
        }
        if w.kind == WhoKind::Person {
            return self.words.iter().any(|full| {
                super::actors::short_name_of(words, full)
                    || super::actors::short_name_of(full, words)
            });
        }
        let letters = |n: &str, of: &[String]| acronym(n).is_some_and(|a| of.contains(&a));
        let ends = |short: &[String], full: &[String]| {
            short.len() >= 2 && full.len() > short.len() && full.ends_with(short)
        };
        letters(&w.name, &self.initials)
            || initials(&w.name).is_some_and(|i| self.acronyms.contains(&i))
            || self.words.iter().any(|full| {
                ends(words, full)
                    || ends(full, words)
                    || super::actors::after_a_place(words, full)
                    || super::actors::after_a_place(full, words)
            })
    }
}

/// Readings of a value grouped by `fits` (two readings that fit are one), most sources
/// first, the earlier source first among equals. Each reading is shown by the value of its
/// first source, unless `prefer` picks a better one of the group.
fn readings(
    values: &[(usize, String)],
    fits: impl Fn(&str, &str) -> bool,
    prefer: impl Fn(&str, &str) -> bool,
) -> Vec<Reading> {
    let mut out: Vec<Reading> = Vec::new();
    for (s, v) in values {
        match out.iter_mut().find(|r| fits(&r.value, v)) {
            Some(r) => {
                if prefer(v, &r.value) {
                    r.value.clone_from(v);
                }
                if !r.sources.contains(s) {
                    r.sources.push(*s);
                }
            }
            None => out.push(Reading {
                value: v.clone(),
                sources: vec![*s],
            }),
        }
    }
    // Stable: among readings with as many sources, the earlier source's comes first.
    out.sort_by_key(|r| std::cmp::Reverse(r.sources.len()));
    out
}

/// Two roles are one reading when the words of one are all in the other ("foreign
/// minister", "China's foreign minister").
fn roles_fit(a: &str, b: &str) -> bool {
    let (wa, wb) = (content_words(a), content_words(b));
    wa.iter().all(|w| wb.contains(w)) || wb.iter().all(|w| wa.contains(w))
}

fn merge_who(sources: &[Facts]) -> Vec<Merged<WhoFact>> {
    let mut groups: Vec<WhoGroup> = Vec::new();
    // Groups by lower-case name and alias, and (people) by name word.
    let mut index = Index::default();
    for (s, facts) in sources.iter().enumerate() {
        for w in &facts.who {
            let words = name_words(&w.name);
            let mut names: Vec<String> = std::iter::once(&w.name)
                .chain(w.aliases.iter())
                .map(|n| n.to_lowercase())
                .collect();
            // People by every name word; organisations by their last word and their letters.
            let person = w.kind == WhoKind::Person;
            let word_keys: &[String] = if person {
                &words
            } else {
                words.last().map(std::slice::from_ref).unwrap_or_default()
            };
            let (org_initials, org_acronym) = if person {
                (None, None)
            } else {
                (initials(&w.name), acronym(&w.name))
            };
            let keys: Vec<String> = names
                .iter()
                .cloned()
                .chain(word_keys.iter().map(|w| format!(" {w}")))
                .chain(
                    org_initials
                        .iter()
                        .chain(org_acronym.iter())
                        .map(|a| format!("#{a}")),
                )
                .collect();
            let found = index.candidates(&keys).into_iter().find(|&g| {
                groups
                    .get(g)
                    .is_some_and(|g| !g.has_source(s) && g.is(w, &names, &words))
            });
            let role = w.role.clone().filter(|r| !r.trim().is_empty());
            let span = SourceSpan {
                source: s,
                span: w.mentions.first().cloned(),
            };
            index.file(&keys, found.unwrap_or(groups.len()));
            match found.and_then(|g| groups.get_mut(g)) {
                Some(g) => {
                    // The fullest name the sources use names the actor; the others are aliases.
                    if words.len() > name_words(&g.fact.name).len() {
                        let old = std::mem::replace(&mut g.fact.name, w.name.clone());
                        g.fact.aliases.push(old);
                    } else {
                        g.fact.aliases.push(w.name.clone());
                    }
                    for a in &w.aliases {
                        g.fact.aliases.push(a.clone());
                    }
                    if s == 0 {
                        g.fact.mentions.extend(w.mentions.iter().cloned());
                    }
                    g.names.append(&mut names);
                    g.words.push(words);
                    g.initials.extend(org_initials);
                    g.acronyms.extend(org_acronym);
                    g.evidence.push(span);
                    g.roles.extend(role.map(|r| (s, r)));
                    g.weight += w.salience;
                }
                None => {
                    let mut fact = w.clone();
                    if s != 0 {
                        fact.mentions.clear();
                    }
                    groups.push(WhoGroup {
                        fact,
                        names,
                        words: vec![words],
                        initials: org_initials.into_iter().collect(),
                        acronyms: org_acronym.into_iter().collect(),
                        evidence: vec![span],
                        roles: role.map(|r| (s, r)).into_iter().collect(),
                        weight: w.salience,
                    });
                }
            }
        }
    }
    let n = sources.len().max(1);
    let mut out: Vec<(f32, Merged<WhoFact>)> = groups
        .into_iter()
        .map(|mut g| {
            let name = g.fact.name.clone();
            g.fact.aliases.retain(|a| *a != name);
            g.fact.aliases.sort();
            g.fact.aliases.dedup();
            g.fact.mentions.sort_by_key(|m| m.start);
            let rs = readings(&g.roles, roles_fit, |a, b| a.len() > b.len());
            g.fact.role = rs.first().map(|r| r.value.clone());
            let conflicts = if rs.len() >= 2 {
                vec![Conflict {
                    kind: ConflictKind::Role,
                    readings: rs,
                }]
            } else {
                Vec::new()
            };
            #[allow(clippy::cast_precision_loss)]
            let salience = (g.weight / n as f32).min(1.0);
            g.fact.salience = salience;
            (
                g.weight,
                Merged {
                    source_count: g.evidence.len(),
                    fact: g.fact,
                    evidence: g.evidence,
                    conflicts,
                    key_date: false,
                },
            )
        })
        .collect();
    out.sort_by(|a, b| b.0.total_cmp(&a.0));
    out.into_iter().map(|(_, m)| m).collect()
}

/// Two places are one when they have the same name, or lie within a few kilometres of each
/// other in the same country.
fn same_place(a: &PlaceFact, b: &PlaceFact) -> bool {
    if a.name.eq_ignore_ascii_case(&b.name) {
        return true;
    }
    match (a.lat, a.lon, b.lat, b.lon) {
        (Some(la), Some(oa), Some(lb), Some(ob)) => {
            a.kind == b.kind
                && a.country == b.country
                && (la - lb).abs() < 0.05
                && (oa - ob).abs() < 0.05
        }
        _ => false,
    }
}

/// How one list is grouped across sources: the keys a fact is filed under and looked up by
/// (two facts that are one share a key), when two facts are one, and what a fact adds to
/// its item's rank.
struct Grouping<K, S, W> {
    /// The keys to file a fact under, and the keys to look it up by.
    keys: K,
    same: S,
    weight: W,
}

/// Generic grouping of one list across sources.
fn group_by<T, K, S, W>(
    sources: &[Facts],
    list: impl Fn(&Facts) -> &[T],
    how: &Grouping<K, S, W>,
    mentions: impl Fn(&mut T) -> &mut Vec<crate::model::Span>,
    first_mention: impl Fn(&T) -> Option<crate::model::Span>,
) -> Vec<(f32, Merged<T>)>
where
    T: Clone,
    K: Fn(&T) -> (Vec<String>, Vec<String>),
    S: Fn(&T, &T) -> bool,
    W: Fn(&T) -> f32,
{
    let mut groups: Vec<(f32, Merged<T>)> = Vec::new();
    let mut index = Index::default();
    for (s, facts) in sources.iter().enumerate() {
        for f in list(facts) {
            let span = SourceSpan {
                source: s,
                span: first_mention(f),
            };
            let (file_keys, look_keys) = (how.keys)(f);
            let found = index.candidates(&look_keys).into_iter().find(|&g| {
                groups.get(g).is_some_and(|(_, g)| {
                    !g.evidence.iter().any(|e| e.source == s) && (how.same)(&g.fact, f)
                })
            });
            index.file(&file_keys, found.unwrap_or(groups.len()));
            match found.and_then(|g| groups.get_mut(g)) {
                Some((w, g)) => {
                    *w += (how.weight)(f);
                    if s == 0 {
                        let mut c = f.clone();
                        let more = std::mem::take(mentions(&mut c));
                        mentions(&mut g.fact).extend(more);
                    }
                    g.evidence.push(span);
                    g.source_count += 1;
                }
                None => {
                    let mut fact = f.clone();
                    if s != 0 {
                        mentions(&mut fact).clear();
                    }
                    groups.push((
                        (how.weight)(f),
                        Merged {
                            fact,
                            source_count: 1,
                            evidence: vec![span],
                            conflicts: Vec::new(),
                            key_date: false,
                        },
                    ));
                }
            }
        }
    }
    groups.sort_by(|a, b| b.0.total_cmp(&a.0));
    groups
}

#[allow(clippy::cast_precision_loss)]
fn merge_places(sources: &[Facts]) -> Vec<Merged<PlaceFact>> {
    let n = sources.len().max(1) as f32;
    // Filed by name and by the map cells around it; looked up by name and its own cell.
    let cell = |p: &PlaceFact, dx: i64, dy: i64| {
        let (lat, lon) = (p.lat?, p.lon?);
        #[allow(clippy::cast_possible_truncation)]
        let (x, y) = ((lat * 20.0).floor() as i64, (lon * 20.0).floor() as i64);
        Some(format!("@{}:{}", x + dx, y + dy))
    };
    let how = Grouping {
        keys: |p: &PlaceFact| {
            let name = p.name.to_lowercase();
            let mut file = vec![name.clone()];
            for dx in -1..=1 {
                for dy in -1..=1 {
                    file.extend(cell(p, dx, dy));
                }
            }
            let look = std::iter::once(name).chain(cell(p, 0, 0)).collect();
            (file, look)
        },
        same: same_place,
        weight: |p: &PlaceFact| p.salience,
    };
    group_by(
        sources,
        |f| f.places.as_slice(),
        &how,
        |p| &mut p.mentions,
        |p| p.mentions.first().cloned(),
    )
    .into_iter()
    .map(|(w, mut m)| {
        m.fact.salience = (w / n).min(1.0);
        m.fact.mentions.sort_by_key(|s| s.start);
        m
    })
    .collect()
}

/// Two issue labels are one issue when they are the same words, or share at least half of
/// the words of the longer label.
fn same_issue(a: &IssueFact, b: &IssueFact) -> bool {
    if a.label.eq_ignore_ascii_case(&b.label) {
        return true;
    }
    let (wa, wb) = (content_words(&a.label), content_words(&b.label));
    let shared = wa.iter().filter(|w| wb.contains(w)).count();
    shared > 0 && shared * 2 >= wa.len().max(wb.len())
}

#[allow(clippy::cast_precision_loss)]
fn merge_issues(sources: &[Facts]) -> Vec<Merged<IssueFact>> {
    let n = sources.len().max(1) as f32;
    // Two labels that are one issue share a word.
    let how = Grouping {
        keys: |i: &IssueFact| {
            let mut keys = content_words(&i.label);
            keys.push(i.label.to_lowercase());
            (keys.clone(), keys)
        },
        same: same_issue,
        weight: |i: &IssueFact| i.salience,
    };
    group_by(
        sources,
        |f| f.issues.as_slice(),
        &how,
        |i| &mut i.mentions,
        |i| i.mentions.first().cloned(),
    )
    .into_iter()
    .map(|(w, mut m)| {
        m.fact.salience = (w / n).min(1.0);
        m.fact.mentions.sort_by_key(|s| s.start);
        m
    })
    .collect()
}

/// The lower-case words of every person's name in every source: a story's main actor is
/// in half its events, so sharing the name says nothing about two events being one.
fn person_words(sources: &[Facts]) -> Vec<String> {
    let mut out: Vec<String> = sources
        .iter()
        .flat_map(|f| f.who.iter())
        .filter(|w| w.kind == WhoKind::Person)
        .flat_map(|w| std::iter::once(&w.name).chain(w.aliases.iter()))
        .flat_map(|n| name_words(n))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// One event as several sources date it.
struct WhenGroup {
    members: Vec<(usize, WhenItem, Option<crate::model::Span>)>,
}

fn merge_when(sources: &[Facts]) -> Vec<Merged<WhenFact>> {
    let names = person_words(sources);
    let mut groups: Vec<WhenGroup> = Vec::new();
    // Groups by event word, by date value and (dates off the calendar) by their words: two
    // items that tell one event share one of them.
    let mut index = Index::default();
    for (s, facts) in sources.iter().enumerate() {
        for item in when_chronology(facts) {
            let w = item.value;
            let mut keys = chronology::event_words(&w.event, &names);
            keys.extend(
                w.value
                    .as_deref()
                    .and_then(chronology::calendar_span)
                    .map(|(a, b)| format!("={a}/{b}")),
            );
            keys.push(format!("\"{}", w.text.trim().to_lowercase()));
            let candidates = index.candidates(&keys);
            let has = |g: &WhenGroup| g.members.iter().any(|(gs, _, _)| *gs == s);
            let test = |same: &dyn Fn(&WhenItem, &WhenItem, &[String]) -> bool| {
                candidates.iter().copied().find(|&g| {
                    groups.get(g).is_some_and(|g| {
                        !has(g)
                            && g.members
                                .iter()
                                .take(8)
                                .any(|(_, o, _)| same(o, &w, &names))
                    })
                })
            };
            // The same event on a date that fits; else the same event on a date that does
            // not (the sources differ).
            let found = test(&chronology::same_event_across)
                .or_else(|| test(&chronology::same_event_other_date));
            index.file(&keys, found.unwrap_or(groups.len()));
            match found.and_then(|g| groups.get_mut(g)) {
                Some(g) => g.members.push((s, w, item.anchor)),
                None => groups.push(WhenGroup {
                    members: vec![(s, w, item.anchor)],
                }),
            }
        }
    }
    let mut out: Vec<Merged<WhenFact>> = groups
        .into_iter()
        .filter_map(|g| {
            let values: Vec<(usize, String)> = g
                .members
                .iter()
                .filter_map(|(s, w, _)| Some((*s, w.value.clone()?)))
                .collect();
            let finer = |a: &str, b: &str| {
                let days = |v: &str| {
                    chronology::calendar_span(v)
                        .and_then(|(x, y)| x.until(y).ok())
                        .map_or(i64::MAX, |s| i64::from(s.get_days()))
                };
                days(a) < days(b)
            };
            let rs = readings(&values, chronology::values_fit, finer);
            let chosen = rs.first().map(|r| r.value.clone());
            // The member that tells the chosen reading, with an event, tells the item.
            let (_, first, _) = g
                .members
                .iter()
                .filter(|(_, w, _)| {
                    chosen.is_none()
                        || w.value
                            .as_deref()
                            .zip(chosen.as_deref())
                            .is_some_and(|(a, b)| chronology::values_fit(a, b))
                })
                .max_by_key(|(s, w, _)| (!w.event.trim().is_empty(), std::cmp::Reverse(*s)))
                .or_else(|| g.members.first())?;
            let mut text = first.text.clone();
            let mut kind = first.kind;
            let mut value = first.value.clone();
            if let Some(c) = &chosen {
                if let Some((_, m, _)) = g
                    .members
                    .iter()
                    .find(|(_, w, _)| w.value.as_ref() == Some(c))
                {
                    text.clone_from(&m.text);
                    kind = m.kind;
                }
                value = Some(c.clone());
            }
            let event = Some(first.event.clone()).filter(|e| !e.trim().is_empty());
            let mentions: Vec<crate::model::Span> = g
                .members
                .iter()
                .filter(|(s, _, _)| *s == 0)
                .filter_map(|(_, _, a)| a.clone())
                .collect();
            let key_date = g.members.iter().any(|(_, w, _)| w.key_date);
            let evidence: Vec<SourceSpan> = g
                .members
                .iter()
                .map(|(s, _, a)| SourceSpan {
                    source: *s,
                    span: a.clone(),
                })
                .collect();
            let conflicts = if rs.len() >= 2 {
                vec![Conflict {
                    kind: ConflictKind::Date,
                    readings: rs,
                }]
            } else {
                Vec::new()
            };
            Some(Merged {
                fact: WhenFact {
                    text,
                    kind,
                    value,
                    event,
                    mentions,
                },
                source_count: evidence.len(),
                evidence,
                conflicts,
                key_date,
            })
        })
        .collect();
    // Agreement first; the chronology is the card's to make.
    out.sort_by_key(|m| std::cmp::Reverse(m.source_count));
    out
}

/// The counted figures of every source, one item per thing counted: the readings of the
/// sources that give it, the majority's shown (a tie: the latest published source's, as
/// tolls rise while a story unfolds).
fn merge_figures(sources: &[Facts]) -> Vec<Merged<FigureFact>> {
    let per_source: Vec<Vec<FigureFact>> = sources
        .iter()
        .map(|f| super::figures::find(&tokenize(&f.article.text)))
        .collect();
    let mut whats: Vec<String> = Vec::new();
    for f in per_source.iter().flatten() {
        if !whats.contains(&f.what) {
            whats.push(f.what.clone());
        }
    }
    let published = |s: usize| {
        sources
            .get(s)
            .and_then(|f| f.article.published.clone())
            .unwrap_or_default()
    };
    let mut out: Vec<Merged<FigureFact>> = whats
        .into_iter()
        .map(|what| {
            let told: Vec<(usize, &FigureFact)> = per_source
                .iter()
                .enumerate()
                .filter_map(|(s, list)| Some((s, list.iter().find(|f| f.what == what)?)))
                .collect();
            let values: Vec<(usize, String)> =
                told.iter().map(|(s, f)| (*s, f.value.clone())).collect();
            let mut rs = readings(&values, |a, b| a == b, |_, _| false);
            // Among readings with as many sources, the latest published one first.
            rs.sort_by(|a, b| {
                let latest = |r: &Reading| r.sources.iter().map(|&s| published(s)).max();
                b.sources
                    .len()
                    .cmp(&a.sources.len())
                    .then_with(|| latest(b).cmp(&latest(a)))
            });
            let value = rs.first().map(|r| r.value.clone()).unwrap_or_default();
            let evidence: Vec<SourceSpan> = told
                .iter()
                .map(|(s, f)| SourceSpan {
                    source: *s,
                    span: f.mentions.first().cloned(),
                })
                .collect();
            let mentions = told
                .iter()
                .filter(|(s, _)| *s == 0)
                .flat_map(|(_, f)| f.mentions.iter().cloned())
                .collect();
            Merged {
                fact: FigureFact {
                    what,
                    value,
                    mentions,
                },
                source_count: evidence.len(),
                evidence,
                conflicts: if rs.len() >= 2 {
                    vec![Conflict {
                        kind: ConflictKind::Number,
                        readings: rs,
                    }]
                } else {
                    Vec::new()
                },
                key_date: false,
            }
        })
        .collect();
    out.sort_by_key(|m| std::cmp::Reverse(m.source_count));
    out
}

/// The outlet of a source: an agency in its dateline ("LONDON (Reuters)"), else the byline.
fn outlet(facts: &Facts) -> Option<String> {
    let article = &facts.article;
    let agency = article.dateline.as_deref().and_then(|d| {
        let inner = d.split_once('(')?.1.split_once(')')?.0.trim();
        super::actors::sources::is_agency(inner).then(|| inner.to_owned())
    });
    agency.or_else(|| {
        facts
            .who
            .iter()
            .find(|w| w.salience <= 0.0 && super::actors::sources::is_agency(&w.name))
            .map(|w| w.name.clone())
    })
}

/// What the merged JSON and the page's source line say about each source.
#[must_use]
pub fn summaries(sources: &[Facts]) -> Vec<SourceSummary> {
    sources
        .iter()
        .map(|f| SourceSummary {
            source: f.source.clone(),
            title: f.article.title.clone(),
            outlet: outlet(f),
            published: f.article.published.clone(),
            reference_date: f.reference_date.clone(),
            text: f.article.text.clone(),
        })
        .collect()
}

/// Merge the facts of several articles on one story (in card order; at most
/// [`MAX_SOURCES`] are read) into one list per pane. Pure and cheap: a few milliseconds for
/// three long articles.
#[must_use]
pub fn merge(sources: &[Facts]) -> MergedFacts {
    let sources = sources
        .get(..sources.len().min(MAX_SOURCES))
        .unwrap_or_default();
    let first = sources.first().cloned().unwrap_or_default();
    let mut quotes: Vec<crate::model::Quote> = Vec::new();
    for q in sources.iter().flat_map(|f| f.quotes.iter()) {
        if !quotes.iter().any(|o| o.text == q.text) {
            quotes.push(q.clone());
        }
    }
    let warnings = sources
        .iter()
        .enumerate()
        .flat_map(|(i, f)| {
            f.warnings
                .iter()
                .map(move |w| format!("source {}: {w}", i + 1))
        })
        .collect();
    MergedFacts {
        schema: first.schema.clone(),
        who: merge_who(sources),
        places: merge_places(sources),
        when: merge_when(sources),
        issues: merge_issues(sources),
        figures: merge_figures(sources),
        summary: first.summary.clone(),
        quotes,
        warnings,
        sources: summaries(sources),
        source: first.source,
        article: first.article,
        reference_date: first.reference_date,
    }
}

/// The card of one or more sources: a single article's card as always, several merged.
#[must_use]
pub fn card_of(sources: Vec<Facts>) -> Card {
    if sources.len() <= 1 {
        return Card::from_facts(sources.into_iter().next().unwrap_or_default());
    }
    let merged = merge(&sources);
    Card::from_sources(sources, &merged)
}

/// Take new extractions of every source of a card (its reference date changed, say),
/// keeping what the person did.
pub fn refresh(card: &mut Card, sources: Vec<Facts>) {
    let merged = (sources.len() >= 2).then(|| merge(&sources));
    card.refresh_sources(sources, merged.as_ref());
}

/// Why a source could not be added to a card.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddSourceError {
    /// The card already holds [`MAX_SOURCES`] articles.
    #[error("a card holds at most {MAX_SOURCES} articles")]
    Full,
    /// The same file, or the same text, is already one of the card's sources.
    #[error("this article is already on the card: {0}")]
    Duplicate(String),
}

/// Whether two sources are one article: the same file, or the same text saved twice (a
/// copy would count its own agreement).
#[must_use]
pub fn same_article(a: &Facts, b: &Facts) -> bool {
    let (pa, pb) = (a.source.path.trim(), b.source.path.trim());
    let (ta, tb) = (a.article.text.trim(), b.article.text.trim());
    !pa.is_empty() && pa == pb || !ta.is_empty() && ta == tb
}

/// Add an article to a card; its facts merge with the others', the person's edits stay.
///
/// # Errors
/// The card is full, or already holds this article.
pub fn add_source(card: &mut Card, facts: Facts) -> Result<(), AddSourceError> {
    if card.source_count() >= MAX_SOURCES {
        return Err(AddSourceError::Full);
    }
    if card.sources().any(|f| same_article(f, &facts)) {
        return Err(AddSourceError::Duplicate(crate::model::source_name(&facts)));
    }
    let mut sources: Vec<Facts> = card.sources().cloned().collect();
    sources.push(facts);
    refresh(card, sources);
    Ok(())
}

/// Remove source `i` (0 = the first article) from a card of two or more: what only it said
/// leaves, the person's edits stay. Returns false (and changes nothing) when there is no
/// such source or it is the card's only one.
pub fn remove_source(card: &mut Card, i: usize) -> bool {
    if i >= card.source_count() || card.source_count() < 2 {
        return false;
    }
    let mut sources: Vec<Facts> = card.sources().cloned().collect();
    sources.remove(i);
    card.forget_source(i);
    refresh(card, sources);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, ConflictKind};

    fn facts(path: &str, text: &str, published: &str) -> Facts {
        let article = Article {
            text: text.to_owned(),
            published: Some(published.to_owned()),
            ..Article::default()
        };
        let mut f = crate::extract::extract(&article, None);
        f.source.path = path.to_owned();
        f
    }

    /// The merged actors whose name holds `part`.
    fn actors_named<'a>(m: &'a MergedFacts, part: &str) -> Vec<&'a Merged<WhoFact>> {
        m.who
            .iter()
            .filter(|w| w.fact.name.contains(part))
            .collect()
    }

    #[test]
    fn a_full_name_a_title_and_a_surname_are_one_person_across_sources() {
        let a = facts(
            "a.txt",
            "Foreign Minister Ilse Marsden met the envoy in Oslo on Monday. Marsden said talks went well.",
            "2024-05-07",
        );
        let b = facts(
            "b.txt",
            "Minister Marsden left Oslo on Tuesday after the talks, officials said.",
            "2024-05-08",
        );
        let m = merge(&[a, b]);
        let marsden = actors_named(&m, "Marsden");
        assert_eq!(marsden.len(), 1, "{:?}", m.who);
        assert_eq!(marsden[0].fact.name, "Ilse Marsden");
        assert_eq!(marsden[0].source_count, 2);
        let oslo = m.places.iter().find(|p| p.fact.name == "Oslo").unwrap();
        assert_eq!(oslo.source_count, 2);
        // The merged JSON's mentions stay in the first article's text.
        for s in &oslo.fact.mentions {
            assert_eq!(m.article.slice(s.start, s.end), s.text);
        }
    }

    #[test]
    fn a_team_and_its_nickname_are_one_actor_across_sources() {
        let a = facts(
            "a.txt",
            "The Denver Otters beat the Phoenix Hawks 101-96 on Friday night after trailing at \
             halftime, coach Mara Quell said. Her team had 48 rebounds.",
            "2024-05-07",
        );
        let b = facts(
            "b.txt",
            "The Otters led at halftime and grabbed 50 rebounds, their coach said, and the \
             Otters play again on Sunday.",
            "2024-05-08",
        );
        let m = merge(&[a, b]);
        let otters = actors_named(&m, "Otters");
        assert_eq!(otters.len(), 1, "{:?}", m.who);
        assert_eq!(otters[0].fact.name, "Denver Otters");
        assert_eq!(otters[0].source_count, 2);
    }

    #[test]
    fn roles_that_say_the_same_agree_and_different_roles_conflict() {
        assert!(roles_fit("foreign minister", "Norway's foreign minister"));
        assert!(!roles_fit("foreign minister", "defence secretary"));
        let rs = readings(
            &[
                (0, "coach".to_owned()),
                (1, "team captain".to_owned()),
                (2, "coach".to_owned()),
            ],
            roles_fit,
            |_, _| false,
        );
        assert_eq!(rs.len(), 2);
        assert_eq!(rs[0].value, "coach");
        assert_eq!(rs[0].sources, [0, 2]);
        let _ = ConflictKind::Role;
    }

    fn org(name: &str, salience: f32) -> crate::model::WhoFact {
        crate::model::WhoFact {
            name: name.to_owned(),
            kind: WhoKind::Organization,
            salience,
            ..crate::model::WhoFact::default()
        }
    }

    #[test]
    fn an_organisation_and_its_initials_or_a_shorter_name_are_one() {
        let a = Facts {
            who: vec![
                org("World Health Organization", 0.9),
                org("U.S. State Department", 0.5),
            ],
            ..Facts::default()
        };
        let b = Facts {
            who: vec![
                org("WHO", 0.8),
                org("State Department", 0.4),
                org("Health Board", 0.3),
            ],
            ..Facts::default()
        };
        let m = merge(&[a, b]);
        let names: Vec<(&str, usize)> = m
            .who
            .iter()
            .map(|w| (w.fact.name.as_str(), w.source_count))
            .collect();
        assert_eq!(
            names,
            [
                ("World Health Organization", 2),
                ("U.S. State Department", 2),
                ("Health Board", 1)
            ]
        );
        assert!(m.who[0].fact.aliases.contains(&"WHO".to_owned()));
    }

    #[test]
    fn an_edited_actor_stays_one_item_when_an_added_source_gives_a_fuller_name() {
        let b = facts(
            "b.txt",
            "Minister Marsden left Oslo on Tuesday after the talks, officials said.",
            "2024-05-08",
        );
        let a = facts(
            "a.txt",
            "Foreign Minister Ilse Marsden met the envoy in Oslo on Monday. Marsden said talks went well.",
            "2024-05-07",
        );
        let mut card = card_of(vec![b]);
        let i = card
            .who
            .iter()
            .position(|w| w.value.name == "Marsden")
            .unwrap();
        card.who[i].value.role = "Foreign Minister of Norway".into();
        card.who[i].state.edited = true;
        add_source(&mut card, a).unwrap();
        let marsden: Vec<_> = card
            .who
            .iter()
            .filter(|w| w.value.name.contains("Marsden"))
            .collect();
        assert_eq!(marsden.len(), 1, "{:?}", card.who);
        assert_eq!(marsden[0].value.role, "Foreign Minister of Norway");
        // And back to one article: still one.
        assert!(remove_source(&mut card, 1));
        assert_eq!(
            card.who
                .iter()
                .filter(|w| w.value.name.contains("Marsden"))
                .count(),
            1
        );
    }

    #[test]
    fn one_article_is_never_merged() {
        let a = facts("a.txt", "Ruth Obi spoke in Lagos on Monday.", "2024-05-07");
        let card = card_of(vec![a.clone()]);
        assert_eq!(card, Card::from_facts(a));
    }
}
