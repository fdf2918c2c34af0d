//! Clock times and named times of day, with the day they fall on.

use super::Pattern;
use crate::segment::TokenKind;
use crate::timex::matcher::{Found, Matcher};
use crate::timex::terms::{Class, Cue};
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.time_of_day",
        about: "clock times and named times of day: 3 p.m., 7:15 a.m. EST Friday, noon, 6 o'clock this afternoon",
    },
    run: |m, idx, _| m.time_of_day(idx),
};

impl Matcher<'_, '_> {
    /// "3 p.m.", "7:15 a.m. EST", "noon", "midnight Friday", "10 p.m. Wednesday".
    pub(super) fn time_of_day(&self, idx: usize) -> Option<Found> {
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
                    None => return None,
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
}
