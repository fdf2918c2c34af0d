//! Who said what: direct quotes (paired quotation marks, also across
//! paragraphs and broken by their attribution) and reported speech ("X
//! warned that ..."), each with its cue and its speaker.
//!
//! - `marks`: the quotation marks, paired into quoted runs;
//! - `index`: the per-token index every pass reads (names, cues);
//! - `speakers`: speaker phrases before and after a cue, and subjects;
//! - `state`: what the passes share, as one explicit struct;
//! - `passes/`: one file per attribution strategy, run from the ordered
//!   list `passes::ALL`, nearest evidence first. Each has a stable name
//!   (`quotes.after`, `quotes.dash`, ...) and can be switched off.
//!
//! Speakers are the names the names layer found, pronouns, or short noun
//! phrases ("the minister").

mod index;
pub(crate) mod marks;
pub(crate) mod passes;
mod shapes;
mod speakers;
mod state;
mod turns;

use crate::document::{Entity, Mention, Quote};
use crate::segment::Structure;
use index::Index;
use passes::Run;
use state::{Context, Current, Recent, State};

/// How far around a quote (in tokens) its attribution is looked for.
const ATTRIBUTION_WINDOW: usize = 8;

/// Longest noun phrase taken as a speaker when no name is found.
const MAX_SPEAKER_TOKENS: usize = 5;

/// Most tokens after a cue that still count as the end of the sentence:
/// "content, Warren said on Monday in an interview."
const MAX_TAIL_TOKENS: usize = 6;

/// Fewest tokens of reported content without "that" ("praised the
/// deal"); shorter ones that open with a preposition are adjuncts:
/// "Obama said in his interview." reports nothing.
const MIN_CONTENT_TOKENS: usize = 2;

/// Most comma-bounded asides skipped between a speaker and a cue.
const MAX_ASIDES: usize = 4;

/// Most title words before a name ("Clinton campaign spokesman").
const MAX_TITLE_TOKENS: usize = 4;

/// Most words of a description before a speaker's name that runs back to
/// the comma after the content ("..., Algerian foreign affairs ministry
/// spokesman Ali Benali said."): the comma bounds it.
const MAX_DESCRIPTION_TOKENS: usize = 7;

/// Longest parenthetical skipped between a speaker and a cue ("Putin, who,
/// after a recent meeting in Minsk, emphasized").
const MAX_PARENTHETICAL: usize = 24;

/// Finds the quotes of the normalised `text`; spans are in its bytes.
///
/// The passes of [`passes::ALL`] that `switches` leaves on run in their
/// order, in four rounds: the evidence beside each quotation (and the join
/// of a quote broken by its attribution), reported speech over the whole
/// article, then for direct quotes still without a speaker the evidence in
/// their sentence and last what they inherit from the text before them;
/// finally each quote is checked for an unnamed source.
pub fn extract(
    text: &str,
    structure: &Structure,
    entities: &[Entity],
    switches: &crate::Switches,
) -> Extracted {
    let tokens = &structure.tokens;
    let on: Vec<&passes::Strategy> = passes::ALL
        .iter()
        .filter(|s| switches.is_on(s.pass.name))
        .collect();
    // Marks respelled byte for byte: every span found stays a span of
    // `text`.
    let mut respelled: Option<String> = None;
    for strategy in &on {
        if let Run::Text(run) = strategy.run {
            if let Some(new) = run(respelled.as_deref().unwrap_or(text), tokens) {
                respelled = Some(new);
            }
        }
    }
    let text = respelled.as_deref().unwrap_or(text);
    let mut names: Option<Vec<Entity>> = None;
    for strategy in &on {
        if let Run::Names(run) = strategy.run {
            names = Some(run(text, structure, names.as_deref().unwrap_or(entities)));
        }
    }
    let entities = names.as_deref().unwrap_or(entities);
    let at = Index::new(text, tokens, entities);
    let cx = Context {
        text,
        structure,
        turns: turns::turns(structure, &at),
        at,
        terms_on: switches.is_on("quotes.terms"),
    };
    let marked = marks::split_transcripts(text, tokens, marks::pair_marks(text, structure));
    let mut state = State::new(tokens.len(), structure.sentences.len());
    let mut idx = 0;
    while idx < marked.len() {
        let m = &marked[idx];
        let mut current = Current::new(m);
        state.quoted[m.open_token..=current.close]
            .iter_mut()
            .for_each(|q| *q = true);
        for strategy in &on {
            match strategy.run {
                Run::Beside(run) if current.quote.speaker.is_none() => {
                    if let Some(found) = run(&cx, &state, m).filter(|f| speaks(&cx, f)) {
                        current.take(found, &mut state);
                        current.by = Some(strategy.pass.name);
                    }
                }
                Run::Join(run) => {
                    if let Some(next) = marked.get(idx + 1) {
                        if run(&cx, &mut state, &mut current, next) {
                            idx += 1;
                        }
                    }
                }
                _ => {}
            }
        }
        state.extents.push((m.open_token, current.close));
        state.by.push(current.by);
        state.quotes.push(current.quote);
        idx += 1;
    }
    state.n_direct = state.quotes.len();
    for strategy in &on {
        if let Run::Document(run) = strategy.run {
            run(&cx, &mut state);
        }
    }
    attribute_rest(&cx, &mut state, &on);
    for strategy in &on {
        if let Run::Each(run) = strategy.run {
            for quote in &mut state.quotes {
                run(&cx, quote);
            }
        }
    }
    state.gone = vec![false; state.quotes.len()];
    for strategy in &on {
        if let Run::Finish(run) = strategy.run {
            run(&cx, &mut state);
        }
    }
    let mut quotes: Vec<Quote> = state
        .quotes
        .into_iter()
        .zip(state.gone)
        .filter(|(_, gone)| !gone)
        .map(|(q, _)| q)
        .collect();
    // No quote is empty: a piece without a letter or digit ("''", ":")
    // is no content.
    let has_word = |&[s, e]: &[usize; 2]| text[s..e].chars().any(char::is_alphanumeric);
    for quote in &mut quotes {
        quote.spans.retain(has_word);
        quote.fragments.retain(has_word);
    }
    quotes.retain(|q| !q.spans.is_empty());
    crate::sort::sort_by_key(&mut quotes, |q| q.spans.first().map_or(0, |s| s[0]));
    let mut terms = state.terms;
    crate::sort::sort_by_key(&mut terms, |t| t.start);
    Extracted { quotes, terms }
}

/// What the quotes stage finds: the quotes, and the quoted phrases that
/// are names or terms.
pub struct Extracted {
    pub quotes: Vec<Quote>,
    pub terms: Vec<Mention>,
}

/// Speakers for the direct quotes that the evidence beside them did not
/// give one: first from their own sentence (`Run::Within`), then from the
/// text before them (`Run::Inherited`), keeping track of who spoke last.
fn attribute_rest(cx: &Context, state: &mut State, on: &[&passes::Strategy]) {
    let tokens = &cx.structure.tokens;
    let token_at = |byte: usize| tokens.partition_point(|t| t.span.start < byte);
    let n_direct = state.n_direct;
    // A quotation inside a mixed quote has that quote's source. Mixed
    // quotes are one per sentence, so only the nearest one starting before
    // a quotation can hold it.
    let mut mixed: Vec<(usize, usize, usize)> = state.quotes[n_direct..]
        .iter()
        .enumerate()
        .filter(|(_, r)| r.kind == "mixed")
        .map(|(i, r)| (r.spans[0][0], r.spans[0][1], n_direct + i))
        .collect();
    crate::sort::sort(&mut mixed);
    // Who spoke last, and where: every attribution with a speaker, by the
    // token where its quote starts. A report in a relative clause ("18%
    // who say", "a supporter who has accused") is an aside: its "who"
    // is no speaker in focus for the quotations after it.
    let mut said: Vec<(usize, Mention)> = state.quotes[n_direct..]
        .iter()
        .filter(|r| {
            // (A relative ends its speaker: "Ann Lee, 45, who".)
            r.speaker.as_ref().is_some_and(|s| {
                let last = s.text.rsplit(char::is_whitespace).next().unwrap_or("");
                !crate::text::words::is_relative(crate::segment::lower(last).as_ref())
            })
        })
        .filter_map(|r| Some((token_at(r.spans.first()?[0]), r.speaker.clone()?)))
        .collect();
    crate::sort::sort_by_key(&mut said, |s| s.0);
    let mut recent = Recent {
        mixed,
        last_said: None,
        last_own: None,
    };
    let mut next_said = 0;
    for q in 0..n_direct {
        let (open, close) = state.extents[q];
        while next_said < said.len() && said[next_said].0 < open {
            recent.last_said = Some(said[next_said].clone());
            recent.last_own = Some(said[next_said].0);
            next_said += 1;
        }
        for strategy in on {
            if let Run::Within(run) = strategy.run {
                if state.quotes[q].speaker.is_none() {
                    if let Some(found) = run(cx, state, &recent, q).filter(|f| speaks(cx, f)) {
                        found.give(&mut state.quotes[q]);
                        state.by[q] = Some(strategy.pass.name);
                    }
                }
            }
        }
        // Where the last attribution of its own (not inherited) was.
        if state.quotes[q].speaker.is_some() {
            recent.last_own = Some(close);
        }
        for strategy in on {
            if let Run::Inherited(run) = strategy.run {
                if state.quotes[q].speaker.is_none() {
                    if let Some(found) = run(cx, state, &recent, q).filter(|f| speaks(cx, f)) {
                        found.give(&mut state.quotes[q]);
                        state.by[q] = Some(strategy.pass.name);
                    }
                }
            }
        }
        if let Some(speaker) = &state.quotes[q].speaker {
            recent.last_said = Some((close, speaker.clone()));
        }
    }
}

/// Whether what a pass found can speak (see `Index::can_speak`).
fn speaks(cx: &Context, found: &state::Found) -> bool {
    let tokens = &cx.structure.tokens;
    let first = tokens.partition_point(|t| t.span.start < found.speaker.start);
    let last = tokens.partition_point(|t| t.span.end <= found.speaker.end);
    last > first && cx.at.can_speak(first, last - 1)
}

/// The rule passes of this stage, in the order they run.
pub fn passes() -> impl Iterator<Item = &'static crate::Pass> {
    passes::ALL.iter().map(|s| &s.pass)
}

#[cfg(test)]
mod tests;
