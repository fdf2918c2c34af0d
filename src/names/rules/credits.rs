//! `names.credits`: the credit that ends a caption is a name. Wikinews
//! credits a picture to its author, often by a user name the tagger has
//! never seen ("Image: R Saravanan.", "Audio: Jkthom.", "Image:
//! Friedrichstrasse."), and leaves it out. GUM annotates the credit as any
//! other name. A run of one to four capitalised words right after a credit
//! word (`data/gazetteers/caption_words.txt`) and a colon, ending its line
//! (a full stop may close it), none of them in a name, is added: an ORG
//! when the gazetteer knows it as an organisation, its last word is an
//! institution's head or a corporate suffix ("Image: Acme Foundation."),
//! or a credit word is among its words (a picture agency, "Photo: Getty
//! Images."), a PERSON otherwise. A run the tagger saw any of is left to it ("Image:
//! NASA Bill Ingalls."), and so is one word in capitals (an agency's
//! letters), a known place and a run that goes on in lower case ("Image:
//! Daily et al.").
//!
//! Linear: one look after each credit word.

use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::resources::lists::gazetteers::{
    caption_words, corporate_suffixes, credit_fillers, org_heads,
};
use crate::segment::Token;

/// Most words of a credit.
const MAX_WORDS: usize = 4;

pub fn credits(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let capitalised = |i: usize| {
        let w = word(i);
        crate::text::is_capitalised(w)
            && w.chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
    };
    // Whether the text between two tokens holds a line break.
    let breaks = |a: usize, b: usize| text[tokens[a].span.end..tokens[b].span.start].contains('\n');
    // The words in names, marked at the first credit: most articles
    // have none.
    let mut named: Option<Vec<bool>> = None;
    let mut added = Vec::new();
    // A colon, read by its one byte: the test every token gets.
    let colon = |i: usize| {
        let r = tokens[i].span.range();
        r.len() == 1 && text.as_bytes()[r.start] == b':'
    };
    for c in 0..tokens.len().saturating_sub(2) {
        if !colon(c + 1) || !caption_words::contains(word(c)) || breaks(c + 1, c + 2) {
            continue;
        }
        // "Photo: Courtesy Acme Corp.": the name follows the courtesy.
        let start = c + 2 + usize::from(word(c + 2) == "Courtesy");
        let mut end = start;
        while end < tokens.len()
            && end - start <= MAX_WORDS
            && capitalised(end)
            && !(end > start && breaks(end - 1, end))
        {
            end += 1;
        }
        if end == start || end - start > MAX_WORDS {
            continue;
        }
        // The run ends its line: a full stop may close it.
        let mut after = end;
        if after < tokens.len() && word(after) == "." && !breaks(end - 1, after) {
            after += 1;
        }
        if after < tokens.len() && !breaks(after - 1, after) {
            continue;
        }
        let named = named.get_or_insert_with(|| {
            let mut named = vec![false; tokens.len()];
            for name in names.iter() {
                for i in name.tokens.clone() {
                    named[i] = true;
                }
            }
            named
        });
        if (start..end).any(|i| named[i]) {
            continue;
        }
        let first = word(start);
        if end - start == 1
            && first
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
        {
            continue;
        }
        let kinds = gazetteer.whole(text, &tokens[start..end], false);
        if super::is_known_place(text, &tokens[start..end], gazetteer) {
            continue;
        }
        // A placeholder or a licence ("Unknown", "Public Domain"), or a
        // title ("Prime Minister"), names no one.
        let last = word(end - 1);
        if (start..end).any(|i| credit_fillers::contains(word(i)))
            || gazetteer.kinds(last).has(Kind::Title)
        {
            continue;
        }
        let org = kinds.has(Kind::Org)
            || kinds.has(Kind::Agency)
            || (start..end).any(|i| caption_words::contains(word(i)))
            || org_heads::contains(last)
            || corporate_suffixes::contains(last.trim_end_matches('.'));
        // A person of more words opens with a given name or an initial
        // ("David Shankbone", "R Saravanan"); a caption in title case
        // ("Image: Police Block Roads") does not. One word is a user name.
        let initial = first.trim_end_matches('.').chars().count() == 1;
        let person = end - start == 1 || initial || gazetteer.kinds(first).has(Kind::FirstName);
        if !org && !person {
            continue;
        }
        added.push(Name {
            tokens: start..end,
            label: if org { "ORG" } else { "PERSON" },
        });
    }
    if !added.is_empty() {
        names.extend(added);
        crate::names::sort_by_start(names);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn a_caption_credit_is_a_name() {
        let text = "A file photo. Image: R Saravanan.\n\nThe hall. Audio: Jkthom.\n\n\
                    A rally. Image: Acme Foundation.\n\nA launch. Image: NASA Bill Ingalls.\n\n\
                    The map. Image: Daily et al.\n\nA ship. Image: AFP.\n\n\
                    A view. Image: Paris.\n\nThe Image: Ann Lee said it was fine.\n\n\
                    The mayor. Photo: Zeta Images.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("NASA", "ORG"),
                ("Bill Ingalls", "PERSON"),
                ("Daily", "PERSON"),
            ],
        );
        credits(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("R Saravanan".into(), "PERSON"),
                ("Jkthom".into(), "PERSON"),
                ("Acme Foundation".into(), "ORG"),
                ("NASA".into(), "ORG"),
                ("Bill Ingalls".into(), "PERSON"),
                ("Daily".into(), "PERSON"),
                ("Zeta Images".into(), "ORG"),
            ]
        );
    }

    #[test]
    fn a_placeholder_a_title_or_a_caption_is_no_credit() {
        // Placeholders, licences, titles and a caption in title case name
        // no one; "Courtesy" is cut off the name it precedes.
        let text = "A view. Image: Unknown.\n\nA map. Image: Public Domain.\n\n\
                    The leader. Image: Prime Minister.\n\nA road. Image: Police Block Roads.\n\n\
                    A plant. Photo: Courtesy Acme Corp.\n\nA fish. Image: Handout.";
        let s = segment(text);
        let mut names: Vec<Name> = Vec::new();
        credits(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(names_of(text, &s, &names), [("Acme Corp.".into(), "ORG")]);
    }
}
