//! The time layer's table tests: sentences, their document date, and
//! every time expected in them.

use super::*;
use crate::text::normalize::Normalized;

/// The embedded gazetteer, built once for all the tests.
pub(super) fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
    GAZETTEER.get_or_init(Gazetteer::embedded)
}

fn times(text: &str, anchor: &str) -> Vec<(String, String, String)> {
    let norm = Normalized::new(text);
    let structure = crate::segment::segment(&norm.text);
    extract(
        &norm.text,
        &structure,
        Date::parse_iso(anchor),
        gazetteer(),
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
        "Sales fell last fiscal year and will rise this fiscal year and next calendar year.",
        "1989-11-02",
        [
            ("last fiscal year", "DATE", "1988"),
            ("this fiscal year", "DATE", "1989"),
            ("next calendar year", "DATE", "1990")
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
    // The amount of a comparison ("hours earlier than expected") is a
    // length, vague without a count, as TimeBank tags "Three days later"
    // P3D and "A few days later" PXD; the comparison stays out.
    t!(
        "The storm arrived hours earlier than expected and left two weeks later than forecast.",
        "1989-10-30",
        [
            ("hours", "DURATION", "PTXH"),
            ("two weeks", "DURATION", "P2W")
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
    t!(
        "I would choose the people of tomorrow, and the cars of tomorrow; the events of yesterday shocked us.",
        "1989-11-02",
        [("yesterday", "DATE", "1989-11-01")]
    );
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
    // The schedule of a company's payment or the period of a market
    // figure, whatever comes before the adjective, is no time of its own;
    // a worker's hourly pay still recurs.
    t!(
        "The split and quarterly dividend will be paid. It offered daily dividends. Average daily volume and the average daily share turnover rose. Average hourly earnings rose.",
        "1989-10-26",
        [("hourly", "SET", "PT1H")]
    );
    // A count and a unit before a noun leave the article to the noun,
    // written with a hyphen or without; a stretch of plural units keeps it.
    t!(
        "In the 95 minute rant and the 30-day deadline, he spoke for the 12 hours after the vote. The one hour 44 minute delay ended.",
        "2015-11-13",
        [
            ("95 minute", "DURATION", "PT95M"),
            ("30-day", "DURATION", "P30D"),
            ("the 12 hours", "DURATION", "PT12H"),
            ("one hour 44 minute", "DURATION", "PT1H44M")
        ]
    );
}

#[test]
fn names_and_decades() {
    t!(
        "He told Breitbart News Daily host Alex Marlow and the New York Daily News, NBC Nightly News and the Washington Monthly. Daily, the paper prints more.",
        "2016-09-30",
        [("Daily", "SET", "P1D")]
    );
    // Where a sentence may begin (after a quote), a capitalised frequency
    // word before another capitalised word opens a name; before a
    // lower-case word or a comma it is still the frequency.
    t!(
        "\u{201c}Daily Show\u{201d} host Trevor Noah spoke. \"Weekly Standard editor Bill Kristol agreed. \"Weekly meetings resumed.\"",
        "2016-09-30",
        [("Weekly", "SET", "P1W")]
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
        [("Tuesday night", "TIME", "2016-09-27TNI")]
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
    // A bare unit before a signal is a time placed by an event, not a
    // stretch: neither TimeBank nor AQUAINT tags it as a duration.
    t!(
        "Guards saw him seconds before the blast, days after the vote.",
        "1998-08-07",
        []
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
            ("0735 GMT", "TIME", "1998-08-07T07:35"),
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

#[test]
fn clock_times_with_zones_seconds_and_race_times() {
    t!(
        "The race started at 15:00 GMT Saturday; the launch is at 16:00 UTC.",
        "2015-06-20",
        [
            ("15:00 GMT Saturday", "TIME", "2015-06-20T15:00"),
            ("16:00 UTC", "TIME", "2015-06-20T16:00")
        ]
    );
    t!(
        "It happened at 10:35:20 a.m. local time. Trading opens at 09:30 and closes at 16:00.",
        "2015-06-20",
        [
            ("10:35:20 a.m. local time", "TIME", "2015-06-20T10:35:20"),
            ("09:30", "TIME", "2015-06-20T09:30"),
            ("16:00", "TIME", "2015-06-20T16:00")
        ]
    );
    // A zone written out stays in the span; the value is the wall time.
    t!(
        "The plane landed at 6:15 a.m. Eastern time; the polls close at 20:00 Greenwich Mean Time.",
        "2015-06-20",
        [
            ("6:15 a.m. Eastern time", "TIME", "2015-06-20T06:15"),
            ("20:00 Greenwich Mean Time", "TIME", "2015-06-20T20:00")
        ]
    );
    // A finishing time is a length; a verse, a score and a bare "3:16"
    // are no times.
    t!(
        "He won in 2:05:30 and she ran the mile in 3:43.13.",
        "2015-06-20",
        [
            ("2:05:30", "DURATION", "PT2H5M30S"),
            ("3:43.13", "DURATION", "PT3M43.13S")
        ]
    );
    t!(
        "John 3:16 says so; the vote was 15:00 in favour.",
        "2015-06-20",
        []
    );
    // A zoned clock takes the day after it, ahead when the sentence looks
    // ahead; seconds of the 24-hour day without a zone; a race time
    // after "in" is a length.
    t!(
        "The launch is set for 16:00 UTC Saturday.",
        "2015-06-17",
        [("16:00 UTC Saturday", "TIME", "2015-06-20T16:00")]
    );
    t!(
        "The bell rang at 15:30:45. She won in 3:07:35.",
        "2015-06-17",
        [
            ("15:30:45", "TIME", "2015-06-17T15:30:45"),
            ("3:07:35", "DURATION", "PT3H7M35S")
        ]
    );
    // A local time before the zoned time in brackets, the day after
    // both: each is the wall time of that day.
    t!(
        "The quake struck at 9 p.m. local time (1800 GMT) on Tuesday.",
        "2015-06-17",
        [
            ("9 p.m. local time", "TIME", "2015-06-16T21:00"),
            ("1800 GMT", "TIME", "2015-06-16T18:00"),
            ("Tuesday", "DATE", "2015-06-16")
        ]
    );
    // Hours and minutes without a meridiem after "at" are a clock when a
    // day follows: the day is in the span, named or counted from the
    // story's; without one, "at 3:16" stays no time.
    t!(
        "Polls closed at 22:30 and the last vote came at 2:30 the next day. He read it at 3:16. The talks resume at 10:00 on Monday.",
        "2016-09-04",
        [
            ("22:30", "TIME", "2016-09-04T22:30"),
            ("2:30 the next day", "TIME", "2016-09-05T02:30"),
            ("10:00 on Monday", "TIME", "2016-09-05T10:00")
        ]
    );
    let norm = Normalized::new("Polls close at 8 p.m. local time, and at 0100 GMT.");
    let structure = crate::segment::segment(&norm.text);
    let zones: Vec<Option<String>> = extract(
        &norm.text,
        &structure,
        Date::parse_iso("2015-06-20"),
        gazetteer(),
        &crate::Switches::all_on(),
    )
    .into_iter()
    .map(|t| t.zone)
    .collect();
    assert_eq!(zones, [Some("local".to_string()), Some("GMT".to_string())]);
}

#[test]
fn vague_present_and_non_temporal_references() {
    // "at the time": the past; not a time "of" or a clause defines.
    t!(
        "At the time, he was a student. At the time of its founding there were 12. At the time Howes was captured, it rained. At that time the club was small.",
        "2015-06-20",
        [
            ("the time", "DATE", "PAST_REF"),
            ("that time", "DATE", "PAST_REF")
        ]
    );
    // A date to come, not said which; "a later model" is no time.
    t!(
        "The bonds will be sold at a later date. A later model was faster.",
        "2015-06-20",
        [("a later date", "DATE", "FUTURE_REF")]
    );
    // "current" before a noun that is no time is no time; "recent"
    // places its noun in the recent past.
    t!(
        "The current system, a recent sale, in recent years, currently.",
        "2015-06-20",
        [
            ("recent", "DATE", "PAST_REF"),
            ("recent years", "DATE", "PAST_REF"),
            ("currently", "DATE", "PRESENT_REF")
        ]
    );
    // Some day, not a day's length.
    t!(
        "One day the United States might win. One day, he walked in. I hope I can be like that one day.",
        "2015-06-20",
        [
            ("One day", "DATE", "FUTURE_REF"),
            ("one day", "DATE", "FUTURE_REF")
        ]
    );
    t!(
        "It lasted one day. One day later he left. He had been in the job one day.",
        "2015-06-20",
        [
            ("one day", "DURATION", "P1D"),
            ("One day", "DURATION", "P1D"),
            ("one day", "DURATION", "P1D")
        ]
    );
    // A stretch and "now", each a time; one decade as TIMEX3 writes it;
    // a year with an apostrophe for its century.
    t!(
        "Eight years from now we will see. The following decade was hard; the past decade was calm.",
        "2015-06-20",
        [
            ("Eight years", "DURATION", "P8Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("The following decade", "DURATION", "P1DE"),
            ("the past decade", "DURATION", "P10Y")
        ]
    );
    t!(
        "He graduated in '58 and the class of '08 met in the summer of '69. He said '58 percent agree.",
        "2016-06-20",
        [
            ("'58", "DATE", "1958"),
            ("'08", "DATE", "2008"),
            ("the summer of '69", "DATE", "1969-SU")
        ]
    );
}

#[test]
fn the_story_day_and_week_and_months_gone() {
    t!(
        "He was shot on Oct. 23. Later in the day, police came. That week, the FBI joined; the following week it ended.",
        "1998-11-20",
        [
            ("Oct. 23", "DATE", "1998-10-23"),
            ("the day", "DATE", "1998-10-23"),
            ("That week", "DATE", "1998-W43"),
            ("the following week", "DATE", "1998-W44")
        ]
    );
    // Without a day in focus, the document's; "back in the day" is long
    // ago; a day a date or "of" defines is no story day.
    t!(
        "Prices rose during the day. Back in the day, they voted. In the day of the attack, during the day Friday, he left.",
        "1998-11-20",
        [
            ("the day", "DATE", "1998-11-20"),
            ("the day", "DATE", "PAST_REF"),
            ("Friday", "DATE", "1998-11-20")
        ]
    );
    // A month after the document's, told in the past, is last year's;
    // not a day ahead, a deadline, nor a month in a sentence about the
    // future.
    t!(
        "He announced his candidacy in March. The debate came days before the caucuses on Feb. 1. He has until mid-March. He said the meeting in March would be the last.",
        "2016-01-12",
        [
            ("March", "DATE", "2015-03"),
            ("Feb. 1", "DATE", "2016-02-01"),
            ("mid-March", "DATE", "2016-03"),
            ("March", "DATE", "2016-03")
        ]
    );
}

#[test]
fn a_month_gone_after_a_preposition_to() {
    // "to" before an article is a preposition, not an infinitive: the past
    // clause goes on and the month ahead of the document is last year's.
    t!(
        "The company changed from a fiscal year to a calendar year in December.",
        "1989-10-27",
        [("December", "DATE", "1988-12")]
    );
    // An infinitive may look ahead: the clause before it does not date it.
    t!(
        "It agreed to sell the unit in December.",
        "1989-10-27",
        [("December", "DATE", "1989-12")]
    );
}

#[test]
fn an_adjective_in_ed_is_no_verb_in_the_past() {
    // "would be paid on a still unspecified date in January", said in
    // October: "unspecified" describes the date, so "would" still puts
    // January ahead.
    t!(
        "The split would be paid on a still unspecified date in January.",
        "1989-10-26",
        [("January", "DATE", "1990-01")]
    );
}

#[test]
fn the_other_day_and_long_ago() {
    t!(
        "I saw him the other day. NATO was set up a long time ago. It took a long time.",
        "2016-06-20",
        [
            ("the other day", "DATE", "PAST_REF"),
            ("a long time ago", "DATE", "PAST_REF")
        ]
    );
}

#[test]
fn the_month_of_the_story() {
    t!(
        "Troops arrive by the end of the month. In January, the economy added jobs during the month. The month before, it fell.",
        "1990-08-13",
        [
            ("the end of the month", "DATE", "1990-08"),
            ("January", "DATE", "1990-01"),
            ("the month", "DATE", "1990-01"),
            // Not the story's month but the one before it, standing
            // alone (`timex.year_before`).
            ("The month before", "DATE", "1989-12")
        ]
    );
}

#[test]
fn parts_of_the_days_of_the_story() {
    // "The next morning" moves the story to Wednesday, so "that night"
    // is Wednesday's.
    t!(
        "He was hounded on Tuesday. He appeared in court the next morning. That night he slept. You can't do that overnight.",
        "2000-02-24",
        [
            ("Tuesday", "DATE", "2000-02-22"),
            ("the next morning", "TIME", "2000-02-23TMO"),
            ("That night", "TIME", "2000-02-23TNI")
        ]
    );
    // After a year or a month, a night of it, not known which.
    t!(
        "Obama won Iowa in 2008. He spoke to his staff that night. In October 2012 he debated Romney. The next morning he flew to Ohio.",
        "2016-02-02",
        [
            ("2008", "DATE", "2008"),
            ("that night", "TIME", "2008-XX-XXTNI"),
            ("October 2012", "DATE", "2012-10"),
            ("The next morning", "TIME", "2012-10-XXTMO")
        ]
    );
}

#[test]
fn the_halves_of_a_match_are_no_halves_of_the_year() {
    t!(
        "The first half ended 1 - 1. Mertens scored in the second half, and the goalkeeper was beaten.",
        "2018-06-19",
        []
    );
    // One match word is not a match report; a year keeps the half a
    // half of that year even in one.
    t!(
        "Profit rose in the first half, the company's goals said.",
        "2018-06-19",
        [("the first half", "DATE", "2018-H1")]
    );
    // "the first half-hour" is a length; "first-half profit" is the year's.
    t!(
        "Parking is free for the first half-hour. First-half profit rose.",
        "2018-08-19",
        [
            ("the first half-hour", "DURATION", "PT30M"),
            ("First-half", "DATE", "2018-H1")
        ]
    );
    t!(
        "He scored twice; the goalkeeper said the first half of 2017 was worse.",
        "2018-06-19",
        [("the first half of 2017", "DATE", "2017-H1")]
    );
}

#[test]
fn an_adverb_takes_no_article() {
    t!(
        "The recently released browser grew as the currently serving mayor said.",
        "2011-03-08",
        [
            ("recently", "DATE", "PAST_REF"),
            ("currently", "DATE", "PRESENT_REF")
        ]
    );
}

#[test]
fn clocks_with_the_meridiem_written_on_british_dates_and_centuries() {
    // British and Australian papers write "3am", "4.30pm" and "20 March".
    t!(
        "He was held at 3am, freed at 4.30pm and back at 9.15 a.m.",
        "2013-03-22",
        [
            ("3am", "TIME", "2013-03-22T03:00"),
            ("4.30pm", "TIME", "2013-03-22T16:30"),
            ("9.15 a.m.", "TIME", "2013-03-22T09:15")
        ]
    );
    // "tonight" after a clock time is its day, one time.
    t!(
        "The strike starts at midnight tonight; he speaks at 9 p.m. tonight.",
        "2013-03-22",
        [
            ("midnight tonight", "TIME", "2013-03-22T24:00"),
            ("9 p.m. tonight", "TIME", "2013-03-22T21:00")
        ]
    );
    t!(
        "The fire began at 10:30pm AEDT on Friday.",
        "2013-03-22",
        [("10:30pm AEDT on Friday", "TIME", "2013-03-22T22:30")]
    );
    // A decimal before no meridiem is no clock.
    t!(
        "He scored 3.45 points in the 4x100m and the 10.5 km race.",
        "2013-03-22",
        []
    );
    // A capitalised "March" or "May" after a day in figures is the month;
    // after an ordinal word it may be a name.
    t!(
        "It was cold on 20 March and will be warm by 2 May.",
        "2013-03-22",
        [
            ("20 March", "DATE", "2013-03-20"),
            ("2 May", "DATE", "2013-05-02")
        ]
    );
    t!("The first March for Science was held.", "2013-03-22", []);
    // "The 1800s" is a century; "the 1990s" and "the 2000s" decades.
    t!(
        "Built in the late 1800s, it thrived in the 1990s and the 2000s.",
        "2013-03-22",
        [
            ("the late 1800s", "DATE", "18"),
            ("the 1990s", "DATE", "199"),
            ("the 2000s", "DATE", "200")
        ]
    );
}

#[test]
fn a_day_a_past_verb_completes_is_gone() {
    // "died on May 2", "was held on 2 May" said in March: last year's
    // days. A day ahead after a noun ("the caucuses on April 1"), after a
    // verb of the future or in a sentence about it is still ahead.
    t!(
        "He died on May 2. The vote was held on 2 May. The debate came days before the caucuses on April 1. It will open on May 2. The talks are scheduled on April 4.",
        "2013-03-22",
        [
            ("May 2", "DATE", "2012-05-02"),
            ("2 May", "DATE", "2012-05-02"),
            ("April 1", "DATE", "2013-04-01"),
            ("May 2", "DATE", "2013-05-02"),
            ("April 4", "DATE", "2013-04-04")
        ]
    );
}

#[test]
fn a_time_on_a_named_day_puts_the_day_in_focus() {
    // "Thursday evening" is a TIME, and its day is the story's: the
    // clock time after it is on that day. A clock time with no day of
    // its own changes no focus.
    t!(
        "On Thursday evening, at around 7pm local time, a bomb exploded. Police came later that night.",
        "2013-03-22",
        [
            ("Thursday evening", "TIME", "2013-03-21TEV"),
            ("around 7pm local time", "TIME", "2013-03-21T19:00"),
            ("later that night", "TIME", "2013-03-21TNI")
        ]
    );
    t!(
        "The judge ruled late Thursday night. The ban was to start at midnight.",
        "2016-07-02",
        [
            ("late Thursday night", "TIME", "2016-06-30TNI"),
            ("midnight", "TIME", "2016-06-30T24:00")
        ]
    );
}

#[test]
fn quarters_in_their_short_form() {
    // Only with the year written by them: "Q1" alone may be a name.
    t!(
        "Results for Q1 2013 were weak; in Q3 of 2012 and the 2013 Q4 they rose. Q1 was bad.",
        "2013-03-22",
        [
            ("Q1 2013", "DATE", "2013-Q1"),
            ("Q3 of 2012", "DATE", "2012-Q3"),
            ("2013 Q4", "DATE", "2013-Q4")
        ]
    );
}

#[test]
fn the_weekend_told_in_the_past_late_in_the_week() {
    // On a Friday, "the weekend" is the coming one unless the clause is
    // in the past; on a Sunday it is the one under way.
    t!(
        "Over the weekend, protesters gathered. The fair opens over the weekend. Protesters marched over the weekend.",
        "2013-03-22",
        [
            ("the weekend", "DATE", "2013-W11-WE"),
            ("the weekend", "DATE", "2013-W12-WE"),
            ("the weekend", "DATE", "2013-W11-WE")
        ]
    );
    t!(
        "She spent the weekend at the convention.",
        "2013-03-24",
        [("the weekend", "DATE", "2013-W12-WE")]
    );
}

#[test]
fn a_part_of_the_week_is_the_weeks_own() {
    // "the end of the week", "the rest of the week": the week the story
    // is written in; "for the week" alone stays TimeBank's unsaid week.
    t!(
        "A decision is due by the end of the week. Rain will fall for the rest of the week. For the week, the index fell.",
        "2013-03-22",
        [
            ("the end of the week", "DATE", "2013-W12"),
            ("the rest of the week", "DATE", "2013-W12"),
            ("the week", "DATE", "2013-WXX")
        ]
    );
}

#[test]
fn a_round_number_after_over_or_some_counts_a_noun() {
    // "over 2000 people" counts people; "in about 1990" and "some 2016
    // candidates" name years.
    t!(
        "He left. Over 2000 people marched and some 1500 troops left. In about 1990 prices fell. Some 2016 candidates spoke.",
        "2013-03-22",
        [("about 1990", "DATE", "1990"), ("Some 2016", "DATE", "2016")]
    );
}

#[test]
fn a_clock_on_the_nth_weekday_of_a_month() {
    t!(
        "The vote opens at 9 a.m. on the first Monday of April.",
        "2013-03-22",
        [(
            "9 a.m. on the first Monday of April",
            "TIME",
            "2013-04-01T09:00"
        )]
    );
}

#[test]
fn a_season_of_the_story() {
    // After a year alone, that year's season or the one after or before.
    t!(
        "The law took effect in 2010. The following spring, protests began. That winter was cold. The previous summer was calm.",
        "2013-03-20",
        [
            ("2010", "DATE", "2010"),
            ("The following spring", "DATE", "2011-SP"),
            ("That winter", "DATE", "2010-WI"),
            ("The previous summer", "DATE", "2009-SU")
        ]
    );
    // After a month, the nearest season of that name, as from a document
    // date; "later that fall" keeps "later" in the span.
    t!(
        "He moved to Paris in May 2005. That summer he met his wife. They married later that fall. The next spring, a son was born.",
        "2013-03-20",
        [
            ("May 2005", "DATE", "2005-05"),
            ("That summer", "DATE", "2005-SU"),
            ("later that fall", "DATE", "2005-FA"),
            ("The next spring", "DATE", "2006-SP")
        ]
    );
    // Without a date named, the document's; "that" joining a clause to a
    // verb ("shares that fall") is no season.
    t!(
        "That summer was hot. Shares that fall below $1 are delisted.",
        "2013-08-20",
        [("That summer", "DATE", "2013-SU")]
    );
}

#[test]
fn a_quarter_of_a_fiscal_year() {
    t!(
        "Profits rose in the third quarter of fiscal 2012. Revenue in the fourth quarter of fiscal year 2011 was flat. In the second quarter of the fiscal year, sales rose.",
        "2013-03-20",
        [
            ("the third quarter of fiscal 2012", "DATE", "2012-Q3"),
            ("the fourth quarter of fiscal year 2011", "DATE", "2011-Q4"),
            ("the second quarter of the fiscal year", "DATE", "2013-Q2")
        ]
    );
}

#[test]
fn this_past_is_the_last_one() {
    t!(
        "The deal was signed this past weekend, and the law passed this past Tuesday. The unit was shut this past spring.",
        "2013-03-22",
        [
            ("this past weekend", "DATE", "2013-W11-WE"),
            ("this past Tuesday", "DATE", "2013-03-19"),
            ("this past spring", "DATE", "2012-SP")
        ]
    );
}

#[test]
fn a_date_opening_a_sentence_told_in_the_past() {
    // Said in May, a June that opens a clause in the past is last June;
    // the same opener before a clause of the future, or a modal, is this
    // year's.
    t!(
        "In June, the team was sold. On June 3, he resigned. In early July, the club will move. In June, it may be sold.",
        "2013-05-10",
        [
            ("June", "DATE", "2012-06"),
            ("June 3", "DATE", "2012-06-03"),
            ("early July", "DATE", "2013-07"),
            ("June", "DATE", "2013-06")
        ]
    );
}

#[test]
fn a_length_told_in_several_units() {
    t!(
        "She clocked two minutes 28.99 seconds. He took two hours 40 minutes to win. The flight lasted three hours and 15 minutes. He served two years and three months.",
        "2013-03-22",
        [
            ("two minutes 28.99 seconds", "DURATION", "PT2M28.99S"),
            ("two hours 40 minutes", "DURATION", "PT2H40M"),
            ("three hours and 15 minutes", "DURATION", "PT3H15M"),
            ("two years and three months", "DURATION", "P2Y3M")
        ]
    );
    // Not a larger unit after a smaller one, nor a count that is no
    // length ("two hours and 40 people").
    t!(
        "It took 20 minutes and two hours later it ended. He waited two hours and 40 people left.",
        "2013-03-22",
        [
            ("20 minutes", "DURATION", "PT20M"),
            ("two hours", "DURATION", "PT2H"),
            ("two hours", "DURATION", "PT2H")
        ]
    );
}

#[test]
fn an_event_scheduled_in_the_present_lies_ahead() {
    // A verb in the present that schedules an end or a start ("ends",
    // "expires", "takes effect") or "set for" puts a weekday or a month
    // without a year ahead of the document date.
    t!(
        "The summit ends Friday. The deal expires in June. The law takes effect in July. The vote is set for Tuesday. The session is slated for Wednesday.",
        "2013-03-21",
        [
            ("Friday", "DATE", "2013-03-22"),
            ("June", "DATE", "2013-06"),
            ("July", "DATE", "2013-07"),
            ("Tuesday", "DATE", "2013-03-26"),
            ("Wednesday", "DATE", "2013-03-27")
        ]
    );
    // Seen from the past the day stays the one gone, and a verb in the
    // past keeps its tense.
    t!(
        "The offer had been due to expire Friday evening. The summit ended Friday. The deal expired in June.",
        "1989-10-30",
        [
            ("Friday evening", "TIME", "1989-10-27TEV"),
            ("Friday", "DATE", "1989-10-27"),
            ("June", "DATE", "1989-06")
        ]
    );
}

#[test]
fn the_decade_and_the_century_and_a_quarter_century() {
    // "the decade", "the century" of the document date; a quarter joined
    // to a unit is a length, no quarter of a year.
    t!(
        "By the end of the decade, sales fell. It was the worst war in the century. A quarter-century later he won. Rates hit their quarter-century low.",
        "2013-03-21",
        [
            ("the end of the decade", "DATE", "201"),
            ("the century", "DATE", "20"),
            ("A quarter-century", "DURATION", "P25Y")
        ]
    );
    // Not the decade of something else, nor one counted.
    t!(
        "It was the decade of greed. The decade-long war ended. It grew since the turn of the century. It was the comeback of the decade.",
        "2013-03-21",
        [("decade-long", "DURATION", "P10Y")]
    );
}

#[test]
fn a_day_scheduled_with_the_present_lies_ahead() {
    // A verb of a scheduled event in the present ("travels", "gather",
    // "reopens", "is due") or the present of "be" at most three words
    // before the day puts the day ahead.
    t!(
        "The president travels to Asia on Monday. He is due in court Monday. The ministers gather Monday in Brussels. The funeral is on Saturday. The game is Sunday night. The bank reopens on Monday. A memorial service is planned Friday.",
        "2013-03-21",
        [
            ("Monday", "DATE", "2013-03-25"),
            ("Monday", "DATE", "2013-03-25"),
            ("Monday", "DATE", "2013-03-25"),
            ("Saturday", "DATE", "2013-03-23"),
            ("Sunday night", "TIME", "2013-03-24TNI"),
            ("Monday", "DATE", "2013-03-25"),
            ("Friday", "DATE", "2013-03-22")
        ]
    );
    // Not when denied, nor across "since" or "after", nor in the past.
    t!(
        "Florida isn't a Super Tuesday state. It is possible after Tuesday's victory. He is in hospital since Monday. He resigned Monday.",
        "2013-03-21",
        [
            ("Super Tuesday", "DATE", "2013-03-05"),
            ("Tuesday", "DATE", "2013-03-19"),
            ("Monday", "DATE", "2013-03-18"),
            ("Monday", "DATE", "2013-03-18")
        ]
    );
}

#[test]
fn a_quarter_named_for_comparison_keeps_the_one_reported() {
    // "After a flat second quarter" compares: "the 1989 period" and "a
    // year ago" stay the third quarter the story reports on.
    t!(
        "Net rose in the third quarter. After a flat second quarter, sales grew. In the 1989 period, costs fell from a year ago.",
        "1989-11-01",
        [
            ("the third quarter", "DATE", "1989-Q3"),
            ("second quarter", "DATE", "1989-Q2"),
            ("the 1989 period", "DATE", "1989-Q3"),
            ("a year ago", "DATE", "1988-Q3")
        ]
    );
}

#[test]
fn a_glued_clock_that_ends_the_sentence() {
    // "10.30am." is one abbreviation token for the segmenter; its clock is
    // read all the same (the span keeps the token's period, which the
    // time layer cannot split off).
    t!(
        "The rally was at 10.30am. Police came at 3am.",
        "2013-03-21",
        [
            ("10.30am.", "TIME", "2013-03-21T10:30"),
            ("3am", "TIME", "2013-03-21T03:00")
        ]
    );
}

#[test]
fn a_quarter_whose_results_are_told_in_the_past_has_ended() {
    // A fiscal fourth quarter reported in November has ended, though the
    // calendar's has not; a charge expected in it is a forecast.
    t!(
        "Ralston reported a decline in fourth-quarter earnings, from a year earlier. Sales in the latest period rose.",
        "1989-11-02",
        [
            ("fourth-quarter", "DATE", "1989-Q4"),
            ("a year earlier", "DATE", "1988-Q4"),
            ("the latest period", "DATE", "1989-Q4")
        ]
    );
    t!(
        "Upjohn expects a fourth-quarter charge. Sales in the latest period rose.",
        "1989-11-02",
        [
            ("fourth-quarter", "DATE", "1989-Q4"),
            ("the latest period", "DATE", "1989-Q3")
        ]
    );
    // Issue 16, seventh round: "one day" after a verb of hope is a day to
    // come; "the rest of the day" and "through the day" are the story's
    // day, "at the end of the day" no time; "the next year" of a past
    // story counts from its last date; a clock "on" its day after the
    // present of "be" lies ahead.
    t!(
        "She hopes one day to win. He dreams of one day playing. They vowed to one day return. He hoped one day of rest would do.",
        "2015-06-20",
        [
            ("one day", "DATE", "FUTURE_REF"),
            ("one day", "DATE", "FUTURE_REF"),
            ("one day", "DATE", "FUTURE_REF"),
            ("one day", "DURATION", "P1D")
        ]
    );
    t!(
        "The storm hit on May 4, 2012. Crews worked through the day. By the end of the day, power was back. At the end of the day, it is about trust.",
        "2015-06-20",
        [
            ("May 4, 2012", "DATE", "2012-05-04"),
            ("the day", "DATE", "2012-05-04"),
            ("the end of the day", "DATE", "2012-05-04")
        ]
    );
    t!(
        "The mill closed in 2009. The next year it reopened. Output will grow over the next year.",
        "2015-06-20",
        [
            ("2009", "DATE", "2009"),
            ("The next year", "DATE", "2010"),
            ("the next year", "DATE", "2016")
        ]
    );
    t!(
        "The deadline is 5 p.m. on Monday. The match was played at 3 p.m. on Monday.",
        "2015-06-17",
        [
            ("5 p.m. on Monday", "TIME", "2015-06-22T17:00"),
            ("3 p.m. on Monday", "TIME", "2015-06-15T15:00")
        ]
    );
    // "this Friday" later in the week is the coming one whatever the
    // tense; a day earlier in the week takes the tense's direction.
    t!(
        "This Friday, the film opens. This Tuesday, he said no. The council meets this Monday.",
        "2013-03-21",
        [
            ("This Friday", "DATE", "2013-03-22"),
            ("This Tuesday", "DATE", "2013-03-19"),
            ("this Monday", "DATE", "2013-03-25")
        ]
    );
    // A cue of the future up to 14 words before the day: a long
    // object between the verb and the day does not hide it.
    t!(
        "The mayor is scheduled to sit down with union leaders and several senior city council members on Thursday in Leeds.",
        "2016-05-09",
        [("Thursday", "DATE", "2016-05-12")]
    );
    // An event that "runs" on dates ahead is to come, and the second
    // date of a range takes the first's year, or the next one; "39 runs"
    // is no verb.
    t!(
        "The tournament runs from June 12 to July 13. The festival runs from Dec. 28 to Jan. 3.",
        "2013-03-21",
        [
            ("June 12", "DATE", "2013-06-12"),
            ("July 13", "DATE", "2013-07-13"),
            ("Dec. 28", "DATE", "2013-12-28"),
            ("Jan. 3", "DATE", "2014-01-03")
        ]
    );
    t!(
        "The visitors won by 112 runs in two days.",
        "1996-08-30",
        [("two days", "DURATION", "P2D")]
    );
    // The day after an aside, with "on"; a length listed with commas.
    t!(
        "The quake struck at 4:53 p.m. local time (2153 UTC) on Tuesday. He finished in two hours, five minutes and 30 seconds.",
        "2010-11-18",
        [
            ("4:53 p.m. local time", "TIME", "2010-11-16T16:53"),
            ("2153 UTC", "TIME", "2010-11-16T21:53"),
            ("Tuesday", "DATE", "2010-11-16"),
            ("two hours, five minutes and 30 seconds", "DURATION", "PT2H5M30S")
        ]
    );
}

#[test]
fn runs_after_a_count_is_a_noun() {
    // Review s7, item 1: a plural count before "runs" makes it the noun.
    t!(
        "England won by three runs on Saturday.",
        "2016-09-01",
        [("Saturday", "DATE", "2016-08-27")]
    );
    t!(
        "Ortiz hit three home runs on Saturday.",
        "2016-09-01",
        [("Saturday", "DATE", "2016-08-27")]
    );
    t!(
        "The Mets scored eight runs Saturday.",
        "2016-09-01",
        [("Saturday", "DATE", "2016-08-27")]
    );
    t!(
        "The army held two dry runs Saturday.",
        "2016-09-01",
        [("Saturday", "DATE", "2016-08-27")]
    );
    t!(
        "The bus runs Saturday.",
        "2016-09-01",
        [("Saturday", "DATE", "2016-09-03")]
    );
}

#[test]
fn the_future_reach_stops_at_an_irregular_past() {
    // Review s7, item 4.
    t!(
        "Trump will rally in Ohio as Clinton spoke to supporters in Tampa on Monday.",
        "2016-09-01",
        [("Monday", "DATE", "2016-08-29")]
    );
    t!(
        "Trump will rally in Ohio while Clinton went to supporters in Tampa on Monday.",
        "2016-09-01",
        [("Monday", "DATE", "2016-08-29")]
    );
    // A past after "if" is a condition, and the reach goes on.
    t!(
        "Ties would suffer if he won the presidential election on Nov. 8.",
        "2016-05-16",
        [("Nov. 8", "DATE", "2016-11-08")]
    );
}

#[test]
fn a_list_of_lengths_is_no_compound() {
    // Review s7, item 5.
    t!(
        "Delays of two hours, 30 minutes and 15 minutes were reported.",
        "2016-09-01",
        [
            ("two hours", "DURATION", "PT2H"),
            ("30 minutes", "DURATION", "PT30M"),
            ("15 minutes", "DURATION", "PT15M")
        ]
    );
    t!(
        "The three films run two hours, 90 minutes and 45 minutes.",
        "2016-09-01",
        [
            ("two hours", "DURATION", "PT2H"),
            ("90 minutes", "DURATION", "PT90M"),
            ("45 minutes", "DURATION", "PT45M")
        ]
    );
    t!(
        "The flight took two hours 90 minutes.",
        "2016-09-01",
        [
            ("two hours", "DURATION", "PT2H"),
            ("90 minutes", "DURATION", "PT90M")
        ]
    );
    t!(
        "It took two hours, five minutes and 30 seconds.",
        "2016-09-01",
        [(
            "two hours, five minutes and 30 seconds",
            "DURATION",
            "PT2H5M30S"
        )]
    );
}

#[test]
fn one_day_as_a_subject_after_a_hope_verb_counts() {
    // Review s7, item 6.
    t!(
        "Organisers hope one day will be enough to finish the count.",
        "2016-09-01",
        [("one day", "DURATION", "P1D")]
    );
    t!(
        "They wish one day had been enough.",
        "2016-09-01",
        [("one day", "DURATION", "P1D")]
    );
    t!(
        "She hopes one day to run.",
        "2016-09-01",
        [("one day", "DATE", "FUTURE_REF")]
    );
}

#[test]
fn the_day_a_clause_defines_is_not_the_story_day() {
    // Review s7, item 7: a relative clause without "that".
    t!(
        "The strike lasted through the day he was elected.",
        "2016-09-01",
        []
    );
    t!(
        "It rained for the rest of the day she died.",
        "2016-09-01",
        []
    );
    t!(
        "Later in the day he met reporters.",
        "2016-09-01",
        [("the day", "DATE", "2016-09-01")]
    );
}

#[test]
fn a_date_moved_is_no_span() {
    // Review s7, item 2: a change of date, not a range forward.
    t!(
        "The trial was moved from July 13 to June 12.",
        "2016-09-01",
        [
            ("July 13", "DATE", "2016-07-13"),
            ("June 12", "DATE", "2016-06-12")
        ]
    );
    t!(
        "The vote was brought forward from Nov. 15 to Oct. 20.",
        "2016-11-20",
        [
            ("Nov. 15", "DATE", "2016-11-15"),
            ("Oct. 20", "DATE", "2016-10-20")
        ]
    );
    t!(
        "The vote was postponed from Dec. 15 to Jan. 10.",
        "2016-09-01",
        [
            ("Dec. 15", "DATE", "2015-12-15"),
            ("Jan. 10", "DATE", "2016-01-10")
        ]
    );
    // A span still runs forward, from the date right before the link.
    t!(
        "The festival runs from Dec. 28 to Jan. 3.",
        "2016-09-01",
        [
            ("Dec. 28", "DATE", "2016-12-28"),
            ("Jan. 3", "DATE", "2017-01-03")
        ]
    );
}

#[test]
fn the_next_year_of_a_past_story() {
    // Review s7, item 3: "died" (four letters) is a verb in the past too.
    t!(
        "He left in 2001. He died the next year.",
        "2016-09-01",
        [("2001", "DATE", "2001"), ("the next year", "DATE", "2002")]
    );
    t!(
        "The plant opened in 1990. Two men tied the knot the next year.",
        "2016-09-01",
        [("1990", "DATE", "1990"), ("the next year", "DATE", "1991")]
    );
}

#[test]
fn the_next_year_not_from_a_participle_aside() {
    // Review s7, item 3: in what a source said, the date of a participle
    // phrase set off by commas is not the story's; with no other, the
    // next year is the document's.
    t!(
        "The company, founded in 1998, warned that the next year was likely to be difficult.",
        "2016-09-01",
        [("1998", "DATE", "1998"), ("the next year", "DATE", "2017")]
    );
}

#[test]
fn the_next_year_not_from_a_relative_clause_aside() {
    t!(
        "The firm, which was set up in 1998, said the next year was difficult.",
        "2016-09-01",
        [("1998", "DATE", "1998"), ("the next year", "DATE", "2017")]
    );
}

#[test]
fn the_next_year_not_from_the_day_a_source_spoke() {
    // The day a source spoke, in an aside or after the reporting verb,
    // leaves the narrative's date in focus.
    t!(
        "The factory closed in 2009. Smith, speaking on Monday, said the next year was the hardest.",
        "2016-09-01",
        [
            ("2009", "DATE", "2009"),
            ("Monday", "DATE", "2016-08-29"),
            ("the next year", "DATE", "2010")
        ]
    );
}

#[test]
fn the_next_year_not_from_a_reporting_time() {
    t!(
        "The factory closed in 2009. Smith said on Monday that the next year was the hardest.",
        "2016-09-01",
        [
            ("2009", "DATE", "2009"),
            ("Monday", "DATE", "2016-08-29"),
            ("the next year", "DATE", "2010")
        ]
    );
}

#[test]
fn the_next_month_not_from_the_day_a_source_spoke() {
    t!(
        "The mill shut in March 2009. Jones, who spoke on Monday, said the next month was the worst.",
        "2016-09-01",
        [
            ("March 2009", "DATE", "2009-03"),
            ("Monday", "DATE", "2016-08-29"),
            ("the next month", "DATE", "2009-04")
        ]
    );
}

#[test]
fn the_next_year_from_an_opening_phrase_or_a_plain_parenthesis() {
    // A phrase that opens the sentence is the narrative, not an aside;
    // so is a date between commas that opens no participle or clause.
    t!(
        "Founded in 1998, the company went public the next year.",
        "2016-09-01",
        [("1998", "DATE", "1998"), ("the next year", "DATE", "1999")]
    );
    // Told by the narrative itself, not by a source, the next year counts
    // from an aside's date when no other stands.
    t!(
        "The company, founded in 1998, went public the next year.",
        "2016-09-01",
        [("1998", "DATE", "1998"), ("the next year", "DATE", "1999")]
    );
    // Nor is a participle phrase that ends the sentence.
    t!(
        "He joined in 2001, leaving in 2004. He said the next year was a blur.",
        "2016-09-01",
        [
            ("2001", "DATE", "2001"),
            ("2004", "DATE", "2004"),
            ("the next year", "DATE", "2005")
        ]
    );
    t!(
        "The plant, in 2009, closed. The next year it reopened.",
        "2016-09-01",
        [("2009", "DATE", "2009"), ("The next year", "DATE", "2010")]
    );
}

#[test]
fn this_sunday_gone_in_a_monday_recap() {
    // Review s7, item 8: a day far ahead in the week, told in the past,
    // is the one gone; close ahead it is still this week's.
    t!(
        "The Broncos lost this Sunday.",
        "2016-09-05",
        [("this Sunday", "DATE", "2016-09-04")]
    );
    t!(
        "The Broncos play this Sunday.",
        "2016-09-05",
        [("this Sunday", "DATE", "2016-09-11")]
    );
    t!(
        "This Friday, the film opens.",
        "2016-09-01",
        [("This Friday", "DATE", "2016-09-02")]
    );
}

#[test]
fn seasons_in_names_and_an_ordinal_second_are_no_times() {
    // A capitalised season between "the" and another capitalised word
    // is a word of a name; "the summer" alone stays a season.
    t!(
        "He trained at the Summer Institute of Linguistics and worked the Winter Olympics. In the summer, prices rose.",
        "2010-06-15",
        [("the summer", "DATE", "2010-SU")]
    );
    // "a second" after an amount is the ordinal, not a rate of one a
    // second; "per hour" still is a rate.
    t!(
        "They will prove these mitigators a second time. Crews worked 12 shifts per hour.",
        "2010-06-15",
        [("per hour", "SET", "PT1H")]
    );
}

#[test]
fn the_first_day_of_a_range_written_day_first() {
    // The first day takes the month and year of the date after it; a
    // range runs forward, and a figure before a unit stays a number.
    t!(
        "The festival runs from 12 to 14 July 2014. The vote was on 12 and 13 July. Prices rose 12 to 14 percent in July.",
        "2013-06-15",
        [
            ("12", "DATE", "2014-07-12"),
            ("14 July 2014", "DATE", "2014-07-14"),
            ("12", "DATE", "2013-07-12"),
            ("13 July", "DATE", "2013-07-13"),
            ("July", "DATE", "2013-07")
        ]
    );
    t!(
        "It ran from 14 to 12 July.",
        "2013-06-15",
        [("12 July", "DATE", "2013-07-12")]
    );
}

#[test]
fn a_weekday_with_a_vague_part_of_its_day() {
    // TimeBank tags "early Tuesday" a DATE of the day with "early" in the
    // span; "late Tuesday night" keeps the part of the day. AQUAINT tags
    // only the day of "as dawn broke Saturday" and "the early hours of
    // Thursday morning": "dawn" and "the early hours" are no times.
    t!(
        "Crowds gathered early Wednesday. He arrived late Tuesday night. The raid began in the early hours of Monday. Troops moved at dawn on Sunday.",
        "2015-06-17",
        [
            ("early Wednesday", "DATE", "2015-06-17"),
            ("late Tuesday night", "TIME", "2015-06-16TNI"),
            ("Monday", "DATE", "2015-06-15"),
            ("Sunday", "DATE", "2015-06-14")
        ]
    );
}

#[test]
fn a_range_of_days_in_one_token_before_a_month() {
    // "12-14 July" is one token: split before a month as after one, it
    // is two days, each a DATE; backwards ("21-14") it is a score and
    // only the month is read. "were held" in June puts September last
    // year, as for any month.
    t!(
        "The festival runs from 12-14 July 2014. Talks were held 3-5 Sept. in Geneva.",
        "2013-06-15",
        [
            ("12", "DATE", "2014-07-12"),
            ("14 July 2014", "DATE", "2014-07-14"),
            ("3", "DATE", "2012-09-03"),
            ("5 Sept.", "DATE", "2012-09-05")
        ]
    );
    t!(
        "The score was 21-14 July's best.",
        "2013-08-15",
        [("July", "DATE", "2013-07")]
    );
}

#[test]
fn a_quarter_by_which_an_amount_changes_is_a_share() {
    // After "by", or before a unit of measure, "a quarter" is a fraction;
    // a quarter of a year still counts.
    t!(
        "The economy shrank by a quarter and exports were cut by three quarters. The Fed cut rates by a quarter percentage point. Earnings will recover in a quarter or two.",
        "2013-03-22",
        [("a quarter", "DURATION", "P1Q")]
    );
}

#[test]
fn a_week_or_a_month_up_to_a_closing_date_is_a_span() {
    // As "the year ended Sept. 30" is a span of a year; without a date
    // after "ended" the week is the verb's subject, no time.
    t!(
        "Claims fell in the week ended March 16 and sales rose in the month ending Feb. 28. The week ended with a rally.",
        "2013-03-22",
        [
            ("the week", "DURATION", "P1W"),
            ("March 16", "DATE", "2013-03-16"),
            ("the month", "DURATION", "P1M"),
            ("Feb. 28", "DATE", "2013-02-28")
        ]
    );
}

#[test]
fn a_part_of_the_day_after_through() {
    // "through the night" and "throughout the evening" are parts of the
    // story's day, as "in the morning" is; "the night of" stays a day's.
    t!(
        "Rescuers worked through the night. Protests continued throughout the evening. He stayed through the night of the vote.",
        "2013-03-22",
        [
            ("the night", "TIME", "2013-03-22TNI"),
            ("the evening", "TIME", "2013-03-22TEV")
        ]
    );
}

#[test]
fn a_round_number_that_counts_is_no_year() {
    // A round hundred after a verb and before a plural noun counts it,
    // and so does a number before a unit of measure; after a word that
    // dates it, or a determiner, it stays a year.
    t!(
        "Police said 2000 protesters gathered and the firm cut 1200 jobs. It was 1200 degrees at 1100 ft. In 2000 prices rose. The 2000 elections were close.",
        "2013-03-22",
        [("2000", "DATE", "2000"), ("2000", "DATE", "2000")]
    );
}

fn times_without(text: &str, anchor: &str, off: &'static str) -> Vec<(String, String, String)> {
    let norm = Normalized::new(text);
    let structure = crate::segment::segment(&norm.text);
    extract(
        &norm.text,
        &structure,
        Date::parse_iso(anchor),
        gazetteer(),
        &crate::Switches::with_off(vec![off]),
    )
    .into_iter()
    .map(|t| (t.text, t.kind, t.value))
    .collect()
}

#[test]
fn a_past_clock_time_falls_on_the_narrative_day() {
    // A clock time told in the past, with no day of its own and none in
    // focus, is on the last day of the narrative, up to a week back, and
    // "the next day" counts from it; a caption's year between does not
    // move the story.
    let text = "The election was held on Sunday, with a record turnout. Eddie Chu was elected with 84,121 votes. Other candidates were defeated. Starry Lee; from file, 2015. At one station, after the polls closed at 22:30, the last ballot was cast at 2:30 the next day.";
    let expected = [
        ("Sunday", "DATE", "2016-09-04"),
        ("2015", "DATE", "2015"),
        ("22:30", "TIME", "2016-09-04T22:30"),
        ("2:30 the next day", "TIME", "2016-09-05T02:30"),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(times(text, "2016-09-09"), expected);
    // Switched off, the clock falls on the document date.
    let off = times_without(text, "2016-09-09", "timex.narrative_clock");
    assert!(off.contains(&(
        "22:30".to_string(),
        "TIME".to_string(),
        "2016-09-09T22:30".to_string()
    )));
    // ", officials said" after the clause is its attribution, not its
    // verb: the curfew is the document date's.
    let attributed = times(
        "The vote was held on Sunday. Turnout was high. Officials counted ballots. The curfew starts at 9 p.m., officials said.",
        "2016-09-08",
    );
    assert!(attributed.contains(&(
        "9 p.m.".to_string(),
        "TIME".to_string(),
        "2016-09-08T21:00".to_string()
    )));
    // A narrative day years back is the story's past, not its day.
    let old = times(
        "The plant opened on May 1, 2001. It employed 300 people. Firefighters arrived at 3 a.m.",
        "2016-09-09",
    );
    assert!(old.contains(&(
        "3 a.m.".to_string(),
        "TIME".to_string(),
        "2016-09-09T03:00".to_string()
    )));
    // In the present or the future it is the document date's; once the
    // story names a later day, even the day a source spoke, it has moved
    // on; a day ahead of the document date is no narrative day of a past.
    t!(
        "The vote was held on Sunday. Turnout was high. Polls close at 22:30.",
        "2016-09-09",
        [
            ("Sunday", "DATE", "2016-09-04"),
            ("22:30", "TIME", "2016-09-09T22:30")
        ]
    );
    t!(
        "The attack began on Wednesday. Many were hurt. \"I heard of it earlier today,\" said a witness. Another one came. As of 15:11 GMT the site was back.",
        "2008-01-20",
        [
            ("Wednesday", "DATE", "2008-01-16"),
            ("earlier today", "DATE", "2008-01-20"),
            ("15:11 GMT", "TIME", "2008-01-20T15:11")
        ]
    );
    t!(
        "The summit opens on Monday. Leaders were briefed. Others arrived. The first plane landed at 7 a.m.",
        "2016-09-09",
        [
            ("Monday", "DATE", "2016-09-12"),
            ("7 a.m.", "TIME", "2016-09-09T07:00")
        ]
    );
}

#[test]
fn this_weekend_told_in_the_past_is_the_one_gone() {
    // Said on a weekday, "this weekend" in a clause told in the past is
    // the weekend just gone, as "the weekend" is; ahead, or on the
    // weekend itself, it is the coming or current one.
    t!(
        "He was a VIP guest at the fair this weekend.",
        "2015-09-22",
        [("this weekend", "DATE", "2015-W38-WE")]
    );
    t!(
        "This weekend's debate gave Democrats much to be proud of.",
        "2015-12-23",
        [("This weekend", "DATE", "2015-W51-WE")]
    );
    t!(
        "He will be a guest at the fair this weekend.",
        "2015-09-22",
        [("this weekend", "DATE", "2015-W39-WE")]
    );
    t!(
        "This weekend, the festival opens.",
        "2015-09-22",
        [("This weekend", "DATE", "2015-W39-WE")]
    );
    t!(
        "Crowds gathered this weekend.",
        "2015-09-20",
        [("this weekend", "DATE", "2015-W38-WE")]
    );
}

#[test]
fn the_next_day_after_an_aside_year_counts_from_the_narrative_day() {
    // A year or a month of an aside is coarser than a day and not the
    // story's: "the next day" counts from the narrative's day. A year of
    // the narrative itself still gives a day of that year, and "the next
    // year" still counts from the aside's year.
    t!(
        "He arrived on Monday. The firm, founded in 1998, hired him the next day.",
        "2016-09-09",
        [
            ("Monday", "DATE", "2016-09-05"),
            ("1998", "DATE", "1998"),
            ("the next day", "DATE", "2016-09-06")
        ]
    );
    t!(
        "He arrived on Monday. The firm, which opened in May 1998, hired him that night.",
        "2016-09-09",
        [
            ("Monday", "DATE", "2016-09-05"),
            ("May 1998", "DATE", "1998-05"),
            ("that night", "TIME", "2016-09-05TNI")
        ]
    );
    t!(
        "He arrived on Monday. In 1998 he had founded the firm. He left the next day.",
        "2016-09-09",
        [
            ("Monday", "DATE", "2016-09-05"),
            ("1998", "DATE", "1998"),
            ("the next day", "DATE", "1998-XX-XX")
        ]
    );
    t!(
        "He arrived on Monday. The firm, founded in 1998, hired him the next year.",
        "2016-09-09",
        [
            ("Monday", "DATE", "2016-09-05"),
            ("1998", "DATE", "1998"),
            ("the next year", "DATE", "1999")
        ]
    );
}

#[test]
fn a_capitalised_night_after_a_weekday_is_still_a_time() {
    // A part of the day written with a capital after a weekday is that
    // day's part, unless a third capitalised word makes a name.
    t!(
        "The festival was off to a bright start on Saturday Night as crowds came.",
        "2007-03-05",
        [("Saturday Night", "TIME", "2007-03-03TNI")]
    );
    t!("He hosted Saturday Night Live.", "2007-03-05", []);
    t!("They watched Monday Night Football.", "2007-03-05", []);
}

#[test]
fn a_month_counted_from_the_story() {
    // "That June", "the following March", "the previous March": a month
    // of the story's year, or the first after or the last before the
    // story's month; after a year alone the following one is the next
    // year's. "that" as a conjunction before a month is no time.
    t!(
        "In 1998 he founded it. That June, it went public.",
        "2013-03-22",
        [("1998", "DATE", "1998"), ("That June", "DATE", "1998-06")]
    );
    t!(
        "He was elected in November 1998. The following May, he resigned. The previous March, he had run.",
        "2013-03-22",
        [
            ("November 1998", "DATE", "1998-11"),
            ("The following May", "DATE", "1999-05"),
            ("The previous March", "DATE", "1999-03")
        ]
    );
    t!(
        "He lost the 1968 race to Nixon that November, carrying one state.",
        "2016-06-23",
        [
            ("1968", "DATE", "1968"),
            ("that November", "DATE", "1968-11")
        ]
    );
    t!(
        "Trump said Tuesday that March Rubio was weak. Prices that March rose.",
        "2016-03-02",
        [("Tuesday", "DATE", "2016-03-01")]
    );
    // "May" and "March", a modal and a verb too, are months after a
    // "that" that opens the phrase when the month ends the clause.
    t!(
        "He joined the firm in 1998. That May, he left it. That may be why.",
        "2016-06-23",
        [("1998", "DATE", "1998"), ("That May", "DATE", "1998-05")]
    );
    t!(
        "He joined in 1998. That March, he quit.",
        "2016-06-23",
        [("1998", "DATE", "1998"), ("That March", "DATE", "1998-03")]
    );
}

#[test]
fn a_wall_time_takes_its_day_from_the_universal_time_across_midnight() {
    // The day in the aside is the universal time's; the wall time before
    // it, read in a zone 12 hours behind to 14 ahead, may fall on the day
    // before or after.
    let row = "It starts at 8:00 p.m. ET (0000 GMT Wednesday).";
    t!(
        row,
        "2016-09-09",
        [
            ("8:00 p.m. ET", "TIME", "2016-09-06T20:00"),
            ("0000 GMT Wednesday", "TIME", "2016-09-07T00:00")
        ]
    );
    assert!(
        times_without(row, "2016-09-09", "timex.zone_day").contains(&(
            "8:00 p.m. ET".to_string(),
            "TIME".to_string(),
            "2016-09-07T20:00".to_string()
        ))
    );
    // Midnight is 24:00 of the day it ends, as TimeBank writes "midnight
    // Friday": the midnight that opens Saturday ends Friday, ahead of
    // GMT or behind it.
    t!(
        "The blast came at midnight (0400 GMT Saturday).",
        "2016-07-09",
        [
            ("midnight", "TIME", "2016-07-08T24:00"),
            ("0400 GMT Saturday", "TIME", "2016-07-09T04:00")
        ]
    );
    t!(
        "It hit at midnight local time (2200 GMT Tuesday).",
        "2016-07-09",
        [
            ("midnight local time", "TIME", "2016-07-05T24:00"),
            ("2200 GMT Tuesday", "TIME", "2016-07-05T22:00")
        ]
    );
    t!(
        "The storm made landfall at 03:00 local time (19:00 UTC Tuesday).",
        "2016-09-09",
        [
            ("03:00 local time", "TIME", "2016-09-07T03:00"),
            ("19:00 UTC Tuesday", "TIME", "2016-09-06T19:00")
        ]
    );
    t!(
        "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.",
        "1998-08-08",
        [
            ("about 10:35 a.m.", "TIME", "1998-08-07T10:35"),
            ("0735 GMT", "TIME", "1998-08-07T07:35"),
            ("Friday", "DATE", "1998-08-07")
        ]
    );
}

#[test]
fn a_weekday_counted_from_now_or_the_story_keeps_its_part_of_the_day() {
    // "last Tuesday night", "the previous Friday evening": the part of
    // the day stays in the span, a TIME of that day, as in "Friday night".
    t!(
        "He left last Tuesday night and leaves next Friday morning.",
        "2007-03-05",
        [
            ("last Tuesday night", "TIME", "2007-02-27TNI"),
            ("next Friday morning", "TIME", "2007-03-09TMO")
        ]
    );
    t!(
        "He came on Saturday. He left the previous Friday evening.",
        "2007-03-05",
        [
            ("Saturday", "DATE", "2007-03-03"),
            ("the previous Friday evening", "TIME", "2007-03-02TEV")
        ]
    );
    t!(
        "He works last Tuesday nights.",
        "2007-03-05",
        [("last Tuesday", "DATE", "2007-02-27")]
    );
}

#[test]
fn a_number_of_years_old_is_an_age_not_a_year() {
    // An age is left untagged ("a 500-year-old church"); a number of four
    // figures in one is no year either.
    t!("It continues a 2000-year-old tradition.", "2007-03-05", []);
    t!("It continues a 2000 year old tradition.", "2007-03-05", []);
    t!(
        "The 1998 year-end results came in 2000.",
        "2007-03-05",
        [("1998", "DATE", "1998"), ("2000", "DATE", "2000")]
    );
}

#[test]
fn noon_or_midnight_opening_a_name_is_no_time() {
    // After a quote or first in a sentence, "Midnight" before another
    // capitalised word that is no day, month or zone opens a name.
    t!(
        "It paid victims of the police unit known as the \"Midnight Crew,\" directed by Burge.",
        "2015-12-04",
        []
    );
    t!("Midnight Mass was held.", "2015-12-04", []);
    t!(
        "\"Midnight Friday is the deadline,\" he said. \"Noon EST is late.\"",
        "2015-12-04",
        [
            ("Midnight Friday", "TIME", "2015-12-04T24:00"),
            ("Noon EST", "TIME", "2015-12-04T12:00")
        ]
    );
}

#[test]
fn a_photo_captions_date_is_not_the_storys() {
    // A caption's dates are times, but the story stays on its own day: "that
    // day" after a caption's day, and a clock time after a caption glued to
    // the next paragraph, count from the narrative's Tuesday.
    let text = "Officials met on Tuesday to sign the deal.\n\nThe minister in Paris on November 14, 2022. Image: Home Office.\n\nThe talks ended later that day.\n\nMayor Jones of the party; from file, 2011. The last guest left at 11 p.m.";
    let expected = [
        ("Tuesday", "DATE", "2023-02-21"),
        ("November 14, 2022", "DATE", "2022-11-14"),
        ("later that day", "DATE", "2023-02-21"),
        ("2011", "DATE", "2011"),
        ("11 p.m.", "TIME", "2023-02-21T23:00"),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(times(text, "2023-02-23"), expected);
    // Switched off, the caption's day is the story's.
    let off = times_without(text, "2023-02-23", "timex.caption");
    assert!(off.contains(&(
        "later that day".to_string(),
        "DATE".to_string(),
        "2022-11-14".to_string()
    )));
}

#[test]
fn a_number_long_before_the_story_counts_a_plural_noun() {
    // Read as a year, 1709 and 1523 would lie centuries before the
    // document date: before a plural noun, after "of" or a verb, they
    // count it. A word that dates the year or a determiner keeps it a
    // year, and so does a recent year ("2012 voters").
    let text = "A survey of 1709 schoolchildren found gaps. Troops killed 1523 civilians. In 1709 troops marched. The 1709 eruption killed many. Some 93 percent of 2012 voters agreed.";
    t!(
        text,
        "2016-05-01",
        [
            ("1709", "DATE", "1709"),
            ("1709", "DATE", "1709"),
            ("2012", "DATE", "2012")
        ]
    );
    let off = times_without(text, "2016-05-01", "timex.count_before_plural");
    assert_eq!(off.len(), 5, "{off:?}");
}

#[test]
fn a_count_of_days_later_moves_the_story_day_on() {
    // "A day later" is a DURATION, as TimeBank tags it, but a clock time
    // after it falls on the day after the story's, not on the story's.
    let text = "The envoy met with the chief on Sept. 10, 2012, at the compound. A day later, the chief heard gunfire about 9:42 p.m.";
    t!(
        text,
        "2016-01-16",
        [
            ("Sept. 10, 2012", "DATE", "2012-09-10"),
            ("A day", "DURATION", "P1D"),
            ("about 9:42 p.m.", "TIME", "2012-09-11T21:42")
        ]
    );
    let off = times_without(text, "2016-01-16", "timex.days_later");
    assert_eq!(off[2].2, "2012-09-10T21:42", "{off:?}");
    t!(
        "The fair opened on Monday. Two days later, the last ride closed at 11 p.m.",
        "2016-01-16",
        [
            ("Monday", "DATE", "2016-01-11"),
            ("Two days", "DURATION", "P2D"),
            ("11 p.m.", "TIME", "2016-01-13T23:00")
        ]
    );
}

#[test]
fn a_date_ahead_that_opens_a_present_clause_is_the_one_to_come() {
    // Said in July: "On Dec. 1, that changes" is this December, as "will
    // change" is; told in the past it stays last year's, and so it is
    // with `timex.present_clause` off.
    let t = |text: &str| times(text, "2016-07-15")[0].2.clone();
    assert_eq!(t("On Dec. 1, that changes."), "2016-12-01");
    assert_eq!(t("In November, the new law takes effect."), "2016-11");
    assert_eq!(t("On Dec. 1, the rates are higher."), "2016-12-01");
    assert_eq!(t("On Dec. 1, it does not change."), "2016-12-01");
    // A report after the comma attributes what follows: its tense rules.
    assert_eq!(t("On Dec. 1, he says, that changed."), "2015-12-01");
    assert_eq!(t("On Dec. 1, that changed."), "2015-12-01");
    assert_eq!(t("In November, the new law took effect."), "2015-11");
    // "is" before a form in -ed is no present event ("it is closed").
    assert_eq!(t("On Nov. 30, it is closed."), "2015-11-30");
    // A plural noun in -s is no verb: after a count, or before a past.
    assert_eq!(t("In December, the two sides agreed."), "2015-12");
    assert_eq!(t("In December, the party leaders agreed."), "2015-12");
    // "Since" and "as of" measure up to a date behind.
    assert_eq!(t("Since Dec. 1, the index is up 5 percent."), "2015-12-01");
    assert_eq!(t("As of Dec. 1, the index is up."), "2015-12-01");
    // Beyond six months ahead, the date behind is nearer: a balance
    // sheet's "On Dec. 31" said in March.
    let march = times("On Dec. 31, its debt is $2 billion.", "2016-03-10");
    assert_eq!(march[0].2, "2015-12-31");
    let off = times_without(
        "On Dec. 1, that changes.",
        "2016-07-15",
        "timex.present_clause",
    );
    assert_eq!(off[0].2, "2015-12-01");
}

#[test]
fn over_before_a_point_is_a_preposition() {
    // "over" bounds a count ("over three years", "over a year ago") but
    // before a year or a clock time it is a preposition, out of the span.
    let found = times("Temperatures rise over 2000 - 2050.", "2014-07-28");
    assert_eq!(found[0], ("2000".into(), "DATE".into(), "2000".into()));
    let found = times("Sales fell under 2015 rules.", "2016-07-28");
    assert_eq!(found[0].0, "2015");
    assert_eq!(
        times("It lasted over three years.", "2016-07-28")[0].0,
        "over three years"
    );
    assert_eq!(
        times("It was set up over a year ago.", "2016-07-28")[0].0,
        "over a year ago"
    );
    let off = times_without(
        "Temperatures rise over 2000 - 2050.",
        "2014-07-28",
        "timex.point_preposition",
    );
    assert_eq!(off[0].0, "over 2000");
}

#[test]
fn a_frequency_word_used_as_a_noun_is_no_set() {
    // A payment or a paper before "of": no time. A rate before a noun, or
    // before a day, stays a SET.
    let text = "It declared its initial quarterly of five cents a share.";
    assert!(times(text, "1989-10-27").is_empty());
    for text in ["Qantas plans daily flights.", "She attends daily Mass."] {
        assert_eq!(times(text, "2000-01-28")[0].2, "P1D", "{text}");
    }
    // Without a determiner the word is the adverb, a SET.
    for text in [
        "Take the pill twice daily of course.",
        "It meets monthly of its own accord.",
    ] {
        assert_eq!(times(text, "2000-01-28").len(), 1, "{text}");
    }
    let off = times_without(text, "1989-10-27", "timex.set_noun");
    assert_eq!(off[0].2, "P1Q");
}

#[test]
fn a_count_of_hours_ago_keeps_its_count() {
    // The document date has no clock: "24 hours ago" is the day before,
    // "two hours ago" and "30 minutes ago" the document day. Without the
    // rule the count is lost and only "hours ago" is found, as PAST_REF.
    let text = "It was posted just over 24 hours ago. He left two hours ago. She called 30 minutes ago. It fell 48 hours ago.";
    t!(
        text,
        "2008-01-20",
        [
            ("over 24 hours ago", "DATE", "2008-01-19"),
            ("two hours ago", "DATE", "2008-01-20"),
            ("30 minutes ago", "DATE", "2008-01-20"),
            ("48 hours ago", "DATE", "2008-01-18")
        ]
    );
    // Minutes and seconds count whole days too: 1,500 minutes are a day
    // and an hour, 200,000 seconds two days and more.
    t!(
        "It fell 1,500 minutes ago. It rose 90 minutes ago. It ended 200,000 seconds ago.",
        "2008-01-20",
        [
            ("1,500 minutes ago", "DATE", "2008-01-19"),
            ("90 minutes ago", "DATE", "2008-01-20"),
            ("200,000 seconds ago", "DATE", "2008-01-18")
        ]
    );
    // No count: the past, as before.
    assert_eq!(times("Hours ago, he left.", "2008-01-20")[0].2, "PAST_REF");
    let off = times_without(text, "2008-01-20", "timex.clock_ago");
    assert_eq!(
        off[0],
        ("hours ago".into(), "DATE".into(), "PAST_REF".into())
    );
}

#[test]
fn now_and_then_is_no_time() {
    // The idiom says how often, not when; "between now and then" still
    // names the present as one of its bounds.
    for text in [
        "The net produces these events every now and again.",
        "Now and then it rains.",
        "He checks it every now and then.",
    ] {
        assert!(times(text, "2008-01-20").is_empty(), "{text}");
    }
    assert_eq!(
        times("There is a lot to do between now and then.", "2008-01-20")[0].2,
        "PRESENT_REF"
    );
    // Where "then" opens a next step, or a bound comes before, "now" is
    // the present.
    for text in [
        "He is here now and then he will leave.",
        "Right now and then tomorrow he will leave.",
    ] {
        assert_eq!(times(text, "2008-01-20")[0].2, "PRESENT_REF", "{text}");
    }
    let off = times_without("Now and then it rains.", "2008-01-20", "timex.now_and_then");
    assert_eq!(off[0].2, "PRESENT_REF");
}

#[test]
fn a_name_in_ed_does_not_end_a_plan() {
    // "Mohamed" is a name, not a verb in the past: the clause after the
    // opening day speaks of a plan, so the day is the coming one.
    let text = "On Wednesday, Mohamed and his father are to travel to New York.";
    assert_eq!(times(text, "2015-09-22")[0].2, "2015-09-23");
    // A verb in -ed still reports the past.
    let past = "On Wednesday, the minister visited Paris and is to return.";
    assert_eq!(times(past, "2015-09-22")[0].2, "2015-09-16");
    // In a line of capitals a capital says nothing of a name.
    let caps = "ON MONDAY, POLICE ARRESTED THE SUSPECT WHO WILL FACE TRIAL.";
    assert_eq!(times(caps, "2015-09-22")[0].2, "2015-09-21");
    let off = times_without(text, "2015-09-22", "timex.name_in_ed");
    assert_eq!(off[0].2, "2015-09-16");
}

#[test]
fn every_day_after_a_possessive_is_an_adjective() {
    // "everyday" written in two words: a SET adverbial takes no possessive.
    for text in [
        "It is so different from most people's every day lives.",
        "These images show people in his every day life.",
    ] {
        assert!(times(text, "2014-01-28").is_empty(), "{text}");
    }
    // An object pronoun, or no noun after: still a rate.
    for text in [
        "He calls his mother every day.",
        "She visits her every day now.",
        "He saw her every day last week.",
        "He walks past Joe's every day looking for work.",
        "It's every day fighting for survival.",
    ] {
        assert_eq!(times(text, "2014-01-28")[0].2, "P1D", "{text}");
    }
    let off = times_without(
        "These images show people in his every day life.",
        "2014-01-28",
        "timex.owned_every",
    );
    assert_eq!(off[0].2, "P1D");
}

#[test]
fn a_week_counted_from_a_year_is_a_date() {
    // After a year named, "the following week" is a week of that year,
    // not said which: a DATE, not the length P1W.
    let text = "In 2015, he founded a firm. The following week, he hired staff.";
    assert_eq!(
        times(text, "2016-03-16")[1],
        (
            "The following week".into(),
            "DATE".into(),
            "2015-WXX".into()
        )
    );
    // After a day, the week is known.
    let day = "On March 2, he founded a firm. The following week, he hired staff.";
    assert_eq!(times(day, "2016-03-16")[1].2, "2016-W10");
    // "for the following week" is a length.
    let length = "In 2015, he founded a firm. He stayed for the following week.";
    assert_eq!(times(length, "2016-03-16")[1].2, "P1W");
    let off = times_without(text, "2016-03-16", "timex.vague_week");
    assert_eq!(off[1].1, "DURATION");
}

#[test]
fn a_count_too_large_for_the_calendar_is_the_past() {
    // No calendar value, and no overflow: the past, not said when.
    let text =
        "It began 9999999999 hours ago, 999999999999 days ago and 99999999999999999 decades ago.";
    for (_, _, value) in times(text, "2008-01-20") {
        assert_eq!(value, "PAST_REF");
    }
}

#[test]
fn a_holiday_after_a_given_name_is_a_surname() {
    // "Johnnie" and "Grace" are given names: the holiday word ends a
    // person's name. "Last" is a time word and "Will" a cue of the term
    // table, and a place or a faith names a holiday of its own.
    let text = "She came with illustrator Johnnie Christmas. Grace Christmas was there. Last Christmas he left. Will Christmas be cancelled? In Jordan Easter Sunday was calm.";
    t!(
        text,
        "2016-10-20",
        [
            ("Last Christmas", "DATE", "2015-12-25"),
            ("Christmas", "DATE", "2016-12-25"),
            ("Easter Sunday", "DATE", "2016-03-27")
        ]
    );
    let off = times_without(text, "2016-10-20", "timex.holiday_name");
    assert_eq!(off.len(), 5);
    assert_eq!(off[0].0, "Christmas");
    // A holiday of two words, one after a name already whole, and one in a
    // line in title case are dates still; a given name that is also a
    // city's ("Mary") opens a name where no preposition puts it a place.
    t!(
        "Johnnie Christmas Eve party was cancelled. Pope Francis Christmas message urged peace. Pilgrims Mark Christmas in Bethlehem. Mary Christmas, a teacher, came.",
        "2016-10-20",
        [
            ("Christmas Eve", "DATE", "2016-12-24"),
            ("Christmas", "DATE", "2016-12-25"),
            ("Christmas", "DATE", "2016-12-25")
        ]
    );
}

#[test]
fn two_years_with_a_slash_are_two_years() {
    // A fiscal year or a season written with a slash reads as the same
    // written with a dash; other figures with a slash do not.
    let text =
        "The 2008/09 budget was cut. The 2010/2011 season ended. It grew from 1990/2000 levels.";
    t!(
        text,
        "2016-05-01",
        [
            ("2008", "DATE", "2008"),
            ("09", "DATE", "2009"),
            ("2010", "DATE", "2010"),
            ("2011", "DATE", "2011")
        ]
    );
    assert!(times_without(text, "2016-05-01", "timex.slash_years").is_empty());
}

#[test]
fn the_next_week_of_a_past_story_is_a_week() {
    // Told in the past after a day named, "the next week" is the week
    // after that day's, as "the following week" is; "over" or "for" it,
    // or said of the future, it stays a length.
    let text = "On March 3 they met. The next week they talked. On March 3 they met. Over the next week they talked. In the next week they will talk.";
    t!(
        text,
        "2016-05-10",
        [
            ("March 3", "DATE", "2016-03-03"),
            ("The next week", "DATE", "2016-W10"),
            ("March 3", "DATE", "2016-03-03"),
            ("the next week", "DURATION", "P1W"),
            ("the next week", "DURATION", "P1W")
        ]
    );
    let off = times_without(text, "2016-05-10", "timex.next_week");
    assert_eq!(off[1].2, "P1W");
    // Within it, spent or lasting it, or "the next week or two": a
    // length still.
    for length in [
        "On March 3 they met. Within the next week the deal closed.",
        "On March 3 they met. He spent the next week in hospital.",
        "On March 3 they met. The talks lasted the following week.",
    ] {
        let found = times(length, "2016-05-10");
        assert_eq!(found[1].1, "DURATION", "{length}");
    }
    let found = times(
        "On March 3 they met. The next week or two were tense.",
        "2016-05-10",
    );
    assert!(found.iter().all(|t| t.2 != "2016-W10"), "{found:?}");
}

#[test]
fn a_plural_noun_before_a_past_spelt_as_the_present_is_no_verb() {
    // "prices" is the subject of "hit", which may be past: no clause in
    // the present, so December is last year's, as with "oil prices hit"
    // without the article. "the index hits" is a present verb.
    let text = "In December, the oil prices hit a low.";
    t!(text, "2016-07-10", [("December", "DATE", "2015-12")]);
    t!(
        "In December, the index hits a low.",
        "2016-07-10",
        [("December", "DATE", "2016-12")]
    );
    assert_eq!(
        times_without(text, "2016-07-10", "timex.same_past")[0].2,
        "2016-12"
    );
    // Before a noun, "cut" or "cost" modifies it: the word in -s is the
    // present verb.
    for present in [
        "In December, the store sells cut flowers.",
        "In December, the law sets cost limits for hospitals.",
    ] {
        t!(present, "2016-07-10", [("December", "DATE", "2016-12")]);
    }
}

#[test]
fn a_modal_of_possibility_puts_a_month_ahead() {
    // "could", "might", "can" before a verb look ahead as "will" does: a
    // month more than two months on is this year's, not last year's.
    let text = "Polls show she could win in November.";
    t!(text, "2016-05-19", [("November", "DATE", "2016-11")]);
    t!(
        "They hoped discomfort might lead to gains in November.",
        "2016-03-18",
        [("November", "DATE", "2016-11")]
    );
    // Not before "have" or "not", and a weekday keeps its reading.
    t!(
        "She could have won in November.",
        "2016-05-19",
        [("November", "DATE", "2015-11")]
    );
    t!(
        "The grandparents could be located Wednesday in Cardenas.",
        "2000-01-06",
        [("Wednesday", "DATE", "2000-01-05")]
    );
    assert_eq!(
        times_without(text, "2016-05-19", "timex.modal_ahead")[0].2,
        "2015-11"
    );
}

#[test]
fn every_single_day_is_a_rate() {
    // "single" between "every" and its unit, as "every day".
    let text = "You can do that every single day from now until the election, \
                and every single other week.";
    t!(
        text,
        "2015-11-09",
        [
            ("every single day", "SET", "P1D"),
            ("now", "DATE", "PRESENT_REF"),
            ("every single other week", "SET", "P2W")
        ]
    );
    assert!(times_without(text, "2015-11-09", "timex.every_single")
        .iter()
        .all(|t| t.1 != "SET"));
}

#[test]
fn an_infinitive_of_aim_puts_a_month_ahead() {
    // "to" before a bare verb that no verb in the past governs looks
    // ahead; "asked for money to fight Zika in February" is past.
    let text = "He has the better chance to beat Trump in November.";
    t!(text, "2016-03-15", [("November", "DATE", "2016-11")]);
    t!(
        "Obama asked for $1.9 billion to fight Zika in February.",
        "2016-06-29",
        [("February", "DATE", "2016-02")]
    );
    t!(
        "Support is up according to data in November.",
        "2016-03-15",
        [("November", "DATE", "2015-11")]
    );
    assert_eq!(
        times_without(text, "2016-03-15", "timex.to_ahead")[0].2,
        "2015-11"
    );
    // "used to" is past, and so is a clause whose verb after the month
    // is: the month is behind.
    for (past, value) in [
        ("He used to work there in May.", "2016-05"),
        (
            "The decision to raise rates in December surprised markets.",
            "2015-12",
        ),
        ("Admissions to hospital in March rose 5 percent.", "2016-03"),
        // Nor a modal past a verb in the past, nor "can" the noun.
        (
            "The bill, which could cost billions, passed in March.",
            "2016-03",
        ),
        ("The can of soup expired in March.", "2016-03"),
    ] {
        assert_eq!(times(past, "2016-07-01")[0].2, value, "{past}");
    }
}

#[test]
fn a_holiday_before_a_thing_named_for_it_is_no_day() {
    // "Christmas trees", "a Christmas party": a kind of thing; Christmas
    // before a time word stays a day.
    let text = "Mexico retaliated against Christmas trees. They met on Christmas morning.";
    t!(text, "2016-09-28", [("Christmas", "DATE", "2015-12-25")]);
    assert_eq!(
        times_without(text, "2016-09-28", "timex.holiday_object").len(),
        2
    );
    // A named day of two words dates its party.
    t!(
        "The Christmas Eve party was cancelled.",
        "2016-09-28",
        [("Christmas Eve", "DATE", "2016-12-24")]
    );
    // A thing held at the holiday is one of the class too.
    for text in [
        "A truck plowed into a crowded Christmas market.",
        "Visitors at the Christmas fair bought gifts.",
        "The Easter egg hunt was cancelled.",
        "The Christmas concert drew a crowd.",
    ] {
        assert!(times(text, "2016-12-20").is_empty(), "{text}");
        assert_eq!(
            times_without(text, "2016-12-20", "timex.holiday_object").len(),
            1,
            "{text}"
        );
    }
}

#[test]
fn a_unit_and_long_in_one_word_last_one_unit() {
    // As "day-long" does; the article is the noun's.
    let text = "An hourlong show, a daylong simulation, the yearlong fight and a \
                decadelong war.";
    t!(
        text,
        "2016-09-15",
        [
            ("hourlong", "DURATION", "PT1H"),
            ("daylong", "DURATION", "P1D"),
            ("yearlong", "DURATION", "P1Y"),
            ("decadelong", "DURATION", "P10Y")
        ]
    );
    assert!(times_without(text, "2016-09-15", "timex.closed_long").is_empty());
}

#[test]
fn extra_and_entire_leave_the_length_as_it_is() {
    // "extra", "entire" and "whole" between a count and its unit, as
    // "additional" and "full" already were (unit_modifier).
    t!(
        "Ohio refused to restore an extra week of early voting. It took two extra days. It lasted an entire week.",
        "2016-09-26",
        [
            ("an extra week", "DURATION", "P1W"),
            ("two extra days", "DURATION", "P2D"),
            ("an entire week", "DURATION", "P1W")
        ]
    );
}

#[test]
fn a_count_joined_to_plus_keeps_its_value() {
    // "15-plus years" is at least fifteen years: the length keeps the
    // count, as "more than 15 years" would. Without the rule nothing is
    // found.
    let text = "He paid no tax for 15-plus years. Over the past four-plus months it grew.";
    t!(
        text,
        "2016-09-26",
        [
            ("15-plus years", "DURATION", "P15Y"),
            ("the past four-plus months", "DURATION", "P4M")
        ]
    );
    assert!(times_without(text, "2016-09-26", "timex.count_plus").is_empty());
}

#[test]
fn plans_as_a_noun_puts_no_month_ahead() {
    // "plans" cues the future only as the verb before "to" ("she plans to
    // run in October"); "revised his plans in October" is a noun in a
    // past clause.
    t!(
        "Mr. Obama revised his withdrawal plans in October.",
        "2015-12-29",
        [("October", "DATE", "2015-10")]
    );
    t!(
        "She plans to run again in October.",
        "2016-01-12",
        [("October", "DATE", "2016-10")]
    );
}

#[test]
fn a_month_a_past_promise_binds_is_the_nearest() {
    // What "agreed to" binds comes after the agreement: the nearest month,
    // ahead in October for February, behind in January for November;
    // "agreed" is a verb in the past although it ends in -eed.
    let text = "Thermo agreed to purchase the line for $22 million in February.";
    t!(text, "1989-10-30", [("February", "DATE", "1990-02")]);
    assert_eq!(
        times_without(text, "1989-10-30", "timex.commit_nearest")[0].2,
        "1989-02"
    );
    t!(
        "The RNC agreed to allow Trump to use the party's voter file in late November.",
        "2016-01-05",
        [("late November", "DATE", "2015-11")]
    );
}

#[test]
fn later_that_day_after_a_month_is_a_day_of_it() {
    // "that day" after a month alone is left (it may be no time), but
    // "later that day" is one: a day of March, not known which.
    let text = "Trump predicted in March that he would lose. In an interview later that day, he went further.";
    t!(
        text,
        "2016-04-22",
        [
            ("March", "DATE", "2016-03"),
            ("later that day", "DATE", "2016-03-XX")
        ]
    );
    assert_eq!(
        times_without(text, "2016-04-22", "timex.later_that").len(),
        1
    );
}

#[test]
fn a_month_the_story_put_ahead_stays_ahead() {
    // Said in March, "will vote in November" puts November ahead; a bare
    // "November" later is that one, unless a verb in the past dates it.
    let text = "Voters will choose a president in November. \
                Turnout now is no advantage in November. \
                He lost the Senate race in November.";
    t!(
        text,
        "2016-03-02",
        [
            ("November", "DATE", "2016-11"),
            ("now", "DATE", "PRESENT_REF"),
            ("November", "DATE", "2016-11"),
            ("November", "DATE", "2015-11")
        ]
    );
    assert_eq!(
        times_without(text, "2016-03-02", "timex.month_ahead")[2].2,
        "2015-11"
    );
}

#[test]
fn review_fixes_of_the_seventeenth_session() {
    // A present perfect looks ahead as "agrees to" does.
    t!(
        "The company has agreed to hold talks in March.",
        "2016-07-01",
        [("March", "DATE", "2017-03")]
    );
    // What a past promise binds is the nearest day too.
    t!(
        "Thermo agreed to complete the sale on Feb. 3.",
        "1989-10-30",
        [("Feb. 3", "DATE", "1990-02-03")]
    );
    // A month named ahead before, then dated by a verb in the past after
    // it in its clause, is last year's.
    t!(
        "The vote is in November. Turnout in November was low.",
        "2016-03-02",
        [
            ("November", "DATE", "2016-11"),
            ("November", "DATE", "2015-11")
        ]
    );
    // A relative clause's verb is not the month's.
    t!(
        "The vote is in November. Remember in November the senators who filibustered.",
        "2016-03-10",
        [
            ("November", "DATE", "2016-11"),
            ("November", "DATE", "2016-11")
        ]
    );
    // "plans" before an object is the verb.
    t!(
        "Apple plans a launch in November.",
        "2016-07-01",
        [("November", "DATE", "2016-11")]
    );
    // "expect" after "did" is a future seen from the past.
    t!(
        "I didn't expect him on Monday, but he came.",
        "2016-04-14",
        [("Monday", "DATE", "2016-04-11")]
    );
}

#[test]
fn a_weekday_voters_expect_is_the_next_one() {
    // "expect", "expects" and "expecting" look ahead as "expected" does:
    // said on Sunday, "expect Clinton to win Monday's debate" is the
    // Monday to come, not the one before.
    t!(
        "A majority of voters expect Clinton to win Monday's debate.",
        "2016-09-25",
        [("Monday", "DATE", "2016-09-26")]
    );
}

#[test]
fn a_quotation_s_today_is_the_day_the_story_reports() {
    // Said on Monday of Sunday's match: what the coach said at the match,
    // "today" and "tomorrow", counts from Sunday, curly or straight
    // quotation marks, a quotation that runs on over a sentence too.
    let text = "The final was played on Sunday. After it, the coach said, \u{201c}We learned a lot from today's game. Tomorrow we rest.\u{201d} The captain added, \"It was hard tonight.\"";
    let expected = [
        ("Sunday", "DATE", "2016-05-08"),
        ("today", "DATE", "2016-05-08"),
        ("Tomorrow", "DATE", "2016-05-09"),
        ("tonight", "TIME", "2016-05-08TNI"),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(times(text, "2016-05-09"), expected);
    // Switched off, the words count from the document date.
    let off = times_without(text, "2016-05-09", "timex.quote_day");
    assert_eq!(off[1].2, "2016-05-09");
    assert_eq!(off[3].2, "2016-05-09TNI");
    // Outside the quotation, after it closed, or in a new paragraph
    // after a quotation left open, "today" is the document date's.
    t!(
        "The final was played on Sunday. \"We won,\" he said. Today the team rests.",
        "2016-05-09",
        [
            ("Sunday", "DATE", "2016-05-08"),
            ("Today", "DATE", "2016-05-09")
        ]
    );
    t!(
        "The final was played on Sunday. He said, \"We won.\n\nToday the team rests.",
        "2016-05-09",
        [
            ("Sunday", "DATE", "2016-05-08"),
            ("Today", "DATE", "2016-05-09")
        ]
    );
    // A story whose first day is the document date's ("Monday afternoon",
    // a clock time), or more than two days back, keeps it.
    // (A later day, Sunday, would be the first day if the clock time
    // were none.)
    t!(
        "The mayor spoke on Monday afternoon. The vigil was on Sunday. \"Today we grieve,\" she said.",
        "2016-05-09",
        [
            ("Monday afternoon", "TIME", "2016-05-09TAF"),
            ("Sunday", "DATE", "2016-05-08"),
            ("Today", "DATE", "2016-05-09")
        ]
    );
    t!(
        "The mayor spoke on Tuesday. \"Today we grieve,\" she said.",
        "2016-05-09",
        [
            ("Tuesday", "DATE", "2016-05-03"),
            ("Today", "DATE", "2016-05-09")
        ]
    );
    // Two apostrophes (the New York Times) or two backquotes (the wires)
    // mark a quotation too; a single apostrophe does not.
    t!(
        "The speech was on Wednesday night. He said, ''Tonight, I ask you.'' He said, ``Today we win.''",
        "2016-07-29",
        [
            ("Wednesday night", "TIME", "2016-07-27TNI"),
            ("Tonight", "TIME", "2016-07-27TNI"),
            ("Today", "DATE", "2016-07-27")
        ]
    );
    t!(
        "The speech was on Wednesday night. He said 'Today we win'.",
        "2016-07-29",
        [
            ("Wednesday night", "TIME", "2016-07-27TNI"),
            ("Today", "DATE", "2016-07-29")
        ]
    );
    // A day named at the reporting verb is when the source spoke, but not
    // a day the quotation itself names after a reporting word ("the
    // tweet yesterday").
    t!(
        "The mayor spoke on Wednesday. Smith said on Thursday he \"sent a letter today\".",
        "2016-05-06",
        [
            ("Wednesday", "DATE", "2016-05-04"),
            ("Thursday", "DATE", "2016-05-05"),
            ("today", "DATE", "2016-05-05")
        ]
    );
    t!(
        "The debate is on Monday. He said, \"He sent the tweet yesterday, and we focus tomorrow night.\"",
        "2016-09-25",
        [
            ("Monday", "DATE", "2016-09-26"),
            ("yesterday", "DATE", "2016-09-24"),
            ("tomorrow night", "TIME", "2016-09-26TNI")
        ]
    );
    // The dateline is no day the story tells of.
    t!(
        "Monday, May 9, 2016\n\nThe final was played on Sunday. The coach said, \"Today we learned a lot.\"",
        "2016-05-09",
        [
            ("Monday, May 9, 2016", "DATE", "2016-05-09"),
            ("Sunday", "DATE", "2016-05-08"),
            ("Today", "DATE", "2016-05-08")
        ]
    );
}

/// `timex.quote_day` after review: what a sentence says outside its
/// quotation of when it was said, and which marks open one.
#[test]
fn a_quotation_s_today_is_when_it_was_said() {
    // (text, document date, the quotation's day word, its value)
    let table = [
        // A day at the reporting verb, after the quotation or before it,
        // or opening the sentence, is when the source spoke.
        ("Voters went to the polls on Monday. \"Today we begin the count,\" the mayor said Tuesday.", "2016-05-10", "Today", "2016-05-10"),
        ("The mayor spoke on Wednesday. \"Today I sent the letter,\" Smith said on Thursday.", "2016-05-13", "Today", "2016-05-12"),
        ("Voters went to the polls on Monday. On Tuesday, the mayor said, \"Today we rebuild.\"", "2016-05-10", "Today", "2016-05-10"),
        ("Abedini wrote on her page on Sunday: \"I saw him again today.\" The swap was on Monday.", "2016-05-11", "today", "2016-05-08"),
        // The day at the verb holds for a quotation that runs on into the
        // next sentence.
        ("Voters went to the polls on Monday. The mayor said Tuesday: \"We lost a lot. Today we rebuild.\"", "2016-05-10", "Today", "2016-05-10"),
        // Another time outside the quotation: said then, not on the
        // story's first day.
        ("The storm hit on Monday. In an interview last week, she said, \"Yesterday I bought a boat.\"", "2016-05-10", "Yesterday", "2016-05-09"),
        ("The storm hit on Monday. Two weeks ago she said: \"Today is my birthday.\"", "2016-05-10", "Today", "2016-05-10"),
        // A reporting verb in the present: said at the document's time.
        ("Voters went to the polls on Monday. The mayor says, \"Today we begin the count.\"", "2016-05-10", "Today", "2016-05-10"),
        // The quotation's own "yesterday" is no first day of the story.
        ("\"Yesterday was hard,\" the mayor said. The council will meet next week. \"Today we rebuild,\" she added.", "2016-05-10", "Today", "2016-05-10"),
        // A quotation with no reporting verb of its own was said as the
        // one before it in the paragraph.
        ("The vote was on Monday. \"We won,\" he said. \"Tonight, I ask you to stay.\"", "2016-05-10", "Tonight", "2016-05-09TNI"),
        ("The vote was on Monday. \"We won,\" he said on Tuesday. \"Tonight, I ask you to stay.\"", "2016-05-10", "Tonight", "2016-05-10TNI"),
        // A mark after a dash or a bracket opens, as the quotes layer
        // reads it; the in-word ''n'' of the New York Times does not
        // close the quotation.
        ("The show was on Monday. The singer had one message\u{2014}\"Today we rock,\" she said.", "2016-05-10", "Today", "2016-05-09"),
        ("The show was on Monday. The singer had one message (\"Today we rock,\" she said).", "2016-05-10", "Today", "2016-05-09"),
        ("The show was on Monday. ''It was rock ''n'' roll today,'' she said.", "2016-05-10", "today", "2016-05-09"),
        // A mark with a space after it closes.
        ("The vote was on Friday. It \"categorically \" rejects them. And Bush yesterday replied: \"No.\"", "1990-08-13", "yesterday", "1990-08-12"),
        // A quotation split by its attribution is no title.
        ("The storm hit on Monday. \"Today,\" the mayor said, \"we rebuild.\"", "2016-05-10", "Today", "2016-05-09"),
        // "on" + a weekday away from the verb, farther back than the
        // story's first day may be, dates something else.
        ("The levee broke on Monday. \"Today we rebuild,\" said the mayor, whose house flooded on Friday.", "2016-05-10", "Today", "2016-05-10"),
        // A memo's or a sign's words are no source's speech going on; a
        // sentence that names its own time moves the paragraph on.
        ("Smith said Sunday the plan had failed. The new memo is blunt: \"All offices are closed today.\"", "2016-05-10", "today", "2016-05-10"),
        ("Smith said Sunday the plan had failed. At a rally this morning, a crowd. \"Today we march.\"", "2016-05-10", "Today", "2016-05-10"),
        ("\"Today we rebuild,\" on Tuesday, amid the ruins. The levee broke on Monday.", "2016-05-11", "Today", "2016-05-10"),
    ];
    for (text, anchor, word, value) in table {
        let found = times(text, anchor);
        let got = found.iter().find(|t| t.0 == word).map(|t| t.2.as_str());
        assert_eq!(got, Some(value), "{text}");
    }
    // A quotation of one word after a word of the sentence is a title,
    // a show's name, no time at all (`timex.quoted_title`).
    for text in [
        "Voters went to the polls on Monday. She said she watched the \"Today\" show.",
        "Voters went to the polls on Monday. She said she got a job on ''Today.''",
        "The storm hit on Monday. The host of ''Today,'' reminded his staff of it.",
    ] {
        let found = times(text, "2016-05-10");
        assert!(!found.iter().any(|t| t.0 == "Today"), "{text}: {found:?}");
    }
    // A quotation of one sentence longer than 60 words is still open at
    // its "today".
    let long = format!(
        "The final was played on Sunday. The coach said, \"We {}and today we rest.\"",
        "ran and ".repeat(35)
    );
    let found = times(&long, "2016-05-09");
    assert_eq!(found.last().map(|t| t.2.as_str()), Some("2016-05-08"));
}

#[test]
fn one_day_after_a_reporting_verb_counts_without_a_subject() {
    // `timex.reported_one_day` needs the reported clause's subject after
    // "one day"; without one, it counts a day.
    for text in [
        "Analysts said one day without power could cost $1 billion.",
        "The airline said one day's delay would cost it $5 million.",
        "She said one day in jail would be too much.",
        "The ministry said one day a week would be car-free.",
        "Organisers added one day to the festival.",
        "Lawyers requested one day to prepare their case.",
    ] {
        assert_eq!(times(text, "2019-03-14")[0].2, "P1D", "{text}");
    }
    for text in [
        "He said one day he would return.",
        "She believes one day Scotland will leave.",
    ] {
        assert_eq!(times(text, "2019-03-14")[0].2, "FUTURE_REF", "{text}");
    }
}

#[test]
fn one_day_after_a_reporting_verb_is_some_day() {
    // `timex.reported_one_day`: the verb opens the clause it reports.
    let text = "He said one day the port could reopen.";
    assert_eq!(
        times(text, "2019-03-14"),
        [("one day".into(), "DATE".into(), "FUTURE_REF".into())]
    );
    // A count of a day stays one: "of", a signal, a verb after it.
    for text in [
        "He said one day of rain would do.",
        "He said one day before the vote they met.",
        "He said one day is too short.",
    ] {
        assert_eq!(times(text, "2019-03-14")[0].2, "P1D", "{text}");
    }
    let off = times_without(text, "2019-03-14", "timex.reported_one_day");
    assert_eq!(off[0].2, "P1D");
}

#[test]
fn the_day_as_a_past_subject_is_the_story_day() {
    // `timex.day_subject`: the day in focus, else the last day named
    // within a week before the document date, else the document date.
    let text = "Crowds gathered on Tuesday. The day passed quietly.";
    assert_eq!(times(text, "2019-03-14")[1].2, "2019-03-12");
    let far = "Crowds gathered on Tuesday. Officials spoke. Nobody moved. Rain fell.\n\nThe day ended calmly.";
    assert_eq!(times(far, "2019-03-14")[1].2, "2019-03-12");
    // No day the story reached: no time, rather than the document date.
    assert!(times("The day ended calmly.", "2019-03-14").is_empty());
    let far_back =
        "Japan attacked on December 7, 1941. Survivors met this week. The day began quietly.";
    assert_eq!(times(far_back, "2019-03-14").len(), 2);
    // A day ahead is not one the story reached.
    let ahead = "Results are due Thursday. The day began with queues.";
    assert_eq!(times(ahead, "2019-03-12").len(), 1);
    // A source's speaking day is not the narrative's; once one is named,
    // the narrative's is no longer certain either.
    let spoke =
        "Voters went to the polls on Sunday. Officials said Tuesday that counting was slow. \
                 Observers praised it. The day began with long queues.";
    assert_eq!(times(spoke, "2019-03-14").len(), 2);
    // What tells of the day, not of its events.
    for text in [
        "Crowds gathered on Tuesday. The day was declared a holiday in 1990.",
        "Crowds gathered on Tuesday. The day dedicated to him passed.",
    ] {
        assert!(
            times(text, "2019-03-14").iter().all(|t| t.0 != "The day"),
            "{text}"
        );
    }
    assert_eq!(
        times_without(text, "2019-03-14", "timex.day_subject").len(),
        1
    );
}

#[test]
fn a_day_or_season_word_in_a_name_is_no_time() {
    // A weekday after an article (and capitalised words) before a
    // capitalised word that no time reads, or a capitalised season after
    // "last"/"next", is a word of a name (`timex.day_in_name`).
    for (text, kept) in [
        (
            "The Sunday Times and the Financial Times reported it.",
            vec![],
        ),
        ("He told the Sunday Telegraph that he would stay.", vec![]),
        ("The Tuesday Group of moderate Republicans met.", vec![]),
        (
            "The Good Friday Agreement was signed in 1998.",
            vec!["1998"],
        ),
        ("The next Winter Games will be held in Beijing.", vec![]),
        ("The last Summer Olympics were held in Rio.", vec![]),
        // A date all the same: no article, a part of the day, a person or
        // a place after it, a title-case headline, a season in lower case.
        ("On Monday President Obama signed the bill.", vec!["Monday"]),
        (
            "He said on Saturday Iraqi troops were fighting.",
            vec!["Saturday"],
        ),
        (
            "In his Sunday Mass he condemned the attack.",
            vec!["Sunday"],
        ),
        (
            "The Friday President Obama signed it, markets rose.",
            vec!["Friday"],
        ),
        ("The Sunday Night game was delayed.", vec!["Sunday Night"]),
        ("Obama Signs Bill On Sunday Night", vec!["Sunday Night"]),
        ("The Sunday Times Reports Record Profits", vec!["Sunday"]),
        ("The next winter will be colder.", vec!["The next winter"]),
    ] {
        let found: Vec<String> = times(text, "2015-11-30").into_iter().map(|t| t.0).collect();
        assert_eq!(found, kept, "{text}");
    }
    let text = "The Sunday Times and the next Winter Games.";
    assert_eq!(
        times_without(text, "2015-11-30", "timex.day_in_name").len(),
        2
    );
}

#[test]
fn named_shopping_and_church_days_have_their_dates() {
    // Black Friday is the day after US Thanksgiving, Cyber Monday the
    // Monday after it, Ash Wednesday 46 days before Easter: the whole
    // name, not the last weekday.
    t!(
        "Black Friday sales were strong and Cyber Monday sales rose.",
        "2016-11-30",
        [
            ("Black Friday", "DATE", "2016-11-25"),
            ("Cyber Monday", "DATE", "2016-11-28")
        ]
    );
    t!(
        "Ash Wednesday services were held.",
        "2015-02-20",
        [("Ash Wednesday", "DATE", "2015-02-18")]
    );
}

#[test]
fn a_weekday_the_clause_points_ahead_to_is_the_coming_one() {
    // Said on Tuesday 2015-03-31. After a verb of commitment or order in
    // the past (`timex.commit_ahead`), or in an infinitive that no verb in
    // the past governs (`timex.to_ahead`), a weekday is the coming one;
    // one the past governs stays behind, and so does the day before the
    // document date.
    for (text, value) in [
        (
            "The sides agreed to continue talks into Wednesday.",
            "2015-04-01",
        ),
        (
            "The judge ordered him to return to court on Thursday.",
            "2015-04-02",
        ),
        ("He is due to appear in court on Friday.", "2015-04-03"),
        ("She has a good chance to win on Saturday.", "2015-04-04"),
        ("He went to Paris to meet him on Sunday.", "2015-03-29"),
        ("He went to Paris to meet him on Monday.", "2015-03-30"),
        ("They agreed to meet on Monday.", "2015-03-30"),
        ("He threatened to quit on Monday.", "2015-03-30"),
        (
            "Negotiators had agreed on Thursday to meet again before Sunday.",
            "2015-04-05",
        ),
        (
            "She decided to go another way and the speech she delivered Sunday was new.",
            "2015-03-29",
        ),
    ] {
        let last = times(text, "2015-03-31").pop().map(|t| t.2);
        assert_eq!(last.as_deref(), Some(value), "{text}");
    }
    let text = "The judge ordered him to return to court on Thursday.";
    assert_eq!(
        times_without(text, "2015-03-31", "timex.commit_ahead")[0].2,
        "2015-03-26"
    );
    let text = "She has a good chance to win on Saturday.";
    assert_eq!(
        times_without(text, "2015-03-31", "timex.to_ahead")[0].2,
        "2015-03-28"
    );
    // "voted Monday to hold hearings Thursday": the vote was Monday, the
    // hearings come.
    t!(
        "The committee voted Monday to hold hearings Thursday.",
        "2015-03-31",
        [
            ("Monday", "DATE", "2015-03-30"),
            ("Thursday", "DATE", "2015-04-02")
        ]
    );
}

#[test]
fn a_season_after_a_cue_of_the_future_is_the_coming_one() {
    // `timex.season_ahead`: the season under way or the next one.
    let text = "Organizers said the next march would be held in the spring.";
    t!(text, "2016-06-09", [("the spring", "DATE", "2017-SP")]);
    assert_eq!(
        times_without(text, "2016-06-09", "timex.season_ahead")[0].2,
        "2016-SP"
    );
    t!(text, "2016-04-09", [("the spring", "DATE", "2016-SP")]);
    t!(
        "The festival will return in the summer.",
        "2016-12-09",
        [("the summer", "DATE", "2017-SU")]
    );
    // Told in the past, the last one.
    t!(
        "The crops were planted in the spring.",
        "2016-06-09",
        [("the spring", "DATE", "2016-SP")]
    );
}

#[test]
fn a_bare_plural_unit_after_be_before_a_wait_is_a_stretch() {
    // `timex.be_stretch`: "it could be weeks before aid arrives" lasts
    // weeks, not said how many, as "for weeks" does.
    for (text, span, value) in [
        ("It could be weeks before aid arrives.", "weeks", "PXW"),
        ("The vote is months away.", "months", "PXM"),
        ("Lines can be hours long.", "hours", "PTXH"),
        ("It has been years since he left.", "years", "PXY"),
    ] {
        t!(text, "2013-11-11", [(span, "DURATION", value)]);
        assert!(
            times_without(text, "2013-11-11", "timex.be_stretch").is_empty(),
            "{text}"
        );
    }
    // Not without a word of a wait after it.
    assert!(times("There are days when nothing works.", "2013-11-11").is_empty());
}

#[test]
fn a_word_joined_after_quarter_or_half_makes_a_noun() {
    // `timex.quarter`: "the quarter-finals", "a quarter-point cut",
    // "at half-time" are no quarter or half of a year.
    for text in [
        "Spain reached the quarter-finals and lost in the semi-finals.",
        "The Fed made a quarter-point cut.",
        "Players rested at half-time.",
        "He spoke for a half-hour.",
    ] {
        assert!(
            times(text, "2024-09-16").iter().all(|t| t.1 == "DURATION"),
            "{text}"
        );
    }
    t!(
        "Profit rose in the third quarter.",
        "2024-10-16",
        [("the third quarter", "DATE", "2024-Q3")]
    );
    // "end" and "ended" joined keep the quarter.
    t!(
        "Cash on hand at the quarter-end was $2 billion.",
        "2024-10-16",
        [("quarter-end", "DATE", "2024-Q3")]
    );
}

#[test]
fn a_sports_season_is_no_time() {
    // Neither TimeBank nor AQUAINT tags a season of a league or a show,
    // and TIMEX3 values name calendar periods: "last season" of the
    // Premier League (August to May) has none. A year written in it
    // keeps its value ("the 2019-20 season": 2019 and 2020).
    for text in [
        "Arsenal, who finished second last season, need to win.",
        "He missed most of this season with a knee injury.",
        "Next season he will play in Spain.",
        "He moved to Italy in the off-season.",
        "The second season of the show premieres on Netflix.",
        "The Lakers were 10th at mid-season.",
    ] {
        assert!(times(text, "2024-05-14").is_empty(), "{text}");
    }
    t!(
        "He scored 30 goals in the 2019-20 season.",
        "2023-09-01",
        [("2019", "DATE", "2019"), ("20", "DATE", "2020")]
    );
}

#[test]
fn a_bare_plural_object_or_told_before_a_verb_of_showing_up() {
    // `timex.commit_ahead`: a bare plural may be the object of a verb of
    // order ("urged lawmakers to"), and "told" binds a day ahead before a
    // verb of showing up (`appear_verb`). Said on Thursday 2024-04-18.
    for (text, day, value) in [
        (
            "Judge Merchan told jurors to return on Monday.",
            "Monday",
            "2024-04-22",
        ),
        (
            "The president urged lawmakers to pass the bill on Friday.",
            "Friday",
            "2024-04-19",
        ),
        (
            "A judge told the two men to appear in court on Tuesday.",
            "Tuesday",
            "2024-04-23",
        ),
        (
            "The union urged members to strike on Friday.",
            "Friday",
            "2024-04-19",
        ),
    ] {
        t!(text, "2024-04-18", [(day, "DATE", value)]);
        assert_ne!(
            times_without(text, "2024-04-18", "timex.commit_ahead")[0].2,
            value,
            "{text}"
        );
    }
    // "told" is no order otherwise, and a clause telling it done keeps
    // the day past.
    for (text, day, value) in [
        (
            "Police told protesters to leave the square on Thursday.",
            "Thursday",
            "2024-04-18",
        ),
        // A clause told in the past after the day, a past frame first.
        (
            "The mayor urged drivers to stay off the roads on Monday as the snow fell.",
            "Monday",
            "2024-04-15",
        ),
        (
            "The judge asked witnesses to return on Tuesday, when the hearing resumed.",
            "Tuesday",
            "2024-04-16",
        ),
        (
            "Police told him to leave on Monday, and he left.",
            "Monday",
            "2024-04-15",
        ),
    ] {
        t!(text, "2024-04-19", [(day, "DATE", value)]);
    }
}

#[test]
fn a_month_takes_the_year_the_text_set_the_story_in() {
    // `timex.scene_year`: a year that opens the sentence or the one
    // before, or one before an event's noun whose verb of taking place
    // dates the month.
    for (text, anchor, span, value) in [
        (
            "In 2019, the firm hired 200 people. In March it opened a plant.",
            "2023-06-12",
            "March",
            "2019-03",
        ),
        (
            "In 2019, the firm hired 200 people; in October it doubled its output.",
            "2023-06-12",
            "October",
            "2019-10",
        ),
        (
            "In late 2019, the virus emerged. By March, it had spread to 100 countries.",
            "2024-03-05",
            "March",
            "2019-03",
        ),
        (
            "The 2022 tournament ended in November.",
            "2024-03-05",
            "November",
            "2022-11",
        ),
        (
            "The 2017 summit opened in May in Beijing.",
            "2024-03-05",
            "May",
            "2017-05",
        ),
        (
            "In 2014, Russia annexed Crimea. In July, a jet was shot down.",
            "2016-07-21",
            "July",
            "2014-07",
        ),
    ] {
        let found = times(text, anchor);
        let got = found.iter().find(|t| t.0 == span).unwrap();
        assert_eq!(got.2, value, "{text}");
        let off = times_without(text, anchor, "timex.scene_year");
        let got = off.iter().find(|t| t.0 == span).unwrap();
        assert_ne!(got.2, value, "{text}");
    }
    // A month so dated carries the scene one sentence on.
    t!(
        "The 2022 tournament ended in November. Messi scored in the final on December 18.",
        "2024-03-05",
        [
            ("2022", "DATE", "2022"),
            ("November", "DATE", "2022-11"),
            ("December 18", "DATE", "2022-12-18")
        ]
    );
    // A verb of taking place in the future dates a month of a later year.
    t!(
        "The 2026 World Cup will begin in June.",
        "2024-05-10",
        [("2026", "DATE", "2026"), ("June", "DATE", "2026-06")]
    );
    // After the sentence came to the present, and after a quotation's
    // scene, the document dates the month.
    t!(
        "In 2019 the firm had 20 staff; it now has 200, after hiring in March.",
        "2024-05-10",
        [
            ("2019", "DATE", "2019"),
            ("now", "DATE", "PRESENT_REF"),
            ("March", "DATE", "2024-03")
        ]
    );
    t!(
        "\"In 2019, we lost everything,\" she said. In March, she moved to Ohio.",
        "2024-05-10",
        [("2019", "DATE", "2019"), ("March", "DATE", "2024-03")]
    );
    // Last year's scene leaves a month of this year already gone to the
    // document: the latest figure after the last year's.
    t!(
        "In 2019, the economy grew 2.3%. In January, exports fell 3%.",
        "2020-02-14",
        [("2019", "DATE", "2019"), ("January", "DATE", "2020-01")]
    );
    t!(
        "In 2019, the economy grew 2.3%. In November, exports fell 3%.",
        "2020-02-14",
        [("2019", "DATE", "2019"), ("November", "DATE", "2019-11")]
    );
    // No scene: a year elsewhere (TimeBank's "since 1980. In September"),
    // a date of another year named first, a sentence that speaks of the
    // future, a verb that is no event's taking place, two sentences on.
    for (text, value) in [
        (
            "Profits have doubled since 1980. In September, it announced a deal.",
            "2024-09",
        ),
        (
            "In 2019, the firm hired 200 people. On Tuesday, it said it had opened a plant in March.",
            "2024-03",
        ),
        (
            "In 2019, the firm hired 200 people. It will open a plant in March.",
            "2025-03",
        ),
        (
            "The 2020 election results were certified in January.",
            "2024-01",
        ),
        (
            "In 2019, the firm hired 200 people. It grew. In March it opened a plant.",
            "2024-03",
        ),
        // Another paragraph (a list of facts), a year ahead told in the
        // future before a month told in the past.
        (
            "In 2009, the administration raised a duty.\n\nIn March, it announced a tariff.",
            "2024-03",
        ),
        (
            "\"In 2030, we will all speak Chinese,\" one saying goes. In July, workers brawled.",
            "2024-07",
        ),
        // No event's noun after the year: a pact, a person, a count.
        ("The 2018 treaty ended in June.", "2024-06"),
        ("The 2021 runner-up finished fifth in August.", "2024-08"),
        ("The 1500 nurses began a walkout in May.", "2024-05"),
        // A quotation's year sets no scene for its attribution.
        (
            "\"In 2017, we had nothing,\" the coach told reporters in June.",
            "2024-06",
        ),
        ("\"In 2016 it all changed,\" he said in May.", "2024-05"),
        (
            "In 2015, the band split up. \"We still talk,\" the singer said in April.",
            "2024-04",
        ),
        // A year that qualifies a noun opens no scene.
        (
            "In 2018 prices, the bridge cost $1 billion. In June, work began.",
            "2024-06",
        ),
        (
            "In 2017's draft, the team picked a guard. In May, he signed.",
            "2024-05",
        ),
    ] {
        let found = times(text, "2024-10-05");
        assert_eq!(found.last().unwrap().2, value, "{text}");
    }
}

#[test]
fn a_year_earlier_after_a_month_is_that_month_a_year_back() {
    // `timex.month_earlier`.
    for (text, anchor, value) in [
        (
            "Retail sales rose 5% in January from a year earlier.",
            "2024-02-20",
            "2023-01",
        ),
        (
            "Prices were 1.2 percent higher in February than a year earlier.",
            "2016-03-01",
            "2015-02",
        ),
        (
            "Home prices in March were 3.7% higher than a year ago.",
            "2019-05-02",
            "2018-03",
        ),
    ] {
        assert_eq!(times(text, anchor).last().unwrap().2, value, "{text}");
        let off = times_without(text, anchor, "timex.month_earlier");
        assert_eq!(off.last().unwrap().2, &value[..4], "{text}");
    }
    // The first month of the main clause; none in a relative clause,
    // none when "a year earlier" is in one, none beside a quarter.
    for (text, value) in [
        (
            "Exports fell to $20 billion in May from $22 billion in April, and were $19 billion a year earlier.",
            "2023-05",
        ),
        (
            "The retailer, which cut prices in February, posted a loss, against a profit a year earlier.",
            "2023",
        ),
        (
            "She took office in January after Brown, who retired a year ago.",
            "2023",
        ),
        (
            "Third-quarter sales, published in October, fell 4% from a year earlier.",
            "2023-Q3",
        ),
        (
            "Profit for the first quarter, which ended in March, doubled from a year earlier.",
            "2023-Q1",
        ),
        (
            "Exports rose to $9 billion in May-August from $8 billion a year earlier.",
            "2023",
        ),
    ] {
        assert_eq!(times(text, "2024-11-20").last().unwrap().2, value, "{text}");
    }
    // Not a month of another sentence, nor one after "to".
    t!(
        "Sales fell in January. They were 5% lower than a year earlier.",
        "2024-02-20",
        [
            ("January", "DATE", "2024-01"),
            ("a year earlier", "DATE", "2023")
        ]
    );
}

#[test]
fn a_day_that_opens_a_plan_without_a_comma() {
    // `opens_a_plan`: the comma after an opening day may be left out,
    // and a part of the day may follow it. Said on Monday 2024-09-16.
    for (text, day, value) in [
        (
            "On Wednesday it is expected to cut rates.",
            "Wednesday",
            "2024-09-18",
        ),
        (
            "On Friday the jury is expected to begin deliberations.",
            "Friday",
            "2024-09-20",
        ),
        (
            "On Friday night, the jury is expected to begin deliberations.",
            "Friday night",
            "2024-09-20TNI",
        ),
        (
            "On Thursday, ministers are due to meet in Brussels.",
            "Thursday",
            "2024-09-19",
        ),
    ] {
        t!(
            text,
            "2024-09-16",
            [(day, if day.contains(' ') { "TIME" } else { "DATE" }, value)]
        );
    }
    // A verb in the past or a reporting verb first keeps the day past.
    for (text, day, value) in [
        (
            "On Friday the jury was expected to begin deliberations.",
            "Friday",
            "2024-09-13",
        ),
        (
            "On Friday the company said it expects to cut jobs.",
            "Friday",
            "2024-09-13",
        ),
        // So does a relative clause of the subject without a comma.
        (
            "On Thursday the judge who will hear the case was appointed.",
            "Thursday",
            "2024-09-12",
        ),
        (
            "On Friday the squad that will travel to Paris was announced.",
            "Friday",
            "2024-09-13",
        ),
    ] {
        t!(text, "2024-09-16", [(day, "DATE", value)]);
    }
}
