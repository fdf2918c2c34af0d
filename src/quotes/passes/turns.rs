//! `quotes.turns`: a transcript's turn printed without quotation marks
//! ("KATE BOULDUAN: Why not debate?") is a quote too: the words after the
//! label to the end of the paragraph, said by the label's speaker, the
//! colon the cue. Turns inside quotation marks are `quotes.transcript`'s.

use super::{Run, Strategy};
use crate::document::Quote;
use crate::quotes::state::{Context, State};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.turns",
        about: "a transcript's turn without quotation marks: \"BOULDUAN: Why not debate?\"",
    },
    run: Run::Document(run),
};

fn run(cx: &Context, state: &mut State) {
    let tokens = &cx.structure.tokens;
    for turn in &cx.turns {
        if state.quoted[turn.first] || state.used_cue[turn.colon] {
            continue;
        }
        let paragraph = &cx.structure.paragraphs[turn.paragraph];
        if turn.colon + 1 >= paragraph.tokens.end {
            continue;
        }
        let start = tokens[turn.colon + 1].span.start;
        state.used_cue[turn.colon] = true;
        state.quotes.push(Quote {
            kind: "direct".into(),
            spans: vec![[start, paragraph.span.end]],
            cue: Some(cx.at.mention(turn.colon, turn.colon)),
            speaker: Some(cx.at.mention(turn.first, turn.colon - 1)),
            speaker_cluster: None,
            anonymous: false,
            outlet: None,
            fragments: Vec::new(),
        });
    }
}
