//! Clock times and named times of day, with the day they fall on.

use std::borrow::Cow;

use super::Pattern;
use crate::segment::TokenKind;
use crate::text::calendar::Date;
use crate::timex::matcher::{Found, Matcher};
use crate::timex::terms::{Class, Cue};
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.time_of_day",
        about: crate::passes::about("clock times and named times of day: 3 p.m., 7:15 a.m. EST Friday, noon, 6 o'clock this afternoon"),
    },
    run: |m, idx, _| m.time_of_day(idx),
};

impl Matcher<'_, '_> {
    /// "3 p.m.", "7:15 a.m. EST", "noon", "midnight Friday", "10 p.m.
    /// Wednesday", "16:00 UTC", "0735 GMT", "10:35:20 a.m."; and a time in
    /// hours, minutes and seconds that no clock word follows is a
    /// finishing time ("won in 2:05:30"), a DURATION.
    pub(super) fn time_of_day(&self, idx: usize) -> Option<Found> {
        // "high noon" is the idiom (and the film) of a showdown, not a time.
        if idx > 0 && self.is(idx - 1, "high") && self.is(idx, "noon") {
            return None;
        }
        let mut second = None;
        let (end, hour, minute) = if let Some((end, hm)) = self.term(idx, Class::Noon) {
            let (h, m) = hm.split_once(':')?;
            (end, h.parse::<u32>().ok()?, m.parse::<u32>().ok()?)
        } else {
            let w = self.words.get(idx)?;
            // "3am", "4.30pm", "10:30pm": the meridiem written onto the
            // clock, one word.
            let glued = match w.kind {
                TokenKind::Number => None,
                // "at 10.30am." ends a sentence: the segmenter reads the
                // word and its period as an abbreviation.
                TokenKind::Word | TokenKind::Abbreviation(_) => Some(glued_meridiem(&w.lower)?),
                _ => return None,
            };
            let (text, meridiem) = glued.unwrap_or((w.text, ""));
            // "4.30 pm", "4.30pm": minutes after a dot, as British papers
            // write them, only with a meridiem to say it is a clock.
            let dotted = text.contains('.')
                && !text.contains(':')
                && (glued.is_some() || self.term(idx + 1, Class::Meridiem).is_some());
            let text = if dotted {
                Cow::Owned(text.replacen('.', ":", 1))
            } else {
                Cow::Borrowed(text)
            };
            let clock = Clock::read(&text)?;
            if glued.is_none() {
                if let Some(found) = self.elapsed(idx, &clock) {
                    return Some(found);
                }
                if let Some(found) = self.twenty_four_hour(idx, &clock) {
                    return Some(found);
                }
            }
            let Clock { h, m, s, .. } = clock;
            if !(1..=12).contains(&h) || m > 59 || clock.military {
                return None;
            }
            second = s;
            if glued.is_some() {
                let h = if meridiem == "am" {
                    h % 12
                } else {
                    h % 12 + 12
                };
                return self.clock_with_zone(idx, idx + 1, h, m, s);
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
                let bare_hour_ok = idx > 0 && self.is_cue(idx - 1, Cue::HourCue);
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
                let h = match self.term(idx + 1, Class::Meridiem) {
                    Some((_, "AM")) => h % 12,
                    Some(_) => h % 12 + 12,
                    None if self.is(idx + 1, "o'clock") => h,
                    // "at 10:00 on Monday", "at 2:30 the next day": hours
                    // and minutes after a preposition of time with a day
                    // after them are a clock, written as it stands.
                    None if bare_hour_ok && clock.colon && s.is_none() => {
                        return self.clock_before_a_day(idx, h, m);
                    }
                    None => return None,
                };
                (idx + 2, h, m)
            }
        };
        self.clock_with_zone(idx, end, hour, minute, second)
    }

    /// The clock time `hour:minute[:second]` read at words `idx..end`,
    /// with the zone after it ("EST", "local time") and its day.
    fn clock_with_zone(
        &self,
        idx: usize,
        mut end: usize,
        hour: u32,
        minute: u32,
        second: Option<u32>,
    ) -> Option<Found> {
        let mut zone = None;
        if let Some((e, z)) = self.term(end, Class::Zone) {
            end = e;
            zone = Some(z);
        }
        let clock = match second {
            Some(s) => format!("{hour:02}:{minute:02}:{s:02}"),
            None => format!("{hour:02}:{minute:02}"),
        };
        let mut found = self.on_its_day(idx, end, &clock)?;
        found.zone = zone;
        Some(found)
    }

    /// A clock time `clock` (words `idx..end`) on the day named after it
    /// ("6:30 a.m. on March 19, 2002", "11:45 a.m., Friday", "0735 GMT)
    /// Friday"), before it ("until Friday at noon"), else on the day the
    /// story is on ("Police said Tuesday ... The shots came at 10 p.m."),
    /// else, told in the past, on the narrative's last day
    /// (`narrative_clock_day`), else on the document date.
    fn on_its_day(&self, idx: usize, mut end: usize, clock: &str) -> Option<Found> {
        let mut date = self
            .story_day()
            .or_else(|| self.narrative_clock_day(idx, end))
            .or(self.anchor)
            .map(|a| a.to_string());
        let after = end + usize::from(matches!(self.lower(end), "," | "on"));
        let date_part = |at: usize| {
            // "9 p.m. tonight", "midnight tonight": tonight's day.
            let tonight = self.is(at, "tonight").then(|| self.deictic(at)).flatten();
            if let Some(mut f) = tonight.filter(|f| f.end == at + 1 && f.value.len() > 10) {
                f.value.truncate(10);
                return Some(f);
            }
            self.weekday_expr(at)
                .or_else(|| self.month_date(at))
                .or_else(|| self.deictic(at))
                // "2 p.m. on the last Friday in August".
                .or_else(|| self.nth_weekday(at + usize::from(self.is(at, "the"))))
                .filter(|f| f.kind == "DATE" && f.value.len() == 10)
        };
        if let Some(f) = date_part(after) {
            date = Some(f.value);
            end = f.end;
        } else if let Some(day) = self.day_after_aside(end) {
            date = Some(self.wall_day(end, clock, day));
        } else if let Some(f) =
            date_part(end + 1 + usize::from(self.is(end + 1, "on"))).filter(|_| self.is(end, ")"))
        {
            // The day after an aside that ends with the time: the day is
            // the time's, the span stays inside the aside.
            date = Some(f.value);
        } else if let Some(day) = self.day_before_at(idx) {
            date = Some(day);
        }
        let date = date.unwrap_or_else(|| "XXXX-XX-XX".to_string());
        Found::new(end, "TIME", format!("{date}T{clock}"))
    }

    /// "won in 2:05:30", "a time of 3:43.13": hours, minutes and seconds,
    /// or minutes and seconds with a fraction, that no clock word follows
    /// and no "at" comes before, are the length of a race, a DURATION.
    fn elapsed(&self, idx: usize, clock: &Clock) -> Option<Found> {
        let fraction = clock.fraction.is_some();
        if !(clock.s.is_some() || fraction) || clock.military {
            return None;
        }
        let next = idx + 1;
        let clock_word = self.term(next, Class::Meridiem).is_some()
            || self.term(next, Class::Zone).is_some()
            || self.is(next, "o'clock");
        if clock_word || (idx > 0 && self.is_cue(idx - 1, Cue::HourCue)) {
            return None;
        }
        let (h, m, s) = match clock.s {
            Some(s) => (clock.h, clock.m, s),
            // "3:43.13": minutes and seconds.
            None => (0, clock.h, clock.m),
        };
        if m > 59 || s > 59 {
            return None;
        }
        let mut value = String::from("PT");
        if h > 0 {
            value.push_str(&format!("{h}H"));
        }
        if m > 0 {
            value.push_str(&format!("{m}M"));
        }
        value.push_str(&format!("{s}"));
        if let Some(fraction) = clock.fraction {
            value.push('.');
            value.push_str(fraction);
        }
        value.push('S');
        Found::new(next, "DURATION", value)
    }

    /// A clock time of the 24-hour day: "16:00 UTC", "0735 GMT", "at
    /// 21:30", "09:15 local time". Without a zone after it, only a time
    /// after a preposition of time and that no 12-hour clock could show
    /// ("21:30", "09:15") is one: "at 3:16" may be a verse.
    fn twenty_four_hour(&self, idx: usize, clock: &Clock) -> Option<Found> {
        let Clock { h, m, s, .. } = *clock;
        if h > 23 || m > 59 || clock.fraction.is_some() || !(clock.military || clock.colon) {
            return None;
        }
        let (end, zone) = match self.term(idx + 1, Class::Zone) {
            Some((end, zone)) => (end, Some(zone)),
            None => {
                let unambiguous = h > 12 || clock.leading_zero;
                let cue = idx > 0 && self.is_cue(idx - 1, Cue::HourCue);
                if clock.military
                    || !(unambiguous && cue)
                    || self.term(idx + 1, Class::Meridiem).is_some()
                {
                    return None;
                }
                (idx + 1, None)
            }
        };
        let clock = match s {
            Some(s) => format!("{h:02}:{m:02}:{s:02}"),
            None => format!("{h:02}:{m:02}"),
        };
        let mut found = self.on_its_day(idx, end, &clock)?;
        found.zone = zone;
        Some(found)
    }

    /// "10:00 on Monday", "2:30 the next day": a clock without a
    /// meridiem, read only when a day follows it (the day named, or one
    /// counted from the story's), which is in its span as in "5:30
    /// Friday"; a verse or a score ("at 3:16") has none.
    fn clock_before_a_day(&self, idx: usize, h: u32, m: u32) -> Option<Found> {
        let clock = format!("{h:02}:{m:02}");
        let after = idx + 1 + usize::from(matches!(self.lower(idx + 1), "," | "on"));
        let named = self
            .weekday_expr(after)
            .or_else(|| self.month_date(after))
            .or_else(|| self.deictic(after))
            .filter(|f| f.kind == "DATE" && f.value.len() == 10);
        if named.is_some() {
            return self.on_its_day(idx, idx + 1, &clock);
        }
        let counted = self
            .is(idx + 1, "the")
            .then(|| self.story_relative(idx + 2, true))
            .flatten()
            .filter(|f| f.kind == "DATE" && f.value.len() == 10)?;
        Found::new(counted.end, "TIME", format!("{}T{clock}", counted.value))
    }

    /// The day of "until Friday at noon", "on January 23 at 4:01 PM": a
    /// full date right before "at" and the time.
    pub(super) fn day_before_at(&self, idx: usize) -> Option<String> {
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

    /// The day of a wall time whose aside gives the universal time and
    /// its day ("8 p.m. EDT (0000 GMT Wednesday)", "03:00 local time
    /// (19:00 UTC Tuesday)"): `day`, the universal time's, moved to the
    /// day before or after where the wall time, read in a zone between
    /// twelve hours behind and fourteen ahead, has crossed midnight
    /// (Tuesday 8 p.m. and Wednesday 3 a.m. there). An aside in another
    /// zone, or without a clock, leaves `day` as it is.
    fn wall_day(&self, open: usize, clock: &str, day: String) -> String {
        if !self.zone_day {
            return day;
        }
        let minutes = |h: u32, m: u32| i64::from(h) * 60 + i64::from(m);
        let universal = self
            .words
            .get(open + 1)
            .and_then(|w| Clock::read(w.text))
            .filter(|c| c.h < 24 && c.m < 60)
            .filter(|_| {
                self.term(open + 2, Class::Zone)
                    .is_some_and(|(_, zone)| matches!(zone, "GMT" | "UTC"))
            })
            .map(|c| minutes(c.h, c.m));
        let mut parts = clock.split(':').map(|p| p.parse::<u32>().ok());
        let wall = match (parts.next().flatten(), parts.next().flatten()) {
            (Some(h), Some(m)) => Some(minutes(h, m)),
            _ => None,
        };
        let (Some(universal), Some(wall)) = (universal, wall) else {
            return day;
        };
        let mut offset = wall - universal;
        if offset > 14 * 60 {
            offset -= 24 * 60;
        } else if offset < -12 * 60 {
            offset += 24 * 60;
        }
        // Midnight is written 24:00, the end of the day before the one it
        // opens (TimeBank's "midnight Friday" is Friday T24): a wall time
        // of 24:00 at 00:00 of the universal day there ends the day before.
        let midnight = i64::from(wall == 24 * 60);
        let shift = (universal + offset).div_euclid(24 * 60) - midnight;
        match Date::parse_iso(&day) {
            Some(d) if shift != 0 => d.add_days(shift).to_string(),
            _ => day,
        }
    }

    /// A part of a day named after a clock time: "this afternoon",
    /// "tonight", "tomorrow morning", "Friday evening". Returns its end,
    /// its day and the part.
    pub(super) fn day_part(&self, at: usize) -> Option<(usize, String, &'static str)> {
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
    pub(super) fn day_after_aside(&self, idx: usize) -> Option<String> {
        if !self.is(idx, "(") {
            return None;
        }
        let close = (idx + 1..(idx + 6).min(self.words.len())).find(|&k| self.is(k, ")"))?;
        // "(2153 UTC) on Tuesday" too.
        let after = close + 1 + usize::from(matches!(self.lower(close + 1), "," | "on"));
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
}

/// A clock with its meridiem in one word ("3am", "4.30pm", "10:30pm"):
/// the clock and "am" or "pm".
fn glued_meridiem(lower: &str) -> Option<(&str, &'static str)> {
    let (clock, meridiem) = if let Some(c) = lower.strip_suffix("am") {
        (c, "am")
    } else {
        (lower.strip_suffix("pm")?, "pm")
    };
    let starts_with_digit = clock.starts_with(|c: char| c.is_ascii_digit());
    let clock_chars = clock
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b':' || b == b'.');
    (starts_with_digit && clock_chars && clock.len() <= 5).then_some((clock, meridiem))
}

/// A number read as a clock: "7", "7:15", "10:35:20", "0735", "3:43.13".
struct Clock<'t> {
    h: u32,
    m: u32,
    s: Option<u32>,
    /// The decimals of the last part ("13" in "3:43.13").
    fraction: Option<&'t str>,
    /// Written with a colon.
    colon: bool,
    /// Four digits without a colon ("0735", "1600"): a time only with a
    /// zone after it.
    military: bool,
    /// The hour written with a leading zero ("09:15"), which only a
    /// 24-hour clock shows.
    leading_zero: bool,
}

impl<'t> Clock<'t> {
    fn read(text: &'t str) -> Option<Clock<'t>> {
        let digits = |part: &str, len: std::ops::RangeInclusive<usize>| {
            (len.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u32>().ok())
                .flatten()
        };
        let (body, fraction) = match text.split_once('.') {
            Some((body, fraction)) if text.contains(':') => (body, Some(fraction)),
            _ => (text, None),
        };
        if fraction.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        let mut parts = body.split(':');
        let first = parts.next()?;
        let (h, m, s) = match (parts.next(), parts.next(), parts.next()) {
            (None, ..) if first.len() == 4 => {
                let hm = digits(first, 4..=4)?;
                let clock = Clock {
                    h: hm / 100,
                    m: hm % 100,
                    s: None,
                    fraction: None,
                    colon: false,
                    military: true,
                    leading_zero: first.starts_with('0'),
                };
                return Some(clock);
            }
            (None, ..) => (digits(first, 1..=2)?, 0, None),
            (Some(m), None, _) => (digits(first, 1..=2)?, digits(m, 2..=2)?, None),
            (Some(m), Some(s), None) => (
                digits(first, 1..=2)?,
                digits(m, 2..=2)?,
                Some(digits(s, 2..=2)?),
            ),
            _ => return None,
        };
        Some(Clock {
            h,
            m,
            s,
            fraction,
            colon: text.contains(':'),
            military: false,
            leading_zero: first.len() == 2 && first.starts_with('0'),
        })
    }
}
