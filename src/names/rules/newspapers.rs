//! `names.newspapers`: a paper named by a place is one organisation. The
//! tagger reads a known place or people in a masthead alone: "the New
//! Zealand Herald" gives the place "New Zealand" and no "Herald", "The
//! Canadian Press" a nationality, "Edmonton Sun" the ORG "Edmonton". A name
//! that the gazetteer knows whole as a place or a nationality, followed in
//! the same line by a capitalised masthead word
//! (`data/gazetteers/paper_heads.txt`: "Herald", "Press", "Sun", "Post")
//! that no longer name holds, becomes one ORG with it, when no capitalised
//! word or "of" follows ("Pacific Standard Time", "the American Journal of
//! Medicine", "Australian Independent MP" are left). A person's name is
//! left ("Jordan Times" of a Ms. Jordan the tagger read so).
//!
//! Linear: one look past the end of each name.

use super::is_known_place;
use crate::names::gazetteer::Gazetteer;
use crate::names::Name;
use crate::resources::lists::gazetteers::paper_heads;
use crate::segment::Token;

pub fn newspapers(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let capitalised = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|_| crate::text::is_capitalised(word(i)))
    };
    let mut changed = false;
    for k in 0..names.len() {
        let name = &names[k];
        let head = name.tokens.end;
        if name.label == "PERSON" || name.tokens.is_empty() || head >= tokens.len() {
            continue;
        }
        // The head right after the name, on the same line, taken by no
        // other name but a one-word name of its own.
        let gap = &text[tokens[head - 1].span.end..tokens[head].span.start];
        let next = names.get(k + 1).filter(|n| n.tokens.start <= head);
        let head_alone = next.is_none_or(|n| n.tokens == (head..head + 1));
        if !paper_heads::contains(word(head))
            || gap.is_empty()
            || !gap.chars().all(|c| c == ' ')
            || !head_alone
            || capitalised(head + 1)
            || tokens.get(head + 1).is_some_and(|_| word(head + 1) == "of")
            || !is_known_place(text, &tokens[name.tokens.clone()], gazetteer)
        {
            continue;
        }
        if next.is_some() {
            names[k + 1].tokens = head..head;
        }
        let name = &mut names[k];
        name.tokens.end = head + 1;
        name.label = "ORG";
        changed = true;
    }
    if changed {
        crate::names::drop_empty(names);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn a_paper_named_by_a_place_is_one_org() {
        let text = "According to the New Zealand Herald, it rose. The Canadian Press said so. \
                    It ran in the Edmonton Sun today. At 8 p.m. Pacific Standard Time it fell. \
                    Read the American Journal of Medicine. Ann Jordan Times wrote. \
                    The Acme Herald ran it. Paris\nPost office.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("New Zealand", "LOC"),
                ("Canadian", "MISC"),
                ("Edmonton", "ORG"),
                ("Sun", "PERSON"),
                // A capitalised word follows.
                ("Pacific", "LOC"),
                // "of" follows.
                ("American", "MISC"),
                // A person.
                ("Ann Jordan", "PERSON"),
                // No place.
                ("Acme", "ORG"),
                // Another line.
                ("Paris", "LOC"),
            ],
        );
        newspapers(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("New Zealand Herald".into(), "ORG"),
                ("Canadian Press".into(), "ORG"),
                ("Edmonton Sun".into(), "ORG"),
                ("Pacific".into(), "LOC"),
                ("American".into(), "MISC"),
                ("Ann Jordan".into(), "PERSON"),
                ("Acme".into(), "ORG"),
                ("Paris".into(), "LOC"),
            ]
        );
    }
}
