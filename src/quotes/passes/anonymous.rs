//! `quotes.anonymous`: a quote whose speaker is an unnamed source, a
//! phrase with no name whose head is "officials", "a source" and the like,
//! is marked `anonymous`; also when the head stands before the phrase found
//! ("a source close to the talks", "people familiar with the matter"),
//! which then becomes the speaker.

use super::{Run, Strategy};
use crate::document::Quote;
use crate::quotes::state::Context;
use crate::quotes::MAX_SPEAKER_TOKENS;
use crate::text::words::{is_determiner, is_preposition, is_quantifier};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.anonymous",
        about: crate::passes::about(
            "unnamed sources (\"officials\", \"a source close to\") mark the quote anonymous",
        ),
    },
    run: Run::Each(run),
};

fn run(cx: &Context, quote: &mut Quote) {
    let at = &cx.at;
    let Some(speaker) = &quote.speaker else {
        return;
    };
    let tokens = at.tokens;
    let first = tokens.partition_point(|t| t.span.start < speaker.start);
    let last = tokens.partition_point(|t| t.span.end <= speaker.end);
    // A name of a person makes the source named; a body's name does not
    // ("a White House official", "an Apple spokeswoman").
    let person_in = (first..last).any(|k| {
        at.person_starts(k) || (k == first && at.in_entity[k] && at.entity_at[k].is_none())
    });
    // A person named after a comma is the source: "said a Pentagon
    // spokesman, Capt. Jeff Davis".
    let named_after = last < tokens.len()
        && at.word(last) == ","
        && (last + 1..last + 4).any(|k| at.person_starts(k));
    if first >= last || person_in || named_after {
        return;
    }
    let is_head = |k: usize| {
        crate::resources::lists::quotes::anonymous::contains(at.word(k).to_lowercase().as_str())
    };
    // The head last, or joined to a body by a preposition: "a spokesman
    // for Apple", "officials at the Pentagon".
    let head_of_body = (first..last - 1)
        .any(|k| is_head(k) && is_preposition(at.word(k + 1).to_lowercase().as_str()));
    if is_head(last - 1) || head_of_body {
        quote.anonymous = true;
        return;
    }
    // A name that speaks is no head's modifier ("many people Wikinews
    // observed").
    if (first..last).any(|k| at.in_entity[k]) {
        return;
    }
    // Back over plain words (no names) to a head: "a source close to".
    let head = (first.saturating_sub(MAX_SPEAKER_TOKENS)..first)
        .rev()
        .take_while(|&k| !at.in_entity[k] && at.word(k).chars().all(char::is_alphabetic))
        .find(|&k| is_head(k));
    if let Some(head) = head {
        let before = head.checked_sub(1).map(|k| at.word(k).to_lowercase());
        let start = if before.is_some_and(|w| is_determiner(&w) || is_quantifier(&w)) {
            head - 1
        } else {
            head
        };
        quote.speaker = Some(at.mention(start, last - 1));
        quote.anonymous = true;
    }
}
