//! `quotes.after`: the cue and speaker right after a quotation, in its
//! paragraph: ""...," said X.", ""...," X said, "..."", ""...," Fred
//! Kagan, director of ..., said".

use super::{Run, Strategy};
use crate::quotes::index::sentence_of;
use crate::quotes::marks::Marked;
use crate::quotes::state::{Context, Found, State};
use crate::quotes::{ATTRIBUTION_WINDOW, MAX_PARENTHETICAL};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.after",
        about: crate::passes::about(
            "a cue and speaker right after the quotation: \", said X\", \", X said\"",
        ),
    },
    run: Run::Beside(run),
};

fn run(cx: &Context, _state: &State, m: &Marked) -> Option<Found> {
    let (text, structure, at) = (cx.text, cx.structure, &cx.at);
    let tokens = &structure.tokens;
    let paragraph_end = structure
        .paragraphs
        .get(
            structure
                .paragraphs
                .partition_point(|p| p.tokens.end <= m.close_token),
        )
        .map_or(tokens.len(), |p| p.tokens.end);
    let after_end = (m.close_token + 1 + ATTRIBUTION_WINDOW).min(paragraph_end);
    let mut k = m.close_token + 1;
    if k < after_end && at.word(k) == "," {
        k += 1;
    }
    // A quotation inside a sentence that ends with it ("Russia insisted
    // that Pyongyang "stop its escapades."") leaves what follows to the
    // next sentence: "The IAEA said ..." is not its attribution.
    let embedded = m.open_token > sentence_of(structure, m.open_token).start;
    let last_char = m
        .pieces
        .last()
        .and_then(|p| text[p.range()].trim_end().chars().next_back());
    let ends_sentence = embedded && last_char == Some('.');
    // The quotation's text ends with a comma or a question: an
    // attribution follows (""...," Fred Kagan, director of ..., said").
    let open_ended = matches!(last_char, Some(',' | '?' | '!'));
    if k >= after_end || ends_sentence {
        return None;
    }
    // ""...," according to Judicial Watch.": the source after
    // "according to" speaks (a name, or a short phrase to the sentence's
    // end).
    if k + 2 < after_end
        && !embedded
        && at.word(k).eq_ignore_ascii_case("according")
        && at.word(k + 1).eq_ignore_ascii_case("to")
    {
        let last = at.speaker_from(k + 2, after_end)?;
        return Some(Found {
            claims: Some(k),
            ends_at: Some(last),
            ..Found::with_cue(at.mention(k + 2, last), at.mention(k, k + 1))
        });
    }
    if at.is_adjacent_cue(k) {
        let last = (k + 1 < after_end)
            .then(|| at.speaker_from(k + 1, after_end))
            .flatten()?;
        return Some(Found {
            claims: Some(k),
            ends_at: Some(last),
            ..Found::with_cue(at.mention(k + 1, last), at.mention(k, k))
        });
    }
    let limit = (k + ATTRIBUTION_WINDOW + MAX_PARENTHETICAL).min(sentence_of(structure, k).end);
    let (first, last, cue) = at.speaker_then_cue(k, limit, open_ended).or_else(|| {
        (open_ended && !embedded)
            .then(|| at.verb_beside(k, limit))
            .flatten()
    })?;
    // ""...," Detik.com quoted Djamal as saying": Djamal speaks, and
    // Detik.com is the outlet; ""...," Djamal told Detik.com".
    let (first, last, outlet) = match at.quoted_as(cue, limit) {
        Some((speaker, speaker_end, _)) => {
            (speaker, speaker_end, Some((first, at.with_domain(last))))
        }
        // ""...," the Gazette translated her as saying": she speaks.
        None => match at.carried_as(cue, k) {
            Some((speaker, speaker_end)) if last < speaker => {
                (speaker, speaker_end, Some((first, at.with_domain(last))))
            }
            _ => (first, last, at.listener_outlet(cue, limit)),
        },
    };
    // After a quotation inside a sentence with no cue before it, the cue
    // also reports the sentence: "On CBS's "Face the Nation," Ryan said
    // the protests demand ...", "Trump is a "change agent," Cole said."
    let sentence = sentence_of(structure, m.open_token);
    let cue_before = (sentence
        .start
        .max(m.open_token.saturating_sub(2 * MAX_PARENTHETICAL))
        ..m.open_token)
        .any(|j| at.is_cue(j));
    Some(Found {
        claims: (!embedded || cue_before).then_some(cue),
        ends_at: Some(cue),
        outlet: outlet.map(|(f, l)| at.mention(f, l)),
        ..Found::with_cue(at.mention(first, last), at.mention(cue, cue))
    })
}
