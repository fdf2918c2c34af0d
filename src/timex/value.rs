//! Value arithmetic: TIMEX3 values of dates relative to an anchor,
//! durations, seasons and holidays, and their formatting.

use super::matcher::Matcher;
use super::terms::{cue_value, Cue};
use crate::text::calendar::Date;

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Unit {
    Year,
    Month,
    Day,
}

/// A date value of granularity year, month or day, as a date and its
/// granularity.
pub(super) fn parse_date_value(value: &str) -> Option<(Date, Unit)> {
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

pub(super) fn fmt_month(year: i32, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

pub(super) fn fmt_week(d: Date) -> String {
    let (year, week) = d.iso_week();
    format!("{year:04}-W{week:02}")
}

pub(super) fn fmt_quarter(year: i32, quarter: u32) -> String {
    format!("{year:04}-Q{quarter}")
}

/// The most units away from the anchor that [`relative`] gives a value.
const MAX_UNITS_AWAY: u64 = 1_000_000;

/// The value `n` units away from the anchor, at the unit's granularity.
pub(super) fn relative(anchor: Option<Date>, unit: &str, n: i64) -> Option<String> {
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
    // A count beyond a million units ("9999999999 hours ago") names no
    // calendar value; the bound keeps the sums below from overflowing.
    if n.unsigned_abs() > MAX_UNITS_AWAY {
        return None;
    }
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
pub(super) fn vague_period(rel: i64, unit: &str) -> (&'static str, String) {
    match (rel.signum(), unit) {
        (-1, "Y" | "Q") => ("DATE", "PAST_REF".to_string()),
        (1, "Q") => ("DATE", "FUTURE_REF".to_string()),
        _ => ("DURATION", duration(None, unit)),
    }
}

pub(super) fn duration(n: Option<f64>, unit: &str) -> String {
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
pub(super) fn counts_from_event(unit: &str, n: Option<f64>, signal: &str) -> bool {
    match cue_value(signal, Cue::Signal) {
        Some("-event") => !(unit == "Y" && n == Some(1.0)),
        Some("+event") => true,
        _ => false,
    }
}

/// The value of `season` last (`rel` -1), next (1) or this (0) season as
/// seen from `anchor`. Seasons are counted in years that begin with spring,
/// so January and February belong to the winter that began the year
/// before; "this" season is the nearest one of that name ("this summer"
/// in October, "this spring" in February), the one of the same season
/// year when two are as near.
pub(super) fn season_value(anchor: Option<Date>, season: &str, rel: i64) -> String {
    let Some(a) = anchor else {
        return format!("XXXX-{season}");
    };
    let (season_year, current) = season_now(a);
    let target = season_number(season);
    let y = match rel {
        -1 if target >= current => season_year - 1,
        1 if target <= current => season_year + 1,
        0 if target - current > 2 => season_year - 1,
        0 if current - target > 2 => season_year + 1,
        _ => season_year,
    };
    format!("{y:04}-{season}")
}

/// The season of that name under way at `anchor` or the next one: "in the
/// spring" said in June 2016 is 2017-SP, said in April 2016-SP.
pub(super) fn season_ahead_value(anchor: Option<Date>, season: &str) -> String {
    let Some(a) = anchor else {
        return format!("XXXX-{season}");
    };
    let (season_year, current) = season_now(a);
    let y = if season_number(season) >= current {
        season_year
    } else {
        season_year + 1
    };
    format!("{y:04}-{season}")
}

/// The year a season under way at `a` is named by, and its number (1
/// spring to 4 winter): winter runs into January and February.
fn season_now(a: Date) -> (i32, i32) {
    match a.month {
        1 | 2 => (a.year - 1, 4),
        3..=5 => (a.year, 1),
        6..=8 => (a.year, 2),
        9..=11 => (a.year, 3),
        _ => (a.year, 4),
    }
}

/// The number of a season, 1 spring to 4 winter.
fn season_number(season: &str) -> i32 {
    match season {
        "SP" => 1,
        "SU" => 2,
        "FA" => 3,
        _ => 4,
    }
}

/// The date of a holiday of `data/timex/terms.txt` in `year`: `MM-DD`,
/// `MM/W/N` (the Nth ISO weekday W of month MM, N = -1 the last) or
/// `easter`, the last two optionally followed by `+K` or `-K` days.
pub(super) fn holiday_date(rule: &str, year: i32) -> Option<Date> {
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

impl Matcher<'_, '_> {
    /// The date `n` units before the anchor, at the unit's granularity; a
    /// year before a quarter talked about is that quarter a year earlier.
    pub(super) fn ago(&self, at: usize, unit: &str, n: f64) -> Option<String> {
        let n = n as i64;
        if unit == "Y" && n == 1 {
            if let Some(month) = self.month_in_focus(at) {
                return Some(fmt_month(month.year - 1, month.month));
            }
        }
        if unit == "Y" && n == 1 && !self.several_quarters {
            if let Some((y, q)) = self.state.last_quarter {
                return Some(fmt_quarter(y - 1, q));
            }
        }
        match unit {
            "DE" => relative(self.anchor, "Y", n.saturating_mul(-10)),
            "CE" => relative(self.anchor, "Y", n.saturating_mul(-100)),
            // The document date has no clock: a count of hours, minutes
            // or seconds names the day it reaches back to, in whole days
            // ("24 hours ago" and "1,500 minutes ago" are yesterday, "two
            // hours ago" and "90 minutes ago" today).
            "H" if self.clock_ago => relative(self.anchor, "D", -(n / 24)),
            "MIN" if self.clock_ago => relative(self.anchor, "D", -(n / (24 * 60))),
            "S" if self.clock_ago => relative(self.anchor, "D", -(n / (24 * 60 * 60))),
            "H" | "MIN" | "S" => None,
            _ => relative(self.anchor, unit, -n),
        }
    }

    /// The month named earlier in this sentence after "in" or "for"
    /// ("Sales rose 5% in January", "figures for March"), whose year-ago
    /// month "a year earlier" at `at` compares with (`timex.month_earlier`):
    /// the first of the main clause ("fell to 3.9% in July from 4.1% in
    /// June"), none inside a relative clause (", which went public in
    /// March,"), none when "a year earlier" is in one, and none when the
    /// sentence names a quarter or a half, whose results it compares.
    fn month_in_focus(&self, at: usize) -> Option<Date> {
        if !self.month_earlier || self.names_a_period() {
            return None;
        }
        let relative = self.in_relative_clause();
        if relative.get(at).copied().unwrap_or(false) {
            return None;
        }
        self.state
            .sentence_dates
            .iter()
            .find(|&&(start, end, _, known)| {
                end <= at
                    && !relative[start]
                    && known == Unit::Month
                    && end == start + 1
                    && self.month(start).is_some()
                    // Not the first month of a span ("in April-July").
                    && !self.words.get(end).is_some_and(|w| {
                        w.token == self.words[start].token
                            || matches!(w.lower.as_ref(), "-" | "to" | "through" | "and")
                    })
                    && start >= 1
                    && matches!(self.lower(start - 1), "in" | "for")
            })
            .map(|&(_, _, date, _)| date)
    }

    /// Whether the sentence names a quarter or a half of a year
    /// ("second-quarter profit", "in the first half").
    fn names_a_period(&self) -> bool {
        (0..self.words.len()).any(|k| {
            let w = self.lower(k);
            w.starts_with("quarter")
                || (w == "half"
                    && (1..=2).any(|b| {
                        k >= b && matches!(self.lower(k - b), "first" | "second" | "1st" | "2nd")
                    }))
        })
    }

    /// For each word of the sentence, whether it is inside a relative
    /// clause set off by commas (", which ended in June,", ", who left").
    fn in_relative_clause(&self) -> Vec<bool> {
        let mut inside = false;
        let mut out = Vec::with_capacity(self.words.len());
        for k in 0..self.words.len() {
            if self.is(k, ",") {
                inside = k > 0
                    && !inside
                    && matches!(self.lower(k + 1), "which" | "who" | "whose" | "whom");
            }
            out.push(inside);
        }
        out
    }
}
