//! A part of the day the story is on, named after a preposition of time.

use super::Pattern;
use crate::segment::TokenKind;
use crate::timex::matcher::{Found, Matcher};
use crate::timex::terms::{Class, Cue};
use crate::timex::value::Unit;
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.story_day_part",
        about: crate::passes::about("a part of the day the story is on, after a preposition: in the morning, by mid afternoon"),
    },
    run: |m, idx, _| m.part_of_story_day(idx),
};

impl Matcher<'_, '_> {
    /// "in the morning", "by mid afternoon": a part of the day the story
    /// is on (the last day named, else the document date). Only after a
    /// preposition of time, so "the night of Oct. 23" and "good evening"
    /// are left alone, and not in a clock time ("4 in the morning").
    pub(super) fn part_of_story_day(&self, idx: usize) -> Option<Found> {
        let (end, part) = self.term(idx, Class::Part)?;
        if self.is(end, "of") {
            return None;
        }
        let mut k = idx;
        while k > 0 && k + 2 > idx && (self.is(k - 1, "the") || self.is_position(k - 1)) {
            k -= 1;
        }
        let after_time_word = k > 0 && self.is_cue(k - 1, Cue::DayPartCue);
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
}
