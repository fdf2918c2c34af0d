//! Words a number reads as a quantity that are something else: a currency
//! word that is a name or another word (`quantities.false_currency`),
//! "pounds" that weigh (`quantities.weights`), and "one" the pronoun
//! (`quantities.pronoun_one`).

use super::word::{count_words, is, CountClass, Word};
use crate::segment::TokenKind;

/// Whether the currency word at `cur..e` after the number starting at
/// `idx` is another word: a name ("8 Rand Paul"), the adjective "real"
/// ("two real choices"), a milestone ("the 1,237 mark") or the verb
/// "won" ("the five won"; amounts in won run to hundreds).
pub(super) fn false_currency(words: &[Word], idx: usize, cur: usize, e: usize, value: f64) -> bool {
    let w = &words[cur];
    let next = words.get(e);
    let capital = |x: &Word| x.text.starts_with(|c: char| c.is_uppercase());
    let is_code = w.text.chars().all(|c| c.is_ascii_uppercase());
    if capital(w) && !is_code && next.is_some_and(capital) {
        return true;
    }
    match w.text {
        "real" => next.is_some_and(|x| {
            x.kind == TokenKind::Word && x.text.starts_with(|c: char| c.is_lowercase())
        }),
        "mark" => idx > 0 && is(&words[idx - 1].lower, CountClass::Milestone),
        "won" => value < 100.0,
        _ => false,
    }
}

/// Whether "pounds" at the end of `idx..e` are a weight: a form of
/// "weigh" shortly before, or tons nearby.
pub(super) fn weighs(words: &[Word], idx: usize, e: usize) -> bool {
    let before = &words[idx.saturating_sub(8)..idx];
    let around = &words[idx.saturating_sub(12)..(e + 12).min(words.len())];
    before.iter().any(|w| w.lower.starts_with("weigh"))
        || around.iter().any(|w| is(&w.lower, CountClass::Weight))
}

/// Whether the "one" at `idx` is a pronoun rather than a count: "no one",
/// "one another", "at one point", and "the one" / "this one" / "each one" /
/// "the only one" unless a noun follows ("the one thing" is a count).
/// "one of the five" stays a count.
pub(super) fn is_pronoun_one(words: &[Word], idx: usize) -> bool {
    let lower = |k: usize| words.get(k).map_or("", |w| w.lower.as_ref());
    let prev = if idx > 0 { lower(idx - 1) } else { "" };
    let prev2 = if idx > 1 { lower(idx - 2) } else { "" };
    let next = lower(idx + 1);
    // "no one", "one another", "at one point": phrases of
    // `count_words.txt` in which "one" is the pronoun; but "no one single
    // point" counts.
    let in_phrase = (idx.saturating_sub(2)..=idx).any(|from| {
        count_words::starting(lower(from))
            .iter()
            .filter(|p| p.class == CountClass::PronounPhrase)
            .any(|p| {
                idx < from + p.word_count()
                    && p.words().nth(idx - from) == Some("one")
                    && p.words().enumerate().all(|(k, w)| lower(from + k) == w)
            })
    });
    if in_phrase && !(prev == "no" && next == "single") {
        return true;
    }
    // "one that favors workers", "one can detect": the pronoun heading a
    // clause, or generic "one" before a modal; "only one who" counts.
    let counted = is(prev, CountClass::Counter);
    let clause_or_modal = is(next, CountClass::Clause);
    if clause_or_modal && !counted && !is(prev, CountClass::Pointer) {
        return true;
    }
    // "a weaker one.", "(or lack of one)", "come up with one.": a one
    // that ends its phrase after an article, an adjective after an
    // article, or a preposition stands for a noun said before.
    let ends_phrase = words
        .get(idx + 1)
        .is_none_or(|w| w.kind == TokenKind::Punct && w.text != "%");
    let article = |w: &str| is(w, CountClass::Indefinite);
    if ends_phrase
        && !counted
        && (article(prev)
            || (article(prev2) && !matches!(prev, "single" | "mere"))
            || matches!(prev, "of" | "with"))
    {
        return true;
    }
    let determiner = is(prev, CountClass::Determiner) || (prev == "only" && prev2 == "the");
    // "one of the five", "one in 45 children" are counts.
    let in_number = next == "in"
        && words
            .get(idx + 2)
            .is_some_and(|w| w.kind == TokenKind::Number);
    if !determiner || next == "of" || in_number {
        return false;
    }
    // A lower-case word that is not a function word heads a noun phrase.
    let noun_follows = words.get(idx + 1).is_some_and(|w| {
        w.kind == TokenKind::Word
            && w.text.starts_with(|c: char| c.is_lowercase())
            && !is(&w.lower, CountClass::Function)
    });
    !noun_follows
}
