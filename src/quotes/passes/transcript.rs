//! `quotes.transcript`: a quotation that opens with a transcript's
//! speaker label ("PENCE: Well, look ...") is that speaker's turn: the
//! label is the speaker, the colon the cue, and the words after it the
//! quote. Which labels are speakers is read once per article
//! (`quotes::turns`).

use super::{Run, Strategy};
use crate::quotes::marks::Marked;
use crate::quotes::state::{Context, Found, State};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.transcript",
        about: crate::passes::about(
            "a transcript's turn: the speaker's label in capitals and a colon (\"PENCE: ...\")",
        ),
    },
    run: Run::Beside(run),
};

fn run(cx: &Context, _state: &State, m: &Marked) -> Option<Found> {
    let first = m.open_token + 1;
    let i = cx.turns.partition_point(|t| t.first < first);
    let turn = cx.turns.get(i).filter(|t| t.first == first)?;
    let at = &cx.at;
    // The words after the label; a label alone on its line is no part of
    // the quote (the next paragraph holds its words).
    let paragraph = &cx.structure.paragraphs[turn.paragraph];
    let content = if turn.colon + 1 < paragraph.tokens.end {
        cx.structure.tokens[turn.colon + 1].span.start
    } else {
        paragraph.span.end
    };
    Some(Found {
        claims: Some(turn.colon),
        content_from: Some(content),
        ..Found::with_cue(
            at.mention(turn.first, turn.last),
            at.mention(turn.colon, turn.colon),
        )
    })
}
