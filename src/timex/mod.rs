//! Time expressions (TIMEX3 DATE, TIME, DURATION, SET), normalised against
//! the document date.
//!
//! A token-based matcher: each sentence's tokens become lower-case "words"
//! (hyphenated words split into their parts, so "third-quarter" reads as
//! "third quarter" and "five-year" as "five year"), and at each word every
//! pattern of the registry (`patterns::ALL`, one file per family under
//! `patterns/`) is tried, each looking ahead a bounded number of words.
//! The longest match wins and matching resumes after it, so the work is
//! linear in the text. Values follow the TIMEX3 conventions of TimeBank:
//! `2025-07-03`, `2025-W26`, `2015-Q3`, `199` (the 1990s), `P3Y`, `PT2H`,
//! `XXXX-WXX-1`, `PRESENT_REF`. Without a document date, relative values
//! stay underspecified (`XXXX-XX-XX`) rather than wrong.
//!
//! The patterns read words through `read` (names of months and weekdays,
//! numbers, counts), `terms` (the phrase table `data/timex/terms.txt`) and
//! `tense` (whether a date without a year lies ahead or behind), and build
//! values with `value`; `focus` tells a date of the narrative from an
//! aside's or the day a source spoke; `matcher` holds the words, the state
//! kept across sentences and the loop over the registry.

mod focus;
mod matcher;
mod patterns;
mod read;
mod tense;
mod terms;
mod value;

use focus::{quoted_tokens, Frame};

#[cfg(test)]
mod tests;

use crate::document::Time;
use crate::names::gazetteer::Gazetteer;
use crate::segment::{Structure, TokenKind};
use crate::text::calendar::{self, Date};
use crate::text::span::Span;
use crate::text::words::{all_capitals, is_function_word};
use crate::{Pass, Switches};

use matcher::{push_words_before, DocState, Matcher, Word};
use read::speaks_of_several_quarters;
use terms::{term_at, Class, Cue};

/// Finds the time expressions of the normalised `text`, with values resolved
/// against `anchor` when it is known. Spans are in normalised bytes.
/// `gazetteer` tells a given name from other words (`timex.holiday_name`:
/// "illustrator Johnnie Christmas" is no date).
pub fn extract(
    text: &str,
    structure: &Structure,
    anchor: Option<Date>,
    gazetteer: &Gazetteer,
    switches: &Switches,
) -> Vec<Time> {
    let patterns: Vec<&'static patterns::Pattern> = patterns::ALL
        .iter()
        .filter(|pattern| switches.is_on(pattern.pass.name))
        .collect();
    let mut out = Vec::new();
    let mut state = DocState {
        match_report: reports_a_match(text, structure),
        quote_day: switches.is_on(QUOTE_DAY.name),
        dateline_end: structure.dateline.map_or(0, |d| d.span.end),
        ..DocState::default()
    };
    let mut words = Vec::new();
    let mut quoted = Vec::new();
    let mut quote_runs = Vec::new();
    let slash_years = switches.is_on(SLASH_YEARS.name);
    let sentences = &structure.sentences;
    let mut next = 0;
    while next < sentences.len() {
        // A photo caption's dates are when its picture was taken: the
        // story's time stays where it was, as if the caption were not there.
        let caption = sentences[next].caption && switches.is_on(CAPTION.name);
        state.sentence_dates.clear();
        if !caption {
            state.since_date += 1;
            // A scene year reaches one sentence on (`timex.scene_year`).
            state.scene_before = state.scene_now.take();
            state.scene_left = false;
        }
        // A quotation runs on over sentences, not over paragraphs (each
        // paragraph of a long quotation opens with its own mark).
        if next > 0 && sentences[next - 1].paragraph != sentences[next].paragraph {
            state.quote_depth = 0;
            state.carried = Frame::default();
            // A paragraph is a fact of its own: "In 2009, ... .\n\nIn
            // March, ..." in a list of items dates March by the document.
            state.scene_before = None;
            state.attributed = None;
            state.last_quoted = false;
        }
        words.clear();
        let mut tokens = sentences[next].tokens.clone();
        next += 1;
        // "Dec. 28-Jan. 3": the period of a month inside a hyphenated
        // token ends no sentence when a day follows.
        while let Some(after) = sentences
            .get(next)
            .filter(|s| s.tokens.start == tokens.end && cuts_a_range(text, structure, s))
        {
            tokens.end = after.tokens.end;
            next += 1;
        }
        let open_before = state.quote_depth > 0;
        let quoted_tokens = quoted_tokens(
            text,
            &structure.tokens,
            tokens.clone(),
            &mut state.quote_depth,
        );
        quoted.clear();
        let sentence_tokens = &structure.tokens[tokens];
        for (k, token) in sentence_tokens.iter().enumerate() {
            let next = sentence_tokens.get(k + 1).map(|t| &text[t.span.range()]);
            push_words_before(text, token.span, token.kind, next, slash_years, &mut words);
            quoted.resize(words.len(), quoted_tokens.get(k).copied().unwrap_or(false));
        }
        // Number the stretches of quoted words over the document.
        quote_runs.clear();
        for &inside in &quoted {
            if inside && !state.last_quoted {
                state.quote_runs += 1;
            }
            state.last_quoted = inside;
            quote_runs.push(if inside { state.quote_runs } else { 0 });
        }
        let future = (0..words.len())
            .any(|k| term_at(&words, k, Class::Future).is_some_and(|(_, v)| v == "sentence"));
        // A headline in title case ("Meeting Scheduled For Next Week")
        // capitalises every word: a capital there marks no title. Its
        // single quotation marks, read once for the sentence.
        let title_line = switches.is_on(TITLE_LINE.name) && is_title_line(&words);
        let single_quoted = if title_line {
            single_quoted(&words)
        } else {
            Vec::new()
        };
        let mut matcher = Matcher {
            words: &words,
            title_line,
            single_quoted: &single_quoted,
            anchor,
            future,
            several_quarters: speaks_of_several_quarters(&words),
            state: &mut state,
            quoted: &quoted,
            quote_runs: &quote_runs,
            frame: Frame::default(),
            patterns: &patterns,
            narrative_clock: switches.is_on(NARRATIVE_CLOCK.name),
            zone_day: switches.is_on(ZONE_DAY.name),
            caption,
            count_before_plural: switches.is_on(COUNT_BEFORE_PLURAL.name),
            days_later: switches.is_on(DAYS_LATER.name),
            present_clause: switches.is_on(PRESENT_CLAUSE.name),
            point_preposition: switches.is_on(POINT_PREPOSITION.name),
            set_noun: switches.is_on(SET_NOUN.name),
            clock_ago: switches.is_on(CLOCK_AGO.name),
            now_and_then: switches.is_on(NOW_AND_THEN.name),
            name_in_ed: switches.is_on(NAME_IN_ED.name),
            owned_every: switches.is_on(OWNED_EVERY.name),
            vague_week: switches.is_on(VAGUE_WEEK.name),
            holiday_name: switches.is_on(HOLIDAY_NAME.name),
            day_in_name: switches.is_on(DAY_IN_NAME.name),
            next_week: switches.is_on(NEXT_WEEK.name),
            same_past: switches.is_on(SAME_PAST.name),
            count_plus: switches.is_on(COUNT_PLUS.name),
            modal_ahead: switches.is_on(MODAL_AHEAD.name),
            every_single: switches.is_on(EVERY_SINGLE.name),
            to_ahead: switches.is_on(TO_AHEAD.name),
            holiday_object: switches.is_on(HOLIDAY_OBJECT.name),
            closed_long: switches.is_on(CLOSED_LONG.name),
            commit_nearest: switches.is_on(COMMIT_NEAREST.name),
            commit_ahead: switches.is_on(COMMIT_AHEAD.name),
            season_ahead: switches.is_on(SEASON_AHEAD.name),
            be_stretch: switches.is_on(BE_STRETCH.name),
            later_that: switches.is_on(LATER_THAT.name),
            reported_one_day: switches.is_on(REPORTED_ONE_DAY.name),
            day_subject: switches.is_on(DAY_SUBJECT.name),
            year_before: switches.is_on(YEAR_BEFORE.name),
            tomorrow_noun: switches.is_on(TOMORROW_NOUN.name),
            quoted_title: switches.is_on(QUOTED_TITLE.name),
            counted_nights: switches.is_on(COUNTED_NIGHTS.name),
            month_ahead: switches.is_on(MONTH_AHEAD.name),
            scene_year: switches.is_on(SCENE_YEAR.name),
            month_earlier: switches.is_on(MONTH_EARLIER.name),
            gazetteer,
        };
        let frame = matcher
            .read_frame()
            .attributed(&mut matcher.state.attributed);
        matcher.frame = if open_before {
            matcher.state.carried.and(frame)
        } else {
            frame
        };
        let mut idx = 0;
        while idx < words.len() {
            match matcher.match_at(idx) {
                Some((start, found)) if found.end > start => {
                    // A day, a month or a year of a range written as one
                    // token ("16-19", "Dec. 28-Jan. 3", "1998-99") is a
                    // time of its own.
                    let in_range = |w: &Word| {
                        w.token != w.span
                            && text[w.token.range()].split(['-', '/']).all(|part| {
                                part.bytes().all(|b| b.is_ascii_digit())
                                    || calendar::month_of(part).is_some()
                            })
                    };
                    let (first, last) = (&words[start], &words[found.end - 1]);
                    let span = Span::new(
                        if in_range(first) {
                            first.span.start
                        } else {
                            first.token.start
                        },
                        if in_range(last) {
                            last.span.end
                        } else {
                            last.token.end
                        },
                    );
                    // Hyphen parts of one token may match twice; keep the first.
                    if out.last().is_none_or(|t: &Time| t.end <= span.start) {
                        out.push(Time {
                            start: span.start,
                            end: span.end,
                            text: text[span.range()].to_string(),
                            kind: found.kind.to_string(),
                            value: found.value,
                            zone: found.zone.map(str::to_string),
                        });
                    }
                    idx = found.end;
                }
                _ => idx += 1,
            }
        }
        // A quotation still open runs on into the next sentence with the
        // frame it was said in.
        matcher.state.carried = if matcher.state.quote_depth > 0 {
            matcher.frame
        } else {
            Frame::default()
        };
    }
    out
}

/// Whether `sentence` was cut from the one before it inside a range of
/// dates written with a dash: the one before ends in a month's period
/// after a dash ("closed Dec. 28-Jan.") and this one opens with a day
/// ("3 for inventory").
fn cuts_a_range(text: &str, structure: &Structure, sentence: &crate::segment::Sentence) -> bool {
    let tokens = &structure.tokens;
    let start = sentence.tokens.start;
    let (Some(period), Some(month), Some(day)) = (
        start.checked_sub(1).and_then(|k| tokens.get(k)),
        start.checked_sub(2).and_then(|k| tokens.get(k)),
        tokens.get(start),
    ) else {
        return false;
    };
    let day = &text[day.span.range()];
    &text[period.span.range()] == "."
        && month.kind == TokenKind::Word
        && text[month.span.range()]
            .rsplit_once('-')
            .is_some_and(|(_, m)| calendar::month_of(m).is_some())
        && (1..=2).contains(&day.len())
        && day.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

/// The time spans of `text`, for layers that must not count a year or a
/// day of the month as a number of their own. No gazetteer: a holiday
/// after a given name holds no number either way.
pub fn spans(text: &str, structure: &Structure, switches: &Switches) -> Vec<Span> {
    extract(text, structure, None, &Gazetteer::empty(), switches)
        .into_iter()
        .map(|t| Span::new(t.start, t.end))
        .collect()
}

/// A rule of the matcher that is no pattern of its own: it decides the
/// day of the clock times `timex.time_of_day` reads.
pub(crate) const NARRATIVE_CLOCK: Pass = Pass {
    name: "timex.narrative_clock",
    about: crate::passes::about("a clock time told in the past without a day of its own falls on the last day of the narrative, not the document date: held on Sunday ... the polls closed at 22:30"),
};

/// A rule of the matcher: the day of a wall time whose aside gives the
/// universal time and its day.
pub(crate) const ZONE_DAY: Pass = Pass {
    name: "timex.zone_day",
    about: crate::passes::about("a wall time takes the day of the GMT or UTC time in its aside, moved across midnight: 8 p.m. EDT (0000 GMT Wednesday) is Tuesday"),
};

/// A rule of the matcher: the dates of a photo caption (a sentence the
/// segmenter marks `caption`) are times, but not the story's.
pub(crate) const CAPTION: Pass = Pass {
    name: "timex.caption",
    about: crate::passes::about("a photo caption's dates (Sunak on October 25, 2022. Image: UK Government.) put no date in the story's focus for the sentences after it"),
};

/// A rule of `timex.year`: a number before a plural noun that would be a
/// year long before the story counts the noun.
pub(crate) const COUNT_BEFORE_PLURAL: Pass = Pass {
    name: "timex.count_before_plural",
    about: crate::passes::about("a number before a plural noun that, as a year, would lie over a century before the document date counts it: a survey of 1709 schoolchildren"),
};

/// A rule of the matcher: "a day later" moves the story's day on.
pub(crate) const DAYS_LATER: Pass = Pass {
    name: "timex.days_later",
    about: crate::passes::about("a count of days and 'later' moves the story's day on by as many days, for a clock time after it: met on Sept. 10 ... A day later, gunfire at 9:42 p.m."),
};

/// A rule of the year of a month or a day given without one.
pub(crate) const PRESENT_CLAUSE: Pass = Pass {
    name: "timex.present_clause",
    about: crate::passes::about("a date ahead in the calendar that opens a clause told in the present is the one to come, not last year's: On Dec. 1, that changes (said in July)"),
};

/// A rule of the matcher on the modifiers it keeps in a span.
pub(crate) const POINT_PREPOSITION: Pass = Pass {
    name: "timex.point_preposition",
    about: crate::passes::about("a bound of a count that is also a preposition (over, under) stays out of the span of a point named without a unit: over 2000 - 2050, not over three years"),
};

/// A rule of `timex.set`: a frequency word used as a noun.
pub(crate) const SET_NOUN: Pass = Pass {
    name: "timex.set_noun",
    about: crate::passes::about("a frequency word written small before 'of' is a noun, a payment or a paper, not a SET: its initial quarterly of five cents"),
};

/// A rule of `timex.counted_unit`: a count of hours, minutes or seconds
/// before "ago".
pub(crate) const CLOCK_AGO: Pass = Pass {
    name: "timex.clock_ago",
    about: crate::passes::about("a count of hours, minutes or seconds before 'ago' keeps its count and names the day it reaches back to from the document date: just over 24 hours ago is yesterday, two hours ago today"),
};

/// A rule of `timex.reference`: the idiom "(every) now and then".
pub(crate) const NOW_AND_THEN: Pass = Pass {
    name: "timex.now_and_then",
    about: crate::passes::about("'now and then', 'now and again' say how often, not when: every now and again is no PRESENT_REF (between now and then still is)"),
};

/// A rule of the tense of a day that opens a plan.
pub(crate) const NAME_IN_ED: Pass = Pass {
    name: "timex.name_in_ed",
    about: crate::passes::about("a capitalised word in -ed inside a sentence is a name, not a verb in the past that ends a plan: On Wednesday, Mohamed and his father are to travel (the coming Wednesday)"),
};

/// A rule of `timex.set`: "every day" owned by a possessive.
pub(crate) const OWNED_EVERY: Pass = Pass {
    name: "timex.owned_every",
    about: crate::passes::about("'every day' after a possessive and before a noun is the adjective everyday, no SET: people's every day lives, his every day life"),
};

/// A rule of `timex.story_relative`: "the following week" after a date
/// coarser than a day.
pub(crate) const VAGUE_WEEK: Pass = Pass {
    name: "timex.vague_week",
    about: crate::passes::about("'that week', 'the following week', 'the previous week' after a year or a month named is a week of that year, not said which (2015-WXX), a DATE, not the length P1W"),
};

/// A rule of `timex.holiday`: a holiday word that ends a person's name.
pub(crate) const HOLIDAY_NAME: Pass = Pass {
    name: "timex.holiday_name",
    about: crate::passes::about("a holiday word right after a capitalised given name that is no time word is a surname, no date: illustrator Johnnie Christmas, Mark Easter"),
};

/// A rule of `timex.weekday` and `timex.relation`: a day or a season
/// word inside a proper name.
pub(crate) const DAY_IN_NAME: Pass = Pass {
    name: "timex.day_in_name",
    about: crate::passes::about("in a sentence that is not in title case, a weekday after an article (and capitalised words), or a capitalised season after last/next, before a capitalised word that no time reads and that is no person, title, people or place of the gazetteer, is a word of a name, no time: The Sunday Times, the Tuesday Group, the Good Friday Agreement, the next Winter Games; not On Monday President Obama, the Sunday Paris attacks"),
};

/// A rule of the matcher's words: a fiscal year or a season written
/// with a slash.
pub(crate) const SLASH_YEARS: Pass = Pass {
    name: "timex.slash_years",
    about: crate::passes::about("two years in a row written with a slash, a fiscal year or a season, are two years as 2008-09 is: the 2008/09 budget, the 2010/2011 season"),
};

/// A rule of `timex.story_relative`: "the next week" told in the past.
pub(crate) const NEXT_WEEK: Pass = Pass {
    name: "timex.next_week",
    about: crate::passes::about("'the next week' in a clause told in the past after a date named is the week after it, as 'the following week' is, not the length P1W: met on March 3 and again the next week"),
};

/// A rule of `timex.present_clause`: a verb whose past is spelt as its
/// present.
pub(crate) const SAME_PAST: Pass = Pass {
    name: "timex.same_past",
    about: crate::passes::about("a word in -s before a verb whose past is spelt as its present (hit, cut, set) is a plural noun, no verb in the present that makes a date ahead the coming one: In December, the oil prices hit a low (last December)"),
};

/// A rule of the counts that `timex.counted_unit` reads.
pub(crate) const COUNT_PLUS: Pass = Pass {
    name: "timex.count_plus",
    about: crate::passes::about("a count joined to 'plus' is at least that count, and the length keeps it: 15-plus years (P15Y), the past four-plus months (P4M)"),
};

/// A rule of the tense of a date without a year or week: a modal of
/// what may come.
pub(crate) const MODAL_AHEAD: Pass = Pass {
    name: "timex.modal_ahead",
    about: crate::passes::about("a modal of possibility before its verb (could, might, may, can; not before have or not) puts a month without a year ahead, as will does: she could win in November (said in May, this November); a weekday keeps its reading"),
};

/// A rule of `timex.set`: a word of force between "every" and its unit.
pub(crate) const EVERY_SINGLE: Pass = Pass {
    name: "timex.every_single",
    about: crate::passes::about("'single' between 'every' and its unit leaves the rate as it is: every single day (P1D), as every day"),
};

/// A rule of the tense of a month without a year: an infinitive looks
/// ahead.
pub(crate) const TO_AHEAD: Pass = Pass {
    name: "timex.to_ahead",
    about: crate::passes::about("'to' before a bare verb, an infinitive of aim no verb in the past governs, puts a month without a year ahead, or a weekday that is not the day before the document date: the best chance to win in November (said in May, this November), a chance to win on Saturday; not 'went there to campaign in June', and a verb of a scheduled event after such a 'to' is no cue: 'went to Paris to meet him on Monday'"),
};

/// A rule of `timex.holiday`: a holiday word before a thing named for it.
pub(crate) const HOLIDAY_OBJECT: Pass = Pass {
    name: "timex.holiday_object",
    about: crate::passes::about("a holiday word before a lower-case noun of a thing named for the holiday or held at it names a kind of thing, no day: Christmas trees, a Christmas party, Halloween masks, a Christmas market, the Easter egg hunt"),
};

/// A rule of `timex.counted_unit`: a unit and "long" written as one word.
pub(crate) const CLOSED_LONG: Pass = Pass {
    name: "timex.closed_long",
    about: crate::passes::about("a unit and 'long' written as one word lasts one unit, as 'day-long' does: a daylong meeting (P1D), an hourlong show (PT1H), a yearlong fight (P1Y)"),
};

/// A rule of the tense of a month without a year: what a past promise
/// binds to.
pub(crate) const COMMIT_NEAREST: Pass = Pass {
    name: "timex.commit_nearest",
    about: crate::passes::about("a month in an infinitive after a verb of commitment in the past (agreed, promised, vowed to) is the nearest such month, behind or ahead: agreed to buy the line in February (said in October, next February); agreed to let him use it in late November (said in January, last November)"),
};

/// A rule of `timex.story_relative`: "later that day" after a month.
pub(crate) const LATER_THAT: Pass = Pass {
    name: "timex.later_that",
    about: crate::passes::about("'later that day' or 'earlier that day' after a month or a year named is a day of it, not known which, as 'that same day' is: predicted in March ... later that day (2016-03-XX)"),
};

/// A rule of the tense of a month without a year: the story's month
/// ahead.
pub(crate) const MONTH_AHEAD: Pass = Pass {
    name: "timex.month_ahead",
    about: crate::passes::about("a month named ahead of the document date, by a cue of the future or a year, stays ahead when the story names it again without a year and no verb in the past dates it: will vote in November ... her chances in November (said in March, this November)"),
};

/// A rule of `timex.deictic`: "today" in a quotation.
pub(crate) const QUOTE_DAY: Pass = Pass {
    name: "timex.quote_day",
    about: crate::passes::about("today, tonight, tomorrow, yesterday (yesterday morning, tomorrow night) inside a quotation count from when it was said: the day named at its reporting verb (said Thursday); with no time named outside it and a reporting verb in the past, the story's first day named (a weekday, a date or the narrative's yesterday, outside quotations), when that is one or two days before the document date: Yesterday ... the coach said, \"we learned a lot from today's game\" (yesterday's); another time outside it (this morning, last week) or a verb in the present (says) keeps the document date"),
};

/// A rule of `timex.counted_unit`: "one day" after a reporting verb.
pub(crate) const REPORTED_ONE_DAY: Pass = Pass {
    name: "timex.reported_one_day",
    about: crate::passes::about("'one day' right after a reporting verb (said, believes, predicted) and before the reported clause's subject (the, his, he, a name) opens that clause, as after 'that': some day to come with a modal or a cue of the future in it (he said one day the country might join: FUTURE_REF), no time without one (he said one day he found it); 'one day of talks', 'one day later', 'one day was enough', 'said one day without power could cost', 'added one day to the festival' still count a day"),
};

/// A rule of `timex.story_relative`: "The day" as a sentence's subject.
pub(crate) const DAY_SUBJECT: Pass = Pass {
    name: "timex.day_subject",
    about: crate::passes::about("'The day' that opens its sentence as the subject of a verb in the simple past is the day the story's narrative has reached, within a week before the document date: Voters went to the polls on Sunday. The day began with long queues (Sunday's date); no time when the narrative named no such day; 'The day of the vote', 'The day he left', 'The day was declared a holiday', 'The day dedicated to' are not"),
};

/// A rule of `timex.story_relative`: "the year before" standing alone.
pub(crate) const YEAR_BEFORE: Pass = Pass {
    name: "timex.year_before",
    about: crate::passes::about("'the year before', 'the day after', 'the week before', 'the month after' standing alone (before a punctuation mark, a preposition or a verb) count from the date in focus, as 'the previous year' and 'the following day' do: Sales fell in 2009. The year before, they had risen (2008); a month or a year from the last date that knows it and is not a source's speaking day, a week from the last week named, none after a year alone; a comparison (up from a revised 2.3% the month before, from a year earlier) leaves the focus; 'the day before the debate', whose event has no date here, is left; 'the night before' is that part of the day before (2024-03-02TNI), 'the quarter before' the quarter before the one named or reported; 'the year before last', 'the week before last', 'the quarter before last' go two back from the document date, as 'last year' does, whatever is in focus; inside a quotation a day, a week or a part of a day counts from a day the quotation named before it (in an earlier sentence of it too), else from the story's last day before the quotation that is no source's speaking day (The storm hit on Friday. 'The day before, we had no warning': Thursday), never from the speaking day itself ('I disavowed Duke the day before,' Trump said Monday: no time)"),
};

/// A rule of `timex.deictic`: "tomorrow" as a noun.
pub(crate) const TOMORROW_NOUN: Pass = Pass {
    name: "timex.tomorrow_noun",
    about: crate::passes::about("'tomorrow' right after 'no' (there is no tomorrow), an article ('The' too) or a possessive that is no pronoun (a tomorrow where, our tomorrow depends, their tomorrow; not 'could be his tomorrow', nor 'our tomorrow meeting was cancelled', a noun with a verb of its own after it) or after one and an adjective of hope (a better tomorrow, a brighter tomorrow) is the age to come, as in 'the cars of tomorrow': no time; 'a job tomorrow', 'the vote tomorrow' are still the next day"),
};

/// A rule of `timex.counted_unit`: a count of nights.
pub(crate) const COUNTED_NIGHTS: Pass = Pass {
    name: "timex.counted_nights",
    about: crate::passes::about("a count of two to fourteen whole nights is a length in days, as ISO 8601 has no unit of nights: for two nights (P2D), three straight nights (P3D), the past two nights; 'Tuesday nights' stays a SET, 'one night', '12 million nights', '2.5 nights', 'ran for ten nights', 'concerts over five nights' are left"),
};

/// A rule of the titles in `read.rs`: a capitalised time word that is a
/// whole quotation.
pub(crate) const QUOTED_TITLE: Pass = Pass {
    name: "timex.quoted_title",
    about: crate::passes::about("a capitalised time word that is all of a quotation in a title's place names a show, a song or a book, no time: after a possessive or an acronym (told NBC's “Today” on Monday), after a title_before word of data/timex/contexts.txt (appeared on “Today”, the song “Yesterday”, host of ''Today''), before a title_after noun (the “Today” show); after a speech verb, a copula or another verb (Trump said “Today.”, her answer was “Yesterday.”) or where a sentence begins (“Tomorrow,” he said) it is still a time"),
};

/// A rule of the tense of a weekday: what a past promise or order binds
/// comes after it.
pub(crate) const COMMIT_AHEAD: Pass = Pass {
    name: "timex.commit_ahead",
    about: crate::passes::about("a weekday in an infinitive after a verb of commitment or order in the past (agreed, voted, ordered him, asked the court, urged lawmakers to; told jurors to before a verb of showing up) is the coming one: agreed to continue talks into Wednesday, ordered him to return to court on Thursday (said on a Tuesday, this week's); the object may stand before 'to', for months too (timex.commit_nearest)"),
};

/// A rule of `timex.season`: a season after a cue of the future.
pub(crate) const SEASON_AHEAD: Pass = Pass {
    name: "timex.season_ahead",
    about: crate::passes::about("a season without a year after a cue of the future, in no clause told in the past, is the coming one, or the one under way: the next march would be held in the spring (said in June, next spring)"),
};

/// A rule of the year of a month: the year the text set the story in.
pub(crate) const SCENE_YEAR: Pass = Pass {
    name: "timex.scene_year",
    about: crate::passes::about("a month or a day without a year takes the year the text set the story in: one that opens its sentence or the one before (In 2019, the firm hired 200 people. In March it opened a plant: 2019-03), one before an event's noun whose verb of taking place dates the month (The 2022 tournament ended in November: 2022-11), and on to the next sentence from a month so dated; not after a date of another year in the sentence, nor for an earlier year in a sentence that speaks of the future, nor last year's for a month of this year already gone (In 2019, the economy grew. In January, exports fell, said in February 2020: 2020-01); a year elsewhere (since 1980. In September) sets no scene"),
};

/// A rule of `ago`: "a year earlier" after a month.
pub(crate) const MONTH_EARLIER: Pass = Pass {
    name: "timex.month_earlier",
    about: crate::passes::about("'a year earlier' or 'a year ago' after a month named with 'in' or 'for' earlier in its sentence is that month a year back, as after a quarter: Sales rose 5% in January from a year earlier (2023-01, said in February 2024)"),
};

/// A rule of `timex.counted_unit`: a bare plural unit after "be".
pub(crate) const BE_STRETCH: Pass = Pass {
    name: "timex.be_stretch",
    about: crate::passes::about("a bare plural unit right after a form of 'be', before a word that opens a wait (before, until, away, long, since), is a stretch of unsaid length: it could be weeks before aid arrives (PXW), the vote is months away, lines can be hours long"),
};

/// A rule of the titles in `read.rs`: a headline in title case.
pub(crate) const TITLE_LINE: Pass = Pass {
    name: "timex.title_line",
    about: crate::passes::about("in a sentence whose every word of four letters or more but acronyms is capitalised, a headline ('EU Leaders Meet Tomorrow') ('Meeting Scheduled For Next Week', 'Work Starts Tomorrow'), a capitalised time word is still a time, not a title; still a title inside quotation marks, double or single ('Person Of The Year'), in a weekday's show ('Saturday Night Live'), after 'Of The' and a capitalised word ('Player Of The Year'), between 'The' or 'This' and a capitalised word ('The Tonight Show'), 'Today'/'Tonight' after a capitalised word that is no function word when that word opens the line, follows 'Of', is an acronym or a programme_word ('Russia Today Fined', 'Editors Of Psychology Today', 'USA Today', 'World News Tonight'; not 'Markets Rally Today', 'GOP Debate Tonight'), 'This Morning' after an acronym ('CBS This Morning'), a day word before a title_after noun ('Today Show Host'), or a count in words of a plural unit before 'A', a capitalised noun and a capitalised verb ('Twelve Years A Slave Wins'; not 'Ten Years A Mayor, Smith Steps Down')"),
};

/// Whether a sentence is a headline in title case: at least three words
/// of four letters or more besides acronyms, each capitalised; shorter
/// words ("for", "to") may stay in lower case, and acronyms ("NASA Launches
/// Probe Monday", "EU Leaders Meet Tomorrow") stand as they are, counted
/// for nothing: a line all in capitals is none.
fn is_title_line(words: &[Word]) -> bool {
    let mut n_long = 0;
    for w in words.iter().filter(|w| w.kind == TokenKind::Word) {
        let letters = w.text.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2 && all_capitals(w.text) {
            continue;
        }
        if w.text.chars().count() >= 4 {
            if !w.text.starts_with(char::is_uppercase) {
                return false;
            }
            n_long += 1;
        }
    }
    n_long >= 3
}

/// For each word of a sentence, whether it stands inside single quotation
/// marks, read once, left to right: "‘" or a "'" with a space before and a
/// letter after opens a quotation; "’" or a "'" after a letter and before
/// a space or a punctuation mark closes an open one. An apostrophe of a
/// possessive ("Voters' Guide") with none open is no mark.
fn single_quoted(words: &[Word]) -> Vec<bool> {
    let mut open = false;
    let mut inside = Vec::with_capacity(words.len());
    for (k, w) in words.iter().enumerate() {
        let is_mark = w.kind == TokenKind::Punct && matches!(w.text, "‘" | "’" | "'");
        if !is_mark {
            inside.push(open);
            continue;
        }
        let prev = k.checked_sub(1).map(|j| &words[j]);
        let next = words.get(k + 1);
        let glued_before = prev.is_some_and(|p| p.span.end == w.span.start);
        let letter_after = next.is_some_and(|n| {
            n.span.start == w.span.end && n.text.starts_with(char::is_alphanumeric)
        });
        let spaced_after =
            next.is_none_or(|n| n.span.start > w.span.end || n.kind == TokenKind::Punct);
        if !open && (w.text == "‘" || (w.text == "'" && !glued_before && letter_after)) {
            open = true;
        } else if open && (w.text == "’" || (w.text == "'" && glued_before && spaced_after)) {
            open = false;
        }
        inside.push(open);
    }
    inside
}

/// Whether the time word at `idx` of a headline is part of a name or a
/// title all the same (`timex.title_line`).
fn name_in_headline(m: &Matcher, idx: usize) -> bool {
    let lower = m.lower(idx);
    let capital_word = |k: usize| {
        m.words.get(k).is_some_and(|w| {
            w.kind == TokenKind::Word && m.is_capitalised(k) && !is_function_word(&w.lower)
        })
    };
    // "Saturday Night Live", "Monday Night Football".
    let weekday_show = idx > 0
        && m.weekday(idx - 1).is_some()
        && m.term(idx, Class::Part).is_some()
        && capital_word(idx + 1);
    // "Player Of The Year", "Employee Of The Month".
    let of_the = idx > 2
        && matches!(lower, "year" | "month" | "week")
        && m.words[idx - 1].text == "The"
        && m.words[idx - 2].text == "Of"
        && capital_word(idx - 3);
    // "The Tonight Show", "This Morning Live"; "CBS This Morning", a
    // network's acronym before it.
    let show = idx > 0
        && matches!(m.words[idx - 1].text, "The" | "This")
        && (m.term(idx, Class::Deictic).is_some() || m.term(idx, Class::Part).is_some())
        && (capital_word(idx + 1) || (idx > 1 && all_capitals(m.words[idx - 2].text)));
    // "Russia Today Fined", "USA Today Names", "CNN Tonight: ...": a name
    // of one word before it, the line's first; "Editors Of Psychology
    // Today Resign", after "Of" and one; "NBC Today Show", after an
    // acronym; "World News Tonight", after a `programme_word` of
    // `data/timex/contexts.txt`. Not "Markets Rally Today", "GOP Debate
    // Tonight", "Senate Votes On Budget Today": a verb, a day.
    let after_name = idx > 0
        && matches!(lower, "today" | "tonight")
        && capital_word(idx - 1)
        && (idx == 1
            || (idx > 1 && m.is(idx - 2, "of"))
            || all_capitals(m.words[idx - 1].text)
            || m.is_cue(idx - 1, Cue::ProgrammeWord));
    // "Today Show Host Leaves NBC", "Radio Four's Today Programme": a
    // `title_after` noun of `data/timex/contexts.txt` after it.
    let before_title_noun = m.term(idx, Class::Deictic).is_some()
        && m.is_capitalised(idx + 1)
        && m.is_cue(idx + 1, Cue::TitleAfter);
    // "Twelve Years A Slave Wins Best Picture": a count in words of a
    // plural unit, then a capital "A" or "An", a capitalised word that is
    // no unit, and a capitalised word right after it (the headline's
    // verb) name a film or a book, not a length; "Ten Years A Mayor,
    // Smith Steps Down", "Two Years A Captive: Hostage Freed" are lengths.
    let count_a = m.term(idx, Class::Unit).is_some()
        && lower.ends_with('s')
        && idx > 0
        && m.words[idx - 1].kind == TokenKind::Word
        && m.is_capitalised(idx - 1)
        && m.count(idx - 1).is_some()
        && matches!(m.words.get(idx + 1).map(|w| w.text), Some("A" | "An"))
        && capital_word(idx + 2)
        && m.unit(idx + 2).is_none()
        && capital_word(idx + 3);
    weekday_show || of_the || show || after_name || before_title_noun || count_a
}

/// The rule passes of this stage, one per pattern family, in the order
/// the matcher tries them, then the matcher's own rules.
pub fn passes() -> impl Iterator<Item = &'static Pass> {
    patterns::ALL.iter().map(|pattern| &pattern.pass).chain([
        &NARRATIVE_CLOCK,
        &ZONE_DAY,
        &CAPTION,
        &COUNT_BEFORE_PLURAL,
        &DAYS_LATER,
        &PRESENT_CLAUSE,
        &POINT_PREPOSITION,
        &SET_NOUN,
        &CLOCK_AGO,
        &NOW_AND_THEN,
        &NAME_IN_ED,
        &OWNED_EVERY,
        &VAGUE_WEEK,
        &HOLIDAY_NAME,
        &DAY_IN_NAME,
        &SLASH_YEARS,
        &NEXT_WEEK,
        &SAME_PAST,
        &COUNT_PLUS,
        &MODAL_AHEAD,
        &EVERY_SINGLE,
        &TO_AHEAD,
        &HOLIDAY_OBJECT,
        &CLOSED_LONG,
        &COMMIT_NEAREST,
        &COMMIT_AHEAD,
        &SEASON_AHEAD,
        &SCENE_YEAR,
        &MONTH_EARLIER,
        &BE_STRETCH,
        &LATER_THAT,
        &MONTH_AHEAD,
        &QUOTE_DAY,
        &REPORTED_ONE_DAY,
        &DAY_SUBJECT,
        &YEAR_BEFORE,
        &TOMORROW_NOUN,
        &QUOTED_TITLE,
        &COUNTED_NIGHTS,
        &TITLE_LINE,
    ])
}

/// Whether the article reports a sports match: two or more different words
/// of the `match_word` class ("scored", "halftime", "goalkeeper").
fn reports_a_match(text: &str, structure: &Structure) -> bool {
    let mut first: Option<&str> = None;
    for token in &structure.tokens {
        let word = &text[token.span.range()];
        if word.len() > 12 || !word.starts_with(|c: char| c.is_ascii_lowercase()) {
            continue;
        }
        if terms::cue(word, terms::Cue::MatchWord) {
            match first {
                Some(w) if w != word => return true,
                _ => first = Some(word),
            }
        }
    }
    false
}
