//! `quotes.broken`: a quote broken by its attribution, ""A," he said,
//! "B."": the quotation that opens right after the attribution that
//! `quotes.after` found is the second piece of the same quote.

use super::{Run, Strategy};
use crate::quotes::index::sentence_of;
use crate::quotes::marks::Marked;
use crate::quotes::state::{Context, Current, State};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.broken",
        about: crate::passes::about(
            "a quotation right after the attribution continues the quote: \"A,\" he said, \"B.\"",
        ),
    },
    run: Run::Join(run),
};

fn run(cx: &Context, state: &mut State, current: &mut Current, next: &Marked) -> bool {
    let Some(end) = current.attribution_end else {
        return false;
    };
    let between = end + 1..next.open_token;
    if !(between.len() <= 1 && between.clone().all(|b| matches!(cx.at.word(b), "," | ":"))) {
        return false;
    }
    // Only an attribution inside one sentence breaks a quote: after a
    // first piece that ends a sentence ("A." he said, "B.") or before a
    // second that opens one, they are two quotes.
    let ends_sentence = current
        .quote
        .spans
        .last()
        .is_some_and(|&[s, e]| cx.text[s..e].trim_end().ends_with(['.', '!', '?']));
    let opens_sentence = sentence_of(cx.structure, next.open_token).start == next.open_token;
    if ends_sentence || opens_sentence {
        return false;
    }
    current
        .quote
        .spans
        .extend(next.pieces.iter().map(|s| [s.start, s.end]));
    state.quoted[next.open_token..=next.close_token]
        .iter_mut()
        .for_each(|q| *q = true);
    current.close = next.close_token.max(current.close);
    true
}
