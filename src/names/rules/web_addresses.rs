//! `names.web_addresses`: a web address written as a name ("Gawker.com",
//! "the Scientology.org site", "CBC.ca") is one name with its domain, an
//! ORG or a MISC. The tokenizer cuts "Gawker.com" at its full stop, so the tagger
//! sees a capitalised word before a full stop and types it by its letters
//! ("Gawker" a PERSON, "Secunia" a place), leaving ".com" out. A name
//! whose last word is followed, with no space between, by a full stop and
//! a top-level domain of `data/gazetteers/web_domains.txt` ("com", "org",
//! "ca"; "co.uk" takes two) that no letter or digit follows is widened to
//! the address. A site is never a person or a place: any other type the
//! tagger gave becomes MISC (GUM's annotators type a site as a thing,
//! "Represent.com" and "SpreadingSantorum.com" abstract, or as an
//! organisation, "Metro.us"), but an ORG stays one, as a site is often
//! the organisation that runs it ("the Washington director for
//! MoveOn.org", "the online activist group RootsAction.org").
//!
//! Linear: one look after each name.

use crate::names::Name;
use crate::resources::lists::gazetteers::web_domains;
use crate::segment::{Token, TokenKind};

/// Most domain levels after the name ("co.uk").
const MAX_LEVELS: usize = 2;

pub fn web_addresses(text: &str, tokens: &[Token], names: &mut [Name]) {
    let word = |i: usize| &text[tokens[i].span.range()];
    // Whether token `i` touches the one before it.
    let glued = |i: usize| i > 0 && tokens[i].span.start == tokens[i - 1].span.end;
    for name in names.iter_mut() {
        let mut end = name.tokens.end;
        if end == name.tokens.start {
            continue;
        }
        let mut levels = 0;
        while levels < MAX_LEVELS
            && end + 1 < tokens.len()
            && word(end) == "."
            && glued(end)
            && glued(end + 1)
            && tokens[end + 1].kind == TokenKind::Word
            && web_domains::contains(word(end + 1))
        {
            end += 2;
            levels += 1;
        }
        // A letter or digit right after the domain makes it no address
        // ("Acme.comics").
        let more = end < tokens.len()
            && glued(end)
            && word(end).chars().next().is_some_and(char::is_alphanumeric);
        if levels > 0 && !more {
            name.tokens.end = end;
            if name.label != "ORG" {
                name.label = "MISC";
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn a_web_address_is_one_misc_name() {
        let text = "Sites such as Gawker.com said so, the Scientology.org site slowed and Bbc.co.uk ran it. \
                    Visit CBC.ca today. Reuters. com is spaced. Acme.in fact.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Gawker", "PERSON"),
                ("Scientology", "ORG"),
                ("Bbc", "GPE"),
                ("CBC", "ORG"),
                // A space after the full stop: no address.
                ("Reuters", "ORG"),
                // "in" is no domain of the list.
                ("Acme", "ORG"),
            ],
        );
        web_addresses(text, &s.tokens, &mut names);
        let got = names_of(text, &s, &names);
        let want = [
            ("Gawker.com", "MISC"),
            ("Scientology.org", "ORG"),
            ("Bbc.co.uk", "MISC"),
            ("CBC.ca", "ORG"),
            ("Reuters", "ORG"),
            ("Acme", "ORG"),
        ];
        let want: Vec<(String, &str)> = want.iter().map(|&(w, l)| (w.to_string(), l)).collect();
        assert_eq!(got, want);
    }
}
