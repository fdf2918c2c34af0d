//! `quotes.transcript`: a transcript line names its speaker in capitals
//! before a colon: ""WALLACE: Let's start ..."".

use super::{Run, Strategy};
use crate::quotes::marks::Marked;
use crate::quotes::state::{Context, Found, State};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.transcript",
        about: "a transcript line's speaker in capitals: \"\"WALLACE: ...\"\"",
    },
    run: Run::Beside(run),
};

fn run(cx: &Context, _state: &State, m: &Marked) -> Option<Found> {
    let at = &cx.at;
    if !(m.open_token + 2 < cx.structure.tokens.len() && at.word(m.open_token + 2) == ":") {
        return None;
    }
    let name = at.word(m.open_token + 1);
    (name.len() > 1 && name.chars().all(|c| c.is_uppercase() || c == '-'))
        .then(|| Found::speaker(at.mention(m.open_token + 1, m.open_token + 1)))
}
