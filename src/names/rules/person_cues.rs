//! `names.person_cues`: words right after a name that only follow a
//! person's make it a PERSON in every mention of the article: "the Obama
//! administration", "Reagan's presidency", "Clinton's wife"
//! (`data/gazetteers/person_cues.txt`). The tagger reads "the X
//! administration" as an institution and types X an ORG; in a story about
//! the administration those mentions outvote the others, and the person
//! becomes an organisation throughout (`names.one_type`). Only an ORG or
//! a LOC is retyped: a MISC before "administration" is a party or a
//! nationality ("the Republican administration"), and so are the names
//! the gazetteer knows as places or nationalities ("the U.S.
//! administration"). A title before a name ("President X") is no cue
//! here: made one, it cost 0.0001 F1 on `eng.train` and on GUM's tuning
//! genres ("Sheikh Lotfollah Mosque") and changed nothing on the checks.

use rustc_hash::FxHashSet as HashSet;

use super::is_known_place;
use crate::names::gazetteer::Gazetteer;
use crate::names::{token_text, Name};
use crate::resources::lists::gazetteers::person_cues;
use crate::segment::Token;

/// Whether the lower-cased words of `tokens` from `at` on begin with a
/// person cue.
fn cue_at(text: &str, tokens: &[Token], at: usize) -> bool {
    let lower = |i: usize| tokens.get(i).map(|t| text[t.span.range()].to_lowercase());
    let Some(first) = lower(at) else {
        return false;
    };
    person_cues::starting(&first).iter().any(|p| {
        p.words()
            .enumerate()
            .all(|(k, w)| lower(at + k).as_deref() == Some(w))
    })
}

pub fn person_cues(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    let cued: HashSet<&str> = names
        .iter()
        .filter(|n| matches!(n.label, "ORG" | "LOC") && cue_at(text, tokens, n.tokens.end))
        .filter(|n| !is_known_place(text, &tokens[n.tokens.clone()], gazetteer))
        .map(|n| token_text(text, tokens, n.tokens.clone()))
        .collect();
    if cued.is_empty() {
        return;
    }
    for name in names.iter_mut() {
        if cued.contains(token_text(text, tokens, name.tokens.clone())) {
            name.label = "PERSON";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, range_of};
    use crate::segment::segment;

    #[test]
    fn cues_make_people() {
        let text = "The Orban administration said so. The U.S. administration and Vantor's wife \
                    met Kestrel's chief executive and the Delmar campaign under a Whig administration. Orban left.";
        let s = segment(text);
        let mut names: Vec<Name> = [
            ("Orban", "ORG"),
            ("U.S.", "LOC"),
            ("Vantor", "ORG"),
            ("Kestrel", "ORG"),
            ("Delmar", "ORG"),
            ("Whig", "MISC"),
        ]
        .iter()
        .map(|&(w, label)| Name {
            tokens: range_of(text, &s, w),
            label,
        })
        .collect();
        // The second "Orban", which no cue follows.
        let last = s.tokens.len() - 3;
        names.push(Name {
            tokens: last..last + 1,
            label: "ORG",
        });
        person_cues(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let got = names_of(text, &s, &names);
        let want = [
            ("Orban", "PERSON"),
            ("U.S.", "LOC"),
            ("Vantor", "PERSON"),
            ("Kestrel", "ORG"),
            ("Delmar", "ORG"),
            ("Whig", "MISC"),
            ("Orban", "PERSON"),
        ];
        let want: Vec<(String, &str)> = want.iter().map(|&(w, l)| (w.to_string(), l)).collect();
        assert_eq!(got, want);
    }
}
