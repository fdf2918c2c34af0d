//! Days named from the document date: today, yesterday, tomorrow, tonight.

use super::Pattern;
use crate::segment::TokenKind;
use crate::text::words::{
    is_article, is_be, is_function_word, is_have, is_modal, is_possessive, is_preposition,
};
use crate::timex::matcher::{Found, Matcher};
use crate::timex::terms::{Class, Cue};
use crate::timex::value::relative;
use crate::Pass;

pub(super) const PATTERN: Pattern = Pattern {
    pass: Pass {
        name: "timex.deictic",
        about: crate::passes::about("today, yesterday, tomorrow and tonight, with a part of the day: yesterday morning, afternoon yesterday"),
    },
    run: |m, idx, _| m.deictic(idx),
};

impl Matcher<'_, '_> {
    /// "today", "yesterday morning", "tonight", "this afternoon" (in the
    /// relation rule), "afternoon yesterday".
    pub(super) fn deictic(&self, idx: usize) -> Option<Found> {
        if let Some((end, days)) = self.term(idx, Class::Deictic) {
            // "today's youth", "the people of tomorrow", "the cars of
            // tomorrow": an age, not a day. TIMEX3 would give it no date
            // (the present or the future as a whole at most), and TimeBank
            // and AQUAINT leave it untagged: no time.
            let era_after = self.is(end, "'s") && self.term(end + 1, Class::Era).is_some();
            // "the cars of tomorrow", not "the agenda of tomorrow's
            // meeting" nor "the results of yesterday morning", which are
            // the day's.
            let of_noun = idx > 1
                && self.is(idx - 1, "of")
                && !self.is(end, "'s")
                && self.term(end, Class::Part).is_none();
            let era_before = of_noun && self.term(idx - 2, Class::Era).is_some();
            let after_noun = of_noun
                && self.words[idx - 2].kind == TokenKind::Word
                && self.words[idx - 2].classes == 0
                && !is_function_word(&self.words[idx - 2].lower);
            // Yesterday after a noun is the past as a whole ("the
            // rhetoric of yesterday", "the world of yesterday"), unless the
            // noun is of something that happened on a day ("the events of
            // yesterday"): TIMEX3's PAST_REF.
            if self.is(idx, "yesterday")
                && (era_before || after_noun)
                && !self.is_cue(idx - 2, Cue::Occasion)
            {
                return Found::new(end, "DATE", "PAST_REF");
            }
            // Tomorrow is an age after any noun.
            let future_after_noun = self.is(idx, "tomorrow") && after_noun;
            if era_after || era_before || future_after_noun || self.tomorrow_as_noun(idx, end) {
                return None;
            }
            let days: i64 = days.parse().ok()?;
            let date = relative(self.quote_day(idx).or(self.anchor), "D", days)?;
            if self.is(idx, "tonight") {
                return Found::new(end, "TIME", format!("{date}TNI"));
            }
            if let Some((end2, part)) = self.term(end, Class::Part) {
                return Found::new(end2, "TIME", format!("{date}T{part}"));
            }
            return Found::new(end, "DATE", date);
        }
        // A part of the day before its day: "afternoon yesterday".
        let (end, part) = self.term(idx, Class::Part)?;
        let day = self.deictic(end).or_else(|| self.weekday_expr(end))?;
        if day.kind != "DATE" {
            return None;
        }
        Found::new(day.end, "TIME", format!("{}T{part}", day.value))
    }

    /// "a tomorrow where work is honoured", "a better tomorrow", "our
    /// brighter tomorrow", "there is no tomorrow", "our tomorrow depends
    /// on it": "tomorrow" right after an article in lower case, "The",
    /// "no" or a possessive that is no pronoun too (`owner_only` of
    /// `data/timex/contexts.txt`: "our", "their", not "his"), or after an
    /// article or a possessive and an adjective of hope
    /// (`outlook` of `data/timex/contexts.txt`), is a noun, the age to
    /// come, as "the cars of tomorrow" is (`timex.tomorrow_noun`). Not
    /// "tomorrow's vote" nor "a job tomorrow", a noun before it; not
    /// "Group A tomorrow", a capital letter, nor "could be his tomorrow",
    /// a pronoun; "her", also an object ("see her tomorrow"), owns nothing.
    fn tomorrow_as_noun(&self, idx: usize, end: usize) -> bool {
        let article = |k: usize| is_article(self.words[k].text);
        let owner = |k: usize| {
            let lower = self.lower(k);
            article(k) || (is_possessive(lower) && lower != "her")
        };
        self.tomorrow_noun
            && self.is(idx, "tomorrow")
            && !self.is(end, "'s")
            && self.term(end, Class::Part).is_none()
            && idx > 0
            && (((article(idx - 1)
                || self.is(idx - 1, "the")
                || self.is_cue(idx - 1, Cue::OwnerOnly))
                && !self.noun_after(end))
                || self.is_cue(idx - 1, Cue::NoDeterminer)
                || (idx > 1 && self.is_cue(idx - 1, Cue::Outlook) && owner(idx - 2)))
    }

    /// Whether word `k`, right after "tomorrow", is a noun it is the day
    /// of ("our tomorrow meeting was cancelled", "the tomorrow plans were
    /// dropped"): a word in lower case, no function word, followed by a
    /// verb of its own (a form of "be" or "have", a modal, a past
    /// auxiliary) or, unless it ends in "s" ("our tomorrow depends on
    /// it"), by a preposition or a verb in -ed. A word at the end or
    /// before a punctuation mark ("our tomorrow too,") is taken for no
    /// noun.
    fn noun_after(&self, k: usize) -> bool {
        let Some(w) = self.words.get(k) else {
            return false;
        };
        if w.kind != TokenKind::Word
            || self.is_capitalised(k)
            || is_function_word(&w.lower)
            || self.is_cue(k, Cue::PastAux)
            || self.in_ed(k)
            || self.term(k, Class::Past).is_some()
        {
            return false;
        }
        let Some(next) = self.words.get(k + 1).filter(|n| n.kind == TokenKind::Word) else {
            return false;
        };
        let verb = is_be(&next.lower)
            || is_have(&next.lower)
            || is_modal(&next.lower)
            || self.is_cue(k + 1, Cue::PastAux);
        verb || (!w.lower.ends_with('s') && (is_preposition(&next.lower) || self.in_ed(k + 1)))
    }
}
