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
fn plural_units_before_later_or_earlier_are_vague_durations() {
    let d = "2015-06-10";
    assert_time(
        "Weeks later, the mayor resigned.",
        d,
        "Weeks",
        "DURATION",
        "PXW",
    );
    assert_time(
        "The bridge had been inspected just hours earlier.",
        d,
        "hours",
        "DURATION",
        "PTXH",
    );
    assert_time(
        "Months afterwards the plant reopened.",
        d,
        "Months",
        "DURATION",
        "PXM",
    );
    // A preposition takes the event that places the time: no stretch.
    let found = times("Days after the vote, the party split.", d);
    assert!(found.is_empty(), "{found:?}");
    // Nor the fixed phrase "years later" of no story time ("the years
    // later" is not a stretch either).
    let found = times("In the years later added to the lease, rent rose.", d);
    assert!(found.iter().all(|(t, _, _)| t != "years"), "{found:?}");
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
    // Yesterday after a noun is the past, not the day before (since
    // issue 16's tenth round).
    assert_time(
        "He spoke of the youth of yesterday.",
        d,
        "yesterday",
        "DATE",
        "PAST_REF",
    );
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

/// Every time of `text` on `date` as (text, value), in order.
fn spans_and_values(text: &str, date: &str) -> Vec<(String, String)> {
    times(text, date)
        .into_iter()
        .map(|(t, _, v)| (t, v))
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(t, v)| (t.to_string(), v.to_string()))
        .collect()
}

#[test]
fn a_range_of_days_across_months_without_spaces_is_two_dates() {
    // AP style: "Dec. 28-Jan. 3", one token around the dash, and the period
    // of "Jan." is no sentence end.
    assert_eq!(
        spans_and_values("The museum shuts Dec. 28-Jan. 3 for repairs.", "2021-12-01"),
        pairs(&[("Dec. 28", "2021-12-28"), ("Jan. 3", "2022-01-03")])
    );
    assert_eq!(
        spans_and_values("Nov. 30-Dec. 2 saw heavy rain in the valley.", "2021-12-20"),
        pairs(&[("Nov. 30", "2021-11-30"), ("Dec. 2", "2021-12-02")])
    );
}

#[test]
fn a_month_of_the_same_year_is_of_the_year_last_named() {
    let d = "2019-05-01";
    assert_eq!(
        spans_and_values(
            "He moved to Boston in 1981. His wife died in March the same year.",
            d
        ),
        pairs(&[("1981", "1981"), ("March the same year", "1981-03")])
    );
    assert_eq!(
        spans_and_values(
            "He returned in 1990, and in May of that same year he retired.",
            d
        ),
        pairs(&[("1990", "1990"), ("May of that same year", "1990-05")])
    );
}

#[test]
fn that_year_after_a_season_of_a_year_is_that_year() {
    assert_time(
        "In the summer of 2010, she shared a flat in Leeds. She paid the rent by working in bars. That year, she started her career.",
        "2016-09-16",
        "That year",
        "DATE",
        "2010",
    );
}

#[test]
fn a_range_of_years_with_spaces_around_the_dash_is_two_years() {
    let d = "2016-05-02";
    assert_eq!(
        spans_and_values(
            "He taught in Prague in 1890 \u{2013} 91 and wrote a trio.",
            d
        ),
        pairs(&[("1890", "1890"), ("91", "1891")])
    );
    assert_eq!(
        spans_and_values("The 1999 - 00 budget was cut.", d),
        pairs(&[("1999", "1999"), ("00", "2000")])
    );
    // A score is no range of years.
    assert_eq!(
        spans_and_values("The vote was 61 - 38 in 2004.", d),
        pairs(&[("2004", "2004")])
    );
}

#[test]
fn a_range_of_days_with_its_year_after_it_is_of_that_year() {
    assert_eq!(
        spans_and_values("The fair took place June 4-6, 2004, in Lyon.", "2021-12-01"),
        pairs(&[("June 4", "2004-06-04"), ("6, 2004", "2004-06-06")])
    );
    assert_eq!(
        spans_and_values(
            "Voting ran Oct. 9 to 11, 2010, in most towns.",
            "2021-12-01"
        ),
        pairs(&[("Oct. 9", "2010-10-09"), ("11, 2010", "2010-10-11")])
    );
}

#[test]
fn a_range_of_years_written_as_one_token_is_two_years() {
    assert_eq!(
        spans_and_values("Attendance fell in the 2008-09 season.", "2021-12-01"),
        pairs(&[("2008", "2008"), ("09", "2009")])
    );
    assert_eq!(
        spans_and_values(
            "The budget for 1999-00 was cut; 1960-1975 was calmer.",
            "2021-12-01"
        ),
        pairs(&[
            ("1999", "1999"),
            ("00", "2000"),
            ("1960", "1960"),
            ("1975", "1975")
        ])
    );
    // Scores, codes and a later year first are no ranges of years.
    assert_eq!(
        spans_and_values(
            "The bill passed 61-38, and the lab sits in room 2004-97.",
            "2021-12-01"
        ),
        pairs(&[])
    );
}

#[test]
fn of_yesterday_after_a_noun_is_the_past_unless_the_noun_happened_that_day() {
    let d = "2021-12-01";
    assert_time(
        "The slogans of yesterday will not fix the troubles we face.",
        d,
        "yesterday",
        "DATE",
        "PAST_REF",
    );
    assert_time(
        "The clashes of yesterday left three hurt.",
        d,
        "yesterday",
        "DATE",
        "2021-11-30",
    );
    assert_time(
        "The minutes of yesterday's session were read aloud.",
        d,
        "yesterday",
        "DATE",
        "2021-11-30",
    );
    // A possessive "tomorrow's" is the day, after "of" too.
    assert_time(
        "The order of tomorrow's parade was posted.",
        d,
        "tomorrow",
        "DATE",
        "2021-12-02",
    );
}

#[test]
fn a_dateline_date_is_the_date_it_names() {
    // A wire dateline names the day the story was filed, which TIMEX3
    // tags; filed a day before the document date, it keeps its own day.
    assert_time(
        "OSLO, March 3 (Reuters) -- The central bank held its rate on Tuesday.",
        "2015-03-04",
        "March 3",
        "DATE",
        "2015-03-03",
    );
    assert_time(
        "ROME, Dec. 31 (AP) -- Crowds gathered in the square.",
        "2016-01-01",
        "Dec. 31",
        "DATE",
        "2015-12-31",
    );
}

#[test]
fn a_number_joined_to_a_word_before_it_counts_no_days() {
    let d = "2021-12-01";
    assert_eq!(
        spans_and_values("Rents are back at pre-2008 levels.", d),
        pairs(&[("pre-2008", "2008")])
    );
    assert_eq!(
        spans_and_values("Wards filled in the early COVID-19 days.", d),
        pairs(&[])
    );
}

#[test]
fn a_range_of_months_written_as_one_token_is_two_months() {
    let d = "2021-09-10";
    assert_eq!(
        spans_and_values("Exports rose in Jan-April, the ministry said.", d),
        pairs(&[("Jan", "2021-01"), ("April", "2021-04")])
    );
    assert_eq!(
        spans_and_values("Crowds thinned after the July-August Games.", d),
        pairs(&[("July", "2021-07"), ("August", "2021-08")])
    );
    // The year after the second month is the first month's too.
    assert_eq!(
        spans_and_values("Profit for the February-May 2003 period fell.", d),
        pairs(&[("February", "2003-02"), ("May 2003", "2003-05")])
    );
}

#[test]
fn an_iso_date_is_a_date() {
    assert_eq!(
        spans_and_values("The filing, dated 2019-04-30, was late.", "2021-12-01"),
        pairs(&[("2019-04-30", "2019-04-30")])
    );
    // Not a day of the calendar: no date.
    assert_eq!(
        spans_and_values("Its code is 2019-14-30.", "2021-12-01"),
        pairs(&[])
    );
}

#[test]
fn numbers_in_a_range_that_are_no_years_stay_numbers() {
    // Scores and room numbers are no years, and the second year of a
    // range counts no length.
    for text in [
        "Their SAT scores of 1450-1520 were high.",
        "Rooms 1101-1120 are closed.",
    ] {
        assert_eq!(times(text, "2016-05-01"), [], "{text:?}");
    }
    let found = times("The 1990-1995 years were hard.", "2016-05-01");
    assert!(
        found.iter().all(|(_, kind, _)| kind != "DURATION"),
        "{found:?}"
    );
}

#[test]
fn one_day_after_a_reporting_verb_opens_what_is_reported() {
    // "one day" right after a reporting verb opens the clause the verb
    // reports, as after "that": some day to come when a modal follows,
    // no time in a past story, and still one day's length when it counts.
    let d = "2019-03-14";
    assert_time(
        "The envoy said one day the two countries might share the canal.",
        d,
        "one day",
        "DATE",
        "FUTURE_REF",
    );
    assert_time(
        "Her coach believes one day she will hold the record.",
        d,
        "one day",
        "DATE",
        "FUTURE_REF",
    );
    assert_eq!(
        times("The farmer said one day he found the gate open.", d),
        []
    );
    for text in [
        "The union said one day of strikes would follow.",
        "The judge said one day was not enough.",
        "The clerk said one day later the files were gone.",
    ] {
        assert_time(text, d, "one day", "DURATION", "P1D");
    }
}

#[test]
fn the_day_as_a_subject_is_the_story_day() {
    // "The day" opening a sentence as the subject of a verb in the past is
    // the day the story is on, a paragraph on too; "the day of", "the day
    // he" and "the day after" are no such day.
    let d = "2019-03-14";
    assert_time(
        "Voters went to the polls on Sunday. The day began with long queues.",
        d,
        "The day",
        "DATE",
        "2019-03-10",
    );
    assert_time(
        "Farmers marched to the square on Monday evening. Police watched.\n\nThe day ended without arrests.",
        d,
        "The day",
        "DATE",
        "2019-03-11",
    );
    for text in [
        "The day of the vote arrived quietly.",
        "The day he left was cold.",
        "The day is long.",
    ] {
        assert_eq!(times(text, d), [], "{text:?}");
    }
}

#[test]
fn the_year_before_standing_alone_counts_from_the_date_in_focus() {
    // "the year before", "the day after" with no event after them are the
    // previous or the following unit from the date in focus, and leave the
    // focus where it was; before an event of no known date they are left.
    let d = "2019-03-14";
    assert_time(
        "The mill closed in 2012. The year before, it had cut half its staff.",
        d,
        "The year before",
        "DATE",
        "2011",
    );
    assert_time(
        "Exports reached $2 billion last year, up from $1.6 billion the year before.",
        d,
        "the year before",
        "DATE",
        "2017",
    );
    assert_eq!(
        spans_and_values(
            "The bond closed at 2.1 percent on Friday, from 2.3 percent the day before. The yen fell to 111 from 112 the day before.",
            d,
        ),
        [
            ("Friday".to_string(), "2019-03-08".to_string()),
            ("the day before".to_string(), "2019-03-07".to_string()),
            ("the day before".to_string(), "2019-03-07".to_string()),
        ]
    );
    assert_time(
        "The mayor spoke on Tuesday. She had met the unions the day after at the town hall.",
        d,
        "the day after",
        "DATE",
        "2019-03-13",
    );
    for text in [
        "Shops were busy the day before the storm.",
        "Turnout fell the week after voters were told to stay home.",
    ] {
        assert_eq!(times(text, d), [], "{text:?}");
    }
}

#[test]
fn the_day_after_needs_a_date_in_focus_and_moves_it_in_a_story() {
    let d = "2019-03-14";
    // With no date named before, no time: never the document date.
    for text in [
        "The town has no plan for the day after in the valley.",
        "The day after, officers searched the flat.",
        "Visits reached 900, up from 700 the day before.",
    ] {
        assert_eq!(times(text, d), [], "{text:?}");
    }
    // Told as a story, "the day after" moves the focus; compared with,
    // it leaves it.
    assert_eq!(
        spans_and_values(
            "She was stopped on Tuesday. The day after, at 8 p.m., agents searched her car.",
            d,
        ),
        [
            ("Tuesday".to_string(), "2019-03-12".to_string()),
            ("The day after".to_string(), "2019-03-13".to_string()),
            ("8 p.m.".to_string(), "2019-03-13T20:00".to_string()),
        ]
    );
    assert_eq!(
        spans_and_values(
            "The mine shut in 2004. The year after, it opened again. The following year it shut for good.",
            d,
        ),
        [
            ("2004".to_string(), "2004".to_string()),
            ("The year after".to_string(), "2005".to_string()),
            ("The following year".to_string(), "2006".to_string()),
        ]
    );
    // A count or a comparison after the preposition opens the event, and
    // an object shared after a comma is the event's: no time.
    for text in [
        "The fair closed in 2016. The day after about 300 stalls were cleared.",
        "The storm came in 2017. The year before as many as 40 roofs fell.",
        "The count ended in 2018. The year before up to 9,000 birds were seen.",
        "The vote was on June 3, 2018. Bars shut the day before, during and after the vote.",
        "Rates changed in May 2017. Loans rose in the month before, and the month after, the change.",
    ] {
        assert!(
            times(text, d).iter().all(|t| !t.0.ends_with("before") && !t.0.ends_with("after")),
            "{text:?}: {:?}",
            times(text, d)
        );
    }
    // A comma and "and" before another clause share nothing.
    assert_time(
        "Shares closed at 41 on Friday. The index rose to 90 from 88 the day before, and the yen fell.",
        d,
        "the day before",
        "DATE",
        "2019-03-07",
    );
    // A year alone in focus gives no week, as it gives no month.
    assert!(
        !times("In 2013 the river rose. The week after, it fell.", d)
            .iter()
            .any(|(t, _, _)| t == "The week after")
    );
}

#[test]
fn tomorrow_with_an_article_or_an_adjective_of_hope_is_no_day() {
    // "a better tomorrow", "our tomorrow", "a tomorrow where" name the age
    // to come, as "the cars of tomorrow" does; a noun before "tomorrow"
    // ("a vote tomorrow") and "her tomorrow" (an object) keep the next day.
    let d = "2019-03-14";
    for text in [
        "The charity works for a better tomorrow.",
        "Families still hope for a brighter tomorrow.",
        "Picture a tomorrow where every town has a clinic.",
        "Our brighter tomorrow depends on what we plant.",
    ] {
        assert_eq!(times(text, d), [], "{text:?}");
    }
    // A capital "A" is a letter, not the article ("Group A tomorrow"), and
    // a possessive right before "tomorrow" may be a pronoun ("could be
    // his tomorrow"): both keep the next day.
    for text in [
        "Group A tomorrow decides who goes through.",
        "The side faces Pool A tomorrow.",
        "The title could be his tomorrow.",
    ] {
        assert_time(text, d, "tomorrow", "DATE", "2019-03-15");
    }
    for text in [
        "The council holds a vote tomorrow.",
        "The minister will meet her tomorrow.",
        "The team will have a new coach tomorrow.",
    ] {
        assert_time(text, d, "tomorrow", "DATE", "2019-03-15");
    }
}

#[test]
fn counted_nights_are_lengths_in_days() {
    // A stretch of two or more nights lasts as many days (ISO 8601 has no
    // unit of nights); nights apart or how often ("two nights a week",
    // "on two nights last week") and "one night" are left untagged.
    let d = "2019-03-14";
    assert_time(
        "The port stayed closed for two nights after the storm.",
        d,
        "two nights",
        "DURATION",
        "P2D",
    );
    assert_time(
        "Crowds gathered for three straight nights.",
        d,
        "three straight nights",
        "DURATION",
        "P3D",
    );
    assert_eq!(
        spans_and_values("She sings there two nights a week.", d),
        [("a week".to_string(), "P1W".to_string())]
    );
    assert_eq!(times("He stayed one night in the shelter.", d), []);
    for (text, span, value) in [
        ("She spent two nights in a cell.", "two nights", "P2D"),
        (
            "After three nights of rioting, the city was calm.",
            "three nights",
            "P3D",
        ),
        (
            "Over the past two nights, shells hit the port.",
            "the past two nights",
            "P2D",
        ),
    ] {
        assert_time(text, d, span, "DURATION", value);
    }
    for text in [
        "The nurse works three nights weekly.",
        "The ferry sails four nights out of seven.",
        "The hotel is full 200 nights of the year.",
        "Fights broke out on two nights in the square.",
    ] {
        assert!(
            times(text, d).iter().all(|t| !t.0.contains("nights")),
            "{text:?}: {:?}",
            times(text, d)
        );
    }
}

#[test]
fn a_headline_in_title_case_still_has_its_times() {
    // In a headline every word is capitalised, so a capital there marks no
    // title; a title in quotation marks, a show's or an award's name, and
    // a line with a word in capitals are still left.
    let d = "2019-03-14";
    assert_time(
        "Council Votes On Budget Next Week.\n\nThe council meets on Monday.",
        d,
        "Next Week",
        "DATE",
        "2019-W12",
    );
    assert_time(
        "Dock Workers' Union Meets Again Next Week.\n\nIt met in May.",
        d,
        "Next Week",
        "DATE",
        "2019-W12",
    );
    // An acronym leaves a headline one: CBS is no credit here.
    assert_time(
        "CBS Workers Strike Over Pay Next Week.\n\nNo more.",
        d,
        "Next Week",
        "DATE",
        "2019-W12",
    );
    for text in [
        "Critics Review The Film ‘Seven Days’ Again.\n\nIt opens soon.",
        "Stars Return To Saturday Night Live Stage.\n\nNo more.",
        "Club Names Player Of The Year Again.\n\nNo more.",
        "Host Leaves The Tonight Show Forever.\n\nNo more.",
        "Editors Of Psychology Today Resign.\n\nNo more.",
    ] {
        let found = times(text, d);
        assert!(
            found
                .iter()
                .all(|t| !t.0.chars().next().is_some_and(char::is_uppercase)),
            "{text:?}: {found:?}"
        );
    }
    assert_eq!(
        times(
            "The senator said on the show This Week that taxes would rise.",
            d
        ),
        []
    );
}

/// Whether `text` written on `date` has a time whose text is `span`.
fn has_time(text: &str, date: &str, span: &str) -> bool {
    times(text, date)
        .iter()
        .any(|(t, _, _)| t.eq_ignore_ascii_case(span))
}

#[test]
fn the_month_before_counts_from_the_month_named_not_the_speaking_day() {
    let d = "2020-03-04";
    assert_time(
        "Retail sales fell 1.2% in January, the agency said on Wednesday, after rising 0.4% the month before.",
        d,
        "the month before",
        "DATE",
        "2019-12",
    );
    assert_time(
        "Mortgage applications rose 3% last week, the group said on Wednesday, after a drop the week before.",
        d,
        "the week before",
        "DATE",
        "2020-W08",
    );
    // A day still counts from the day named, a speaking day included.
    assert_time(
        "The mayor resigned, he announced Tuesday. The day before, at a hearing, he had denied it.",
        d,
        "The day before",
        "DATE",
        "2020-03-02",
    );
}

#[test]
fn a_year_alone_gives_the_month_before_no_time() {
    let d = "2020-03-04";
    assert!(!has_time(
        "In 2018 the mill closed. Orders had dropped 5% the month before.",
        d,
        "the month before"
    ));
    // "from a year earlier" compares and leaves January in focus.
    assert_time(
        "Car sales rose 2% in January from a year earlier, after falling 1% the month before.",
        d,
        "the month before",
        "DATE",
        "2019-12",
    );
}

#[test]
fn a_comparison_with_the_month_before_keeps_the_focus() {
    let d = "2020-03-04";
    for text in [
        "Rents rose 0.5% in January, against 0.3% the month before. The month before, they were flat.",
        "Rents rose 0.5% in January, up from about 0.3% the month before. The month before, they were flat.",
        "Rents rose 0.5% in January, up from a record 0.9% the month before. The month before, they were flat.",
        "Rents rose 0.5% in January, down from a revised 0.7% the month before. The month before, they were flat.",
        "Rents rose 0.5% in January, up from 0.3% in the month before. The month before, they were flat.",
        "Rents rose 0.5% in January, after a 0.3% fall the month before. The month before, they were flat.",
        "Rents were flat in January, the same as the month before. The month before, they were flat.",
    ] {
        let found = times(text, d);
        let months: Vec<_> = found
            .iter()
            .filter(|(t, _, _)| t.eq_ignore_ascii_case("the month before"))
            .map(|(_, _, v)| v.as_str())
            .collect();
        assert_eq!(months, ["2019-12", "2019-12"], "{text:?}: {found:?}");
    }
}

#[test]
fn many_nights_counted_are_bookings_or_shows_not_lengths() {
    let d = "2020-03-04";
    for (text, span) in [
        (
            "Visitors spent 9 million nights in rented flats.",
            "9 million nights",
        ),
        (
            "The region sold 2.4 million nights last summer.",
            "2.4 million nights",
        ),
        (
            "The chain logged 30,000 nights of guest stays.",
            "30,000 nights",
        ),
        ("Guests stay 3.5 nights on average.", "3.5 nights"),
        ("The musical ran for 12 nights in Leeds.", "12 nights"),
        ("The choir gave 20 recitals over 16 nights.", "16 nights"),
    ] {
        assert!(!has_time(text, d, span), "{span:?} in {text:?}");
    }
    assert_time(
        "She stayed for four nights.",
        d,
        "four nights",
        "DURATION",
        "P4D",
    );
}

#[test]
fn the_past_two_nights_keep_their_adverb() {
    let d = "2020-03-04";
    assert_time(
        "Frost has hit the valley the past three nights.",
        d,
        "the past three nights",
        "DURATION",
        "P3D",
    );
    assert_time(
        "The shelter was full the last two nights.",
        d,
        "the last two nights",
        "DURATION",
        "P2D",
    );
    assert_time(
        "Storms are likely over the next two nights.",
        d,
        "the next two nights",
        "DURATION",
        "P2D",
    );
}

#[test]
fn no_tomorrow_is_no_time() {
    let d = "2020-03-04";
    assert!(!has_time(
        "Fans sang as if there were no tomorrow.",
        d,
        "tomorrow"
    ));
    assert!(!has_time(
        "They borrow like there's no tomorrow.",
        d,
        "tomorrow"
    ));
    assert_time("The vote is tomorrow.", d, "tomorrow", "DATE", "2020-03-05");
}

#[test]
fn a_part_of_the_day_or_a_quarter_before_counts_from_the_date_in_focus() {
    let d = "2024-05-10";
    // "the night before", "the morning after" standing alone: a part of
    // the day before or after the day in focus, the adverb in the span.
    assert_time(
        "The attack came on March 3. The night before, rebels had gathered.",
        d,
        "The night before",
        "TIME",
        "2024-03-02TNI",
    );
    assert_time(
        "The storm hit on April 2. The morning after, crews cleared roads.",
        d,
        "The morning after",
        "TIME",
        "2024-04-03TMO",
    );
    // No day in focus: no time; before an event of its own: left.
    assert_eq!(times("He stayed in a hotel the night before.", d), []);
    assert!(!times(
        "The race was on June 1. He slept badly the night before the race.",
        d
    )
    .iter()
    .any(|(t, _, _)| t.contains("before")));
    // "the quarter before" is the one before the quarter in focus.
    assert_time(
        "Sales rose in the third quarter of 2023. The quarter before, they fell.",
        d,
        "The quarter before",
        "DATE",
        "2023-Q2",
    );
    assert_time(
        "Profit rose in the first quarter of 2024, up 5% from the quarter before.",
        d,
        "the quarter before",
        "DATE",
        "2023-Q4",
    );
}

#[test]
fn the_year_or_week_before_last_goes_two_back() {
    let d = "2024-05-10";
    assert_time(
        "Turnout was higher than the year before last.",
        d,
        "the year before last",
        "DATE",
        "2022",
    );
    assert_time(
        "They met the week before last.",
        d,
        "the week before last",
        "DATE",
        "2024-W17",
    );
    // Deictic, as "last year" is: a year in focus does not move it.
    assert_time(
        "He was born in 1950. Turnout was higher than the year before last.",
        d,
        "the year before last",
        "DATE",
        "2022",
    );
    // "the day before last Tuesday" is a day of its own.
    assert!(!times("They met the day before last Tuesday.", d)
        .iter()
        .any(|(t, _, _)| t == "the day before last"));
}

#[test]
fn the_day_before_in_a_quotation_counts_from_the_quotations_own_day() {
    let d = "2016-02-29";
    // A source's "the day before" is never the day before they spoke.
    for text in [
        "Trump said on Monday: \"I disavowed Duke the day before at a conference.\"",
        "\"I disavowed Duke the day before,\" Trump told NBC on Monday.",
        "Smith said on Sunday that he met Jones. \"I spoke to him the day before,\" he said.",
    ] {
        assert!(
            !times(text, d).iter().any(|(t, _, _)| t == "the day before"),
            "{text:?}"
        );
    }
    // A day named in the quotation itself anchors it.
    assert_time(
        "He said: \"We landed on Feb. 3 and the day after, it rained.\"",
        d,
        "the day after",
        "DATE",
        "2016-02-04",
    );
    // Outside quotations a speaking day still counts.
    assert_time(
        "Carson declared on Sunday. The day before, at a rally, he spoke.",
        d,
        "The day before",
        "DATE",
        "2016-02-27",
    );
}

#[test]
fn tomorrow_after_an_owner_only_possessive_is_no_day() {
    let d = "2024-05-10";
    for text in [
        "Our tomorrow depends on what we plant.",
        "Their tomorrow looks bleak.",
        "The tomorrow we want is green.",
    ] {
        assert!(
            !times(text, d)
                .iter()
                .any(|(t, _, _)| t.to_lowercase().contains("tomorrow")),
            "{text:?}"
        );
    }
    // A possessive that is a pronoun too, or one before a noun, keeps the day.
    for text in [
        "The title could be his tomorrow.",
        "We will see our friends tomorrow.",
    ] {
        assert_time(text, d, "tomorrow", "DATE", "2024-05-11");
    }
}

#[test]
fn a_show_quoted_whole_is_no_day() {
    let d = "2016-02-29";
    assert_eq!(
        times("Sanders visited NBC’s “Today” to discuss his remarks.", d),
        []
    );
    assert!(!times("The band sang “Yesterday” at the show.", d)
        .iter()
        .any(|(t, _, _)| t == "Yesterday"));
    // An answer quoted after a punctuation mark is still a day.
    assert_time(
        "She asked when. “Tomorrow,” he said.",
        d,
        "Tomorrow",
        "DATE",
        "2016-03-01",
    );
    // The day a source spoke past a show's title is still a speaking day.
    assert!(!times(
        "“I was in a house,” Trump told NBC’s “Today” on Monday. “I disavowed Duke the day before.”",
        d
    )
    .iter()
    .any(|(t, _, _)| t == "the day before" || t == "Today"));
}

#[test]
fn headlines_with_acronyms_or_a_closing_today_keep_their_times() {
    let d = "2024-05-10";
    assert_time(
        "EU Leaders Meet Tomorrow",
        d,
        "Tomorrow",
        "DATE",
        "2024-05-11",
    );
    assert_time(
        "Senate Votes On Budget Today",
        d,
        "Today",
        "DATE",
        "2024-05-10",
    );
    assert_time(
        "NASA Talks Resume Next Week",
        d,
        "Next Week",
        "DATE",
        "2024-W20",
    );
    // Names stay names: "Russia Today", "USA Today", "Markets Today".
    for text in [
        "Russia Today Fined By Regulator",
        "Gannett Sells USA Today To Investor",
        "Markets Today",
    ] {
        assert_eq!(times(text, d), [], "{text:?}");
    }
    // A line all in capitals is no title-case headline.
    assert_eq!(times("NASA LAUNCHES PROBE TODAY", d), []);
}

#[test]
fn a_count_a_noun_in_a_headline_is_a_title() {
    let d = "2024-05-10";
    assert_eq!(times("Twelve Years A Slave Wins Best Picture", d), []);
    assert_eq!(times("Forty Days A Prisoner Tops Box Office", d), []);
    // No verb right after the phrase: a length ("ten years as a mayor").
    for (text, span, value) in [
        ("Ten Years A Mayor, Smith Steps Down", "Ten Years", "P10Y"),
        ("Two Years A Captive: Hostage Freed", "Two Years", "P2Y"),
        ("Film Review: Forty Days A Prisoner", "Forty Days", "P40D"),
    ] {
        assert_time(text, d, span, "DURATION", value);
    }
    // A length in a headline, and the idiom in prose, stay lengths.
    assert_time(
        "Oil Prices Fall Two Years After Peak",
        d,
        "Two Years",
        "DURATION",
        "P2Y",
    );
    assert_time(
        "He spent twelve years a slave.",
        d,
        "twelve years",
        "DURATION",
        "P12Y",
    );
}

#[test]
fn the_day_before_in_a_quotation_counts_from_the_time_told_before_it() {
    let d = "2016-03-02";
    // A week told since that day is the one "the week before" counts from.
    assert_time(
        "The minister resigned on Wednesday last week. \"The week before, he had promised to stay,\" an aide said.",
        d,
        "The week before",
        "DATE",
        "2016-W07",
    );
    // A week told as background since that day does not move the story.
    assert_time(
        "The storm hit the coast on Sunday. Officials had issued warnings last week. \"The day after, we were alone,\" a fisherman said.",
        d,
        "The day after",
        "DATE",
        "2016-02-29",
    );
    // The story's last day before the quotation, no source's speaking day.
    assert_time(
        "The storm hit on Friday. \"The day before, we had no warning,\" the mayor said.",
        d,
        "The day before",
        "DATE",
        "2016-02-25",
    );
    assert_time(
        "The vote was on Feb. 15. \"The week after, everything changed,\" he said.",
        d,
        "The week after",
        "DATE",
        "2016-W08",
    );
    assert_time(
        "The rally was on Saturday. \"We were there the night before,\" she said.",
        d,
        "the night before",
        "TIME",
        "2016-02-26TNI",
    );
    assert_time(
        "The rally was on Friday. \"I spoke to him the day before,\" he said on Monday.",
        d,
        "the day before",
        "DATE",
        "2016-02-25",
    );
    // A day the quotation named in an earlier sentence of it.
    assert_time(
        "\"We arrived on Sunday. The day before, we had been in Paris,\" she said.",
        d,
        "The day before",
        "DATE",
        "2016-02-27",
    );
    assert_time(
        "\"We voted on Friday. The day after, we counted,\" he said on Tuesday.",
        d,
        "The day after",
        "DATE",
        "2016-02-27",
    );
    // Never the speaking day, before or after the quotation.
    for text in [
        "\"The day before, we had no warning,\" the mayor said Tuesday.",
        "The mayor said on Tuesday that the town would rebuild. \"The day before, we had no warning,\" he added.",
        "\"I disavowed Duke the day before,\" Trump said Monday.",
    ] {
        assert!(
            !times(text, d).iter().any(|(t, _, _)| t == "The day before" || t == "the day before"),
            "{text:?}"
        );
    }
    // A week told since the story's day moves the story off it.
    assert!(!times(
        "The rally was on Friday. Over the weekend, he toured Ohio. \"I spoke to him the day before,\" he said.",
        d
    )
    .iter()
    .any(|(t, _, _)| t == "the day before"));
    // "The week before" a weekend is the week before the weekend's.
    assert_time(
        "Over the weekend, they met. The week before, they had talked.",
        d,
        "The week before",
        "DATE",
        "2016-W07",
    );
    // A year named in the quotation is no day to count from.
    assert!(!times(
        "The storm hit on Friday. \"In 2009 we lost. The day before, we wept,\" he said.",
        d
    )
    .iter()
    .any(|(t, _, _)| t == "The day before"));
}

#[test]
fn a_quoted_day_word_is_a_title_only_in_a_titles_place() {
    let d = "2016-03-02";
    // A possessive, an acronym, a title word before; a title noun after.
    for text in [
        "Trump told NBC's “Today” on Monday that he would win.",
        "She appeared on “Today” to promote her book.",
        "The band closed with the Beatles song “Yesterday” on Saturday.",
        "The host of NBC's ''Today'' show said on Tuesday that she would leave.",
        "He said he watched the “Today” show.",
    ] {
        assert!(
            !times(text, d)
                .iter()
                .any(|(t, _, _)| matches!(t.as_str(), "Today" | "Yesterday")),
            "{text:?}"
        );
    }
    // After a speech verb, a copula or another verb: what was said.
    for (text, span, kind, value) in [
        (
            "Asked when the vote would be held, the senator replied “Tomorrow.”",
            "Tomorrow",
            "DATE",
            "2016-03-03",
        ),
        (
            "Asked when he would decide, Trump said “Today.”",
            "Today",
            "DATE",
            "2016-03-02",
        ),
        (
            "The union leader said the strike would end “Tomorrow.”",
            "Tomorrow",
            "DATE",
            "2016-03-03",
        ),
        (
            "He said “Tonight” would be a turning point.",
            "Tonight",
            "TIME",
            "2016-03-02TNI",
        ),
        (
            "Her one-word answer was “Yesterday.”",
            "Yesterday",
            "DATE",
            "2016-03-01",
        ),
    ] {
        assert_time(text, d, span, kind, value);
    }
}

#[test]
fn tomorrow_before_a_noun_of_its_own_is_a_day() {
    let d = "2016-03-02";
    assert_time(
        "Our tomorrow meeting was cancelled.",
        d,
        "tomorrow",
        "DATE",
        "2016-03-03",
    );
    assert_time(
        "Their tomorrow plans were dropped.",
        d,
        "tomorrow",
        "DATE",
        "2016-03-03",
    );
    // A verb after it: the age to come.
    for text in [
        "Our tomorrow depends on what we do now.",
        "Your tomorrow starts now.",
        "My tomorrow is booked, she joked.",
        "It's our tomorrow too, said the student.",
    ] {
        assert!(
            !times(text, d)
                .iter()
                .any(|(t, _, _)| t.contains("tomorrow")),
            "{text:?}"
        );
    }
}

#[test]
fn headline_shows_and_closing_days() {
    let d = "2016-03-02";
    // A programme's name after a network's acronym or "News".
    for text in [
        "Watch ABC World News Tonight With David Muir",
        "Trump Interview On CBS This Morning",
        "Today Show Host Leaves NBC",
        "Editors Of Psychology Today Resign",
        "USA Today Names New Editor",
    ] {
        assert_eq!(times(text, d), [], "{text:?}");
    }
    // A verb or a noun before a closing "Today", "Tonight": a time.
    for (text, span, kind, value) in [
        ("Markets Rally Today", "Today", "DATE", "2016-03-02"),
        (
            "Stocks Slide Today On Oil Fears",
            "Today",
            "DATE",
            "2016-03-02",
        ),
        (
            "Trump Speaks Tonight In Detroit",
            "Tonight",
            "TIME",
            "2016-03-02TNI",
        ),
        (
            "GOP Debate Tonight: What To Watch",
            "Tonight",
            "TIME",
            "2016-03-02TNI",
        ),
    ] {
        assert_time(text, d, span, kind, value);
    }
}

#[test]
fn the_quarter_before_last_is_deictic() {
    let d = "2016-03-02";
    assert_time(
        "Revenue rose in the fourth quarter. The quarter before last, it had fallen.",
        d,
        "The quarter before last",
        "DATE",
        "2015-Q3",
    );
    assert_time(
        "The quarter before last saw a loss.",
        d,
        "The quarter before last",
        "DATE",
        "2015-Q3",
    );
    // "before last night" is a time of its own.
    assert!(!times("The quarter before last night's vote was calm.", d)
        .iter()
        .any(|(t, _, _)| t.contains("before last")));
}
