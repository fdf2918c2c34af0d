//! Tense: whether a date without a year or a week lies ahead or behind
//! ("will meet Thursday", "met Thursday"), and which year a month or day
//! without one belongs to.

use super::matcher::Matcher;
use super::terms::{cue, Class, Cue};
use super::value::relative;
use crate::resources::lists::quotes::cues;
use crate::segment::TokenKind;
use crate::text::words::{
    is_article, is_be, is_coordinator, is_demonstrative, is_determiner, is_function_word, is_have,
    is_modal, is_negation, is_object_pronoun, is_possessive, is_preposition, is_relative,
    is_subject_pronoun, is_subordinator,
};

/// Whether the lower-case word `w` ends the clause a time sits in for the
/// tense tests: a comma, a semicolon, a colon, a full stop or "that".
fn ends_clause(w: &str) -> bool {
    matches!(w, "," | ";" | ":" | "." | "that")
}

impl Matcher<'_, '_> {
    /// The date a weekday names: the most recent one (up to the anchor
    /// itself) in past-tense reporting, the next one when the sentence
    /// speaks of the future.
    pub(super) fn weekday_date(&self, idx: usize, day: u32, shift: i64) -> String {
        let Some(a) = self.anchor else {
            return format!("XXXX-WXX-{day}");
        };
        let diff = i64::from(day) - i64::from(a.weekday());
        let date = match shift {
            -1 => a.add_days(if diff < 0 { diff } else { diff - 7 }),
            1 => a.add_days(if diff > 0 { diff } else { diff + 7 }),
            _ if (self.future_near(idx) || self.opens_a_plan(idx) || self.commits_ahead(idx))
                && diff != 0 =>
            {
                a.add_days(if diff > 0 { diff } else { diff + 7 })
            }
            _ => a.add_days(if diff <= 0 { diff } else { diff - 7 }),
        };
        date.to_string()
    }

    /// Whether a word just before `idx` puts the sentence in the future
    /// ("will meet on Thursday"), with no reporting verb or past auxiliary
    /// in between.
    pub(super) fn future_near(&self, idx: usize) -> bool {
        // A deadline "until" a time lies ahead ("extended its deadline
        // until 9 a.m. Tuesday"), unless it is "up until" or "not until" a
        // day past, or opens the sentence ("Until Thursday, they had not
        // called him").
        let mut k = idx;
        let clock_word = |j: usize| {
            self.words[j].kind == TokenKind::Number
                || [Class::Meridiem, Class::Noon, Class::Zone]
                    .into_iter()
                    .any(|class| self.term(j, class).is_some())
        };
        while k > 0 {
            // "5 p.m. on Monday": "on" between a clock and its day.
            let in_time =
                clock_word(k - 1) || (k >= 2 && self.is(k - 1, "on") && clock_word(k - 2));
            if !in_time || k + 5 < idx {
                break;
            }
            k -= 1;
        }
        if k > 1 && matches!(self.lower(k - 1), "until" | "till") {
            return !matches!(self.lower(k - 2), "up" | "not");
        }
        // A day in an aside that glosses a time ("at 4 in the morning (4
        // a.m. EDT Thursday)") takes the tense of the words before the time.
        let mut near = k;
        if near > 0 && self.is(near - 1, "(") {
            near -= 1;
            let floor = near.saturating_sub(4);
            while near > floor {
                let w = &self.words[near - 1];
                let in_time = w.kind == TokenKind::Number
                    || matches!(w.lower.as_ref(), "in" | "the")
                    || self.term(near - 1, Class::Meridiem).is_some()
                    || self.term(near - 1, Class::Part).is_some();
                if !in_time {
                    break;
                }
                near -= 1;
            }
        }
        // A verb in the past right before the day ("called Friday", "met
        // on Monday") dates it, whatever cue comes before.
        let before = near.saturating_sub(1 + usize::from(near > 0 && self.is(near - 1, "on")));
        if before < near
            && self.in_ed(before)
            && !self.is_capitalised(before)
            // A passive takes its tense from its auxiliary ("will be
            // counted Tuesday").
            && !(before > 0 && is_be(self.lower(before - 1)))
            // "as soon as trading opened Monday" looks ahead from the past.
            && !(before.saturating_sub(4)..before).any(|j| self.term(j, Class::Future).is_some())
        {
            return false;
        }
        // A date that names an event ("Wednesday's ruling", "the Aug. 7
        // blasts") is one already known.
        let names_event = idx > 0 && self.is(idx - 1, "the") || self.is(idx + 1, "'s");
        let mut past_verb = false;
        // Up to 14 words back: "is scheduled to sit down with union
        // leaders and several senior city council members on Thursday".
        for k in (near.saturating_sub(14)..near).rev() {
            let w = self.lower(k);
            // A cue further off counts only across no verb in the past
            // ("would look ... after the market closed Wednesday", "will
            // rally as Clinton spoke to supporters on Monday").
            // An irregular form after "be" or a modal is a participle
            // ("will be held in the hall on Monday"), after "if" a
            // condition ("how ties would fare if he won the election on
            // Nov. 8").
            let irregular = self.term(k, Class::Past).is_some()
                && !(k > 0 && (is_be(self.lower(k - 1)) || is_modal(self.lower(k - 1))))
                && !(k.saturating_sub(2)..k).any(|j| self.is(j, "if"));
            past_verb |=
                (self.in_ed(k) || irregular) && !self.is_capitalised(k) && !self.modifies_a_noun(k);
            if k + 6 < near && (past_verb || names_event) {
                return false;
            }
            // A reporting verb, the end of a clause, a verb in the perfect
            // or the past, or a relative pronoun ("that" is more often a
            // conjunction: "said that talks will resume Monday").
            let stop = self.reports(k)
                || matches!(w, "." | ";" | "have" | "has")
                || cue(w, Cue::PastAux)
                || (is_relative(w) && w != "that");
            if stop {
                return false;
            }
            // The present of "be" at most three words before the day
            // schedules it: "the funeral is on Saturday", "the campaign is
            // over on Monday", "a service is planned Friday"; not when
            // denied ("isn't a Super Tuesday state") or with "since",
            // "after" or "before" in between ("is possible after Tuesday's
            // victory"), where the search goes on.
            if matches!(w, "is" | "are") && k + 3 >= near {
                let denied = matches!(self.lower(k + 1), "n't" | "not");
                let signal = (k + 1..near).any(|j| {
                    self.is(j, "since")
                        || self.is_cue(j, Cue::Signal)
                        || self.is_cue(j, Cue::Deadline)
                });
                if !denied && !signal {
                    return true;
                }
            }
            // A modal of what may come before its verb ("she could win in
            // November", "it might lead to gains in November") looks ahead
            // as "will" does (`timex.modal_ahead`); not before "have" or a
            // denial ("could have won", "could not be reached Monday"),
            // nor a capitalised word ("May" is a month). Only a month: a
            // weekday is most often of the week told ("the grandparents
            // could be located Wednesday" is the one just past).
            // Nor a noun after a determiner ("the can of soup"), nor past a
            // verb in the past between the modal and the month ("the bill,
            // which could cost billions, passed in March"; not a passive,
            // "could be approved in May").
            if self.modal_ahead
                && self.month(idx).is_some()
                && self.is_cue(k, Cue::ModalAhead)
                && !self.is_capitalised(k)
                && !(k > 0 && (is_article(self.lower(k - 1)) || is_possessive(self.lower(k - 1))))
                && !(is_have(self.lower(k + 1)) || self.is(k + 1, "'ve"))
                && !is_negation(self.lower(k + 1))
            {
                let seen_from_past =
                    (k.saturating_sub(2)..k).any(|j| matches!(self.lower(j), "had" | "previously"));
                let past_between = (k + 1..idx).any(|j| {
                    self.term(j, Class::Past).is_some()
                        || self.in_ed(j) && !self.is_capitalised(j) && !is_be(self.lower(j - 1))
                });
                return !seen_from_past && !past_between;
            }
            // A "to" before a bare verb, an infinitive of purpose or aim
            // ("the best chance to win in November", "hopes to regain the
            // Senate in November"), looks ahead, unless a verb in the past
            // governs it ("went there to campaign in June", "used to"): a
            // month or a weekday ("the chance to win on Saturday"; not
            // "went to Paris to meet him on Monday", nor the day before
            // the document date, `yesterday`), `timex.to_ahead`.
            let day =
                self.month(idx).is_some() || (self.weekday(idx).is_some() && !self.yesterday(idx));
            if self.to_ahead && w == "to" && day && self.bare_verb_after(k) {
                // A verb in the past earlier in its clause ("asked for
                // $1.9 billion to fight Zika in February", "agreed to allow
                // Trump to use the file in November").
                let past = self.past_governs(k);
                let clause_end = |j: usize| ends_clause(self.lower(j));
                let in_past = |j: usize| self.verb_in_past(j);
                let preposition = k > 0 && self.is_cue(k - 1, Cue::ToPreposition);
                // The clause's own verb may come after the month, in the
                // past: "the decision to raise rates in December surprised
                // markets", "admissions to hospital in March rose".
                let past_after = (idx + 1..(idx + 9).min(self.words.len()))
                    .take_while(|&j| !clause_end(j) && !is_coordinator(self.lower(j)))
                    .any(in_past);
                if !past && !preposition && !past_after {
                    return true;
                }
            }
            // A verb of a scheduled event counts only right before the day
            // ("Netanyahu and Arafat meet separately Monday"), a "close" cue
            // ("ahead of", "must") only within six words.
            if self.term(k, Class::Future).is_some_and(|(end, reach)| {
                end <= idx
                    && match reach {
                        // Not a noun: "a get out the vote event Monday",
                        // "won by 112 runs in two days", "scored eight
                        // runs", "held two dry runs": a verb in -s takes
                        // no count of more than one right before it, nor
                        // one word before.
                        // Nor an infinitive that a verb in the past
                        // governs: "went to Paris to meet him on Monday"
                        // (`timex.to_ahead`).
                        "adjacent" => {
                            k + 3 >= near
                                && !(k > 0 && is_determiner(self.lower(k - 1)))
                                && !(k.saturating_sub(2)..k).any(|j| self.counts_many(j))
                                && !(self.to_ahead
                                    && k > 0
                                    && self.is(k - 1, "to")
                                    && self.past_governs(k - 1))
                        }
                        "close" => k + 6 >= near,
                        _ => true,
                    }
            }) {
                // "had been due to", "previously planned", "didn't
                // expect him on Monday": a future seen from the past. ("was
                // set to headline Tuesday" is more often ahead.)
                let seen_from_past =
                    (k.saturating_sub(2)..k).any(|j| self.is_cue(j, Cue::FromPast));
                return !seen_from_past;
            }
        }
        false
    }

    /// Whether the time at `idx` sits in an infinitive after a verb of
    /// commitment in the past, up to 14 words back in its clause (as far
    /// as `future_near` reads): "agreed to allow Trump to use the file
    /// in", "agreed to purchase its liquid-chromatography line for $22
    /// million in".
    ///
    /// The verb's object may stand before "to", as after a verb of order
    /// ("ordered him to return to court on", "asked the court to rule
    /// by"): an object pronoun, up to three capitalised words, or a
    /// determiner and one or two words.
    fn after_commitment(&self, idx: usize) -> bool {
        self.commitment_to(idx).is_some()
    }

    /// The "to" of the infinitive after a verb of commitment that the time
    /// at `idx` sits in (`after_commitment`), the nearest one back.
    fn commitment_to(&self, idx: usize) -> Option<usize> {
        (idx.saturating_sub(14)..idx)
            .rev()
            .take_while(|&j| !ends_clause(self.lower(j)))
            .find(|&j| {
                j > 0
                    && self.is(j, "to")
                    && self.bare_verb_after(j)
                    && (0..=3).any(|n| {
                        j > n
                            && (self.is_cue(j - 1 - n, Cue::Commitment)
                                || (self.is(j - 1 - n, "told")
                                    && n > 0
                                    && self.is_cue(j + 1, Cue::AppearVerb)))
                            && !self.after_have(j - 1 - n)
                            && self.is_object(j - n, j)
                    })
            })
    }

    /// Whether words `start..end` may be the object of a verb before an
    /// infinitive: none ("agreed to"), an object pronoun ("ordered him
    /// to"), up to three capitalised words, "on" among them ("asked Smith
    /// to", "voted Monday to", "had agreed on Thursday to"), or a determiner or possessive and one or two words
    /// ("urged the court to", "told its members to"), or a bare plural,
    /// a word before it at most ("told jurors to", "urged Senate
    /// lawmakers to", "asked federal prosecutors to").
    fn is_object(&self, start: usize, end: usize) -> bool {
        let n = end - start;
        let plain =
            |k: usize| self.words[k].kind == TokenKind::Word && !is_function_word(self.lower(k));
        let plural = |k: usize| {
            let w = self.lower(k);
            plain(k)
                && !self.is_capitalised(k)
                && w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is")
        };
        n == 0
            || (n == 1 && is_object_pronoun(self.lower(start)))
            || ((1..=2).contains(&n) && plural(end - 1) && (start..end).all(plain))
            || (start..end).all(|k| (plain(k) && self.is_capitalised(k)) || self.is(k, "on"))
            || (n >= 2
                && (is_determiner(self.lower(start)) || is_possessive(self.lower(start)))
                && (start + 1..end).all(plain))
    }

    /// Whether a weekday at `idx` sits in an infinitive after a verb of
    /// commitment or order in the past (`after_commitment`), so that the
    /// day comes after the promise: "agreed to continue talks into
    /// Wednesday", "ordered him to return to court on Thursday"
    /// (`timex.commit_ahead`).
    ///
    /// Not past another verb in the past between the infinitive and the
    /// day, which dates it ("decided to go a different direction and the
    /// speech she delivered Monday night"), nor before a clause that tells
    /// the thing done (`then_done`), nor for the day before the document
    /// date (`yesterday`).
    pub(super) fn commits_ahead(&self, idx: usize) -> bool {
        if !self.commit_ahead || self.yesterday(idx) {
            return false;
        }
        self.commitment_to(idx)
            .is_some_and(|to| !(to + 1..idx).any(|j| self.verb_in_past(j)))
            && !self.then_done(idx)
            && !self.past_frame(idx)
    }

    /// Whether the sentence opens with a past frame ("Last week,", "On
    /// Friday,") or a clause told in the past follows the day at `idx`
    /// ("on Monday, when they heard closing arguments", "on Monday as the
    /// storm approached"): the day is then of the story told, not ahead.
    fn past_frame(&self, idx: usize) -> bool {
        let opener = usize::from(
            self.words
                .first()
                .is_some_and(|w| w.kind != TokenKind::Word),
        );
        let frame = (self.is(opener, "last")
            && matches!(self.lower(opener + 1), "week" | "month" | "weekend"))
            || (self.is(opener, "on") && self.weekday(opener + 1).is_some());
        if frame && self.is(opener + 2, ",") && opener + 2 < idx {
            return true;
        }
        let mut j = idx + 1;
        j += usize::from(self.is(j, ","));
        matches!(self.lower(j), "when" | "as" | "after" | "while")
            && (j + 1..(j + 6).min(self.words.len()))
                .take_while(|&k| !matches!(self.lower(k), "," | "." | ";"))
                .any(|k| self.verb_in_past(k))
    }

    /// Whether a clause joined by "and" or "but" after the day at `idx`,
    /// within eight words, tells in the past that the thing was done:
    /// "voted to strike on Thursday, and the strike shut the port", "told
    /// him to leave on Monday, and he left".
    fn then_done(&self, idx: usize) -> bool {
        let end = (idx + 9).min(self.words.len());
        (idx + 1..end)
            .take_while(|&j| !matches!(self.lower(j), "." | ";" | "?" | "!"))
            .find(|&j| matches!(self.lower(j), "and" | "but"))
            .is_some_and(|j| (j + 1..(j + 5).min(self.words.len())).any(|k| self.verb_in_past(k)))
    }

    /// Whether the weekday at `idx` is the day before the document date:
    /// news reports the day before, and an infinitive's weak cue of the
    /// future does not move it a week on ("the real meaning of Thursday
    /// night's debate", "threatened to run away from the field Thursday
    /// night", said on a Friday).
    fn yesterday(&self, idx: usize) -> bool {
        match (self.weekday(idx), self.anchor) {
            (Some((day, _)), Some(a)) => {
                (i64::from(a.weekday()) - i64::from(day)).rem_euclid(7) == 1
            }
            _ => false,
        }
    }

    /// Whether a verb in the past earlier in its clause, up to eight words
    /// back, governs the infinitive "to" at `k`: "went there to campaign
    /// in June", "asked for $1.9 billion to fight Zika in February". Not a
    /// present perfect: "has agreed to hold talks in March" looks ahead as
    /// "agrees to" does.
    fn past_governs(&self, k: usize) -> bool {
        (k.saturating_sub(8)..k)
            .rev()
            .take_while(|&j| !ends_clause(self.lower(j)))
            .any(|j| self.verb_in_past(j))
    }

    /// Whether word `j` is a verb or an auxiliary in the past, no present
    /// perfect: "went", "asked", "was"; not "has agreed".
    fn verb_in_past(&self, j: usize) -> bool {
        ((self.in_ed(j) && !self.is_capitalised(j))
            || self.term(j, Class::Past).is_some()
            || self.is_cue(j, Cue::PastAux))
            && !self.after_have(j)
    }

    /// Whether word `k` follows "has" or "have": a present perfect ("has
    /// agreed"), which is no verb in the past for what lies ahead of it.
    fn after_have(&self, k: usize) -> bool {
        k > 0 && matches!(self.lower(k - 1), "has" | "have" | "'ve")
    }

    /// Whether the word after `k` may be a bare verb: a lower-case word
    /// that is no function word, number, month, plural in -s, form in
    /// -ed or long form in -ing ("to win", "to regain"; not "to voters",
    /// "to the convention", "to 64 percent").
    fn bare_verb_after(&self, k: usize) -> bool {
        let Some(v) = self.words.get(k + 1) else {
            return false;
        };
        let w = v.lower.as_ref();
        v.kind == TokenKind::Word
            && !self.is_capitalised(k + 1)
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !is_function_word(w)
            && !(w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
            && !w.ends_with("ed")
            && !(w.ends_with("ing") && w.len() > 5)
    }

    /// Whether word `k` is a count of more than one: "3", "112", "three";
    /// not "one" ("no one runs").
    fn counts_many(&self, k: usize) -> bool {
        let w = &self.words[k];
        w.kind == TokenKind::Number || w.number.is_some_and(|(n, ordinal)| !ordinal && n != 1.0)
    }

    /// Whether word `k` reports what someone said ("said", "announced",
    /// "told"): a cue of `data/quotes/cues.txt`, the list the quotes layer
    /// reads, unless it is also a cue of the future ("will testify
    /// Tuesday").
    pub(super) fn reports(&self, k: usize) -> bool {
        cues::contains(self.lower(k)) && self.term(k, Class::Future).is_none()
    }

    /// Whether a day that opens the sentence ("On Tuesday, the league
    /// plans to hold a news conference") is the day of a plan: the main
    /// clause after it speaks of the future before it reports anything.
    /// A part of the day may follow the day, and the comma may be left
    /// out ("On Friday night the jury is expected to begin deliberations").
    pub(super) fn opens_a_plan(&self, idx: usize) -> bool {
        let opener = idx == 0 || (idx == 1 && self.is(0, "on"));
        if !opener {
            return false;
        }
        let mut after = idx + 1;
        if let Some((end, _)) = self.term(after, Class::Part) {
            after = end;
        }
        let comma = self.is(after, ",");
        after += usize::from(comma);
        // In a line written in capitals or title case ("POLICE ARRESTED",
        // "Police Arrested The Suspect") a capital says nothing of a name.
        let window = after..(idx + 14).min(self.words.len());
        let capitals = window.clone().filter(|&k| self.is_capitalised(k)).count();
        let title_case = 2 * capitals > window.len();
        for k in window {
            let w = self.lower(k);
            if self.term(k, Class::Future).is_some() {
                // "planned to" and "expected to" are plans seen from the
                // past unless the present says so ("is expected to").
                let seen_from_past =
                    w.ends_with("ed") && !(k > 0 && matches!(self.lower(k - 1), "is" | "are"));
                return w != "would" && !seen_from_past;
            }
            // Without a comma, a relative clause of the subject ("On
            // Monday the team that will represent Britain was named") is
            // no plan of the main clause.
            if is_subordinator(w) || (!comma && matches!(w, "who" | "that" | "which" | "whose")) {
                return false;
            }
            // "Mohamed", "Ahmed": a name inside the sentence, no verb.
            let name = self.name_in_ed && self.is_capitalised(k) && !title_case;
            if (self.in_ed(k) && !name)
                || cue(w, Cue::PastAux)
                || self.reports(k)
                || matches!(w, "," | ";" | ".")
            {
                return false;
            }
        }
        false
    }

    /// Whether the clause just before `idx` is in the past ("since he was
    /// rescued ... in late November"), whatever the rest of the sentence
    /// says of the future.
    pub(super) fn past_near(&self, idx: usize) -> bool {
        for k in (idx.saturating_sub(10)..idx).rev() {
            match self.lower(k) {
                w if w == "since" || cue(w, Cue::PastAux) => return true,
                // "to" opens an infinitive ("agreed to sell it in May"),
                // whose time may lie ahead; before an article it is a
                // preposition ("changed from a fiscal year to a calendar
                // year in December") and the clause goes on.
                "to" if !self.words.get(k + 1).is_some_and(|w| is_article(&w.lower)) => {
                    return false
                }
                w if ends_clause(w) => return false,
                // "will", "would" and the other cues of the future.
                _ if self.term(k, Class::Future).is_some() => return false,
                _ if self.is_past_verb(k) => return true,
                _ => {}
            }
        }
        false
    }

    /// Whether the word in -ed at `k` is an adjective inside a noun phrase:
    /// right after an article, or after one and an adverb in -ly or "still"
    /// ("on a still unspecified date", "a newly listed company").
    fn modifies_a_noun(&self, k: usize) -> bool {
        let at = |j: usize| k.checked_sub(j).map(|j| self.lower(j));
        let adverb = at(1).is_some_and(|w| w.ends_with("ly") || w == "still");
        at(1).is_some_and(is_article) || (adverb && at(2).is_some_and(is_article))
    }

    /// Whether word `k` looks like a regular verb in the past: a word in
    /// -ed ("closed", "died", not "succeed", "shed") that is no future
    /// cue ("expected").
    pub(super) fn in_ed(&self, k: usize) -> bool {
        let w = self.lower(k);
        (w.len() > 4 || w.len() == 4 && w.ends_with("ied"))
            && w.ends_with("ed")
            && !w.ends_with("eed")
            && self.term(k, Class::Future).is_none()
    }

    /// Whether word `k` is a verb in the past tense: "took", "said", or a
    /// word in -ed that is not a passive or an infinitive ("will be
    /// counted", "to be named"), an adjective after an article ("the
    /// revised plan") or a future cue ("expected").
    pub(super) fn is_past_verb(&self, k: usize) -> bool {
        if self.is_capitalised(k) && k > 0 {
            return false;
        }
        if !self.in_ed(k) && self.term(k, Class::Past).is_none() {
            return false;
        }
        let before = if k > 0 { self.lower(k - 1) } else { "" };
        !(is_be(before)
            || is_modal(before)
            || is_article(before)
            || is_possessive(before)
            || before == "to")
    }

    /// The year of a month (and day) at `idx` given without one. Next to a
    /// future cue ("will", "payable", "expected to") it is the next such
    /// date on or after the anchor, unless it fell in the last month.
    /// Otherwise it is the anchor's year, except that news reports the
    /// past, so a date more than two months ahead of the anchor is last
    /// year's unless the sentence speaks of the future (and not in a past
    /// clause) or the date names an event up to six months ahead ("the
    /// Nov. 8 election"); a date up to two months into next year is next
    /// year's. A deadline ("by", "through") is the nearest such date.
    pub(super) fn year_for(&self, idx: usize, month: u32, day: Option<u32>) -> Option<i32> {
        let a = self.anchor?;
        let here = i64::from(a.month) * 31 + i64::from(a.day);
        let there = match day {
            Some(d) => i64::from(month) * 31 + i64::from(d),
            // A month is not past while it lasts.
            None => i64::from(month) * 31 + 31,
        };
        // "In 2019, the firm hired 200 people. In March ...": the year the
        // text set the story in (`timex.scene_year`). Not last year's
        // scene for a month of this year already gone: "In 2019, the
        // economy grew 2.3%. In January, exports fell", said in February
        // 2020, gives this year's figure after last year's.
        if let Some(year) = self
            .scene_for(idx)
            .filter(|&y| !(y + 1 == a.year && there <= here))
        {
            return Some(year);
        }
        // A deadline ("pay down the loan by February", "loans through
        // January") is the nearest such month, which may be next year's.
        // ("until mid-November": past a position word).
        let mut k = idx;
        while k > 0 && self.is_position(k - 1) {
            k -= 1;
        }
        let deadline = k > 0 && self.is_cue(k - 1, Cue::Deadline);
        // What a past promise binds ("agreed to buy the line in February")
        // comes after the promise, which is near the anchor: the nearest
        // such month (`timex.commit_nearest`).
        if self.commit_nearest && self.after_commitment(k) {
            let ahead = there - here;
            return Some(if ahead > 6 * 31 {
                a.year - 1
            } else if ahead < -6 * 31 {
                a.year + 1
            } else {
                a.year
            });
        }
        // Just past the turn of the year: "the caucuses Feb. 23", said in
        // December, are two months ahead.
        let soon_next_year = there + 12 * 31 - here <= 2 * 31 + 31 * i64::from(day.is_none())
            && !self.past_near(idx);
        Some(if (deadline && here - there > 6 * 31) || soon_next_year {
            a.year + 1
        } else if self.future_near(idx) {
            // A date of the last month is that one, whatever the cue ("must
            // file their February reports", said in March).
            let just_past = here - there <= 31;
            if there < here && !just_past {
                a.year + 1
            } else {
                a.year
            }
        } else if there - here > 2 * 31 + 31 * i64::from(day.is_none())
            && (!self.future || self.past_near(idx))
            && !self.named_ahead(idx, month)
            && !(self.names_an_event(idx) && there - here < 6 * 31 && !self.past_near(idx))
            && !(self.present_clause && there - here <= 6 * 31 && self.opens_a_present_clause(idx))
        {
            a.year - 1
        } else if day.is_none()
            && month > a.month
            && !deadline
            && (self.past_near(idx) || self.opens_a_past_clause(idx))
            && !self.future
            && !self.names_an_event(idx)
        {
            // A clause in the past tells of a month already gone: "he
            // announced his candidacy in March", said in January, is last
            // March. A day ahead in a past clause is more often an event
            // to come ("the debate came 15 days before the caucuses on
            // Feb. 1"), and so is a month in a sentence that speaks of the
            // future.
            a.year - 1
        } else if day.is_some()
            && there > here
            && !self.future
            && (self.done_on(idx) || self.opens_a_past_clause(idx))
        {
            // A verb in the past that the day completes ("he died on May
            // 2", "the vote was held on 2 May") tells of a day gone, even
            // a day ahead of the anchor's in the calendar: last year's.
            a.year - 1
        } else {
            a.year
        })
    }

    /// Whether the story has named `month` ahead of the document date
    /// before and no verb in the past dates the one at `idx`: "will vote
    /// in November ... her chances in November" (`timex.month_ahead`).
    fn named_ahead(&self, idx: usize, month: u32) -> bool {
        let named = 1u16
            .checked_shl(month)
            .is_some_and(|bit| self.state.ahead_months & bit != 0);
        self.month_ahead
            && named
            && !self.past_near(idx)
            && !self.opens_a_past_clause(idx)
            && !self.past_after(idx)
    }

    /// Whether a verb in the past follows the month at `idx` in its
    /// clause, up to eight words on: "Turnout in November was low", "A
    /// poll in November showed him ahead". A month that opens its
    /// sentence reads past one comma: ""In November, we lost"".
    fn past_after(&self, idx: usize) -> bool {
        let mut commas = usize::from(idx <= 3);
        for k in idx + 1..(idx + 9).min(self.words.len()) {
            match self.lower(k) {
                "," if commas > 0 => commas -= 1,
                w if ends_clause(w) => return false,
                // A relative clause is another verb's: "Remember in
                // November the Democrats who filibustered".
                w if is_coordinator(w)
                    || is_relative(w)
                    || is_modal(w)
                    || self.term(k, Class::Future).is_some() =>
                {
                    return false
                }
                w if cue(w, Cue::PastAux) || self.is_past_verb(k) => return true,
                _ => {}
            }
        }
        false
    }

    /// Whether the date at `idx` sits in a phrase that opens the sentence
    /// ("In June, the team was sold", "On June 3, he resigned") and the
    /// main clause after its comma is told in the past: a past auxiliary
    /// or verb within six words, before any modal or cue of the future.
    fn opens_a_past_clause(&self, idx: usize) -> bool {
        let lead_in = (0..idx).all(|k| is_preposition(self.lower(k)) || self.is_position(k));
        if idx > 2 || !lead_in {
            return false;
        }
        let Some(comma) = (idx + 1..(idx + 4).min(self.words.len())).find(|&k| self.is(k, ","))
        else {
            return false;
        };
        for k in comma + 1..(comma + 7).min(self.words.len()) {
            let w = self.lower(k);
            if matches!(w, "," | ";" | ":" | ".")
                || is_modal(w)
                || self.term(k, Class::Future).is_some()
            {
                return false;
            }
            if cue(w, Cue::PastAux) || self.is_past_verb(k) {
                return true;
            }
        }
        false
    }

    /// Whether the date at `idx` sits in a phrase that opens the sentence
    /// and the main clause after its comma is told in the present: "On
    /// Dec. 1, that changes", "In March, the law takes effect", "On Dec.
    /// 1, the rates are higher": right after the comma a subject (a
    /// pronoun, or a determiner and one or two words) and then "is",
    /// "are" or a verb in -s. A date ahead in the calendar said so is the
    /// one to come, not last year's (`timex.present_clause`).
    ///
    /// Only "on" or "in" opens it: "since", "through" or "as of" a date
    /// measure up to it, so the date is behind ("Since Dec. 1, the index
    /// is up"). The caller takes the date to come only up to six months
    /// ahead: a balance sheet's "On Dec. 31, its debt is" said in March is
    /// last year's. A story told in the past around a present sentence
    /// (the historical present) is not seen: the test reads one sentence.
    pub(super) fn opens_a_present_clause(&self, idx: usize) -> bool {
        let lead_in = (0..idx).all(|k| is_preposition(self.lower(k)) || self.is_position(k));
        if idx > 2 || !lead_in || !matches!(self.lower(0), "on" | "in") {
            return false;
        }
        let Some(comma) = (idx + 1..(idx + 4).min(self.words.len())).find(|&k| self.is(k, ","))
        else {
            return false;
        };
        // The subject: a pronoun ("it", "that"), or a determiner and one
        // or two words ("the new law", "its rates").
        let s = comma + 1;
        let first = self.lower(s);
        if is_subject_pronoun(first) || is_demonstrative(first) {
            // After "they" no verb takes -s, so none is read as one.
            return self.present_verb(s + 1, true);
        }
        // A word in -s after a count is a plural noun ("the two sides"),
        // and so is one before a verb in the past ("the party leaders
        // agreed"), however the past is spelt ("agreed" included).
        // So is one before a verb whose past is spelt as its present ("the
        // oil prices hit a low"): the subject of a verb that may be past
        // (`timex.same_past`), but only where the verb's object opens
        // after it (a determiner, a count or an object pronoun): "cut",
        // "cost" or "set" before a noun is a modifier ("the store sells
        // cut flowers", "the law sets cost limits").
        let object_opens = |j: usize| {
            j < self.words.len()
                && (is_determiner(self.lower(j))
                    || is_object_pronoun(self.lower(j))
                    || self.words[j].kind == TokenKind::Number
                    || self.words[j].number.is_some())
        };
        let plural_noun = |k: usize| {
            self.words[k - 1].number.is_some()
                || self.words[k - 1].kind == TokenKind::Number
                || k + 1 < self.words.len()
                    && (self.is_past_verb(k + 1)
                        || self.lower(k + 1).ends_with("ed")
                        || self.same_past
                            && self.is_cue(k + 1, Cue::SamePast)
                            && object_opens(k + 2))
        };
        is_determiner(first)
            && (s + 2..(s + 4).min(self.words.len()))
                .any(|k| self.present_verb(k, !self.lower(k - 1).ends_with('s')) && !plural_noun(k))
    }

    /// Whether word `k` is a verb in the present after its subject: "is"
    /// or "are" before no form in -ed ("is closed" is a state, "is
    /// expected" a plan), or, after a singular subject (`in_s`), a
    /// lower-case word in -s longer than three letters that is no noun in
    /// -ss, -us or -is, no verb of the past and no report ("changes",
    /// "takes", "goes"; not "says", which attributes what follows).
    fn present_verb(&self, k: usize, in_s: bool) -> bool {
        let Some(word) = self.words.get(k) else {
            return false;
        };
        let w = word.lower.as_ref();
        if matches!(w, "is" | "are") {
            return !(k + 1 < self.words.len() && self.in_ed(k + 1));
        }
        in_s && word.kind == TokenKind::Word
            && !self.is_capitalised(k)
            && w.len() > 3
            && w.ends_with('s')
            && !self.reports(k)
            && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"))
            && self.term(k, Class::Past).is_none()
    }

    /// Whether the time at `idx..end` sits in a clause in the past: a
    /// past auxiliary or verb before it in its clause, or a verb in the
    /// past within six words after it, past one comma ("Over the weekend,
    /// protesters gathered").
    pub(super) fn told_in_the_past(&self, idx: usize, end: usize) -> bool {
        if self.past_near(idx) {
            return true;
        }
        let mut commas = 0;
        // Past a comma, a reporting verb is the attribution of the clause
        // the time ends ("The curfew starts at 9 p.m., officials said"),
        // not its verb, unless the time opens the sentence ("On Sunday,
        // police said").
        let fronted = idx <= 2;
        for k in end..(end + 6).min(self.words.len()) {
            match self.lower(k) {
                "," if commas == 0 => commas += 1,
                w if ends_clause(w) || w == "to" => return false,
                _ if commas == 1 && !fronted && self.reports(k) => return false,
                _ if cue(self.lower(k), Cue::PastAux) || self.is_past_verb(k) => return true,
                _ if self.term(k, Class::Future).is_some() => return false,
                _ => {}
            }
        }
        false
    }

    /// Whether the day at `idx` follows "on" right after a verb in the
    /// past ("died on", "was held on"), not after a noun ("the debate
    /// came 15 days before the caucuses on Feb. 1").
    fn done_on(&self, idx: usize) -> bool {
        if idx < 3 || !self.is(idx - 1, "on") || self.is_capitalised(idx - 2) {
            return false;
        }
        let k = idx - 2;
        // Any form in -ed, "died" and "tied" too, and the irregular pasts.
        let w = self.lower(k);
        let in_ed = w.len() > 3
            && w.ends_with("ed")
            && !w.ends_with("eed")
            && self.term(k, Class::Future).is_none();
        if !in_ed && self.term(k, Class::Past).is_none() {
            return false;
        }
        // After a past auxiliary a passive or a perfect ("was held", "had
        // died"); after another form of "be", a modal, an article, a
        // possessive or "to" no verb in the past ("is opened", "will be
        // held", "the revised plan").
        let before = self.lower(k - 1);
        self.is_cue(k - 1, Cue::PastAux)
            || !(is_be(before)
                || is_modal(before)
                || is_article(before)
                || is_possessive(before)
                || before == "to")
    }

    /// Whether the date at `idx` modifies an event noun after "the": "the
    /// Nov. 8 general election", "the July convention". Without a tense of
    /// its own such a date is the nearest one, ahead as well as behind.
    pub(super) fn names_an_event(&self, idx: usize) -> bool {
        if idx == 0 || !self.is(idx - 1, "the") {
            return false;
        }
        let mut end = idx + 1;
        if self.day_number(end).is_some() {
            end += 1;
        }
        self.words.get(end).is_some_and(|w| {
            w.kind == TokenKind::Word
                && w.text.starts_with(|c: char| c.is_ascii_lowercase())
                && !is_function_word(&w.lower)
        })
    }

    /// Whether the adverb at `idx..end` sits in a past-tense clause: after
    /// a past auxiliary ("was soon released") or before a verb in the past
    /// ("soon became").
    pub(super) fn in_past_narrative(&self, idx: usize, end: usize) -> bool {
        let before = if idx > 0 { self.lower(idx - 1) } else { "" };
        let after = self.lower(end);
        let past_verb = cue(after, Cue::PastAux)
            || self.term(end, Class::Past).is_some()
            || (after.len() > 4 && after.ends_with("ed") && !after.ends_with("eed"));
        cue(before, Cue::PastAux) || past_verb
    }

    /// What "one day" at `idx` (its unit ending at `end`) is when it names
    /// some day rather than a day's length: after a modal or a subject
    /// ("Islam will one day be", "he one day follow") or opening a clause
    /// ("One day the United States might ...", after a reporting verb too:
    /// "he said one day the country might"). `Some(Some(FUTURE_REF))`
    /// when a modal or a cue of the future comes with it, `Some(None)` (no
    /// time) for a day of a past story ("One day, he walked in"), `None`
    /// when it counts a day ("in one day", "one day later").
    pub(super) fn indefinite_day(&self, idx: usize, end: usize) -> Option<Option<&'static str>> {
        // Two words of their own: "a one-day trip" counts.
        let own_words = self.words[idx].token == self.words[idx].span;
        if !(self.is(idx, "one") && self.is(end - 1, "day") && end == idx + 2 && own_words) {
            return None;
        }
        let counts = self.is_cue(end, Cue::Signal) || self.is_cue(end, Cue::CountAfter);
        // "hopes one day to run", "dreams of one day playing", "vowed to
        // one day return": a day to come, not said which.
        let hoped = (1..=2).any(|back| {
            idx >= back
                && self.is_cue(idx - back, Cue::HopeVerb)
                && (back == 1 || matches!(self.lower(idx - 1), "to" | "of"))
        });
        // "hope one day will be enough", "wish one day had been": "one
        // day" is the subject of a verb, and counts.
        let subject = {
            let next = self.lower(end);
            is_modal(next) || is_be(next) || matches!(next, "has" | "had")
        };
        if hoped && !counts && !subject {
            return Some(Some("FUTURE_REF"));
        }
        let before = idx.checked_sub(1).map(|k| (k, self.lower(k)));
        let after_modal = before.is_some_and(|(_, w)| is_modal(w));
        let opens_clause = match before {
            None => true,
            Some((k, w)) => {
                !self.words[k]
                    .text
                    .starts_with(|c: char| c.is_alphanumeric())
                    || is_coordinator(w)
                    || is_subordinator(w)
                    || is_subject_pronoun(w)
                    || matches!(w, "that" | "then")
            }
        };
        // "He said one day the country might join", "she believes one
        // day Scotland will": a reporting verb opens the clause it
        // reports, as "that" does, when the clause's subject follows "one
        // day" (a determiner other than "a", a subject pronoun or a name).
        // Otherwise "one day" counts: "said one day was enough", "said one
        // day without power could cost", "said one day's delay", "added
        // one day to the festival" (`timex.reported_one_day`).
        let clause_subject = {
            let next = self.lower(end);
            (next == "the" || is_possessive(next) || is_demonstrative(next))
                || is_subject_pronoun(next)
                || self.words.get(end).is_some_and(|w| {
                    w.kind == TokenKind::Word && crate::text::is_capitalised(w.text)
                })
        };
        let reported = self.reported_one_day
            && !opens_clause
            && before.is_some_and(|(k, _)| self.reports(k))
            && !subject
            && clause_subject;
        if counts || !(after_modal || opens_clause || reported) {
            return None;
        }
        let clause_end = (end..(end + 10).min(self.words.len()))
            .find(|&k| matches!(self.lower(k), "." | ";" | "," if k > end + 1))
            .unwrap_or((end + 10).min(self.words.len()));
        // A modal before it in its clause ("I hope I can be like that one
        // day") or after it ("One day the United States might ...").
        let modal_before = (idx.saturating_sub(6)..idx)
            .rev()
            .take_while(|&k| self.words[k].text.starts_with(char::is_alphanumeric))
            .any(|k| is_modal(self.lower(k)));
        let ahead = after_modal
            || modal_before
            || self.future_near(idx)
            || (end..clause_end)
                .any(|k| is_modal(self.lower(k)) || self.term(k, Class::Future).is_some());
        Some(ahead.then_some("FUTURE_REF"))
    }

    /// "will be redeemed in five years": after a future cue, "in" and a
    /// count of whole units is the date that far ahead of the anchor.
    pub(super) fn in_time_ahead(
        &self,
        idx: usize,
        unit: &str,
        n: Option<f64>,
        has_the: bool,
    ) -> Option<String> {
        let n = n.filter(|n| n.fract() == 0.0 && *n >= 1.0)?;
        if has_the || idx == 0 || !self.is(idx - 1, "in") || !matches!(unit, "Y" | "M" | "W" | "D")
        {
            return None;
        }
        if !self.future_near(idx) {
            return None;
        }
        relative(self.anchor, unit, n as i64)
    }
}
