//! `quotes.terms`: a short phrase in quotation marks used as a name or a
//! term ("the "Big Three" automakers", what he called a "New GM") is not a
//! quote unless a cue attributes it: it opens inside its sentence, ends
//! no sentence, and no cue beside it or before it in its sentence gives
//! it a speaker (a naming verb such as "called" is no such cue). It is
//! listed among the document's `terms`.

use super::{Run, Strategy};
use crate::document::Mention;
use crate::quotes::index::sentence_of;
use crate::quotes::state::{Context, State};
use crate::segment::lower;
use crate::text::words::{is_article, is_function_word, is_preposition};
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.terms",
        about: crate::passes::about(
            "a short quoted name or term that no cue attributes is a term, not a quote",
        ),
    },
    run: Run::Finish(run),
};

/// Most words of a quoted term.
const MAX_TERM_WORDS: usize = 4;

/// Most words of a quoted title in title case.
const MAX_TITLE_WORDS: usize = 10;

/// How far before a quotation (in tokens) a cue makes it reported speech.
const MAX_CUE_DISTANCE: usize = 24;

/// The passes whose evidence is a cue or a speaker right beside the
/// quotation.
const BESIDE: [&str; 8] = [
    "quotes.transcript",
    "quotes.turns",
    "quotes.after",
    "quotes.as_put_it",
    "quotes.dash",
    "quotes.before",
    "quotes.inverted",
    "quotes.colon",
];

fn run(cx: &Context, state: &mut State) {
    for q in 0..state.n_direct {
        let quote = &state.quotes[q];
        if state.gone[q] || quote.spans.len() != 1 {
            continue;
        }
        let [s, e] = quote.spans[0];
        let words = &cx.text[s..e];
        let n_words = words.split_whitespace().count();
        // A term may close its sentence ("would be a "public benefit.""),
        // the full stop inside the marks as American style puts it; a
        // question, an exclamation or a clause cut off by a comma or colon
        // is speech.
        let ends_sentence = words.trim_end().ends_with(['!', '?', ',', ':', ';']);
        let open = state.extents[q].0;
        let inside = open > sentence_of(cx.structure, open).start;
        let sentence = sentence_of(cx.structure, open);
        // A cue before it in its sentence that reports speech ("Clinton
        // decried the GOP for "turning its back""): a fragment of reported
        // speech, not a term. A naming verb ("called") is no such cue.
        let cue_before = cue_before(cx, &sentence, open);
        let beside = state.by[q].is_some_and(|by| BESIDE.contains(&by));
        let close = state.extents[q].1;
        let named = named_term(cx, state, q);
        let term = n_words > 0
            && n_words <= MAX_TERM_WORDS
            && !ends_sentence
            && inside
            && ((!beside && !cue_before) || named);
        // A title: a show, book or slogan in title case ("the reality show
        // "The Apprentice,"", "on CNN's "New Day."", "her memoir, "Tough
        // Choices.""), wherever it stands, unless a cue beside it gives it
        // a speaker.
        // A possessive or a preposition before it makes it a noun, even
        // with a cue near: "Sanders told MSNBC's "Morning Joe" that ...",
        // "said on "Fox News Sunday"". In a headline, whose words are all
        // in title case, title case says nothing ("Warren Hammers Wells
        // Fargo CEO: 'You Should Be Criminally Investigated.'").
        // So does a work it names, a listener or a naming verb right
        // before it: "the reality show "The Apprentice"", "her memoir,
        // "Tough Choices"", "Fiorina told "Fox and Friends"", "an account
        // called "Hypo-Cruz"".
        let noun = open > sentence.start && {
            let before = lower(cx.at.word(open - 1));
            let work = |k: usize| {
                crate::resources::lists::quotes::work_nouns::contains(lower(cx.at.word(k)).as_ref())
            };
            before.ends_with("'s")
                || before.ends_with("’s")
                || is_preposition(&before)
                || work(open - 1)
                || (before == "," && open > sentence.start + 1 && work(open - 2))
                || crate::resources::lists::quotes::listener_cues::contains(before.as_ref())
                || crate::resources::lists::quotes::naming_cues::contains(before.as_ref())
        };
        // A headline is in title case before and after the quotation
        // ("Sunday on CNN's "State of the Union," while ..." is no
        // headline).
        let headline = open > sentence.start + 1
            && title_case(&cx.text[cx.structure.tokens[sentence.start].span.start..s])
            && (close + 1 >= sentence.end
                || title_case(
                    &cx.text[cx.structure.tokens[close + 1].span.start
                        ..cx.structure.tokens[sentence.end - 1].span.end],
                ));
        let title = n_words <= MAX_TITLE_WORDS
            && (!beside || noun)
            && !headline
            && !words.trim_end().ends_with(['!', '?', ':', ';'])
            && title_case(words);
        if !(term || title) {
            continue;
        }
        state.terms.push(Mention {
            start: s,
            end: e,
            text: words.to_string(),
        });
        state.gone[q] = true;
    }
}

/// Whether a cue that reports speech stands before token `open` in its
/// sentence ("Clinton decried the GOP for "turning its back""). A naming
/// verb ("called") is no such cue.
fn cue_before(cx: &Context, sentence: &std::ops::Range<usize>, open: usize) -> bool {
    (sentence.start.max(open.saturating_sub(MAX_CUE_DISTANCE))..open).any(|k| {
        cx.at.is_cue(k)
            && !crate::resources::lists::quotes::naming_cues::contains(
                lower(cx.at.word(k)).as_ref(),
            )
    })
}

/// Whether direct quote `q` is a name in title case given right after a
/// naming verb, perhaps with an article (what he called a "New GM",
/// dubbed "The Deal"), or a quoted modifier between an article and its
/// noun (the "Big Three" automakers) with no cue of speech before it in
/// its sentence ("said it was a "New GM" now" quotes): a term whatever
/// cue stands beside it, and no fragment of a report (`quotes.fragments`
/// leaves it to this pass).
pub(super) fn named_term(cx: &Context, state: &State, q: usize) -> bool {
    let (open, close) = state.extents[q];
    let sentence = sentence_of(cx.structure, open);
    let [s, e] = match state.quotes[q].spans.as_slice() {
        [one] => *one,
        _ => return false,
    };
    let words = &cx.text[s..e];
    let n_words = words.split_whitespace().count();
    // A name in title case: a word of the speaker's own in lower case
    // ("railing against the "crooked" process") is quoted speech.
    if n_words == 0
        || n_words > MAX_TERM_WORDS
        || words.trim_end().ends_with(['!', '?', ',', ':', ';'])
        || !title_case(words)
    {
        return false;
    }
    let article = |k: usize| is_article(lower(cx.at.word(k)).as_ref());
    let naming = |k: usize| {
        crate::resources::lists::quotes::naming_cues::contains(lower(cx.at.word(k)).as_ref())
    };
    let named = open > sentence.start
        && (naming(open - 1)
            || (open > sentence.start + 1 && article(open - 1) && naming(open - 2)));
    let modifier = open > sentence.start
        && article(open - 1)
        && !cue_before(cx, &sentence, open)
        && close + 1 < sentence.end
        && !cx.at.is_cue(close + 1)
        && {
            let after = cx.at.word(close + 1);
            after.starts_with(|c: char| c.is_lowercase())
                && after.chars().all(char::is_alphabetic)
                && !is_function_word(after)
        };
    named || modifier
}

/// Whether `words` are in title case: each word opens with a capital or
/// digit, but for short function words inside ("Orange is the New Black").
fn title_case(words: &str) -> bool {
    let mut n = 0;
    for (i, w) in words.split_whitespace().enumerate() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(c) = w.chars().next() else { continue };
        n += 1;
        let small = i > 0 && is_function_word(&w.to_lowercase());
        if !(c.is_uppercase() || c.is_ascii_digit() || small) {
            return false;
        }
    }
    n > 0
}
