//! `quotes.turns`: a transcript's turn names its speaker: ""PENCE: And
//! that's why ..."" is Pence's (the label is left out of the quote by
//! `marks::split_transcripts`).

use super::{Run, Strategy};
use crate::document::Mention;
use crate::quotes::marks::Marked;
use crate::quotes::state::{Context, Found, State};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.turns",
        about: "a transcript's label names the speaker: \"\"PENCE: ...\"\"",
    },
    run: Run::Beside(run),
};

fn run(cx: &Context, _state: &State, m: &Marked) -> Option<Found> {
    let label = m.label?;
    Some(Found::speaker(Mention {
        start: label.start,
        end: label.end,
        text: cx.text[label.range()].to_string(),
    }))
}
