//! Temporal expressions (TimeML TIMEX3): recognise them over tokens, then resolve each to a
//! TimeML value against the reference date, using the tense of its clause for weekdays and
//! months without a year.

use jiff::civil::Date;

use super::text::{Doc, TokKind};
use crate::model::TimexKind;

/// One temporal expression over tokens `a..b` with its TimeML type and value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// First token.
    pub a: usize,
    /// One past the last token.
    pub b: usize,
    /// date, time, duration or set.
    pub kind: TimexKind,
    /// TimeML value, when it could be resolved.
    pub value: Option<String>,
}

/// The tense of a clause, as far as weekday and month resolution cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Reported or past events: resolve backwards.
    Past,
    /// Plans and schedules: resolve forwards.
    Future,
    /// No cue: the nearest.
    Unknown,
}

/// Month number (1–12) of a capitalised month name or abbreviation.
#[must_use]
pub fn month_of(w: &str) -> Option<i8> {
    let w = w.trim_end_matches('.');
    let m = match w {
        "January" | "Jan" | "JANUARY" | "JAN" => 1,
        "February" | "Feb" | "FEBRUARY" | "FEB" => 2,
        "March" | "Mar" | "MARCH" => 3,
        "April" | "Apr" | "APRIL" | "APR" => 4,
        "May" | "MAY" => 5,
        "June" | "Jun" | "JUNE" | "JUN" => 6,
        "July" | "Jul" | "JULY" | "JUL" => 7,
        "August" | "Aug" | "AUGUST" | "AUG" => 8,
        "September" | "Sept" | "Sep" | "SEPTEMBER" | "SEPT" | "SEP" => 9,
        "October" | "Oct" | "OCTOBER" | "OCT" => 10,
        "November" | "Nov" | "NOVEMBER" | "NOV" => 11,
        "December" | "Dec" | "DECEMBER" | "DEC" => 12,
        _ => return None,
    };
    Some(m)
}

/// Weekday index (Monday = 0) of a capitalised weekday name or abbreviation.
#[must_use]
pub fn weekday_of(w: &str) -> Option<i8> {
    let w = w.trim_end_matches('.');
    let d = match w {
        "Monday" | "Mon" | "MONDAY" => 0,
        "Tuesday" | "Tue" | "Tues" | "TUESDAY" => 1,
        "Wednesday" | "Wed" | "WEDNESDAY" => 2,
        "Thursday" | "Thu" | "Thur" | "Thurs" | "THURSDAY" => 3,
        "Friday" | "Fri" | "FRIDAY" => 4,
        "Saturday" | "Sat" | "SATURDAY" => 5,
        "Sunday" | "Sun" | "SUNDAY" => 6,
        _ => return None,
    };
    Some(d)
}

fn number_word(l: &str) -> Option<u32> {
    let n = match l {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "hundred" => 100,
        "half" => 0,
        _ => return l.parse().ok().filter(|&n: &u32| n < 10_000),
    };
    Some(n)
}

fn vague_number(l: &str) -> bool {
    matches!(
        l,
        "several" | "few" | "many" | "some" | "couple" | "recent" | "coming" | "next" | "past"
    )
}

/// TimeML unit letter of a time unit word, and whether it is a time-of-day unit.
fn unit_of(l: &str) -> Option<(&'static str, bool)> {
    let u = match l {
        "year" | "years" | "yr" | "yrs" => ("Y", false),
        "month" | "months" => ("M", false),
        "week" | "weeks" => ("W", false),
        "day" | "days" => ("D", false),
        "weekend" | "weekends" => ("WE", false),
        "decade" | "decades" => ("DE", false),
        "century" | "centuries" => ("CE", false),
        "quarter" | "quarters" => ("Q", false),
        "hour" | "hours" => ("H", true),
        "minute" | "minutes" => ("M", true),
        "second" | "seconds" => ("S", true),
        _ => return None,
    };
    Some(u)
}

fn part_of_day(l: &str) -> Option<&'static str> {
    match l {
        "morning" | "mornings" => Some("MO"),
        "afternoon" | "afternoons" => Some("AF"),
        "evening" | "evenings" => Some("EV"),
        "night" | "nights" | "overnight" => Some("NI"),
        _ => None,
    }
}

fn season_of(l: &str) -> Option<&'static str> {
    match l {
        "spring" => Some("SP"),
        "summer" => Some("SU"),
        "fall" | "autumn" => Some("FA"),
        "winter" => Some("WI"),
        _ => None,
    }
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().days(n)).ok()
}

fn add_months(d: Date, n: i64) -> Option<Date> {
    d.first_of_month()
        .checked_add(jiff::Span::new().months(n))
        .ok()
}

fn week_value(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn ymd(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn ym(d: Date) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

struct Matcher<'d, 'a> {
    doc: &'d Doc<'a>,
    reference: Option<Date>,
    /// The last quarter the text named: "a year earlier" and "the quarter" refer to it.
    anchor: std::cell::RefCell<Option<(i16, u8)>>,
}

impl Matcher<'_, '_> {
    fn w(&self, k: usize) -> &str {
        self.doc.tok(k)
    }

    fn l(&self, k: usize) -> &str {
        self.doc.low(k)
    }

    fn is_num(&self, k: usize) -> bool {
        self.doc
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Number)
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.doc.tokens.get(a), self.doc.tokens.get(b)) {
            (Some(x), Some(y)) => x.sent == y.sent,
            _ => false,
        }
    }

    /// Tokens `k` and `k+1` are joined by a hyphen with no spaces ("two-week").
    fn hyphen_at(&self, k: usize) -> bool {
        self.w(k) == "-" && self.doc.tokens.get(k).is_some_and(|t| !t.space_before)
    }

    fn year_at(&self, k: usize) -> Option<i16> {
        if !self.is_num(k) {
            return None;
        }
        let w = self.w(k);
        if w.len() == 4 {
            let y: i16 = w.parse().ok()?;
            return (1000..=2199).contains(&y).then_some(y);
        }
        None
    }

    fn day_at(&self, k: usize) -> Option<i8> {
        let w = self.w(k);
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix_ok = matches!(&w[digits.len()..], "" | "st" | "nd" | "rd" | "th");
        if !suffix_ok
            || digits.is_empty()
            || digits.len() > 2
            || !digits.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let d: i8 = digits.parse().ok()?;
        (1..=31).contains(&d).then_some(d)
    }

    /// Find the tense around tokens `a..b` from auxiliaries and verb forms in its sentence.
    fn tense(&self, a: usize, b: usize) -> Tense {
        let Some(t) = self.doc.tokens.get(a) else {
            return Tense::Unknown;
        };
        let Some(s) = self.doc.sentences.get(t.sent) else {
            return Tense::Unknown;
        };
        let classify = |k: usize| -> Option<Tense> {
            let l = self.l(k);
            match l {
                "will" | "'ll" | "shall" | "would" | "plans" | "plan" | "planning" | "planned"
                | "scheduled" | "expected" | "expects" | "intends" | "going" | "hopes"
                | "upcoming" | "next" | "due" | "tomorrow" | "set" | "begin" | "begins"
                | "payable" | "effective" | "expire" | "expires" | "extended" | "deadline"
                | "starting" => Some(Tense::Future),
                "was" | "were" | "had" | "did" | "said" | "told" | "met" | "spoke" | "took"
                | "went" | "came" | "began" | "left" | "made" | "gave" | "held" | "saw"
                | "became" | "won" | "lost" | "got" | "fell" | "rose" | "sent" | "found"
                | "ago" | "last" | "earlier" | "yesterday" | "announced" | "reported" => {
                    Some(Tense::Past)
                }
                "must" | "should" => Some(Tense::Future),
                "has" | "have" | "is" | "are" | "says" | "say" => None,
                _ if l.len() > 4
                    && l.ends_with("ed")
                    && !self.doc.tokens.get(k).is_some_and(|t| t.cap) =>
                {
                    // "must be returned", "will be delayed": the auxiliary decides.
                    let aux = if k > 0 { self.l(k - 1) } else { "" };
                    if matches!(aux, "be" | "being") {
                        None
                    } else {
                        Some(Tense::Past)
                    }
                }
                _ => None,
            }
        };
        // Nearest cue before the expression within its clause, then after it.
        let mut k = a;
        while k > s.tok_start && a - k < 12 {
            k -= 1;
            let w = self.w(k);
            if matches!(w, ";" | "“" | "\"" | "”") {
                break;
            }
            if let Some(t) = classify(k) {
                return t;
            }
        }
        for k in b..s.tok_end.min(b + 8) {
            if matches!(self.w(k), ";" | "," | "." | "“" | "”") {
                break;
            }
            if let Some(t) = classify(k) {
                return t;
            }
        }
        // Then the rest of the sentence before it.
        let mut k = a.saturating_sub(12).max(s.tok_start);
        while k > s.tok_start && a - k < 60 {
            k -= 1;
            if matches!(self.w(k), ";" | "“" | "\"" | "”") {
                break;
            }
            if let Some(t) = classify(k) {
                return t;
            }
        }
        Tense::Unknown
    }

    /// The weekday `wd` nearest the reference date in the direction of `tense`.
    fn resolve_weekday(&self, wd: i8, tense: Tense) -> Option<Date> {
        let r = self.reference?;
        let cur = r.weekday().to_monday_zero_offset();
        let diff = i64::from(wd - cur);
        let n = match tense {
            Tense::Future => {
                if diff > 0 {
                    diff
                } else {
                    diff + 7
                }
            }
            Tense::Past => {
                if diff <= 0 {
                    diff
                } else {
                    diff - 7
                }
            }
            // News mostly reports what has happened: without a cue, look back.
            Tense::Unknown => {
                if diff <= 0 {
                    diff
                } else {
                    diff - 7
                }
            }
        };
        add_days(r, n)
    }

    /// The year of a month (and day) without one, by the clause's tense.
    fn infer_year(&self, month: i8, day: Option<i8>, tense: Tense) -> Option<i16> {
        let r = self.reference?;
        let y = r.year();
        let here = (month, day.unwrap_or(1));
        let now = (r.month(), if day.is_some() { r.day() } else { 1 });
        Some(match tense {
            Tense::Past if here > now => y - 1,
            Tense::Future if here < now => y + 1,
            Tense::Unknown if i32::from(month) - i32::from(r.month()) > 6 => y - 1,
            Tense::Unknown if i32::from(r.month()) - i32::from(month) > 6 => y + 1,
            _ => y,
        })
    }

    /// Whether any pattern can start at token `i` (most tokens are skipped at once).
    fn may_start(&self, i: usize) -> bool {
        let Some(t) = self.doc.tokens.get(i) else {
            return false;
        };
        if t.kind == TokKind::Number {
            return true;
        }
        if t.kind != TokKind::Word {
            return false;
        }
        let l = self.l(i);
        if t.cap && (month_of(self.w(i)).is_some() || weekday_of(self.w(i)).is_some()) {
            return true;
        }
        matches!(
            l,
            "the"
                | "a"
                | "an"
                | "last"
                | "this"
                | "next"
                | "past"
                | "coming"
                | "previous"
                | "early"
                | "late"
                | "mid"
                | "earlier"
                | "later"
                | "today"
                | "yesterday"
                | "tomorrow"
                | "tonight"
                | "now"
                | "currently"
                | "nowadays"
                | "recently"
                | "lately"
                | "current"
                | "future"
                | "fiscal"
                | "year"
                | "every"
                | "each"
                | "per"
                | "daily"
                | "weekly"
                | "monthly"
                | "annually"
                | "yearly"
                | "hourly"
                | "noon"
                | "midday"
                | "midnight"
                | "several"
                | "few"
                | "many"
                | "some"
                | "couple"
                | "recent"
                | "first"
                | "second"
                | "third"
                | "fourth"
                | "one"
        ) || number_word(l).is_some()
            || unit_of(l).is_some()
    }

    /// Try every pattern at token `i`; the longest wins.
    fn at(&self, i: usize) -> Option<Timex> {
        if !self.may_start(i) {
            return None;
        }
        let cands = [
            self.framed(i),
            self.absolute(i),
            self.weekday(i),
            self.quarter(i),
            self.anchored(i),
            self.relative(i),
            self.the_unit(i),
            self.duration(i),
            self.clock(i),
            self.set(i),
        ];
        let mut best: Option<Timex> = None;
        for c in cands.into_iter().flatten() {
            if best.as_ref().is_none_or(|b| c.b - c.a > b.b - b.a) {
                best = Some(c);
            }
        }
        best
    }

    fn mk(a: usize, b: usize, kind: TimexKind, value: Option<String>) -> Option<Timex> {
        Some(Timex { a, b, kind, value })
    }

    /// Leading "early", "late", "mid" modifiers: how many tokens they take at `i`.
    fn modifier(&self, i: usize) -> usize {
        match self.l(i) {
            "early" | "late" | "mid" => {
                if self.l(i) == "mid" && self.hyphen_at(i + 1) {
                    2
                } else {
                    1
                }
            }
            "mid-" => 1,
            _ => 0,
        }
    }

    fn absolute(&self, i: usize) -> Option<Timex> {
        let m0 = self.modifier(i);
        let mut k = i + m0;
        // "the 1990s", "1990s", "mid-1990s".
        let w = self.w(k);
        if self.is_num(k) && w.len() == 5 && w.ends_with('s') {
            let y: i16 = w.get(..4)?.parse().ok()?;
            if (1000..2200).contains(&y) && y % 10 == 0 {
                let v = w.get(..3)?.to_owned();
                return Self::mk(k, k + 1, TimexKind::Date, Some(v));
            }
        }
        // ISO "1996-08-30".
        if let Some(y) = self.year_at(k)
            && self.hyphen_at(k + 1)
            && self.is_num(k + 2)
            && self.hyphen_at(k + 3)
            && self.is_num(k + 4)
        {
            let mo: i8 = self.w(k + 2).parse().ok()?;
            let d: i8 = self.w(k + 4).parse().ok()?;
            let date = Date::new(y, mo, d).ok()?;
            return Self::mk(i, k + 5, TimexKind::Date, Some(ymd(date)));
        }
        // Day Month [Year]: "21 June 2023".
        if let Some(d) = self.day_at(k)
            && let Some(mo) = month_of(self.w(k + 1))
        {
            let end = k + 2;
            let (year, end) = match self.year_at(end) {
                Some(y) => (Some(y), end + 1),
                None => (None, end),
            };
            let tense = self.tense(i, end);
            let y = year.or_else(|| self.infer_year(mo, Some(d), tense));
            let v = match y {
                Some(y) => Date::new(y, mo, d).ok().map(ymd),
                None => Some(format!("XXXX-{mo:02}-{d:02}")),
            };
            return Self::mk(i, end, TimexKind::Date, v);
        }
        let mo = month_of(self.w(k))?;
        let mw = self.w(k);
        let bare_abbrev = mw.len() <= 4
            && !mw.ends_with('.')
            && !matches!(mw, "May" | "June" | "July" | "MAY" | "JUNE" | "JULY");
        if bare_abbrev && self.day_at(k + 1).is_none() && self.year_at(k + 1).is_none() {
            return None;
        }
        let cap = self.doc.tokens.get(k).is_some_and(|t| t.cap);
        if !cap {
            return None;
        }
        // "May" alone is too often the verb: needs a day, a year or a preposition.
        k += 1;
        let mut day = None;
        if let Some(d) = self.day_at(k)
            && !self.hyphen_at(k + 1)
        {
            day = Some(d);
            k += 1;
        }
        let mut year = None;
        let mut kk = k;
        if self.w(kk) == "," {
            kk += 1;
        }
        if let Some(y) = self.year_at(kk) {
            year = Some(y);
            k = kk + 1;
        } else if matches!(self.l(k), "this" | "last" | "next")
            && self.l(k + 1) == "year"
            && let Some(r) = self.reference
        {
            // "January this year", "June last year".
            let d = match self.l(k) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            year = Some(r.year() + d);
            k += 2;
        } else if self.l(k) == "of" && self.year_at(k + 1).is_some() {
            year = self.year_at(k + 1);
            k += 2;
        }
        if self.w(i + m0) == "May" && day.is_none() && year.is_none() && m0 == 0 {
            let prev = if i > 0 { self.l(i - 1) } else { "" };
            if !matches!(
                prev,
                "in" | "since"
                    | "until"
                    | "by"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
                    | "of"
                    | "through"
                    | "during"
                    | "before"
                    | "after"
                    | "from"
                    | "to"
            ) {
                return None;
            }
        }
        let tense = self.tense(i, k);
        let v = match (year, day) {
            (Some(y), Some(d)) => Date::new(y, mo, d).ok().map(ymd),
            (Some(y), None) => Some(format!("{y:04}-{mo:02}")),
            (None, d) => match self.infer_year(mo, d, tense) {
                Some(y) => match d {
                    Some(d) => Date::new(y, mo, d).ok().map(ymd),
                    None => Some(format!("{y:04}-{mo:02}")),
                },
                None => Some(match d {
                    Some(d) => format!("XXXX-{mo:02}-{d:02}"),
                    None => format!("XXXX-{mo:02}"),
                }),
            },
        };
        Self::mk(i, k, TimexKind::Date, v)
    }

    fn weekday(&self, i: usize) -> Option<Timex> {
        let mut k = i;
        let mut shift: Option<Tense> = None;
        match self.l(k) {
            "last" | "past" => {
                shift = Some(Tense::Past);
                k += 1;
            }
            "next" | "coming" => {
                shift = Some(Tense::Future);
                k += 1;
            }
            "this" => k += 1,
            "early" | "late" => k += 1,
            _ => {}
        }
        let wd = weekday_of(self.w(k))?;
        let w = self.w(k);
        let abbreviated = w.len() <= 5 && !w.ends_with("day") && !w.ends_with("DAY");
        if !self.doc.tokens.get(k).is_some_and(|t| t.cap) || (abbreviated && !w.ends_with('.')) {
            return None;
        }
        k += 1;
        let mut pod = None;
        if let Some(p) = part_of_day(self.l(k)) {
            pod = Some(p);
            k += 1;
        }
        // "Sunday, June 18" / "Sunday, June 18, 2023": the date wins.
        if self.w(k) == ","
            && let Some(abs) = self.absolute(k + 1)
        {
            // Without a year, the year in which that date falls on that weekday.
            let explicit_year = (abs.a..abs.b).any(|x| self.year_at(x).is_some());
            let value = match (&abs.value, self.reference) {
                (Some(v), Some(r)) if !explicit_year && v.len() == 10 => {
                    let md = v.get(4..).unwrap_or_default().to_owned();
                    [0i16, -1, 1]
                        .iter()
                        .filter_map(|dy| format!("{:04}{md}", r.year() + dy).parse::<Date>().ok())
                        .find(|d| d.weekday().to_monday_zero_offset() == wd)
                        .map(ymd)
                        .or(abs.value)
                }
                _ => abs.value,
            };
            return Self::mk(i, abs.b, abs.kind, value);
        }
        let tense = shift.unwrap_or_else(|| self.tense(i, k));
        let mut date = self.resolve_weekday(wd, tense);
        // "last Wednesday" said on a Wednesday is a week ago.
        if shift == Some(Tense::Past) && date.is_some() && date == self.reference {
            date = date.and_then(|d| add_days(d, -7));
        }
        let (kind, value) = match (date, pod) {
            (Some(d), Some(p)) => (TimexKind::Time, Some(format!("{}T{p}", ymd(d)))),
            (Some(d), None) => (TimexKind::Date, Some(ymd(d))),
            (None, Some(p)) => (TimexKind::Time, Some(format!("XXXX-WXX-{}T{p}", wd + 1))),
            (None, None) => (TimexKind::Date, Some(format!("XXXX-WXX-{}", wd + 1))),
        };
        Self::mk(i, k, kind, value)
    }

    fn relative(&self, i: usize) -> Option<Timex> {
        let r = self.reference;
        let l = self.l(i);
        let single = |kind, v: Option<String>| Self::mk(i, i + 1, kind, v);
        match l {
            "today" => return single(TimexKind::Date, Some(r.map_or("PRESENT_REF".into(), ymd))),
            "yesterday" => {
                return single(TimexKind::Date, r.and_then(|r| add_days(r, -1)).map(ymd));
            }
            "tomorrow" => return single(TimexKind::Date, r.and_then(|r| add_days(r, 1)).map(ymd)),
            "tonight" => {
                return single(TimexKind::Time, r.map(|r| format!("{}TNI", ymd(r))));
            }
            "now" | "currently" | "nowadays" => {
                // "now" as a discourse marker starting a sentence still refers to the present.
                return single(TimexKind::Date, Some("PRESENT_REF".into()));
            }
            "recently" | "lately" => {
                return single(TimexKind::Date, Some("PAST_REF".into()));
            }

            "current" if unit_of(self.l(i + 1)).is_none() => {
                return single(TimexKind::Date, Some("PRESENT_REF".into()));
            }
            "future" if i > 0 && matches!(self.l(i - 1), "near" | "foreseeable" | "distant") => {
                return single(TimexKind::Date, Some("FUTURE_REF".into()));
            }
            _ => {}
        }
        if l == "the" && self.l(i + 1) == "past" && !unit_or_num(self, i + 2) {
            return Self::mk(i, i + 2, TimexKind::Date, Some("PAST_REF".into()));
        }
        if l == "the" && self.l(i + 1) == "future" {
            return Self::mk(i, i + 2, TimexKind::Date, Some("FUTURE_REF".into()));
        }
        // "earlier this month", "late last year", "this weekend", "last week", "next year".
        let m0 = self.modifier(i);
        let m0 = if m0 == 0
            && matches!(self.l(i), "earlier" | "later")
            && matches!(self.l(i + 1), "this" | "last")
            && matches!(self.l(i + 2), "year" | "month")
        {
            1
        } else {
            m0
        };
        let k = i + m0;
        let dir = match self.l(k) {
            "this" | "current" => 0i64,
            "last" | "past" | "previous" => -1,
            "next" | "coming" => 1,
            _ => {
                // "N units ago".
                return self.ago(i);
            }
        };
        // "the past week" is a duration, handled there.
        if i > 0 && self.l(i - 1) == "the" && dir != 0 {
            return None;
        }
        let unit_tok = k + 1;
        let u = self.l(unit_tok);
        let r = r?;
        if let Some(mo) = month_of(self.w(unit_tok)) {
            // "last November", "this September", "next April".
            let (ry, rm) = (r.year(), r.month());
            let y = match dir {
                -1 => {
                    if mo < rm {
                        ry
                    } else {
                        ry - 1
                    }
                }
                1 => {
                    if mo > rm {
                        ry
                    } else {
                        ry + 1
                    }
                }
                _ => ry,
            };
            return Self::mk(
                i,
                unit_tok + 1,
                TimexKind::Date,
                Some(format!("{y:04}-{mo:02}")),
            );
        }
        let pod = part_of_day(u);
        let season = season_of(u);
        let (kind, v) = if let Some(p) = pod {
            let d = if dir == -1 && p == "NI" {
                add_days(r, -1)?
            } else {
                add_days(r, dir)?
            };
            let d = if u == "night" && dir == -1 {
                d
            } else if dir == 0 {
                r
            } else {
                d
            };
            (TimexKind::Time, format!("{}T{p}", ymd(d)))
        } else if let Some(s) = season {
            (
                TimexKind::Date,
                format!("{:04}-{s}", i64::from(r.year()) + dir),
            )
        } else {
            match u {
                "week" => (TimexKind::Date, week_value(add_days(r, 7 * dir)?)),
                "weekend" => {
                    let d = if dir == 0 {
                        let cur = i64::from(r.weekday().to_monday_zero_offset());
                        add_days(r, 5 - cur)?
                    } else {
                        add_days(r, 7 * dir)?
                    };
                    (TimexKind::Date, format!("{}-WE", week_value(d)))
                }
                "month" => (TimexKind::Date, ym(add_months(r, dir)?)),
                "year" => (TimexKind::Date, format!("{:04}", i64::from(r.year()) + dir)),
                "quarter" => {
                    let q = i64::from((r.month() - 1) / 3) + dir;
                    let (y, q) = (i64::from(r.year()) + q.div_euclid(4), q.rem_euclid(4) + 1);
                    (TimexKind::Date, format!("{y:04}-Q{q}"))
                }
                "decade" => (
                    TimexKind::Date,
                    format!("{:03}", (i64::from(r.year()) / 10) + dir),
                ),
                "century" => (
                    TimexKind::Date,
                    format!("{:02}", (i64::from(r.year()) / 100) + dir),
                ),
                _ => return None,
            }
        };
        Self::mk(i, unit_tok + 1, kind, Some(v))
    }

    /// "the end of 1990", "the beginning of next year", "early 1990", "mid-1996".
    fn framed(&self, i: usize) -> Option<Timex> {
        let frame = self.l(i) == "the"
            && matches!(
                self.l(i + 1),
                "end" | "beginning" | "start" | "middle" | "close" | "turn"
            )
            && self.l(i + 2) == "of";
        if !frame {
            let m = self.modifier(i);
            if m > 0
                && let Some(y) = self.year_at(i + m)
            {
                return Self::mk(i, i + m + 1, TimexKind::Date, Some(format!("{y:04}")));
            }
            return None;
        }
        let k = i + 3;
        let inner = self
            .absolute(k)
            .or_else(|| self.relative(k))
            .or_else(|| self.the_unit(k))
            .or_else(|| self.year_alone(k))?;
        if inner.a != k {
            return None;
        }
        Some(Timex {
            a: i,
            b: inner.b,
            kind: TimexKind::Date,
            value: inner.value,
        })
    }

    /// Financial quarters and halves: "the third quarter", "third-quarter", "the quarter",
    /// "the year-ago quarter", "the first half".
    fn quarter(&self, i: usize) -> Option<Timex> {
        let r = self.reference;
        let the = self.l(i) == "the";
        let mut k = if the { i + 1 } else { i };
        if self.l(k) == "fiscal" {
            k += 1;
        }
        let word = self.l(k);
        let ord = match word {
            "first" => Some(1u8),
            "second" => Some(2),
            "third" => Some(3),
            "fourth" => Some(4),
            _ => None,
        };
        let hyph = self.hyphen_at(k + 1);
        let unit_at = if hyph { k + 2 } else { k + 1 };
        let unit = self.l(unit_at);
        if let Some(n) = ord {
            if unit != "quarter" && unit != "half" {
                return None;
            }
            let start = if hyph { k } else { i };
            let mut end = unit_at + 1;
            let mut year = r.map(|r| r.year());
            if self.l(end) == "of"
                && let Some(y) = self.year_at(end + 1)
            {
                year = Some(y);
                end += 2;
            } else if let Some(r) = r {
                let cur_q = (r.month() - 1) / 3 + 1;
                let cur = if unit == "half" {
                    (r.month() - 1) / 6 + 1
                } else {
                    cur_q
                };
                if i8::try_from(n).unwrap_or(0) > cur && self.tense(start, end) == Tense::Past {
                    year = Some(r.year() - 1);
                }
            }
            let v = match (year, unit) {
                (Some(y), "quarter") => format!("{y:04}-Q{n}"),
                (Some(y), _) => format!("{y:04}-H{n}"),
                (None, "quarter") => format!("XXXX-Q{n}"),
                (None, _) => format!("XXXX-H{n}"),
            };
            return Self::mk(start, end, TimexKind::Date, Some(v));
        }
        if !the {
            return None;
        }
        // "the 1988 period", "the 1988 quarter".
        if let Some(y) = self.year_at(k)
            && matches!(self.l(k + 1), "period" | "quarter")
        {
            let v = match (*self.anchor.borrow(), self.l(k + 1)) {
                (Some((_, q)), "quarter") => format!("{y:04}-Q{q}"),
                _ => format!("{y:04}"),
            };
            return Self::mk(i, k + 2, TimexKind::Date, Some(v));
        }
        // "the quarter", "the latest quarter", "the year-ago quarter".
        let (offset, unit_tok) = match word {
            "quarter" => (0i16, k),
            "latest" | "recent" | "past" | "last" | "most" if self.l(k + 1) == "quarter" => {
                (0, k + 1)
            }
            "current" if self.l(k + 1) == "quarter" => (9, k + 1),
            "year"
                if self.hyphen_at(k + 1)
                    && matches!(self.l(k + 2), "ago" | "earlier")
                    && matches!(self.l(k + 3), "quarter" | "period") =>
            {
                (-1, k + 3)
            }
            _ => return None,
        };
        if self.l(unit_tok) != "quarter" && self.l(unit_tok) != "period" {
            return None;
        }
        let r = r?;
        let latest = word != "quarter" && word != "year";
        let (y, q) = if offset == 9 {
            (r.year(), (r.month() - 1) / 3 + 1)
        } else if latest {
            let q = (r.month() - 1) / 3;
            if q == 0 {
                (r.year() - 1, 4)
            } else {
                (r.year(), q)
            }
        } else {
            self.anchor.borrow().map_or_else(
                || {
                    let q = i16::from((r.month() - 1) / 3);
                    if q == 0 {
                        (r.year() - 1, 4)
                    } else {
                        (r.year(), i8::try_from(q).unwrap_or(1))
                    }
                },
                |(y, q)| (y, i8::try_from(q).unwrap_or(1)),
            )
        };
        let y = if offset == -1 { y - 1 } else { y };
        if self.l(unit_tok) == "period" && offset != -1 {
            return None;
        }
        Self::mk(
            i,
            unit_tok + 1,
            TimexKind::Date,
            Some(format!("{y:04}-Q{q}")),
        )
    }

    /// "a year earlier", "a year ago", "year-earlier": a year before the quarter the text
    /// is about, or before the reference year.
    fn anchored(&self, i: usize) -> Option<Timex> {
        let (end, ok) = if matches!(self.l(i), "a" | "one") && self.l(i + 1) == "year" {
            (i + 3, matches!(self.l(i + 2), "earlier" | "ago" | "before"))
        } else if self.l(i) == "year" && self.hyphen_at(i + 1) {
            (i + 3, matches!(self.l(i + 2), "earlier" | "ago"))
        } else {
            (i, false)
        };
        if !ok {
            return None;
        }
        let v = match *self.anchor.borrow() {
            Some((y, q)) => format!("{:04}-Q{q}", y - 1),
            None => format!("{:04}", self.reference?.year() - 1),
        };
        Self::mk(i, end, TimexKind::Date, Some(v))
    }

    /// "the year", "the weekend", "the month": the current one (or a length, after "for").
    fn the_unit(&self, i: usize) -> Option<Timex> {
        if self.l(i) != "the" {
            return None;
        }
        let r = self.reference;
        let prev = if i > 0 { self.l(i - 1) } else { "" };
        let span = matches!(prev, "for" | "over" | "during" | "throughout");
        let v = match self.l(i + 1) {
            "year" if self.hyphen_at(i + 2) => return None,
            "year" if span => return Self::mk(i, i + 2, TimexKind::Duration, Some("P1Y".into())),
            "year" => format!("{:04}", r?.year()),
            "month" if !span => ym(r?),
            "week" if !span => week_value(r?),

            "weekend" => {
                let r = r?;
                let cur = i64::from(r.weekday().to_monday_zero_offset());
                let tense = self.tense(i, i + 2);
                let d = if tense == Tense::Past && cur < 5 {
                    add_days(r, -7)?
                } else {
                    r
                };
                format!("{}-WE", week_value(d))
            }
            _ => return None,
        };
        Self::mk(i, i + 2, TimexKind::Date, Some(v))
    }

    fn ago(&self, i: usize) -> Option<Timex> {
        let (n, k) = self.count(i)?;
        let (unit, clock) = unit_of(self.l(k))?;
        if self.l(k + 1) != "ago" {
            return None;
        }
        let end = k + 2;
        let Some(r) = self.reference else {
            return Self::mk(i, end, TimexKind::Date, Some("PAST_REF".into()));
        };
        let Some(n) = n else {
            return Self::mk(i, end, TimexKind::Date, Some("PAST_REF".into()));
        };
        let n = i64::from(n);
        let v = if clock {
            return Self::mk(i, end, TimexKind::Time, Some("PAST_REF".into()));
        } else {
            match unit {
                "Y" => format!("{:04}", i64::from(r.year()) - n),
                "M" => ym(add_months(r, -n)?),
                "W" => week_value(add_days(r, -7 * n)?),
                "D" => ymd(add_days(r, -n)?),
                "DE" => format!("{:03}", i64::from(r.year()) / 10 - n),
                _ => "PAST_REF".into(),
            }
        };
        Self::mk(i, end, TimexKind::Date, Some(v))
    }

    /// A count at `i`: a number, a number word, or a vague quantity (`None`), and the next
    /// token index.
    fn count(&self, i: usize) -> Option<(Option<u32>, usize)> {
        let w = self.w(i);
        if let Some(n) = number_word(self.l(i)) {
            if self.l(i) == "a" || self.l(i) == "an" {
                // "a few", "a couple of".
                if matches!(self.l(i + 1), "few" | "couple") {
                    let k = if self.l(i + 2) == "of" { i + 3 } else { i + 2 };
                    return Some((None, k));
                }
            }
            if self.is_num(i) && w.contains(['.', ',']) {
                return None;
            }
            return Some((Some(n), i + 1));
        }
        if vague_number(self.l(i)) {
            let k = if self.l(i + 1) == "of" { i + 2 } else { i + 1 };
            return Some((None, k));
        }
        None
    }

    fn duration(&self, i: usize) -> Option<Timex> {
        // "for weeks", "within days": a bare plural unit is a vague length.
        if i > 0 && matches!(self.l(i - 1), "for" | "within" | "over") {
            let l = self.l(i);
            if l.ends_with('s')
                && let Some((u, clock)) = unit_of(l)
                && u != "WE"
                && u != "Q"
            {
                let v = if clock {
                    format!("PTX{u}")
                } else {
                    format!("PX{u}")
                };
                return Self::mk(i, i + 1, TimexKind::Duration, Some(v));
            }
        }
        // Optional "the past/last/next/first/coming" before the count.
        let mut k = i;
        let mut lead = false;
        if self.l(k) == "the"
            && !matches!(self.l(k + 1), "a" | "an")
            && self.count(k + 1).is_some_and(|(n, _)| n.is_some())
        {
            k += 1;
            lead = true;
        } else if self.l(k) == "the"
            && matches!(
                self.l(k + 1),
                "past" | "last" | "next" | "first" | "coming" | "previous" | "following"
            )
        {
            k += 2;
            lead = true;
        }
        // "the past week": unit right after.
        if lead && let Some((u, clock)) = unit_of(self.l(k)) {
            if u == "Q" || u == "WE" {
                return None;
            }
            let v = if clock {
                format!("PT1{u}")
            } else {
                format!("P1{u}")
            };
            return Self::mk(i, k + 1, TimexKind::Duration, Some(v));
        }
        let (n, mut k2) = self.count(k)?;
        // "two-week", "three-year".
        let hyph = self.hyphen_at(k2);
        if hyph {
            k2 += 1;
            // "three-quarters of", a fraction.
            if self.l(k2) == "quarters" {
                return None;
            }
        }
        // "the two-week visit": the article belongs to the noun, not to the length.
        let i = if hyph && self.l(i) == "the" && k == i + 1 {
            k
        } else {
            i
        };
        let (u, clock) = unit_of(self.l(k2))?;
        if u == "WE" {
            return None;
        }
        // Ages ("three-year-old") are not durations.
        if self.hyphen_at(k2 + 1) && self.l(k2 + 2) == "old" {
            return None;
        }
        if self.l(k2 + 1) == "ago" {
            return None;
        }
        // "a year" without a count word is a set after money ("$5 a year").
        if !lead && matches!(self.l(k), "a" | "an") && !hyph {
            let prev = if i > 0 { self.l(i - 1) } else { "" };
            if !matches!(
                prev,
                "for"
                    | "in"
                    | "within"
                    | "over"
                    | "about"
                    | "nearly"
                    | "almost"
                    | "than"
                    | "after"
                    | "least"
            ) {
                return None;
            }
        }
        // A bare "1" before a unit is a quantity, not always a time: keep it.
        // "the past few months", "recent years", "coming weeks": vague, so a reference.
        if n.is_none() {
            let vague: Vec<&str> = (i..k2).map(|x| self.l(x)).collect();
            let past = vague
                .iter()
                .any(|w| matches!(*w, "past" | "last" | "recent" | "previous"));
            let future = vague
                .iter()
                .any(|w| matches!(*w, "next" | "coming" | "following"));
            if past || future {
                let v = if past { "PAST_REF" } else { "FUTURE_REF" };
                return Self::mk(i, k2 + 1, TimexKind::Date, Some(v.into()));
            }
        }
        let num = n.map_or_else(|| "X".to_owned(), |n| n.to_string());
        // Decades are counted in years ("two decades" = P20Y).
        let (u, num) = match (u, n) {
            ("DE", Some(n)) => ("Y", (n * 10).to_string()),
            (u, _) => (u, num),
        };
        let v = if clock {
            format!("PT{num}{u}")
        } else {
            format!("P{num}{u}")
        };
        Self::mk(i, k2 + 1, TimexKind::Duration, Some(v))
    }

    fn clock(&self, i: usize) -> Option<Timex> {
        let l = self.l(i);
        let date = self.reference.map_or_else(|| "XXXX-XX-XX".to_owned(), ymd);
        if l == "noon" || l == "midday" || l == "midnight" {
            let (end, date) = self.day_after(i + 1).unwrap_or((i + 1, date));
            let hm = if l == "midnight" { "24:00" } else { "12:00" };
            return Self::mk(i, end, TimexKind::Time, Some(format!("{date}T{hm}")));
        }
        if !self.is_num(i) {
            return None;
        }
        let h: u32 = self.w(i).parse().ok()?;
        let mut k = i + 1;
        let mut min = 0u32;
        if self.w(k) == ":" && self.is_num(k + 1) {
            min = self.w(k + 1).parse().ok()?;
            k += 2;
        }
        let ampm = self.l(k);
        let h = match ampm {
            "a.m." | "am" => h % 12,
            "p.m." | "pm" => h % 12 + 12,
            _ if k > i + 1 && h < 24 && min < 60 => {
                return Self::mk(
                    i,
                    k,
                    TimexKind::Time,
                    Some(format!("{date}T{h:02}:{min:02}")),
                );
            }
            _ => return None,
        };
        if h >= 24 || min >= 60 {
            return None;
        }
        let mut end = k + 1;
        // "10 a.m. EDT": time zones belong to the expression.
        if matches!(
            self.w(end),
            "EDT" | "EST" | "GMT" | "CST" | "PST" | "PDT" | "CDT" | "UTC" | "BST"
        ) {
            end += 1;
        }
        let (end, date) = self.day_after(end).unwrap_or((end, date));
        Self::mk(
            i,
            end,
            TimexKind::Time,
            Some(format!("{date}T{h:02}:{min:02}")),
        )
    }

    /// A day right after a clock time ("10 p.m. Wednesday", "noon Thursday", "5 p.m. EST,
    /// Nov. 9"): the end token and the day's date.
    fn day_after(&self, k: usize) -> Option<(usize, String)> {
        let k = if self.w(k) == "," { k + 1 } else { k };
        let day = match self.l(k) {
            "today" | "tonight" => Some(Self::mk(
                k,
                k + 1,
                TimexKind::Date,
                self.reference.map(ymd),
            )?),
            "yesterday" => Some(Self::mk(
                k,
                k + 1,
                TimexKind::Date,
                self.reference.and_then(|r| add_days(r, -1)).map(ymd),
            )?),
            "tomorrow" => Some(Self::mk(
                k,
                k + 1,
                TimexKind::Date,
                self.reference.and_then(|r| add_days(r, 1)).map(ymd),
            )?),
            _ => self.weekday(k).or_else(|| self.absolute(k)),
        }?;
        let v = day.value?;
        (v.len() == 10 && day.a == k).then_some((day.b, v))
    }

    fn set(&self, i: usize) -> Option<Timex> {
        let l = self.l(i);
        let one = |v: &str| Self::mk(i, i + 1, TimexKind::Set, Some(v.to_owned()));
        // "China Daily", "The Weekly Standard": capitalised mid-sentence, a name.
        if self.doc.tokens.get(i).is_some_and(|t| t.cap) && !self.doc.sentence_initial(i) {
            return None;
        }
        match l {
            "daily" => return one("P1D"),
            "weekly" => return one("P1W"),
            "monthly" => return one("P1M"),
            "annually" | "yearly" | "annual" if l != "annual" => return one("P1Y"),
            "hourly" => return one("PT1H"),
            _ => {}
        }
        if matches!(l, "every" | "each" | "per") {
            if let Some((u, clock)) = unit_of(self.l(i + 1)) {
                let v = if clock {
                    format!("PT1{u}")
                } else {
                    format!("P1{u}")
                };
                return Self::mk(i, i + 2, TimexKind::Set, Some(v));
            }
            if let Some(wd) = weekday_of(self.w(i + 1)) {
                return Self::mk(
                    i,
                    i + 2,
                    TimexKind::Set,
                    Some(format!("XXXX-WXX-{}", wd + 1)),
                );
            }
        }
        // "$5 a year", "twice a week".
        if matches!(l, "a" | "an") && i > 0 {
            let prev = self.doc.tokens.get(i - 1)?;
            let pl = self.l(i - 1);
            let money = prev.kind == TokKind::Number
                || matches!(
                    pl,
                    "million"
                        | "billion"
                        | "trillion"
                        | "percent"
                        | "%"
                        | "twice"
                        | "once"
                        | "times"
                        | "dollars"
                        | "cents"
                );
            if money && let Some((u, clock)) = unit_of(self.l(i + 1)) {
                let v = if clock {
                    format!("PT1{u}")
                } else {
                    format!("P1{u}")
                };
                return Self::mk(i, i + 2, TimexKind::Set, Some(v));
            }
        }
        None
    }

    fn year_alone(&self, i: usize) -> Option<Timex> {
        let y = self.year_at(i)?;
        let prev = if i > 0 { self.w(i - 1) } else { "" };
        if matches!(prev, "$" | "£" | "€" | "No." | "#")
            || self.hyphen_at(i + 1) && self.year_at(i + 2).is_none()
        {
            return None;
        }
        if matches!(self.l(i + 1), "%" | "percent") {
            return None;
        }
        // "fiscal 1990" keeps its value; "in 2018" is a date of its own.
        let a = if i > 0 && self.l(i - 1) == "fiscal" {
            i - 1
        } else {
            i
        };
        let v = format!("{y:04}");
        Self::mk(a, i + 1, TimexKind::Date, Some(v))
    }
}

fn unit_or_num(m: &Matcher<'_, '_>, k: usize) -> bool {
    unit_of(m.l(k)).is_some() || m.count(k).is_some()
}

/// TimeML extents take in the modifiers of a length ("nearly forty years", "more than four
/// hours") and of a day ("Earlier Sunday", "later yesterday").
fn widen(doc: &Doc<'_>, t: &mut Timex, floor: usize) {
    let low = |k: usize| doc.low(k);
    if t.kind == TimexKind::Duration {
        let a = t.a;
        if a >= floor + 3 && low(a - 3) == "no" && low(a - 2) == "more" && low(a - 1) == "than" {
            t.a -= 3;
        } else if a >= floor + 2
            && matches!(
                (low(a - 2), low(a - 1)),
                ("more" | "less" | "fewer", "than") | ("at", "least") | ("up", "to")
            )
        {
            t.a -= 2;
        } else if a > floor
            && matches!(
                low(a - 1),
                "nearly" | "almost" | "about" | "approximately" | "around" | "roughly" | "some"
            )
        {
            t.a -= 1;
        }
        return;
    }
    let first = low(t.a);
    let dayish = weekday_of(doc.tok(t.a)).is_some()
        || matches!(first, "yesterday" | "today" | "tomorrow" | "tonight");
    if dayish && t.a > floor && matches!(low(t.a - 1), "earlier" | "later") {
        t.a -= 1;
    }
}

/// Find and resolve every temporal expression of the document.
#[must_use]
pub fn find(doc: &Doc<'_>, reference: Option<Date>) -> Vec<Timex> {
    let m = Matcher {
        doc,
        reference,
        anchor: std::cell::RefCell::new(None),
    };
    let mut out: Vec<Timex> = Vec::new();
    let mut i = 0;
    let n = doc.tokens.len();
    while i < n {
        let found = m.at(i).or_else(|| {
            if doc.tokens.get(i).is_some_and(|t| t.kind == TokKind::Number) {
                m.year_alone(i)
            } else {
                None
            }
        });
        match found {
            Some(mut t) if t.b > t.a && m.same_sentence(t.a, t.b - 1) => {
                widen(doc, &mut t, out.last().map_or(0, |p| p.b));
                // A "the" the match swallowed before `i` must not overlap the previous one.
                if out.last().is_some_and(|p| p.b > t.a) {
                    i += 1;
                    continue;
                }
                i = t.b;
                let explicit_quarter = m.quarter(t.a).is_some_and(|q| q.b == t.b)
                    && (t.a..t.b)
                        .any(|k| matches!(doc.low(k), "first" | "second" | "third" | "fourth"));
                if explicit_quarter
                    && let Some(v) = t.value.as_deref()
                    && let Some((y, q)) = v.split_once("-Q")
                    && let (Ok(y), Ok(q)) = (y.parse::<i16>(), q.parse::<u8>())
                {
                    *m.anchor.borrow_mut() = Some((y, q));
                }
                out.push(t);
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::tokenize;

    fn values(text: &str, reference: &str) -> Vec<(String, String)> {
        let doc = tokenize(text);
        let r: Date = reference.parse().ok().unwrap_or_else(|| panic!("date"));
        find(&doc, Some(r))
            .into_iter()
            .map(|t| {
                (
                    doc.span_str(t.a, t.b).to_owned(),
                    t.value.unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn weekdays_resolve_by_tense() {
        // 2024-03-13 is a Wednesday.
        let v = values(
            "The minister will fly to Oslo on Sunday. She spoke Tuesday night with aides.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            vec![
                ("Sunday".into(), "2024-03-17".into()),
                ("Tuesday night".into(), "2024-03-12TNI".into())
            ]
        );
    }

    #[test]
    fn months_take_the_year_the_tense_needs() {
        let v = values(
            "Talks collapsed in November. A summit is planned for June 21.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            vec![
                ("November".into(), "2023-11".into()),
                ("June 21".into(), "2024-06-21".into())
            ]
        );
    }

    #[test]
    fn relative_expressions_and_durations() {
        let v = values(
            "Prices rose last week and have doubled over the past three years, officials said this weekend.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            vec![
                ("last week".into(), "2024-W10".into()),
                ("the past three years".into(), "P3Y".into()),
                ("this weekend".into(), "2024-W11-WE".into()),
            ]
        );
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        let v = values(
            "The court may rule on it, but the vote in May 2020 stands.",
            "2024-03-13",
        );
        assert_eq!(v, vec![("May 2020".into(), "2020-05".into())]);
    }
}
