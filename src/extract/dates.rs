//! Temporal expressions (TimeML TIMEX3): recognise them over tokens, then resolve each to a
//! TimeML value against the reference date, using the tense of its clause for weekdays and
//! months without a year.

use jiff::civil::Date;
use rustc_hash::FxHashMap;

use super::events::is_irregular_past;
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

/// How sure a word is about its clause's tense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    /// An auxiliary, a modal or "to" before a verb.
    Aux,
    /// A verb form.
    Verb,
    /// "to" before a verb: what is to happen, often relative to another event.
    Infinitive,
    /// A reporting verb or a time word: it dates something, maybe not this.
    Weak,
}

/// Which quarter "the … quarter" starts from.
#[derive(Clone, Copy)]
enum QuarterBase {
    /// The quarter the text last named, else the last completed one.
    Anchor,
    /// The last completed quarter ("the latest quarter").
    Latest,
    /// The quarter the reference date is in.
    Current,
    /// The one before the quarter the text last named, else the last completed one ("the
    /// previous quarter").
    Before,
}

/// Whether "the … quarter" is a year before its base.
#[derive(Clone, Copy)]
enum YearBack {
    No,
    Yes,
    /// Only when the phrase goes on to say so ("the comparable quarter a year ago").
    IfSaid,
}

/// A time zone as news writes it after a clock time ("10 a.m. EDT", "1900 GMT").
fn is_time_zone(w: &str) -> bool {
    matches!(
        w,
        "EDT" | "EST" | "GMT" | "CST" | "PST" | "PDT" | "CDT" | "UTC" | "BST" | "CET" | "CEST"
    )
}

/// Whether a lower-case word is an ordinal spelled out, "first" to "twentieth".
#[must_use]
pub fn spelled_ordinal(lower: &str) -> bool {
    SPELLED_ORDINALS.contains(&lower)
}

/// "first" to "twentieth", as transcripts spell days of the month.
const SPELLED_ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// Verbs of saying: next to a date, the date is the day it was said.
fn is_reporting(l: &str) -> bool {
    matches!(
        l,
        "said"
            | "told"
            | "announced"
            | "reported"
            | "added"
            | "stated"
            | "disclosed"
            | "confirmed"
            | "declared"
            | "insisted"
            | "warned"
            | "predicted"
            | "wrote"
            | "noted"
    )
}

/// Words of agreeing or deciding that an infinitive of what is to happen follows ("agreed to
/// buy", "an agreement to acquire").
fn is_commitment(l: &str) -> bool {
    matches!(
        l,
        "agreed"
            | "agrees"
            | "agree"
            | "agreement"
            | "decided"
            | "decision"
            | "promised"
            | "pledged"
            | "vowed"
            | "offered"
            | "voted"
            | "approved"
            | "authorized"
            | "deal"
            | "pact"
            | "accord"
            | "contract"
    )
}

/// Whether a lower-case word ending in "ed" is a past form rather than a base verb or an
/// adjective ("succeed", "need", "unprecedented", "preferred shares").
fn is_past_form(l: &str) -> bool {
    if l.ends_with("eed") {
        return matches!(
            l,
            "agreed" | "freed" | "decreed" | "guaranteed" | "refereed"
        );
    }
    !(l.starts_with("un")
        || matches!(
            l,
            "preferred"
                | "limited"
                | "based"
                | "related"
                | "united"
                | "detailed"
                | "advanced"
                | "experienced"
                | "talented"
                | "alleged"
                | "supposed"
                | "concerned"
                | "armed"
                | "interested"
                | "skilled"
                | "married"
                | "retired"
                | "elected"
                | "proposed"
                | "expected"
                | "estimated"
                | "scheduled"
                | "planned"
                | "so-called"
                | "red"
                | "bed"
                | "hundred"
                | "speed"
                | "shed"
                | "wed"
                | "need"
        ))
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

/// Whether a capitalised word names a month or a weekday ("May", "Tue.").
#[must_use]
pub fn day_or_month(w: &str) -> bool {
    month_of(w).is_some() || weekday_of(w).is_some()
}

/// Weekday index (Monday = 0) of a capitalised weekday name or abbreviation.
#[must_use]
pub fn weekday_of(w: &str) -> Option<i8> {
    let w = w.trim_end_matches('.');
    // "Tuesdays": every Tuesday (see `Matcher::weekday`).
    let w = w
        .strip_suffix('s')
        .filter(|s| s.ends_with("day"))
        .unwrap_or(w);
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

/// The value of a number word ("two" → 2, "a" → 1).
pub(super) fn number_word(l: &str) -> Option<u32> {
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
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
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
pub(super) fn unit_of(l: &str) -> Option<(&'static str, bool)> {
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

pub(super) fn part_of_day(l: &str) -> Option<&'static str> {
    match l {
        "morning" | "mornings" => Some("MO"),
        "afternoon" | "afternoons" => Some("AF"),
        "evening" | "evenings" => Some("EV"),
        "night" | "nights" | "overnight" => Some("NI"),
        _ => None,
    }
}

/// Whether `p` is a TimeML part-of-day code ("MO", "NI").
fn part_of_day_code(p: &str) -> bool {
    matches!(p, "MO" | "AF" | "EV" | "NI")
}

pub(super) fn season_of(l: &str) -> Option<&'static str> {
    match l {
        "spring" => Some("SP"),
        "summer" => Some("SU"),
        "fall" | "autumn" => Some("FA"),
        "winter" => Some("WI"),
        _ => None,
    }
}

/// The decade digit of "the nineties" (of the twentieth century, as news means them).
fn decade_word(l: &str) -> Option<char> {
    Some(match l {
        "twenties" => '2',
        "thirties" => '3',
        "forties" => '4',
        "fifties" => '5',
        "sixties" => '6',
        "seventies" => '7',
        "eighties" => '8',
        "nineties" => '9',
        _ => return None,
    })
}

/// Month a season starts in (northern hemisphere, as the TimeML values assume).
fn season_start(s: &str) -> i8 {
    match s {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    }
}

/// The `n`th (1-based; 5 = last) weekday `wd` (Monday = 0) of a month.
/// The last quarter that has ended on `r`.
fn completed_quarter(r: Date) -> (i16, i8) {
    let q = (r.month() - 1) / 3;
    if q == 0 {
        (r.year() - 1, 4)
    } else {
        (r.year(), q)
    }
}

fn nth_weekday(y: i16, mo: i8, wd: i8, n: i8) -> Option<Date> {
    let first = Date::new(y, mo, 1).ok()?;
    let off = (wd - first.weekday().to_monday_zero_offset()).rem_euclid(7);
    if n == 5 {
        let last = first.last_of_month();
        let back = (last.weekday().to_monday_zero_offset() - wd).rem_euclid(7);
        return add_days(last, -i64::from(back));
    }
    add_days(first, i64::from(off) + 7 * i64::from(n - 1))
}

/// Easter Sunday (Gregorian computus).
fn easter(y: i16) -> Option<Date> {
    let y = i32::from(y);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// A named day of the (US and Christian) calendar that news dates events by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Holiday {
    Fixed(i8, i8),
    /// The `n`th weekday of a month (5 = the last).
    Nth(i8, i8, i8),
    /// Days after Easter Sunday.
    Easter(i8),
    /// US Election Day: the Tuesday after the first Monday of November.
    Election,
}

impl Holiday {
    fn on(self, y: i16) -> Option<Date> {
        match self {
            Self::Fixed(m, d) => Date::new(y, m, d).ok(),
            Self::Nth(m, wd, n) => nth_weekday(y, m, wd, n),
            Self::Easter(off) => add_days(easter(y)?, i64::from(off)),
            Self::Election => add_days(nth_weekday(y, 11, 0, 1)?, 1),
        }
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

/// Words that make a time on their own or with function words ("the past", "a later date",
/// "these days", "the end of", "the same day").
const TIME_KEYWORDS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "now",
    "currently",
    "nowadays",
    "recently",
    "lately",
    "current",
    "future",
    "past",
    "present",
    "recent",
    "term",
    "earlier",
    "later",
    "date",
    "while",
    "period",
    "latest",
    "fiscal",
    "daily",
    "weekly",
    "monthly",
    "annually",
    "yearly",
    "annual",
    "hourly",
    "noon",
    "midday",
    "midnight",
    "half",
    "end",
    "beginning",
    "start",
    "middle",
    "close",
    "turn",
    "moment",
    "time",
    "times",
    "ago",
    "next",
    "last",
    "coming",
    "previous",
    "preceding",
    "prior",
    "following",
    "same",
    "q1",
    "q2",
    "q3",
    "q4",
];

/// Lower-case words (a final period dropped) that can carry a time expression: months,
/// weekdays, units, parts of the day, seasons, decades, number words, ordinals, the first
/// words of holidays and [`TIME_KEYWORDS`]. A pattern that starts with a function word ("the",
/// "a", "that") holds one of them within its first seven tokens, which lets the matcher skip
/// most function words at once. `tests::the_time_vocabulary_covers_every_time_word` checks
/// it against the word tests the patterns use.
static TIME_VOCABULARY: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        let months = [
            "january",
            "jan",
            "february",
            "feb",
            "march",
            "mar",
            "april",
            "apr",
            "may",
            "june",
            "jun",
            "july",
            "jul",
            "august",
            "aug",
            "september",
            "sept",
            "sep",
            "october",
            "oct",
            "november",
            "nov",
            "december",
            "dec",
        ];
        let weekdays = [
            "monday",
            "mon",
            "tuesday",
            "tue",
            "tues",
            "wednesday",
            "wed",
            "thursday",
            "thu",
            "thur",
            "thurs",
            "friday",
            "fri",
            "saturday",
            "sat",
            "sunday",
            "sun",
            "mondays",
            "tuesdays",
            "wednesdays",
            "thursdays",
            "fridays",
            "saturdays",
            "sundays",
        ];
        let units = [
            "year",
            "years",
            "yr",
            "yrs",
            "month",
            "months",
            "week",
            "weeks",
            "day",
            "days",
            "weekend",
            "weekends",
            "decade",
            "decades",
            "century",
            "centuries",
            "quarter",
            "quarters",
            "hour",
            "hours",
            "minute",
            "minutes",
            "second",
            "seconds",
        ];
        let parts = [
            "morning",
            "mornings",
            "afternoon",
            "afternoons",
            "evening",
            "evenings",
            "night",
            "nights",
            "overnight",
            "spring",
            "summer",
            "fall",
            "autumn",
            "winter",
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ];
        let numbers = [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "hundred",
            "twenty-first",
        ];
        let holidays = [
            "christmas",
            "thanksgiving",
            "easter",
            "good",
            "halloween",
            "election",
            "independence",
            "labor",
            "labour",
            "memorial",
            "veterans",
            "armistice",
            "boxing",
            "new",
            "valentine",
        ];
        [
            &months[..],
            &weekdays,
            &units,
            &parts,
            &numbers,
            &holidays,
            SPELLED_ORDINALS,
            TIME_KEYWORDS,
        ]
        .concat()
        .into_iter()
        .collect()
    });

/// Two stand-in reference dates (year, month, day) far apart, on different weekdays, months
/// and quarters: an expression whose value differs between them depends on the reference.
const PROBES: [(i16, i8, i8); 2] = [(1987, 3, 11), (2003, 10, 25)];

struct Matcher<'d, 'a> {
    doc: &'d Doc<'a>,
    /// The date relative expressions resolve against. Without one, [`Matcher::at`] sets a
    /// stand-in for a moment to learn which expressions are relative (see [`PROBES`]).
    reference: std::cell::Cell<Option<Date>>,
    /// True when the article has no reference date of its own.
    unplaced: bool,
    /// The last quarter the text named: "a year earlier" and "the quarter" refer to it.
    anchor: std::cell::RefCell<Option<(i16, u8)>>,
    /// The value of the last quarter the text named, whichever ("the year-ago quarter"
    /// too): "that quarter" is it.
    last_quarter: std::cell::RefCell<Option<String>>,
    /// The last date the text stated with its year ("1996", "Oct. 23, 1998"), as a value.
    last_explicit: std::cell::RefCell<Option<String>>,
    /// The last day the text named, however ("on Tuesday", "March 3", "yesterday"): "the
    /// next day" and "that night" count from it.
    last_day: std::cell::Cell<Option<Date>>,
    /// Per token: whether it is a time word (see [`time_words`]).
    time_word: Vec<bool>,
    /// Per token, its text and its lower-case form: the patterns read each token's words
    /// dozens of times, and a slot read is cheaper than slicing the text every time.
    words: Vec<(&'d str, &'d str)>,
    /// The story reports a game (see [`is_game_report`]): its quarters and halves are periods
    /// of play, not of the calendar.
    game: bool,
}

impl<'d> Matcher<'d, '_> {
    fn w(&self, k: usize) -> &'d str {
        self.words.get(k).map_or("", |p| p.0)
    }

    fn l(&self, k: usize) -> &'d str {
        self.words.get(k).map_or("", |p| p.1)
    }

    fn is_num(&self, k: usize) -> bool {
        self.doc
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Number)
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.doc.same_sentence(a, b)
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

    /// A year at token `k`, in digits or spelled out as broadcasts transcribe it
    /// ("nineteen ninety-six", "two thousand"), and the token after it.
    fn year_span(&self, k: usize) -> Option<(i16, usize)> {
        if let Some(y) = self.year_at(k) {
            return Some((y, k + 1));
        }
        let tens_unit = |j: usize| -> Option<(i16, usize)> {
            let t = match self.l(j) {
                "twenty" => 20,
                "thirty" => 30,
                "forty" => 40,
                "fifty" => 50,
                "sixty" => 60,
                "seventy" => 70,
                "eighty" => 80,
                "ninety" => 90,
                _ => return None,
            };
            if self.hyphen_at(j + 1)
                && let Some(u) = number_word(self.l(j + 2)).filter(|u| (1..=9).contains(u))
            {
                return Some((t + i16::try_from(u).ok()?, j + 3));
            }
            Some((t, j + 1))
        };
        match self.l(k) {
            c @ ("nineteen" | "eighteen" | "twenty") => {
                let hi: i16 = match c {
                    "nineteen" => 19,
                    "eighteen" => 18,
                    _ => 20,
                };
                let (lo, end) = if let Some(x) = tens_unit(k + 1) {
                    x
                } else if self.l(k + 1) == "oh"
                    && let Some(u) = number_word(self.l(k + 2)).filter(|u| (1..=9).contains(u))
                {
                    (i16::try_from(u).ok()?, k + 3)
                } else if let Some(u) = number_word(self.l(k + 1))
                    .filter(|u| (10..=19).contains(u))
                    .filter(|_| {
                        self.doc
                            .tokens
                            .get(k + 1)
                            .is_some_and(|t| t.kind == TokKind::Word)
                    })
                {
                    (i16::try_from(u).ok()?, k + 2)
                } else {
                    return None;
                };
                Some((hi * 100 + lo, end))
            }
            "two" if self.l(k + 1) == "thousand" => {
                let prev = if k > 0 { self.l(k - 1) } else { "" };
                let month_before = k > 0 && month_of(self.w(k - 1)).is_some();
                if !(month_before
                    || matches!(
                        prev,
                        "year" | "in" | "since" | "by" | "until" | "of" | "early" | "late"
                    ))
                {
                    return None;
                }
                let mut end = k + 2;
                let mut y = 2000;
                let j = if self.l(end) == "and" { end + 1 } else { end };
                if let Some((lo, e)) = tens_unit(j) {
                    y += lo;
                    end = e;
                } else if let Some(u) = number_word(self.l(j)).filter(|u| (1..=19).contains(u))
                    && self
                        .doc
                        .tokens
                        .get(j)
                        .is_some_and(|t| t.kind == TokKind::Word)
                {
                    y += i16::try_from(u).ok()?;
                    end = j + 1;
                }
                // "two thousand people" is a count.
                let next = self.doc.tokens.get(end);
                let nl = self.l(end);
                if next.is_some_and(|t| t.kind == TokKind::Word && !t.cap)
                    && nl.ends_with('s')
                    && !matches!(nl, "is" | "was" | "has" | "as" | "this" | "its" | "his")
                {
                    return None;
                }
                Some((y, end))
            }
            _ => None,
        }
    }

    /// A holiday name at `k` ("Thanksgiving Day", "Christmas Eve", "Election Day") and the
    /// token after it.
    fn holiday_at(&self, k: usize) -> Option<(Holiday, usize)> {
        if !self.doc.tokens.get(k).is_some_and(|t| t.cap) {
            return None;
        }
        let next = self.w(k + 1);
        let day = next == "Day";
        let (h, end) = match self.w(k) {
            "Christmas" if next == "Eve" => (Holiday::Fixed(12, 24), k + 2),
            "Christmas" => (Holiday::Fixed(12, 25), k + if day { 2 } else { 1 }),
            "Thanksgiving" => (Holiday::Nth(11, 3, 4), k + if day { 2 } else { 1 }),
            "Easter" if next == "Sunday" => (Holiday::Easter(0), k + 2),
            "Easter" if next == "Monday" => (Holiday::Easter(1), k + 2),
            "Easter" => (Holiday::Easter(0), k + 1),
            "Good" if next == "Friday" => (Holiday::Easter(-2), k + 2),
            "Halloween" => (Holiday::Fixed(10, 31), k + 1),
            "Election" if day => (Holiday::Election, k + 2),
            "Independence" if day => (Holiday::Fixed(7, 4), k + 2),
            "Labor" | "Labour" if day => (Holiday::Nth(9, 0, 1), k + 2),
            "Memorial" if day => (Holiday::Nth(5, 0, 5), k + 2),
            "Veterans" | "Armistice" if day => (Holiday::Fixed(11, 11), k + 2),
            "Boxing" if day => (Holiday::Fixed(12, 26), k + 2),
            "New" if self.w(k + 1) == "Year" && self.w(k + 2) == "'s" => match self.w(k + 3) {
                "Eve" => (Holiday::Fixed(12, 31), k + 4),
                "Day" => (Holiday::Fixed(1, 1), k + 4),
                _ => return None,
            },
            "Valentine" if next == "'s" && self.w(k + 2) == "Day" => (Holiday::Fixed(2, 14), k + 3),
            // "April Fools' Day", "April Fool's Day", "April Fools Day".
            "April" if matches!(next, "Fool" | "Fools") => {
                let d = if matches!(self.w(k + 2), "'s" | "’s" | "'" | "’") {
                    k + 3
                } else {
                    k + 2
                };
                if self.w(d) != "Day" {
                    return None;
                }
                (Holiday::Fixed(4, 1), d + 1)
            }
            "May" if day => (Holiday::Fixed(5, 1), k + 2),
            _ => return None,
        };
        Some((h, end))
    }

    /// "Thanksgiving Day", "last Christmas", "Christmas 1998": the holiday's date that year.
    fn holiday(&self, i: usize) -> Option<Timex> {
        let (dir, k) = match self.l(i) {
            "last" | "this" | "next" | "past" | "coming" => (Some(self.l(i)), i + 1),
            _ => (None, i),
        };
        let (h, mut end) = self.holiday_at(k)?;
        let r = self.reference.get();
        let date = if let Some((y, e)) = self.year_span(end) {
            end = e;
            h.on(y)
        } else if let Some(r) = r {
            let this = h.on(r.year())?;
            let back = h.on(r.year() - 1)?;
            let ahead = h.on(r.year() + 1)?;
            let tense = match dir {
                Some("last" | "past") => Tense::Past,
                Some("next" | "coming") => Tense::Future,
                Some(_) => Tense::Unknown,
                None => self.tense(k, end),
            };
            Some(match tense {
                Tense::Past if this > r => back,
                Tense::Future if this < r => ahead,
                Tense::Unknown if (this - r).get_days() > 182 => back,
                Tense::Unknown if (r - this).get_days() > 182 => ahead,
                _ => this,
            })
        } else {
            None
        };
        let start = if dir.is_some() { i } else { k };
        // "Easter week", "Christmas week": the week the holiday falls in; a week already
        // begun is this one, whatever the tense.
        if self.l(end) == "week" {
            let this = r.and_then(|r| h.on(r.year()).map(|d| (r, d)));
            let date = match this {
                Some((r, d)) if r <= d && (d - r).get_days() < 7 => Some(d),
                _ => date,
            };
            return Self::mk(start, end + 1, TimexKind::Date, date.map(week_value));
        }
        Self::mk(start, end, TimexKind::Date, date.map(ymd))
    }

    /// Not a time at all: a title in capitals ("This Week", "60 Minutes", "High Noon",
    /// "March for Life").
    fn is_title(&self, t: &Timex) -> bool {
        // "the quarter-to-quarter comparison", "year-to-year changes": a compound adjective.
        if self.hyphen_at(t.b) && self.l(t.b + 1) == "to" && self.hyphen_at(t.b + 2) {
            return true;
        }
        let sentence_start = self
            .doc
            .tokens
            .get(t.a)
            .and_then(|x| self.doc.sentences.get(x.sent))
            .map_or(0, |s| s.tok_start);
        // A capitalised unit word after a capitalised word or a number, mid-sentence.
        let titled = self.holiday_at(t.a).is_none()
            && (t.a..t.b).any(|k| {
                let w = self.w(k);
                let l = self.l(k);
                let prev_titled = k > 0
                    && (self.doc.tokens.get(k - 1).is_some_and(|x| x.cap) || self.is_num(k - 1));
                self.doc.tokens.get(k).is_some_and(|x| x.cap)
                    && (unit_of(l).is_some() || matches!(l, "noon" | "midnight" | "today"))
                    && k > sentence_start + 1
                    && prev_titled
                    && w != w.to_uppercase()
            });
        if titled {
            return true;
        }
        // "March for Life", "the March of the Combatant People".
        let month_only = t.b == t.a + 1 && month_of(self.w(t.a)).is_some();
        if month_only
            && matches!(self.l(t.b), "for" | "of" | "on")
            && {
                let name = if self.l(t.b + 1) == "the" {
                    t.b + 2
                } else {
                    t.b + 1
                };
                self.doc.tokens.get(name).is_some_and(|x| x.cap)
            }
            && self.year_span(t.b + 1).is_none()
        {
            return true;
        }
        false
    }

    /// Not a time, though its words read as one: the ordinal "a second" before its noun, a
    /// number among the digit groups of a phone number, a count or a measure, the number of a
    /// resolution or a model, and a month cut out of "April Fools".
    fn not_a_time(&self, t: &Timex) -> bool {
        self.ordinal_second(t)
            || self.game_period(t)
            || (t.b == t.a + 1 && self.year_at(t.a).is_some() && self.numbered_not_a_year(t.a))
            || (month_of(self.w(t.a)).is_some()
                && t.b == t.a + 1
                && matches!(self.w(t.b), "Fool" | "Fools"))
    }

    /// "early in the second quarter", "a first-half goal", "to close the quarter" in a game
    /// report: a period of play. A quarter with its year or its fiscal year stays a date.
    fn game_period(&self, t: &Timex) -> bool {
        self.game
            && t.kind == TimexKind::Date
            && (t.a..t.b).any(|k| matches!(self.l(k), "quarter" | "half"))
            && !(t.a..t.b)
                .any(|k| self.is_num(k) || matches!(self.l(k), "fiscal" | "year" | "years" | "fy"))
    }

    /// "for a second time", "a second straight month", "many second order effects": "second"
    /// ranks the noun after it. "For a second, nobody spoke", "a second later" and "not for a
    /// second believe" (a verb after it) are a length.
    fn ordinal_second(&self, t: &Timex) -> bool {
        if t.kind != TimexKind::Duration || t.b < t.a + 2 || self.l(t.b - 1) != "second" {
            return false;
        }
        // "a 21 second quarter" (after a score, "32-21"): a period ranked, whatever counts it.
        if matches!(
            self.l(t.b),
            "quarter" | "half" | "period" | "round" | "inning"
        ) {
            return true;
        }
        if !matches!(self.l(t.b - 2), "a" | "an" | "many" | "several" | "few") {
            return false;
        }
        let next = self.l(t.b);
        let lowered =
            self.doc.tokens.get(t.b).is_some_and(|x| {
                x.kind == TokKind::Word && !x.cap && self.same_sentence(t.b - 1, t.b)
            });
        lowered
            && !matches!(
                next,
                "later"
                    | "earlier"
                    | "after"
                    | "before"
                    | "ago"
                    | "longer"
                    | "more"
                    | "less"
                    | "too"
                    | "or"
                    | "and"
                    | "then"
                    | "while"
                    | "so"
                    | "now"
                    | "here"
                    | "there"
                    | "as"
                    | "until"
                    | "when"
                    | "but"
            )
            && super::wordstats::stat(next).is_some_and(|s| s.noun || s.adj)
    }

    /// A four-digit number at `k` that is no year: one group of a phone number ("0800 107
    /// 2149", "303-954-1209"), a count or a measure ("by 1500 points", "a 2000 calorie diet",
    /// "1200 g"), or the number of a resolution, a bill or a model ("resolution 1973", "H.R.
    /// 1255", "Local 1021", "RTX 2080").
    fn numbered_not_a_year(&self, k: usize) -> bool {
        self.in_digit_run(k) || self.counted_after(k) || self.numbered_by(k) || self.cited_page(k)
    }

    /// "2015;38(12):1211–8", "2000;284:1677-82", "2014;2014": the first page or the volume of
    /// a reference in a list, pressed against the ":" or ";" after a volume or a year.
    fn cited_page(&self, k: usize) -> bool {
        let tight = |j: usize| self.doc.tokens.get(j).is_some_and(|t| !t.space_before);
        k >= 2
            && matches!(self.w(k - 1), ":" | ";")
            && tight(k)
            && tight(k - 1)
            && (self.w(k - 2) == ")" || self.is_num(k - 2))
    }

    /// Digit groups joined by spaces or hyphens with a three-digit group or a leading zero
    /// among them are a phone or account number; "1996-1997" and "03-10-2004" are dates.
    fn in_digit_run(&self, k: usize) -> bool {
        let digits = |j: usize| self.is_num(j) && self.w(j).bytes().all(|b| b.is_ascii_digit());
        let tight = |j: usize| self.doc.tokens.get(j).is_some_and(|t| !t.space_before);
        // The neighbour group before or after `k`, joined by a space or a tight hyphen.
        let step = |j: usize, back: bool| -> Option<usize> {
            let (near, far) = if back {
                (j.checked_sub(1)?, j.checked_sub(2)?)
            } else {
                (j + 1, j + 2)
            };
            if !self.same_sentence(j, near) {
                return None;
            }
            if digits(near) && !tight(if back { j } else { near }) {
                return Some(near);
            }
            let hyphen = self.w(near) == "-" && tight(near) && tight(if back { j } else { far });
            (hyphen && digits(far) && self.same_sentence(j, far)).then_some(far)
        };
        let mut groups = vec![k];
        for back in [true, false] {
            let mut j = k;
            while let Some(n) = step(j, back) {
                groups.push(n);
                j = n;
                if groups.len() > 6 {
                    break;
                }
            }
        }
        groups.len() > 1
            && groups.iter().any(|&j| {
                let w = self.w(j);
                w.len() == 3 || (w.len() >= 3 && w.starts_with('0'))
            })
    }

    /// "by 1500 points", "roughly 2000 people", "a 2000 calorie diet", "1125 ml": a number
    /// before what it counts or measures. (A year names a few of these too, "the 2016
    /// votes": after an article or a possessive the number stays a year.)
    fn counted_after(&self, k: usize) -> bool {
        let owned = k > 0
            && (matches!(
                self.l(k - 1),
                "the" | "its" | "their" | "his" | "her" | "our" | "this" | "that" | "those"
            ) || self
                .doc
                .tokens
                .get(k - 1)
                .is_some_and(|t| t.kind == TokKind::Possessive));
        !owned
            && matches!(
                self.l(k + 1),
                "points"
                    | "pts"
                    | "people"
                    | "persons"
                    | "shares"
                    | "votes"
                    | "calorie"
                    | "calories"
                    | "kcal"
                    | "g"
                    | "kg"
                    | "mg"
                    | "ml"
                    | "km"
                    | "mph"
                    | "rpm"
                    | "mah"
                    | "metres"
                    | "meters"
                    | "feet"
                    | "miles"
                    | "words"
                    | "pixels"
            )
    }

    /// "resolution 1973", "H.R. 1255", "Local 1021", "Flight 1549": a word that takes a
    /// number to name one of its kind.
    fn numbered_by(&self, k: usize) -> bool {
        if k == 0 || !self.same_sentence(k - 1, k) {
            return false;
        }
        // "the local 2014 elections": only the union's "Local" is a name.
        (self.w(k - 1) == "Local")
            || matches!(
                self.l(k - 1),
                "resolution"
                    | "h.r."
                    | "flight"
                    | "route"
                    | "highway"
                    | "interstate"
                    | "room"
                    | "suite"
                    | "p."
                    | "pp."
                    | "page"
                    | "pages"
                    | "article"
                    | "section"
                    | "chapter"
                    | "rtx"
                    | "gtx"
            )
    }

    /// "April 24 and 25": the second day of the same month.
    fn second_day(&self, t: &Timex) -> Option<Timex> {
        let v = t.value.as_deref()?;
        if t.kind != TimexKind::Date || v.len() != 10 || !matches!(self.l(t.b), "and" | "or") {
            return None;
        }
        let k = t.b + 1;
        let d = self.day_at(k)?;
        if !self.is_num(k) || unit_of(self.l(k + 1)).is_some() || month_of(self.w(k + 1)).is_some()
        {
            return None;
        }
        let first: Date = v.parse().ok()?;
        let date = Date::new(first.year(), first.month(), d).ok()?;
        Self::mk(k, k + 1, TimexKind::Date, Some(ymd(date)))
    }

    /// Remember the last year (and month, and day) the text stated outright, for "that year",
    /// "the following month", "later that day".
    fn note_explicit(&self, t: &Timex) {
        // A year, or a month (with or without its day): "In March, …  The following month".
        let explicit = (t.a..t.b).any(|k| self.year_span(k).is_some())
            || (t.a..t.b).any(|k| {
                month_of(self.w(k)).is_some() && self.doc.tokens.get(k).is_some_and(|x| x.cap)
            });
        if explicit && let Some(v) = t.value.as_deref() {
            let v = v.get(..10.min(v.len())).unwrap_or(v);
            if v.len() >= 4 && v.bytes().take(4).all(|b| b.is_ascii_digit()) {
                *self.last_explicit.borrow_mut() = Some(v.to_owned());
            }
        }
    }

    /// "that year", "the same year", "later that year", "the following year/month", "the
    /// previous year", "that day": resolved against the last date the text stated, falling
    /// back to the reference date.
    fn anaphoric(&self, i: usize) -> Option<Timex> {
        let mut k = i;
        if matches!(self.l(k), "earlier" | "later") {
            k += 1;
        }
        let (shift, unit_at): (i64, usize) = match (self.l(k), self.l(k + 1)) {
            ("that", _) => (0, k + 1),
            ("the", "same") => (0, k + 2),
            ("the", "following") => (1, k + 2),
            ("the", "previous" | "preceding" | "prior") => (-1, k + 2),
            _ => return None,
        };
        // "that week" and "that quarter" are left to the other patterns.
        let unit = self.l(unit_at);
        // "the following week", "the previous week": the week after or before the last day the
        // text named (else the reference date's). "over the previous week" is a length.
        let span = i > 0 && matches!(self.l(i - 1), "over" | "for" | "during" | "throughout");
        if unit == "week" && shift != 0 && !span && !self.hyphen_at(unit_at + 1) {
            let d = self.last_day.get().or_else(|| self.reference.get())?;
            let v = week_value(add_days(d, 7 * shift)?);
            return Self::mk(i, unit_at + 1, TimexKind::Date, Some(v));
        }
        if !matches!(unit, "year" | "month" | "day") {
            return None;
        }
        // "the following year" after a stated year; without one, the reference.
        let anchor = self.last_explicit.borrow().clone();
        let base = match &anchor {
            Some(a) => a.clone(),
            None if shift == 0 => return None,
            None => ymd(self.reference.get()?),
        };
        let y: i16 = base.get(..4)?.parse().ok()?;
        let v = match unit {
            "year" => format!("{:04}", i64::from(y) + shift),
            "month" => {
                let mo: i8 = base.get(5..7)?.parse().ok()?;
                ym(add_months(Date::new(y, mo, 1).ok()?, shift)?)
            }
            _ => {
                let d: Date = base.get(..10)?.parse().ok()?;
                ymd(add_days(d, shift)?)
            }
        };
        // "the following day" is usually a day after an event, not a stated date.
        if unit == "day" && anchor.as_deref().is_none_or(|a| a.len() < 10) {
            return None;
        }
        Self::mk(i, unit_at + 1, TimexKind::Date, Some(v))
    }

    /// Remember the day a date or a part of a day names. A clock time still on the reference
    /// day may be waiting for its own day (see `anchor_clock_times`), so it names none.
    fn note_day(&self, t: &Timex) {
        let Some(v) = t.value.as_deref() else {
            return;
        };
        let Some(d) = v.get(..10).and_then(|d| d.parse::<Date>().ok()) else {
            return;
        };
        let clock = v.len() > 10 && !v.get(11..).is_some_and(part_of_day_code);
        if t.kind == TimexKind::Date || (t.kind == TimexKind::Time && !clock) {
            self.last_day.set(Some(d));
        }
    }

    /// "the next day", "the following morning", "the previous night", "the night before",
    /// "that evening", "the same night": a day, or a part of one, counted from the last day
    /// the text named (the story's own day), else from the reference date.
    fn narrative(&self, i: usize) -> Option<Timex> {
        let (shift, unit_at) = match (self.l(i), self.l(i + 1)) {
            ("the", "next" | "following") => (Some(1), i + 2),
            ("the", "previous" | "preceding" | "prior") => (Some(-1), i + 2),
            ("the", "same") => (Some(0), i + 2),
            ("that", _) => (Some(0), i + 1),
            // "the night before", "the day after": the direction comes after.
            ("the", _) => (None, i + 1),
            _ => return None,
        };
        let u = self.l(unit_at);
        let pod = part_of_day(u).filter(|_| u != "overnight" && !u.ends_with('s'));
        // "that day" is left to `anaphoric`, which wants a stated date: a bare one is often
        // any day ("redemptions that day").
        if (u != "day" || self.l(i) == "that") && pod.is_none() {
            return None;
        }
        let mut b = unit_at + 1;
        let shift = match shift {
            Some(s) => s,
            // Only when the clause ends there: "the day before the vote" is another day.
            None => {
                let s = match self.l(b) {
                    "before" => -1,
                    "after" => 1,
                    _ => return None,
                };
                let ends = self
                    .doc
                    .tokens
                    .get(b + 1)
                    .is_none_or(|t| t.kind == TokKind::Punct || !self.same_sentence(b, b + 1));
                if !ends {
                    return None;
                }
                b += 1;
                s
            }
        };
        // "over the next day or two", "within the next day" are lengths.
        let prev = if i > 0 { self.l(i - 1) } else { "" };
        if matches!(prev, "over" | "within" | "during" | "for") || self.l(b) == "or" {
            return None;
        }
        let base = self.last_day.get().or(self.reference.get());
        let day = base.and_then(|d| add_days(d, shift));
        let (kind, v) = match pod {
            Some(p) => (TimexKind::Time, day.map(|d| format!("{}T{p}", ymd(d)))),
            None => (TimexKind::Date, day.map(ymd)),
        };
        Self::mk(i, b, kind, v)
    }

    /// "the day before last Tuesday's hearing", "the day after Oct. 12": a day next to a
    /// stated one.
    fn day_next_to(&self, i: usize) -> Option<Timex> {
        let k = if self.l(i) == "the" { i + 1 } else { i };
        if self.l(k) != "day" {
            return None;
        }
        let shift = match self.l(k + 1) {
            "before" => -1,
            "after" => 1,
            _ => return None,
        };
        let j = k + 2;
        let inner = self
            .weekday(j)
            .or_else(|| self.absolute(j))
            .or_else(|| self.relative(j))?;
        let day: Date = inner
            .value
            .as_deref()
            .filter(|v| v.len() == 10)?
            .parse()
            .ok()?;
        let v = ymd(add_days(day, shift)?);
        Self::mk(i, inner.b, TimexKind::Date, Some(v))
    }

    /// "20th", "21st", "twentieth" as a number.
    fn ordinal_at(&self, k: usize) -> Option<u32> {
        let w = self.l(k);
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        if !digits.is_empty() && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th") {
            return digits.parse().ok();
        }
        Some(match w {
            "nineteenth" => 19,
            "twentieth" => 20,
            "eighteenth" => 18,
            "twenty-first" => 21,
            _ => return None,
        })
    }

    fn day_at(&self, k: usize) -> Option<i8> {
        let w = self.w(k);
        // "March eighth" in transcripts: a spelled ordinal right after a month.
        if k > 0 && month_of(self.w(k - 1)).is_some() {
            if let Some(n) = SPELLED_ORDINALS.iter().position(|o| *o == self.l(k)) {
                return i8::try_from(n + 1).ok();
            }
            if self.l(k) == "thirtieth" {
                return Some(30);
            }
        }
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
        self.tense_inner(a, b).0
    }

    /// The tense only when an auxiliary or a verb form says it: a reporting verb or a
    /// deadline says little about which year a month falls in.
    fn sure_tense(&self, a: usize, b: usize) -> Tense {
        match self.tense_inner(a, b) {
            (t, true) => t,
            (_, false) => Tense::Unknown,
        }
    }

    /// The tense of the clause around `a..b`, and whether a sure cue decided it.
    fn tense_inner(&self, a: usize, b: usize) -> (Tense, bool) {
        let Some(t) = self.doc.tokens.get(a) else {
            return (Tense::Unknown, false);
        };
        let Some(s) = self.doc.sentences.get(t.sent) else {
            return (Tense::Unknown, false);
        };
        let (lo, hi) = (s.tok_start, s.tok_end);
        // "said Tuesday", "said on Tuesday", "on Tuesday said": the day of the report.
        let before = |n: usize| if a >= lo + n { Some(a - n) } else { None };
        // "said on Tuesday", "told reporters Tuesday".
        let on = before(1).is_some_and(|k| {
            matches!(
                self.l(k),
                "on" | "late"
                    | "early"
                    | "reporters"
                    | "journalists"
                    | "lawmakers"
                    | "legislators"
                    | "parliament"
                    | "supporters"
                    | "delegates"
                    | "investors"
                    | "analysts"
                    | "him"
                    | "her"
                    | "them"
                    | "us"
            )
        });
        let near_before = if on { before(2) } else { before(1) };
        let near_after = if self.l(b) == "," { None } else { Some(b) };
        for k in [near_before, near_after].into_iter().flatten() {
            if k < hi && is_reporting(self.l(k)) {
                return (Tense::Past, true);
            }
        }
        // "set June 5 as the date for the polls", "fixed March 3 as the deadline": the date
        // set is what is to come, whenever it was set. (A weekday picked "as the time to
        // start" is often already gone by the time it is told.)
        if a > lo
            && matches!(
                self.l(a - 1),
                "set" | "fixed" | "picked" | "chose" | "named"
            )
            && self.l(b) == "as"
            && weekday_of(self.w(a)).is_none()
        {
            return (Tense::Future, true);
        }
        // The clause around the expression: up to 12 tokens before and 8 after, stopping at
        // quotes and semicolons (a new clause), the tokens after also at commas and at words
        // that open a subordinate clause. Each token carries its distance; a cue after the
        // expression counts as two tokens further than one before it.
        let mut window: Vec<(usize, usize)> = Vec::new();
        let mut k = a;
        while k > lo && a - k < 12 {
            k -= 1;
            if matches!(self.w(k), ";" | "“" | "\"" | "”" | "'" | "''" | "``" | "`") {
                break;
            }
            window.push((k, a - k));
        }
        // "On Tuesday, the league plans …": an opening expression belongs to the clause
        // after its comma.
        let opening = a <= lo + 1;
        // The clause after an opening day reaches further: its subject may be a long name.
        let reach = if opening { 16 } else { 8 };
        let cap = |k: usize| self.doc.tokens.get(k).is_some_and(|t| t.cap);
        for k in b..hi.min(b + reach) {
            if opening && k == b && self.w(k) == "," {
                continue;
            }
            // "the National Abortion and Reproductive Rights Action League plans …": an "and"
            // inside a name does not end the clause.
            if self.l(k) == "and" && k > 0 && cap(k - 1) && cap(k + 1) {
                continue;
            }
            if matches!(self.w(k), ";" | "," | "." | "“" | "”")
                || matches!(
                    self.l(k),
                    "that"
                        | "which"
                        | "who"
                        | "when"
                        | "where"
                        | "and"
                        | "but"
                        | "because"
                        | "while"
                        | "after"
                        | "before"
                        | "if"
                        | "although"
                        | "as"
                )
            {
                break;
            }
            window.push((k, k - b + 3));
        }
        let past_aux = window
            .iter()
            .any(|&(k, _)| matches!(self.l(k), "had" | "was" | "were" | "did"));
        // Every cue in the clause, read once.
        let cues: Vec<(usize, usize, Level, Tense)> = window
            .iter()
            .filter_map(|&(k, d)| self.cue(k).map(|(level, t)| (k, d, level, t)))
            .collect();
        // A deadline looks ahead unless the clause is told in the past; "since" looks back.
        if a > lo {
            // Sure when the clause also looks ahead ("will double its flights by August").
            if matches!(self.l(a - 1), "until" | "till" | "by" | "through") && !past_aux {
                let ahead = cues
                    .iter()
                    .any(|c| c.2 == Level::Aux && c.3 == Tense::Future);
                return (Tense::Future, ahead);
            }
            // "since May", "since shortly after the Oct. 23 slaying", "since early May".
            let mut k = a - 1;
            while k > lo
                && a - k <= 4
                && matches!(
                    self.l(k),
                    "the" | "just" | "shortly" | "soon" | "after" | "early" | "late" | "mid"
                )
            {
                k -= 1;
            }
            if self.l(k) == "since" {
                return (Tense::Past, true);
            }
        }
        // "agreed to acquire the bank in January", "plans to sell the unit in March": a date
        // inside what was agreed or planned is the plan's, ahead of the agreement; how far
        // ahead the clause does not say.
        let committed = cues
            .iter()
            .filter(|c| c.0 < a && matches!(c.2, Level::Infinitive | Level::Aux | Level::Verb))
            .min_by_key(|c| c.1)
            .is_some_and(|c| {
                c.2 == Level::Infinitive && c.0 > lo && is_commitment(self.l(c.0 - 1))
            });
        if committed {
            return (Tense::Future, false);
        }
        // The nearest sure cue, auxiliaries and modals counting as nearer than verb forms.
        let best = cues
            .iter()
            .filter_map(|&(k, d, level, t)| {
                let penalty = match level {
                    Level::Aux => 0,
                    Level::Verb => 1,
                    Level::Infinitive | Level::Weak => return None,
                };
                Some((d + penalty, k, t))
            })
            .min_by_key(|c| c.0);
        if let Some((_, k, t)) = best {
            // "had been due to expire Friday", "had been scheduled to": a future seen from
            // the past is over.
            let past_perfect =
                t == Tense::Future && (k.saturating_sub(6).max(lo)..k).any(|j| self.l(j) == "had");
            if past_perfect {
                return (Tense::Past, false);
            }
            return (t, true);
        }
        // Then a sure cue elsewhere in the sentence before it: the main verb also governs
        // an infinitive ("staged celebrations to mark the entry on Friday").
        let mut k = a.saturating_sub(12).max(lo);
        while k > lo && a - k < 60 {
            k -= 1;
            // A quote or a conditional clause ("… when the case is heard in May") starts
            // a clause of its own.
            if matches!(self.w(k), ";" | "“" | "\"" | "”")
                || matches!(self.l(k), "when" | "if" | "unless" | "once" | "whether")
            {
                break;
            }
            // "agreed to purchase the company's lighting line for $22 million in February".
            if self.l(k) == "to"
                && k > lo
                && self.is_infinitive(k + 1)
                && is_commitment(self.l(k - 1))
            {
                return (Tense::Future, false);
            }
            if let Some((l, t)) = self.cue(k)
                && matches!(l, Level::Aux | Level::Verb)
            {
                return (t, true);
            }
        }
        // "In January, a week after the anniversary, a bomb exploded": an opening expression
        // dates the main clause, which may come after a phrase of its own.
        // A subordinate clause on the way ("On Friday, when she set aside her plans, the
        // department lifted …") has its own verb.
        if opening {
            let mut sub = false;
            for k in b..hi.min(b + 30) {
                if matches!(self.w(k), ";" | "“" | "\"" | "”") {
                    break;
                }
                if self.w(k) == "," {
                    sub = false;
                } else if matches!(
                    self.l(k),
                    "when"
                        | "if"
                        | "unless"
                        | "once"
                        | "whether"
                        | "although"
                        | "because"
                        | "while"
                ) {
                    sub = true;
                }
                if !sub
                    && let Some((l, t)) = self.cue(k)
                    && matches!(l, Level::Aux | Level::Verb)
                {
                    return (t, true);
                }
            }
        }
        // "to mark the entry on Friday": what is to happen, when no verb says otherwise. Only
        // relative to some other event, though: a month it puts most of a year ahead ("to
        // make the late-November trip", told in January) is as likely the one gone by.
        if let Some(&(_, _, _, t)) = cues.iter().find(|c| c.2 == Level::Infinitive) {
            return (t, false);
        }
        // Only a reporting verb or another time word: they date the report, not the event,
        // but they are better than nothing.
        if let Some(&(_, _, _, t)) = cues.iter().find(|c| c.2 == Level::Weak) {
            return (t, false);
        }
        (Tense::Unknown, false)
    }

    /// Whether the subject before token `k` is a negative one ("neither … nor", "nobody",
    /// "none of them", "no one"), up to eight tokens back within the clause.
    fn negative_subject(&self, k: usize) -> bool {
        let mut j = k;
        while j > 0 && k - j < 8 {
            j -= 1;
            if matches!(self.w(j), "," | ";" | "." | ":") {
                return false;
            }
            if matches!(self.l(j), "neither" | "nor" | "nobody" | "none")
                || (self.l(j) == "no" && self.l(j + 1) == "one")
            {
                return true;
            }
        }
        false
    }

    /// What token `k` says about the tense of its clause, and how surely.
    fn cue(&self, k: usize) -> Option<(Level, Tense)> {
        let l = self.l(k);
        let next = self.l(k + 1);
        let prev = if k > 0 { self.l(k - 1) } else { "" };
        let cap = self.doc.tokens.get(k).is_some_and(|t| t.cap);
        // A participle after an auxiliary ("will be held", "has been delayed", "is expected")
        // takes its tense from the auxiliary.
        let after_aux = matches!(
            prev,
            "be" | "being" | "been" | "to" | "is" | "are" | "has" | "have" | "not"
        );
        Some(match l {
            // "may have been", "would have gone": a guess about the past.
            "will" | "'ll" | "shall" | "would" | "'d" | "must" | "should" | "could" | "might"
            | "may"
                if next == "have" && !cap =>
            {
                (Level::Aux, Tense::Past)
            }
            // "could not be reached Tuesday" is past; "could" alone is open.
            "could" if matches!(next, "not" | "n't" | "never") => (Level::Aux, Tense::Past),
            // "Neither he nor his aides could be reached Tuesday": negated as well.
            "could" if self.negative_subject(k) => (Level::Aux, Tense::Past),
            "could" => (Level::Weak, Tense::Future),
            "will" | "'ll" | "shall" | "would" | "'d" | "must" | "should" | "might" | "wo" => {
                (Level::Aux, Tense::Future)
            }
            "may" if !cap => (Level::Aux, Tense::Future),
            "going" | "set" | "expected" | "planned" | "scheduled" | "likely" | "slated"
            | "poised" | "due" | "plans" | "plan" | "planning" | "expects" | "expect"
            | "intends" | "intend" | "aims" | "hopes"
                if next == "to" =>
            {
                (Level::Aux, Tense::Future)
            }
            "set" | "scheduled" | "planned" | "slated" | "due" if next == "for" => {
                (Level::Aux, Tense::Future)
            }
            "to" if self.is_infinitive(k + 1) => (Level::Infinitive, Tense::Future),
            // A forecast or a schedule is for what is to come ("Forecast for Wed.", "the
            // schedule for Friday"), a headline without a verb too.
            "forecast" | "forecasts" | "outlook" | "schedule" | "schedules" | "agenda"
            | "preview" | "lineup" | "timetable"
                if next == "for" =>
            {
                (Level::Aux, Tense::Future)
            }
            "was" | "were" | "had" | "did" => (Level::Aux, Tense::Past),
            "scheduled" | "upcoming" | "payable" | "expire" | "expires" | "begins" | "starts"
            | "opens" | "ends" | "effective" => (Level::Verb, Tense::Future),
            // "planned a rally on Saturday": the plan is for later.
            // … but "as previously planned" says nothing of when.
            "planned" | "planning"
                if (!after_aux || prev == "were" || prev == "was")
                    && !matches!(prev, "as" | "previously" | "originally") =>
            {
                (Level::Verb, Tense::Future)
            }
            // A schedule told in the present: "meets Putin Monday", "leaves Friday". ("to meet
            // demand" is an infinitive: its "to" is the cue.)
            "meets" | "meet" | "leaves" | "arrives" | "visits" | "travels" | "resumes"
            | "returns" | "flies" | "hosts" | "convenes" | "faces" | "heads"
                if !cap && prev != "to" =>
            {
                (Level::Verb, Tense::Future)
            }
            _ if !after_aux && is_irregular_past(l) => (Level::Verb, Tense::Past),
            "announced" | "reported" | "disclosed" | "confirmed" | "declared" if !after_aux => {
                (Level::Verb, Tense::Past)
            }
            "said" | "told" | "added" | "stated" | "says" | "ago" | "last" | "earlier"
            | "yesterday" => (Level::Weak, Tense::Past),
            "next" | "tomorrow" | "coming" => (Level::Weak, Tense::Future),
            _ if l.len() > 4 && l.ends_with("ed") && !cap && !after_aux && is_past_form(l) => {
                (Level::Verb, Tense::Past)
            }
            // Past forms too short for the test above ("used", "aged" are adjectives as often).
            "died" | "sued" | "axed" | "owed" if !cap && !after_aux => (Level::Verb, Tense::Past),
            _ => return None,
        })
    }

    /// Whether token `k` reads as a bare verb after "to" ("to testify", not "to the", "to $5",
    /// "to Beijing", "to 5%").
    fn is_infinitive(&self, k: usize) -> bool {
        let Some(t) = self.doc.tokens.get(k) else {
            return false;
        };
        let l = self.l(k);
        t.kind == TokKind::Word
            && !t.cap
            && l.len() > 2
            && !l.ends_with("ing")
            && !l.ends_with("ed")
            && (!l.ends_with('s') || l.ends_with("ss") || l.ends_with("us"))
            && !l.ends_with("ly")
            && !l.ends_with("tion")
            && !l.ends_with("ment")
            && !l.ends_with("ness")
            && !matches!(
                l,
                "the"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "your"
                    | "him"
                    | "them"
                    | "all"
                    | "any"
                    | "some"
                    | "about"
                    | "around"
                    | "date"
                    | "day"
                    | "power"
                    | "court"
                    | "office"
                    | "work"
                    | "school"
                    | "market"
                    | "account"
                    | "trial"
                    | "war"
                    | "death"
                    | "life"
                    | "bed"
                    | "prison"
                    | "jail"
                    | "town"
                    | "home"
                    | "zero"
                    | "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "more"
                    | "less"
                    | "most"
                    | "least"
                    | "each"
                    | "both"
                    | "other"
                    | "another"
                    | "what"
                    | "which"
                    | "whom"
                    | "whose"
                    | "where"
                    | "when"
                    | "how"
                    | "why"
                    | "whether"
                    | "and"
                    | "or"
                    | "per"
                    | "percent"
                    | "record"
                    | "levels"
                    | "level"
                    | "highs"
                    | "lows"
                    | "high"
                    | "low"
                    | "date."
            )
    }

    /// The weekday `wd` nearest the reference date in the direction of `tense`.
    fn resolve_weekday(&self, wd: i8, tense: Tense) -> Option<Date> {
        let r = self.reference.get()?;
        let cur = r.weekday().to_monday_zero_offset();
        let diff = i64::from(wd - cur);
        let n = match tense {
            // The reference day's own weekday is that day: "will speak Friday" in a
            // Friday paper is today.
            Tense::Future => {
                if diff >= 0 {
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
        let r = self.reference.get()?;
        let y = r.year();
        let here = (month, day.unwrap_or(1));
        let now = (r.month(), if day.is_some() { r.day() } else { 1 });
        // A day a few weeks ahead is a deadline or a plan even in a past-tense sentence
        // ("extended the offer to Nov. 20"): news gives the year of a date eleven months back.
        // Months ahead of the paper's, counted forward (0 = this month).
        let ahead = (i32::from(month) - i32::from(r.month())).rem_euclid(12);
        // A month alone: only the next one (a September in an August paper).
        let soon = match day {
            Some(d) => Date::new(y, month, d)
                .ok()
                .is_some_and(|date| date > r && (date - r).get_days() <= 60),
            None => ahead == 1 && month > r.month(),
        };
        Some(match tense {
            Tense::Past if here > now && !soon => y - 1,
            Tense::Future if here < now => y + 1,
            // Without a tense, news looks back more often than ahead: a month up to four
            // ahead is the coming one, a month further on is the one gone by.
            Tense::Unknown if ahead > 4 && month > r.month() => y - 1,
            Tense::Unknown if (1..=4).contains(&ahead) && month < r.month() => y + 1,
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
        if t.cap && self.holiday_at(i).is_some() {
            return true;
        }
        matches!(
            l,
            "the"
                | "a"
                | "an"
                | "last"
                | "this"
                | "these"
                | "that"
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
                | "once"
                | "twice"
                | "thrice"
                | "q1"
                | "q2"
                | "q3"
                | "q4"
                | "h1"
                | "h2"
        ) || number_word(l).is_some()
            || unit_of(l).is_some()
            || part_of_day(l).is_some()
            || season_of(l).is_some()
    }

    /// Try every pattern at token `i`; the longest wins.
    ///
    /// Without a reference date, an expression the patterns only recognise with one ("last
    /// week", "yesterday") is still found: it is matched against two stand-in dates, and
    /// keeps its value only when both give the same one (else it has none: not placed).
    fn at(&self, i: usize) -> Option<Timex> {
        // Every pattern holds a time word within its first seven tokens: "the", "a", "that"
        // and the like start nothing without one ahead.
        let near = i..(i + 7).min(self.time_word.len());
        if !self.time_word.get(near).is_some_and(|w| w.contains(&true)) || !self.may_start(i) {
            return None;
        }
        let found = self.longest_at(i);
        if !self.unplaced {
            return found;
        }
        let [p, q] = PROBES;
        self.reference.set(Date::new(p.0, p.1, p.2).ok());
        let first = self.longest_at(i);
        self.reference.set(Date::new(q.0, q.1, q.2).ok());
        let second = self.longest_at(i);
        self.reference.set(None);
        match (found, first) {
            (found, Some(mut probe))
                if found.as_ref().is_none_or(|f| {
                    let (pl, fl) = (probe.b - probe.a, f.b - f.a);
                    pl > fl || (pl == fl && probe.kind != f.kind)
                }) =>
            {
                let same = second
                    .as_ref()
                    .is_some_and(|s| s.a == probe.a && s.b == probe.b && s.value == probe.value);
                if !same {
                    probe.value = None;
                }
                Some(probe)
            }
            (found, _) => found,
        }
    }

    /// Every pattern at token `i`; the longest match.
    fn longest_at(&self, i: usize) -> Option<Timex> {
        let cands = [
            self.framed(i),
            self.absolute(i),
            self.holiday(i),
            self.day_next_to(i),
            self.anaphoric(i),
            self.narrative(i),
            self.weekday(i),
            self.quarter(i),
            self.short_quarter(i),
            self.year_end(i),
            self.anchored(i),
            self.relative(i),
            self.the_unit(i),
            self.duration(i),
            self.clock(i),
            self.hour_of_day(i),
            self.bare_season(i),
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
                if self.hyphen_at(i + 1) {
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
        // "the nineties", "the '80s", "the 20th century".
        if self.l(i) == "the" || m0 > 0 || (i > 0 && self.l(i - 1) == "the") {
            let j = if self.l(k) == "the" { k + 1 } else { k };
            let j = j + self.modifier(j);
            if let Some(d) = decade_word(self.l(j)) {
                let a = if self.l(i) == "the" || m0 > 0 { i } else { j };
                return Self::mk(a, j + 1, TimexKind::Date, Some(format!("19{d}")));
            }
            if matches!(self.w(j), "'" | "’")
                && self.w(j + 1).len() == 3
                && self.w(j + 1).ends_with('s')
                && let Some(d) = self.w(j + 1).get(..1)
                && d.bytes().all(|b| b.is_ascii_digit())
                && self.w(j + 1).get(1..2) == Some("0")
            {
                let a = if self.l(i) == "the" || m0 > 0 { i } else { j };
                return Self::mk(a, j + 2, TimexKind::Date, Some(format!("19{d}")));
            }
        }
        // "the 20th century" is the years 19xx.
        let c0 = if self.l(k) == "the" { k + 1 } else { k };
        if let Some(c) = self.ordinal_at(c0).filter(|c| (1..=30).contains(c))
            && self.l(c0 + 1) == "century"
        {
            return Self::mk(i, c0 + 2, TimexKind::Date, Some(format!("{:02}", c - 1)));
        }
        // "the 1990s", "1990s", "mid-1990s", "the late 1970s": TimeML extents take in the
        // article and the modifier.
        let d0 = if self.l(k) == "the" { k + 1 } else { k };
        let d0 = d0 + self.modifier(d0);
        let w = self.w(d0);
        if self.is_num(d0) && w.len() == 5 && w.ends_with('s') {
            let y: i16 = w.get(..4)?.parse().ok()?;
            if (1000..2200).contains(&y) && y % 10 == 0 {
                let v = w.get(..3)?.to_owned();
                return Self::mk(i, d0 + 1, TimexKind::Date, Some(v));
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
            let (year, end) = match self.year_span(end) {
                Some((y, e)) => (Some(y), e),
                None => (None, end),
            };
            let y = year.or_else(|| self.infer_year(mo, Some(d), self.sure_tense(i, end)));
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
        // "Jan. 15-17": a range of days starts on the first ("May 2-year" is no date).
        let range_end = self
            .day_at(k + 2)
            .filter(|_| self.hyphen_at(k + 1) && self.is_num(k + 2));
        if let Some(d) = self.day_at(k)
            && (!self.hyphen_at(k + 1) || range_end.is_some_and(|e| e > d))
        {
            day = Some(d);
            k += 1;
        }
        let mut year = None;
        let mut kk = k;
        if day.is_some() && self.hyphen_at(k) {
            kk += 2;
        }
        if self.w(kk) == "," {
            kk += 1;
        }
        if let Some((y, e)) = self.year_span(kk) {
            // "March 3-5, 2012": the range and its year are one expression, valued by its
            // first day.
            year = Some(y);
            k = e;
        } else if matches!(self.l(k), "this" | "last" | "next")
            && self.l(k + 1) == "year"
            && let Some(r) = self.reference.get()
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
        let tense = self.sure_tense(i, k);
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
        self.weekday_from(i, i)
    }

    /// A weekday at `i` whose tense is read from token `from` on ("until 9 a.m. Tuesday": the
    /// clock time before it belongs to the same expression).
    fn weekday_from(&self, i: usize, from: usize) -> Option<Timex> {
        let mut k = i;
        let mut shift: Option<Tense> = None;
        // "the previous Friday": the one before the Friday just gone.
        let mut week_back = false;
        if self.l(k) == "the" && matches!(self.l(k + 1), "previous" | "preceding") {
            week_back = true;
            shift = Some(Tense::Past);
            k += 2;
        }
        match self.l(k) {
            "last" | "past" => {
                shift = Some(Tense::Past);
                k += 1;
            }
            "next" | "coming" => {
                shift = Some(Tense::Future);
                k += 1;
            }
            "this" if self.l(k + 1) == "coming" => {
                shift = Some(Tense::Future);
                k += 2;
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
        // "on Tuesdays", "Tuesday nights": a day every week.
        if w.ends_with("days") || (pod.is_some() && self.l(k - 1).ends_with('s')) {
            let tail = pod.map(|p| format!("T{p}")).unwrap_or_default();
            let v = format!("XXXX-WXX-{}{tail}", wd + 1);
            return Self::mk(i, k, TimexKind::Set, Some(v));
        }
        // "Sunday, June 18" / "Friday Oct. 13" / "Sunday, June 18, 2023": the date wins.
        let j = if self.w(k) == "," { k + 1 } else { k };
        if let Some(abs) = self
            .absolute(j)
            .filter(|a| a.value.as_ref().is_some_and(|v| v.len() == 10))
        {
            // Without a year, the year in which that date falls on that weekday.
            let explicit_year = (abs.a..abs.b).any(|x| self.year_at(x).is_some());
            let value = match (&abs.value, self.reference.get()) {
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
        // "Wednesday's ruling": the day of something already done, whatever the clause
        // around it plans; "Sunday's election" may still be ahead.
        let possessive = self.w(k) == "'s"
            && !matches!(
                self.l(k + 1),
                "election"
                    | "vote"
                    | "meeting"
                    | "summit"
                    | "deadline"
                    | "game"
                    | "match"
                    | "race"
                    | "talks"
                    | "hearing"
                    | "debate"
                    | "final"
                    | "referendum"
            );
        let tense = shift.unwrap_or_else(|| {
            if possessive {
                Tense::Past
            } else {
                self.tense(from.min(i), k)
            }
        });
        let mut date = self.resolve_weekday(wd, tense);
        // "last Wednesday" said on a Wednesday is a week ago.
        if shift == Some(Tense::Past) && date.is_some() && date == self.reference.get() {
            date = date.and_then(|d| add_days(d, -7));
        }
        if week_back {
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

    /// The token of "then" just before `i` ("then current", "then-current").
    fn then_before(&self, i: usize) -> Option<usize> {
        if i > 0 && self.l(i - 1) == "then" {
            Some(i - 1)
        } else if i > 1 && self.hyphen_at(i - 1) && self.l(i - 2) == "then" {
            Some(i - 2)
        } else {
            None
        }
    }

    /// Whether token `k` is a modal or an infinitive "to" that puts what follows ahead: "will",
    /// "could", "to" before a verb after the next word ("to one day return").
    fn looks_ahead_to(&self, k: usize) -> bool {
        match self.l(k) {
            "to" => self.is_infinitive(k + 3),
            l => l == "'ll" || super::events::is_modal(l),
        }
    }

    fn relative(&self, i: usize) -> Option<Timex> {
        let r = self.reference.get();
        let l = self.l(i);
        let single = |kind, v: Option<String>| Self::mk(i, i + 1, kind, v);
        // "today's youth", "the leaders of tomorrow": the present and the future in general,
        // not a day. "Today's meeting" is a day.
        if matches!(l, "today" | "tomorrow") {
            // The noun may follow an adjective: "today's geography quiz".
            let dated_noun = |k: usize| {
                matches!(
                    self.l(k),
                    "meeting"
                        | "vote"
                        | "election"
                        | "talks"
                        | "session"
                        | "summit"
                        | "announcement"
                        | "decision"
                        | "ruling"
                        | "hearing"
                        | "game"
                        | "match"
                        | "race"
                        | "deadline"
                        | "attack"
                        | "speech"
                        | "report"
                        | "edition"
                        | "trading"
                        | "rally"
                        | "march"
                        | "protest"
                        | "visit"
                        | "ceremony"
                        | "debate"
                        | "strike"
                        | "launch"
                        | "statement"
                        | "sale"
                        | "auction"
                        | "close"
                        | "opening"
                        | "session's"
                        | "editions"
                        | "paper"
                        | "papers"
                        | "newspaper"
                        | "show"
                        | "program"
                        | "programme"
                        | "broadcast"
                        | "quiz"
                        | "episode"
                        | "headlines"
                        | "agenda"
                        | "schedule"
                        | "events"
                        | "games"
                        | "matches"
                        | "races"
                )
            };
            let generic_possessive =
                self.w(i + 1) == "'s" && !dated_noun(i + 2) && !dated_noun(i + 3);
            let of_tomorrow = l == "tomorrow" && i > 0 && self.l(i - 1) == "of";
            if generic_possessive || of_tomorrow {
                return None;
            }
        }
        // "mid-afternoon yesterday", "early morning today": the part of that day.
        {
            let m = self.modifier(i);
            if let Some(p) = part_of_day(self.l(i + m))
                && let Some(r) = r
            {
                let day = match self.l(i + m + 1) {
                    "yesterday" => add_days(r, -1),
                    "today" => Some(r),
                    "tomorrow" => add_days(r, 1),
                    _ => None,
                };
                if let Some(d) = day {
                    return Self::mk(
                        i,
                        i + m + 2,
                        TimexKind::Time,
                        Some(format!("{}T{p}", ymd(d))),
                    );
                }
                // "By mid-afternoon, …": that part of the day the story is told.
                if m > 0 && !self.l(i + m).ends_with('s') {
                    return Self::mk(
                        i,
                        i + m + 1,
                        TimexKind::Time,
                        Some(format!("{}T{p}", ymd(r))),
                    );
                }
            }
        }
        // "yesterday morning", "tomorrow night": one expression, that part of that day.
        if let Some(day) = match l {
            "yesterday" => Some(-1),
            "today" => Some(0),
            "tomorrow" => Some(1),
            _ => None,
        } && let next = self.l(i + 1)
            && next != "overnight"
            && !next.ends_with('s')
            && let Some(p) = part_of_day(next)
        {
            let v = r
                .and_then(|r| add_days(r, day))
                .map(|d| format!("{}T{p}", ymd(d)));
            return Self::mk(i, i + 2, TimexKind::Time, v);
        }
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

            // "the current fiscal year": the reference year.
            "current" if self.l(i + 1) == "fiscal" && self.l(i + 2) == "year" => {
                let a = if i > 0 && self.l(i - 1) == "the" {
                    i - 1
                } else {
                    i
                };
                return Self::mk(
                    a,
                    i + 3,
                    TimexKind::Date,
                    r.map(|r| format!("{:04}", r.year())),
                );
            }
            // "the then current price", "the then-current chairman": current as it was then.
            "current" if unit_of(self.l(i + 1)).is_none() && self.then_before(i).is_some() => {
                let a = self.then_before(i)?;
                return Self::mk(a, i + 1, TimexKind::Date, Some("PAST_REF".into()));
            }
            "current" if unit_of(self.l(i + 1)).is_none() => {
                return single(TimexKind::Date, Some("PRESENT_REF".into()));
            }
            // "will one day lead the party", "hopes to one day return": some day to come, not
            // a day long.
            "one" if self.l(i + 1) == "day" && i > 0 && self.looks_ahead_to(i - 1) => {
                return Self::mk(i, i + 2, TimexKind::Date, Some("FUTURE_REF".into()));
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
        // "the near future", "the foreseeable future": the whole phrase.
        if l == "the"
            && matches!(
                self.l(i + 1),
                "near" | "foreseeable" | "distant" | "immediate"
            )
            && self.l(i + 2) == "future"
        {
            return Self::mk(i, i + 3, TimexKind::Date, Some("FUTURE_REF".into()));
        }
        // "in the near term", "at a later date", "these days", "for a while".
        if l == "the"
            && matches!(self.l(i + 1), "near" | "short" | "long")
            && self.l(i + 2) == "term"
            && !self.hyphen_at(i + 3)
        {
            return Self::mk(i, i + 3, TimexKind::Date, Some("FUTURE_REF".into()));
        }
        if l == "a" && self.l(i + 1) == "later" && self.l(i + 2) == "date" {
            return Self::mk(i, i + 3, TimexKind::Date, Some("FUTURE_REF".into()));
        }
        if l == "these" && self.l(i + 1) == "days" {
            return Self::mk(i, i + 2, TimexKind::Date, Some("PRESENT_REF".into()));
        }
        if l == "a" && self.l(i + 1) == "while" && i > 0 && matches!(self.l(i - 1), "for" | "after")
        {
            return Self::mk(i, i + 2, TimexKind::Duration, Some("PXX".into()));
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
        let mut k = i + m0;
        // "this past spring", "this coming week": the word after "this" gives the direction.
        let this_past = self.l(k) == "this" && matches!(self.l(k + 1), "past" | "coming");
        if this_past {
            k += 1;
        }
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
        // "this fiscal year", "last fiscal year": the company's year, counted as a calendar
        // one, as "the current fiscal year" is.
        if self.l(k + 1) == "fiscal" && self.l(k + 2) == "year" && !self.hyphen_at(k + 3) {
            let y = i64::from(r?.year()) + dir;
            return Self::mk(i, k + 3, TimexKind::Date, Some(format!("{y:04}")));
        }
        let unit_tok = k + 1;
        let u = self.l(unit_tok);
        let r = r?;
        if let Some(mo) = month_of(self.w(unit_tok)) {
            // "last Oct. 23": the month and day in the direction given.
            if let Some(d) = self.day_at(unit_tok + 1) {
                let this = Date::new(r.year(), mo, d).ok()?;
                let y = match dir {
                    -1 if this >= r => r.year() - 1,
                    1 if this <= r => r.year() + 1,
                    _ => r.year(),
                };
                let date = Date::new(y, mo, d).ok()?;
                return Self::mk(i, unit_tok + 2, TimexKind::Date, Some(ymd(date)));
            }
            // "last November", "this September", "next April".
            let (ry, rm) = (r.year(), r.month());
            let y = match dir {
                // "last February" in March is a year back: the month just gone is "last
                // month".
                -1 => {
                    if mo + 1 < rm {
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
            // "last spring", "this past spring": the most recent one that has begun, which
            // may be this year's; "next spring" the first one ahead.
            let started = season_start(s) <= r.month();
            let y = i64::from(r.year())
                + match dir {
                    -1 if started && this_past => 0,
                    1 if !started && this_past => 0,
                    d => d,
                };
            (TimexKind::Date, format!("{y:04}-{s}"))
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
                // "This quarter's loss" in a results story: the quarter it reports.
                "quarter"
                    if self.l(k) == "this"
                        && self.tense(i, unit_tok + 1) != Tense::Future
                        && let Some((y, q)) = *self.anchor.borrow() =>
                {
                    (TimexKind::Date, format!("{y:04}-Q{q}"))
                }
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

    /// The quarter a results story reports: the one it named last, else the last quarter
    /// that has ended on `r`.
    fn reported_quarter(&self, r: Date) -> (i16, i8) {
        self.anchor.borrow().map_or_else(
            || completed_quarter(r),
            |(y, q)| (y, i8::try_from(q).unwrap_or(1)),
        )
    }

    /// Financial quarters and halves: "the third quarter", "third-quarter", "the quarter",
    /// "the year-ago quarter", "the first half".
    fn quarter(&self, i: usize) -> Option<Timex> {
        let r = self.reference.get();
        // "that quarter": the one the text last named.
        if self.l(i) == "that" && self.l(i + 1) == "quarter" && !self.hyphen_at(i + 2) {
            let v = self.last_quarter.borrow().clone()?;
            return Self::mk(i, i + 2, TimexKind::Date, Some(v));
        }
        // "last year's quarter", "last year's period": the quarter the story reports, a year
        // back (a period only once the story has named its quarter).
        if self.l(i) == "last"
            && self.l(i + 1) == "year"
            && matches!(self.w(i + 2), "'s" | "’s")
            && matches!(self.l(i + 3), "quarter" | "period")
            && !self.hyphen_at(i + 4)
            && (self.l(i + 3) == "quarter" || self.anchor.borrow().is_some())
        {
            let (y, q) = self.reported_quarter(r?);
            return Self::mk(
                i,
                i + 4,
                TimexKind::Date,
                Some(format!("{:04}-Q{q}", y - 1)),
            );
        }
        let the = self.l(i) == "the";
        let mut k = if the { i + 1 } else { i };
        let fiscal = self.l(k) == "fiscal";
        if fiscal {
            k += 1;
        }
        // The year before the ordinal: "the 1988 third quarter", "this year's first
        // quarter", "the year-ago third quarter".
        let ordinal = |j: usize| matches!(self.l(j), "first" | "second" | "third" | "fourth");
        let mut given_year: Option<i16> = None;
        let mut year_before = false;
        if let Some(y) = self.year_at(k).filter(|_| ordinal(k + 1)) {
            given_year = Some(y);
            k += 1;
        } else if let Some(y) = self.year_at(k)
            && let Some(after) = self.possessive_after(k + 1)
            && ordinal(after)
        {
            // "2010's fourth quarter".
            given_year = Some(y);
            k = after;
        } else if let Some(r) = r
            && matches!(self.l(k), "this" | "last" | "next")
            && self.l(k + 1) == "year"
            && self.w(k + 2) == "'s"
            && ordinal(k + 3)
        {
            given_year = Some(match self.l(k) {
                "last" => r.year() - 1,
                "next" => r.year() + 1,
                _ => r.year(),
            });
            k += 3;
        } else if self.l(k) == "year"
            && self.hyphen_at(k + 1)
            && matches!(self.l(k + 2), "ago" | "earlier")
            && ordinal(k + 3)
        {
            year_before = true;
            k += 3;
        }
        let word = self.l(k);
        // "the first two quarters of 1990" is its first half, one calendar date. ("the first
        // three quarters" has no single TimeML value: it stays a length, as "the first nine
        // months" is.)
        if given_year.is_none()
            && !year_before
            && matches!(word, "first" | "last")
            && self.l(k + 1) == "two"
            && self.l(k + 2) == "quarters"
            && self.l(k + 3) == "of"
            && let Some(y) = self.year_at(k + 4)
        {
            let h = if word == "first" { 1 } else { 2 };
            return Self::mk(i, k + 5, TimexKind::Date, Some(format!("{y:04}-H{h}")));
        }
        let ord = match word {
            "first" => Some(1u8),
            "second" => Some(2),
            // "the last half of 1989" is its second half ("the last quarter" is the one gone).
            "last"
                if self.l(k + 1) == "half"
                    && self.l(k + 2) == "of"
                    && self.year_at(k + 3).is_some() =>
            {
                Some(2)
            }
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
            let prefixed = given_year.is_some() || year_before;
            // "fiscal second-quarter results": the adjective keeps "fiscal", not the article.
            let start = match (hyph && !prefixed, fiscal) {
                (true, true) => k - 1,
                (true, false) => k,
                _ => i,
            };
            let mut end = unit_at + 1;
            let mut year = r.map(|r| r.year());
            if let Some(y) = given_year {
                year = Some(y);
            } else if self.l(end) == "of"
                && let Some(y) = self.year_at(end + 1)
            {
                year = Some(y);
                end += 2;
            } else if let Some(y) = self.year_at(end).filter(|_| hyph || !the) {
                // "fourth-quarter 2010 results", "Q4"-style "fourth quarter 2010".
                year = Some(y);
                end += 1;
            } else if self.l(end) == "of"
                && self.l(end + 1) == "fiscal"
                && let Some(y) = self.year_at(end + 2)
            {
                // "the fourth quarter of fiscal 2010": the company's year, named by its end.
                year = Some(y);
                end += 3;
            } else if self.l(end) == "of"
                && let Some(y) = self.relative_year(end + 1)
            {
                // "the first half of next year", "the fourth quarter of last year".
                year = Some(y);
                end += 3;
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
            if year_before {
                year = year.map(|y| y - 1);
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
            // "the 1989 period" of a quarterly report is that year's quarter, unless the
            // sentence is about a longer period ("For the nine months, … the 1988 period").
            let v = match (*self.anchor.borrow(), self.l(k + 1)) {
                (Some((_, q)), "quarter") => format!("{y:04}-Q{q}"),
                (Some((_, q)), _) if !self.longer_period_before(i) => format!("{y:04}-Q{q}"),
                _ => format!("{y:04}"),
            };
            return Self::mk(i, k + 2, TimexKind::Date, Some(v));
        }
        // "the quarter", "the latest quarter", "the year-ago quarter".
        let quarter_at = |u: usize| self.l(u) == "quarter";
        let year_ago_at =
            |u: usize| self.hyphen_at(u + 1) && matches!(self.l(u + 2), "ago" | "earlier");
        let (base, back, unit_tok) = match word {
            "quarter" => (QuarterBase::Anchor, YearBack::No, k),
            "latest" | "recent" | "past" | "last" | "most" if quarter_at(k + 1) => {
                (QuarterBase::Latest, YearBack::No, k + 1)
            }
            "current" if quarter_at(k + 1) => (QuarterBase::Current, YearBack::No, k + 1),
            "previous" | "prior" | "preceding" if quarter_at(k + 1) => {
                (QuarterBase::Before, YearBack::No, k + 1)
            }
            // "the latest period" of a results story is the quarter it reports.
            "latest" if self.l(k + 1) == "period" && self.anchor.borrow().is_some() => {
                (QuarterBase::Anchor, YearBack::No, k + 1)
            }
            // "the comparable quarter" is a year back only when the phrase says so ("… a year
            // ago", "… last year").
            "comparable" | "corresponding" | "same"
                if matches!(self.l(k + 1), "quarter" | "period") =>
            {
                (QuarterBase::Latest, YearBack::IfSaid, k + 1)
            }
            "year-earlier" | "year-ago" if matches!(self.l(k + 1), "quarter" | "period") => {
                (QuarterBase::Latest, YearBack::Yes, k + 1)
            }
            // "the comparable year-ago quarter".
            "comparable" | "corresponding" | "same"
                if self.l(k + 1) == "year"
                    && year_ago_at(k + 1)
                    && matches!(self.l(k + 4), "quarter" | "period") =>
            {
                (QuarterBase::Latest, YearBack::Yes, k + 4)
            }
            "year" if year_ago_at(k) && matches!(self.l(k + 3), "quarter" | "period") => {
                (QuarterBase::Anchor, YearBack::Yes, k + 3)
            }
            _ => return None,
        };
        let r = r?;
        let (y, q) = match base {
            QuarterBase::Current => (r.year(), (r.month() - 1) / 3 + 1),
            QuarterBase::Latest => completed_quarter(r),
            QuarterBase::Anchor => self.reported_quarter(r),
            QuarterBase::Before => match *self.anchor.borrow() {
                Some((y, 1)) => (y - 1, 4),
                Some((y, q)) => (y, i8::try_from(q).unwrap_or(2) - 1),
                None => completed_quarter(r),
            },
        };
        // "the quarter ended July 31": the three months up to that day, named by the calendar
        // quarter most of them fall in (May–July is the second).
        let ended = match (word, self.l(unit_tok + 1)) {
            ("quarter", "ended" | "ending") => self.absolute(unit_tok + 2).and_then(|d| {
                let v = d.value?;
                let first = Date::new(v.get(..4)?.parse().ok()?, v.get(5..7)?.parse().ok()?, 1);
                add_months(first.ok()?, -1)
            }),
            _ => None,
        };
        let (y, q) = ended.map_or((y, q), |m| (m.year(), (m.month() - 1) / 3 + 1));
        // "the quarter a year ago", "the same period last year": a year back.
        let mut end = unit_tok + 1;
        let mut back = back;
        if matches!(self.l(end), "a" | "one")
            && self.l(end + 1) == "year"
            && matches!(self.l(end + 2), "ago" | "earlier" | "before")
        {
            back = YearBack::Yes;
            end += 3;
        } else if self.l(end) == "last" && self.l(end + 1) == "year" {
            back = YearBack::Yes;
            end += 2;
        }
        let y = match back {
            YearBack::Yes => y - 1,
            YearBack::IfSaid => return None,
            YearBack::No if self.l(unit_tok) == "period" && word != "latest" => return None,
            YearBack::No => y,
        };
        // "For the nine months, … in the year-earlier period": the year before.
        if self.l(unit_tok) == "period" && self.longer_period_before(i) {
            return Self::mk(i, end, TimexKind::Date, Some(format!("{y:04}")));
        }
        Self::mk(i, end, TimexKind::Date, Some(format!("{y:04}-Q{q}")))
    }

    /// The token after a possessive "'s" at `k`: one token, or two when a year comes before it
    /// ("2010's" is split as the number, the apostrophe and "s").
    fn possessive_after(&self, k: usize) -> Option<usize> {
        if matches!(self.w(k), "'s" | "’s") {
            return Some(k + 1);
        }
        let joined = matches!(self.w(k), "'" | "’")
            && self.l(k + 1) == "s"
            && self
                .doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| !t.space_before && t.kind == TokKind::Word)
            && self.doc.tokens.get(k).is_some_and(|t| !t.space_before);
        joined.then_some(k + 2)
    }

    /// "last year", "next year", "this year" at `k`: that year, counted from the reference date.
    fn relative_year(&self, k: usize) -> Option<i16> {
        let d = match self.l(k) {
            "last" => -1,
            "next" => 1,
            "this" => 0,
            _ => return None,
        };
        (self.l(k + 1) == "year" && !self.hyphen_at(k + 2))
            .then(|| self.reference.get().map(|r| r.year() + d))
            .flatten()
    }

    /// "Q4", "Q1 2011", "Q3 of 2010", "H1 2012": a quarter or half in the short form of
    /// results stories. Without a year, a quarter still ahead this year is last year's when
    /// the clause looks back.
    fn short_quarter(&self, i: usize) -> Option<Timex> {
        let (n, unit) = match self.w(i).as_bytes() {
            [b'Q', d @ b'1'..=b'4'] => (d - b'0', 'Q'),
            // "H1 2012", "H2": a half in the same short form.
            [b'H', d @ b'1'..=b'2'] => (d - b'0', 'H'),
            _ => return None,
        };
        let mut end = i + 1;
        let mut year = self.year_at(end);
        if year.is_some() {
            end += 1;
        } else if self.l(end) == "of"
            && let Some(y) = self.year_at(end + 1)
        {
            year = Some(y);
            end += 2;
        }
        // "H1" alone is as often a name or a heading: a half needs its year.
        if unit == 'H' {
            let y = year?;
            return Self::mk(i, end, TimexKind::Date, Some(format!("{y:04}-H{n}")));
        }
        let year = year.or_else(|| {
            let r = self.reference.get()?;
            let ahead = i8::try_from(n).unwrap_or(0) > (r.month() - 1) / 3 + 1;
            Some(if ahead && self.tense(i, end) == Tense::Past {
                r.year() - 1
            } else {
                r.year()
            })
        });
        let v = year.map_or_else(|| format!("XXXX-Q{n}"), |y| format!("{y:04}-Q{n}"));
        Self::mk(i, end, TimexKind::Date, Some(v))
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
            // "For the nine months, … compared with … a year earlier": the year before.
            Some((y, _)) if self.longer_period_before(i) => format!("{:04}", y - 1),
            Some((y, q)) => format!("{:04}-Q{q}", y - 1),
            None => format!("{:04}", self.reference.get()?.year() - 1),
        };
        Self::mk(i, end, TimexKind::Date, Some(v))
    }

    /// Whether the sentence before token `i` names a results period longer than a quarter
    /// ("the nine months", "the first half", "the six months") after any quarter it names:
    /// what is compared "a year earlier" there is that period, not the story's quarter.
    fn longer_period_before(&self, i: usize) -> bool {
        let lo = self
            .doc
            .tokens
            .get(i)
            .and_then(|t| self.doc.sentences.get(t.sent))
            .map_or(i, |s| s.tok_start);
        for k in (lo..i).rev() {
            match self.l(k) {
                "quarter" | "quarters" | "quarterly" | "period" => return false,
                "months" if k > 0 => {
                    if matches!(self.l(k - 1), "nine" | "six" | "9" | "6") {
                        return true;
                    }
                }
                "half" if k > 0 => {
                    if matches!(self.l(k - 1), "first" | "second") {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// "by year-end", "around year end", "by year's end": the end of this year ("since
    /// year-end": of the last one).
    fn year_end(&self, i: usize) -> Option<Timex> {
        if self.l(i) != "year" {
            return None;
        }
        let end = if (self.hyphen_at(i + 1) || self.w(i + 1) == "'s") && self.l(i + 2) == "end" {
            i + 3
        } else if self.l(i + 1) == "end" {
            i + 2
        } else {
            return None;
        };
        let since = i > 0 && self.l(i - 1) == "since";
        let y = self.reference.get()?.year() - i16::from(since);
        Self::mk(i, end, TimexKind::Date, Some(format!("{y:04}")))
    }

    /// "the year", "the weekend", "the month": the current one (or a length, after "for").
    fn the_unit(&self, i: usize) -> Option<Timex> {
        if self.l(i) != "the" {
            return None;
        }
        let r = self.reference.get();
        let prev = if i > 0 { self.l(i - 1) } else { "" };
        // "over the year" is a length; "for the year" the year itself ("For the year, sales
        // rose"), unless a closing date makes it a twelve-month period ("the year ended
        // March 31").
        let span = matches!(prev, "over" | "during" | "throughout")
            || (self.l(i + 1) == "year" && matches!(self.l(i + 2), "ended" | "ending"));
        // "the week of March 6": the week that day falls in.
        if self.l(i + 1) == "week"
            && self.l(i + 2) == "of"
            && let Some(day) = self.absolute(i + 3)
            && let Some(d) = day.value.as_deref().and_then(|v| v.parse::<Date>().ok())
        {
            return Self::mk(i, day.b, TimexKind::Date, Some(week_value(d)));
        }
        // "the year two thousand", "the year 2000".
        if self.l(i + 1) == "year"
            && let Some((y, end)) = self.year_span(i + 2)
        {
            return Self::mk(i, end, TimexKind::Date, Some(format!("{y:04}")));
        }
        // "the summer", "the early summer", "the winter of 1994".
        let m = usize::from(matches!(self.l(i + 1), "early" | "late" | "mid"));
        if let Some(season) = season_of(self.l(i + 1 + m)) {
            let after = i + 2 + m;
            if self.l(after) == "of"
                && let Some((y, end)) = self.year_span(after + 1)
            {
                return Self::mk(i, end, TimexKind::Date, Some(format!("{y:04}-{season}")));
            }
            // "the fall of Rome" is not autumn.
            if self.l(after) == "of" || self.hyphen_at(after) {
                return None;
            }
            let r = r?;
            let start = season_start(season);
            let y = match self.tense(i, after) {
                Tense::Past if start > r.month() => r.year() - 1,
                Tense::Future if start + 2 < r.month() => r.year() + 1,
                _ => r.year(),
            };
            return Self::mk(i, after, TimexKind::Date, Some(format!("{y:04}-{season}")));
        }
        // "the latest fiscal year", "the last fiscal year": the one before this.
        if matches!(self.l(i + 1), "latest" | "last" | "past" | "previous")
            && self.l(i + 2) == "fiscal"
            && self.l(i + 3) == "year"
            && !self.hyphen_at(i + 4)
        {
            return Self::mk(
                i,
                i + 4,
                TimexKind::Date,
                Some(format!("{:04}", r?.year() - 1)),
            );
        }
        // "the fiscal year", "the fiscal year 1990": the company's year, named or current.
        if self.l(i + 1) == "fiscal" && self.l(i + 2) == "year" && !self.hyphen_at(i + 3) {
            if let Some(y) = self.year_at(i + 3) {
                return Self::mk(i, i + 4, TimexKind::Date, Some(format!("{y:04}")));
            }
            if span {
                return Self::mk(i, i + 3, TimexKind::Duration, Some("P1Y".into()));
            }
            return Self::mk(i, i + 3, TimexKind::Date, Some(format!("{:04}", r?.year())));
        }
        // "the full year": the reference year's results.
        if self.l(i + 1) == "full" && self.l(i + 2) == "year" && !self.hyphen_at(i + 3) {
            return Self::mk(i, i + 3, TimexKind::Date, Some(format!("{:04}", r?.year())));
        }
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
                // Without a cue, early in the week it is the weekend just gone ("over the
                // weekend" in a Monday paper), late in the week the one ahead.
                let back = match tense {
                    Tense::Past => true,
                    Tense::Future => false,
                    Tense::Unknown => cur <= 2 || self.l(i.saturating_sub(1)) == "over",
                };
                let d = if back && cur < 5 { add_days(r, -7)? } else { r };
                format!("{}-WE", week_value(d))
            }
            _ => return None,
        };
        Self::mk(i, i + 2, TimexKind::Date, Some(v))
    }

    fn ago(&self, i: usize) -> Option<Timex> {
        // "just months ago": an unknown length back.
        if let Some((u, false)) = unit_of(self.l(i))
            && self.l(i).ends_with('s')
            && self.l(i + 1) == "ago"
            && i > 0
            && !matches!(
                self.doc.tokens.get(i - 1).map(|t| t.kind),
                Some(TokKind::Number)
            )
            && self.count(i - 1).is_none()
        {
            return Self::mk(i, i + 2, TimexKind::Duration, Some(format!("PX{u}")));
        }
        // "a quarter century ago", "half a century ago": years back.
        if let Some((n, u, clock, end)) = self.fraction_span(i)
            && self.l(end) == "ago"
        {
            let v = match (self.reference.get(), u, clock) {
                (Some(r), "Y", false) => format!("{:04}", i64::from(r.year()) - i64::from(n)),
                (Some(r), "M", false) => ym(add_months(r, -i64::from(n))?),
                _ => "PAST_REF".into(),
            };
            return Self::mk(i, end + 1, TimexKind::Date, Some(v));
        }
        let (n, k) = self.count(i)?;
        let (unit, clock) = unit_of(self.l(k))?;
        // "a week or so ago", "a week or two ago": the same day, roughly.
        let or_so = usize::from(
            self.l(k + 1) == "or" && (self.l(k + 2) == "so" || n == Some(1) && self.or_more(k + 1)),
        ) * 2;
        if self.l(k + 1 + or_so) != "ago" {
            return None;
        }
        let end = k + 2 + or_so;
        let Some(r) = self.reference.get() else {
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
                // "a decade ago" is the year ten years back, not the decade before this.
                "DE" => format!("{:04}", i64::from(r.year()) - 10 * n),
                "CE" => format!("{:04}", i64::from(r.year()) - 100 * n),
                _ => "PAST_REF".into(),
            }
        };
        Self::mk(i, end, TimexKind::Date, Some(v))
    }

    /// "or two", "or three" at `k`: a rough count after one unit ("a week or two").
    fn or_more(&self, k: usize) -> bool {
        self.l(k) == "or" && matches!(self.l(k + 1), "two" | "three" | "2" | "3")
    }

    /// A fraction of a larger unit said as one length ("a quarter century", "half a
    /// century", "a half-hour"), in the unit TimeML counts it in: the count, the unit
    /// letter, whether it is a clock unit, and the token after it.
    fn fraction_span(&self, i: usize) -> Option<(u32, &'static str, bool, usize)> {
        let (part, k) = match (self.l(i), self.l(i + 1), self.l(i + 2)) {
            ("a" | "an", "quarter", _) => (4, i + 2),
            ("a" | "an", "half", _) => (2, i + 2),
            ("half", "a" | "an", _) => (2, i + 2),
            _ => return None,
        };
        let k = if self.hyphen_at(k) { k + 1 } else { k };
        let whole = match (self.l(k), part) {
            ("century", _) => (100, "Y", false),
            ("decade", 2) => (10, "Y", false),
            ("year", 2) => (12, "M", false),
            ("day", 2) => (24, "H", true),
            ("hour", 2) => (60, "M", true),
            _ => return None,
        };
        Some((whole.0 / part, whole.1, whole.2, k + 1))
    }

    /// A count at `i`: a number, a number word, or a vague quantity (`None`), and the next
    /// token index.
    fn count(&self, i: usize) -> Option<(Option<u32>, usize)> {
        let w = self.w(i);
        if let Some(n) = number_word(self.l(i)) {
            if self.l(i) == "a" || self.l(i) == "an" {
                // "a few" is vague; "a couple of" is two.
                if matches!(self.l(i + 1), "few" | "couple") {
                    let k = if self.l(i + 2) == "of" { i + 3 } else { i + 2 };
                    let n = (self.l(i + 1) == "couple").then_some(2);
                    return Some((n, k));
                }
            }
            if self.is_num(i) && w.contains(['.', ',']) {
                return None;
            }
            // "twenty four hours", "thirty-six months": tens and units spelled apart.
            if (20..100).contains(&n) && n % 10 == 0 && !self.is_num(i) {
                let j = if self.l(i + 1) == "-" { i + 2 } else { i + 1 };
                if !self.is_num(j)
                    && !matches!(self.l(j), "a" | "an")
                    && let Some(u) = number_word(self.l(j)).filter(|u| (1..=9).contains(u))
                {
                    return Some((Some(n + u), j + 1));
                }
            }
            // "two or three weeks", "two to three years": a range of counts is one length,
            // valued by its first.
            if matches!(self.l(i + 1), "or" | "to")
                && !matches!(self.l(i), "a" | "an")
                && number_word(self.l(i + 2))
                    .is_some_and(|m| m > n && !matches!(self.l(i + 2), "a" | "an" | "half"))
                && unit_of(self.l(i + 3)).is_some()
            {
                return Some((Some(n), i + 3));
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
        // "for weeks", "within days", "the first time in years": a bare plural unit is a
        // vague length.
        if i > 0 && matches!(self.l(i - 1), "for" | "within" | "over" | "in") {
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
        // "hours after the vote", "Days later", "weeks before the election": a bare plural
        // unit that says how long before or after is a vague length, unless a word before
        // it counts or picks the units ("the days before", "a matter of days").
        if matches!(self.l(i + 1), "later" | "earlier" | "after" | "before")
            && self.l(i).ends_with('s')
            && let Some((u, clock)) = unit_of(self.l(i))
            && !matches!(u, "WE" | "Q")
            && !(i > 0
                && (self
                    .doc
                    .tokens
                    .get(i - 1)
                    .is_some_and(|t| t.kind == TokKind::Number)
                    || number_word(self.l(i - 1)).is_some()
                    || matches!(
                        self.l(i - 1),
                        "the"
                            | "these"
                            | "those"
                            | "few"
                            | "several"
                            | "many"
                            | "some"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "our"
                            | "my"
                            | "your"
                            | "of"
                            | "first"
                            | "last"
                            | "next"
                            | "past"
                            | "coming"
                            | "recent"
                            | "early"
                            | "final"
                            | "both"
                            | "all"
                            | "trading"
                            | "business"
                            | "working"
                            | "calendar"
                            | "-"
                    )))
        {
            let v = if clock {
                format!("PTX{u}")
            } else {
                format!("PX{u}")
            };
            return Self::mk(i, i + 1, TimexKind::Duration, Some(v));
        }
        // "a quarter century", "half an hour": one length in a smaller unit.
        if let Some((n, u, clock, end)) = self.fraction_span(i) {
            if self.l(end) == "ago" {
                return None;
            }
            let v = if clock {
                format!("PT{n}{u}")
            } else {
                format!("P{n}{u}")
            };
            return Self::mk(i, end, TimexKind::Duration, Some(v));
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
        } else if self.l(k) == "the" {
            // "the latest nine months", "the year-earlier six months": a results period with
            // its count.
            let counted = |j: usize| self.count(j).is_some_and(|(n, _)| n.is_some());
            if self.l(k + 1) == "latest" && counted(k + 2) {
                k += 2;
                lead = true;
            } else if self.l(k + 1) == "year"
                && self.hyphen_at(k + 2)
                && matches!(self.l(k + 3), "earlier" | "ago")
                && counted(k + 4)
            {
                k += 4;
                lead = true;
            }
        }
        // "over the years", "through the decades": a vague length up to the story's time.
        if self.l(i) == "the"
            && i > 0
            && matches!(self.l(i - 1), "over" | "through" | "throughout")
            && let Some((u, clock)) = unit_of(self.l(i + 1))
            && self.l(i + 1).ends_with('s')
            && !matches!(u, "Q" | "WE")
            && !clock
        {
            return Self::mk(i, i + 2, TimexKind::Duration, Some(format!("PX{u}")));
        }
        // "the weeks ahead", "the months to come": a vague length from now.
        if self.l(i) == "the"
            && let Some((u, clock)) = unit_of(self.l(i + 1))
            && self.l(i + 1).ends_with('s')
            && !matches!(u, "Q" | "WE")
            && let Some(end) = match (self.l(i + 2), self.l(i + 3)) {
                ("ahead", _) => Some(i + 3),
                ("to", "come") => Some(i + 4),
                _ => None,
            }
        {
            let v = if clock {
                format!("PTX{u}")
            } else {
                format!("PX{u}")
            };
            return Self::mk(i, end, TimexKind::Duration, Some(v));
        }
        // "the past week": unit right after; "the coming years": a plural, so a vague length.
        if lead && let Some((u, clock)) = unit_of(self.l(k)) {
            if u == "Q" || u == "WE" {
                return None;
            }
            // "over the past year": news means the last calendar year.
            if self.l(k) == "year" && matches!(self.l(i + 1), "past" | "last") {
                let y = self.reference.get()?.year() - 1;
                return Self::mk(i, k + 1, TimexKind::Date, Some(format!("{y:04}")));
            }
            let num = if self.l(k).ends_with('s') { "X" } else { "1" };
            let v = if clock {
                format!("PT{num}{u}")
            } else if u == "DE" && num == "1" {
                // Decades are counted in years, as "two decades" is.
                "P10Y".to_owned()
            } else {
                format!("P{num}{u}")
            };
            return Self::mk(i, k + 1, TimexKind::Duration, Some(v));
        }
        let (n, mut k2) = self.count(k)?;
        // "2 1/2 years", "two and a half hours": the half goes into the next smaller unit.
        let mut half = false;
        if self.w(k2) == "1/2" || self.w(k2) == "½" {
            half = true;
            k2 += 1;
        } else if (self.w(k2) == "1" && self.w(k2 + 1) == "/" && self.w(k2 + 2) == "2")
            || (self.l(k2) == "and"
                && matches!(self.l(k2 + 1), "a" | "one")
                && self.l(k2 + 2) == "half")
        {
            half = true;
            k2 += 3;
        }
        // "eight trading days", "20 more years", "an additional year".
        if matches!(
            self.l(k2),
            "trading"
                | "business"
                | "working"
                | "calendar"
                | "more"
                | "additional"
                | "full"
                | "straight"
                | "consecutive"
                | "extra"
                | "further"
                | "whole"
                | "entire"
                | "remaining"
                // How the time felt: "two long weeks", "six agonizing years".
                | "long"
                | "short"
                | "brief"
                | "hard"
                | "tough"
                | "difficult"
                | "painful"
                | "agonizing"
                | "agonising"
                | "grueling"
                | "gruelling"
                | "bitter"
                | "turbulent"
                | "tumultuous"
                | "happy"
                | "busy"
                | "hectic"
        ) && unit_of(self.l(k2 + 1)).is_some()
        {
            k2 += 1;
        }
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
        // "a quarter of voters", "three quarters of the staff": fractions, not quarters;
        // "several quarters of losses" are quarters.
        if u == "Q"
            && (matches!(self.l(k2 + 1), "century" | "-")
                || (self.l(k2 + 1) == "of"
                    && (n == Some(1)
                        || (n.is_some()
                            && matches!(
                                self.l(k2 + 2),
                                "the"
                                    | "a"
                                    | "an"
                                    | "its"
                                    | "their"
                                    | "his"
                                    | "her"
                                    | "our"
                                    | "all"
                                    | "those"
                                    | "these"
                            )))))
        {
            return None;
        }
        // "a minute and a half": the half after the unit.
        let mut after_half = 0;
        if !half
            && n.is_some()
            && self.l(k2 + 1) == "and"
            && matches!(self.l(k2 + 2), "a" | "one")
            && self.l(k2 + 3) == "half"
        {
            half = true;
            after_half = 3;
        }
        // Ages ("three-year-old", "52 years old") are not durations.
        if (self.hyphen_at(k2 + 1) && self.l(k2 + 2) == "old") || self.l(k2 + 1) == "old" {
            return None;
        }
        if self.l(k2 + 1) == "ago" {
            return None;
        }
        // "a month or two", "a year or three": one length, roughly.
        let or_more = if n == Some(1) && self.or_more(k2 + 1 + after_half) {
            2
        } else {
            0
        };
        // "a year" without a count word is a set after money ("$5 a year"); "a day earlier",
        // "a month after" are lengths.
        let offset = or_more > 0
            || matches!(
                self.l(k2 + 1 + after_half),
                "earlier" | "later" | "after" | "before"
            );
        // ("a few days", "a couple of weeks" have a count word of their own.)
        if !lead
            && matches!(self.l(k), "a" | "an")
            && !matches!(self.l(k + 1), "few" | "couple")
            && !hyph
            && !offset
        {
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
            // TimeML reads these as lengths of unknown size ("recent years" = PXY), and a
            // couple as two.
            if past || future {
                let num = if vague.contains(&"couple") { "2" } else { "X" };
                let v = if clock {
                    format!("PT{num}{u}")
                } else {
                    format!("P{num}{u}")
                };
                return Self::mk(i, k2 + 1, TimexKind::Duration, Some(v));
            }
        }
        let num = n.map_or_else(|| "X".to_owned(), |n| n.to_string());
        // Decades are counted in years ("two decades" = P20Y).
        let (u, num) = match (u, n) {
            ("DE", Some(n)) => ("Y", (n * 10).to_string()),
            (u, _) => (u, num),
        };
        // A half in the next smaller unit: P2Y6M, PT5H30M, PT1M30S, P1D12H is left as is.
        let half_part = match (half, n.is_some(), u, clock) {
            (true, true, "Y", false) => Some("6M"),
            (true, true, "H", true) => Some("30M"),
            (true, true, "M", true) => Some("30S"),
            (true, true, "W", false) => Some("3D"),
            _ => None,
        };
        if half && half_part.is_none() {
            return None;
        }
        // "may, in a year or two, save more lives": some time ahead, roughly that far.
        if or_more > 0 && i > 0 && self.l(i - 1) == "in" {
            return Self::mk(
                i,
                k2 + 1 + or_more,
                TimexKind::Date,
                Some("FUTURE_REF".into()),
            );
        }
        let tail = half_part.unwrap_or("");
        let v = if clock {
            format!("PT{num}{u}{tail}")
        } else {
            format!("P{num}{u}{tail}")
        };
        Self::mk(
            i,
            k2 + 1 + after_half + or_more,
            TimexKind::Duration,
            Some(v),
        )
    }

    /// The reference date as a TimeML day, or `XXXX-XX-XX` without one: the day of a clock
    /// time that names none.
    fn reference_day(&self) -> String {
        self.reference
            .get()
            .map_or_else(|| "XXXX-XX-XX".to_owned(), ymd)
    }

    fn clock(&self, i: usize) -> Option<Timex> {
        let l = self.l(i);
        // Formatted only once a time is found: most tokens tried here are none.
        let date = || self.reference_day();
        // "high noon" is a showdown, not a time.
        if (l == "noon" || l == "midday" || l == "midnight") && !(i > 0 && self.l(i - 1) == "high")
        {
            let (end, date) = self.day_after(i + 1, i).unwrap_or_else(|| (i + 1, date()));
            let hm = if l == "midnight" { "24:00" } else { "12:00" };
            return Self::mk(i, end, TimexKind::Time, Some(format!("{date}T{hm}")));
        }
        if !self.is_num(i) {
            return None;
        }
        // "1900 GMT", "0430 local time": a 24-hour clock time, not a year, when a time zone
        // follows.
        if let Some(t) = self.zoned_clock(i, &date) {
            return Some(t);
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
                    Some(format!("{}T{h:02}:{min:02}", date())),
                );
            }
            _ => return None,
        };
        if h >= 24 || min >= 60 {
            return None;
        }
        let mut end = k + 1;
        // "10 a.m. EDT": time zones belong to the expression.
        if is_time_zone(self.w(end)) {
            end += 1;
        }
        let (end, date) = self.day_after(end, i).unwrap_or_else(|| (end, date()));
        Self::mk(
            i,
            end,
            TimexKind::Time,
            Some(format!("{date}T{h:02}:{min:02}")),
        )
    }

    /// A season without an article: "summer 2010", "Winter of 2009", "in winter", "by
    /// spring". With its year it is that year's; alone, only after a preposition and before
    /// no noun ("in winter storms" is a kind of storm). A bare season in a past or future
    /// clause is the last or the next one; in a present one it is any year's ("roads close in
    /// winter": `XXXX-WI`).
    fn bare_season(&self, i: usize) -> Option<Timex> {
        let season = season_of(self.l(i))?;
        let prev = if i > 0 { self.l(i - 1) } else { "" };
        let prep = matches!(
            prev,
            "in" | "during"
                | "by"
                | "until"
                | "till"
                | "through"
                | "since"
                | "over"
                | "before"
                | "after"
                | "from"
                | "into"
                | "throughout"
        );
        // "prices fall 2%", "the leaves fall": "fall" needs a capital or a preposition.
        let cap = self.doc.tokens.get(i).is_some_and(|t| t.cap);
        if self.l(i) == "fall" && !prep && !cap {
            return None;
        }
        let of = usize::from(self.l(i + 1) == "of");
        if let Some((y, end)) = self.year_span(i + 1 + of) {
            return Self::mk(i, end, TimexKind::Date, Some(format!("{y:04}-{season}")));
        }
        let next = self.doc.tokens.get(i + 1);
        let open = next.is_none_or(|t| t.kind == TokKind::Punct && !self.hyphen_at(i + 1))
            || matches!(
                self.l(i + 1),
                "and"
                    | "or"
                    | "but"
                    | "the"
                    | "a"
                    | "when"
                    | "while"
                    | "as"
                    | "to"
                    | "with"
                    | "because"
                    | "if"
                    | "than"
                    | "then"
                    | "it"
                    | "they"
                    | "we"
                    | "he"
                    | "she"
                    | "there"
                    | "is"
                    | "was"
                    | "will"
            );
        if !prep || !open {
            return None;
        }
        let r = self.reference.get();
        let start = season_start(season);
        let y = match (r, self.tense(i, i + 1)) {
            (Some(r), Tense::Past) if start > r.month() => Some(r.year() - 1),
            (Some(r), Tense::Future) if start + 2 < r.month() => Some(r.year() + 1),
            (Some(r), Tense::Past | Tense::Future) => Some(r.year()),
            _ => None,
        };
        let v = y.map_or_else(|| format!("XXXX-{season}"), |y| format!("{y:04}-{season}"));
        Self::mk(i, i + 1, TimexKind::Date, Some(v))
    }

    /// "3 o'clock", "six o'clock this morning", "at 4 in the morning", "at 10 at night": an
    /// hour of the twelve-hour clock said without a.m. or p.m. The part of the day after it
    /// says which half; without one, 1 to 6 o'clock is the afternoon (the small hours are
    /// said so: "at 4 in the morning") and 7 to 12 as written.
    fn hour_of_day(&self, i: usize) -> Option<Timex> {
        let h = if self.is_num(i) {
            self.w(i).parse::<u32>().ok()?
        } else {
            number_word(self.l(i)).filter(|_| !matches!(self.l(i), "a" | "an" | "half"))?
        };
        if !(1..=12).contains(&h) {
            return None;
        }
        let oclock = matches!(self.l(i + 1), "o'clock" | "o’clock" | "oclock");
        let mut k = if oclock { i + 2 } else { i + 1 };
        // The part of the day: true for the afternoon and night.
        let mut today = false;
        let pm = match (self.l(k), self.l(k + 1), self.l(k + 2)) {
            ("in", "the", "morning") => Some(false),
            ("in", "the", "afternoon" | "evening") => Some(true),
            ("at", "night", _) => Some(true),
            ("this", "morning", _) if oclock => {
                today = true;
                Some(false)
            }
            ("this", "afternoon" | "evening", _) if oclock => {
                today = true;
                Some(true)
            }
            ("tonight", _, _) if oclock => Some(true),
            _ => None,
        };
        match self.l(k) {
            "in" if pm.is_some() => k += 3,
            "at" | "this" if pm.is_some() => k += 2,
            _ => {}
        }
        // "at 4 in the morning": without "o'clock" only after a preposition of time ("won 3
        // in the morning" is a count).
        if !oclock
            && (pm.is_none()
                || !(i > 0 && matches!(self.l(i - 1), "at" | "until" | "till" | "around")))
        {
            return None;
        }
        let h24 = match pm {
            Some(true) if h < 12 => h + 12,
            Some(false) if h == 12 => 0,
            None if h <= 6 => h + 12,
            _ => h,
        };
        let (end, date) = match self.reference.get().filter(|_| today) {
            Some(r) => (k, ymd(r)),
            None => self
                .day_after(k, i)
                .unwrap_or_else(|| (k, self.reference_day())),
        };
        Self::mk(i, end, TimexKind::Time, Some(format!("{date}T{h24:02}:00")))
    }

    /// "1900 GMT", "0430 local time", "2300 UTC Tuesday": four digits of a 24-hour clock
    /// with the zone that says so.
    fn zoned_clock(&self, i: usize, date: &dyn Fn() -> String) -> Option<Timex> {
        let w = self.w(i);
        if w.len() != 4 || !w.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let zone_end = if is_time_zone(self.w(i + 1)) {
            i + 2
        } else if self.l(i + 1) == "local" && self.l(i + 2) == "time" {
            i + 3
        } else {
            return None;
        };
        let h: u32 = w.get(..2)?.parse().ok()?;
        let min: u32 = w.get(2..)?.parse().ok()?;
        if h >= 24 || min >= 60 {
            return None;
        }
        let (end, date) = self
            .day_after(zone_end, i)
            .unwrap_or_else(|| (zone_end, date()));
        Self::mk(
            i,
            end,
            TimexKind::Time,
            Some(format!("{date}T{h:02}:{min:02}")),
        )
    }

    /// A day right after a clock time ("10 p.m. Wednesday", "noon Thursday", "5 p.m. EST,
    /// Nov. 9"): the end token and the day's date.
    fn day_after(&self, k: usize, from: usize) -> Option<(usize, String)> {
        let k = if self.w(k) == "," { k + 1 } else { k };
        let day = match self.l(k) {
            "today" | "tonight" => Some(Self::mk(
                k,
                k + 1,
                TimexKind::Date,
                self.reference.get().map(ymd),
            )?),
            "yesterday" => Some(Self::mk(
                k,
                k + 1,
                TimexKind::Date,
                self.reference.get().and_then(|r| add_days(r, -1)).map(ymd),
            )?),
            "tomorrow" => Some(Self::mk(
                k,
                k + 1,
                TimexKind::Date,
                self.reference.get().and_then(|r| add_days(r, 1)).map(ymd),
            )?),
            _ => self.weekday_from(k, from).or_else(|| self.absolute(k)),
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
        // "the party daily Granma": a newspaper.
        if l == "daily" && self.doc.tokens.get(i + 1).is_some_and(|t| t.cap) {
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
        // "twice a week", "three times a year", "three or four times a week": the count
        // belongs to the set.
        let counted =
            |k: usize| number_word(self.l(k)).is_some() && !matches!(self.l(k), "a" | "an");
        let times = match l {
            "once" | "twice" | "thrice" => Some(i + 1),
            _ if counted(i) && self.l(i + 1) == "times" => Some(i + 2),
            _ if counted(i)
                && matches!(self.l(i + 1), "or" | "to")
                && counted(i + 2)
                && self.l(i + 3) == "times" =>
            {
                Some(i + 4)
            }
            _ => None,
        };
        if let Some(k) = times
            && matches!(self.l(k), "a" | "an" | "per" | "every" | "each")
            && let Some((u, clock)) = unit_of(self.l(k + 1))
            && u != "WE"
        {
            let v = if clock {
                format!("PT1{u}")
            } else {
                format!("P1{u}")
            };
            return Self::mk(i, k + 2, TimexKind::Set, Some(v));
        }
        if matches!(l, "every" | "each" | "per") {
            // "every night": that part of every day.
            if l != "per"
                && let Some(p) = part_of_day(self.l(i + 1))
                && !self.l(i + 1).ends_with('s')
                && self.l(i + 1) != "overnight"
            {
                return Self::mk(i, i + 2, TimexKind::Set, Some(format!("XXXX-XX-XXT{p}")));
            }
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
            // "every winter": that season of every year.
            if l != "per"
                && let Some(season) = season_of(self.l(i + 1))
            {
                return Self::mk(i, i + 2, TimexKind::Set, Some(format!("XXXX-{season}")));
            }
            // "each July": every year's July.
            if l != "per"
                && self.doc.tokens.get(i + 1).is_some_and(|t| t.cap)
                && let Some(mo) = month_of(self.w(i + 1))
            {
                return Self::mk(i, i + 2, TimexKind::Set, Some(format!("XXXX-{mo:02}")));
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

    /// "2010-11", "2010/11": a season or a fiscal year that runs over two years, written as
    /// one; the year it ends in and the token after it.
    fn year_pair(&self, k: usize) -> Option<(i16, usize)> {
        let y = self.year_at(k)?;
        let joined = |j: usize| self.doc.tokens.get(j).is_some_and(|t| !t.space_before);
        if !(matches!(self.w(k + 1), "-" | "–" | "/") && joined(k + 1) && joined(k + 2)) {
            return None;
        }
        let w = self.w(k + 2);
        let next: i16 = w.parse().ok()?;
        (self.is_num(k + 2) && w.len() == 2 && next == (y + 1) % 100).then_some((y + 1, k + 3))
    }

    /// The two digits that end a range of years at `k` ("1983-91", "2007-09"): the year they
    /// name, later than the year before the hyphen and in its century or the next.
    fn range_end_year(&self, k: usize) -> Option<i16> {
        let w = self.w(k);
        if k < 2 || w.len() != 2 || !self.is_num(k) || !matches!(self.w(k - 1), "-" | "–") {
            return None;
        }
        let joined = |j: usize| self.doc.tokens.get(j).is_some_and(|t| !t.space_before);
        if !joined(k) || !joined(k - 1) {
            return None;
        }
        let first = self.year_at(k - 2)?;
        let n: i16 = w.parse().ok()?;
        let y = first - first % 100 + n;
        let y = if y > first { y } else { y + 100 };
        // A range of more than a few decades is no range ("1990-00" is no year).
        (y - first < 50).then_some(y)
    }

    fn year_alone(&self, i: usize) -> Option<Timex> {
        if let Some(y) = self.range_end_year(i) {
            return Self::mk(i, i + 1, TimexKind::Date, Some(format!("{y:04}")));
        }
        let (y, end) = self.year_span(i)?;
        let prev = if i > 0 { self.w(i - 1) } else { "" };
        if matches!(prev, "$" | "£" | "€" | "No." | "#") {
            return None;
        }
        if let Some((last, end)) = self.year_pair(i) {
            return Some(self.season_of_years(i, y, last, end));
        }
        if self.hyphen_at(i + 1)
            && self.year_at(i + 2).is_none()
            && self.range_end_year(i + 2).is_none()
        {
            return None;
        }
        if matches!(self.l(i + 1), "%" | "percent") {
            return None;
        }
        // "a venture called Orion 1980", "the Vision 2030 plan": a year in a name. (Months, seasons
        // and holidays before a year are matched as dates before this is tried.)
        if i > 0
            && self.year_at(i).is_some()
            && self.doc.tokens.get(i - 1).is_some_and(|t| {
                t.cap
                    && t.kind == TokKind::Word
                    && t.sent == self.doc.tokens.get(i).map_or(0, |x| x.sent)
            })
            && !self.doc.sentence_initial(i - 1)
            // In running text, not a headline in title case ("A Strong 2012 Contender").
            && i > 1
            && self
                .doc
                .tokens
                .get(i - 2)
                .is_some_and(|t| t.kind == TokKind::Word && !t.cap)
            && month_of(prev).is_none()
            && season_of(self.l(i - 1)).is_none()
            && prev != prev.to_uppercase()
        {
            return None;
        }
        // "fiscal 1990", "fiscal year 2012", "FY 2010", "the 2011 fiscal year": the company's
        // year, named by the year it ends in, is one expression; "in 2018" is a date of its own.
        let before = |k: usize, w: &str| i >= k && self.l(i - k) == w;
        let mut a = if before(1, "fiscal") || before(1, "fy") {
            i - 1
        } else if before(1, "year") && before(2, "fiscal") {
            i - 2
        } else {
            i
        };
        let mut end = end;
        if a == i && self.l(end) == "fiscal" && self.l(end + 1) == "year" {
            end += 2;
            if before(1, "the") {
                a = i - 1;
            }
        }
        let v = format!("{y:04}");
        Self::mk(a, end, TimexKind::Date, Some(v))
    }

    /// "FY2010", "FY10", "FY2010-11": a fiscal year in its short form, one word, named by the
    /// year it ends in.
    fn fiscal_code(&self, i: usize) -> Option<Timex> {
        let l = self.l(i);
        let digits = l.strip_prefix("fy")?;
        if !matches!(digits.len(), 2 | 4) || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let n: i16 = digits.parse().ok()?;
        let y = if digits.len() == 4 {
            n
        } else {
            // Two digits: the century that puts the year nearest the reference date.
            let r = self.reference.get().map_or(2000, |r| r.year());
            let c = r - r % 100;
            [c - 100 + n, c + n, c + 100 + n]
                .into_iter()
                .min_by_key(|y| (y - r).abs())?
        };
        let joined = |j: usize| self.doc.tokens.get(j).is_some_and(|t| !t.space_before);
        let w = self.w(i + 2);
        let pair = matches!(self.w(i + 1), "-" | "–" | "/")
            && joined(i + 1)
            && joined(i + 2)
            && w.len() == 2
            && w.parse::<i16>().ok() == Some((y + 1) % 100);
        let (y, end) = if pair { (y + 1, i + 3) } else { (y, i + 1) };
        Self::mk(i, end, TimexKind::Date, Some(format!("{y:04}")))
    }

    /// "2010-11" (a season or school year), "fiscal 2010-11", "FY 2010/11", "the 2010-11
    /// financial year": a year that runs from `first` into `last`, the years at `i..end`. A
    /// fiscal year is named by the year it ends in ("fiscal 2011" is the same year) and keeps
    /// its words, as "fiscal 1990" does; any other is valued by the year it starts in, where
    /// most of a sports season or school year falls, and is the years alone, as "1988" is in
    /// "the 1988 period".
    fn season_of_years(&self, i: usize, first: i16, last: i16, end: usize) -> Timex {
        let before = |k: usize, w: &str| i >= k && self.l(i - k) == w;
        let (mut a, mut b) = (i, end);
        if before(1, "fiscal") || before(1, "fy") {
            a = i - 1;
        } else if before(1, "year") && before(2, "fiscal") {
            a = i - 2;
        } else if matches!(self.l(end), "fiscal" | "financial" | "tax") && self.l(end + 1) == "year"
        {
            b = end + 2;
            if before(1, "the") {
                a = i - 1;
            }
        }
        let fiscal = a < i || b > end;
        let y = if fiscal { last } else { first };
        Timex {
            a,
            b,
            kind: TimexKind::Date,
            value: Some(format!("{y:04}")),
        }
    }
}

fn unit_or_num(m: &Matcher<'_, '_>, k: usize) -> bool {
    unit_of(m.l(k)).is_some() || m.count(k).is_some()
}

/// TimeML extents take in the modifiers of a length ("nearly forty years", "more than four
/// hours") and of a distance back ("almost two years ago"), of a day ("Earlier Sunday", "late
/// yesterday"), an approximate point ("around Nov. 1", "around 7:15 p.m.") and an open end
/// ("the next year or so", "1994 or later", "1990 and beyond").
fn widen(doc: &Doc<'_>, t: &mut Timex, floor: usize) {
    let low = |k: usize| doc.low(k);
    let same_sentence = |k: usize| match (doc.tokens.get(k), doc.tokens.get(t.a)) {
        (Some(x), Some(y)) => x.sent == y.sent,
        _ => false,
    };
    // The open end: "or so" after any expression, "or later" and the like after a point.
    let (n0, n1) = (low(t.b), low(t.b + 1));
    let open_end = matches!((n0, n1), ("or", "so"))
        || (t.kind != TimexKind::Duration
            && matches!(
                (n0, n1),
                ("or", "later" | "earlier" | "sooner") | ("and", "beyond")
            ));
    if open_end && same_sentence(t.b + 1) {
        t.b += 2;
    }
    let ago = t.b > t.a && low(t.b - 1) == "ago";
    if t.kind == TimexKind::Duration || ago {
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
    let rel_day = matches!(first, "yesterday" | "today" | "tomorrow" | "tonight");
    if t.a > floor
        && ((dayish && matches!(low(t.a - 1), "earlier" | "later"))
            || (rel_day && matches!(low(t.a - 1), "early" | "late")))
    {
        t.a -= 1;
        return;
    }
    // "around Nov. 1", "around 7:15 p.m.", "around year end": an approximate point.
    let point = doc
        .tokens
        .get(t.a)
        .is_some_and(|x| x.kind == TokKind::Number)
        || month_of(doc.tok(t.a)).is_some()
        || first == "year";
    if point && t.a > floor && low(t.a - 1) == "around" {
        t.a -= 1;
    }
}

/// Per token: whether it can carry a time expression, a number or a word of
/// [`TIME_VOCABULARY`]. `words` holds each token's text and lower-case form.
fn time_words(doc: &Doc<'_>, words: &[(&str, &str)]) -> Vec<bool> {
    doc.tokens
        .iter()
        .zip(words)
        .map(|(t, &(_, low))| match t.kind {
            TokKind::Number => true,
            TokKind::Word => TIME_VOCABULARY.contains(low.trim_end_matches('.')),
            _ => false,
        })
        .collect()
}

/// Where a found time goes in the When list, lower first (the list is stable-sorted by it, so
/// the article's order holds within a tier). A reader briefing on a story wants the dates it
/// turns on first: days, weeks, months, quarters and seasons, placed on the calendar or not
/// ("Sunday" without a publication date); then bare years, decades and centuries, mostly
/// background ("the first visit since 2018"); then lengths, repeats and vague references
/// ("for years", "daily", "now"). `text` is the expression as written: "today" is a day even
/// when, with no publication date, its value is only `PRESENT_REF`.
#[must_use]
pub fn rank_tier(kind: TimexKind, value: Option<&str>, text: &str) -> u8 {
    if matches!(kind, TimexKind::Duration | TimexKind::Set) {
        return 2;
    }
    let Some(v) = value else {
        // A day the text names but no reference date places ("yesterday", "last week").
        return 0;
    };
    if v.ends_with("_REF") {
        let day = ["today", "tonight", "tomorrow", "yesterday"]
            .iter()
            .any(|d| text.eq_ignore_ascii_case(d));
        return if day { 0 } else { 2 };
    }
    // "2018", "199" (the 1990s), "19" (the 1900s), "XXXX": a year or longer.
    if v.len() <= 4 && v.bytes().all(|b| b.is_ascii_digit() || b == b'X') {
        return 1;
    }
    0
}

/// Where a date stands in the article, as [`rank_when`] weighs it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Placement {
    /// In the headline or the first body sentence: the date of the story's lead event.
    pub lead: bool,
    /// The wire dateline's date ("LISBON, April 1 (Reuters) -"): when the story was filed,
    /// which the page's source line already gives, not an event of the story.
    pub dateline: bool,
}

/// Whether the time expression over tokens `a..b` is a wire dateline's date: followed by an
/// agency in brackets and a dash ("March 31 (Xinhua) -", "THURSDAY, March 31 (HealthDay
/// News) --").
#[must_use]
pub fn is_dateline(doc: &Doc<'_>, b: usize) -> bool {
    if doc.tok(b) != "(" {
        return false;
    }
    let close = (b + 1..b + 8).find(|&k| doc.tok(k) == ")");
    close.is_some_and(|c| matches!(doc.tok(c + 1), "-" | "--" | "–" | "—"))
}

/// Rank the When list by salience: by [`rank_tier`] (a dateline's date one tier lower), a
/// repeat of an expression already listed with the same value one tier lower ("the week" said
/// four times is one date), then the lead's dates before the rest of their tier (a reader
/// briefing on the story needs the date of what the headline reports first), then the
/// article's order. `placed` holds each item's [`Placement`], in the list's order.
pub fn rank_when(when: &mut [crate::model::WhenFact], placed: &[Placement]) {
    let mut seen: rustc_hash::FxHashSet<(String, String)> = rustc_hash::FxHashSet::default();
    let mut keys: Vec<(u8, bool, usize)> = Vec::with_capacity(when.len());
    for (i, w) in when.iter().enumerate() {
        let place = placed.get(i).copied().unwrap_or_default();
        let mut tier = rank_tier(w.kind, w.value.as_deref(), &w.text);
        if place.dateline {
            tier = (tier + 1).min(2);
        }
        if !seen.insert((w.text.to_lowercase(), w.value.clone().unwrap_or_default())) {
            tier = (tier + 1).min(2);
        }
        let lead = place.lead && !place.dateline;
        keys.push((tier, !lead, i));
    }
    let mut order: Vec<usize> = (0..when.len()).collect();
    order.sort_by_key(|&i| keys.get(i).copied().unwrap_or((2, true, i)));
    let ranked: Vec<crate::model::WhenFact> =
        order.iter().filter_map(|&i| when.get(i).cloned()).collect();
    for (slot, w) in when.iter_mut().zip(ranked) {
        *slot = w;
    }
}

/// Find and resolve every temporal expression of the document.
#[must_use]
pub fn find(doc: &Doc<'_>, reference: Option<Date>) -> Vec<Timex> {
    let words: Vec<(&str, &str)> = (0..doc.tokens.len())
        .map(|k| (doc.tok(k), doc.low(k)))
        .collect();
    let m = Matcher {
        doc,
        reference: std::cell::Cell::new(reference),
        unplaced: reference.is_none(),
        anchor: std::cell::RefCell::new(None),
        last_quarter: std::cell::RefCell::new(None),
        last_explicit: std::cell::RefCell::new(None),
        last_day: std::cell::Cell::new(None),
        time_word: time_words(doc, &words),
        game: is_game_report(doc),
        words,
    };
    let mut out: Vec<Timex> = Vec::new();
    let mut i = 0;
    let n = doc.tokens.len();
    while i < n {
        let found = m.at(i).or_else(|| {
            // A year is a number or starts with a number word, both time words.
            if m.time_word.get(i).copied().unwrap_or(false) {
                m.year_alone(i)
            } else {
                m.fiscal_code(i)
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
                    // A forecast ("losses through the third quarter of 1990", "into the
                    // fourth quarter") is not the quarter a results story reports; a (fiscal)
                    // quarter that "ended", or that is told in the past tense, is.
                    && (reference.is_none_or(|r| (y, q) < (r.year(), (r.month() - 1) as u8 / 3 + 1))
                        || matches!(doc.low(t.b), "ended" | "ending")
                        || m.tense(t.a, t.b) == Tense::Past)
                    // The story's quarter is the latest it reports: "after a flat second
                    // quarter" in a third-quarter story looks back.
                    && m.anchor.borrow().is_none_or(|a| (y, q) >= a)
                {
                    *m.anchor.borrow_mut() = Some((y, q));
                }
                if !m.is_title(&t) && !m.not_a_time(&t) {
                    if let Some(v) = t.value.as_deref().filter(|v| v.contains("-Q")) {
                        *m.last_quarter.borrow_mut() = Some(v.to_owned());
                    }
                    m.note_explicit(&t);
                    m.note_day(&t);
                    let second = m.second_day(&t);
                    out.push(t);
                    if let Some(s) = second {
                        i = s.b;
                        out.push(s);
                    }
                }
            }
            _ => i += 1,
        }
    }
    anchor_clock_times(doc, reference, &mut out);
    out
}

/// Words that only a report of a game uses, in the main team sports.
const GAME_WORDS: &[&str] = &[
    "halftime",
    "overtime",
    "rebounds",
    "assists",
    "touchdown",
    "touchdowns",
    "innings",
    "quarterback",
    "goalkeeper",
    "playoff",
    "playoffs",
    "kickoff",
    "buzzer",
    "layup",
    "striker",
    "midfielder",
    "defender",
    "referee",
    "coach",
    "teammate",
    "teammates",
    "scored",
    "league",
    "match",
];

/// A story with three or more different [`GAME_WORDS`] reports a game; a results story
/// that mentions one ("the league", "a match") is not one.
pub(super) fn is_game_report(doc: &Doc<'_>) -> bool {
    let mut seen = [false; GAME_WORDS.len()];
    for k in 0..doc.tokens.len() {
        let l = doc.low(k);
        if let Some(k) = GAME_WORDS.iter().position(|g| *g == l)
            && let Some(s) = seen.get_mut(k)
        {
            *s = true;
        }
    }
    seen.iter().filter(|&&s| s).count() >= 3
}

/// A clock time without a day of its own ("at 10:35 a.m.") happened on the day its sentence
/// names ("… Friday"), not necessarily on the reference date.
fn anchor_clock_times(doc: &Doc<'_>, reference: Option<Date>, out: &mut [Timex]) {
    let Some(r) = reference else {
        return;
    };
    let today = ymd(r);
    let sent = |k: usize| doc.tokens.get(k).map_or(0, |t| t.sent);
    // Every day-level date, in text order (the timexes are found in text order).
    let days: Vec<(usize, usize, String)> = out
        .iter()
        .filter(|t| matches!(t.kind, TimexKind::Date | TimexKind::Time))
        .filter_map(|t| {
            let v = t.value.as_deref()?;
            // A time still on the reference day may be a clock time waiting for its day.
            if t.kind == TimexKind::Time && v.starts_with(&today) {
                return None;
            }
            let d = v.get(..10)?;
            (d.len() == 10
                && d.as_bytes().get(4) == Some(&b'-')
                && d.as_bytes().get(7) == Some(&b'-')
                && !d.contains('X'))
            .then(|| (t.a, sent(t.a), d.to_owned()))
        })
        .collect();
    let mut by_sentence: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (n, (_, s, _)) in days.iter().enumerate() {
        by_sentence.entry(*s).or_default().push(n);
    }
    for t in out.iter_mut().filter(|t| t.kind == TimexKind::Time) {
        let own_day = (t.a..t.b).any(|k| {
            weekday_of(doc.tok(k)).is_some()
                || month_of(doc.tok(k)).is_some()
                || matches!(doc.low(k), "today" | "tonight" | "yesterday" | "tomorrow")
        });
        let Some(v) = t.value.as_deref() else {
            continue;
        };
        let clock = (t.a..t.b).any(|k| {
            doc.tokens.get(k).is_some_and(|x| x.kind == TokKind::Number)
                || matches!(doc.low(k), "noon" | "midnight")
        });
        if own_day || !clock || !v.starts_with(&today) {
            continue;
        }
        let s = sent(t.a);
        // The day its sentence names, else the last day the previous sentence named ("Police
        // were called on Friday. The shooting happened at 10 p.m.").
        let same = by_sentence.get(&s).and_then(|ns| {
            ns.iter()
                .filter_map(|&n| days.get(n))
                .filter(|(_, _, d)| *d != today)
                .min_by_key(|(a, _, _)| a.abs_diff(t.a))
        });
        // "as of 2:44 p.m." states how things stand now, whatever the last sentence told.
        let as_of = t.a >= 2 && doc.low(t.a - 2) == "as" && doc.low(t.a - 1) == "of";
        let story_day = same.or_else(|| {
            let prev = s.checked_sub(1).filter(|_| !as_of)?;
            by_sentence
                .get(&prev)
                .and_then(|ns| ns.last())
                .and_then(|&n| days.get(n))
        });
        if let Some((_, _, d)) = story_day.filter(|(_, _, d)| *d != today) {
            let rest = v.get(10..).unwrap_or("").to_owned();
            t.value = Some(format!("{d}{rest}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::tokenize;

    /// The expressions and values found with no reference date ("-" for none).
    fn unplaced_values(text: &str) -> Vec<(String, String)> {
        let doc = tokenize(text);
        find(&doc, None)
            .into_iter()
            .map(|t| {
                (
                    doc.span_str(t.a, t.b).to_owned(),
                    t.value.unwrap_or_else(|| "-".to_owned()),
                )
            })
            .collect()
    }

    #[test]
    fn without_a_reference_date_relative_dates_are_found_but_not_placed() {
        let got = unplaced_values(
            "The mayor quit last week and the council met yesterday. A vote comes next month, \
             on March 3, 1999, in 2004 and on Sunday.",
        );
        assert_eq!(
            got,
            pairs(&[
                ("last week", "-"),
                ("yesterday", "-"),
                ("next month", "-"),
                ("March 3, 1999", "1999-03-03"),
                ("2004", "2004"),
                ("Sunday", "XXXX-WXX-7"),
            ])
        );
    }

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
    fn an_ordinal_second_before_its_noun_is_no_length() {
        let v = values(
            "The mayor ran for a second term. Exports grew for a second straight quarter. \
             The plan had many second order effects. The lights went out for a second. \
             A second later the alarm rang. Nobody would for a second believe it.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("a second", "PT1S"),
                ("A second", "PT1S"),
                ("a second", "PT1S"),
            ])
        );
    }

    #[test]
    fn numbers_that_count_or_name_are_no_years() {
        let v = values(
            "Call 0800 123 2156 or 020-555-1987 for tickets. The index fell 1500 points, and \
             roughly 2000 people marched. Mix 1250 g of flour into a 2000 calorie meal. The \
             council passed resolution 1984 and H.R. 1966; Local 1999 went on strike. \
             The 2016 votes, the 2000 election and the local 2014 elections were fair. \
             It was signed on 03-10-2004 and ran from 1996-1997.",
            "2024-03-13",
        );
        let got: Vec<&str> = v.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(got, ["2016", "2000", "2014", "2004", "1996", "1997"]);
        let v = values(
            "1. Smith J. A trial of salt. Med J. 2011;42(7):1523-9. 2. Ray K. Salt again. \
             Med J. 2012;1999. The time: 1986, a good year.",
            "2024-03-13",
        );
        let got: Vec<&str> = v.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(got, ["2011", "2012", "1986"]);
    }

    #[test]
    fn a_game_report_has_periods_of_play_not_quarters() {
        let game = "The coach watched his striker score twice, and the referee sent off a \
                    defender. The hosts led 30-21 second quarter and pulled away in the third \
                    quarter and the second half.";
        let v = values(game, "2024-03-13");
        assert_eq!(v, pairs(&[]));
        // A results story keeps its quarters.
        let v = values(
            "The league's sponsor said profit rose in the third quarter.",
            "2024-03-13",
        );
        assert_eq!(v, pairs(&[("the third quarter", "2023-Q3")]));
    }

    #[test]
    fn a_month_inside_april_fools_is_the_whole_holiday_or_nothing() {
        let v = values(
            "The shop will close on April Fools' Day and on April Fool\u{2019}s Day. It is \
             no April Fools joke. Workers will march on May Day.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("April Fools' Day", "2024-04-01"),
                ("April Fool\u{2019}s Day", "2024-04-01"),
                ("May Day", "2024-05-01"),
            ])
        );
    }

    #[test]
    fn decades_take_their_article_and_modifier() {
        let v = values(
            "The band peaked in the late 1970s, faded in the 1980s and returned in mid-1990s.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("the late 1970s", "197"),
                ("the 1980s", "198"),
                ("mid-1990s", "199"),
            ])
        );
    }

    #[test]
    fn approximate_and_open_ended_expressions_keep_their_words() {
        let v = values(
            "The mill closed almost two years ago and may reopen around Nov. 1. The plant will \
             not be profitable until 2027 or later. Repairs will take the next year or so. \
             The mayor spoke late yesterday.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("almost two years ago", "2022"),
                ("around Nov. 1", "2024-11-01"),
                ("2027 or later", "2027"),
                ("the next year or so", "P1Y"),
                ("late yesterday", "2024-03-12"),
            ])
        );
    }

    #[test]
    fn a_deadline_clock_time_looks_ahead_to_its_weekday() {
        // 2024-03-11 is a Monday.
        let v = values(
            "The agency extended its deadline until 9 a.m. EST Tuesday. For the people of \
             the valley, high noon comes later.",
            "2024-03-11",
        );
        assert_eq!(v, pairs(&[("9 a.m. EST Tuesday", "2024-03-12T09:00")]));
    }

    #[test]
    fn results_compare_the_story_quarter_and_longer_periods_by_year() {
        let v = values(
            "Acme said third-quarter profit rose from a year ago. After a flat second quarter, \
             sales recovered. The quarter-to-quarter comparison gained from charges taken in \
             the year-earlier period. For the nine months, net rose from $5 million a year \
             earlier. In the 2023 period, costs were lower.",
            "2024-11-01",
        );
        assert_eq!(
            v,
            pairs(&[
                ("third-quarter", "2024-Q3"),
                ("a year ago", "2023-Q3"),
                ("second quarter", "2024-Q2"),
                ("the year-earlier period", "2023-Q3"),
                ("the nine months", "P9M"),
                ("a year earlier", "2023"),
                ("the 2023 period", "2023-Q3"),
            ])
        );
    }

    #[test]
    fn what_was_agreed_and_an_opening_month_take_the_right_year() {
        // A November paper: a January acquisition agreed now is the coming one; a January
        // told at the head of a past-tense sentence is the one gone by.
        let v = values(
            "The bank agreed to acquire a rival lender in January. In January, a week after \
             the vote, a storm flooded the valley.",
            "2024-11-01",
        );
        assert_eq!(
            v,
            pairs(&[
                ("January", "2025-01"),
                ("January", "2024-01"),
                ("a week", "P1W"),
            ])
        );
    }

    #[test]
    fn decades_back_are_years_and_the_near_future_is_one_phrase() {
        let v = values(
            "The wall fell a decade ago, and more than four decades ago the mine opened. \
             Talks resume in the near future.",
            "1999-03-12",
        );
        assert_eq!(
            v,
            pairs(&[
                ("a decade ago", "1989"),
                ("more than four decades ago", "1959"),
                ("the near future", "FUTURE_REF"),
            ])
        );
    }

    /// The When list's texts, in rank order, for `text` read on `date`.
    fn when_texts(text: &str, date: &str) -> Vec<String> {
        let article = crate::model::Article {
            text: text.to_owned(),
            ..crate::model::Article::default()
        };
        let r: Date = date.parse().unwrap_or_else(|e| panic!("{e}"));
        crate::extract::extract(&article, Some(r))
            .when
            .into_iter()
            .map(|w| w.text)
            .collect()
    }

    /// Where `t` stands in `when`.
    fn position_of(when: &[String], t: &str) -> usize {
        when.iter()
            .position(|w| w == t)
            .unwrap_or_else(|| panic!("{t} not in {when:?}"))
    }

    #[test]
    fn the_when_list_puts_the_story_dates_before_background_and_vague_ones() {
        let when = when_texts(
            "For years the town waited. The first visit since 2018 begins Sunday, and \
               officials now expect crowds daily. The week ahead is busy; the week after \
               is quiet. The mayor spoke on Friday.",
            "2024-03-13",
        );
        let pos = |t: &str| position_of(&when, t);
        assert_eq!(when.first().map(String::as_str), Some("Sunday"), "{when:?}");
        assert!(pos("Friday") < pos("2018"), "{when:?}");
        assert!(pos("2018") < pos("years"), "{when:?}");
        assert!(pos("2018") < pos("now"), "{when:?}");
        assert!(pos("2018") < pos("daily"), "{when:?}");
    }

    #[test]
    fn the_lead_events_date_comes_first_and_the_dateline_after() {
        // The headline and first sentence report Tuesday's vote; the dateline's date is when
        // the story was filed, and last month's rally is background further down.
        let when = when_texts(
            "Harbour workers vote to end strike\n\
               OSLAND, May 8 (Nordwire) - Dock workers in Osland voted on Tuesday to end \
               their strike. The union had called a rally last month. Shipping firms said \
               in April that cargo had piled up.",
            "2024-05-08",
        );
        let pos = |t: &str| position_of(&when, t);
        assert_eq!(
            when.first().map(String::as_str),
            Some("Tuesday"),
            "{when:?}"
        );
        assert!(pos("last month") < pos("May 8"), "{when:?}");
        assert!(pos("April") < pos("May 8"), "{when:?}");
    }

    #[test]
    fn a_few_minutes_keeps_its_article_and_a_year_in_a_name_is_no_date() {
        let v = values(
            "The answer comes in just a few minutes. The firm set up a venture called Nova \
             1980 in 1992.\n\nGovernor Seen As A Strong 2028 Contender",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("a few minutes", "PTXM"),
                ("1992", "1992"),
                ("2028", "2028")
            ])
        );
    }

    #[test]
    fn a_date_set_for_what_comes_is_ahead_even_in_a_past_clause() {
        let v = values(
            "The president dissolved parliament and set June 5 as the date for the election.",
            "2024-04-01",
        );
        assert_eq!(v, pairs(&[("June 5", "2024-06-05")]));
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
    fn a_part_of_a_named_day_is_one_time() {
        let v = values(
            "The ferry sank yesterday morning and divers return tomorrow night. Today's \
             evenings are cooler.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("yesterday morning", "2024-03-12TMO"),
                ("tomorrow night", "2024-03-14TNI"),
            ])
        );
    }

    #[test]
    fn the_next_day_counts_from_the_day_the_story_last_named() {
        // 2024-03-13 is a Wednesday.
        let v = values(
            "The barge ran aground on Monday. Crews refloated it the next day. That night the \
             river rose; the harbour master had warned of it the day before. Talks may go on \
             for the next day or two, and traders sold that day.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("Monday", "2024-03-11"),
                ("the next day", "2024-03-12"),
                ("That night", "2024-03-12TNI"),
                ("the day before", "2024-03-11"),
                ("the next day", "P1D"),
            ])
        );
    }

    #[test]
    fn a_quarter_century_and_half_an_hour_are_lengths_and_a_quarter_of_is_a_share() {
        let v = values(
            "The dam opened more than a quarter century ago and ran for half a century. The \
             tour lasts half an hour. About a quarter of the staff and three quarters of the \
             voters left after several quarters of losses.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("more than a quarter century ago", "1999"),
                ("half a century", "P50Y"),
                ("half an hour", "PT30M"),
                ("several quarters", "PXQ"),
            ])
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
    fn an_infinitive_alone_does_not_put_a_month_most_of_a_year_ahead() {
        // Told in late January, with nothing but "to make" for a tense: the November trip is
        // the one just gone, not one ten months away.
        let v = values(
            "The boy was taken along \"to make the late-November crossing\", the uncle said.",
            "2024-01-28",
        );
        assert_eq!(v, vec![("late-November".into(), "2023-11".into())]);
    }

    #[test]
    fn an_infinitive_meet_is_no_schedule() {
        // Told in October of what held back a firm in past months: the summer just gone.
        let v = values(
            "Supply problems made it hard for the firm to meet demand for its new laptops \
             well into the summer.",
            "2024-10-20",
        );
        assert_eq!(v, vec![("the summer".into(), "2024-SU".into())]);
    }

    #[test]
    fn a_period_running_through_a_month_ends_in_the_coming_one() {
        let v = values(
            "A group of lenders, led by the state bank, has extended the credit line through \
             January.",
            "2024-10-20",
        );
        assert_eq!(v, vec![("January".into(), "2025-01".into())]);
    }

    #[test]
    fn spelled_tens_and_units_are_one_number() {
        let v = values(
            "In the last twenty four hours the river rose a metre; the dam took thirty-six \
             months to build.",
            "2024-10-20",
        );
        assert_eq!(
            v,
            vec![
                ("the last twenty four hours".into(), "PT24H".into()),
                ("thirty-six months".into(), "P36M".into())
            ]
        );
    }

    #[test]
    fn the_last_half_of_a_year_is_its_second() {
        let v = values("Profit will fall in the last half of 2025.", "2024-10-20");
        assert_eq!(v, vec![("the last half of 2025".into(), "2025-H2".into())]);
    }

    #[test]
    fn two_quarters_of_a_year_are_its_half_and_three_are_a_length() {
        let v = values(
            "Orders grew in the first two quarters of 2019 and slowed in the last two \
             quarters of 2019. Over the first three quarters, costs rose.",
            "2020-02-01",
        );
        assert_eq!(
            v,
            pairs(&[
                ("the first two quarters of 2019", "2019-H1"),
                ("the last two quarters of 2019", "2019-H2"),
                ("the first three quarters", "P3Q"),
            ])
        );
    }

    #[test]
    fn a_forecast_or_schedule_headline_looks_ahead() {
        // 2024-03-11 is a Monday.
        let v = values(
            "Forecast for Wed.\n\nRain is likely across the valley.",
            "2024-03-11",
        );
        assert_eq!(v, pairs(&[("Wed.", "2024-03-13")]));
        let v = values(
            "Weekend schedule for Saturday\n\nThe market opens early.",
            "2024-03-11",
        );
        assert_eq!(v, pairs(&[("Saturday", "2024-03-16")]));
        // A weekday told in the past still looks back.
        let v = values("Rain fell on Wednesday.", "2024-03-11");
        assert_eq!(v, pairs(&[("Wednesday", "2024-03-06")]));
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

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    }

    #[test]
    fn a_reporting_verb_next_to_a_weekday_dates_the_report() {
        // 2024-03-13 is a Wednesday; "may soon" is about the future, the saying was Monday.
        let v = values(
            "The ministry said on Monday that talks may soon resume. Officials told reporters Tuesday the ship would sail.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[("Monday", "2024-03-11"), ("Tuesday", "2024-03-12")])
        );
    }

    #[test]
    fn the_papers_own_weekday_is_today_and_guesses_about_the_past_look_back() {
        // 2024-03-15 is a Friday.
        let v = values(
            "The envoy will speak Friday. The leak may have started Wednesday.",
            "2024-03-15",
        );
        assert_eq!(
            v,
            pairs(&[("Friday", "2024-03-15"), ("Wednesday", "2024-03-13")])
        );
    }

    #[test]
    fn a_deadline_looks_ahead_and_since_looks_back() {
        let v = values(
            "The company said it extended the offer until Nov. 20. Prices have risen since Sept. 3.",
            "2023-10-30",
        );
        assert_eq!(
            v,
            pairs(&[("Nov. 20", "2023-11-20"), ("Sept. 3", "2023-09-03")])
        );
    }

    #[test]
    fn an_adjective_in_ed_is_not_a_past_tense() {
        // "preferred" and "unspecified" must not pull June back a year.
        let v = values(
            "The bank will redeem its preferred shares on June 30, on a still unspecified date in July.",
            "2024-03-13",
        );
        assert_eq!(v, pairs(&[("June 30", "2024-06-30"), ("July", "2024-07")]));
    }

    #[test]
    fn spelled_out_years_from_broadcast_transcripts() {
        let v = values(
            "He was first elected in nineteen ninety-two and retired in the year two thousand.",
            "2001-05-02",
        );
        assert_eq!(
            v,
            pairs(&[
                ("nineteen ninety-two", "1992"),
                ("the year two thousand", "2000")
            ])
        );
        // A count is not a year.
        assert!(values("Some two thousand people marched.", "2001-05-02").is_empty());
    }

    #[test]
    fn holidays_resolve_to_their_day() {
        let v = values(
            "The boy was rescued on Thanksgiving Day. Voters go to the polls on Election Day.",
            "2022-10-20",
        );
        assert_eq!(
            v,
            pairs(&[
                ("Thanksgiving Day", "2021-11-25"),
                ("Election Day", "2022-11-08")
            ])
        );
        let v = values("Parliament returns after Easter 2025.", "2024-12-01");
        assert_eq!(v, pairs(&[("Easter 2025", "2025-04-20")]));
    }

    #[test]
    fn halves_decades_centuries_and_counted_days() {
        let v = values(
            "The strike lasted 2 1/2 years, a dispute of the nineties that outlived the 20th century; shares fell for eight trading days.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("2 1/2 years", "P2Y6M"),
                ("the nineties", "199"),
                ("the 20th century", "19"),
                ("eight trading days", "P8D"),
            ])
        );
    }

    #[test]
    fn vague_lengths_and_ages() {
        let v = values(
            "Exports have slowed in recent months and may recover over the next few years, said Ms. Ito, 52 years old.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[("recent months", "PXM"), ("the next few years", "PXY")])
        );
    }

    #[test]
    fn that_year_and_the_following_year_follow_the_text() {
        let v = values(
            "The plant opened in 1987. That year it hired 400 people, and the following year it doubled.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("1987", "1987"),
                ("That year", "1987"),
                ("the following year", "1988")
            ])
        );
    }

    #[test]
    fn a_clock_time_takes_the_day_its_sentence_names() {
        // 2024-03-16 is a Saturday.
        let v = values(
            "The blast came at 9:40 a.m. (0640 GMT) on Friday.",
            "2024-03-16",
        );
        assert_eq!(v.first().map(|p| p.1.as_str()), Some("2024-03-15T09:40"));
    }

    #[test]
    fn a_clock_time_alone_takes_the_day_the_story_is_about() {
        // 2024-03-16 is a Saturday; the story is about Thursday, not the reference day.
        let v = values(
            "Police were called to the harbour on Thursday. The fire started at 10 p.m. and \
             burned until dawn.",
            "2024-03-16",
        );
        assert_eq!(
            v,
            pairs(&[("Thursday", "2024-03-14"), ("10 p.m.", "2024-03-14T22:00")])
        );
        // With no day named before it, a clock time stays on the reference day.
        let v = values("The fire started at 10 p.m. and spread.", "2024-03-16");
        assert_eq!(v, pairs(&[("10 p.m.", "2024-03-16T22:00")]));
        // A price "as of" a clock time is how things stand on the reference day.
        let v = values(
            "The union struck on Thursday. Shares traded at $4 as of 2 p.m. in London.",
            "2024-03-16",
        );
        assert_eq!(v.last().map(|p| p.1.as_str()), Some("2024-03-16T14:00"));
        // A day named two sentences back is no longer the story's day.
        let v = values(
            "Police were called on Thursday. Crews arrived quickly. The fire started at 10 p.m.",
            "2024-03-16",
        );
        assert_eq!(v.last().map(|p| p.1.as_str()), Some("2024-03-16T22:00"));
    }

    #[test]
    fn four_digits_before_a_time_zone_are_a_clock_time_not_a_year() {
        // 2024-03-16 is a Saturday.
        let v = values(
            "The ceasefire began at 1900 GMT on Friday. Shelling resumed at 0430 local time. \
             The town was founded in 1900.",
            "2024-03-16",
        );
        assert_eq!(
            v,
            pairs(&[
                ("1900 GMT", "2024-03-15T19:00"),
                ("Friday", "2024-03-15"),
                // The story's day, from the sentence before.
                ("0430 local time", "2024-03-15T04:30"),
                ("1900", "1900"),
            ])
        );
    }

    #[test]
    fn titles_and_marches_are_not_times() {
        let v = values(
            "He said on \"This Week\" and on \"60 Minutes\" that the March for Life would go ahead in March.",
            "2024-01-10",
        );
        assert_eq!(v, pairs(&[("March", "2024-03")]));
    }

    #[test]
    fn the_weekend_in_a_monday_paper_is_the_one_just_gone() {
        // 2024-03-11 is a Monday (ISO week 11); the weekend before is in week 10.
        let v = values("Over the weekend, rebels seized the airport.", "2024-03-11");
        assert_eq!(v, pairs(&[("the weekend", "2024-W10-WE")]));
    }

    #[test]
    fn quarters_with_their_year_in_front() {
        let v = values(
            "Profit in this year's third quarter beat the year-ago third quarter and the 2021 fourth quarter.",
            "2023-10-25",
        );
        assert_eq!(
            v,
            pairs(&[
                ("this year's third quarter", "2023-Q3"),
                ("the year-ago third quarter", "2022-Q3"),
                ("the 2021 fourth quarter", "2021-Q4"),
            ])
        );
    }

    #[test]
    fn a_weekday_with_its_date_is_one_date() {
        let v = values(
            "Shares fell Friday Oct. 13 and the hearing is set for the week of Nov. 6.",
            "2023-10-25",
        );
        assert_eq!(
            v,
            pairs(&[
                ("Friday Oct. 13", "2023-10-13"),
                ("the week of Nov. 6", "2023-W45")
            ])
        );
    }

    #[test]
    fn todays_world_is_not_a_day_but_todays_vote_is() {
        let v = values(
            "Today's youth read less, but today's vote matters.",
            "2023-10-25",
        );
        assert_eq!(v, pairs(&[("today", "2023-10-25")]));
    }

    #[test]
    fn an_opening_day_belongs_to_the_clause_after_its_comma() {
        // 2024-03-13 is a Wednesday.
        let v = values(
            "On Friday, the union plans to strike. Until Monday, the mayor had refused to talk.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[("Friday", "2024-03-15"), ("Monday", "2024-03-11")])
        );
    }

    #[test]
    fn could_not_and_past_perfect_look_back() {
        // 2024-03-13 is a Wednesday.
        let v = values(
            "The minister could not be reached Tuesday. The offer had been due to expire Friday.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[("Tuesday", "2024-03-12"), ("Friday", "2024-03-08")])
        );
    }

    #[test]
    fn the_full_year_and_the_current_fiscal_year_are_this_year() {
        let v = values(
            "The chain expects a loss for the full year and in the current fiscal year.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("the full year", "2024"),
                ("the current fiscal year", "2024")
            ])
        );
    }

    #[test]
    fn two_days_of_one_month_and_a_hyphenated_late() {
        let v = values(
            "The summit is on April 24 and 25. The envoy came back from a late-November trip.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("April 24", "2024-04-24"),
                ("25", "2024-04-25"),
                ("late-November", "2023-11"),
            ])
        );
    }

    #[test]
    fn the_same_quarter_a_year_back() {
        let v = values(
            "Net rose in the third quarter from the quarter a year ago and beat the corresponding period last year.",
            "2023-10-25",
        );
        assert_eq!(
            v,
            pairs(&[
                ("the third quarter", "2023-Q3"),
                ("the quarter a year ago", "2022-Q3"),
                ("the corresponding period last year", "2022-Q3"),
            ])
        );
    }

    #[test]
    fn a_schedule_in_the_present_tense_looks_ahead() {
        // 2024-03-13 is a Wednesday.
        let v = values("The prime minister meets the king Monday.", "2024-03-13");
        assert_eq!(v, pairs(&[("Monday", "2024-03-18")]));
    }

    #[test]
    fn this_past_spring_and_a_couple_of_years() {
        let v = values(
            "The firm was sold this past spring and may be sold again in a couple of years.",
            "2023-10-25",
        );
        assert_eq!(
            v,
            pairs(&[
                ("this past spring", "2023-SP"),
                ("a couple of years", "P2Y")
            ])
        );
    }

    #[test]
    fn the_previous_friday_and_a_part_of_yesterday() {
        // 2024-03-18 is a Monday: last Friday was the 15th, the previous one the 8th.
        let v = values(
            "Shares ended 2% below the previous Friday. By mid-afternoon yesterday they had recovered.",
            "2024-03-18",
        );
        assert_eq!(
            v,
            pairs(&[
                ("the previous Friday", "2024-03-08"),
                ("mid-afternoon yesterday", "2024-03-17TAF"),
            ])
        );
    }

    #[test]
    fn a_deadline_weeks_ahead_stays_this_year_in_a_past_tense_sentence() {
        let v = values(
            "The company extended its offer to Nov. 20 and gave no reason for the Nov. 24 deadline.",
            "2023-11-02",
        );
        assert_eq!(
            v,
            pairs(&[("Nov. 20", "2023-11-20"), ("Nov. 24", "2023-11-24")])
        );
    }

    #[test]
    fn a_possessive_day_is_past_and_a_planned_day_ahead() {
        // 2024-03-15 is a Friday.
        let v = values(
            "Lawyers said they would look for ways around Wednesday's ruling. Protesters planned a march on Saturday.",
            "2024-03-15",
        );
        assert_eq!(
            v,
            pairs(&[("Wednesday", "2024-03-13"), ("Saturday", "2024-03-16")])
        );
    }
    #[test]
    fn a_month_without_a_tense_leans_back_and_a_deadline_with_will_looks_ahead() {
        let v = values(
            "Evidence in the October fire is scant. The airline will double its flights by August. The ministry told refiners of a cut in supplies in May.",
            "2026-04-20",
        );
        assert_eq!(
            v,
            pairs(&[
                ("October", "2025-10"),
                ("August", "2026-08"),
                ("May", "2026-05")
            ])
        );
    }

    #[test]
    fn since_shortly_after_a_date_looks_back() {
        let v = values(
            "Police have searched for him since shortly after the Nov. 3 attack.",
            "2026-05-06",
        );
        assert_eq!(v, pairs(&[("Nov. 3", "2025-11-03")]));
    }

    #[test]
    fn year_end_and_the_fiscal_year() {
        let v = values(
            "The sale should close by year-end. Shares are up 4% since year-end. Profit will rise in the fiscal year. Sales held steady throughout the fiscal year.",
            "2026-11-02",
        );
        assert_eq!(
            v,
            pairs(&[
                ("year-end", "2026"),
                ("year-end", "2025"),
                ("the fiscal year", "2026"),
                ("the fiscal year", "P1Y"),
            ])
        );
    }

    #[test]
    fn a_forecast_quarter_is_not_the_quarter_a_results_story_reports() {
        let v = values(
            "Ironworks Inc. posted a drop in third-quarter profit. Analysts expect losses through the third quarter of 2027. In the year-ago period, Ironworks earned $5 million. Sales in the latest period fell 5%.",
            "2026-10-26",
        );
        assert_eq!(
            v,
            pairs(&[
                ("third-quarter", "2026-Q3"),
                ("the third quarter of 2027", "2027-Q3"),
                ("the year-ago period", "2025-Q3"),
                ("the latest period", "2026-Q3"),
            ])
        );
    }

    #[test]
    fn the_main_verb_dates_an_infinitive_and_as_planned_says_nothing() {
        // 2026-03-14 is a Saturday.
        let v = values(
            "The government staged a number of concerts and parades to mark the country's entry into the alliance on Friday. The march began as previously planned Thursday night.",
            "2026-03-14",
        );
        assert_eq!(
            v,
            pairs(&[
                ("Friday", "2026-03-13"),
                ("Thursday night", "2026-03-12TNI")
            ])
        );
    }
    #[test]
    fn the_year_for_results_and_the_year_ended_a_date() {
        let v = values(
            "For the year, sales rose 4%. Revenue was $9 million in the year ended March 31. Hate crimes grew over the past year.",
            "2026-11-02",
        );
        assert_eq!(
            v,
            pairs(&[
                ("the year", "2026"),
                ("the year", "P1Y"),
                ("March 31", "2026-03-31"),
                ("the past year", "2025"),
            ])
        );
    }

    #[test]
    fn days_and_months_that_come_round_are_sets() {
        let v = values(
            "Two new flights leave on Tuesday nights, and the parade marches each July. The shop closes on Sundays.",
            "2026-02-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("Tuesday nights", "XXXX-WXX-2TNI"),
                ("each July", "XXXX-07"),
                ("Sundays", "XXXX-WXX-7"),
            ])
        );
    }

    #[test]
    fn a_set_keeps_its_count_and_a_part_of_every_day() {
        let v = values(
            "The ferry sails twice a week and three or four times a month. Guards \
             check the gate every night, and prices may climb in the months ahead.",
            "2026-02-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("twice a week", "P1W"),
                ("three or four times a month", "P1M"),
                ("every night", "XXXX-XX-XXTNI"),
                ("the months ahead", "PXM"),
            ])
        );
    }

    #[test]
    fn short_quarters_take_their_year() {
        let v = values(
            "The brewer lost money in Q4 2025 and in Q3. It will turn a profit in Q2.",
            "2026-02-13",
        );
        assert_eq!(
            v,
            pairs(&[("Q4 2025", "2025-Q4"), ("Q3", "2025-Q3"), ("Q2", "2026-Q2")])
        );
    }

    #[test]
    fn a_fiscal_year_keeps_its_words() {
        let v = values(
            "The budget for fiscal year 2027 cuts aid. In the 2025 fiscal year, the utility \
             lost money; its FY 2024 results were better.",
            "2026-02-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("fiscal year 2027", "2027"),
                ("the 2025 fiscal year", "2025"),
                ("FY 2024", "2024"),
            ])
        );
    }

    #[test]
    fn a_range_of_days_starts_on_its_first_day() {
        let v = values(
            "The festival runs June 12-14. The last one ran Aug. 3-5, 2024, and sold a 2-year \
             pass.",
            "2026-02-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("June 12", "2026-06-12"),
                ("Aug. 3-5, 2024", "2024-08-03"),
                ("2-year", "P2Y"),
            ])
        );
    }

    #[test]
    fn last_february_in_march_is_a_year_back() {
        let v = values(
            "Two helicopters crashed last February. The plant closed last November.",
            "2026-03-01",
        );
        assert_eq!(
            v,
            pairs(&[("last February", "2025-02"), ("last November", "2025-11")])
        );
    }
    #[test]
    fn a_day_next_to_a_stated_one_and_lengths_before_later() {
        // 2026-02-26 is a Thursday.
        let v = values(
            "The day before last Tuesday's hearing, the lawyers met. A day earlier, trucks crossed the border. But a minute and a half later, the pilot turned back.",
            "2026-02-26",
        );
        assert_eq!(
            v,
            pairs(&[
                ("The day before last Tuesday", "2026-02-23"),
                ("A day", "P1D"),
                ("a minute and a half", "PT1M30S"),
            ])
        );
    }

    #[test]
    fn holiday_weeks_vague_lengths_and_the_last_fiscal_year() {
        // 2026-03-30 is the Monday of Easter week (Easter Sunday is 2026-04-05).
        let v = values(
            "Pilgrims prayed as Easter week began. Sales grew for the first time in years. The firm, which just months ago was losing money, earned $3 million in the latest fiscal year. By mid-afternoon, the market had recovered.",
            "2026-03-30",
        );
        assert_eq!(
            v,
            pairs(&[
                ("Easter week", "2026-W14"),
                ("years", "PXY"),
                ("months ago", "PXM"),
                ("the latest fiscal year", "2025"),
                ("mid-afternoon", "2026-03-30TAF"),
            ])
        );
    }

    #[test]
    fn a_party_daily_and_a_march_of_the_people_are_names() {
        let v = values(
            "The Communist Party daily Granma printed the letter. Thousands joined the March of the Combatant People.",
            "2026-01-28",
        );
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn an_opening_day_reads_past_a_long_name_to_its_verb() {
        // 2026-10-26 is a Monday.
        let v = values(
            "On Tuesday, the National Abortion and Reproductive Rights Action League plans to hold a news conference.",
            "2026-10-26",
        );
        assert_eq!(v, pairs(&[("Tuesday", "2026-10-27")]));
    }

    #[test]
    fn vague_references_to_the_present_and_the_future() {
        let v = values(
            "The plan calms investors in the near term. Bonds may be sold at a later date. Prices hurt traders these days. They will live without it for a while. Today's geography quiz is hard, but today's youth know maps.",
            "2026-01-21",
        );
        assert_eq!(
            v,
            pairs(&[
                ("the near term", "FUTURE_REF"),
                ("a later date", "FUTURE_REF"),
                ("these days", "PRESENT_REF"),
                ("a while", "PXX"),
                ("Today", "2026-01-21"),
            ])
        );
    }
    #[test]
    fn a_years_quarter_and_the_half_of_next_year_are_one_date() {
        let v = values(
            "The bakery lost money in 2022's fourth quarter. Orders should recover in the first \
             half of next year, after a weak third quarter of last year.",
            "2023-03-08",
        );
        assert_eq!(
            v,
            pairs(&[
                ("2022's fourth quarter", "2022-Q4"),
                ("the first half of next year", "2024-H1"),
                ("third quarter of last year", "2022-Q3"),
            ])
        );
    }

    #[test]
    fn seasons_and_fiscal_years_over_two_years_are_one_date() {
        let v = values(
            "The striker scored twice in the 2021-22 season and once in 2022/23. The ferry \
             line lost money in FY2021 and in fiscal 2022-23; its FY23 plan and the FY 2023-24 \
             budget cut routes, as did the 2024-25 financial year.",
            "2024-05-02",
        );
        assert_eq!(
            v,
            pairs(&[
                ("2021-22", "2021"),
                ("2022/23", "2022"),
                ("FY2021", "2021"),
                ("fiscal 2022-23", "2023"),
                ("FY23", "2023"),
                ("FY 2023-24", "2024"),
                ("the 2024-25 financial year", "2025"),
            ])
        );
    }

    #[test]
    fn an_hour_said_without_am_or_pm_is_a_time() {
        let v = values(
            "The hearing opens at 3 o'clock. The baker starts at five o'clock this morning and \
             the ferry left at 4 in the morning. The team won 3 in the morning.",
            "2024-05-02",
        );
        assert_eq!(
            v,
            pairs(&[
                ("3 o'clock", "2024-05-02T15:00"),
                ("five o'clock this morning", "2024-05-02T05:00"),
                ("4 in the morning", "2024-05-02T04:00"),
            ])
        );
    }

    #[test]
    fn seasons_without_an_article() {
        let v = values(
            "Ferries stop every winter. In winter the pass closes. The board will vote in \
             spring. The gallery shows prints from summer 2019 and from the Arab Spring; \
             shares fall 2% when snow piles up in winter storms.",
            "2024-06-12",
        );
        assert_eq!(
            v,
            pairs(&[
                ("every winter", "XXXX-WI"),
                ("winter", "XXXX-WI"),
                ("spring", "2025-SP"),
                ("summer 2019", "2019-SU"),
            ])
        );
    }

    #[test]
    fn a_length_keeps_the_word_that_says_how_it_felt_and_its_results_period() {
        let v = values(
            "The miners waited two long weeks, after four agonizing years of talks. Sales in \
             the latest six months rose; the year-earlier six months were weaker.",
            "2024-06-12",
        );
        assert_eq!(
            v,
            pairs(&[
                ("two long weeks", "P2W"),
                ("four agonizing years", "P4Y"),
                ("the latest six months", "P6M"),
                ("the year-earlier six months", "P6M"),
            ])
        );
    }

    #[test]
    fn that_quarter_a_fiscal_quarter_adjective_and_ranges_of_years() {
        let v = values(
            "The brewer's fiscal third-quarter profit fell. In the year-ago third quarter it \
             earned more; results for that quarter included a gain. She ran the team from \
             1994-99, and the slump of 2007-09 hurt.",
            "2024-11-06",
        );
        assert_eq!(
            v,
            pairs(&[
                ("fiscal third-quarter", "2024-Q3"),
                ("the year-ago third quarter", "2023-Q3"),
                ("that quarter", "2023-Q3"),
                ("1994", "1994"),
                ("99", "1999"),
                ("2007", "2007"),
                ("09", "2009"),
            ])
        );
    }

    #[test]
    fn this_fiscal_year_and_the_previous_quarter() {
        let v = values(
            "The agency will trim hiring for the rest of this fiscal year; last fiscal year it \
             grew. The chain's second-quarter sales beat those of the previous quarter.",
            "2024-08-07",
        );
        assert_eq!(
            v,
            pairs(&[
                ("this fiscal year", "2024"),
                ("last fiscal year", "2023"),
                ("second-quarter", "2024-Q2"),
                ("the previous quarter", "2024-Q1"),
            ])
        );
    }

    #[test]
    fn bare_units_before_later_or_after_are_vague_lengths() {
        let v = values(
            "The mayor resigned hours after the audit. Days later, the council met, in the \
             days before the budget and a matter of weeks before the vote.",
            "2024-08-07",
        );
        assert_eq!(v, pairs(&[("hours", "PTXH"), ("Days", "PXD")]));
    }

    #[test]
    fn a_range_of_counts_and_a_unit_or_two_are_one_length() {
        let v = values(
            "Repairs take two to three weeks and the permit a month or two. The roof leaked \
             a week or two ago.",
            "2024-08-07",
        );
        assert_eq!(
            v,
            pairs(&[
                ("two to three weeks", "P2W"),
                ("a month or two", "P1M"),
                ("a week or two ago", "2024-W31"),
            ])
        );
    }

    #[test]
    fn a_quarter_or_half_takes_the_year_written_after_it() {
        let v = values(
            "Fourth-quarter 2022 sales fell, as in the third quarter of fiscal 2022. The \
             chain's H1 2023 margin rose; H1 of the plan is done.",
            "2023-08-09",
        );
        assert_eq!(
            v,
            pairs(&[
                ("Fourth-quarter 2022", "2022-Q4"),
                ("the third quarter of fiscal 2022", "2022-Q3"),
                ("H1 2023", "2023-H1"),
            ])
        );
    }

    #[test]
    fn a_century_ago_is_a_year_and_a_range_takes_an_en_dash() {
        let v = values(
            "The mill closed a century ago. Its last owner ran it from 1961\u{2013}68.",
            "2023-08-09",
        );
        assert_eq!(
            v,
            pairs(&[("a century ago", "1923"), ("1961", "1961"), ("68", "1968")])
        );
    }

    #[test]
    fn a_short_past_form_looks_back() {
        let v = values(
            "The poet died on June 4. The tenants sued on Nov. 2.",
            "2023-03-15",
        );
        assert_eq!(
            v,
            pairs(&[("June 4", "2022-06-04"), ("Nov. 2", "2022-11-02")])
        );
    }

    #[test]
    fn the_following_week_is_a_week_and_over_the_previous_week_a_length() {
        // 2023-03-15 is a Wednesday of ISO week 11.
        let v = values(
            "Prices rose the previous week. The board met on March 2 and again the following \
             week. Rents climbed over the previous week.",
            "2023-03-15",
        );
        assert_eq!(
            v,
            pairs(&[
                ("the previous week", "2023-W10"),
                ("March 2", "2023-03-02"),
                ("the following week", "2023-W10"),
                ("the previous week", "P1W"),
            ])
        );
    }

    #[test]
    fn the_time_vocabulary_covers_every_time_word() {
        // The word tests the patterns use, one word at a time.
        let exact = |w: &str| {
            let l = w.to_lowercase();
            let l = l.as_str();
            month_of(w).is_some()
                || weekday_of(w).is_some()
                || unit_of(l).is_some()
                || part_of_day(l).is_some()
                || season_of(l).is_some()
                || decade_word(l).is_some()
                || (number_word(l).is_some() && !matches!(l, "a" | "an"))
                || SPELLED_ORDINALS.contains(&l)
                || TIME_KEYWORDS.contains(&l)
                || matches!(
                    w,
                    "Christmas"
                        | "Thanksgiving"
                        | "Easter"
                        | "Good"
                        | "Halloween"
                        | "Election"
                        | "Independence"
                        | "Labor"
                        | "Labour"
                        | "Memorial"
                        | "Veterans"
                        | "Armistice"
                        | "Boxing"
                        | "New"
                        | "Valentine"
                )
        };
        let english = include_str!("../../assets/lexicon/words.txt");
        let extra = "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur \
                     Thurs Fri Sat Sun Mondays yr yrs twenty-first";
        let mut checked = 0;
        for word in english.lines().chain(extra.split_whitespace()) {
            let title: String = word
                .chars()
                .take(1)
                .flat_map(char::to_uppercase)
                .chain(word.chars().skip(1))
                .collect();
            for w in [
                word.to_owned(),
                title,
                word.to_uppercase(),
                format!("{word}."),
            ] {
                if exact(&w) && !w.chars().all(|c| c.is_ascii_digit()) {
                    checked += 1;
                    let key = w.to_lowercase();
                    assert!(
                        TIME_VOCABULARY.contains(key.trim_end_matches('.')),
                        "{w} is a time word missing from the vocabulary"
                    );
                }
            }
        }
        assert!(checked > 200, "{checked}");
    }

    #[test]
    fn one_day_after_a_modal_is_a_day_to_come_and_then_current_is_past() {
        let v = values(
            "She will one day lead the party. He hopes to one day return home. The hearing was \
             cut to one day. Holders may buy shares at the then current price, set by the \
             then-current board.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("one day", "FUTURE_REF"),
                ("one day", "FUTURE_REF"),
                ("one day", "P1D"),
                ("then current", "PAST_REF"),
                ("then-current", "PAST_REF"),
            ])
        );
    }

    #[test]
    fn a_rough_length_after_in_is_ahead_and_over_the_years_is_a_vague_length() {
        let v = values(
            "Doctors may, in a year or two, treat the disease. Over the years the town grew. \
             The dispute lasted a month or two.",
            "2024-03-13",
        );
        assert_eq!(
            v,
            pairs(&[
                ("a year or two", "FUTURE_REF"),
                ("the years", "PXY"),
                ("a month or two", "P1M"),
            ])
        );
    }

    #[test]
    fn could_after_a_negative_subject_is_past() {
        // 2024-03-14 is a Thursday.
        let v = values(
            "Neither the mayor nor his aides could be reached Wednesday. The council could \
             vote on the plan Friday.",
            "2024-03-14",
        );
        assert_eq!(
            v,
            pairs(&[("Wednesday", "2024-03-13"), ("Friday", "2024-03-15")])
        );
    }

    #[test]
    fn last_years_quarter_is_the_reported_quarter_a_year_back() {
        let v = values(
            "Profit in the third quarter rose 8%. Exports for last year's quarter were \
             $2 million. Last year's results included a charge.",
            "2024-11-01",
        );
        assert_eq!(
            v,
            pairs(&[
                ("the third quarter", "2024-Q3"),
                ("last year's quarter", "2023-Q3"),
                ("Last year", "2023"),
            ])
        );
    }
}
