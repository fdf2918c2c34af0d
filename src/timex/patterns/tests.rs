//! One row per date pattern: a sentence, its document date and a time
//! that the pattern finds. The row proves the pattern is registered and
//! wired: the time is found with every pattern on, and not with that one
//! pattern switched off.

use super::ALL;
use crate::text::calendar::Date;
use crate::text::normalize::Normalized;
use crate::timex::extract;
use crate::Switches;

type Row = (
    &'static str,
    &'static str,
    &'static str,
    (&'static str, &'static str, &'static str),
);

const ROWS: &[Row] = &[
    (
        "timex.time_of_day",
        "They meet at 3 p.m. today.",
        "2015-10-20",
        ("3 p.m. today", "TIME", "2015-10-20T15:00"),
    ),
    (
        "timex.month_date",
        "The wall fell on Nov. 9, 1989.",
        "2015-10-20",
        ("Nov. 9, 1989", "DATE", "1989-11-09"),
    ),
    (
        "timex.day_range",
        "The summit will be on April 24 and 25.",
        "1999-02-10",
        ("25", "DATE", "1999-04-25"),
    ),
    (
        "timex.weekday",
        "Commenting on Thursday, he left.",
        "2025-07-04",
        ("Thursday", "DATE", "2025-07-03"),
    ),
    (
        "timex.nth_weekday",
        "Polls open on the first Sunday of April.",
        "2013-03-22",
        ("the first Sunday of April", "DATE", "2013-04-07"),
    ),
    (
        "timex.quarter",
        "Sales rose in the third quarter.",
        "2015-10-20",
        ("the third quarter", "DATE", "2015-Q3"),
    ),
    (
        "timex.story_relative",
        "He was promoted in 1995, and the following year he left.",
        "1998-04-18",
        ("the following year", "DATE", "1996"),
    ),
    (
        "timex.relation",
        "Last week, leaders agreed.",
        "2025-07-04",
        ("Last week", "DATE", "2025-W26"),
    ),
    (
        "timex.deictic",
        "They met yesterday.",
        "2015-10-20",
        ("yesterday", "DATE", "2015-10-19"),
    ),
    (
        "timex.story_day_part",
        "Hopes were dashed Friday. Dealers bought in the morning.",
        "1989-10-30",
        ("the morning", "TIME", "1989-10-27TMO"),
    ),
    (
        "timex.set",
        "The office opens every Monday.",
        "2015-10-20",
        ("every Monday", "SET", "XXXX-WXX-1"),
    ),
    (
        "timex.the_year",
        "Sales for the full year rose.",
        "1989-11-02",
        ("the full year", "DATE", "1989"),
    ),
    (
        "timex.season",
        "Demand lasted into the summer.",
        "1989-10-26",
        ("the summer", "DATE", "1989-SU"),
    ),
    (
        "timex.holiday",
        "He was found on Thanksgiving Day.",
        "2000-01-07",
        ("Thanksgiving Day", "DATE", "1999-11-25"),
    ),
    (
        "timex.judged_day",
        "Poland joined NATO on Friday. Geremek said it was \"a great day for Poland.\"",
        "1999-03-13",
        ("a great day", "DATE", "1999-03-12"),
    ),
    (
        "timex.year_end",
        "It will close by year-end.",
        "1989-11-02",
        ("year-end", "DATE", "1989"),
    ),
    (
        "timex.counted_unit",
        "It took three years.",
        "2015-10-20",
        ("three years", "DURATION", "P3Y"),
    ),
    (
        "timex.year",
        "A review in 2029.",
        "2025-07-04",
        ("2029", "DATE", "2029"),
    ),
    (
        "timex.reference",
        "He is here now.",
        "2015-10-20",
        ("now", "DATE", "PRESENT_REF"),
    ),
    (
        "timex.anchored",
        "Sales rose in the week of March 6.",
        "2000-03-10",
        ("the week of March 6", "DATE", "2000-W10"),
    ),
];

fn times(text: &str, anchor: &str, switches: &Switches) -> Vec<(String, String, String)> {
    let norm = Normalized::new(text);
    let structure = crate::segment::segment(&norm.text);
    extract(
        &norm.text,
        &structure,
        Date::parse_iso(anchor),
        crate::timex::tests::gazetteer(),
        switches,
    )
    .into_iter()
    .map(|t| (t.text, t.kind, t.value))
    .collect()
}

#[test]
fn every_pattern_has_a_row_and_can_be_switched_off() {
    let names: Vec<&str> = ALL.iter().map(|p| p.pass.name).collect();
    let rows: Vec<&str> = ROWS.iter().map(|row| row.0).collect();
    assert_eq!(names, rows, "one row per pattern, in registry order");
    for pattern in ALL {
        assert!(pattern.pass.name.starts_with("timex."));
        assert!(!pattern.pass.about.is_empty());
    }
    for &(name, text, anchor, (span, kind, value)) in ROWS {
        let expected = (span.to_string(), kind.to_string(), value.to_string());
        let on = times(text, anchor, &Switches::all_on());
        assert!(on.contains(&expected), "{name}: {text:?} gave {on:?}");
        let off = times(text, anchor, &Switches::with_off(vec![name]));
        assert!(
            !off.contains(&expected),
            "{name} off: {text:?} still gave {expected:?}"
        );
    }
}
