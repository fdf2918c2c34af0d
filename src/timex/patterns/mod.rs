//! The date patterns, one file per family, all registered in [`ALL`].
//!
//! A pattern looks at the words from one index on and proposes a time
//! that begins there. The matcher tries every pattern that is switched on,
//! in registry order, and keeps the longest proposal (the first of equal
//! length), so a pattern's place in the list matters only for ties.
//! Patterns may call one another to read a part ("6:30 a.m. on March 19"
//! reads its date with the month-date pattern); switching a pattern off
//! stops it from proposing a time of its own, not from being read as a
//! part of another.

mod anchored;
mod counted_unit;
mod day_range;
mod deictic;
mod holiday;
mod judged_day;
mod month_date;
mod nth_weekday;
mod quarter;
mod reference;
mod relation;
mod season;
mod set;
mod story_day_part;
mod story_relative;
mod the_year;
mod time_of_day;
mod weekday;
mod year;
mod year_end;

#[cfg(test)]
mod tests;

use super::matcher::{Found, Matcher};
use crate::Pass;

/// A date pattern: its pass and the function that proposes a time at a
/// word. `run(matcher, idx, has_the)` gets the index of the first word
/// after the modifiers the matcher has read ("about", "early", "the"), and
/// whether one of them was "the".
pub(super) struct Pattern {
    pub(super) pass: Pass,
    pub(super) run: fn(&Matcher<'_, '_>, usize, bool) -> Option<Found>,
}

/// Every date pattern, in the order the matcher tries them.
pub(super) const ALL: &[Pattern] = &[
    time_of_day::PATTERN,
    month_date::PATTERN,
    day_range::PATTERN,
    weekday::PATTERN,
    nth_weekday::PATTERN,
    quarter::PATTERN,
    story_relative::PATTERN,
    relation::PATTERN,
    deictic::PATTERN,
    story_day_part::PATTERN,
    // A rate ("$5 million a year") before the duration it contains.
    set::PATTERN,
    the_year::PATTERN,
    season::PATTERN,
    holiday::PATTERN,
    judged_day::PATTERN,
    year_end::PATTERN,
    counted_unit::PATTERN,
    year::PATTERN,
    reference::PATTERN,
    anchored::PATTERN,
];
