//! The name rules: passes over the tagger's proposals, each in its own
//! file, registered once in [`RULES`] in the order they run. The model
//! proposes, rules refine; each can be switched off by its name
//! (`--without names.strip_titles`) and weighed with `--ablate`.

mod check_headings;
mod split_labels;
mod strip_titles;

pub use check_headings::check_headings;
pub use split_labels::split_labels;
pub use strip_titles::strip_titles;

use crate::names::gazetteer::Gazetteer;
use crate::names::Name;
use crate::segment::Structure;
use crate::Pass;

/// What a rule pass over the tagger's names sees.
pub struct Context<'a> {
    pub text: &'a str,
    pub structure: &'a Structure,
    pub gazetteer: &'a Gazetteer,
}

/// A rule pass over the tagger's names, and its registry entry.
pub struct Rule {
    pub pass: Pass,
    pub run: fn(&Context, &mut Vec<Name>),
}

/// The name rules, in the order they run.
pub const RULES: &[Rule] = &[
    Rule {
        pass: Pass {
            name: "names.strip_titles",
            about:
                "no title inside a PERSON: \"Foreign Minister Sergey Lavrov\" is \"Sergey Lavrov\"",
        },
        run: |cx, names| strip_titles(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.check_headings",
            about: "names in a title-case heading need support from the body or a gazetteer",
        },
        run: |cx, names| check_headings(cx.text, cx.structure, cx.gazetteer, names),
    },
    Rule {
        pass: Pass {
            name: "names.split_labels",
            about: "LOC into GPE and LOC, MISC into NORP and MISC, by gazetteer",
        },
        run: |cx, names| split_labels(cx.text, &cx.structure.tokens, cx.gazetteer, names),
    },
];

/// The rule passes of this stage, in the order they run.
pub fn passes() -> impl Iterator<Item = &'static Pass> {
    RULES.iter().map(|rule| &rule.pass)
}

#[cfg(test)]
pub(crate) mod testing {
    use crate::names::{token_text, Name};
    use crate::segment::Structure;

    /// Names as (text, label).
    pub fn names_of(
        text: &str,
        structure: &Structure,
        names: &[Name],
    ) -> Vec<(String, &'static str)> {
        names
            .iter()
            .map(|n| {
                (
                    token_text(text, &structure.tokens, n.tokens.clone()).to_string(),
                    n.label,
                )
            })
            .collect()
    }

    /// The token range of the first occurrence of `words` in the text.
    pub fn range_of(text: &str, structure: &Structure, words: &str) -> std::ops::Range<usize> {
        let start = text.find(words).unwrap();
        let first = structure
            .tokens
            .iter()
            .position(|t| t.span.start == start)
            .unwrap();
        let last = structure
            .tokens
            .iter()
            .position(|t| t.span.end == start + words.len())
            .unwrap();
        first..last + 1
    }
}
