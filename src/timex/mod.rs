//! Time expressions (TIMEX3 DATE, TIME, DURATION, SET), normalised against
//! the document date.
//!
//! A token-based matcher: each sentence's tokens become lower-case "words"
//! (hyphenated words split into their parts, so "third-quarter" reads as
//! "third quarter" and "five-year" as "five year"), and at each word a fixed
//! set of patterns is tried, each looking ahead a bounded number of words.
//! The longest match wins and matching resumes after it, so the work is
//! linear in the text. Values follow the TIMEX3 conventions of TimeBank:
//! `2025-07-03`, `2025-W26`, `2015-Q3`, `199` (the 1990s), `P3Y`, `PT2H`,
//! `XXXX-WXX-1`, `PRESENT_REF`. Without a document date, relative values
//! stay underspecified (`XXXX-XX-XX`) rather than wrong.

use std::borrow::Cow;

use crate::document::Time;
use crate::resources::lists::timex::terms::{self, Class};
use crate::resources::Phrase;
use crate::segment::AbbrevClass;
use crate::segment::{lower, Structure, TokenKind};
use crate::text::calendar::Date;
use crate::text::numbers::{self, number_words, WordClass};
use crate::text::span::Span;

/// One word of a sentence: a token, or a part of a hyphenated token.
#[derive(Debug)]
struct Word<'t> {
    /// As written (without an abbreviation's period).
    text: &'t str,
    /// Lower case, without an abbreviation's period.
    lower: Cow<'t, str>,
    kind: TokenKind,
    span: Span,
    /// The span of the whole token this word is part of.
    token: Span,
    /// The phrases of `data/timex/terms.txt` that begin with this word,
    /// looked up once.
    phrases: &'static [Phrase<Class, &'static str>],
}

/// The phrases of `data/timex/terms.txt` that begin with `lower`.
fn phrases_of(lower: &str) -> &'static [Phrase<Class, &'static str>] {
    terms::starting(lower)
}

/// A time expression found, in words of the sentence.
#[derive(Clone, Debug)]
struct Found {
    end: usize,
    kind: &'static str,
    value: String,
    /// Whether a "the" before it belongs to it ("the third quarter"), or
    /// to a noun it modifies ("the Oct. 23 meeting", "the 1996 election").
    takes_the: bool,
    /// Whether it names a fiscal quarter that later "year-earlier quarter"
    /// and "the quarter" refer back to.
    names_quarter: bool,
}

impl Found {
    fn new(end: usize, kind: &'static str, value: impl Into<String>) -> Option<Found> {
        Some(Found {
            end,
            kind,
            value: value.into(),
            takes_the: true,
            names_quarter: false,
        })
    }

    fn without_the(mut self) -> Found {
        self.takes_the = false;
        self
    }
}

/// What the matcher remembers across sentences.
#[derive(Default)]
struct DocState {
    /// The last fiscal quarter named, for "the year-earlier quarter".
    last_quarter: Option<(i32, u32)>,
    /// The last date named and how much of it is known (the year, the
    /// month or the day), for "that day" and "the following year".
    last_date: Option<(Date, Unit)>,
}

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Unit {
    Year,
    Month,
    Day,
}

/// A date value of granularity year, month or day, as a date and its
/// granularity.
fn parse_date_value(value: &str) -> Option<(Date, Unit)> {
    let num = |s: &str| -> Option<u32> {
        s.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    let year = num(value.get(..4)?)? as i32;
    match value.len() {
        4 => Some((Date::new(year, 1, 1)?, Unit::Year)),
        7 if &value[4..5] == "-" => Some((Date::new(year, num(&value[5..])?, 1)?, Unit::Month)),
        10 => Some((Date::parse_iso(value)?, Unit::Day)),
        _ => None,
    }
}

/// Finds the time expressions of the normalised `text`, with values resolved
/// against `anchor` when it is known. Spans are in normalised bytes.
pub fn extract(
    text: &str,
    structure: &Structure,
    anchor: Option<Date>,
    _switches: &crate::Switches,
) -> Vec<Time> {
    let mut out = Vec::new();
    let mut state = DocState::default();
    let mut words = Vec::new();
    for sentence in &structure.sentences {
        words.clear();
        for token in &structure.tokens[sentence.tokens.clone()] {
            push_words(text, token.span, token.kind, &mut words);
        }
        let future = (0..words.len())
            .any(|k| term_at(&words, k, Class::Future).is_some_and(|(_, v)| v == "sentence"));
        let mut matcher = Matcher {
            words: &words,
            anchor,
            future,
            several_quarters: speaks_of_several_quarters(&words),
            state: &mut state,
        };
        let mut idx = 0;
        while idx < words.len() {
            match matcher.match_at(idx) {
                Some((start, found)) if found.end > start => {
                    // A day of a range written as one token ("16-19") is
                    // a time of its own.
                    let in_range = |w: &Word| {
                        w.token != w.span
                            && text[w.token.range()]
                                .bytes()
                                .all(|b| b.is_ascii_digit() || b == b'-')
                    };
                    let (first, last) = (&words[start], &words[found.end - 1]);
                    let span = Span::new(
                        if in_range(first) {
                            first.span.start
                        } else {
                            first.token.start
                        },
                        if in_range(last) {
                            last.span.end
                        } else {
                            last.token.end
                        },
                    );
                    // Hyphen parts of one token may match twice; keep the first.
                    if out.last().is_none_or(|t: &Time| t.end <= span.start) {
                        out.push(Time {
                            start: span.start,
                            end: span.end,
                            text: text[span.range()].to_string(),
                            kind: found.kind.to_string(),
                            value: found.value,
                        });
                    }
                    idx = found.end;
                }
                _ => idx += 1,
            }
        }
    }
    out
}

/// Whether a sentence speaks of a reporting period longer than a quarter
/// but shorter than a year: "the nine months", "the first six months".
fn speaks_of_several_quarters(words: &[Word]) -> bool {
    words.windows(2).any(|pair| {
        let n = match pair[0].kind {
            TokenKind::Number => pair[0].text.parse::<u32>().ok(),
            _ => number_words()
                .word_value(&pair[0].lower)
                .filter(|&(_, ordinal)| !ordinal)
                .map(|(v, _)| v as u32),
        };
        pair[1].lower == "months" && n.is_some_and(|n| (4..12).contains(&n))
    })
}

/// Whether the count of words `idx..at` is written as a number ("one",
/// "3") rather than an article ("a quarter").
fn explicit_number(words: &[Word], idx: usize, at: usize) -> bool {
    words[idx..at]
        .iter()
        .any(|w| w.kind == TokenKind::Number || !matches!(w.lower.as_ref(), "a" | "an"))
}

/// The time spans of `text`, for layers that must not count a year or a
/// day of the month as a number of their own.
pub fn spans(text: &str, structure: &Structure, switches: &crate::Switches) -> Vec<Span> {
    extract(text, structure, None, switches)
        .into_iter()
        .map(|t| Span::new(t.start, t.end))
        .collect()
}

/// The longest term of `class` starting at word `idx`: its end and value.
fn term_at(words: &[Word], idx: usize, class: Class) -> Option<(usize, &'static str)> {
    let lower = |k: usize| words.get(k).map_or("", |w| w.lower.as_ref());
    words
        .get(idx)?
        .phrases
        .iter()
        .filter(|t| t.class == class)
        .filter(|t| t.words().enumerate().all(|(k, w)| lower(idx + k) == w))
        .max_by_key(|t| t.word_count())
        .map(|t| (idx + t.word_count(), t.value))
}

/// Appends the words of one token, splitting hyphenated words.
fn push_words<'t>(text: &'t str, span: Span, kind: TokenKind, out: &mut Vec<Word<'t>>) {
    let raw = &text[span.range()];
    // A range of days after a month ("September 16-19") is two days.
    let day_range = kind == TokenKind::Number
        && out.last().is_some_and(|w| {
            w.text.starts_with(|c: char| c.is_uppercase())
                && crate::text::calendar::month_of(w.text).is_some()
        })
        && raw.split_once('-').is_some_and(|(a, b)| {
            [a, b].iter().all(|d| {
                (1..=2).contains(&d.len()) && d.parse::<u32>().is_ok_and(|n| (1..=31).contains(&n))
            })
        });
    if (kind == TokenKind::Word || day_range) && raw.contains('-') && !raw.starts_with('-') {
        let mut offset = span.start;
        for part in raw.split('-') {
            if !part.is_empty() {
                let part_kind = if part.bytes().all(|b| b.is_ascii_digit()) {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
                let lower = lower(part);
                out.push(Word {
                    text: part,
                    phrases: phrases_of(&lower),
                    lower,
                    kind: part_kind,
                    span: Span::new(offset, offset + part.len()),
                    token: span,
                });
            }
            offset += part.len() + 1;
        }
        return;
    }
    let text_ = match kind {
        TokenKind::Abbreviation(_) => raw.strip_suffix('.').unwrap_or(raw),
        _ => raw,
    };
    let lower = lower(text_);
    out.push(Word {
        text: text_,
        phrases: phrases_of(&lower),
        lower,
        kind,
        span,
        token: span,
    });
}

struct Matcher<'a, 't> {
    words: &'a [Word<'t>],
    anchor: Option<Date>,
    /// Whether the sentence speaks of the future ("will", "scheduled").
    future: bool,
    /// Whether the sentence reports results of several quarters ("for the
    /// nine months"), so that "a year earlier" is that year, not a quarter.
    several_quarters: bool,
    state: &'a mut DocState,
}

/// Words after which a capitalised "May" or "March" is a month.
fn is_month_context(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "since"
            | "until"
            | "till"
            | "by"
            | "of"
            | "last"
            | "next"
            | "this"
            | "early"
            | "late"
            | "mid"
            | "before"
            | "after"
            | "during"
            | "from"
            | "to"
            | "through"
            | "each"
            | "every"
            | "on"
            | "end"
            | "between"
            | "and"
    )
}

fn fmt_month(year: i32, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

fn fmt_week(d: Date) -> String {
    let (year, week) = d.iso_week();
    format!("{year:04}-W{week:02}")
}

fn fmt_quarter(year: i32, quarter: u32) -> String {
    format!("{year:04}-Q{quarter}")
}

/// The value `n` units away from the anchor, at the unit's granularity.
fn relative(anchor: Option<Date>, unit: &str, n: i64) -> Option<String> {
    let Some(a) = anchor else {
        return Some(
            match unit {
                "Y" => "XXXX",
                "M" => "XXXX-XX",
                "W" => "XXXX-WXX",
                "D" => "XXXX-XX-XX",
                "Q" => "XXXX-QX",
                "WE" => "XXXX-WXX-WE",
                "DE" => "XXX",
                "CE" => "XX",
                _ => return None,
            }
            .to_string(),
        );
    };
    let n32 = n as i32;
    Some(match unit {
        "Y" => format!("{:04}", a.year + n32),
        "M" => {
            let d = a.add_months(n32);
            fmt_month(d.year, d.month)
        }
        "W" => fmt_week(a.add_days(7 * n)),
        "D" => a.add_days(n).to_string(),
        "Q" => {
            let idx = a.year * 4 + a.quarter() as i32 - 1 + n32;
            fmt_quarter(idx.div_euclid(4), idx.rem_euclid(4) as u32 + 1)
        }
        "WE" => format!("{}-WE", fmt_week(a.add_days(7 * n))),
        "DE" => format!("{:03}", a.year.div_euclid(10) + n32),
        "CE" => format!("{:02}", a.year.div_euclid(100) + n32),
        _ => return None,
    })
}

/// A TIMEX3 duration of `n` units (`None` for an unspecified number).
/// An unnumbered stretch of years or quarters before or after now ("recent
/// years", "the past several quarters", "coming quarters") names the
/// recent past or the future as a whole, as TimeBank annotates it; shorter
/// units ("recent weeks", "the next few days") stay durations, and so do
/// years ahead ("coming years").
fn vague_period(rel: i64, unit: &str) -> (&'static str, String) {
    match (rel.signum(), unit) {
        (-1, "Y" | "Q") => ("DATE", "PAST_REF".to_string()),
        (1, "Q") => ("DATE", "FUTURE_REF".to_string()),
        _ => ("DURATION", duration(None, unit)),
    }
}

fn duration(n: Option<f64>, unit: &str) -> String {
    let (letter, time, scale) = match unit {
        "Y" => ("Y", false, 1.0),
        "M" => ("M", false, 1.0),
        "W" => ("W", false, 1.0),
        "D" => ("D", false, 1.0),
        "Q" => ("Q", false, 1.0),
        "WE" => ("WE", false, 1.0),
        "FN" => ("W", false, 2.0),
        "DE" => ("Y", false, 10.0),
        "CE" => ("Y", false, 100.0),
        "MIL" => ("Y", false, 1000.0),
        "H" => ("H", true, 1.0),
        "MIN" => ("M", true, 1.0),
        "S" => ("S", true, 1.0),
        _ => ("D", false, 1.0),
    };
    let t = if time { "T" } else { "" };
    let Some(n) = n else {
        let letter = match unit {
            "DE" => "DE",
            "CE" => "CE",
            _ => letter,
        };
        return format!("P{t}X{letter}");
    };
    let n = n * scale;
    if n.fract() == 0.0 {
        return format!("P{t}{}{letter}", n as i64);
    }
    // A fraction goes to the next smaller unit: 2 1/2 years is P2Y6M.
    let (sub, sub_letter, sub_time) = match unit {
        "Y" => (12.0, "M", false),
        "M" => (30.0, "D", false),
        "W" => (7.0, "D", false),
        "D" => (24.0, "H", true),
        "H" => (60.0, "M", true),
        "MIN" => (60.0, "S", true),
        _ => (0.0, "", false),
    };
    let rest = n.fract() * sub;
    if sub > 0.0 && rest.fract().abs() < 1e-9 {
        let whole = n.trunc() as i64;
        let rest = rest.round() as i64;
        let head = if whole > 0 {
            format!("{whole}{letter}")
        } else {
            String::new()
        };
        let t2 = if sub_time && !time { "T" } else { "" };
        return format!("P{t}{head}{t2}{rest}{sub_letter}");
    }
    // Two decimals at most, written without float formatting (which would
    // weigh on the wasm build).
    let hundredths = (n * 100.0).round() as i64;
    let (whole, rest) = (hundredths / 100, hundredths % 100);
    let rest = format!("{rest:02}");
    format!("P{t}{whole}.{}{letter}", rest.trim_end_matches('0'))
}

/// Whether "`n` `unit`s" followed by `signal` counts from another event
/// ("three days later", "several months before he took office", "a day
/// earlier"): TimeML tags such a stretch as a DURATION and leaves the
/// signal word out of it, while "ago" and "from now" count from the
/// document date and make a DATE. "A year earlier" in a results story
/// names the year-ago period, which TimeBank tags as a DATE.
fn counts_from_event(unit: &str, n: Option<f64>, signal: &str) -> bool {
    match signal {
        "earlier" | "before" => !(unit == "Y" && n == Some(1.0)),
        "later" => true,
        _ => false,
    }
}

/// The value of `season` last (`rel` -1), next (1) or this (0) season as
/// seen from `anchor`. Seasons are counted in years that begin with spring,
/// so January and February belong to the winter that began the year
/// before; "this" season is the nearest one of that name ("this summer"
/// in October, "this spring" in February), the one of the same season
/// year when two are as near.
fn season_value(anchor: Option<Date>, season: &str, rel: i64) -> String {
    let Some(a) = anchor else {
        return format!("XXXX-{season}");
    };
    let (season_year, current) = match a.month {
        1 | 2 => (a.year - 1, 4),
        3..=5 => (a.year, 1),
        6..=8 => (a.year, 2),
        9..=11 => (a.year, 3),
        _ => (a.year, 4),
    };
    let target = match season {
        "SP" => 1,
        "SU" => 2,
        "FA" => 3,
        _ => 4,
    };
    let y = match rel {
        -1 if target >= current => season_year - 1,
        1 if target <= current => season_year + 1,
        0 if target - current > 2 => season_year - 1,
        0 if current - target > 2 => season_year + 1,
        _ => season_year,
    };
    format!("{y:04}-{season}")
}

/// The date of a holiday of `data/timex/terms.txt` in `year`: `MM-DD`,
/// `MM/W/N` (the Nth ISO weekday W of month MM, N = -1 the last) or
/// `easter`, the last two optionally followed by `+K` or `-K` days.
fn holiday_date(rule: &str, year: i32) -> Option<Date> {
    if let Some(rest) = rule.strip_prefix("easter") {
        let offset: i64 = match rest {
            "" => 0,
            _ => rest.trim_start_matches('+').parse().ok()?,
        };
        return Some(Date::easter(year).add_days(offset));
    }
    if let Some((month, rest)) = rule.split_once('/') {
        let (weekday, n) = rest.split_once('/')?;
        let (n, offset) = match n.split_once('+') {
            Some((n, k)) => (n, k.parse::<i64>().ok()?),
            None => (n, 0),
        };
        let date = Date::nth_weekday(
            year,
            month.parse().ok()?,
            weekday.parse().ok()?,
            n.parse().ok()?,
        )?;
        return Some(date.add_days(offset));
    }
    let (month, day) = rule.split_once('-')?;
    Date::new(year, month.parse().ok()?, day.parse().ok()?)
}

fn ordinal_digits(lower: &str) -> Option<u32> {
    let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &lower[digits.len()..];
    if digits.is_empty() || !matches!(suffix, "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok()
}

impl<'t> Matcher<'_, 't> {
    fn lower(&self, idx: usize) -> &str {
        self.words.get(idx).map_or("", |w| w.lower.as_ref())
    }

    fn is(&self, idx: usize, word: &str) -> bool {
        self.lower(idx) == word
    }

    /// The longest term of `class` starting at `idx`: its end and value.
    fn term(&self, idx: usize, class: Class) -> Option<(usize, &'static str)> {
        term_at(self.words, idx, class)
    }

    fn unit(&self, idx: usize) -> Option<&'static str> {
        self.term(idx, Class::Unit).map(|(_, v)| v)
    }

    fn is_capitalised(&self, idx: usize) -> bool {
        self.words
            .get(idx)
            .and_then(|w| w.text.chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// Whether the common time word at `idx` ("week", "today", "noon",
    /// "minutes") is capitalised where a sentence does not begin, as in a
    /// title or a name: ABC's "This Week", "VOA Today", "60 Minutes",
    /// "High Noon".
    fn is_title_cased(&self, idx: usize) -> bool {
        // After a quote, a dash or an abbreviation's period ("Hewlett-Packard
        // Co. Recently, ...") a sentence may begin.
        let opens_sentence = idx == 0
            || self.words.get(idx - 1).is_none_or(|w| {
                matches!(w.kind, TokenKind::Abbreviation(_))
                    || !w.text.starts_with(|c: char| c.is_alphanumeric())
            });
        let common = [
            Class::Unit,
            Class::Deictic,
            Class::Noon,
            Class::Ref,
            Class::Part,
        ]
        .into_iter()
        .any(|class| self.term(idx, class).is_some());
        common && !opens_sentence && self.is_capitalised(idx)
    }

    /// Whether words `start..end` are part of a title or a name rather than
    /// a time. Holidays are names of their own ("Election Day").
    fn in_title(&self, start: usize, end: usize) -> bool {
        let holiday = (start..end).any(|k| self.term(k, Class::Holiday).is_some());
        !holiday && (start..end).any(|k| self.is_title_cased(k))
    }

    fn month(&self, idx: usize) -> Option<u32> {
        let w = self.words.get(idx)?;
        if !self.is_capitalised(idx) {
            return None;
        }
        let month = crate::text::calendar::month_of(w.text)?;
        let is_abbrev = matches!(w.kind, TokenKind::Abbreviation(_));
        // Short forms without their period ("Jan", "Mar") and the months
        // that are also common words need a day, a year or a cue around them.
        let full = w.text.len() > 3 || w.text == "May";
        let needs_context = matches!(w.lower.as_ref(), "may" | "march") || (!full && !is_abbrev);
        if needs_context {
            // A bare short form before a capitalised word is a first name
            // ("Jan Kavan").
            let prev_ok = idx > 0 && is_month_context(self.lower(idx - 1)) && full;
            let next_ok = self.day_number(idx + 1).is_some() || self.year_number(idx + 1).is_some();
            if !(prev_ok || next_ok || (full && self.modifies_noun(idx))) {
                return None;
            }
        }
        // The months that are also first names, before a capitalised word
        // and with no day, year or month cue to date them, name a person:
        // "April Mellody", "June Carter", "August Wilson".
        if matches!(w.lower.as_ref(), "april" | "june" | "august") {
            let surname = self
                .words
                .get(idx + 1)
                .is_some_and(|n| n.kind == TokenKind::Word && self.is_capitalised(idx + 1));
            // An article makes it a modifier ("a June Trump event"); "and"
            // is a cue only after another month ("May and June").
            let prev = if idx > 0 { self.lower(idx - 1) } else { "" };
            let cue = match prev {
                "and" | "or" => {
                    idx > 1 && crate::text::calendar::month_of(self.words[idx - 2].text).is_some()
                }
                "a" | "an" | "the" => true,
                _ => is_month_context(prev),
            };
            let dated =
                cue || self.day_number(idx + 1).is_some() || self.year_number(idx + 1).is_some();
            if surname && !dated {
                return None;
            }
        }
        let _ = AbbrevClass::Month;
        Some(month)
    }

    /// Whether "the March" at `idx` modifies the noun after it ("the March
    /// accession", "the May election") rather than naming an event that
    /// does something ("the March drew thousands").
    fn modifies_noun(&self, idx: usize) -> bool {
        let Some(next) = self.words.get(idx + 1) else {
            return false;
        };
        idx > 0
            && self.is(idx - 1, "the")
            && next.kind == TokenKind::Word
            && next.text.len() > 3
            && next.text.starts_with(|c: char| c.is_ascii_lowercase())
            && !next.lower.ends_with("ed")
            && !matches!(
                next.lower.as_ref(),
                "will"
                    | "would"
                    | "could"
                    | "should"
                    | "also"
                    | "drew"
                    | "began"
                    | "took"
                    | "went"
                    | "came"
                    | "made"
                    | "were"
                    | "have"
                    | "that"
                    | "which"
            )
    }

    fn weekday(&self, idx: usize) -> Option<(u32, bool)> {
        let w = self.words.get(idx)?;
        if !self.is_capitalised(idx) {
            return None;
        }
        if let Some(day) = crate::text::calendar::weekday_of(w.text) {
            let is_abbrev = matches!(w.kind, TokenKind::Abbreviation(_));
            if w.text.len() <= 4 && !is_abbrev {
                return None;
            }
            return Some((day, false));
        }
        let singular = w.text.strip_suffix('s')?;
        (singular.len() > 5)
            .then(|| crate::text::calendar::weekday_of(singular))
            .flatten()
            .map(|d| (d, true))
    }

    /// A day of the month: "7", "7th", "seventh".
    fn day_number(&self, idx: usize) -> Option<u32> {
        let w = self.words.get(idx)?;
        let day = match w.kind {
            TokenKind::Number if w.text.len() <= 2 => w.text.parse().ok()?,
            TokenKind::Word => ordinal_digits(&w.lower).or_else(|| {
                let (v, is_ordinal) = number_words().word_value(&w.lower)?;
                is_ordinal.then_some(v as u32)
            })?,
            _ => return None,
        };
        (1..=31).contains(&day).then_some(day)
    }

    fn year_number(&self, idx: usize) -> Option<i32> {
        let w = self.words.get(idx)?;
        if w.kind != TokenKind::Number || w.text.len() != 4 {
            return None;
        }
        let year: i32 = w.text.parse().ok()?;
        (1000..=2199).contains(&year).then_some(year)
    }

    /// A number at `idx`: digits (with a fraction "2 1/2" and a scale
    /// "1.5 million") or words. Returns its end and value.
    fn number(&self, idx: usize) -> Option<(usize, f64)> {
        let w = self.words.get(idx)?;
        if w.kind == TokenKind::Number {
            let mut value = numbers::parse_digits(&w.text.replace(',', ""))
                .or_else(|| numbers::parse_fraction(w.text))?;
            let mut end = idx + 1;
            if let Some(frac) = self
                .words
                .get(end)
                .filter(|n| n.kind == TokenKind::Number)
                .and_then(|n| numbers::parse_fraction(n.text))
            {
                value += frac;
                end += 1;
            }
            if let Some((mult, WordClass::Multiplier)) = number_words().get(self.lower(end)) {
                value *= mult;
                end += 1;
            }
            return Some((end, value));
        }
        let (value, n_words, is_ordinal) =
            numbers::parse_words_from((idx..self.words.len()).take(6).map(|k| self.lower(k)))?;
        if is_ordinal {
            return None;
        }
        let mut end = idx + n_words;
        let mut value = value;
        // "two and a half years".
        if self.and_a_half(end) {
            value += 0.5;
            end += 3;
        }
        Some((end, value))
    }

    /// How many: a number, "a"/"an", or a vague count ("a few", "several").
    /// Returns the end and the value (`None` when vague).
    fn count(&self, idx: usize) -> Option<(usize, Option<f64>)> {
        if let Some((end, n)) = self.number(idx) {
            // A range "12 to 18 months" is unspecified.
            if matches!(self.lower(end), "to" | "or") {
                if let Some((end2, _)) = self.number(end + 1) {
                    if self.unit(end2).is_some() {
                        return Some((end2, None));
                    }
                }
            }
            return Some((end, Some(n)));
        }
        // "half a century", "half an hour", "a quarter-century", "the
        // past half century".
        if self.is(idx, "half") {
            let at = idx + 1 + usize::from(matches!(self.lower(idx + 1), "a" | "an"));
            if self.is(at, "dozen") {
                return Some((at + 1, Some(6.0)));
            }
            return Some((at, Some(0.5)));
        }
        if matches!(self.lower(idx), "a" | "the")
            && self.is(idx + 1, "quarter")
            && matches!(self.lower(idx + 2), "century" | "centuries")
        {
            return Some((idx + 2, Some(0.25)));
        }
        let mut idx2 = idx;
        if self.is(idx2, "a") {
            idx2 += 1;
        }
        if let Some((end, n)) = self.term(idx2, Class::Vague) {
            // "a couple of years" is two; "a few", "several" say no number.
            return Some((end, n.parse().ok()));
        }
        if self.is(idx, "a") || self.is(idx, "an") {
            if self.is(idx + 1, "half") {
                return Some((idx + 2, Some(0.5)));
            }
            return Some((idx + 1, Some(1.0)));
        }
        None
    }

    /// The date a weekday names: the most recent one (up to the anchor
    /// itself) in past-tense reporting, the next one when the sentence
    /// speaks of the future.
    fn weekday_date(&self, idx: usize, day: u32, shift: i64) -> String {
        let Some(a) = self.anchor else {
            return format!("XXXX-WXX-{day}");
        };
        let diff = i64::from(day) - i64::from(a.weekday());
        let date = match shift {
            -1 => a.add_days(if diff < 0 { diff } else { diff - 7 }),
            1 => a.add_days(if diff > 0 { diff } else { diff + 7 }),
            _ if (self.future_near(idx) || self.opens_a_plan(idx)) && diff != 0 => {
                a.add_days(if diff > 0 { diff } else { diff + 7 })
            }
            _ => a.add_days(if diff <= 0 { diff } else { diff - 7 }),
        };
        date.to_string()
    }

    /// Whether a word just before `idx` puts the sentence in the future
    /// ("will meet on Thursday"), with no reporting verb or past auxiliary
    /// in between.
    fn future_near(&self, idx: usize) -> bool {
        // A deadline "until" a time lies ahead ("extended its deadline
        // until 9 a.m. Tuesday"), unless it is "up until" or "not until" a
        // day past, or opens the sentence ("Until Thursday, they had not
        // called him").
        let mut k = idx;
        while k > 0 {
            let w = &self.words[k - 1];
            let in_time = w.kind == TokenKind::Number
                || matches!(
                    w.lower.as_ref(),
                    "a.m" | "p.m" | "am" | "pm" | "noon" | "midnight"
                )
                || self.term(k - 1, Class::Zone).is_some();
            if !in_time || k + 4 < idx {
                break;
            }
            k -= 1;
        }
        if k > 1 && matches!(self.lower(k - 1), "until" | "till") {
            return !matches!(self.lower(k - 2), "up" | "not");
        }
        // A day in an aside that glosses a time ("at 4 in the morning (4
        // a.m. EDT Thursday)") takes the tense of the words before the time.
        let mut near = k;
        if near > 0 && self.is(near - 1, "(") {
            near -= 1;
            let floor = near.saturating_sub(4);
            while near > floor {
                let w = &self.words[near - 1];
                let in_time = w.kind == TokenKind::Number
                    || matches!(w.lower.as_ref(), "a.m" | "p.m" | "in" | "the")
                    || self.term(near - 1, Class::Part).is_some();
                if !in_time {
                    break;
                }
                near -= 1;
            }
        }
        // A verb in the past right before the day ("called Friday", "met
        // on Monday") dates it, whatever cue comes before.
        let before = near.saturating_sub(1 + usize::from(near > 0 && self.is(near - 1, "on")));
        if before < near
            && self.in_ed(before)
            && !self.is_capitalised(before)
            // A passive takes its tense from its auxiliary ("will be
            // counted Tuesday").
            && !(before > 0 && matches!(self.lower(before - 1), "be" | "being" | "is" | "are"))
            // "as soon as trading opened Monday" looks ahead from the past.
            && !(before.saturating_sub(4)..before).any(|j| self.term(j, Class::Future).is_some())
        {
            return false;
        }
        // A date that names an event ("Wednesday's ruling", "the Aug. 7
        // blasts") is one already known.
        let names_event = idx > 0 && self.is(idx - 1, "the") || self.is(idx + 1, "'s");
        let mut past_verb = false;
        for k in (near.saturating_sub(10)..near).rev() {
            let w = self.lower(k);
            // A cue further off counts only across no verb in the past
            // ("would look ... after the market closed Wednesday").
            past_verb |= self.in_ed(k) && !self.is_capitalised(k);
            if k + 6 < near && (past_verb || names_event) {
                return false;
            }
            if matches!(
                w,
                "said"
                    | "says"
                    | "announced"
                    | "told"
                    | "reported"
                    | "."
                    | ";"
                    | "have"
                    | "has"
                    | "had"
                    | "was"
                    | "were"
                    | "did"
                    | "who"
                    | "which"
                    | "whose"
            ) {
                return false;
            }
            // A verb of a scheduled event counts only right before the day
            // ("Netanyahu and Arafat meet separately Monday"), a "close" cue
            // ("ahead of", "must") only within six words.
            if self.term(k, Class::Future).is_some_and(|(end, reach)| {
                end <= idx
                    && match reach {
                        // Not a noun: "a get out the vote event Monday".
                        "adjacent" => {
                            k + 3 >= near
                                && !(k > 0
                                    && matches!(
                                        self.lower(k - 1),
                                        "the"
                                            | "a"
                                            | "an"
                                            | "this"
                                            | "its"
                                            | "their"
                                            | "his"
                                            | "her"
                                    ))
                        }
                        "close" => k + 6 >= near,
                        _ => true,
                    }
            }) {
                // "had been due to", "was expected to", "previously
                // planned": a future seen from the past.
                let seen_from_past =
                    (k.saturating_sub(2)..k).any(|j| matches!(self.lower(j), "had" | "previously"));
                return !seen_from_past;
            }
        }
        false
    }

    /// Whether a day that opens the sentence ("On Tuesday, the league
    /// plans to hold a news conference") is the day of a plan: the main
    /// clause after its comma speaks of the future before it reports
    /// anything.
    fn opens_a_plan(&self, idx: usize) -> bool {
        let opener = idx == 0 || (idx == 1 && self.is(0, "on"));
        if !opener || !self.is(idx + 1, ",") {
            return false;
        }
        for k in idx + 2..(idx + 14).min(self.words.len()) {
            let w = self.lower(k);
            if self.term(k, Class::Future).is_some() {
                // "planned to" and "expected to" are plans seen from the
                // past unless the present says so ("is expected to").
                let seen_from_past =
                    w.ends_with("ed") && !(k > 0 && matches!(self.lower(k - 1), "is" | "are"));
                return w != "would" && !seen_from_past;
            }
            if matches!(w, "when" | "while" | "as" | "after" | "before" | "because") {
                return false;
            }
            if self.in_ed(k)
                || matches!(
                    w,
                    "said" | "says" | "told" | "was" | "were" | "had" | "," | ";" | "."
                )
            {
                return false;
            }
        }
        false
    }

    /// Whether the clause just before `idx` is in the past ("since he was
    /// rescued ... in late November"), whatever the rest of the sentence
    /// says of the future.
    fn past_near(&self, idx: usize) -> bool {
        for k in (idx.saturating_sub(10)..idx).rev() {
            match self.lower(k) {
                "was" | "were" | "had" | "did" | "since" => return true,
                "," | ";" | ":" | "." | "will" | "would" | "to" | "that" => return false,
                _ if self.term(k, Class::Future).is_some() => return false,
                _ if self.is_past_verb(k) => return true,
                _ => {}
            }
        }
        false
    }

    /// Whether word `k` looks like a regular verb in the past: a word in
    /// -ed ("closed", not "succeed") that is no future cue ("expected").
    fn in_ed(&self, k: usize) -> bool {
        let w = self.lower(k);
        w.len() > 4
            && w.ends_with("ed")
            && !w.ends_with("eed")
            && self.term(k, Class::Future).is_none()
    }

    /// Whether word `k` is a verb in the past tense: "took", "said", or a
    /// word in -ed that is not a passive or an infinitive ("will be
    /// counted", "to be named"), an adjective after an article ("the
    /// revised plan") or a future cue ("expected").
    fn is_past_verb(&self, k: usize) -> bool {
        if self.is_capitalised(k) && k > 0 {
            return false;
        }
        if !self.in_ed(k) && self.term(k, Class::Past).is_none() {
            return false;
        }
        let before = if k > 0 { self.lower(k - 1) } else { "" };
        !matches!(
            before,
            "be" | "been"
                | "being"
                | "is"
                | "are"
                | "am"
                | "to"
                | "will"
                | "would"
                | "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
        )
    }

    /// The year of a month (and day) at `idx` given without one. Next to a
    /// future cue ("will", "payable", "expected to") it is the next such
    /// date on or after the anchor, unless it fell in the last month.
    /// Otherwise it is the anchor's year, except that news reports the
    /// past, so a date more than two months ahead of the anchor is last
    /// year's unless the sentence speaks of the future (and not in a past
    /// clause) or the date names an event up to six months ahead ("the
    /// Nov. 8 election"); a date up to two months into next year is next
    /// year's. A deadline ("by", "through") is the nearest such date.
    fn year_for(&self, idx: usize, month: u32, day: Option<u32>) -> Option<i32> {
        let a = self.anchor?;
        let here = i64::from(a.month) * 31 + i64::from(a.day);
        let there = match day {
            Some(d) => i64::from(month) * 31 + i64::from(d),
            // A month is not past while it lasts.
            None => i64::from(month) * 31 + 31,
        };
        // A deadline ("pay down the loan by February", "loans through
        // January") is the nearest such month, which may be next year's.
        let deadline =
            idx > 0 && matches!(self.lower(idx - 1), "by" | "through" | "until" | "till");
        // Just past the turn of the year: "the caucuses Feb. 23", said in
        // December, are two months ahead.
        let soon_next_year = there + 12 * 31 - here <= 2 * 31 + 31 * i64::from(day.is_none())
            && !self.past_near(idx);
        Some(if (deadline && here - there > 6 * 31) || soon_next_year {
            a.year + 1
        } else if self.future_near(idx) {
            // A date of the last month is that one, whatever the cue ("must
            // file their February reports", said in March).
            let just_past = here - there <= 31;
            if there < here && !just_past {
                a.year + 1
            } else {
                a.year
            }
        } else if there - here > 2 * 31 + 31 * i64::from(day.is_none())
            && (!self.future || self.past_near(idx))
            && !(self.names_an_event(idx) && there - here < 6 * 31 && !self.past_near(idx))
        {
            a.year - 1
        } else {
            a.year
        })
    }

    /// Whether the date at `idx` modifies an event noun after "the": "the
    /// Nov. 8 general election", "the July convention". Without a tense of
    /// its own such a date is the nearest one, ahead as well as behind.
    fn names_an_event(&self, idx: usize) -> bool {
        if idx == 0 || !self.is(idx - 1, "the") {
            return false;
        }
        let mut end = idx + 1;
        if self.day_number(end).is_some() {
            end += 1;
        }
        self.words.get(end).is_some_and(|w| {
            w.kind == TokenKind::Word
                && w.text.starts_with(|c: char| c.is_ascii_lowercase())
                && !crate::resources::lists::lexicon::function_words::contains(w.lower.as_ref())
                && !matches!(
                    w.lower.as_ref(),
                    "and" | "or" | "is" | "was" | "will" | "has" | "had"
                )
        })
    }

    fn match_at(&mut self, start: usize) -> Option<(usize, Found)> {
        // Modifiers kept in the span: "about", "the end of", "early", "the".
        let mut idx = start;
        let mut has_the = false;
        let mut the_at = None;
        let mut n_mods = 0;
        while n_mods < 4 {
            n_mods += 1;
            if let Some((end, _)) = self.term(idx, Class::Approx) {
                let next = self.words.get(end);
                let multiword = end > idx + 1;
                let before_count = next.is_some_and(|w| {
                    w.kind == TokenKind::Number
                        || numbers::parse_words(&[w.lower.as_ref()]).is_some()
                        || matches!(w.lower.as_ref(), "a" | "an" | "half")
                        || (multiword && w.lower == "the")
                });
                if before_count {
                    idx = end;
                    continue;
                }
            }
            if let Some((end, _)) = self.term(idx, Class::Position) {
                idx = end;
                continue;
            }
            if idx == start && matches!(self.lower(idx), "earlier" | "later") {
                idx += 1;
                continue;
            }
            if self.is(idx, "the") && !has_the {
                has_the = true;
                the_at = Some(idx);
                idx += 1;
                continue;
            }
            break;
        }
        if self.in_unit_to_unit(idx) {
            return None;
        }
        let mut best = match (self.core(idx, has_the), self.anchored(idx)) {
            (Some(core), Some(found)) if found.end > core.end => found,
            (Some(core), _) => core,
            (None, found) => found?,
        };
        if self.in_title(start, best.end) {
            return None;
        }
        if best.kind == "DATE" {
            if let Some(date) = parse_date_value(&best.value) {
                self.state.last_date = Some(date);
            }
        }
        // Only a quarter that has ended can be the one reported on: "a
        // fourth-quarter charge" named in October is a forecast, while "the
        // fourth quarter ended Sept. 30" is a fiscal quarter past.
        if best.names_quarter && best.value.len() == 7 {
            if let (Ok(y), Ok(q)) = (
                best.value[..4].parse::<i32>(),
                best.value[6..].parse::<u32>(),
            ) {
                let ended = self.is(best.end, "ended")
                    || self
                        .anchor
                        .is_none_or(|a| y * 4 + (q as i32) < a.year * 4 + a.quarter() as i32);
                if ended {
                    self.state.last_quarter = Some((y, q));
                }
            }
        }
        // "or so" after a time stays with it.
        if self.is(best.end, "or") && self.is(best.end + 1, "so") {
            best.end += 2;
        }
        // An adjective made of one hyphenated word ("third-quarter",
        // "two-week") leaves the article to its noun.
        let one_token = self.words[idx].token == self.words[best.end - 1].token
            && self.words[idx].token != self.words[idx].span;
        let mut start = start;
        if the_at == Some(start) && (!best.takes_the || one_token) {
            start += 1;
        }
        Some((start, best))
    }

    /// The longest expression of any kind that begins at `idx`.
    fn core(&self, idx: usize, has_the: bool) -> Option<Found> {
        let mut cores = [
            self.time_of_day(idx),
            self.month_date(idx),
            self.second_day(idx),
            self.weekday_expr(idx),
            self.quarter(idx, has_the),
            self.story_relative(idx, has_the),
            self.relation_expr(idx, has_the),
            self.deictic(idx),
            self.part_of_story_day(idx),
            // A rate ("$5 million a year") before the duration it contains.
            self.set_expr(idx),
            self.the_year(idx, has_the),
            self.season_expr(idx, has_the),
            self.holiday(idx),
            self.judged_day(idx),
            self.year_end(idx),
            self.count_unit(idx, has_the),
            self.year_expr(idx),
            self.reference(idx, has_the),
        ]
        .into_iter()
        .flatten();
        let mut best = cores.next()?;
        for found in cores {
            if found.end > best.end {
                best = found;
            }
        }
        Some(best)
    }

    /// A date set by another: "the week of March 6", "the day before last
    /// Tuesday".
    fn anchored(&self, idx: usize) -> Option<Found> {
        let unit = self.lower(idx);
        let link = self.lower(idx + 1);
        let inner = |at: usize| {
            self.core(at, false)
                .filter(|f| f.kind == "DATE" && f.value.len() == 10)
                .and_then(|f| Some((f.end, Date::parse_iso(&f.value)?)))
        };
        match (unit, link) {
            ("week", "of") => {
                let (end, date) = inner(idx + 2)?;
                Found::new(end, "DATE", fmt_week(date))
            }
            ("day", "before" | "after") => {
                let (end, date) = inner(idx + 2)?;
                let shift = if link == "before" { -1 } else { 1 };
                Found::new(end, "DATE", date.add_days(shift).to_string())
            }
            _ => None,
        }
    }

    /// Whether word `idx` is a unit in a "quarter-to-quarter", "day-to-day"
    /// compound: a comparison or a manner, not a time.
    fn in_unit_to_unit(&self, idx: usize) -> bool {
        let same_compound = |a: usize, b: usize| {
            self.words.get(b).is_some_and(|w| {
                w.token == self.words[a].token
                    && w.token != w.span
                    && w.lower == self.words[a].lower
            })
        };
        self.unit(idx).is_some()
            && ((self.is(idx + 1, "to") && same_compound(idx, idx + 2))
                || (idx > 1 && self.is(idx - 1, "to") && same_compound(idx, idx - 2)))
    }

    /// "3 p.m.", "7:15 a.m. EST", "noon", "midnight Friday", "10 p.m. Wednesday".
    fn time_of_day(&self, idx: usize) -> Option<Found> {
        // "high noon" is the idiom (and the film) of a showdown, not a time.
        if idx > 0 && self.is(idx - 1, "high") && self.is(idx, "noon") {
            return None;
        }
        let (mut end, hour, minute) = if let Some((end, hm)) = self.term(idx, Class::Noon) {
            let (h, m) = hm.split_once(':')?;
            (end, h.parse::<u32>().ok()?, m.parse::<u32>().ok()?)
        } else {
            let w = self.words.get(idx)?;
            if w.kind != TokenKind::Number {
                return None;
            }
            let (h, m) = match w.text.split_once(':') {
                Some((h, m)) if m.len() == 2 => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
                Some(_) => return None,
                None => (w.text.parse::<u32>().ok()?, 0),
            };
            if !(1..=12).contains(&h) || m > 59 {
                return None;
            }
            // "4 in the morning", "9 at night".
            let part = match (self.lower(idx + 1), self.lower(idx + 2)) {
                ("in", "the") if !self.lower(idx + 3).ends_with('s') => {
                    self.term(idx + 3, Class::Part)
                }
                ("at", "night") => Some((idx + 3, "NI")),
                _ => None,
            };
            if let Some((end, part)) = part {
                let h = match part {
                    "MO" => h % 12,
                    "NI" if h < 6 || h == 12 => h % 12,
                    _ => h % 12 + 12,
                };
                (end, h, m)
            } else {
                // "6 o'clock this afternoon", "at 7:30 tonight": the part
                // of the day says a.m. or p.m., and its day is the time's.
                let oclock = self.is(idx + 1, "o'clock");
                let bare_hour_ok = idx > 0
                    && matches!(
                        self.lower(idx - 1),
                        "at" | "around" | "about" | "by" | "until" | "till" | "before" | "after"
                    );
                let day_part = self
                    .day_part(idx + 1 + usize::from(oclock))
                    .filter(|_| oclock || bare_hour_ok);
                if let Some((end, date, part)) = day_part {
                    let h = match part {
                        "MO" => h % 12,
                        "NI" if h < 5 || h == 12 => h % 12,
                        _ => h % 12 + 12,
                    };
                    return Found::new(end, "TIME", format!("{date}T{h:02}:{m:02}"));
                }
                let h = match self.lower(idx + 1) {
                    "a.m" | "am" => h % 12,
                    "p.m" | "pm" => h % 12 + 12,
                    "o'clock" => h,
                    _ => return None,
                };
                (idx + 2, h, m)
            }
        };
        if let Some((e, _)) = self.term(end, Class::Zone) {
            end = e;
        }
        let mut date = self.anchor.map(|a| a.to_string());
        // "6:30 a.m. on March 19, 2002", "11:45 a.m., Friday".
        let after = end + usize::from(matches!(self.lower(end), "," | "on"));
        let date_part = self
            .weekday_expr(after)
            .or_else(|| self.month_date(after))
            .or_else(|| self.deictic(after))
            .filter(|f| f.kind == "DATE" && f.value.len() == 10);
        if let Some(f) = date_part {
            date = Some(f.value);
            end = f.end;
        } else if let Some(day) = self.day_after_aside(end) {
            date = Some(day);
        } else if let Some(day) = self.day_before_at(idx) {
            date = Some(day);
        }
        let date = date.unwrap_or_else(|| "XXXX-XX-XX".to_string());
        Found::new(end, "TIME", format!("{date}T{hour:02}:{minute:02}"))
    }

    /// The day of "until Friday at noon", "on January 23 at 4:01 PM": a
    /// full date right before "at" and the time.
    fn day_before_at(&self, idx: usize) -> Option<String> {
        if idx < 2 || !self.is(idx - 1, "at") {
            return None;
        }
        (idx.saturating_sub(5)..idx - 1)
            .filter_map(|k| {
                self.weekday_expr(k)
                    .or_else(|| self.month_date(k))
                    .or_else(|| self.deictic(k))
            })
            .find(|f| f.end == idx - 1 && f.kind == "DATE" && f.value.len() == 10)
            .map(|f| f.value)
    }

    /// A part of a day named after a clock time: "this afternoon",
    /// "tonight", "tomorrow morning", "Friday evening". Returns its end,
    /// its day and the part.
    fn day_part(&self, at: usize) -> Option<(usize, String, &'static str)> {
        if self.is(at, "this") && !self.lower(at + 1).ends_with('s') {
            if let Some((end, part)) = self.term(at + 1, Class::Part) {
                let date = self
                    .anchor
                    .map_or("XXXX-XX-XX".to_string(), |a| a.to_string());
                return Some((end, date, part));
            }
        }
        let f = self.deictic(at).or_else(|| self.weekday_expr(at))?;
        let (date, part) = f.value.split_once('T')?;
        let part = ["MO", "AF", "EV", "NI"].into_iter().find(|&p| p == part)?;
        (date.len() == 10).then(|| (f.end, date.to_string(), part))
    }

    /// The day of "10:35 a.m. (0735 GMT) Friday": a day named just after
    /// a short aside in parentheses, or at its end, is the day of the time
    /// before it, though a time of its own.
    fn day_after_aside(&self, idx: usize) -> Option<String> {
        if !self.is(idx, "(") {
            return None;
        }
        let close = (idx + 1..(idx + 6).min(self.words.len())).find(|&k| self.is(k, ")"))?;
        let after = close + 1 + usize::from(self.is(close + 1, ","));
        self.weekday_expr(after)
            .or_else(|| self.month_date(after))
            // Or the day that ends the aside: "4 in the morning (4 a.m.
            // EDT Thursday)".
            .or_else(|| {
                self.weekday(close - 1)
                    .and_then(|_| self.weekday_expr(close - 1))
            })
            .filter(|f| f.kind == "DATE" && f.value.len() == 10)
            .map(|f| f.value)
    }

    /// "Nov. 9", "November 9, 1989", "July 1997", "March", "9 November 2015".
    fn month_date(&self, idx: usize) -> Option<Found> {
        if let Some(found) = self.numeric_date(idx) {
            return Some(found);
        }
        if let Some(month) = self.month(idx) {
            let mut end = idx + 1;
            let mut day = None;
            if let Some(d) = self.day_number(end) {
                if self.year_number(end).is_none() {
                    day = Some(d);
                    end += 1;
                }
            }
            let comma = usize::from(self.is(end, ","));
            let mut year = self.year_number(end + comma);
            if year.is_some() {
                end += comma + 1;
            } else if self.is(end, "of") && self.year_number(end + 1).is_some() {
                year = self.year_number(end + 1);
                end += 2;
            } else if let Some(rel) = self.year_named_after(end) {
                // "January this year", "June last year", "June 16th of
                // last year", "by March of next year".
                year = self.anchor.map(|a| a.year + rel);
                end += usize::from(self.is(end, "of")) + 2;
            } else if let Some((last, _)) = self.state.last_date.filter(|_| {
                let at = end + usize::from(self.is(end, "of"));
                self.is(at, "that") && self.is(at + 1, "year")
            }) {
                // "in October of that year": the year last named.
                year = Some(last.year);
                end += usize::from(self.is(end, "of")) + 2;
            } else if let Some(f) = self.year_expr(end).filter(|f| f.value.len() == 4) {
                // "January nineteen ninety-seven".
                if !self.words[end].lower.bytes().all(|b| b.is_ascii_digit()) {
                    year = f.value.parse().ok();
                    end = f.end;
                }
            }
            // "the Sept. 11 attacks", "September 11 hijackers": the day of
            // 2001, whenever the story is written. A single "attack" is
            // another ("the September 11 attack" in Benghazi, 2012).
            let attacks = (end..end + 2).any(|k| {
                matches!(
                    self.lower(k),
                    "attacks" | "attackers" | "hijackers" | "terrorist" | "terrorists"
                )
            });
            if year.is_none() && month == 9 && day == Some(11) && attacks {
                year = Some(2001);
            }
            let value = match (year.or_else(|| self.year_for(idx, month, day)), day) {
                (Some(y), Some(d)) => match Date::new(y, month, d) {
                    Some(date) => date.to_string(),
                    None => return None,
                },
                (Some(y), None) => fmt_month(y, month),
                (None, Some(d)) => format!("XXXX-{month:02}-{d:02}"),
                (None, None) => format!("XXXX-{month:02}"),
            };
            return Found::new(end, "DATE", value).map(Found::without_the);
        }
        // Day first: "9 November 2015", "the 9th of November".
        let day = self.day_number(idx)?;
        let mut at = idx + 1;
        if self.is(at, "of") {
            at += 1;
        }
        let month = self.month(at)?;
        let mut end = at + 1;
        let comma = usize::from(self.is(end, ","));
        let year = self.year_number(end + comma);
        if year.is_some() {
            end += comma + 1;
        }
        let value = match year.or_else(|| self.year_for(idx, month, Some(day))) {
            Some(y) => Date::new(y, month, day)?.to_string(),
            None => format!("XXXX-{month:02}-{day:02}"),
        };
        Found::new(end, "DATE", value).map(Found::without_the)
    }

    /// The year, relative to the anchor's, named at `idx` by "this year",
    /// "last year", "next year", or the same after "of".
    fn year_named_after(&self, idx: usize) -> Option<i32> {
        self.anchor?;
        let at = idx + usize::from(self.is(idx, "of"));
        if !self.is(at + 1, "year") {
            return None;
        }
        match self.lower(at) {
            "this" => Some(0),
            "last" => Some(-1),
            "next" => Some(1),
            _ => None,
        }
    }

    /// A date in figures, in US order: "2/26/2012", "9/17/16"; and "9/11",
    /// the day of the 2001 attacks, unless it is a fraction ("4 9/11",
    /// "9/11 of the vote", "rose 9/11 to 39").
    fn numeric_date(&self, idx: usize) -> Option<Found> {
        let w = self.words.get(idx)?;
        if w.kind != TokenKind::Number {
            return None;
        }
        let num = |s: &str| -> Option<u32> {
            (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let parts: Vec<&str> = w.text.split('/').collect();
        let date = match parts.as_slice() {
            [m, d, y] if m.len() <= 2 && d.len() <= 2 && matches!(y.len(), 2 | 4) => {
                let mut year = num(y)? as i32;
                if y.len() == 2 {
                    // "9/17/16": the century that does not put the date
                    // past the year after the story's.
                    let latest = self.anchor.map_or(2030, |a| a.year + 1);
                    year += if 2000 + year <= latest { 2000 } else { 1900 };
                }
                Date::new(year, num(m)?, num(d)?)?
            }
            ["9", "11"] => {
                let after_number = idx > 0 && self.words[idx - 1].kind == TokenKind::Number;
                // A title: "Fahrenheit 9/11".
                let opens_sentence = idx == 1
                    || matches!(
                        self.lower(idx - 2),
                        "." | "!" | "?" | "\"" | "“" | "‘" | "'" | "(" | ":" | "--" | "—"
                    );
                let in_name = idx > 1
                    && self.is_capitalised(idx - 1)
                    && !opens_sentence
                    && !matches!(
                        self.lower(idx - 1),
                        "on" | "after" | "since" | "before" | "during" | "of" | "from" | "until"
                    );
                let next = self.lower(idx + 1);
                let fraction = matches!(next, "of" | "%" | "percent" | "inch" | "inches")
                    || (matches!(next, "to" | "and")
                        && self
                            .words
                            .get(idx + 2)
                            .is_some_and(|n| n.kind == TokenKind::Number));
                if after_number || in_name || fraction {
                    return None;
                }
                Date::new(2001, 9, 11)?
            }
            _ => return None,
        };
        Found::new(idx + 1, "DATE", date.to_string()).map(Found::without_the)
    }

    /// The second day of "April 24 and 25", "Sept. 19 to 22", "September
    /// 16-19": a day number joined to a full date just before it is a date
    /// of the same month.
    fn second_day(&self, idx: usize) -> Option<Found> {
        let w = self.words.get(idx)?;
        if w.kind != TokenKind::Number || idx < 2 {
            return None;
        }
        // "16-19", one token split in two words.
        let joined = w.token != w.span && self.words[idx - 1].token == w.token;
        let link = self.lower(idx - 1);
        let first_at = if joined {
            idx - 1
        } else if idx >= 3 && matches!(link, "and" | "or" | "to" | "through" | "-" | "–") {
            idx - 2
        } else {
            return None;
        };
        let day = self.day_number(idx)?;
        let first = self.day_number(first_at)?;
        self.month(first_at - 1)?;
        let (last, unit) = self.state.last_date?;
        if unit != Unit::Day || last.day != first || self.month(idx + 1).is_some() {
            return None;
        }
        // A range runs forward, and "to 22 percent" is a number.
        let next = self.lower(idx + 1);
        let is_range = joined || !matches!(link, "and" | "or");
        let counts = self.unit(idx + 1).is_some()
            || matches!(next, "percent" | "%" | "points" | "people" | "a.m" | "p.m")
            || self
                .words
                .get(idx + 1)
                .is_some_and(|n| n.kind == TokenKind::Number);
        if (is_range && day <= first) || counts {
            return None;
        }
        Found::new(
            idx + 1,
            "DATE",
            Date::new(last.year, last.month, day)?.to_string(),
        )
    }

    /// "Thursday", "Friday morning", "Saturday, April 25", "Tuesdays".
    fn weekday_expr(&self, idx: usize) -> Option<Found> {
        let (day, plural) = self.weekday(idx)?;
        if plural {
            let mut end = idx + 1;
            let mut value = format!("XXXX-WXX-{day}");
            if let Some((e, part)) = self.term(end, Class::Part) {
                value.push_str(&format!("T{part}"));
                end = e;
            }
            return Found::new(end, "SET", value);
        }
        // Right after a capitalised "News", a weekday names a show ("Fox
        // News Sunday", "Breitbart News Saturday"), unless a part of the day
        // dates it ("on Fox News Tuesday night") or a clause follows ("told
        // ABC News Sunday that").
        let after_news = idx > 0 && self.words[idx - 1].text == "News";
        let dated_part = self.term(idx + 1, Class::Part).is_some() && !self.is_capitalised(idx + 1);
        if after_news && !dated_part && !self.is(idx + 1, "that") {
            return None;
        }
        let after = idx + 1 + usize::from(self.is(idx + 1, ","));
        if let Some(f) = self.month_date(after) {
            if f.value.len() == 10 || f.value.starts_with("XXXX-") {
                return Found::new(f.end, "DATE", f.value);
            }
        }
        // "Tuesday nights", and "Monday" in "Monday and Tuesday nights":
        // every such night.
        let plural_part = |at: usize| {
            self.term(at, Class::Part)
                .filter(|_| self.lower(at).ends_with('s'))
        };
        let shared = match self.lower(idx + 1) {
            "and" | "or" => self
                .weekday(idx + 2)
                .and_then(|_| plural_part(idx + 3))
                .map(|(_, part)| (idx + 1, part)),
            _ => plural_part(idx + 1),
        };
        if let Some((end, part)) = shared {
            return Found::new(end, "SET", format!("XXXX-WXX-{day}T{part}"));
        }
        let date = self.weekday_date(idx, day, 0);
        if let Some((end, part)) = self.term(idx + 1, Class::Part) {
            if !self.lower(idx + 1).ends_with('s') {
                return Found::new(end, "DATE", format!("{date}T{part}")).map(Found::without_the);
            }
        }
        Found::new(idx + 1, "DATE", date).map(Found::without_the)
    }

    /// "the third quarter", "third-quarter", "the fiscal first quarter",
    /// "the 1988 second quarter", "this year's third quarter", "the
    /// year-earlier quarter", "the latest quarter", "the first half".
    fn quarter(&self, idx: usize, has_the: bool) -> Option<Found> {
        let mut at = idx;
        let mut year: Option<i32> = None;
        let mut year_earlier = false;
        let mut latest = false;
        // "the current quarter" is the anchor's, not the last one reported.
        let mut in_progress = false;
        for _ in 0..4 {
            if self.is(at, "fiscal") {
                at += 1;
            } else if let Some(y) = self.year_number(at) {
                year = Some(y);
                at += 1;
            } else if self.is(at + 1, "year") && self.is(at + 2, "'s") {
                let rel = match self.lower(at) {
                    "this" | "the" => 0,
                    "last" => -1,
                    "next" => 1,
                    _ => break,
                };
                year = self.anchor.map(|a| a.year + rel);
                at += 3;
            } else if self.is(at, "year") && matches!(self.lower(at + 1), "earlier" | "ago") {
                year_earlier = true;
                at += 2;
            } else if matches!(self.lower(at), "latest" | "current" | "same" | "recent") {
                latest = true;
                in_progress = self.is(at, "current");
                at += 1;
            } else if self.is(at, "most") && self.is(at + 1, "recent") {
                latest = true;
                at += 2;
            } else if matches!(self.lower(at), "corresponding" | "comparable") {
                // "the comparable year-ago quarter": the comparison is
                // made by the words that follow.
                at += 1;
            } else {
                break;
            }
        }
        let ordinal = self
            .words
            .get(at)
            .and_then(|w| {
                ordinal_digits(&w.lower).or_else(|| {
                    let (v, is_ordinal) = number_words().word_value(&w.lower)?;
                    is_ordinal.then_some(v as u32)
                })
            })
            .or_else(|| self.is(at, "last").then_some(99));
        let (n, at) = match ordinal {
            Some(n) => (Some(n), at + 1),
            None => (None, at),
        };
        let at = at + usize::from(self.is(at, "fiscal"));
        // "the corresponding period last year": the year-ago quarter.
        if n.is_none() && year.is_none() && self.is(at + 1, "last") && self.is(at + 2, "year") {
            year_earlier = true;
        }
        let is_half = match self.lower(at) {
            "quarter" => false,
            "half" => true,
            // "the latest period", "the year-ago period", "the 1988
            // period": in a report of results, the quarter reported on
            // (or that quarter of the year named).
            "period"
                if n.is_none()
                    && (latest || year_earlier || (year.is_some() && !self.several_quarters))
                    && has_the =>
            {
                false
            }
            _ => return None,
        };
        let mut end = at + 1;
        if year_earlier && self.is(end, "last") {
            end += 2;
        }
        if self.is(end, "of") {
            let rel = match (self.lower(end + 1), self.lower(end + 2)) {
                ("this" | "the", "year") => Some(0),
                ("last", "year") => Some(-1),
                ("next", "year") => Some(1),
                _ => None,
            };
            if let Some(y) = self.year_number(end + 1) {
                year = Some(y);
                end += 2;
            } else if let (Some(rel), Some(a)) = (rel, self.anchor) {
                year = Some(a.year + rel);
                end += 3;
            } else if self.words.get(end + 1).is_some_and(|w| {
                w.kind == TokenKind::Word && w.text.starts_with(char::is_alphabetic)
            }) {
                // "the second half of February", "the quarter of Democratic
                // voters": a part of something else ("the third quarter of
                // $226.3 million" is still the quarter).
                return None;
            }
        }
        if n.is_none() && !(has_the || year.is_some() || year_earlier || latest) {
            return None;
        }
        // "the quarter a year ago": one expression, the quarter talked
        // about a year back.
        if n.is_none()
            && year.is_none()
            && self.is(end, "a")
            && self.is(end + 1, "year")
            && matches!(self.lower(end + 2), "ago" | "earlier")
        {
            year_earlier = true;
            end += 3;
        }
        if is_half {
            let half = match n {
                Some(1) => 1,
                Some(2 | 99) => 2,
                _ => return None,
            };
            let value = match year.or_else(|| {
                self.anchor.map(|a| {
                    if half == 2 && a.month <= 6 {
                        a.year - 1
                    } else {
                        a.year
                    }
                })
            }) {
                Some(y) => format!("{y:04}-H{half}"),
                None => format!("XXXX-H{half}"),
            };
            return Found::new(end, "DATE", value);
        }
        let last_completed = self.anchor.map(|a| {
            let idx = a.year * 4 + a.quarter() as i32 - 2;
            (idx.div_euclid(4), idx.rem_euclid(4) as u32 + 1)
        });
        let (y, q) = match n {
            Some(q @ 1..=4) => {
                let y = year.or_else(|| {
                    let a = self.anchor?;
                    let base = if year_earlier {
                        self.state.last_quarter.map_or(a.year, |(y, _)| y) - 1
                    } else if (q - 1) * 3 + 1 > a.month {
                        a.year - 1
                    } else {
                        a.year
                    };
                    Some(base)
                });
                (y, q)
            }
            Some(_) => return None,
            None => {
                let running = self.anchor.map(|a| (a.year, a.quarter()));
                let current = if in_progress && year.is_none() {
                    running
                } else {
                    self.state.last_quarter.or(last_completed)
                };
                match current {
                    Some((y, q)) => {
                        let y = year.unwrap_or(y) - i32::from(year_earlier && year.is_none());
                        (Some(y), q)
                    }
                    None => (None, 0),
                }
            }
        };
        let value = match (y, q) {
            (Some(y), 1..=4) => fmt_quarter(y, q),
            (None, 1..=4) => format!("XXXX-Q{q}"),
            _ => "XXXX-QX".to_string(),
        };
        let mut found = Found::new(end, "DATE", value)?;
        found.names_quarter = n.is_some() && !year_earlier;
        Some(found)
    }

    /// Times anchored to the story rather than to the document date: "that
    /// day", "that same year", "the following month", "the next day", "the
    /// previous year", "the previous Friday", counted from the last date
    /// named (or the document date before any), at the unit's granularity.
    fn story_relative(&self, idx: usize, has_the: bool) -> Option<Found> {
        let mut at = idx;
        let shift = match self.lower(at) {
            "that" => 0,
            "same" if has_the => 0,
            "following" if has_the => 1,
            "next" if has_the && self.is(at + 1, "day") => 1,
            "previous" if has_the => -1,
            _ => return None,
        };
        at += 1;
        if shift == 0 && self.is(at, "same") {
            at += 1;
        }
        let w = self.words.get(at)?;
        // "the following year-end" and "that day-long meeting" are not these.
        if w.token != w.span {
            return None;
        }
        let (date, known) = self
            .state
            .last_date
            .or_else(|| self.anchor.map(|a| (a, Unit::Day)))?;
        // "the previous Friday", "the following Monday": the weekday
        // before or after the day the story is on.
        if let Some((day, false)) = self.weekday(at).filter(|_| shift != 0) {
            if known < Unit::Day {
                return None;
            }
            let diff = i64::from(day) - i64::from(date.weekday());
            let days = match shift {
                1 if diff > 0 => diff,
                1 => diff + 7,
                _ if diff < 0 => diff,
                _ => diff - 7,
            };
            return Found::new(at + 1, "DATE", date.add_days(days).to_string());
        }
        let unit = match w.lower.as_ref() {
            "day" => Unit::Day,
            "month" => Unit::Month,
            "year" => Unit::Year,
            _ => return None,
        };
        if known < unit {
            // "that same day" or "the next day" after "last October": a day
            // of that month, not known which.
            if shift == 0 && !self.is(at - 1, "same") {
                return None;
            }
            let value = match (unit, known) {
                (Unit::Day, Unit::Month) => format!("{:04}-{:02}-XX", date.year, date.month),
                (Unit::Day, _) => format!("{:04}-XX-XX", date.year),
                _ => format!("{:04}-XX", date.year),
            };
            return Found::new(at + 1, "DATE", value);
        }
        let value = match unit {
            Unit::Day => date.add_days(shift).to_string(),
            Unit::Month => {
                let d = date.add_months(shift as i32);
                fmt_month(d.year, d.month)
            }
            Unit::Year => format!("{:04}", date.year + shift as i32),
        };
        Found::new(at + 1, "DATE", value)
    }

    /// "last week", "this year", "next month", "last April", "last Friday",
    /// "this summer", "this morning", "the past two months", "coming years".
    fn relation_expr(&self, idx: usize, has_the: bool) -> Option<Found> {
        let rel_word = self.lower(idx);
        // "Following Monday's debate" is "after"; "the following Monday"
        // is the next one.
        if rel_word == "following" && !has_the {
            return None;
        }
        // "The program would last four years": the verb.
        if rel_word == "last"
            && idx > 0
            && matches!(
                self.lower(idx - 1),
                "would"
                    | "will"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "should"
                    | "must"
                    | "to"
                    | "n't"
                    | "not"
            )
        {
            return None;
        }
        let (end0, rel) = match self.term(idx, Class::Relation) {
            Some((end, rel)) => (end, rel.parse::<i64>().ok()?),
            None if rel_word == "current" => (idx + 1, 0),
            None => return None,
        };
        let mut at = end0;
        // "this coming Sunday".
        if rel == 0 && self.is(at, "coming") {
            at += 1;
        }
        // The past/next N units: a duration.
        if let Some((end, n)) = self.count(at) {
            if let Some(unit) = self.unit(end) {
                if rel_word != "this" && !(self.is(at, "a") || self.is(at, "an")) {
                    if n.is_none() {
                        let (kind, value) = vague_period(rel, unit);
                        return Found::new(end + 1, kind, value);
                    }
                    return Found::new(end + 1, "DURATION", duration(n, unit));
                }
            }
        }
        if let Some(unit) = self.unit(at) {
            let plural = self.lower(at).ends_with('s');
            if plural {
                // "coming years", "the past several quarters".
                if rel == 0 {
                    return None;
                }
                let (kind, value) = vague_period(rel, unit);
                return Found::new(at + 1, kind, value);
            }
            if has_the && rel != 0 && rel_word != "last" && unit != "Y" {
                return Found::new(at + 1, "DURATION", duration(Some(1.0), unit));
            }
            if matches!(unit, "H" | "MIN" | "S" | "D") {
                return None;
            }
            return Found::new(at + 1, "DATE", relative(self.anchor, unit, rel)?);
        }
        if let Some(month) = self.month(at).or_else(|| {
            // "last june": the month is lower case only after a relation;
            // "this march" (a protest) and "this may" are common words.
            crate::text::calendar::month_of(self.words.get(at)?.text)
                .filter(|_| self.words[at].text.len() > 3 && self.words[at].lower != "march")
        }) {
            // "last Oct. 23": a day makes it a date.
            if let Some(day) = self
                .day_number(at + 1)
                .filter(|_| self.year_number(at + 1).is_none())
            {
                let value = match self.anchor {
                    Some(a) => {
                        let this = Date::new(a.year, month, day)?;
                        let y = match rel {
                            -1 if this >= a => a.year - 1,
                            1 if this <= a => a.year + 1,
                            _ => a.year,
                        };
                        Date::new(y, month, day)?.to_string()
                    }
                    None => format!("XXXX-{month:02}-{day:02}"),
                };
                return Found::new(at + 2, "DATE", value);
            }
            let value = match self.anchor {
                Some(a) => {
                    let y = match rel {
                        -1 if month >= a.month => a.year - 1,
                        1 if month <= a.month => a.year + 1,
                        _ => a.year,
                    };
                    fmt_month(y, month)
                }
                None => format!("XXXX-{month:02}"),
            };
            return Found::new(at + 1, "DATE", value);
        }
        if let Some((day, false)) = self.weekday(at) {
            let after = at + 1 + usize::from(self.is(at + 1, ","));
            if let Some(f) = self.month_date(after) {
                return Found::new(f.end, "DATE", f.value);
            }
            let shift = match rel {
                -1 => -1,
                1 => 1,
                _ => 0,
            };
            return Found::new(at + 1, "DATE", self.weekday_date(at, day, shift));
        }
        if let Some((end, season)) = self.term(at, Class::Season) {
            return Found::new(end, "DATE", season_value(self.anchor, season, rel));
        }
        if let Some((end, part)) = self.term(at, Class::Part) {
            let day = match (rel_word, part) {
                ("last", "NI") => -1,
                ("this", _) => 0,
                _ => return None,
            };
            let date = relative(self.anchor, "D", day)?;
            return Found::new(end, "TIME", format!("{date}T{part}"));
        }
        None
    }

    /// "today", "yesterday morning", "tonight", "this afternoon" (in the
    /// relation rule), "afternoon yesterday".
    fn deictic(&self, idx: usize) -> Option<Found> {
        if let Some((end, days)) = self.term(idx, Class::Deictic) {
            // "today's youth", "the people of tomorrow": an age, not a day.
            let era_after = self.is(end, "'s") && self.term(end + 1, Class::Era).is_some();
            let era_before =
                idx > 1 && self.is(idx - 1, "of") && self.term(idx - 2, Class::Era).is_some();
            if era_after || era_before {
                return None;
            }
            let days: i64 = days.parse().ok()?;
            let date = relative(self.anchor, "D", days)?;
            if self.is(idx, "tonight") {
                return Found::new(end, "TIME", format!("{date}TNI"));
            }
            if let Some((end2, part)) = self.term(end, Class::Part) {
                return Found::new(end2, "TIME", format!("{date}T{part}"));
            }
            return Found::new(end, "DATE", date);
        }
        // A part of the day before its day: "afternoon yesterday".
        let (end, part) = self.term(idx, Class::Part)?;
        let day = self.deictic(end).or_else(|| self.weekday_expr(end))?;
        if day.kind != "DATE" {
            return None;
        }
        Found::new(day.end, "TIME", format!("{}T{part}", day.value))
    }

    /// "in the morning", "by mid afternoon": a part of the day the story
    /// is on (the last day named, else the document date). Only after a
    /// preposition of time, so "the night of Oct. 23" and "good evening"
    /// are left alone, and not in a clock time ("4 in the morning").
    fn part_of_story_day(&self, idx: usize) -> Option<Found> {
        let (end, part) = self.term(idx, Class::Part)?;
        if self.is(end, "of") {
            return None;
        }
        let mut k = idx;
        while k > 0 && k + 2 > idx && matches!(self.lower(k - 1), "the" | "mid" | "early" | "late")
        {
            k -= 1;
        }
        let after_time_word =
            k > 0 && matches!(self.lower(k - 1), "in" | "by" | "during" | "until");
        let in_clock_time = k > 1 && self.words[k - 2].kind == TokenKind::Number;
        if k == idx || !after_time_word || in_clock_time {
            return None;
        }
        let date = match self.state.last_date {
            Some((d, Unit::Day)) => d,
            _ => self.anchor?,
        };
        Found::new(end, "TIME", format!("{date}T{part}"))
    }

    /// "it was "a great day for Poland"", "it's the second day of an
    /// offensive": a day judged or counted is the day the story is on (the
    /// last day named, else the document date). Only after a verb "to be",
    /// and a day judged not when its subject is itself a day ("Today is a
    /// sad day" is one time, not two).
    fn judged_day(&self, idx: usize) -> Option<Found> {
        let word = self.lower(idx);
        // "the second day of": the article is a modifier already passed.
        let counted = idx > 0
            && self.is(idx - 1, "the")
            && self.is(idx + 1, "day")
            && self.is(idx + 2, "of")
            && (ordinal_digits(word).is_some()
                || numbers::parse_words(&[word]).is_some_and(|(_, _, ordinal)| ordinal));
        let judged = matches!(word, "a" | "an")
            && self.term(idx + 1, Class::Verdict).is_some()
            && self.is(idx + 2, "day");
        if !counted && !judged {
            return None;
        }
        let mut k = if counted { idx - 1 } else { idx };
        if k > 0 && self.words[k - 1].text == "\"" {
            k -= 1;
        }
        let copula = k > 0 && matches!(self.lower(k - 1), "is" | "was" | "'s" | "be" | "been");
        let day_subject =
            k > 1 && (self.term(k - 2, Class::Deictic).is_some() || self.weekday(k - 2).is_some());
        if !copula || (judged && day_subject) {
            return None;
        }
        let date = match self.state.last_date {
            Some((d, Unit::Day)) => d,
            _ => self.anchor?,
        };
        Found::new(
            if counted { idx + 2 } else { idx + 3 },
            "DATE",
            date.to_string(),
        )
    }

    /// "Thanksgiving Day", "last Christmas", "Christmas 1998", "Easter
    /// week". Without a year, a holiday is the one of the anchor's year,
    /// last year's when that one lies more than two months ahead (news
    /// reports the past), next year's after a future cue when this year's
    /// is past.
    fn holiday(&self, idx: usize) -> Option<Found> {
        let (at, rel) = match self.term(idx, Class::Relation) {
            Some((end, rel)) => (end, Some(rel.parse::<i64>().ok()?)),
            None => (idx, None),
        };
        if !self.is_capitalised(at) {
            return None;
        }
        let (mut end, rule) = self.term(at, Class::Holiday)?;
        // A greeting ("Merry Christmas", "Happy Thanksgiving") wishes well
        // rather than dates anything.
        if idx > 0 && matches!(self.lower(idx - 1), "merry" | "happy") {
            return None;
        }
        // Followed by a capitalised word that does not extend the holiday
        // (as "Day", "Eve", "Sunday", "Week" do), the holiday opens a name:
        // "Easter Island", "Easter Seals".
        let extends = self.weekday(end).is_some() || self.unit(end).is_some();
        if self.is_capitalised(end) && !extends {
            return None;
        }
        let year = self.year_number(end);
        if year.is_some() {
            end += 1;
        }
        let date = match (year, self.anchor) {
            (Some(y), _) => holiday_date(rule, y),
            (None, Some(a)) => {
                let this = holiday_date(rule, a.year)?;
                let shift = match rel {
                    Some(-1) => -i32::from(this >= a),
                    Some(1) => i32::from(this <= a),
                    Some(_) => 0,
                    None if self.future_near(idx) => i32::from(this < a),
                    // A holiday is an event: the nearest one, ahead as well
                    // as behind ("vote for him on Election Day", said in
                    // August), unless a verb in the past dates it.
                    None if this.to_days() - a.to_days() > 62
                        && !self.future
                        && (self.past_near(idx) || this.to_days() - a.to_days() > 182) =>
                    {
                        -1
                    }
                    None => 0,
                };
                holiday_date(rule, a.year + shift)
            }
            (None, None) => None,
        };
        if self.is(end, "week") {
            let value = date.map_or_else(|| "XXXX-WXX".to_string(), fmt_week);
            return Found::new(end + 1, "DATE", value);
        }
        let value = match (date, rule.split_once('-')) {
            (Some(d), _) => d.to_string(),
            (None, Some((m, d))) if !rule.contains('/') && !rule.starts_with('e') => {
                format!("XXXX-{m}-{d}")
            }
            (None, _) => "XXXX-XX-XX".to_string(),
        };
        Found::new(end, "DATE", value).map(Found::without_the)
    }

    /// "the summer", "the early spring", "the winter of 1994", "summer
    /// 1998": without a year, the nearest season of that name.
    fn season_expr(&self, idx: usize, has_the: bool) -> Option<Found> {
        let (end, season) = self.term(idx, Class::Season)?;
        let after_of = end + usize::from(self.is(end, "of"));
        let year = self
            .year_expr(after_of)
            .filter(|f| f.value.len() == 4 && f.value.bytes().all(|b| b.is_ascii_digit()));
        if let Some(f) = year {
            return Found::new(f.end, "DATE", format!("{}-{season}", f.value));
        }
        // "the fall of the Berlin Wall" is no season.
        if !has_the || self.is(end, "of") {
            return None;
        }
        Found::new(end, "DATE", season_value(self.anchor, season, 0))
    }

    /// "the year", "the fiscal year", "the full year", "the current year":
    /// the anchor's year, or a span of a year when a closing date follows
    /// ("the year ended Sept. 30").
    fn the_year(&self, idx: usize, has_the: bool) -> Option<Found> {
        if !has_the {
            return None;
        }
        let mut at = idx;
        while at < idx + 2 && matches!(self.lower(at), "fiscal" | "full" | "calendar" | "current") {
            at += 1;
        }
        let w = self.words.get(at)?;
        // "the year-ago quarter" and "the year before" are other rules'.
        if w.lower != "year" || w.token != w.span {
            return None;
        }
        let end = at + 1;
        match self.lower(end) {
            "ended" | "ending" | "through" => Found::new(end, "DURATION", duration(Some(1.0), "Y")),
            "before" | "after" | "earlier" | "ago" | "later" | "old" => None,
            _ => Found::new(end, "DATE", relative(self.anchor, "Y", 0)?),
        }
    }

    /// "by year-end", "by year's end", "around year end": the end of the
    /// anchor's year, or of the year before after "since". Not an
    /// adjective ("year-end net").
    fn year_end(&self, idx: usize) -> Option<Found> {
        if self.lower(idx) != "year" || (idx > 0 && self.words[idx - 1].kind == TokenKind::Number) {
            return None;
        }
        let at = idx + 1 + usize::from(self.is(idx + 1, "'s"));
        if !self.is(at, "end") {
            return None;
        }
        let end = at + 1;
        let adjective = self.words.get(end).is_some_and(|w| {
            w.kind == TokenKind::Word
                && w.text.starts_with(|c: char| c.is_lowercase())
                && !crate::resources::lists::lexicon::function_words::contains(w.lower.as_ref())
        });
        if adjective {
            return None;
        }
        let back = idx > 0 && self.is(idx - 1, "since");
        Found::new(end, "DATE", relative(self.anchor, "Y", -i64::from(back))?)
    }

    /// "three years", "a year ago", "five-year", "the first nine months",
    /// "two weeks earlier", "the weekend", "year-earlier".
    fn count_unit(&self, idx: usize, has_the: bool) -> Option<Found> {
        let mut at = idx;
        if has_the && matches!(self.lower(at), "first" | "final") {
            at += 1;
        }
        let (mut at, n, explicit) = match self.count(at) {
            Some((end, n)) => (end, n, true),
            None => (at, Some(1.0), false),
        };
        // "two more weeks", "eight trading days": a word between the count
        // and its unit that leaves the length as it is.
        if matches!(
            self.lower(at),
            "more"
                | "additional"
                | "full"
                | "straight"
                | "consecutive"
                | "trading"
                | "business"
                | "working"
        ) {
            at += 1;
        }
        let unit = self.unit(at)?;
        let unit_word = self.lower(at);
        let plural = unit_word.ends_with('s') && unit_word != "hrs" && unit_word != "yrs";
        // "World Cup 2018 day five": a year before a singular unit counts
        // nothing.
        let year_like = explicit
            && self.words[idx].kind == TokenKind::Number
            && self.words[idx].token == self.words[idx].span
            && self.year_number(idx).is_some();
        if year_like && !plural {
            return None;
        }
        let mut end = at + 1;
        // "a minute and a half", "two years and a half": the half follows
        // the unit it is a half of.
        let n = match n {
            Some(n) if explicit && self.and_a_half(end) => {
                end += 3;
                Some(n + 0.5)
            }
            n => n,
        };
        // "a week or so ago".
        if self.is(end, "or")
            && self.is(end + 1, "so")
            && matches!(self.lower(end + 2), "ago" | "earlier" | "later")
        {
            end += 2;
        }
        let suffix = self.lower(end);
        // Ages ("52 years old", "six-year-old") and fractions
        // ("three-quarters") are not times.
        let fraction = unit == "Q" && plural && self.words[at].token != self.words[at].span;
        // "more than a quarter of the market" is a share of it.
        let share = unit == "Q" && !explicit_number(self.words, idx, at) && suffix == "of";
        // "between a quarter and a third of voters" is a share too.
        let and_share = unit == "Q"
            && suffix == "and"
            && matches!(self.lower(end + 1), "a" | "one")
            && matches!(self.lower(end + 2), "third" | "half" | "fifth" | "quarter");
        if matches!(suffix, "old" | "olds")
            || fraction
            || and_share
            || (share && self.year_number(end + 1).is_none())
        {
            return None;
        }
        // In "a day-long meeting" the article is the meeting's: the
        // adjective alone is the time, matched from its own first word.
        let article = matches!(self.lower(idx), "a" | "an") && at == idx + 1;
        let hyphen_adjective = self.words[at].token != self.words[at].span
            && self
                .words
                .get(end)
                .is_some_and(|w| w.token == self.words[at].token);
        if article && hyphen_adjective {
            return None;
        }
        let back = match suffix {
            "ago" | "earlier" | "before" => Some(-1.0),
            "later" | "hence" => Some(1.0),
            "from" if self.is(end + 1, "now") => Some(1.0),
            _ => None,
        };
        if !explicit {
            // No count: "the weekend", "year-earlier", "weeks ago".
            let hyphen_part = self.words[at].token != self.words[at].span;
            if unit == "WE" && has_the && !plural {
                // Early in the week, "the weekend" is the one just past.
                let back = self
                    .anchor
                    .is_some_and(|a| a.weekday() <= 3 && !self.future);
                return Found::new(end, "DATE", relative(self.anchor, "WE", -i64::from(back))?);
            }
            // "For the week, the index fell", "the week's busiest
            // session": a week of the story, not said which (TimeBank's
            // 1989-WXX). "the week of March 6", "the week before" are
            // others.
            if unit == "W" && has_the && !plural && !hyphen_part && idx == at {
                let defined_after = matches!(
                    suffix,
                    "of" | "ended"
                        | "ending"
                        | "before"
                        | "after"
                        | "following"
                        | "that"
                        | "when"
                        | "in"
                        | "to"
                        | "earlier"
                        | "later"
                        | "ago"
                );
                if !defined_after {
                    let value = match self.anchor {
                        Some(a) => format!("{:04}-WXX", a.year),
                        None => "XXXX-WXX".to_string(),
                    };
                    return Found::new(end, "DATE", value);
                }
            }
            // "the weeks ahead", "the years ahead": the stretch to come,
            // valued as "the coming weeks" is.
            if plural && has_the && suffix == "ahead" {
                let (kind, value) = vague_period(1, unit);
                return Found::new(end + 1, kind, value);
            }
            // "in the years that followed": a stretch of unsaid length after
            // a time of the story, not one counted from the document date.
            if plural && has_the && suffix == "that" && self.is(end + 1, "followed") {
                return Found::new(end, "DURATION", duration(None, unit));
            }
            if plural && suffix == "ago" {
                return Found::new(end + 1, "DATE", "PAST_REF");
            }
            // "a day-long meeting", "a decades-long battle".
            let same_token = self
                .words
                .get(end)
                .is_some_and(|w| w.token == self.words[at].token);
            if hyphen_part && suffix == "long" && same_token {
                let n = (!plural).then_some(1.0);
                return Found::new(end + 1, "DURATION", duration(n, unit));
            }
            if hyphen_part && !plural && back == Some(-1.0) {
                let value = self.ago(unit, 1.0)?;
                return Found::new(end + 1, "DATE", value);
            }
            // "for years", "within weeks", "the first time in years": a
            // stretch of unsaid length.
            if plural
                && idx > 0
                && matches!(self.lower(idx - 1), "for" | "over" | "within" | "in")
                && !has_the
            {
                return Found::new(end, "DURATION", duration(None, unit));
            }
            return None;
        }
        if self.is_one_day_ahead(idx, unit, plural) {
            return Found::new(end, "DATE", "FUTURE_REF");
        }
        if let Some(value) = self.in_time_ahead(idx, unit, n, has_the) {
            return Found::new(end, "DATE", value);
        }
        if counts_from_event(unit, n, suffix) {
            return Found::new(end, "DURATION", duration(n, unit));
        }
        if let Some(sign) = back {
            let end = if suffix == "from" { end + 2 } else { end + 1 };
            // "a quarter-century ago", "half a decade ago": in years.
            let (unit, n) = match (unit, n) {
                ("CE", Some(n)) if (n * 100.0).fract() == 0.0 => ("Y", Some(n * 100.0)),
                ("DE", Some(n)) if (n * 10.0).fract() == 0.0 => ("Y", Some(n * 10.0)),
                other => other,
            };
            return match n {
                Some(n) if n.fract() == 0.0 => {
                    let value = if sign < 0.0 {
                        self.ago(unit, n)?
                    } else {
                        let n = n as i64;
                        match unit {
                            "DE" => relative(self.anchor, "Y", 10 * n)?,
                            _ => relative(self.anchor, unit, n)?,
                        }
                    };
                    Found::new(end, "DATE", value)
                }
                _ => Found::new(
                    end,
                    "DATE",
                    if sign < 0.0 { "PAST_REF" } else { "FUTURE_REF" },
                ),
            };
        }
        // A bare "one" or "a" before "second" is the ordinal or an article.
        if unit == "S" && !plural && self.words[idx].kind != TokenKind::Number {
            return None;
        }
        Found::new(end, "DURATION", duration(n, unit))
    }

    /// Whether only punctuation (an opening quote) comes before `idx` in
    /// its sentence.
    fn opens_sentence(&self, idx: usize) -> bool {
        // Only marks before it, and few of them: a bounded look, so that a
        // run of punctuation does not make every "now" cost its length.
        idx <= 8
            && self.words[..idx]
                .iter()
                .all(|w| !w.text.chars().any(char::is_alphanumeric))
    }

    /// "Islam will one day be": after a modal, "one day" is some time to
    /// come, not a day's length.
    fn is_one_day_ahead(&self, idx: usize, unit: &str, plural: bool) -> bool {
        unit == "D"
            && !plural
            && self.is(idx, "one")
            && idx > 0
            && matches!(
                self.lower(idx - 1),
                "will" | "would" | "could" | "may" | "might" | "can" | "shall" | "should"
            )
    }

    /// "will be redeemed in five years": after a future cue, "in" and a
    /// count of whole units is the date that far ahead of the anchor.
    fn in_time_ahead(
        &self,
        idx: usize,
        unit: &str,
        n: Option<f64>,
        has_the: bool,
    ) -> Option<String> {
        let n = n.filter(|n| n.fract() == 0.0 && *n >= 1.0)?;
        if has_the || idx == 0 || !self.is(idx - 1, "in") || !matches!(unit, "Y" | "M" | "W" | "D")
        {
            return None;
        }
        if !self.future_near(idx) {
            return None;
        }
        relative(self.anchor, unit, n as i64)
    }

    /// Whether "and a half" starts at `idx`.
    fn and_a_half(&self, idx: usize) -> bool {
        self.is(idx, "and") && self.is(idx + 1, "a") && self.is(idx + 2, "half")
    }

    /// The date `n` units before the anchor, at the unit's granularity; a
    /// year before a quarter talked about is that quarter a year earlier.
    fn ago(&self, unit: &str, n: f64) -> Option<String> {
        let n = n as i64;
        if unit == "Y" && n == 1 && !self.several_quarters {
            if let Some((y, q)) = self.state.last_quarter {
                return Some(fmt_quarter(y - 1, q));
            }
        }
        match unit {
            "DE" => relative(self.anchor, "Y", -10 * n),
            "CE" => relative(self.anchor, "Y", -100 * n),
            "H" | "MIN" | "S" => None,
            _ => relative(self.anchor, unit, -n),
        }
    }

    /// "1990", "fiscal 1989", "nineteen ninety-seven", "the year two
    /// thousand", "the 1990s", "the nineties", "the 20th century".
    /// Whether the number at `idx` closes a name ("a venture called Orion
    /// 1980"): it follows a capitalised word inside a sentence that is no
    /// time word (a month, a season, a holiday) and no function word.
    fn ends_a_name(&self, idx: usize) -> bool {
        if idx < 2 || !self.is_capitalised(idx - 1) {
            return false;
        }
        let before = &self.words[idx - 2];
        let inside_sentence = !matches!(before.kind, TokenKind::Abbreviation(_))
            && before.text.starts_with(|c: char| c.is_alphanumeric());
        let time_word = self.month(idx - 1).is_some()
            || self.weekday(idx - 1).is_some()
            || [Class::Season, Class::Holiday, Class::Unit]
                .into_iter()
                .any(|class| self.term(idx - 1, class).is_some());
        let prev = self.lower(idx - 1);
        inside_sentence
            && !time_word
            && prev != "fiscal"
            && !crate::resources::lists::lexicon::function_words::contains(prev)
    }

    fn year_expr(&self, idx: usize) -> Option<Found> {
        let mut at = idx;
        if self.is(at, "fiscal") {
            at += 1;
            if self.is(at, "year") {
                at += 1;
            }
        } else if self.is(at, "year") && idx > 0 && self.is(idx - 1, "the") {
            at += 1;
        }
        // A decade written with "the" before it ("the 60s", "the late 90's")
        // and without a century: the 1900s for 30 to 90 ("the 60s" without
        // an apostrophe from 50 on, see below); "the 00s" and "the
        // 20s" are left alone ("in their 60s", an age, has no "the").
        let after_the = {
            let mut k = at;
            while k > 0 && matches!(self.lower(k - 1), "early" | "mid" | "late") {
                k -= 1;
            }
            k > 0 && self.is(k - 1, "the")
        };
        let decade = |digits: &str| match digits.len() {
            4 => Some(digits[..3].to_string()),
            2 if digits >= "30" => Some(format!("19{}", &digits[..1])),
            _ => None,
        };
        // "the 1980's", "the 90's": the number, an apostrophe and an "s",
        // written together.
        let written_together = |k: usize| {
            self.words
                .get(k)
                .zip(self.words.get(k - 1))
                .is_some_and(|(w, before)| w.span.start == before.span.end)
        };
        let apostrophe_s = matches!(self.lower(at + 1), "'" | "\u{2019}")
            && self.is(at + 2, "s")
            && written_together(at + 1)
            && written_together(at + 2);
        if let Some(w) = self.words.get(at).filter(|_| apostrophe_s) {
            let plain = w.kind == TokenKind::Number && w.text.ends_with('0');
            // Without "the", "2010's" is more often a year's possessive
            // ("2010's midterms").
            if plain && after_the {
                if let Some(value) = decade(w.text) {
                    return Found::new(at + 3, "DATE", value);
                }
            }
        }
        if let Some(year) = self.year_number(at) {
            let prev = if idx > 0 { self.lower(idx - 1) } else { "" };
            let next = self.lower(at + 1);
            if matches!(prev, "$" | "#" | "no" | "number") || matches!(next, "%" | "percent") {
                return None;
            }
            if at == idx && self.ends_a_name(idx) {
                return None;
            }
            // A number a label noun counts ("Section 1032", "Room 2010",
            // "Flight 1549", "Resolution 1441", "Form 1040"), wherever the
            // sentence begins.
            let label = matches!(
                prev,
                "section"
                    | "article"
                    | "chapter"
                    | "paragraph"
                    | "clause"
                    | "title"
                    | "rule"
                    | "resolution"
                    | "form"
                    | "room"
                    | "suite"
                    | "flight"
                    | "route"
                    | "highway"
                    | "interstate"
                    | "page"
                    | "exhibit"
                    | "local"
                    | "box"
                    | "h.r"
            );
            if at == idx && label {
                return None;
            }
            // The number of a street address: "1600 Pennsylvania Avenue",
            // "2000 Main Street". After a word that dates it ("in 1999 Wall
            // Street fell") it stays a year.
            let street = (at + 2..(at + 5).min(self.words.len())).any(|k| {
                (at + 1..k).all(|j| self.is_capitalised(j) && self.words[j].kind == TokenKind::Word)
                    && matches!(
                        self.lower(k),
                        "avenue"
                            | "ave"
                            | "street"
                            | "road"
                            | "rd"
                            | "boulevard"
                            | "blvd"
                            | "drive"
                            | "lane"
                            | "place"
                            | "way"
                    )
                    && self.is_capitalised(k)
            });
            let dated = is_month_context(prev) && !matches!(prev, "to" | "and");
            if at == idx && street && !dated {
                return None;
            }
            return Found::new(at + 1, "DATE", format!("{year:04}")).map(Found::without_the);
        }
        // "the '80s": the apostrophe that stands for the century belongs to
        // the decade.
        if matches!(self.lower(at), "'" | "\u{2019}") && written_together(at + 1) {
            if let Some(digits) = self.lower(at + 1).strip_suffix('s') {
                if digits.len() == 2
                    && digits.ends_with('0')
                    && digits.bytes().all(|b| b.is_ascii_digit())
                {
                    return Found::new(at + 2, "DATE", format!("19{}", &digits[..1]));
                }
            }
        }
        let w = self.words.get(at)?;
        // Decades: "1990s", "'90s", "the nineties".
        if let Some(digits) = w.lower.strip_suffix('s') {
            if digits.bytes().all(|b| b.is_ascii_digit()) && digits.ends_with('0') {
                let value = match digits.len() {
                    4 => digits[..3].to_string(),
                    2 if at > 0 && self.is(at - 1, "'") => format!("19{}", &digits[..1]),
                    // Without an apostrophe "the 30s" and "the 40s" are
                    // more often a share or a poll figure ("in the
                    // mid-30s") than an era.
                    2 if after_the && digits >= "50" => format!("19{}", &digits[..1]),
                    _ => return None,
                };
                return Found::new(at + 1, "DATE", value);
            }
        }
        if let Some((end, decade)) = self.term(at, Class::Decade) {
            return Found::new(end, "DATE", decade);
        }
        // Centuries: "the 20th century", "the eleventh century".
        if self.is(at + 1, "century") {
            let n = ordinal_digits(&w.lower).or_else(|| {
                let (v, is_ordinal) = number_words().word_value(&w.lower)?;
                is_ordinal.then_some(v as u32)
            })?;
            return Found::new(at + 2, "DATE", format!("{:02}", n - 1));
        }
        // Years in words: "nineteen ninety-seven", "two thousand".
        let (first, false) = number_words().word_value(&w.lower)? else {
            return None;
        };
        if (11.0..=20.0).contains(&first) || first == 20.0 {
            let lowers: Vec<&str> = (at + 1..(at + 4).min(self.words.len()))
                .map(|k| self.lower(k))
                .collect();
            if let Some((rest, n_words, false)) = numbers::parse_words(&lowers) {
                if (10.0..100.0).contains(&rest) {
                    let year = first as i32 * 100 + rest as i32;
                    return Found::new(at + 1 + n_words, "DATE", format!("{year:04}"));
                }
            }
        }
        if at > idx && self.is(idx, "year") || self.is(at.wrapping_sub(1), "year") {
            let lowers: Vec<&str> = (at..(at + 5).min(self.words.len()))
                .map(|k| self.lower(k))
                .collect();
            if let Some((year, n_words, false)) = numbers::parse_words(&lowers) {
                if (1000.0..2200.0).contains(&year) {
                    return Found::new(at + n_words, "DATE", format!("{:04}", year as i32));
                }
            }
        }
        None
    }

    /// "daily", "every Monday", "each year", "every two weeks", "a year"
    /// after an amount ("$5 a year").
    fn set_expr(&self, idx: usize) -> Option<Found> {
        if let Some((end, value)) = self.term(idx, Class::Set) {
            // Capitalised where no sentence begins, a frequency word is part
            // of a name: "Breitbart News Daily", "NBC Nightly News", "the
            // Washington Monthly". A sentence may begin after a quote, a
            // dash or an abbreviation's period ("Daily, ...").
            let opens_sentence = idx == 0
                || self.words.get(idx - 1).is_none_or(|w| {
                    matches!(w.kind, TokenKind::Abbreviation(_))
                        || !w.text.starts_with(|c: char| c.is_alphanumeric())
                });
            if self.is_capitalised(idx) && !opens_sentence {
                return None;
            }
            // "its quarterly dividend": an adjective, not a time (a
            // company's payment, which TimeBank leaves untagged). But "on a
            // daily basis" is the adverb said at length, and a person's
            // routine ("his weekly radio address", "her daily life") is a
            // recurrence, which TimeML tags as a SET.
            let before = if idx > 0 { self.lower(idx - 1) } else { "" };
            let adjective = matches!(
                before,
                "its" | "the" | "a" | "an" | "their" | "first" | "regular"
            );
            let on_a_basis =
                idx > 1 && self.is(idx - 2, "on") && self.is(idx - 1, "a") && self.is(end, "basis");
            return if adjective && !on_a_basis {
                None
            } else {
                Found::new(end, "SET", value)
            };
        }
        let first = self.lower(idx);
        let is_every = matches!(first, "every" | "each" | "per");
        let is_a = matches!(first, "a" | "an")
            && idx > 0
            && self.words.get(idx - 1).is_some_and(|w| {
                w.kind == TokenKind::Number
                    || matches!(
                        w.lower.as_ref(),
                        "once"
                            | "twice"
                            | "times"
                            | "million"
                            | "billion"
                            | "dollars"
                            | "percent"
                            | "%"
                            // Plurals without an -s: "90 people a day".
                            | "people"
                            | "children"
                            | "men"
                            | "women"
                    )
                    // "50,000 CDs a year", "four flights a week".
                    || (w.lower.starts_with(|c: char| c.is_alphabetic())
                        && w.lower.len() > 3
                        && w.lower.ends_with('s')
                        && !w.lower.ends_with("ss")
                        && !crate::resources::lists::lexicon::function_words::contains(w.lower.as_ref()))
            });
        if !(is_every || is_a) {
            return None;
        }
        let mut at = idx + 1;
        if is_every && self.is(at, "other") {
            at += 1;
        }
        let (at, n) = match self.count(at).filter(|_| is_every) {
            Some((end, Some(n))) if self.unit(end).is_some() => (end, n),
            _ => (at, 1.0),
        };
        let n = if is_every && self.is(idx + 1, "other") {
            n * 2.0
        } else {
            n
        };
        if let Some(unit) = self.unit(at) {
            // "comes a day before Kaine spoke": a span to an anchor, not a
            // rate.
            let to_anchor = matches!(
                self.lower(at + 1),
                "before" | "after" | "later" | "earlier" | "ago"
            );
            if is_a && to_anchor {
                return None;
            }
            if unit == "WE" {
                return Found::new(at + 1, "SET", "XXXX-WXX-WE");
            }
            return Found::new(at + 1, "SET", duration(Some(n), unit));
        }
        if !is_every {
            return None;
        }
        if let Some((day, _)) = self.weekday(at) {
            return Found::new(at + 1, "SET", format!("XXXX-WXX-{day}"));
        }
        if let Some(month) = self.month(at) {
            return Found::new(at + 1, "SET", format!("XXXX-{month:02}"));
        }
        if let Some((end, season)) = self.term(at, Class::Season) {
            return Found::new(end, "SET", format!("XXXX-{season}"));
        }
        if let Some((end, part)) = self.term(at, Class::Part) {
            return Found::new(end, "SET", format!("XXXX-XX-XXT{part}"));
        }
        None
    }

    /// Whether the adverb at `idx..end` sits in a past-tense clause: after
    /// a past auxiliary ("was soon released") or before a verb in the past
    /// ("soon became").
    fn in_past_narrative(&self, idx: usize, end: usize) -> bool {
        let before = if idx > 0 { self.lower(idx - 1) } else { "" };
        let after = self.lower(end);
        let past_verb = matches!(
            after,
            "was"
                | "were"
                | "had"
                | "became"
                | "came"
                | "went"
                | "began"
                | "took"
                | "got"
                | "fell"
                | "rose"
                | "made"
                | "gave"
                | "saw"
                | "found"
                | "left"
        ) || (after.len() > 4 && after.ends_with("ed") && !after.ends_with("eed"));
        matches!(before, "was" | "were" | "had") || past_verb
    }

    /// Whether "future" at `idx` is someone's, as a noun: "the decision
    /// about Elian's future", "their future is bright" (but "Intel's future
    /// flagship" is an adjective).
    fn owned_future(&self, idx: usize, end: usize) -> bool {
        let owned = idx > 0
            && matches!(
                self.lower(idx - 1),
                "'s" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
            );
        let noun = self.words.get(end).is_none_or(|w| {
            w.kind != TokenKind::Word
                || crate::resources::lists::lexicon::function_words::contains(w.lower.as_ref())
                || matches!(
                    w.lower.as_ref(),
                    "is" | "was" | "will" | "would" | "looks" | "seems" | "remains" | "away"
                )
        });
        owned && noun
    }

    /// "now", "currently", "recently", "recent years", "the future", "the
    /// near future", "the past", "soon".
    fn reference(&self, idx: usize, has_the: bool) -> Option<Found> {
        let word = self.lower(idx);
        if word == "past" && has_the {
            let next_is_time = self.unit(idx + 1).is_some() || self.count(idx + 1).is_some();
            return if next_is_time {
                None
            } else {
                Found::new(idx + 1, "DATE", "PAST_REF")
            };
        }
        if word == "near" && has_the && self.is(idx + 1, "future") {
            return Found::new(idx + 2, "DATE", "FUTURE_REF");
        }
        // "in the near term", "for the short term": the future as a whole.
        // "the long-term value" is an adjective.
        let term_noun = self
            .words
            .get(idx + 1)
            .is_some_and(|w| w.lower == "term" && w.token == w.span);
        if matches!(word, "near" | "short" | "long") && has_the && term_noun {
            return Found::new(idx + 2, "DATE", "FUTURE_REF");
        }
        // "these days", "the then current price": the present, and a
        // present seen from the past.
        if word == "these" && self.is(idx + 1, "days") {
            return Found::new(idx + 2, "DATE", "PRESENT_REF");
        }
        if word == "then" && self.is(idx + 1, "current") {
            return Found::new(idx + 2, "DATE", "PAST_REF").map(Found::without_the);
        }
        // "for a while": a stretch of unsaid length.
        if word == "a" && self.is(idx + 1, "while") && idx > 0 && self.is(idx - 1, "for") {
            return Found::new(idx + 2, "DURATION", "PXX");
        }
        let (end, value) = self.term(idx, Class::Ref)?;
        // "recent years", "recent months": the recent past.
        if let Some(unit) = self.unit(end) {
            if self.lower(end).ends_with('s') && matches!(value, "PAST_REF" | "FUTURE_REF") {
                let rel = if value == "PAST_REF" { -1 } else { 1 };
                let (kind, value) = vague_period(rel, unit);
                return Found::new(end + 1, kind, value);
            }
        }
        match word {
            "future" if !has_the && !self.owned_future(idx, end) => None,
            // "Now, he says, ...": opening a sentence and set off by a
            // comma, "now" turns to a new point rather than naming the
            // present ("Now the court has ruled" still does).
            "now" if self.opens_sentence(idx) && self.is(end, ",") => None,
            // "the now-defunct paper", "the now-famous ad": the first part
            // of a compound adjective qualifies its second part, not the
            // clause.
            "now"
                if self.words[idx].token != self.words[idx].span
                    && self.words[idx].span.start == self.words[idx].token.start =>
            {
                None
            }
            "soon" if matches!(self.lower(end), "as" | "after") => None,
            // "He was soon released", "cash that soon became a flood": soon
            // after a time of the story, not a time still to come.
            "soon" if self.in_past_narrative(idx, end) => None,
            "current" | "recent" => Found::new(end, "DATE", value).map(Found::without_the),
            _ => Found::new(end, "DATE", value),
        }
    }
}

/// The rule passes of this stage, in the order they run: none can be
/// switched off yet (see `ARCHITECTURE.md`, "How to add a rule pass").
pub fn passes() -> impl Iterator<Item = &'static crate::Pass> {
    std::iter::empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::Normalized;

    fn times(text: &str, anchor: &str) -> Vec<(String, String, String)> {
        let norm = Normalized::new(text);
        let structure = crate::segment::segment(&norm.text);
        extract(
            &norm.text,
            &structure,
            Date::parse_iso(anchor),
            &crate::Switches::all_on(),
        )
        .into_iter()
        .map(|t| (t.text, t.kind, t.value))
        .collect()
    }

    macro_rules! t {
        ($text:expr, $anchor:expr, [$(($span:expr, $kind:expr, $value:expr)),* $(,)?]) => {
            assert_eq!(
                times($text, $anchor),
                vec![$(($span.to_string(), $kind.to_string(), $value.to_string())),*],
                "{}",
                $text
            );
        };
    }

    #[test]
    fn table() {
        t!(
            "Commenting on Thursday, he left.",
            "2025-07-04",
            [("Thursday", "DATE", "2025-07-03")]
        );
        t!(
            "Last week, leaders agreed.",
            "2025-07-04",
            [("Last week", "DATE", "2025-W26")]
        );
        t!(
            "It rose 5% annually by 2035.",
            "2025-07-04",
            [("annually", "SET", "P1Y"), ("2035", "DATE", "2035")]
        );
        t!(
            "A review in 2029.",
            "2025-07-04",
            [("2029", "DATE", "2029")]
        );
        t!(
            "Sales rose in the third quarter.",
            "2015-10-20",
            [("the third quarter", "DATE", "2015-Q3")]
        );
        t!(
            "Third-quarter profit fell.",
            "2015-10-20",
            [("Third-quarter", "DATE", "2015-Q3")]
        );
        t!(
            "He left two years ago.",
            "2015-10-20",
            [("two years ago", "DATE", "2013")]
        );
        t!(
            "It took three years.",
            "2015-10-20",
            [("three years", "DURATION", "P3Y")]
        );
        t!(
            "In the past two weeks it fell.",
            "2015-10-20",
            [("the past two weeks", "DURATION", "P2W")]
        );
        t!(
            "He is here now.",
            "2015-10-20",
            [("now", "DATE", "PRESENT_REF")]
        );
        t!(
            "It opened recently.",
            "2015-10-20",
            [("recently", "DATE", "PAST_REF")]
        );
        t!(
            "They met yesterday.",
            "2015-10-20",
            [("yesterday", "DATE", "2015-10-19")]
        );
        t!(
            "They met today.",
            "2015-10-20",
            [("today", "DATE", "2015-10-20")]
        );
        t!(
            "It starts at 3 p.m. today.",
            "2015-10-20",
            [("3 p.m. today", "TIME", "2015-10-20T15:00")]
        );
        t!(
            "They meet at noon.",
            "2015-10-20",
            [("noon", "TIME", "2015-10-20T12:00")]
        );
        t!(
            "The office opens every Monday.",
            "2015-10-20",
            [("every Monday", "SET", "XXXX-WXX-1")]
        );
        t!(
            "It is paid each year.",
            "2015-10-20",
            [("each year", "SET", "P1Y")]
        );
        t!(
            "It ran from November 20 to December 11.",
            "2015-12-20",
            [
                ("November 20", "DATE", "2015-11-20"),
                ("December 11", "DATE", "2015-12-11")
            ]
        );
        t!(
            "In the 1990s it grew.",
            "2015-10-20",
            [("the 1990s", "DATE", "199")]
        );
        t!(
            "It has grown since 2014.",
            "2015-10-20",
            [("2014", "DATE", "2014")]
        );
        t!(
            "Earlier this month it fell.",
            "2015-10-20",
            [("Earlier this month", "DATE", "2015-10")]
        );
        t!(
            "In fiscal 1989 it grew.",
            "1989-10-20",
            [("fiscal 1989", "DATE", "1989")]
        );
        t!(
            "In the last twenty four hours it fell.",
            "1998-01-08",
            [("the last twenty four hours", "DURATION", "PT24H")]
        );
        t!(
            "It happened on Tuesday.",
            "",
            [("Tuesday", "DATE", "XXXX-WXX-2")]
        );
        t!(
            "It happened last week.",
            "",
            [("last week", "DATE", "XXXX-WXX")]
        );
        t!(
            "A five-year plan.",
            "2015-10-20",
            [("five-year", "DURATION", "P5Y")]
        );
        t!(
            "Thursday, May 7, 2015 On Tuesday, it rained.",
            "2015-05-07",
            [
                ("Thursday, May 7, 2015", "DATE", "2015-05-07"),
                ("Tuesday", "DATE", "2015-05-05")
            ]
        );
    }

    #[test]
    fn future_cues_pick_the_next_date() {
        t!(
            "The dividend is payable Jan. 2.",
            "1989-11-02",
            [("Jan. 2", "DATE", "1990-01-02")]
        );
        t!(
            "The team planned to leave on Thursday.",
            "1998-09-30",
            [("Thursday", "DATE", "1998-10-01")]
        );
        t!(
            "The offer had been due to expire Friday.",
            "1989-10-30",
            [("Friday", "DATE", "1989-10-27")]
        );
        t!(
            "Police say they have the evidence in the October slaying.",
            "1999-04-19",
            [("October", "DATE", "1998-10")]
        );
    }

    #[test]
    fn the_year_and_holidays() {
        t!(
            "Sales for the full year rose.",
            "1989-11-02",
            [("the full year", "DATE", "1989")]
        );
        t!(
            "For the year ended Sept. 30, it earned $4.",
            "1989-11-02",
            [
                ("the year", "DURATION", "P1Y"),
                ("Sept. 30", "DATE", "1989-09-30")
            ]
        );
        t!(
            "Profit will rise in the current fiscal year.",
            "1989-11-02",
            [("the current fiscal year", "DATE", "1989")]
        );
        t!(
            "It will close by year-end; shares rose since year's end.",
            "1989-11-02",
            [("year-end", "DATE", "1989"), ("year's end", "DATE", "1988")]
        );
        t!(
            "In 1988, year-end net was low.",
            "1989-11-02",
            [("1988", "DATE", "1988")]
        );
        t!(
            "He was found on Thanksgiving Day.",
            "2000-01-07",
            [("Thanksgiving Day", "DATE", "1999-11-25")]
        );
        t!(
            "They met last Christmas.",
            "2000-06-01",
            [("last Christmas", "DATE", "1999-12-25")]
        );
        t!(
            "Easter week began.",
            "2000-04-17",
            [("Easter week", "DATE", "2000-W16")]
        );
        t!(
            "The vote comes on Election Day.",
            "1998-10-26",
            [("Election Day", "DATE", "1998-11-03")]
        );
    }

    #[test]
    fn story_anchor_and_small_rules() {
        t!(
            "He was promoted in 1995, and the following year he left.",
            "1998-04-18",
            [
                ("1995", "DATE", "1995"),
                ("the following year", "DATE", "1996")
            ]
        );
        t!(
            "He returned in June 1998 and left later that year.",
            "2000-01-28",
            [
                ("June 1998", "DATE", "1998-06"),
                ("later that year", "DATE", "1998")
            ]
        );
        t!(
            "It met in March. The following month, it sold.",
            "1989-10-27",
            [
                ("March", "DATE", "1989-03"),
                ("The following month", "DATE", "1989-04")
            ]
        );
        t!(
            "It will last a couple of years.",
            "1998-01-08",
            [("a couple of years", "DURATION", "P2Y")]
        );
        t!(
            "Demand lasted into the summer; the level we saw in the winter of nineteen ninety-four.",
            "1989-10-26",
            [
                ("the summer", "DATE", "1989-SU"),
                ("the winter of nineteen ninety-four", "DATE", "1994-WI")
            ]
        );
        t!("Since the fall of the Berlin Wall.", "1998-02-06", []);
        t!(
            "It opens this spring.",
            "1998-02-06",
            [("this spring", "DATE", "1998-SP")]
        );
        t!(
            "Hiring began last fall.",
            "1998-02-06",
            [("last fall", "DATE", "1997-FA")]
        );
        t!(
            "He was shot last Oct. 23 at home.",
            "1999-04-19",
            [("last Oct. 23", "DATE", "1998-10-23")]
        );
        t!("Hungary and Jan Kavan signed.", "1999-03-13", []);
        t!(
            "Sales in the current quarter rose.",
            "1989-10-26",
            [("the current quarter", "DATE", "1989-Q4")]
        );
        t!(
            "It adds 700 seats a week.",
            "1998-02-13",
            [("a week", "SET", "P1W")]
        );
        t!(
            "Three days later, a day earlier than planned, it closed.",
            "1989-10-30",
            [
                ("Three days", "DURATION", "P3D"),
                ("a day", "DURATION", "P1D")
            ]
        );
        t!(
            "Baker said on ABC's \"This Week\" and CBS's \"60 Minutes\" that This is VOA Today.",
            "1990-08-13",
            []
        );
        t!(
            "Sun fell, said Hewlett-Packard Co. Recently, it rose.",
            "1989-10-26",
            [("Recently", "DATE", "PAST_REF")]
        );
        t!(
            "He was soon released; cash soon became a flood. It will end soon.",
            "2000-02-24",
            [("soon", "DATE", "FUTURE_REF")]
        );
        t!(
            "These days it is hard in the near term, at the then current price, for a while, within weeks.",
            "1989-10-30",
            [
                ("These days", "DATE", "PRESENT_REF"),
                ("the near term", "DATE", "FUTURE_REF"),
                ("then current", "DATE", "PAST_REF"),
                ("a while", "DURATION", "PXX"),
                ("weeks", "DURATION", "PXW")
            ]
        );
        t!(
            "They protested at this march; the long-term value rose.",
            "1999-04-19",
            []
        );
        t!(
            "After a day-long meeting in a decades-long battle.",
            "2000-04-03",
            [
                ("day-long", "DURATION", "P1D"),
                ("decades-long", "DURATION", "PXDE")
            ]
        );
        t!(
            "He chose it a week or so ago.",
            "1991-02-25",
            [("a week or so ago", "DATE", "1991-W08")]
        );
    }

    #[test]
    fn reporting_periods() {
        t!(
            "Profit rose in the third quarter. In the 1988 period, it lost money.",
            "1989-11-02",
            [
                ("the third quarter", "DATE", "1989-Q3"),
                ("the 1988 period", "DATE", "1988-Q3")
            ]
        );
        t!(
            "It lost money in the third quarter, against a profit for the corresponding period last year.",
            "1989-11-01",
            [
                ("the third quarter", "DATE", "1989-Q3"),
                ("the corresponding period last year", "DATE", "1988-Q3")
            ]
        );
        // A quarter still to come is a forecast, not the quarter reported
        // on: "a year ago" stays with the last quarter that has ended.
        t!(
            "Profit rose in the third quarter. It expects a fourth-quarter charge. Net fell from a year ago.",
            "1989-11-02",
            [
                ("the third quarter", "DATE", "1989-Q3"),
                ("fourth-quarter", "DATE", "1989-Q4"),
                ("a year ago", "DATE", "1988-Q3")
            ]
        );
        t!(
            "Its fourth quarter ended Sept. 30. Net fell from a year earlier.",
            "1989-11-02",
            [
                ("fourth quarter", "DATE", "1989-Q4"),
                ("Sept. 30", "DATE", "1989-09-30"),
                ("a year earlier", "DATE", "1988-Q4")
            ]
        );
        t!(
            "Net rose in the third quarter. For the nine months, net was $5, up from $4 a year earlier.",
            "1989-10-26",
            [
                ("the third quarter", "DATE", "1989-Q3"),
                ("the nine months", "DURATION", "P9M"),
                ("a year earlier", "DATE", "1988")
            ]
        );
        t!(
            "Net fell in the third quarter. For the quarter a year ago, it earned more than a quarter of its sales.",
            "1989-10-26",
            [
                ("the third quarter", "DATE", "1989-Q3"),
                ("the quarter a year ago", "DATE", "1988-Q3")
            ]
        );
        t!(
            "Sales in the latest period rose from the year-ago period.",
            "1989-10-26",
            [
                ("the latest period", "DATE", "1989-Q3"),
                ("the year-ago period", "DATE", "1988-Q3")
            ]
        );
        t!("The period was hard.", "1989-10-26", []);
    }

    #[test]
    fn the_week_and_deadlines() {
        t!(
            "For the week, the index dropped 3.8%.",
            "1989-10-30",
            [("the week", "DATE", "1989-WXX")]
        );
        // A date set by another.
        t!(
            "Sales rose in the week of March 6.",
            "2000-03-10",
            [("the week of March 6", "DATE", "2000-W10")]
        );
        t!(
            "The day before last Tuesday's hearing, he flew in.",
            "2000-02-24",
            [("The day before last Tuesday", "DATE", "2000-02-21")]
        );
        // A future cue further off counts across no verb in the past.
        t!(
            "He said the father would be traveling to the United States Thursday.",
            "2000-04-05",
            [("Thursday", "DATE", "2000-04-06")]
        );
        t!(
            "They said they would look for ways after the market closed Wednesday.",
            "2000-01-07",
            [("Wednesday", "DATE", "2000-01-05")]
        );
        t!(
            "Protesters were planning to drive around the airport on Monday.",
            "2000-01-07",
            [("Monday", "DATE", "2000-01-10")]
        );
        // A day that opens a sentence about a plan lies ahead.
        t!(
            "On Tuesday, the league plans to hold a news conference.",
            "1998-10-26",
            [("Tuesday", "DATE", "1998-10-27")]
        );
        t!(
            "On Friday, the government planned to pay them.",
            "1998-09-30",
            [("Friday", "DATE", "1998-09-25")]
        );
        t!(
            "On Friday, when she set aside vacation plans, they met.",
            "1998-08-17",
            [("Friday", "DATE", "1998-08-14")]
        );
        // "the March" before a noun is the month; before a verb, an event.
        t!(
            "The March accession will enable them to sign.",
            "1999-02-10",
            [("March", "DATE", "1999-03")]
        );
        t!("The March drew thousands to the capital.", "1999-02-10", []);
        // A clock time said with a part of the day, glossed in an aside.
        t!(
            "He will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.",
            "2000-04-05",
            [
                ("4 in the morning", "TIME", "2000-04-06T04:00"),
                ("4 a.m. EDT Thursday", "TIME", "2000-04-06T04:00")
            ]
        );
        t!(
            "They met at 9 at night and at 3 in the afternoon.",
            "2000-04-05",
            [
                ("9 at night", "TIME", "2000-04-05T21:00"),
                ("3 in the afternoon", "TIME", "2000-04-05T15:00")
            ]
        );
        t!(
            "It's the second day of an offensive by the police.",
            "1998-03-06",
            [("the second day", "DATE", "1998-03-06")]
        );
        // A scheduled event in the present tense lies ahead.
        t!(
            "He and Arafat meet separately Monday with Albright.",
            "1998-05-01",
            [("Monday", "DATE", "1998-05-04")]
        );
        t!(
            "They met Monday with Albright.",
            "1998-05-01",
            [("Monday", "DATE", "1998-04-27")]
        );
        // "ahead of", "must": a time to come, close to the cue.
        t!(
            "Trump leads ahead of Tuesday's New Hampshire primary.",
            "2016-02-07",
            [("Tuesday", "DATE", "2016-02-09")]
        );
        t!(
            "Sanders said the party must support Clinton in November.",
            "2016-07-27",
            [("November", "DATE", "2016-11")]
        );
        t!(
            "The convention, which begins Monday, is in Philadelphia.",
            "2016-07-22",
            [("Monday", "DATE", "2016-07-25")]
        );
        t!(
            "Following Monday's debate, Clinton won on Super Tuesday.",
            "2016-09-29",
            [
                ("Monday", "DATE", "2016-09-26"),
                ("Super Tuesday", "DATE", "2016-03-01")
            ]
        );
        t!(
            "The first votes will be counted Tuesday in three tiny towns.",
            "2016-02-08",
            [("Tuesday", "DATE", "2016-02-09")]
        );
        // Parts and shares of something else, ages, the verb "last".
        t!(
            "Between a quarter and a third of voters agree.",
            "2016-03-04",
            []
        );
        t!(
            "Sanders won the quarter of Democratic voters under 45.",
            "2016-02-20",
            []
        );
        t!(
            "It rose in the second half of February, and in the first half of the year.",
            "2016-02-04",
            [
                ("February", "DATE", "2016-02"),
                ("the first half of the year", "DATE", "2016-H1")
            ]
        );
        t!(
            "It lost the third quarter of $226 million.",
            "1989-10-26",
            [("the third quarter", "DATE", "1989-Q3")]
        );
        t!("The law bars 17-year-olds from voting.", "2016-03-11", []);
        t!(
            "The deal would last four years.",
            "2016-05-29",
            [("four years", "DURATION", "P4Y")]
        );
        t!(
            "He is likely to bounce back Tuesday when New York votes.",
            "2016-04-15",
            [("Tuesday", "DATE", "2016-04-19")]
        );
        t!(
            "The offer stands until Friday at noon.",
            "2016-07-14",
            [
                ("Friday", "DATE", "2016-07-15"),
                ("noon", "TIME", "2016-07-15T12:00")
            ]
        );
        t!(
            "Unemployment rose in 2009 and peaked in October of that year.",
            "2016-02-05",
            [
                ("2009", "DATE", "2009"),
                ("October of that year", "DATE", "2009-10")
            ]
        );
        t!(
            "He spoke in July. The next day, her account posted.",
            "2016-08-09",
            [
                ("July", "DATE", "2016-07"),
                ("The next day", "DATE", "2016-07-XX")
            ]
        );
        t!(
            "The 2018 day five saw Sweden win.",
            "2018-06-19",
            [("2018", "DATE", "2018")]
        );
        // A date naming an event, with no tense of its own: the nearest.
        t!(
            "The two are vying for the White House in the Nov. 8 general election.",
            "2016-08-28",
            [("Nov. 8", "DATE", "2016-11-08")]
        );
        t!(
            "They urged people to vote for him on Election Day.",
            "2016-08-10",
            [("Election Day", "DATE", "2016-11-08")]
        );
        // Halves and quarters of units.
        t!(
            "It took nearly half a century, a quarter-century ago, over the past half-dozen days.",
            "2016-05-17",
            [
                ("nearly half a century", "DURATION", "P50Y"),
                ("a quarter-century ago", "DATE", "1991"),
                ("the past half-dozen days", "DURATION", "P6D")
            ]
        );
        // A verb in the past dates a month to the last one.
        t!(
            "Carter took office in February.",
            "2015-12-16",
            [("February", "DATE", "2015-02")]
        );
        t!(
            "Trump said in August that he would never eat them.",
            "2016-05-18",
            [("August", "DATE", "2015-08")]
        );
        t!(
            "Clinton hosted a get out the vote event Monday.",
            "2016-04-27",
            [("Monday", "DATE", "2016-04-25")]
        );
        // A date of the month just past stays there whatever the cue.
        t!(
            "Candidates must file their February reports.",
            "2016-03-20",
            [("February", "DATE", "2016-02")]
        );
        t!(
            "He was shot due to the massacre on June 12, and is expected to speak.",
            "2016-06-21",
            [("June 12", "DATE", "2016-06-12")]
        );
        // Days with a plural part of the day recur.
        t!(
            "Two flights will leave on Monday and Tuesday nights.",
            "1998-02-13",
            [
                ("Monday", "SET", "XXXX-WXX-1TNI"),
                ("Tuesday nights", "SET", "XXXX-WXX-2TNI")
            ]
        );
        // A day judged is the day of the story.
        t!(
            "Poland joined NATO on Friday. Geremek said it was \"a great day for Poland.\"",
            "1999-03-13",
            [
                ("Friday", "DATE", "1999-03-12"),
                ("a great day", "DATE", "1999-03-12")
            ]
        );
        t!(
            "Today is a sad day for the Constitution.",
            "2000-01-05",
            [("Today", "DATE", "2000-01-05")]
        );
        // An age, not a day.
        t!("It is a case for today's youth.", "2000-01-07", []);
        t!("I would choose the people of tomorrow.", "1989-11-02", []);
        t!(
            "Today's editions carry it.",
            "1989-11-02",
            [("Today", "DATE", "1989-11-02")]
        );
        // Someone's future is the future; "Intel's future flagship" is not.
        t!(
            "It would take the decision about Elian's future away from INS.",
            "2000-02-10",
            [("future", "DATE", "FUTURE_REF")]
        );
        t!("The 486 is Intel's future flagship.", "1989-10-27", []);
        // "that same day" after a month: a day of it, not known which.
        t!(
            "He was killed last October. His name was crossed out that same day.",
            "1999-02-06",
            [
                ("last October", "DATE", "1998-10"),
                ("that same day", "DATE", "1998-10-XX")
            ]
        );
        // Just past the turn of the year.
        t!(
            "Voters go to the caucuses Feb. 3.",
            "2015-12-15",
            [("Feb. 3", "DATE", "2016-02-03")]
        );
        // A month in a past clause of a sentence that speaks of the future.
        t!(
            "The INS will act, after he was rescued off the coast of Florida in late November.",
            "2000-04-05",
            [("late November", "DATE", "1999-11")]
        );
        t!(
            "The INS extended its deadline until 9 a.m. Tuesday.",
            "2000-04-03",
            [("9 a.m. Tuesday", "TIME", "2000-04-04T09:00")]
        );
        t!(
            "Officials postponed until Tuesday any action.",
            "2000-03-30",
            [("Tuesday", "DATE", "2000-04-04")]
        );
        t!(
            "Up until Thursday, they had not called him a suspect.",
            "1999-05-07",
            [("Thursday", "DATE", "1999-05-06")]
        );
    }

    #[test]
    fn parts_of_the_story_day() {
        t!(
            "Hopes were dashed Friday. Dealers bought in the morning.",
            "1989-10-30",
            [
                ("Friday", "DATE", "1989-10-27"),
                ("the morning", "TIME", "1989-10-27TMO")
            ]
        );
        t!(
            "By mid afternoon, sources said so.",
            "1998-03-06",
            [("mid afternoon", "TIME", "1998-03-06TAF")]
        );
        // "4 in the morning" is a clock time, not the story's morning.
        t!(
            "He will leave at 4 in the morning. He died on the night of the storm. High noon comes.",
            "2000-04-05",
            [("4 in the morning", "TIME", "2000-04-05T04:00")]
        );
    }

    #[test]
    fn frequencies_and_unit_compounds() {
        t!(
            "We check leads on a daily basis. It raised its quarterly dividend. The quarter-to-quarter comparison and day-to-day work.",
            "1998-11-21",
            [("daily", "SET", "P1D")]
        );
        t!(
            "Clinton said so in his weekly radio address.",
            "1998-08-08",
            [("weekly", "SET", "P1W")]
        );
    }

    #[test]
    fn names_and_decades() {
        t!(
            "He told Breitbart News Daily host Alex Marlow and the New York Daily News, NBC Nightly News and the Washington Monthly. Daily, the paper prints more.",
            "2016-09-30",
            [("Daily", "SET", "P1D")]
        );
        t!(
            "Societies like Easter Island and groups like Easter Seals said Merry Christmas and Happy Thanksgiving. Services on Easter Sunday and Christmas Eve.",
            "2016-09-30",
            [
                ("Easter Sunday", "DATE", "2016-03-27"),
                ("Christmas Eve", "DATE", "2016-12-24")
            ]
        );
        t!(
            "The now-defunct paper ran the now-famous ad, which runs now.",
            "2016-09-30",
            [("now", "DATE", "PRESENT_REF")]
        );
        t!(
            "He told \"Fox News Sunday\" what he had said on Fox News Tuesday night.",
            "2016-09-30",
            [("Tuesday night", "DATE", "2016-09-27TNI")]
        );
        t!(
            "He told ABC News Sunday that he would run.",
            "2016-09-29",
            [("Sunday", "DATE", "2016-09-25")]
        );
        t!(
            "April Mellody and June Carter met August Wilson at a June Trump event. In April Congress met.",
            "2016-09-30",
            [("June", "DATE", "2016-06"), ("April", "DATE", "2016-04")]
        );
        t!(
            "Section 1032 says so. Under Article 1600 and No. 1999 in Room 2010, Flight 1549 flew Route 1776 to 1600 Pennsylvania Avenue. In 1999 Wall Street fell.",
            "2016-09-30",
            [("1999", "DATE", "1999")]
        );
        t!(
            "In the 1980's, the 90's and the '80s, not the 60s of his 60s or the 2010s. Polls are in the 30s.",
            "2016-09-30",
            [
                ("the 1980's", "DATE", "198"),
                ("the 90's", "DATE", "199"),
                ("the '80s", "DATE", "198"),
                ("the 60s", "DATE", "196"),
                ("the 2010s", "DATE", "201")
            ]
        );
        t!(
            "The criticism comes a day before Kaine spoke. About 90 people a day die.",
            "2016-09-30",
            [("a day", "DURATION", "P1D"), ("a day", "SET", "P1D")]
        );
    }

    #[test]
    fn years_closing_names() {
        t!(
            "He set up a venture called Orion 1980. In 1988, it earned more than in January 1987.",
            "1998-04-18",
            [
                ("1988", "DATE", "1988"),
                ("January 1987", "DATE", "1987-01")
            ]
        );
    }

    #[test]
    fn numeric_dates_and_ranges() {
        t!(
            "After the 9/11 attacks, Fahrenheit 9/11 rose 4 9/11 with 9/11 of the vote.",
            "2016-09-22",
            [("9/11", "DATE", "2001-09-11")]
        );
        t!(
            "He cited the Sept. 11 terrorist attacks, not the September 11 attack in Benghazi, and spoke on Sept. 11.",
            "2016-09-30",
            [
                ("Sept. 11", "DATE", "2001-09-11"),
                ("September 11", "DATE", "2016-09-11"),
                ("Sept. 11", "DATE", "2016-09-11")
            ]
        );
        t!(
            "It happened on 2/26/2012, was taped 9/17/16 and not on 2/30/2012.",
            "2016-09-19",
            [
                ("2/26/2012", "DATE", "2012-02-26"),
                ("9/17/16", "DATE", "2016-09-17")
            ]
        );
        t!(
            "We started this journey on June 16th of last year.",
            "2016-10-02",
            [("June 16th of last year", "DATE", "2015-06-16")]
        );
        t!(
            "They will agree on a plan by March of next year, as in May of this year.",
            "2016-09-18",
            [
                ("March of next year", "DATE", "2017-03"),
                ("May of this year", "DATE", "2016-05")
            ]
        );
        t!(
            "They met at 6:30 a.m. on March 19, 2002, and he left around 11:45 a.m. on Friday.",
            "2016-06-11",
            [
                ("6:30 a.m. on March 19, 2002", "TIME", "2002-03-19T06:30"),
                ("around 11:45 a.m. on Friday", "TIME", "2016-06-10T11:45")
            ]
        );
        t!(
            "A plan is due by 6 o'clock this afternoon, a vote at 9 this morning; stocks rose 6 this morning.",
            "2016-09-12",
            [
                ("6 o'clock this afternoon", "TIME", "2016-09-12T18:00"),
                ("9 this morning", "TIME", "2016-09-12T09:00"),
                ("this morning", "TIME", "2016-09-12TMO")
            ]
        );
        t!(
            "The survey was conducted September 16-19, the other from Sept. 19 to 22.",
            "2016-09-25",
            [
                ("September 16", "DATE", "2016-09-16"),
                ("19", "DATE", "2016-09-19"),
                ("Sept. 19", "DATE", "2016-09-19"),
                ("22", "DATE", "2016-09-22")
            ]
        );
        t!(
            "Polls ran March 17-20 and May 13-22; rates rose on March 5 to 10 percent; ages 18-24.",
            "2016-09-25",
            [
                ("March 17", "DATE", "2016-03-17"),
                ("20", "DATE", "2016-03-20"),
                ("May 13", "DATE", "2016-05-13"),
                ("22", "DATE", "2016-05-22"),
                ("March 5", "DATE", "2016-03-05")
            ]
        );
    }

    #[test]
    fn vague_stretches() {
        t!(
            "Growth in recent years came from junk bonds.",
            "1989-10-27",
            [("recent years", "DATE", "PAST_REF")]
        );
        t!(
            "It was weak over the past several quarters.",
            "1989-10-30",
            [("the past several quarters", "DATE", "PAST_REF")]
        );
        t!(
            "It will cut taxes in future quarters and coming quarters.",
            "1989-10-26",
            [
                ("future quarters", "DATE", "FUTURE_REF"),
                ("coming quarters", "DATE", "FUTURE_REF")
            ]
        );
        t!(
            "Prices rose in recent weeks and will in coming years.",
            "1998-02-06",
            [
                ("recent weeks", "DURATION", "PXW"),
                ("coming years", "DURATION", "PXY")
            ]
        );
        t!(
            "Funds may sell bonds in the weeks ahead.",
            "1989-10-27",
            [("the weeks ahead", "DURATION", "PXW")]
        );
        t!(
            "In the years that followed, the rebels fought on.",
            "2000-04-01",
            [("the years", "DURATION", "PXY")]
        );
        t!(
            "Sales grew for the first time in years.",
            "1989-10-26",
            [("years", "DURATION", "PXY")]
        );
    }

    #[test]
    fn halves_counts_and_discourse() {
        t!(
            "But a minute and a half later, a pilot called.",
            "1998-01-14",
            [("a minute and a half", "DURATION", "PT1M30S")]
        );
        t!("Now, he says, it looks bad.", "1991-02-25", []);
        t!(
            "Islam will one day be the largest.",
            "1998-03-03",
            [("one day", "DATE", "FUTURE_REF")]
        );
        t!(
            "The stock would be redeemed in five years. It rose in a year.",
            "1989-11-02",
            [
                ("five years", "DATE", "1994"),
                ("a year", "DURATION", "P1Y")
            ]
        );
        t!(
            "KKR aims to pay down the loan by February. Sales were flat through August.",
            "1989-10-30",
            [
                ("February", "DATE", "1990-02"),
                ("August", "DATE", "1989-08")
            ]
        );
        t!(
            "On Friday the index fell 4.5% from the previous Friday.",
            "1989-10-30",
            [
                ("Friday", "DATE", "1989-10-27"),
                ("the previous Friday", "DATE", "1989-10-20")
            ]
        );
        t!(
            "Eight trading days after the plunge, it fell.",
            "1989-10-30",
            [("Eight trading days", "DURATION", "P8D")]
        );
        t!(
            "He added that the ceremony would be held on April 24.",
            "1999-02-10",
            [("April 24", "DATE", "1999-04-24")]
        );
        t!(
            "The summit will be on April 24 and 25.",
            "1999-02-10",
            [
                ("April 24", "DATE", "1999-04-24"),
                ("25", "DATE", "1999-04-25")
            ]
        );
        t!(
            "The blast occurred at 10:35 a.m. (0735 GMT) Friday.",
            "1998-08-08",
            [
                ("10:35 a.m.", "TIME", "1998-08-07T10:35"),
                ("Friday", "DATE", "1998-08-07")
            ]
        );
        t!(
            "Now the court has ruled.",
            "1998-02-25",
            [("Now", "DATE", "PRESENT_REF")]
        );
    }

    #[test]
    fn nato_article() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/articles/nato-spending-lavrov.txt"
        );
        let text = std::fs::read_to_string(path).unwrap();
        let options = crate::Options::new().with_date("2025-07-04").unwrap();
        let doc = crate::Analyzer::new().annotate(&text, &options);
        let times: Vec<(&str, &str, &str)> = doc
            .times
            .iter()
            .map(|t| (t.text.as_str(), t.kind.as_str(), t.value.as_str()))
            .collect();
        for expected in [
            ("Thursday", "DATE", "2025-07-03"),
            ("Last week", "DATE", "2025-W26"),
            ("2035", "DATE", "2035"),
            ("2029", "DATE", "2029"),
        ] {
            assert!(times.contains(&expected), "{expected:?} not in {times:?}");
        }
        let quantities: Vec<(&str, &str, Option<f64>)> = doc
            .quantities
            .iter()
            .map(|q| (q.text.as_str(), q.kind.as_str(), q.value))
            .collect();
        assert!(
            quantities.contains(&("5%", "PERCENT", Some(5.0))),
            "{quantities:?}"
        );
        assert!(
            quantities.contains(&("32", "CARDINAL", Some(32.0))),
            "{quantities:?}"
        );
        assert!(
            !quantities.iter().any(|q| q.0 == "2035" || q.0 == "2029"),
            "{quantities:?}"
        );
    }
}
