//! `names.captions`: the word that opens a picture's credit is no part of
//! a name. A caption often ends without a full stop ("International Space
//! Station Image: Twitter / NASA."), and the tagger joins "Image" to the
//! name before it. A name whose last word is a credit word
//! (`data/gazetteers/caption_words.txt`: "Image", "Photo", "File") right
//! before a colon or a semicolon loses that word; a name that was only
//! that word is dropped. The credit after the colon is left to the tagger:
//! GUM annotates it as any other name ("Image: David Titley.").
//!
//! Linear: one look at the last word of each name.

use crate::names::Name;
use crate::resources::lists::gazetteers::caption_words;
use crate::segment::Token;

pub fn captions(text: &str, tokens: &[Token], names: &mut Vec<Name>) {
    let word = |i: usize| &text[tokens[i].span.range()];
    for name in names.iter_mut() {
        let end = name.tokens.end;
        if end > name.tokens.start
            && caption_words::contains(word(end - 1))
            && tokens
                .get(end)
                .is_some_and(|t| matches!(&text[t.span.range()], ":" | ";"))
        {
            name.tokens.end -= 1;
        }
    }
    crate::names::drop_empty(names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn a_credit_word_is_no_part_of_a_name() {
        let text = "A tweet from International Space Station Image: Twitter / NASA. \
                    Belle Image; Nick Moreau. Photo: Ann Lee. The Image Awards were held.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("International Space Station Image", "ORG"),
                ("Twitter", "ORG"),
                ("Belle Image", "PERSON"),
                ("Nick Moreau", "PERSON"),
                ("Photo", "ORG"),
                ("Ann Lee", "PERSON"),
                ("Image Awards", "MISC"),
            ],
        );
        captions(text, &s.tokens, &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("International Space Station".into(), "ORG"),
                ("Twitter".into(), "ORG"),
                ("Belle".into(), "PERSON"),
                ("Nick Moreau".into(), "PERSON"),
                ("Ann Lee".into(), "PERSON"),
                ("Image Awards".into(), "MISC"),
            ]
        );
    }
}
