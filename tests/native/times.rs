//! The kinds of times that issue 16 found wrong or missing on news nobody
//! tuned for, one test per kind, each in sentences written for the test
//! (not taken from any corpus or article), read through the public API as
//! a user's text is.

use super::annotate;

/// Every time of `text` written on `date`: its text, TIMEX3 type and value.
fn times(text: &str, date: &str) -> Vec<(String, String, String)> {
    annotate(text, Some(date))
        .times
        .into_iter()
        .map(|t| (t.text, t.kind, t.value))
        .collect()
}

/// The value of the time whose text is `span`, panicking if none is.
fn value_of(text: &str, date: &str, span: &str) -> (String, String) {
    let found = times(text, date);
    found
        .iter()
        .find(|(t, _, _)| t.eq_ignore_ascii_case(span))
        .map(|(_, kind, value)| (kind.clone(), value.clone()))
        .unwrap_or_else(|| panic!("no time {span:?} in {text:?}: {found:?}"))
}

fn assert_time(text: &str, date: &str, span: &str, kind: &str, value: &str) {
    assert_eq!(
        value_of(text, date, span),
        (kind.to_string(), value.to_string()),
        "{span:?} in {text:?}"
    );
}

#[test]
fn bare_years_in_running_text_are_dates() {
    assert_time(
        "The firm moved to Austin in 2009.",
        "2015-06-10",
        "2009",
        "DATE",
        "2009",
    );
    assert_time(
        "Old fans still talk of the team of '58.",
        "2015-06-10",
        "'58",
        "DATE",
        "1958",
    );
}

#[test]
fn plural_units_without_a_count_are_vague_durations() {
    let d = "2015-06-10";
    assert_time(
        "The talks dragged on for weeks.",
        d,
        "weeks",
        "DURATION",
        "PXW",
    );
    assert_time("Rescuers searched for days.", d, "days", "DURATION", "PXD");
    assert_time(
        "He waited for minutes before calling.",
        d,
        "minutes",
        "DURATION",
        "PTXM",
    );
    assert_time(
        "The dispute lasted for years.",
        d,
        "years",
        "DURATION",
        "PXY",
    );
}

#[test]
fn clock_times_keep_the_wall_time_and_name_the_zone() {
    let d = "2015-06-10"; // a Wednesday
    let doc = annotate("Kick-off is at 15:00 GMT Saturday.", Some(d));
    let t = &doc.times[0];
    assert_eq!(
        (t.text.as_str(), t.value.as_str()),
        ("15:00 GMT Saturday", "2015-06-13T15:00")
    );
    assert_eq!(t.zone.as_deref(), Some("GMT"));
    let doc = annotate("The launch window opens at 16:00 UTC.", Some(d));
    let t = &doc.times[0];
    assert_eq!(
        (t.text.as_str(), t.value.as_str()),
        ("16:00 UTC", "2015-06-10T16:00")
    );
    assert_eq!(t.zone.as_deref(), Some("UTC"));
    let doc = annotate("Polls close at 8 p.m. local time.", Some(d));
    assert_eq!(doc.times[0].zone.as_deref(), Some("local"));
    assert_time(
        "The alarm rang at 10:15:30 EST.",
        d,
        "10:15:30 EST",
        "TIME",
        "2015-06-10T10:15:30",
    );
}

#[test]
fn race_and_finishing_times_are_durations() {
    let d = "2015-06-10";
    assert_time(
        "The winner crossed the line in 3:07:35.",
        d,
        "3:07:35",
        "DURATION",
        "PT3H7M35S",
    );
    assert_time(
        "Her time of 2:15:25 still stands.",
        d,
        "2:15:25",
        "DURATION",
        "PT2H15M25S",
    );
}

#[test]
fn a_clock_on_a_day_scheduled_in_the_present_lies_ahead() {
    let d = "2015-06-10"; // a Wednesday
    assert_time(
        "The deadline is 5 p.m. on Monday.",
        d,
        "5 p.m. on Monday",
        "TIME",
        "2015-06-15T17:00",
    );
    assert_time(
        "The summit begins at noon Sunday.",
        d,
        "noon Sunday",
        "TIME",
        "2015-06-14T12:00",
    );
    assert_time(
        "The game was played at 3 p.m. on Monday.",
        d,
        "3 p.m. on Monday",
        "TIME",
        "2015-06-08T15:00",
    );
    assert_time(
        "The polls closed at midnight on Friday.",
        d,
        "midnight on Friday",
        "TIME",
        "2015-06-05T24:00",
    );
}

#[test]
fn now_and_at_the_time_are_present_and_past_references() {
    let d = "2015-06-10";
    assert_time("Prices are now falling.", d, "now", "DATE", "PRESENT_REF");
    assert_time("For now, the plan stands.", d, "now", "DATE", "PRESENT_REF");
    assert_time(
        "She currently lives in Oslo.",
        d,
        "currently",
        "DATE",
        "PRESENT_REF",
    );
    assert_time("He recently moved.", d, "recently", "DATE", "PAST_REF");
    assert_time(
        "He was, at the time, the mayor.",
        d,
        "the time",
        "DATE",
        "PAST_REF",
    );
    // "current" as an adjective of a non-time noun is no time.
    assert_eq!(times("The current mayor spoke.", d), vec![]);
}

#[test]
fn the_day_is_the_day_the_story_is_on() {
    let d = "2015-03-10";
    let text = "The fire broke out on Friday, March 6. Crews fought it through the day. \
                The rest of the day was calm.";
    assert_time(text, d, "the day", "DATE", "2015-03-06");
    assert_time(text, d, "The rest of the day", "DATE", "2015-03-06");
    let text = "On Friday, March 6, the fire broke out. By the end of the day, 40 homes were lost.";
    assert_time(text, d, "the end of the day", "DATE", "2015-03-06");
    let text = "The bridge opened on March 3, 2014. Later in the day, crowds crossed it.";
    assert_time(text, d, "the day", "DATE", "2014-03-03");
    // "at the end of the day" means "all things considered".
    let text = "On Friday, March 6, the fire broke out. At the end of the day, it is about trust.";
    assert_eq!(times(text, d).len(), 1, "{:?}", times(text, d));
}

#[test]
fn the_next_year_of_a_past_story_counts_from_its_last_date() {
    let d = "2015-03-10";
    assert_time(
        "In 2009 the factory closed. The next year it reopened.",
        d,
        "The next year",
        "DATE",
        "2010",
    );
    assert_time(
        "He was elected in 1998. The following year he resigned.",
        d,
        "The following year",
        "DATE",
        "1999",
    );
    // Looking ahead, "the next year" is counted from the document date.
    assert_time(
        "The plant will close over the next year.",
        d,
        "the next year",
        "DATE",
        "2016",
    );
}

#[test]
fn this_year_in_a_sports_season_is_the_document_year() {
    let text = "The club won the title in 2012. This year the side has won nine of ten games, \
                its best start to a season.";
    assert_time(text, "2015-06-10", "This year", "DATE", "2015");
}

#[test]
fn n_years_from_now_is_a_duration_and_now() {
    let found = times("Eight years from now the plant will close.", "2015-06-10");
    assert_eq!(
        found,
        vec![
            ("Eight years".into(), "DURATION".into(), "P8Y".into()),
            ("now".into(), "DATE".into(), "PRESENT_REF".into()),
        ]
    );
}

#[test]
fn the_following_decade_is_one_decade() {
    let text = "He was elected in 1998. The following decade brought war.";
    assert_time(
        text,
        "2015-06-10",
        "The following decade",
        "DURATION",
        "P1DE",
    );
}

#[test]
fn a_month_in_a_past_tense_story_is_the_last_one() {
    let d = "2015-03-10";
    assert_time(
        "The council met in June and approved the plan.",
        d,
        "June",
        "DATE",
        "2014-06",
    );
    assert_time(
        "In June the council had approved the plan.",
        d,
        "June",
        "DATE",
        "2014-06",
    );
    // Told in the future, it is the next one.
    assert_time(
        "The council will meet in June.",
        d,
        "June",
        "DATE",
        "2015-06",
    );
}

#[test]
fn of_tomorrow_after_a_noun_is_no_date() {
    let d = "2015-06-10";
    assert_eq!(
        times("Engineers showed off the cars of tomorrow.", d),
        vec![]
    );
    assert_eq!(times("These are the schools of tomorrow.", d), vec![]);
    assert_eq!(times("He spoke of the youth of yesterday.", d), vec![]);
    // A day still: "the events of yesterday", "tomorrow's vote".
    assert_time(
        "The events of yesterday shocked us.",
        d,
        "yesterday",
        "DATE",
        "2015-06-09",
    );
}

#[test]
fn indefinite_one_day_is_no_length_of_a_day() {
    let d = "2015-06-10";
    for text in [
        "One day the United States might regret this.",
        "He hopes one day to run for office.",
        "She dreams of one day playing at Wimbledon.",
        "He vowed to one day return.",
    ] {
        assert_time(text, d, "one day", "DATE", "FUTURE_REF");
    }
    // A count of one day stays a duration.
    assert_time(
        "The strike lasted one day.",
        d,
        "one day",
        "DURATION",
        "P1D",
    );
    assert_time(
        "He hoped one day of rest would help.",
        d,
        "one day",
        "DURATION",
        "P1D",
    );
}

#[test]
fn this_weekday_later_in_the_week_is_the_coming_one() {
    let d = "2013-03-21"; // a Thursday
    assert_time(
        "This Friday, the film opens.",
        d,
        "This Friday",
        "DATE",
        "2013-03-22",
    );
    assert_time(
        "This Tuesday, he said no.",
        d,
        "This Tuesday",
        "DATE",
        "2013-03-19",
    );
}
