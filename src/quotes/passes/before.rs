//! `quotes.before`: a speaker and cue right before a quotation: "X said:
//! "..."", "X remarked, "..."", also when the quote opens the paragraph
//! after one ending "X said:"; and a cue with its listener between them:
//! "X told reporters, "..."", "telling Reuters: "..."".

use std::ops::Range;

use super::{Run, Strategy};
use crate::quotes::index::sentence_of;
use crate::quotes::marks::Marked;
use crate::quotes::shapes::MAX_LISTENER_TOKENS;
use crate::quotes::state::{Context, Found, State};
use crate::quotes::MAX_SPEAKER_TOKENS;
use crate::segment::lower;
use crate::text::words::{is_article, is_possessive};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.before",
        about: crate::passes::about(
            "a speaker and cue right before the quotation: \"X said: \"...\"\"",
        ),
    },
    run: Run::Beside(run),
};

/// The sentence that leads in to quotation `m` (the one before when the
/// quotation opens a paragraph after a colon) and the token after its
/// lead-in: back from the opening mark over ",", ":", "that" and "to".
pub(super) fn lead_in(cx: &Context, m: &Marked) -> (Range<usize>, usize) {
    let (structure, at) = (cx.structure, &cx.at);
    let p = structure
        .paragraphs
        .partition_point(|p| p.tokens.start < m.open_token);
    let opens_paragraph = structure
        .paragraphs
        .get(p)
        .is_some_and(|p| p.tokens.start == m.open_token);
    let after_colon = opens_paragraph && m.open_token > 0 && at.word(m.open_token - 1) == ":";
    let sentence = sentence_of(
        structure,
        if after_colon {
            m.open_token - 1
        } else {
            m.open_token
        },
    );
    let mut c = m.open_token;
    while c > sentence.start && matches!(at.word(c - 1), "," | ":" | "that" | "to") {
        c -= 1;
    }
    (sentence, c)
}

fn run(cx: &Context, state: &State, m: &Marked) -> Option<Found> {
    let at = &cx.at;
    let (sentence, c) = lead_in(cx, m);
    if let Some(found) = according_before(cx, state, &sentence, c) {
        return Some(found);
    }
    if !(c > sentence.start && at.is_adjacent_cue(c - 1) && !state.used_cue[c - 1]) {
        return told_before(cx, state, &sentence, c);
    }
    // The quotation names whom it was told: "told "Fox and Friends"
    // that ..." reports what follows it.
    if at
        .listener_outlet(c - 1, sentence.end)
        .is_some_and(|(_, last)| last >= m.close_token)
    {
        return None;
    }
    let (first, last) = at.speaker_before_cue(c - 1, sentence.start)?;
    // "X reported (that) Y said "..."": Y's words, which X carried.
    let that = first > sentence.start && at.word(first - 1).eq_ignore_ascii_case("that");
    let outlet = (first > sentence.start + usize::from(that))
        .then(|| first - 1 - usize::from(that))
        .filter(|&k| at.is_cue(k))
        .and_then(|k| at.speaker_before_cue(k, sentence.start))
        .filter(|&(f, l)| at.is_outlet(f, l))
        .map(|(f, l)| at.mention(f, at.with_domain(l)));
    Some(Found {
        claims: Some(c - 1),
        outlet,
        ..Found::with_cue(at.mention(first, last), at.mention(c - 1, c - 1))
    })
}

/// "X told reporters, "..."", "telling Reuters: "..."": a listener cue,
/// whom it was told, and a comma or colon right before the quotation. X
/// speaks; a listener that is an outlet is the quote's outlet.
fn told_before(cx: &Context, state: &State, sentence: &Range<usize>, c: usize) -> Option<Found> {
    let at = &cx.at;
    if !(c > sentence.start + 1 && matches!(at.word(c), "," | ":")) {
        return None;
    }
    let from = sentence
        .start
        .max(c.saturating_sub(MAX_LISTENER_TOKENS + 1));
    let cue = (from..c - 1).rev().find(|&k| at.is_listener_cue(k))?;
    // Whom it was told: words only, none a cue or quoted ("told them",
    // "told the Associated Press (AP)", "told CBS on Sunday").
    let listener = cue + 1..c;
    if state.used_cue[cue]
        || state.quoted[cue]
        || !listener.clone().all(|k| {
            let w = at.word(k);
            !at.is_cue(k)
                && !state.quoted[k]
                && (crate::quotes::index::is_word(w) || matches!(w, "(" | ")" | "'s" | "."))
        })
    {
        return None;
    }
    let (first, last) = at.speaker_before_cue(cue, sentence.start)?;
    let outlet = at
        .listener_outlet(cue, c)
        .map(|(f, l)| at.mention(f, at.with_domain(l)));
    Some(Found {
        claims: Some(cue),
        outlet,
        ..Found::with_cue(at.mention(first, last), at.mention(cue, cue))
    })
}

/// "According to X, "..."" and "According to X: "..."": a sentence that
/// opens with "according to" and its source, right before the
/// quotation; X speaks.
fn according_before(
    cx: &Context,
    state: &State,
    sentence: &Range<usize>,
    c: usize,
) -> Option<Found> {
    let at = &cx.at;
    let start = sentence.start;
    if c < start + 3
        || !at.word(start).eq_ignore_ascii_case("according")
        || !at.word(start + 1).eq_ignore_ascii_case("to")
        || state.used_cue[start]
        || !matches!(at.word(c), "," | ":")
    {
        return None;
    }
    // The source is all that stands between "to" and the mark: a name or
    // a short phrase ("the newspaper", "its Amazon summary").
    let phrase = || {
        let first = lower(at.word(start + 2));
        ((is_article(&first) || is_possessive(&first))
            && c - (start + 2) <= MAX_SPEAKER_TOKENS
            && (start + 3..c).all(|k| crate::quotes::index::is_word(at.word(k))))
        .then(|| c - 1)
    };
    let last = at.speaker_from(start + 2, c).or_else(phrase)?;
    (last + 1 == c && at.can_speak(start + 2, last)).then(|| Found {
        claims: Some(start),
        ..Found::with_cue(at.mention(start + 2, last), at.mention(start, start + 1))
    })
}
