//! `quotes.own_subject`: a quotation inside its sentence takes the subject
//! of its own clause, after "but" or a dash ("Clinton proposed a debate -
//! but the Sanders campaign rejected the idea as "ludicrous""), else of
//! the sentence ("Blige sings Springsteen's "American Skin"").

use super::{Run, Strategy};
use crate::quotes::state::{Context, Found, Recent, State};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.own_subject",
        about: crate::passes::about(
            "a quotation inside its sentence: the subject of its clause or sentence",
        ),
    },
    run: Run::Within(run),
};

fn run(cx: &Context, state: &State, _recent: &Recent, q: usize) -> Option<Found> {
    let at = &cx.at;
    let open = state.extents[q].0;
    let (sentence, before) = super::cue_before::inside(cx, open)?;
    let clause = before.rev().find(|&k| {
        matches!(at.word(k), "but" | ";" | "-" | "--" | "\u{2014}")
            || (at.word(k) == "and" && k > sentence.start && at.word(k - 1) == ",")
    });
    let (first, last) = clause
        .and_then(|k| at.subject(k + 1..sentence.end, open, &state.quoted))
        .or_else(|| at.subject(sentence.clone(), open, &state.quoted))?;
    Some(Found::speaker(at.mention(first, last)))
}
