//! `quotes.relative_who`: a relative "who" in the words right before a
//! quotation is its speaker: "29 others who only specified "Christian"";
//! `people` links "who" to the person before it.

use super::{Run, Strategy};
use crate::quotes::index::is_word;
use crate::quotes::state::{Context, Found, Recent, State};
use crate::segment::lower;
use crate::text::words::is_be;
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.relative_who",
        about: "a relative \"who\" right before the quotation",
    },
    run: Run::Within(run),
};

fn run(cx: &Context, state: &State, _recent: &Recent, q: usize) -> Option<Found> {
    let at = &cx.at;
    let (_, before) = super::cue_before::inside(cx, state.extents[q].0)?;
    let who = before
        .rev()
        .take_while(|&k| is_word(at.word(k)))
        .find(|&k| at.word(k).eq_ignore_ascii_case("who"))
        // "a coach who is "working the referees"" says nothing.
        .filter(|&k| !is_be(lower(at.word(k + 1)).as_ref()))?;
    Some(Found::speaker(at.mention(who, who)))
}
