//! Who: group person and organisation mentions into actors, merge aliases ("Blinken",
//! "Secretary Blinken" → Antony Blinken; "Xi" → Xi Jinping), and find each one's role from
//! titles, appositives and possessive descriptions.

use rustc_hash::FxHashMap;

mod roles;
pub(crate) mod sources;

use super::lexicon::LEX;
use super::names::{self, Label, NameMention, firm_possessive, lower_span};
use super::rank::{Evidence, salience, sort_by_salience};
use super::text::{Doc, TokKind};
use crate::model::{Span, WhoFact, WhoKind};

/// A span over tokens `a..b` as a facts [`Span`].
#[must_use]
pub fn span_of(doc: &Doc<'_>, a: usize, b: usize) -> Option<Span> {
    let first = doc.tokens.get(a)?;
    let last = doc.tokens.get(b.checked_sub(1)?)?;
    Some(Span {
        start: first.start,
        end: last.end,
        text: doc.span_str(a, b).to_owned(),
    })
}

/// True when the person name `short` (lower-case words) is a shorter form of `full`: a
/// single name joins the full name that contains it ("Blinken" → "Antony Blinken", "Li" →
/// "Li Qiang"); a family name of several words ("Del Negro", "Van Outen") joins the full
/// name that ends with it. The rule joins a person's mentions within an article, and the
/// same person across the articles of a merged card (`extract::merge`).
#[must_use]
pub fn short_name_of(short: &[String], full: &[String]) -> bool {
    match short {
        [] => false,
        [one] => full.len() > 1 && full.contains(one),
        _ => full.len() > short.len() && full.ends_with(short),
    }
}

/// Whether `short` (two words or more) is the family name of the person `full`: `full`
/// ends with it, and its words before are fore-names, honorifics or words no dictionary
/// knows ("Ana Maria", "Dr. Marwan", "Aung San"), not a place or a common word glued on by
/// a listing ("London", "Wed", "See").
fn family_name_of(short: &[String], full: &[String]) -> bool {
    let fore = full.get(..full.len().saturating_sub(short.len()));
    short.len() >= 2
        && short_name_of(short, full)
        && fore.is_some_and(|fore| {
            fore.iter().all(|w| {
                let rare = |max: u8| super::wordstats::stat(w).is_none_or(|s| s.zipf10 < max);
                LEX.is_given(w) && rare(55)
                    || LEX.is_honorific(w)
                    || !LEX.is_word(w) && !LEX.is_place(w) && rare(40)
            })
        })
}

/// Whether the one word `short` ends the organisation `full` and the words before it name
/// a place: "Suns" of "Phoenix Suns", "Times" of "New York Times", "United" of
/// "Manchester United".
pub(super) fn after_a_place(short: &[String], full: &[String]) -> bool {
    match (short, full.split_last()) {
        ([one], Some((last, before))) if !before.is_empty() && one == last => {
            LEX.is_place(&before.join(" "))
        }
        _ => false,
    }
}

struct Actor {
    kind: WhoKind,
    tokens: Vec<String>,
    name: String,
    role: Option<String>,
    mentions: Vec<Span>,
    lead: bool,
    /// Mentioned in the headline.
    headline: bool,
    /// The subject of a sentence at least once.
    subject: bool,
    /// Mentions in a photo credit or a byline.
    credits: usize,
}

/// A person still without a role takes the first later description of them ("The TV
/// presenter said ..."): the description names the first person of the nearest earlier
/// sentence (within two) that mentions one.
fn describe(doc: &Doc<'_>, actors: &mut [Actor], person_at: &mut [(usize, usize)]) {
    if actors
        .iter()
        .all(|a| a.kind != WhoKind::Person || a.role.is_some())
    {
        return;
    }
    person_at.sort_unstable();
    let sent_of = |k: usize| doc.tokens.get(k).map_or(0, |t| t.sent);
    for (a, b) in roles::descriptions(doc) {
        let s = sent_of(a);
        // The last mention before this sentence, then the first mention of its sentence.
        let before = person_at.partition_point(|&(k, _)| sent_of(k) < s);
        let Some(&(last_k, _)) = before.checked_sub(1).and_then(|i| person_at.get(i)) else {
            continue;
        };
        let ps = sent_of(last_k);
        if s - ps > 2 {
            continue;
        }
        let first = person_at.partition_point(|&(k, _)| sent_of(k) < ps);
        let Some(&(_, who)) = person_at.get(first) else {
            continue;
        };
        // A photographer named only in a credit is described by nothing in the story.
        if let Some(actor) = actors.get_mut(who)
            && actor.role.is_none()
            && actor.credits < actor.mentions.len()
        {
            actor.role = Some(doc.span_str(a, b).to_owned());
        }
    }
}

/// A role read off a plural title shared by several people ("Italian designers Domenico
/// Dolce and Stefano Gabbana", "Professors X and Y") is one person's: "Italian designer",
/// "Professor". A role with a complement ("chief executive of Whistles") keeps its words,
/// since its last word is no head.
fn one_persons_role(role: &str) -> String {
    let (before, head) = role.rsplit_once(' ').unwrap_or(("", role));
    let complement = role.split_whitespace().any(|w| {
        matches!(
            w,
            "of" | "at" | "for" | "in" | "with" | "from" | "to" | "on"
        )
    });
    let shouting = head
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let words: Vec<&str> = role.split_whitespace().collect();
    // "Broadhaven Capital Partners" is a name; "two veterans", "most celebrated artists"
    // and "top scorers" are plural by meaning.
    let a_name = words.len() >= 2 && words.iter().all(|w| w.starts_with(char::is_uppercase));
    let plural_meaning = words.iter().any(|w| {
        let l = w.to_lowercase();
        l.starts_with(|c: char| c.is_ascii_digit())
            || super::dates::number_word(&l).is_some()
            || matches!(
                l.as_str(),
                "most" | "least" | "top" | "both" | "several" | "many"
            )
            || l.len() >= 5 && l.ends_with("est")
    });
    if complement || shouting || a_name || plural_meaning || head.len() <= 3 {
        return role.to_owned();
    }
    let lower = head.to_lowercase();
    let cut = |n: usize| head.get(..head.len() - n).unwrap_or(head);
    let written = if lower.ends_with("ies") {
        format!("{}y", cut(3))
    } else if lower.ends_with('s') && !["ss", "us", "is"].iter().any(|e| lower.ends_with(e)) {
        cut(1).to_owned()
    } else {
        return role.to_owned();
    };
    if !super::wordstats::stat(&written.to_lowercase()).is_some_and(|s| s.noun) {
        return role.to_owned();
    }
    if before.is_empty() {
        written
    } else {
        format!("{before} {written}")
    }
}

/// An organisation's name written as letters ("UN", "U.N.", "WHO"): its letters.
pub(super) fn acronym(name: &str) -> Option<String> {
    let letters: String = name.chars().filter(|c| *c != '.').collect();
    let n = letters.chars().count();
    ((2..=6).contains(&n) && letters.chars().all(|c| c.is_ascii_uppercase())).then_some(letters)
}

/// The initials of a name of two or more capitalised words ("World Health Organization" →
/// "WHO"; small words such as "of" are skipped).
pub(super) fn initials(name: &str) -> Option<String> {
    let caps: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(char::is_ascii_uppercase)
        .collect();
    (caps.len() >= 2 && name.split_whitespace().count() >= 2).then_some(caps)
}

/// Build the Who list from labelled name mentions.
#[must_use]
pub fn build(doc: &Doc<'_>, mentions: &[NameMention], lead_end: usize) -> Vec<WhoFact> {
    let mut actors: Vec<Actor> = Vec::new();
    let mut by_key: FxHashMap<String, usize> = FxHashMap::default();
    // (first token, actor) of every person mention, to read later descriptions.
    let mut person_at: Vec<(usize, usize)> = Vec::new();
    // Longest names first, so "Blinken" finds "Antony Blinken".
    let mut order: Vec<&NameMention> = mentions.iter().filter(|m| m.label != Label::Loc).collect();
    order.sort_by_key(|m| (std::cmp::Reverse(m.b - m.a), m.a));
    for m in order {
        let Some(mut span) = span_of(doc, m.a, m.b) else {
            continue;
        };
        // "... Lear Corp. The company": the period closes the sentence. Before a comma or a
        // quote it belongs to the abbreviation ("Norwest Corp., KeyCorp").
        let last = doc.low(m.b - 1);
        let next_starts = doc
            .tokens
            .get(m.b)
            .is_none_or(|t| t.cap && t.kind == TokKind::Word);
        if matches!(last, "inc." | "corp." | "co." | "ltd." | "bros.") && next_starts {
            span.end -= 1;
            span.text.pop();
        }
        let key = lower_span(doc, m.a, m.b).to_owned();
        let kind = if m.label == Label::Per {
            WhoKind::Person
        } else {
            WhoKind::Organization
        };
        let toks: Vec<String> = (m.a..m.b)
            .filter(|&k| doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::Word))
            .map(|k| lower_span(doc, k, k + 1).to_owned())
            .collect();
        // A title inside the name chunk ("Foreign Minister X"), but never an honorific
        // alone ("Mr X"); else the words around the name.
        let role = m
            .role
            .filter(|&(ra, rb)| !roles::only_honorifics(doc, ra, rb))
            .or_else(|| {
                if kind == WhoKind::Person {
                    roles::around(doc, m.a, m.b)
                } else {
                    None
                }
            })
            .map(|(ra, rb)| doc.span_str(ra, rb).to_owned());
        let idx = if let Some(&i) = by_key.get(&key) {
            Some(i)
        } else if kind == WhoKind::Person {
            // "Miss Van Outen" after "Denise Van Outen": an honorific and the family name.
            let family = match toks.split_first() {
                Some((first, rest)) if !rest.is_empty() && LEX.is_honorific(first) => rest,
                _ => toks.as_slice(),
            };
            actors
                .iter()
                .position(|a| {
                    a.kind == WhoKind::Person
                        && (short_name_of(&toks, &a.tokens) || short_name_of(family, &a.tokens))
                })
                .or_else(|| {
                    // "Suu Kyi" after "Aung San Suu Kyi", which the name finder could not
                    // type: a longer name ending in this person's two or more words is the
                    // person, unless a word of it names a body ("Lopez Foundation").
                    let found = actors.iter().position(|a| {
                        a.kind == WhoKind::Organization
                            && family_name_of(&toks, &a.tokens)
                            && !a.tokens.iter().any(|w| LEX.is_org_word(w))
                    });
                    if let Some(a) = found.and_then(|i| actors.get_mut(i)) {
                        a.kind = WhoKind::Person;
                    }
                    found
                })
        } else {
            // "IMF" after "International Monetary Fund", "Boeing" after "Boeing Co.": the
            // initials or the short form of a longer name, which comes first in this order.
            let letters = acronym(&span.text);
            actors
                .iter()
                .position(|a| {
                    a.kind == WhoKind::Organization
                        && (letters
                            .as_ref()
                            .is_some_and(|l| initials(&a.name).as_ref() == Some(l))
                            || names::org_short_form(&a.tokens) == Some(toks.as_slice())
                            || after_a_place(&toks, &a.tokens))
                })
                // "Lopez de la Cruz said" after "Ana Maria Lopez de la Cruz": the end of a
                // person's name, of two words or more, is that person.
                .or_else(|| {
                    actors.iter().position(|a| {
                        a.kind == WhoKind::Person
                            && family_name_of(&toks, &a.tokens)
                            && !toks.iter().any(|w| {
                                LEX.is_org_word(w) || LEX.is_place(w) && !names::is_connector(w)
                            })
                    })
                })
        };
        let lead = span.start < lead_end;
        let headline = doc.tokens.get(m.a).is_some_and(|t| t.sent == 0);
        // "X said", "X won": the name opens its sentence and a lower-case verb follows.
        // A name that opens the headline is its subject whatever the case of the next
        // word ("Donald Trump Lands a Fox News Gig").
        let subject = doc.sentence_initial(m.a)
            && (headline
                || doc
                    .tokens
                    .get(m.b)
                    .is_some_and(|t| t.kind == TokKind::Word && !t.cap));
        let credit = usize::from(sources::is_credit(doc, m.a, m.b));
        if kind == WhoKind::Person {
            person_at.push((m.a, idx.unwrap_or(actors.len())));
        }
        match idx {
            Some(i) => {
                if let Some(a) = actors.get_mut(i) {
                    a.mentions.push(span);
                    a.lead |= lead;
                    a.headline |= headline;
                    a.subject |= subject;
                    a.credits += credit;
                    if a.role.is_none() {
                        a.role = role;
                    }
                    by_key.insert(key, i);
                }
            }
            None => {
                by_key.insert(key, actors.len());
                actors.push(Actor {
                    kind,
                    tokens: toks,
                    name: if firm_possessive(doc, m.a, m.b) {
                        format!("{}{}", doc.span_str(m.a, m.b), doc.tok(m.b))
                    } else {
                        doc.span_str(m.a, m.b).to_owned()
                    },
                    role,
                    mentions: vec![span],
                    lead,
                    headline,
                    subject,
                    credits: credit,
                });
            }
        }
    }
    describe(doc, &mut actors, &mut person_at);
    let text_len = doc.tokens.last().map_or(0, |t| t.end);
    let mut out: Vec<WhoFact> = actors
        .into_iter()
        .map(|mut a| {
            a.mentions.sort_by_key(|s| s.start);
            a.mentions.dedup_by_key(|s| s.start);
            let mut aliases: Vec<String> = Vec::new();
            for m in &a.mentions {
                // "Moody" is the mention of "Moody's", no other name of it.
                let possessive_of = a
                    .name
                    .strip_prefix(m.text.as_str())
                    .is_some_and(|rest| matches!(rest, "'s" | "’s"));
                if m.text != a.name && !possessive_of && !aliases.contains(&m.text) {
                    aliases.push(m.text.clone());
                }
            }
            let ev = Evidence {
                mentions: a.mentions.len(),
                first: a.mentions.first().map_or(0, |s| s.start),
                text_len,
                lead: a.lead,
                role: a.role.is_some(),
                headline: a.headline,
                focus: a.subject,
            };
            // Agencies, credits and bylines are sources: kept, ranked after every actor.
            let source = sources::is_agency(&a.name) || a.credits >= a.mentions.len();
            let role = match a.kind {
                WhoKind::Person => a.role.map(|r| one_persons_role(&r)),
                WhoKind::Organization => a.role,
            };
            WhoFact {
                name: a.name,
                kind: a.kind,
                role,
                aliases,
                salience: if source { 0.0 } else { salience(ev) },
                mentions: a.mentions,
            }
        })
        .collect();
    sort_by_salience(&mut out, |w| w.salience);
    out
}

#[cfg(test)]
mod tests {
    use crate::model::{Article, WhoKind};

    fn facts(text: &str) -> crate::model::Facts {
        let article = Article {
            text: text.to_owned(),
            ..Article::default()
        };
        crate::extract::extract(&article, "2024-05-02".parse().ok())
    }

    #[test]
    fn appositive_and_possessive_roles_are_found() {
        let f = facts(
            "The talks were led by Kenya's top negotiator, Ruth Wanjiru, and by Omar Haddad, the Jordanian trade minister, on Tuesday.",
        );
        let role = |n: &str| {
            f.who
                .iter()
                .find(|w| w.name == n)
                .and_then(|w| w.role.clone())
        };
        assert_eq!(
            role("Ruth Wanjiru").as_deref(),
            Some("Kenya's top negotiator")
        );
        assert_eq!(
            role("Omar Haddad").as_deref(),
            Some("Jordanian trade minister")
        );
    }

    #[test]
    fn family_name_first_aliases_merge() {
        let f = facts(
            "Premier Li Qiang met investors in Shanghai. Li told them the economy would grow.",
        );
        let li = f.who.iter().find(|w| w.name == "Li Qiang");
        assert!(li.is_some_and(|w| w.kind == WhoKind::Person && w.mentions.len() == 2));
    }

    #[test]
    fn the_name_opening_a_title_case_headline_leads_the_who_list() {
        // "Lands" is capitalised by the headline's style, not by a name: Dane is its subject.
        let f = facts(
            "Veltro Dane Lands a Fox News Gig\n\nFox News said on Monday that the \
             businessman would host a weekly show. The network hired Veltro Dane after a long \
             search.",
        );
        let first = f.who.first().map(|w| w.name.as_str());
        assert_eq!(first, Some("Veltro Dane"), "{:?}", f.who);
    }

    #[test]
    fn an_honorific_and_a_family_name_are_the_person_named_in_full() {
        let f = facts(
            "Singer Carla Van Rooyen stepped out in London on Monday. Miss Van Rooyen, 36, \
             wore a blazer, and Mrs Van Rooyen's mother waved.",
        );
        let people: Vec<&str> = f.who.iter().map(|w| w.name.as_str()).collect();
        assert_eq!(
            people.iter().filter(|n| n.contains("Van Rooyen")).count(),
            1,
            "{people:?}"
        );
        let carla = f.who.iter().find(|w| w.name == "Carla Van Rooyen");
        assert!(carla.is_some_and(|w| w.mentions.len() >= 2), "{:?}", f.who);
    }
}
