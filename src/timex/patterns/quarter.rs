//! Fiscal quarters and halves of a year, and the quarter a results story reports on.

use super::Pattern;
use crate::segment::TokenKind;
use crate::timex::matcher::{Found, Matcher};
use crate::timex::read::ordinal_digits;
use crate::timex::terms::Cue;
use crate::timex::value::fmt_quarter;
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.quarter",
        about: crate::passes::about("fiscal quarters and halves: the third quarter, third-quarter, the year-earlier quarter, the first half"),
    },
    run: |m, idx, has_the| m.quarter(idx, has_the),
};

impl Matcher<'_, '_> {
    /// "the third quarter", "third-quarter", "the fiscal first quarter",
    /// "the 1988 second quarter", "this year's third quarter", "the
    /// year-earlier quarter", "the latest quarter", "the first half".
    pub(super) fn quarter(&self, idx: usize, has_the: bool) -> Option<Found> {
        if let Some(found) = self.short_quarter(idx) {
            return Some(found);
        }
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
            } else if self.is(at, "year") && self.is_cue(at + 1, Cue::CountedBack) {
                year_earlier = true;
                at += 2;
            } else if self.is_cue(at, Cue::ReportedPeriod) {
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
                    let (v, is_ordinal) = w.number?;
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
        // "the first half-hour", "a half-day", "a quarter-century": a
        // length, no half or quarter of a year; and any other word joined
        // after it makes a noun of its own: "the quarter-finals", "a
        // quarter-point cut", "at half-time"; not "end" or "ended" ("for
        // the quarter-end", "the quarter-ended June 30"), which keep it.
        let joined = self.words.get(at + 1).is_some_and(|w| {
            w.token == self.words[at].token
                && w.kind == TokenKind::Word
                && !matches!(w.lower.as_ref(), "end" | "ended")
        });
        if joined {
            return None;
        }
        // "The quarter before, they fell", "up from the quarter before",
        // "the quarter before last": the one before the quarter in focus
        // (`timex.year_before`), as "the year before" is.
        let side = (self.year_before
            && has_the
            && !is_half
            && n.is_none()
            && year.is_none()
            && !year_earlier
            && !latest)
            .then(|| self.unit_then_side(at))
            .flatten();
        if let Some((shift, tail)) = side {
            // "The quarter before last" is deictic, as "last quarter" is:
            // two back from the document's quarter, whatever quarter is
            // in focus (2015-Q3 said in 2016-Q1).
            if tail == 2 {
                let a = self.anchor?;
                let k = a.year * 4 + a.quarter() as i32 - 1 + shift as i32;
                let value = fmt_quarter(k.div_euclid(4), k.rem_euclid(4) as u32 + 1);
                let keeps = idx > 0 && self.compares_with(idx - 1);
                return Found::new(at + 1 + tail, "DATE", value)
                    .map(|found| found.keeping_focus_if(keeps));
            }
            let (y, q) = self.state.last_quarter.or_else(|| {
                let a = self.anchor?;
                let idx = a.year * 4 + a.quarter() as i32 - 2;
                Some((idx.div_euclid(4), idx.rem_euclid(4) as u32 + 1))
            })?;
            let k = y * 4 + q as i32 - 1 + shift as i32;
            let value = fmt_quarter(k.div_euclid(4), k.rem_euclid(4) as u32 + 1);
            let keeps = idx > 0 && self.compares_with(idx - 1);
            return Found::new(at + 1 + tail, "DATE", value)
                .map(|found| found.keeping_focus_if(keeps));
        }
        let mut end = at + 1;
        if year_earlier && self.is(end, "last") {
            end += 2;
        }
        // "the third quarter of fiscal 2012", "of fiscal year 2012", "of
        // the fiscal year": the fiscal year named, or the current one.
        let fiscal_at = match (self.lower(end + 1), self.lower(end + 2)) {
            ("fiscal", _) => Some(end + 2),
            ("the", "fiscal") => Some(end + 3),
            _ => None,
        }
        .filter(|_| self.is(end, "of"));
        if let Some(k) = fiscal_at {
            let year_word = usize::from(self.is(k, "year"));
            if let Some(y) = self.year_number(k + year_word) {
                year = Some(y);
                end = k + year_word + 1;
            } else if year_word == 1 {
                year = self.anchor.map(|a| a.year);
                end = k + 1;
            } else {
                return None;
            }
        } else if self.is(end, "of") {
            let rel = match self.lower(end + 1) {
                _ if !self.is(end + 2, "year") => None,
                "this" | "the" => Some(0),
                "last" => Some(-1),
                "next" => Some(1),
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
            && self.is_cue(end + 2, Cue::CountedBack)
        {
            year_earlier = true;
            end += 3;
        }
        // "the second half" of a match report is the match's.
        if is_half && year.is_none() && !year_earlier && !latest && self.state.match_report {
            return None;
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

    /// "Q3 2013", "Q1 of 2014", "2013 Q4": a quarter in its short form,
    /// only with its year written by it ("Q1" alone may be a name); "the"
    /// before it is its noun's ("the Q4 2013 results").
    fn short_quarter(&self, idx: usize) -> Option<Found> {
        let quarter_at = |k: usize| {
            self.words.get(k).and_then(|w| {
                let digit = w.text.strip_prefix('Q')?;
                (digit.len() == 1)
                    .then(|| digit.parse::<u32>().ok())
                    .flatten()
                    .filter(|q| (1..=4).contains(q))
            })
        };
        if let Some(year) = self.year_number(idx) {
            let q = quarter_at(idx + 1)?;
            return Found::new(idx + 2, "DATE", fmt_quarter(year, q)).map(Found::without_the);
        }
        let q = quarter_at(idx)?;
        let of = usize::from(self.is(idx + 1, "of"));
        let year = self.year_number(idx + 1 + of)?;
        Found::new(idx + 2 + of, "DATE", fmt_quarter(year, q)).map(Found::without_the)
    }
}
