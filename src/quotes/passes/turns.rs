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
        about: crate::passes::about(
            "a transcript's turn without quotation marks: \"BOULDUAN: Why not debate?\"",
        ),
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
        // "LEE: "We will win."": the turn's words are that quotation,
        // already a quote; it is the label's if nothing nearer spoke.
        if state.quoted[turn.colon + 1] {
            let q = state.extents[..state.n_direct].partition_point(|e| e.0 < turn.colon + 1);
            if state.extents.get(q).is_some_and(|e| e.0 == turn.colon + 1)
                && state.quotes[q].speaker.is_none()
            {
                state.used_cue[turn.colon] = true;
                state.quotes[q].speaker = Some(cx.at.mention(turn.first, turn.last));
                state.quotes[q].cue = Some(cx.at.mention(turn.colon, turn.colon));
                state.by[q] = Some(STRATEGY.pass.name);
            }
            continue;
        }
        let start = tokens[turn.colon + 1].span.start;
        state.used_cue[turn.colon] = true;
        state.quotes.push(Quote {
            kind: "direct".into(),
            spans: vec![[start, paragraph.span.end]],
            cue: Some(cx.at.mention(turn.colon, turn.colon)),
            speaker: Some(cx.at.mention(turn.first, turn.last)),
            speaker_cluster: None,
            anonymous: false,
            outlet: None,
            fragments: Vec::new(),
        });
    }
}
