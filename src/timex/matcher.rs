//! The matcher core: a sentence as words, what a pattern returns, what
//! is remembered across sentences, and the loop that tries every pattern
//! of the registry at a word and keeps the longest match.

use std::borrow::Cow;

use super::focus::Frame;
use super::patterns;
use super::terms::{classes_of, cues_of, phrases_of, Cue};
use super::value::{parse_date_value, Unit};
use crate::names::gazetteer::Gazetteer;
use crate::resources::lists::timex::terms::Class;
use crate::resources::Phrase;
use crate::segment::{lower, TokenKind};
use crate::text::calendar::{self, Date};
use crate::text::numbers::{self, number_words};
use crate::text::span::Span;
use crate::text::words::{is_article, is_preposition};

/// One word of a sentence: a token, or a part of a hyphenated token.
#[derive(Debug)]
pub(super) struct Word<'t> {
    /// As written (without an abbreviation's period).
    pub(super) text: &'t str,
    /// Lower case, without an abbreviation's period.
    pub(super) lower: Cow<'t, str>,
    pub(super) kind: TokenKind,
    pub(super) span: Span,
    /// The span of the whole token this word is part of.
    pub(super) token: Span,
    /// The phrases of `data/timex/terms.txt` that begin with this word,
    /// looked up once.
    pub(super) phrases: &'static [Phrase<Class, &'static str>],
    /// The classes of those phrases, one bit each (`1 << class`), so that
    /// asking a word for a class it has no phrase of costs one test.
    pub(super) classes: u32,
    /// The value of the word as one number word ("twelve", "third"), with
    /// whether it is an ordinal, looked up once.
    pub(super) number: Option<(f64, bool)>,
    /// The classes of `data/timex/contexts.txt` this word is in, looked up
    /// once.
    pub(super) cues: &'static [Phrase<Cue, &'static str>],
    /// Whether a pattern may begin at this word (see [`may_begin`]).
    pub(super) may_begin: bool,
}

impl<'t> Word<'t> {
    /// A word with its entries of the two tables, looked up once.
    fn new(text: &'t str, lower: Cow<'t, str>, kind: TokenKind, span: Span, token: Span) -> Self {
        let phrases = phrases_of(&lower);
        let classes = classes_of(phrases);
        let cues = cues_of(&lower);
        let number = number_words().word_value(&lower);
        Word {
            text,
            classes,
            phrases,
            cues,
            number,
            may_begin: may_begin(text, kind, classes, cues, number),
            lower,
            kind,
            span,
            token,
        }
    }
}

/// The classes of `data/timex/contexts.txt` that a pattern reads at its
/// first word.
const OPENING_CUES: [Cue; 7] = [
    Cue::Opener,
    Cue::ClosedLong,
    Cue::ReportedPeriod,
    Cue::SetQuantifier,
    Cue::UnitModifier,
    Cue::YearModifier,
    Cue::Horizon,
];

/// Whether any pattern of the registry may begin at a word: what each
/// one reads at its first word, joined. Most words of a sentence ("said",
/// "company", "Smith") are none of these, and the matcher skips them
/// without trying twenty patterns. A pattern that begins at a word of
/// another kind must add that kind here (or its first word to the
/// `opener` class of `data/timex/contexts.txt`); in tests the matcher
/// tries every pattern where this says no, and fails if one matches.
fn may_begin(
    text: &str,
    kind: TokenKind,
    classes: u32,
    cues: &[Phrase<Cue, &'static str>],
    number: Option<(f64, bool)>,
) -> bool {
    // Figures, clocks, ordinals and years ("3", "10:30pm", "7th",
    // "1990s", "Q3"), number words ("three", "third"), the words of the
    // term table (units, relations, parts of the day, holidays...).
    kind == TokenKind::Number
        || text.bytes().any(|b| b.is_ascii_digit())
        || number.is_some()
        || classes != 0
        || cues.iter().any(|p| OPENING_CUES.contains(&p.class))
        // Months and weekdays, and weekdays as a set ("Tuesdays").
        || (text.starts_with(char::is_uppercase)
            && (calendar::month_of(text).is_some()
                || calendar::weekday_of(text).is_some()
                || text
                    .strip_suffix('s')
                    .is_some_and(|day| calendar::weekday_of(day).is_some())))
}

/// A time expression found, in words of the sentence.
#[derive(Clone, Debug)]
pub(super) struct Found {
    pub(super) end: usize,
    pub(super) kind: &'static str,
    pub(super) value: String,
    /// Whether a "the" before it belongs to it ("the third quarter"), or
    /// to a noun it modifies ("the Oct. 23 meeting", "the 1996 election").
    pub(super) takes_the: bool,
    /// Whether it names a fiscal quarter that later "year-earlier quarter"
    /// and "the quarter" refer back to.
    pub(super) names_quarter: bool,
    /// The time zone a clock time was given in ("GMT", "local").
    pub(super) zone: Option<&'static str>,
    /// Whether it leaves the date in focus as it was: "from $1.07 the day
    /// before" compares with that day and does not move the story there.
    pub(super) keeps_focus: bool,
}

impl Found {
    pub(super) fn new(end: usize, kind: &'static str, value: impl Into<String>) -> Option<Found> {
        Some(Found {
            end,
            kind,
            value: value.into(),
            takes_the: true,
            names_quarter: false,
            zone: None,
            keeps_focus: false,
        })
    }

    pub(super) fn without_the(mut self) -> Found {
        self.takes_the = false;
        self
    }

    pub(super) fn keeping_focus_if(mut self, keeps: bool) -> Found {
        self.keeps_focus = keeps;
        self
    }
}

/// What the matcher remembers across sentences.
#[derive(Default)]
pub(super) struct DocState {
    /// The months (bit 1 << month) named more than two months ahead of
    /// the document date, in its year or the next (`timex.month_ahead`).
    pub(super) ahead_months: u16,
    /// The last fiscal quarter named, for "the year-earlier quarter".
    pub(super) last_quarter: Option<(i32, u32)>,
    /// The last date named and how much of it is known (the year, the
    /// month or the day), for "that day" and "the following year".
    pub(super) last_date: Option<(Date, Unit)>,
    /// The last date named in the story's own narrative, for "the next
    /// year" in what a source said ("warned that the next year was ..."):
    /// not one of an aside ("The company, founded in 1998, warned ...")
    /// nor the day a source spoke ("Smith, speaking on Monday, said ..."),
    /// which are not the time the story is at.
    pub(super) narrative_date: Option<(Date, Unit)>,
    /// The last date named that is not the day a source spoke, an aside's
    /// included, for "the next year" of the narrative itself ("The
    /// company, founded in 1998, went public the next year").
    pub(super) told_date: Option<(Date, Unit)>,
    /// A day of the last week named ("last week", "the week of March
    /// 2") since `told_date` was set, for "the week before"
    /// (`timex.year_before`): a week is no `Unit` of its own.
    pub(super) told_week: Option<Date>,
    /// Whether that week was a weekend ("over the weekend": 2016-W08-WE),
    /// a stretch of days that moves the story off the day it was on.
    pub(super) told_weekend: bool,
    /// The last day named in the story's own narrative (a
    /// `narrative_date` known to the day), however far back, for a clock
    /// time told in the past with no day of its own ("The election was
    /// held on Sunday. ... the polls closed at 22:30").
    pub(super) narrative_day: Option<Date>,
    /// The last day named, of whatever role (the day a source spoke
    /// too): a story that names a later day than its narrative's has
    /// moved on from it.
    pub(super) last_day: Option<Date>,
    /// How many sentences began since the last date was named.
    pub(super) since_date: usize,
    /// The word after the last date named, in its sentence.
    pub(super) last_date_end: usize,
    /// Whether the article reports a sports match (two or more different
    /// `match_word`s of `data/timex/contexts.txt`): its "first half" is
    /// the match's.
    pub(super) match_report: bool,
    /// Whether `timex.quote_day` is on.
    pub(super) quote_day: bool,
    /// Where the dateline ends (a byte of the text), 0 without one: its
    /// date is the document's, not a day the story tells of.
    pub(super) dateline_end: usize,
    /// The first day the story names outside its dateline and captions,
    /// the day of the event it reports, for `timex.quote_day`.
    pub(super) first_day: Option<Date>,
    /// How many quotations are open where the sentence begins: they began
    /// in an earlier sentence of the paragraph and have not closed.
    pub(super) quote_depth: u8,
    /// The frame of a quotation open where the sentence begins, from the
    /// sentences it ran on over, for `timex.quote_day`.
    pub(super) carried: Frame,
    /// The frame of the paragraph's last sentence with a reporting verb,
    /// for a quotation of a later one that has none (`"...," he said.
    /// "Tonight, I ask you ..."`).
    pub(super) attributed: Option<Frame>,
    /// How many stretches of quoted words the document has opened so far:
    /// the number of the last (`Matcher::quote_runs`). A quotation that
    /// runs on over sentences is one stretch; one split by its
    /// attribution is two.
    pub(super) quote_runs: u32,
    /// Whether the last word read was inside a quotation.
    pub(super) last_quoted: bool,
    /// The stretch of quoted words (`quote_runs`) the last date was named
    /// in, 0 outside any: "the day after" of a quotation counts from a day
    /// the quotation itself named (`timex.year_before`).
    pub(super) last_date_run: u32,
    /// The year the sentence before set the story in (`timex.scene_year`):
    /// "In 2019, the firm hired 200 people. In March ..." is March 2019.
    pub(super) scene_before: Option<i32>,
    /// The year this sentence sets the story in, for the next one: a year
    /// that opens it ("In 2019, ..."), or a month or day it dated by a
    /// scene year.
    pub(super) scene_now: Option<i32>,
    /// Whether this sentence has come to the present since its scene
    /// ("In 2019 the firm had 20 staff; it now has 200, after hiring in
    /// March"): the scene dates nothing after it.
    pub(super) scene_left: bool,
    /// The dates named so far in this sentence, where each begins and
    /// ends and how much of it is known, for `timex.month_earlier`.
    pub(super) sentence_dates: Vec<(usize, usize, Date, Unit)>,
}

/// The Monday of an ISO week value ("2020-W09"), or of its weekend's
/// ("2020-W09-WE": "over the weekend" tells of that week too).
fn week_day(value: &str) -> Option<Date> {
    let (year, week) = value.split_once("-W")?;
    let week = week.strip_suffix("-WE").unwrap_or(week);
    let (year, week) = (year.parse::<i32>().ok()?, week.parse::<i64>().ok()?);
    let jan4 = Date::new(year, 1, 4)?;
    let monday = jan4.add_days(1 - i64::from(jan4.weekday()));
    (1..=53)
        .contains(&week)
        .then(|| monday.add_days(7 * (week - 1)))
}

/// Whether `word` (a token's text, its abbreviation period included) is
/// a month's name written with a capital: "July", "Sept.".
fn is_month_name(word: &str) -> bool {
    let word = word.strip_suffix('.').unwrap_or(word);
    word.starts_with(|c: char| c.is_uppercase()) && calendar::month_of(word).is_some()
}

/// Appends the words of one token, splitting hyphenated words; `next`
/// is the text of the token after it, for a range of days before a month
/// ("12-14 July"). With `slash_years` (`timex.slash_years`), two years in
/// a row written with a slash ("2008/09") split as "2008-09" does.
pub(super) fn push_words_before<'t>(
    text: &'t str,
    span: Span,
    kind: TokenKind,
    next: Option<&str>,
    slash_years: bool,
    out: &mut Vec<Word<'t>>,
) {
    let raw = &text[span.range()];
    let slashed = raw
        .split_once('/')
        .filter(|_| slash_years && years_in_a_row(raw).is_some());
    if let Some((a, b)) = slashed {
        let number = |part: &'t str, start: usize| {
            Word::new(
                part,
                lower(part),
                TokenKind::Number,
                Span::new(start, start + part.len()),
                span,
            )
        };
        out.push(number(a, span.start));
        out.push(number(b, span.start + a.len() + 1));
        return;
    }
    // A range of days after a month ("September 16-19") or before one
    // ("12-14 July") is two days.
    let days = raw.split_once('-').and_then(|(a, b)| {
        let day = |d: &str| {
            d.parse::<u32>()
                .ok()
                .filter(|n| (1..=2).contains(&d.len()) && (1..=31).contains(n))
        };
        Some((day(a)?, day(b)?))
    });
    // Before a month only a range that runs forward: "21-14 July's best"
    // is a score.
    let day_range = kind == TokenKind::Number
        && days.is_some_and(|(a, b)| {
            out.last().is_some_and(|w| is_month_name(w.text))
                || (a < b && next.is_some_and(is_month_name))
        });
    // A range of years written as one token ("1998-99", "1990-1995") is
    // two years.
    let year_range = kind == TokenKind::Number && years_of_range(raw).is_some();
    // The period of a month abbreviation at the end of a hyphenated token
    // ("Dec. 28-Jan. 3") is a token of its own; the month's abbreviation
    // period is left out of its word, as it is of "Jan." alone.
    if raw == "."
        && out.last().is_some_and(|w| {
            w.token != w.span && w.token.end == span.start && calendar::month_of(w.text).is_some()
        })
    {
        return;
    }
    if (kind == TokenKind::Word || day_range || year_range)
        && raw.contains('-')
        && !raw.starts_with('-')
    {
        let mut offset = span.start;
        for part in raw.split('-') {
            if !part.is_empty() {
                let part_kind = if part.bytes().all(|b| b.is_ascii_digit()) {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
                out.push(Word::new(
                    part,
                    lower(part),
                    part_kind,
                    Span::new(offset, offset + part.len()),
                    span,
                ));
            }
            offset += part.len() + 1;
        }
        return;
    }
    let text_ = match kind {
        TokenKind::Abbreviation(_) => raw.strip_suffix('.').unwrap_or(raw),
        _ => raw,
    };
    out.push(Word::new(text_, lower(text_), kind, span, span));
}

/// The two years of a fiscal year or a season written with a slash:
/// "2008/09" (2008, 2009), "2010/2011"; only a year and the one after it,
/// so that no other figures with a slash ("1990/2000", "2008/09/15")
/// are read so.
pub(super) fn years_in_a_row(raw: &str) -> Option<(i32, i32)> {
    let (a, b) = raw.split_once('/')?;
    if b.contains('/') {
        return None;
    }
    years_of_range(&format!("{a}-{b}")).filter(|(first, second)| second - first == 1)
}

/// The two years of a range written as one token: "1998-99" (1998,
/// 1999), "1999-00" (1999, 2000), "1990-1995"; the second a later year
/// than the first, less than a century on (half of one when the second
/// has two figures: "1998-97" is no range), both between 1800 and 2100.
/// A score or a code ("89-52", "751-613") has no year of four figures
/// first.
pub(super) fn years_of_range(raw: &str) -> Option<(i32, i32)> {
    let (a, b) = raw.split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    if a.len() != 4 || !digits(a) || !matches!(b.len(), 2 | 4) || !digits(b) {
        return None;
    }
    let first: i32 = a.parse().ok()?;
    let second: i32 = b.parse().ok()?;
    let second = if b.len() == 2 {
        let in_century = first - first % 100 + second;
        if in_century > first {
            in_century
        } else {
            in_century + 100
        }
    } else {
        second
    };
    // "1998-97" read as 1998 to 2097 is no range.
    let span = if b.len() == 2 { 1..50 } else { 1..100 };
    // Years news writes as ranges; a wider span takes scores, rooms and
    // lengths ("SAT scores of 1450-1520", "Rooms 1101-1120") for years.
    let years = 1800..=2100;
    (years.contains(&first) && years.contains(&second) && span.contains(&(second - first)))
        .then_some((first, second))
}

/// What the patterns read: the words of one sentence, the document date,
/// the tense of the sentence and what earlier sentences named.
pub(super) struct Matcher<'a, 't> {
    pub(super) words: &'a [Word<'t>],
    pub(super) anchor: Option<Date>,
    /// Whether the sentence speaks of the future ("will", "scheduled").
    pub(super) future: bool,
    /// Whether the sentence reports results of several quarters ("for the
    /// nine months"), so that "a year earlier" is that year, not a quarter.
    pub(super) several_quarters: bool,
    pub(super) state: &'a mut DocState,
    /// Which words are inside a quotation (`focus::quoted_tokens`).
    pub(super) quoted: &'a [bool],
    /// For each word, the stretch of quoted words it is in, numbered over
    /// the document (`DocState::quote_runs`), 0 outside a quotation.
    pub(super) quote_runs: &'a [u32],
    /// What the sentence says outside its quotations of when they were
    /// said, for `timex.quote_day`.
    pub(super) frame: Frame,
    /// The patterns switched on, in registry order.
    pub(super) patterns: &'a [&'static patterns::Pattern],
    /// Whether `timex.narrative_clock` is on: a clock time told in the
    /// past without a day of its own falls on the narrative's last day.
    pub(super) narrative_clock: bool,
    /// Whether `timex.zone_day` is on: a wall time takes the day of the
    /// universal time in its aside across midnight.
    pub(super) zone_day: bool,
    /// Whether the sentence is a photo caption and `timex.caption` is on:
    /// its dates are the picture's, and leave the story's focus alone.
    pub(super) caption: bool,
    /// Whether `timex.count_before_plural` is on: a number before a plural
    /// noun that would be a year over a century before the document date
    /// counts the noun.
    pub(super) count_before_plural: bool,
    /// Whether `timex.days_later` is on: "a day later" moves the story's
    /// day on.
    pub(super) days_later: bool,
    /// Whether `timex.present_clause` is on: a date that opens a clause
    /// told in the present is not last year's.
    pub(super) present_clause: bool,
    /// Whether `timex.point_preposition` is on: "over" or "under" before
    /// a point in time is a preposition, out of the span.
    pub(super) point_preposition: bool,
    /// Whether `timex.set_noun` is on: a frequency word used as a noun
    /// ("its initial quarterly of five cents") is no time.
    pub(super) set_noun: bool,
    /// Whether `timex.clock_ago` is on: "24 hours ago" keeps its count and
    /// names the day it reaches back to.
    pub(super) clock_ago: bool,
    /// Whether `timex.now_and_then` is on: "every now and then" is no
    /// time.
    pub(super) now_and_then: bool,
    /// Whether `timex.name_in_ed` is on: a capitalised word in -ed inside
    /// the sentence ("Mohamed") is a name, no verb in the past.
    pub(super) name_in_ed: bool,
    /// Whether `timex.owned_every` is on: "people's every day lives" is
    /// no SET.
    pub(super) owned_every: bool,
    /// Whether `timex.vague_week` is on: "the following week" after a
    /// year named is a week of that year, not said which.
    pub(super) vague_week: bool,
    /// Whether `timex.holiday_name` is on: a holiday word after a given
    /// name ("Johnnie Christmas") is a surname.
    pub(super) holiday_name: bool,
    /// Whether `timex.day_in_name` is on: "The Sunday Times", "the next
    /// Winter Games" are names, no times.
    pub(super) day_in_name: bool,
    /// Whether `timex.next_week` is on: "the next week" of a story told
    /// in the past is the week after the story's day.
    pub(super) next_week: bool,
    /// Whether `timex.same_past` is on: a word in -s before "hit" or
    /// "cut" is a plural noun, no verb in the present.
    pub(super) same_past: bool,
    /// Whether `timex.count_plus` is on: "15-plus years" counts 15.
    pub(super) count_plus: bool,
    /// Whether `timex.modal_ahead` is on: "could", "might", "may", "can"
    /// before a verb are cues of the future.
    pub(super) modal_ahead: bool,
    /// Whether `timex.every_single` is on: "every single day" is a rate.
    pub(super) every_single: bool,
    /// Whether `timex.to_ahead` is on: "to win in November" looks ahead.
    pub(super) to_ahead: bool,
    /// Whether `timex.holiday_object` is on: "Christmas trees" is no day.
    pub(super) holiday_object: bool,
    /// Whether `timex.closed_long` is on: "a daylong meeting" lasts P1D.
    pub(super) closed_long: bool,
    /// Whether `timex.commit_nearest` is on: "agreed to buy it in
    /// February" is the nearest February.
    pub(super) commit_nearest: bool,
    /// Whether `timex.commit_ahead` is on: "ordered him to return to
    /// court on Thursday" is the coming Thursday.
    pub(super) commit_ahead: bool,
    /// Whether `timex.season_ahead` is on: "would be held in the spring"
    /// is the coming spring.
    pub(super) season_ahead: bool,
    /// Whether `timex.be_stretch` is on: "it could be weeks before" is a
    /// stretch of unsaid length.
    pub(super) be_stretch: bool,
    /// Whether `timex.month_ahead` is on: a month the story put ahead
    /// stays ahead.
    pub(super) month_ahead: bool,
    /// Whether `timex.scene_year` is on: a month without a year takes the
    /// year the text set the story in ("In 2019, ... In March").
    pub(super) scene_year: bool,
    /// Whether `timex.month_earlier` is on: "a year earlier" after a month
    /// named in its sentence is that month a year back.
    pub(super) month_earlier: bool,
    /// Whether `timex.later_that` is on: "later that day" after a month
    /// is a day of it.
    pub(super) later_that: bool,
    /// Whether `timex.reported_one_day` is on: "said one day the country
    /// might" opens the clause the verb reports.
    pub(super) reported_one_day: bool,
    /// Whether `timex.day_subject` is on: "The day began with queues" is
    /// the story's day.
    pub(super) day_subject: bool,
    /// Whether `timex.year_before` is on: "The year before, it had
    /// closed" counts from the date in focus.
    pub(super) year_before: bool,
    /// Whether `timex.tomorrow_noun` is on: "a better tomorrow" is no day.
    pub(super) tomorrow_noun: bool,
    /// Whether `timex.quoted_title` is on: NBC's “Today” is a show.
    pub(super) quoted_title: bool,
    /// Whether `timex.counted_nights` is on: "for two nights" lasts P2D.
    pub(super) counted_nights: bool,
    /// Whether the sentence is a headline in title case and
    /// `timex.title_line` is on: its capitals mark no title.
    pub(super) title_line: bool,
    /// For each word of such a headline, whether single quotation marks
    /// hold it (empty for any other sentence).
    pub(super) single_quoted: &'a [bool],
    /// The gazetteer, for given names.
    pub(super) gazetteer: &'a Gazetteer,
}

impl Matcher<'_, '_> {
    pub(super) fn match_at(&mut self, start: usize) -> Option<(usize, Found)> {
        // Modifiers kept in the span: "about", "the end of", "early", "the".
        let mut idx = start;
        let mut has_the = false;
        let mut the_at = None;
        let mut n_mods = 0;
        while n_mods < 4 {
            n_mods += 1;
            if let Some((end, _)) = self.term(idx, Class::Approx) {
                let next = self.words.get(end);
                let multiword = end > idx + 1;
                let before_count = next.is_some_and(|w| {
                    w.kind == TokenKind::Number
                        // "around 7pm": a clock with its meridiem on.
                        || (w.kind == TokenKind::Word
                            && w.text.starts_with(|c: char| c.is_ascii_digit()))
                        || numbers::parse_words(&[w.lower.as_ref()]).is_some()
                        || w.lower == "half"
                        // "about a year"; "the" only after a phrase ("more
                        // than the three years").
                        || (is_article(&w.lower) && (w.lower != "the" || multiword))
                });
                if before_count {
                    idx = end;
                    continue;
                }
            }
            if let Some((end, _)) = self.term(idx, Class::Position) {
                idx = end;
                continue;
            }
            if idx == start && self.is_cue(idx, Cue::StoryAdverb) {
                idx += 1;
                continue;
            }
            if self.is(idx, "the") && !has_the {
                has_the = true;
                the_at = Some(idx);
                idx += 1;
                continue;
            }
            break;
        }
        if self.in_unit_to_unit(idx) {
            return None;
        }
        let mut best = self.core(idx, has_the)?;
        if self.in_title(start, best.end) {
            return None;
        }
        // A time on a named day ("Thursday evening", "10 p.m. Friday")
        // puts that day in focus, as a date does; a clock time given no
        // day of its own ("at 7 p.m."), which took the day in focus or
        // the document's, changes nothing.
        let date_value = match best.kind {
            "DATE" => Some(best.value.as_str()),
            "TIME" => best
                .value
                .split_once('T')
                .map(|(day, _)| day)
                .filter(|day| {
                    let default = self.story_day().or(self.anchor).map(|d| d.to_string());
                    default.as_deref() != Some(*day)
                }),
            _ => None,
        };
        // The story's first day (`timex.quote_day`): a day named, by a
        // weekday or a month, outside quotations; a clock time on the
        // document's day ("Sunday afternoon") counts, though it puts no
        // day in focus below; the dateline and captions do not, nor a
        // deictic ("yesterday", which a quotation's "today" needs no
        // other day for).
        if self.state.first_day.is_none()
            && !self.caption
            && self.words[start].span.start >= self.state.dateline_end
            && !self.in_quotation(start)
            && (start..best.end).any(|k| {
                self.weekday(k).is_some() || self.month(k).is_some() || self.is(k, "yesterday")
            })
        {
            self.state.first_day = best.value.split('T').next().and_then(Date::parse_iso);
        }
        // A season with its year written ("the summer of 2010", "spring
        // 2009") puts that year in focus: "That year" after it is 2010. A
        // season counted from another ("the following spring") does not.
        let season_of_a_year = || {
            let (year, season) = best.value.split_once('-')?;
            let written = (start..best.end).any(|k| self.words[k].text == year);
            (matches!(season, "SP" | "SU" | "FA" | "WI") && written)
                .then(|| parse_date_value(year))
                .flatten()
        };
        // "rose 4.1% from a year earlier", "than a year ago": a time
        // counted back for a comparison leaves the focus where it was
        // (`timex.year_before`).
        let compared = self.year_before
            && best.end > start + 1
            && self.is_cue(best.end - 1, Cue::CountedBack)
            && start > 0
            && (self.is_cue(start - 1, Cue::Comparison)
                || (self.is(start - 1, "with")
                    && start > 1
                    && self.is_cue(start - 2, Cue::Comparison)));
        // `timex.scene_year`: a year that opens the sentence, or a month
        // the scene dated, sets the scene for the next sentence; a date
        // of another year leaves it.
        // What a quotation sets is its speaker's scene, not the story's.
        if let Some((date, _)) = date_value
            .and_then(parse_date_value)
            .filter(|_| self.scene_year && !self.caption && !compared)
        {
            let scene = self
                .opener_year()
                .filter(|&(_, end)| end <= best.end)
                .map(|(y, _)| y)
                .or_else(|| self.scene_for(start));
            self.state.scene_now = scene
                .filter(|&y| y == date.year)
                .filter(|_| !self.in_quotation(start));
        } else if best.value == "PRESENT_REF" {
            self.state.scene_now = None;
            self.state.scene_left = true;
        }
        if let Some(date) = date_value
            .and_then(parse_date_value)
            .or_else(|| (best.kind == "DATE").then(season_of_a_year).flatten())
            .filter(|_| !self.caption && !best.keeps_focus && !compared)
        {
            self.state.last_date = Some(date);
            if date.1 == Unit::Day {
                self.state.last_day = Some(date.0);
            }
            self.state.since_date = 0;
            self.state.last_date_end = best.end;
            self.state
                .sentence_dates
                .push((start, best.end, date.0, date.1));
            self.state.last_date_run = self.quote_runs.get(start).copied().unwrap_or(0);
            if !self.reporting_time(start, date.1) {
                self.state.told_date = Some(date);
                self.state.told_week = None;
                self.state.told_weekend = false;
                if !self.in_aside(start, best.end) {
                    self.state.narrative_date = Some(date);
                    if date.1 == Unit::Day {
                        self.state.narrative_day = Some(date.0);
                    }
                }
            }
        }
        if let Some(day) = date_value
            .filter(|_| best.kind == "DATE" && !self.caption && !best.keeps_focus)
            .and_then(week_day)
        {
            self.state.told_week = Some(day);
            self.state.told_weekend = date_value.is_some_and(|v| v.ends_with("-WE"));
        }
        // "A day later", "two days later": a count of days after the
        // story's day moves the story on by as many days, for a clock time
        // after it ("A day later, he heard gunfire at 9:42 p.m.").
        if self.days_later && !self.caption && best.kind == "DURATION" && self.is(best.end, "later")
        {
            let days = best
                .value
                .strip_prefix('P')
                .and_then(|v| v.strip_suffix('D'))
                .and_then(|n| n.parse::<i64>().ok())
                .filter(|n| (1..=31).contains(n));
            let base = self.story_day().or_else(|| {
                self.state
                    .narrative_day
                    .filter(|&d| self.state.last_day == Some(d))
            });
            if let (Some(days), Some(base)) = (days, base) {
                let day = base.add_days(days);
                self.state.last_date = Some((day, Unit::Day));
                self.state.last_day = Some(day);
                self.state.since_date = 0;
                self.state.last_date_end = best.end + 1;
                self.state.last_date_run = self.quote_runs.get(start).copied().unwrap_or(0);
                if !self.in_aside(start, best.end) {
                    self.state.narrative_date = Some((day, Unit::Day));
                    self.state.narrative_day = Some(day);
                }
            }
        }
        // Only a quarter that has ended can be the one reported on: "a
        // fourth-quarter charge" named in October is a forecast, while "the
        // fourth quarter ended Sept. 30" is a fiscal quarter past.
        if best.names_quarter && best.value.len() == 7 {
            if let (Ok(y), Ok(q)) = (
                best.value[..4].parse::<i32>(),
                best.value[6..].parse::<u32>(),
            ) {
                // "posted a gain in fourth-quarter net income" tells of
                // results, which only a quarter ended has.
                let ended = self.is(best.end, "ended")
                    || (self.told_in_the_past(idx, best.end) && !self.future)
                    || self
                        .anchor
                        .is_none_or(|a| y * 4 + (q as i32) < a.year * 4 + a.quarter() as i32);
                // A quarter named for comparison ("after a flat second
                // quarter") does not replace a later one reported on.
                if ended && self.state.last_quarter.is_none_or(|last| (y, q) >= last) {
                    self.state.last_quarter = Some((y, q));
                }
            }
        }
        // A month named ahead (`timex.month_ahead`): "November 2016" or
        // "will vote in November", said in March.
        if let (true, Some(a)) = (self.month_ahead, self.anchor) {
            let ym = best
                .value
                .get(..7)
                .filter(|v| v.len() == 7 && v.as_bytes()[4] == b'-');
            if let Some((Ok(y), Ok(m))) = ym.map(|v| (v[..4].parse::<i32>(), v[5..].parse::<u32>()))
            {
                let ahead = (y - a.year) * 12 + m as i32 - a.month as i32;
                if (3..12).contains(&ahead) && (1..=12).contains(&m) {
                    self.state.ahead_months |= 1 << m;
                }
            }
        }
        // "or so" after a time stays with it.
        if self.is(best.end, "or") && self.is(best.end + 1, "so") {
            best.end += 2;
        }
        // An adjective made of one hyphenated word ("third-quarter",
        // "two-week") leaves the article to its noun.
        let one_token = self.words[idx].token == self.words[best.end - 1].token
            && self.words[idx].token != self.words[idx].span;
        // So does a count and a unit in the singular written as words of
        // their own before a noun ("the 95 minute rant", "the one hour 44
        // minute delay").
        let last = best.end - 1;
        let two_word_adjective = best.kind == "DURATION"
            && (self.words[idx].kind == TokenKind::Number
                || self.words[idx].number.is_some_and(|(_, ordinal)| !ordinal))
            && self.unit(last).is_some()
            && !self.lower(last).ends_with('s')
            && self.words.get(best.end).is_some_and(|w| {
                w.kind == TokenKind::Word && w.text.starts_with(|c: char| c.is_ascii_lowercase())
            });
        let mut start = start;
        if the_at == Some(start) && (!best.takes_the || one_token || two_word_adjective) {
            start += 1;
        }
        // A bound of a count that is also a preposition ("over", "under")
        // counts a length ("over three years", "over a year ago") but is a
        // preposition before a point named without a unit: "over 2000 -
        // 2050", "under 2015 rules" keep it out.
        if self.point_preposition
            && start < idx
            && matches!(best.kind, "DATE" | "TIME")
            && (idx..best.end).all(|k| self.unit(k).is_none())
            && is_preposition(self.lower(start))
            && self
                .term(start, Class::Approx)
                .is_some_and(|(end, mod_)| end == start + 1 && mod_ != "APPROX")
        {
            start += 1;
        }
        Some((start, best))
    }

    /// The longest expression of any kind that begins at `idx`: every
    /// pattern of the registry that is switched on is tried, in registry
    /// order, and a later one wins only when it is longer.
    pub(super) fn core(&self, idx: usize, has_the: bool) -> Option<Found> {
        if !self.words.get(idx).is_some_and(|w| w.may_begin) {
            // In tests, hold the gate to what the patterns would have found.
            #[cfg(test)]
            if let Some(found) = self.longest(idx, has_the, |_| true) {
                panic!(
                    "may_begin hides {} {} at {:?}",
                    found.kind, found.value, self.words[idx].text
                );
            }
            return None;
        }
        self.longest(idx, has_the, |_| true)
    }

    /// The longest expression that the patterns `take` accepts propose at
    /// `idx`: a pattern that reads a date inside its own ("the week of
    /// March 6") leaves itself out.
    pub(super) fn longest(
        &self,
        idx: usize,
        has_the: bool,
        take: impl Fn(&patterns::Pattern) -> bool,
    ) -> Option<Found> {
        let mut best: Option<Found> = None;
        for &pattern in self.patterns {
            if !take(pattern) {
                continue;
            }
            if let Some(found) = (pattern.run)(self, idx, has_the) {
                if best.as_ref().is_none_or(|b| found.end > b.end) {
                    best = Some(found);
                }
            }
        }
        best
    }

    /// The day the story is on: the last day named, in this sentence or
    /// the one before.
    pub(super) fn story_day(&self) -> Option<Date> {
        match self.state.last_date {
            Some((date, Unit::Day)) if self.state.since_date <= 1 => Some(date),
            _ => None,
        }
    }

    /// How many days before the document date the narrative's day may be
    /// for a clock time told in the past to fall on it.
    const NARRATIVE_CLOCK_DAYS: i64 = 7;

    /// The day of a clock time at `idx..end` that names none, when no day
    /// is in focus (`story_day`): in a clause told in the past, the last
    /// day of the narrative before the document date, however far back
    /// ("The election was held on Sunday. ... after the polls closed at
    /// 22:30", dated the Friday after), rather than the document date,
    /// which a story in the past is not at. A day of an aside or the day
    /// a source spoke is not the narrative's, and once one of those names
    /// another day the story has moved on ("The attack began on
    /// Wednesday. \"I heard of it earlier today,\" said ... As of 15:11
    /// the site was back"). A clause about the future, or one in the
    /// present ("The polls close at 22:30"), keeps the document date.
    pub(super) fn narrative_clock_day(&self, idx: usize, end: usize) -> Option<Date> {
        (self.narrative_clock && !self.future && self.told_in_the_past(idx, end))
            .then(|| self.recent_narrative_day())
            .flatten()
    }

    /// The narrative's day while it is the last day named, within a week
    /// before the document date: a day years back is an aside of the
    /// story's past ("The plant opened on May 1, 2001. ... Firefighters
    /// arrived at 3 a.m."), and once a source's speaking day or an aside
    /// names another day the story has moved on.
    pub(super) fn recent_narrative_day(&self) -> Option<Date> {
        let day = self.state.narrative_day?;
        let anchor = self.anchor?;
        (day < anchor
            && day >= anchor.add_days(-Self::NARRATIVE_CLOCK_DAYS)
            && self.state.last_day == Some(day))
        .then_some(day)
    }

    /// Whether word `idx` is a unit in a "quarter-to-quarter", "day-to-day"
    /// compound: a comparison or a manner, not a time.
    pub(super) fn in_unit_to_unit(&self, idx: usize) -> bool {
        let same_compound = |a: usize, b: usize| {
            self.words.get(b).is_some_and(|w| {
                w.token == self.words[a].token
                    && w.token != w.span
                    && w.lower == self.words[a].lower
            })
        };
        self.unit(idx).is_some()
            && ((self.is(idx + 1, "to") && same_compound(idx, idx + 2))
                || (idx > 1 && self.is(idx - 1, "to") && same_compound(idx, idx - 2)))
    }
}

#[cfg(test)]
mod tests {
    use crate::text::calendar::Date;
    use crate::text::normalize::Normalized;

    /// Runs the time layer over `text`; `Matcher::core` panics in tests
    /// where the first-word gate hides a time a pattern would find.
    fn run(text: &str) -> usize {
        let norm = Normalized::new(text);
        let structure = crate::segment::segment(&norm.text);
        let anchor = Date::parse_iso("2016-09-01");
        super::super::extract(
            &norm.text,
            &structure,
            anchor,
            crate::timex::tests::gazetteer(),
            &crate::Switches::all_on(),
        )
        .len()
    }

    /// The gate hides no time on the test articles, nor on the texts of
    /// the time and quote corpora when `../shared` is beside the clone.
    #[test]
    fn the_first_word_gate_hides_no_time() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut found = 0;
        for (_, text) in crate::testing::articles() {
            found += run(&text);
        }
        assert!(found > 0);
        for corpus in [
            "timex/timebank_tbaq.jsonl",
            "timex/aquaint_tbaq.jsonl",
            "polnear/dev.jsonl",
        ] {
            let Ok(lines) = std::fs::read_to_string(format!("{root}/../shared/corpora/{corpus}"))
            else {
                continue;
            };
            for line in lines.lines() {
                let doc: serde_json::Value = serde_json::from_str(line).unwrap();
                run(doc["text"].as_str().unwrap());
            }
        }
    }
}
