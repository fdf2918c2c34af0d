//! `quotes.headline`: a headline that gives a source, a colon and what it
//! said: "Lynch: No outside influence on FBI probe", "NY Post: Kelly is no
//! different". The source is the name before the colon, the content all
//! after it; the colon is the cue.

use super::{Run, Strategy};
use crate::quotes::state::{Context, State};
use crate::segment::{lower, BlockKind};
use crate::text::words::is_article;
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.headline",
        about: crate::passes::about(
            "a headline with a name, a colon and what was said: \"Lynch: No outside influence\"",
        ),
    },
    run: Run::Document(run),
};

/// Most tokens of the source before a headline's colon ("Former AG
/// Mukasey at RNC").
const MAX_SOURCE_TOKENS: usize = 6;

/// Most words of a headline read as one (a longer first line is a
/// paragraph).
const MAX_HEADLINE_TOKENS: usize = 30;

fn run(cx: &Context, state: &mut State) {
    let (structure, at) = (cx.structure, &cx.at);
    let tokens = &structure.tokens;
    let mut covered = None;
    for (p_idx, paragraph) in structure.paragraphs.iter().enumerate() {
        let range = paragraph.tokens.clone();
        // A heading, or the text's first line when it is one short
        // sentence (a title pasted with a full stop).
        let first_line = p_idx == 0
            && structure
                .sentences
                .first()
                .is_some_and(|s| s.tokens.end >= range.end)
            && range.len() <= MAX_HEADLINE_TOKENS;
        if !(paragraph.kind == BlockKind::Heading || first_line) || range.len() < 4 {
            continue;
        }
        let Some(colon) = (range.start + 1..range.start + 1 + MAX_SOURCE_TOKENS)
            .take_while(|&k| k < range.end)
            .find(|&k| at.word(k) == ":")
        else {
            continue;
        };
        // The source names someone ("The Latest:", "Delegate Update:" do
        // not) and opens with no article.
        let source = range.start..colon;
        let named = source.clone().any(|k| {
            at.entity_at[k].is_some_and(|(e, _)| matches!(at.labels[e], "PERSON" | "ORG"))
        });
        if !named || is_article(lower(at.word(range.start)).as_ref()) || at.all_caps(range.start) {
            continue;
        }
        // What follows is a statement: no quotation (the direct passes
        // read that), no question ("Ted Cruz: Conservative or career
        // politician?"), and no second name list ("Netanyahu and Obama:
        // A tortured relationship" names two).
        let end = at.end_before_stop(&range);
        let content = colon + 1..end;
        if content.len() < 3
            || at.word(range.end - 1) == "?"
            || content.clone().any(|k| state.quoted[k])
            || source
                .clone()
                .any(|k| crate::text::words::is_coordinator(lower(at.word(k)).as_ref()))
        {
            continue;
        }
        let covered = covered.get_or_insert_with(|| state.covered(tokens));
        if covered[content.clone()].iter().any(|&c| c) {
            continue;
        }
        state.add_reported(
            tokens,
            covered,
            content,
            colon,
            at.mention(colon, colon),
            Some(at.mention(range.start, colon - 1)),
        );
    }
}
