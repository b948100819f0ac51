//! The When list as a chronology: where each item sits on the calendar, its time order
//! (items not on the calendar after, in article order), one line per event (the same event
//! on the same date, or a date range holding it, merged) and which dates the story turns on
//! (the lead's, what is scheduled next, deadlines), so the fit rule keeps them.

use jiff::civil::Date;

use super::card::WhenItem;

/// The first and last day a TimeML value covers: `2023-06-18` is one day, `2023-06` a month,
/// `2023-W24-WE` a weekend, `2023-06-05/2023-06-11` a range. `None` for values that are not
/// on the calendar (`XXXX-WXX-7`, `PAST_REF`, durations).
#[must_use]
pub fn calendar_span(value: &str) -> Option<(Date, Date)> {
    let value = value.trim();
    if let Some((from, to)) = value.split_once('/') {
        let (a, _) = calendar_span(from)?;
        let (_, b) = calendar_span(to)?;
        return (a <= b).then_some((a, b));
    }
    let date_part = value.split_once('T').map_or(value, |(d, _)| d);
    let (year_part, rest) = match date_part.split_once('-') {
        Some((y, r)) => (y, Some(r)),
        None => (date_part, None),
    };
    if !year_part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let day = |y: i16, m: i8, d: i8| Date::new(y, m, d).ok();
    let year_end = |y: i16| day(y, 12, 31);
    match (year_part.len(), rest) {
        // "199" is the 1990s, "19" the 1900s.
        (3, None) => {
            let y: i16 = year_part.parse().ok()?;
            Some((day(y * 10, 1, 1)?, year_end(y * 10 + 9)?))
        }
        (2, None) => {
            let c: i16 = year_part.parse().ok()?;
            Some((day(c * 100, 1, 1)?, year_end(c * 100 + 99)?))
        }
        (4, None) => {
            let y: i16 = year_part.parse().ok()?;
            Some((day(y, 1, 1)?, year_end(y)?))
        }
        (4, Some(rest)) => {
            let y: i16 = year_part.parse().ok()?;
            of_year(y, rest)
        }
        _ => None,
    }
}

/// The part of year `y` that `rest` (after `YYYY-`) names.
fn of_year(y: i16, rest: &str) -> Option<(Date, Date)> {
    let day = |m: i8, d: i8| Date::new(y, m, d).ok();
    let month_span = |m1: i8, m2: i8| -> Option<(Date, Date)> {
        let last = day(m2, 1)?.last_of_month();
        Some((day(m1, 1)?, last))
    };
    if let Some(w) = rest.strip_prefix('W') {
        let (week, weekend) = match w.split_once('-') {
            Some((w, "WE")) => (w, true),
            Some(_) => return None,
            None => (w, false),
        };
        let week: i8 = week.parse().ok()?;
        let monday = jiff::civil::ISOWeekDate::new(y, week, jiff::civil::Weekday::Monday)
            .ok()?
            .date();
        let plus = |n: i64| monday.checked_add(jiff::Span::new().days(n)).ok();
        return if weekend {
            Some((plus(5)?, plus(6)?))
        } else {
            Some((monday, plus(6)?))
        };
    }
    match rest {
        "Q1" => return month_span(1, 3),
        "Q2" => return month_span(4, 6),
        "Q3" => return month_span(7, 9),
        "Q4" => return month_span(10, 12),
        "H1" => return month_span(1, 6),
        "H2" => return month_span(7, 12),
        "SP" => return month_span(3, 5),
        "SU" => return month_span(6, 8),
        "FA" => return month_span(9, 11),
        "WI" => return month_span(12, 12),
        _ => {}
    }
    let mut parts = rest.split('-');
    let m: i8 = parts.next()?.parse().ok()?;
    match (parts.next(), parts.next()) {
        (None, _) => month_span(m, m),
        (Some(d), None) => {
            let d = day(m, d.parse().ok()?)?;
            Some((d, d))
        }
        _ => None,
    }
}

/// How finely a value places its item, in days covered (1 for a day).
fn span_days(span: (Date, Date)) -> i64 {
    span.0
        .until(span.1)
        .map_or(i64::MAX, |s| i64::from(s.get_days()))
        + 1
}

/// True when the item has a date but not one on the calendar: "Sunday" or "last week" with
/// no reference date to place it (its value has no year, or there is none).
#[must_use]
pub fn is_unplaced(item: &WhenItem) -> bool {
    match item.value.as_deref() {
        None => !item.text.trim().is_empty(),
        Some(v) => v.starts_with("XXXX") && calendar_span(v).is_none(),
    }
}

/// The order of `items` as a chronology: indices by first day, then the shorter span first;
/// items not on the calendar after them, in their list order.
#[must_use]
pub fn chronological_order(items: &[WhenItem]) -> Vec<usize> {
    let mut keyed: Vec<(Option<(Date, Date)>, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, w)| (w.value.as_deref().and_then(calendar_span), i))
        .collect();
    keyed.sort_by(|(a, i), (b, j)| match (a, b) {
        (Some(a), Some(b)) => a.0.cmp(&b.0).then(a.1.cmp(&b.1)).then(i.cmp(j)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => i.cmp(j),
    });
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// Words that carry no event of their own.
const LIGHT_WORDS: &[&str] = &[
    "a", "an", "the", "to", "of", "in", "on", "at", "for", "with", "and", "or", "by", "from", "is",
    "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "may", "might",
    "can", "could", "says", "said", "say", "its", "his", "her", "their", "it", "he", "she", "they",
    "who", "that", "this", "as", "not",
];

/// A word as events and labels are compared: lower-case, a possessive or a plural or
/// third-person `s` dropped ("Qin's" → "qin", "talks" → "talk").
#[must_use]
pub fn word_form(w: &str) -> String {
    let w = w
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_lowercase();
    match w.strip_suffix('s') {
        Some(stem) if stem.chars().count() >= 3 && !stem.ends_with('s') => stem.to_owned(),
        _ => w,
    }
}

/// The content words of an event, lower-case, a plural or third-person `s` dropped, without
/// the names in `names` (a story's main actor is in half its events: sharing it says nothing).
/// `names` is sorted (it is searched, not scanned: a long story names thousands).
#[must_use]
pub fn event_words(event: &str, names: &[String]) -> Vec<String> {
    event
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(word_form)
        .filter(|w| w.chars().count() >= 2 && !LIGHT_WORDS.contains(&w.as_str()))
        .filter(|w| names.binary_search(w).is_err())
        .collect()
}

/// True when two dated items tell the same event: their dates are equal or one holds the
/// other, and their events share a content word that is not a name (an empty event is the
/// same as any other on the very same date).
fn same_event(
    a: (&WhenItem, (Date, Date)),
    b: (&WhenItem, (Date, Date)),
    names: &[String],
) -> bool {
    let (sa, sb) = (a.1, b.1);
    let equal = sa == sb;
    let holds = (sa.0 <= sb.0 && sb.1 <= sa.1) || (sb.0 <= sa.0 && sa.1 <= sb.1);
    if !holds {
        return false;
    }
    let (ea, eb) = (a.0.event.trim(), b.0.event.trim());
    if ea.is_empty() || eb.is_empty() {
        return equal;
    }
    if ea.eq_ignore_ascii_case(eb) {
        return true;
    }
    let wa = event_words(ea, names);
    let wb = event_words(eb, names);
    wa.iter().any(|w| wb.contains(w))
}

/// True when two items not on the calendar are one event: the same words and value, and
/// events sharing a content word (or one of them empty).
fn same_unplaced_event(a: &WhenItem, b: &WhenItem, names: &[String]) -> bool {
    if !is_unplaced(a) || !a.text.trim().eq_ignore_ascii_case(b.text.trim()) || a.value != b.value {
        return false;
    }
    let (ea, eb) = (a.event.trim(), b.event.trim());
    if ea.is_empty() || eb.is_empty() || ea.eq_ignore_ascii_case(eb) {
        return true;
    }
    let wb = event_words(eb, names);
    event_words(ea, names).iter().any(|w| wb.contains(w))
}

/// True when two items from different articles tell the same event on dates that fit
/// (the same day, or one date holding the other), by the rule that merges one article's
/// mentions: an event word in common that is not one of the (sorted) `names`.
#[must_use]
pub fn same_event_across(a: &WhenItem, b: &WhenItem, names: &[String]) -> bool {
    let sa = a.value.as_deref().and_then(calendar_span);
    let sb = b.value.as_deref().and_then(calendar_span);
    match (sa, sb) {
        (Some(sa), Some(sb)) => same_event((a, sa), (b, sb), names),
        (None, None) => same_unplaced_event(a, b, names),
        _ => false,
    }
}

/// True when two items from different articles seem to tell one event on dates that do
/// not fit together: both are on the calendar, neither date holds the other, and their
/// events share at least two words that are not (sorted) `names`, and at least half the words of the
/// shorter event.
#[must_use]
pub fn same_event_other_date(a: &WhenItem, b: &WhenItem, names: &[String]) -> bool {
    let (Some(sa), Some(sb)) = (
        a.value.as_deref().and_then(calendar_span),
        b.value.as_deref().and_then(calendar_span),
    ) else {
        return false;
    };
    let overlap = sa.0 <= sb.1 && sb.0 <= sa.1;
    // Sources that disagree on a date give it as finely: a day and a day, a month and a
    // month ("the 1990s" and "Monday" are two events that share words).
    let grain = |s: Days| match span_days(s) {
        1 => 0,
        2..=7 => 1,
        8..=31 => 2,
        32..=366 => 3,
        _ => 4,
    };
    if overlap || grain(sa) != grain(sb) {
        return false;
    }
    let wa = event_words(&a.event, names);
    let wb = event_words(&b.event, names);
    let shared = wa.iter().filter(|w| wb.contains(w)).count();
    let shorter = wa.len().min(wb.len());
    shared >= 2 && shared * 2 >= shorter
}

/// True when two TimeML values fit together: equal, or one calendar span holding the other.
#[must_use]
pub fn values_fit(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    match (calendar_span(a), calendar_span(b)) {
        (Some(sa), Some(sb)) => (sa.0 <= sb.0 && sb.1 <= sa.1) || (sb.0 <= sa.0 && sa.1 <= sb.1),
        _ => false,
    }
}

/// The first and last day of a date.
type Days = (Date, Date);

/// Groups of `items` (indices, first mention first) that tell one event; every item is in
/// exactly one group, and groups come in chronological order. `names` (sorted) are the words of the
/// story's people and organisations (lower-case).
#[must_use]
pub fn merge_groups(items: &[WhenItem], names: &[String]) -> Vec<Vec<usize>> {
    let order = chronological_order(items);
    let mut groups: Vec<(Option<Days>, Vec<usize>)> = Vec::new();
    // Only a few neighbours in time are compared: a long article's thousands of dates stay
    // linear.
    const WINDOW: usize = 24;
    for i in order {
        let Some(item) = items.get(i) else {
            continue;
        };
        let span = item.value.as_deref().and_then(calendar_span);
        if span.is_none() && is_unplaced(item) {
            // Not on the calendar: the same words ("this weekend") for the same event.
            let from = groups.len().saturating_sub(WINDOW);
            let twin = groups
                .get(from..)
                .unwrap_or_default()
                .iter()
                .rposition(|(gs, m)| {
                    gs.is_none()
                        && m.iter().take(8).any(|&o| {
                            items
                                .get(o)
                                .is_some_and(|o| same_unplaced_event(o, item, names))
                        })
                });
            if let Some((_, members)) = twin.and_then(|t| groups.get_mut(t + from)) {
                members.push(i);
                members.sort_unstable();
                continue;
            }
        }
        let joined = span.and_then(|s| {
            let from = groups.len().saturating_sub(WINDOW);
            groups
                .get(from..)
                .unwrap_or_default()
                .iter()
                .rposition(|(gs, members)| {
                    gs.is_some_and(|gs| {
                        // A group's first few mentions say what it is about.
                        members.iter().take(8).any(|&m| {
                            items
                                .get(m)
                                .is_some_and(|o| same_event((o, gs), (item, s), names))
                        })
                    })
                })
                .map(|p| p + from)
        });
        match joined.and_then(|g| groups.get_mut(g)) {
            Some((gs, members)) => {
                // The group takes the finer date.
                if let (Some(old), Some(new)) = (*gs, span)
                    && span_days(new) < span_days(old)
                {
                    *gs = Some(new);
                }
                members.push(i);
                members.sort_unstable();
            }
            None => groups.push((span, vec![i])),
        }
    }
    groups.into_iter().map(|(_, m)| m).collect()
}

/// How much an item matters to a briefing, higher first: a date the story turns on
/// (`key_date`), then dates near the reference date, then finer dates, then items with an
/// event. Vague items ("recently") come last.
#[must_use]
pub fn weight(item: &WhenItem, reference: Option<Date>) -> i32 {
    let mut w = 0;
    if item.key_date {
        w += 1000;
    }
    if !item.event.trim().is_empty() {
        w += 50;
    }
    match item.value.as_deref().and_then(calendar_span) {
        Some(span) => {
            w += match span_days(span) {
                1 => 120,
                2..=7 => 100,
                8..=31 => 80,
                32..=184 => 60,
                185..=366 => 40,
                _ => 20,
            };
            if let Some(r) = reference {
                let gap = if r < span.0 {
                    r.until(span.0)
                        .map_or(i64::MAX, |s| i64::from(s.get_days()))
                } else if r > span.1 {
                    span.1
                        .until(r)
                        .map_or(i64::MAX, |s| i64::from(s.get_days()))
                } else {
                    0
                };
                w += match gap {
                    0..=14 => 200,
                    15..=62 => 100,
                    _ => 0,
                };
            }
        }
        // Written as the article has it ("Sunday", "last week"): near the story's own time,
        // a day before a week before a year.
        None if is_unplaced(item) => w += 150 + unplaced_precision(item),
        None => w -= 100,
    }
    w
}

/// How finely a date not on the calendar is told, on the scale of [`weight`]: a day
/// ("Sunday", "June 21", "yesterday") before a week before a month before a year.
fn unplaced_precision(item: &WhenItem) -> i32 {
    let value = item.value.as_deref().unwrap_or_default();
    let parts = value.split(['-', 'T']).count();
    if value.starts_with("XXXX") && parts >= 3 {
        return 120;
    }
    let text = item.text.to_lowercase();
    let has = |w: &str| text.split_whitespace().any(|t| t.starts_with(w));
    if [
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "night",
        "morning",
        "evening",
        "afternoon",
    ]
    .iter()
    .any(|w| has(w))
    {
        120
    } else if has("weekend") || has("week") {
        100
    } else if has("month") || value.starts_with("XXXX") {
        80
    } else {
        40
    }
}

/// The indices of `items` in the order the fit rule should keep them: highest [`weight`]
/// first, the earlier item first among equals.
#[must_use]
pub fn keep_order(items: &[WhenItem], reference: Option<Date>) -> Vec<usize> {
    let mut idx: Vec<(i32, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, w)| (weight(w, reference), i))
        .collect();
    idx.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    idx.into_iter().map(|(_, i)| i).collect()
}

/// Words that make a date a deadline.
const DEADLINE_WORDS: &[&str] = &[
    "deadline",
    "due",
    "expire",
    "expires",
    "expiry",
    "ultimatum",
    "until",
    "by",
];

/// True when the event or the words around the date say it is a deadline.
#[must_use]
pub fn is_deadline(event: &str, before: &str) -> bool {
    let last = before
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .to_lowercase();
    matches!(last.as_str(), "by" | "until" | "before")
        || event
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| DEADLINE_WORDS.contains(&w.to_lowercase().as_str()) && w.len() > 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(text: &str, value: Option<&str>, event: &str) -> WhenItem {
        WhenItem {
            text: text.into(),
            value: value.map(str::to_owned),
            event: event.into(),
            ..WhenItem::default()
        }
    }

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn values_cover_their_days() {
        assert_eq!(
            calendar_span("2023-06-18TNI"),
            Some((d("2023-06-18"), d("2023-06-18")))
        );
        assert_eq!(
            calendar_span("2023-02"),
            Some((d("2023-02-01"), d("2023-02-28")))
        );
        assert_eq!(
            calendar_span("2023-W24-WE"),
            Some((d("2023-06-17"), d("2023-06-18")))
        );
        assert_eq!(
            calendar_span("2023-Q3"),
            Some((d("2023-07-01"), d("2023-09-30")))
        );
        assert_eq!(
            calendar_span("199"),
            Some((d("1990-01-01"), d("1999-12-31")))
        );
        assert_eq!(calendar_span("XXXX-WXX-7"), None);
        assert_eq!(calendar_span("PAST_REF"), None);
        assert_eq!(calendar_span("P3D"), None);
    }

    #[test]
    fn the_list_runs_in_time_order_with_undated_items_last_in_their_order() {
        let items = [
            item("Friday", Some("2024-03-08"), "vote"),
            item("Sunday", Some("XXXX-WXX-7"), "rally"),
            item("2019", Some("2019"), "law passed"),
            item("recently", Some("PAST_REF"), "talks"),
            item("March", Some("2024-03"), "campaign"),
        ];
        assert_eq!(chronological_order(&items), [2, 4, 0, 1, 3]);
    }

    #[test]
    fn one_event_told_twice_is_one_line_but_two_events_on_a_day_stay_two() {
        let items = [
            item(
                "this weekend",
                Some("2024-W10-WE"),
                "Mayor Ruiz heads to Lyon",
            ),
            item("Sunday", Some("2024-03-10"), "Ruiz visits Lyon"),
            item("Sunday", Some("2024-03-10"), "Ruiz meets the prefect"),
            item("2019", Some("2019"), "Ruiz visits Lyon"),
        ];
        let names = vec!["mayor".to_owned(), "ruiz".to_owned()];
        let groups = merge_groups(&items, &names);
        assert_eq!(groups, vec![vec![3], vec![0, 1], vec![2]]);
    }

    #[test]
    fn near_and_key_dates_outrank_old_years_and_vague_words() {
        let r = Some(d("2024-03-06"));
        let mut lead = item("2019", Some("2019"), "law passed");
        lead.key_date = true;
        let items = [
            item("2001", Some("2001"), "founded"),
            item("recently", Some("PAST_REF"), "talks"),
            item("Friday", Some("2024-03-08"), "vote"),
            lead,
        ];
        assert_eq!(keep_order(&items, r), [3, 2, 0, 1]);
    }

    #[test]
    fn a_date_with_by_or_until_is_a_deadline() {
        assert!(is_deadline("bids close", "must file by"));
        assert!(is_deadline("the deadline passes", "as"));
        assert!(!is_deadline("talks resume", "on"));
    }
}
