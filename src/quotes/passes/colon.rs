//! `quotes.colon`: a colon before a quotation and no cue: the named
//! subject of the sentence that announces it ("Sanders made the following
//! comment: "...""), or a subject pronoun of the clause before the colon
//! ("She became upset, so that I had to change my answer:"), or the name
//! after "from" in a run-in source ("More from Jones:").

use super::{Run, Strategy};
use crate::quotes::index::is_word;
use crate::quotes::marks::Marked;
use crate::quotes::state::{Context, Found, State};
use crate::quotes::ATTRIBUTION_WINDOW;
use crate::segment::lower;
use crate::text::words::{is_article, is_subject_pronoun};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.colon",
        about: crate::passes::about(
            "a colon and no cue: the subject of the sentence announcing the quotation",
        ),
    },
    run: Run::Beside(run),
};

fn run(cx: &Context, state: &State, m: &Marked) -> Option<Found> {
    let at = &cx.at;
    let (sentence, c) = super::before::lead_in(cx, m);
    if !(c < m.open_token && at.word(c) == ":") {
        return None;
    }
    // A run-in source: "More from Jones: "..."", "A statement from the
    // White House: "..."": the name after "from" speaks.
    let named_before = (c > sentence.start)
        .then(|| at.entity_ending[c - 1])
        .flatten();
    if let Some(first) = named_before.filter(|&f| {
        let before = if f > sentence.start && is_article(lower(at.word(f - 1)).as_ref()) {
            f - 1
        } else {
            f
        };
        before > sentence.start && at.word(before - 1).eq_ignore_ascii_case("from")
    }) {
        return Some(Found::speaker(at.mention(first, c - 1)));
    }
    let pronoun = (sentence.start.max(c.saturating_sub(ATTRIBUTION_WINDOW))..c)
        .rev()
        .take_while(|&j| is_word(at.word(j)))
        // Not "it", which before a colon is mostly no one ("it was clear:").
        .find(|&j| {
            let w = lower(at.word(j));
            is_subject_pronoun(&w) && w != "it"
        });
    let (first, last) = pronoun.map(|j| (j, j)).or_else(|| {
        at.subject(sentence.start..c, c, &state.quoted)
            .filter(|&(first, last)| at.names_someone(first, last))
    })?;
    Some(Found::speaker(at.mention(first, last)))
}
