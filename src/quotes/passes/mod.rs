//! The attribution strategies, one file each, in one ordered list
//! ([`ALL`]): nearest evidence first. Each has a stable name
//! (`quotes.<strategy>`) and can be switched off; the first strategy that
//! finds a speaker for a quote wins, later ones leave it alone.
//!
//! How a strategy runs is its [`Run`]: on the text's marks before any
//! quotation is paired, beside one quotation, over the
//! whole article, or for the direct quotes still without a speaker. The
//! list is grouped in that order (a test holds it), which is also the
//! order `quotes::extract` runs them in.

mod according;
mod after;
mod anonymous;
mod as_put_it;
mod ascii_marks;
mod before;
mod broken;
mod colon;
mod cue_before;
mod dash;
mod expected;
mod fragments;
mod headline;
mod headline_names;
mod inverted;
mod last_speaker;
mod mixed;
mod own_subject;
mod previous_subject;
mod questions;
mod reported;
mod terms;
mod that_clause;
mod topics;
mod transcript;
mod turns;

use super::marks::Marked;
use super::state::{Context, Current, Found, Recent, State};
use crate::document::Entity;
use crate::document::Quote;
use crate::segment::{Structure, Token};
use crate::Pass;

/// How a strategy runs.
#[derive(Clone, Copy)]
pub(crate) enum Run {
    /// Respells the marks of the text before any quotation is paired, byte
    /// for byte; `None` when nothing changes.
    Text(fn(&str, &[Token]) -> Option<String>),
    /// Reads the names of the text as attribution needs them, before any
    /// quotation is paired.
    Names(fn(&str, &Structure, &[Entity]) -> Vec<Entity>),
    /// Reads the evidence beside one quotation, while the quote has no
    /// speaker yet.
    Beside(fn(&Context, &State, &Marked) -> Option<Found>),
    /// Joins the next quotation to the quote under work; true when it did.
    Join(fn(&Context, &mut State, &mut Current, &Marked) -> bool),
    /// Finds reported speech in the whole article, adding quotes.
    Document(fn(&Context, &mut State)),
    /// For a direct quote (an index into `State::quotes`) still without a
    /// speaker: evidence in its own sentence.
    Within(fn(&Context, &State, &Recent, usize) -> Option<Found>),
    /// For a direct quote still without a speaker: who it inherits from
    /// the text before it.
    Inherited(fn(&Context, &State, &Recent, usize) -> Option<Found>),
    /// Checks every quote once all are attributed.
    Each(fn(&Context, &mut Quote)),
    /// Reads all quotes at the end; may take some out (`State::gone`).
    Finish(fn(&Context, &mut State)),
}

impl Run {
    /// The round this runs in, for the test that the list is in order.
    #[cfg(test)]
    fn round(self) -> u8 {
        match self {
            Run::Text(_) | Run::Names(_) => 0,
            Run::Beside(_) | Run::Join(_) => 1,
            Run::Document(_) => 2,
            Run::Within(_) => 3,
            Run::Inherited(_) => 4,
            Run::Each(_) => 5,
            Run::Finish(_) => 6,
        }
    }
}

/// A strategy: its pass (name and what it does) and how it runs.
pub(crate) struct Strategy {
    pub pass: Pass,
    pub run: Run,
}

/// Every strategy, in the order they run.
pub(crate) static ALL: &[Strategy] = &[
    ascii_marks::STRATEGY,
    headline_names::STRATEGY,
    transcript::STRATEGY,
    after::STRATEGY,
    dash::STRATEGY,
    before::STRATEGY,
    inverted::STRATEGY,
    colon::STRATEGY,
    broken::STRATEGY,
    turns::STRATEGY,
    reported::STRATEGY,
    according::STRATEGY,
    questions::STRATEGY,
    expected::STRATEGY,
    topics::STRATEGY,
    that_clause::STRATEGY,
    headline::STRATEGY,
    mixed::STRATEGY,
    as_put_it::STRATEGY,
    cue_before::STRATEGY,
    own_subject::STRATEGY,
    previous_subject::STRATEGY,
    last_speaker::STRATEGY,
    anonymous::STRATEGY,
    fragments::STRATEGY,
    terms::STRATEGY,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_runs_round_by_round_with_unique_names() {
        let rounds: Vec<u8> = ALL.iter().map(|s| s.run.round()).collect();
        assert!(rounds.windows(2).all(|w| w[0] <= w[1]), "{rounds:?}");
        for (i, s) in ALL.iter().enumerate() {
            assert!(s.pass.name.starts_with("quotes."), "{}", s.pass.name);
            assert!(!s.pass.about.is_empty());
            assert!(ALL[..i].iter().all(|o| o.pass.name != s.pass.name));
        }
    }
}
