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
//! MoveOn.org", "the online activist group RootsAction.org"). A site that
//! a company noun of `data/gazetteers/company_nouns.txt` names is the
//! company, an ORG in every mention: the noun right before it ("the
//! security firm Secunia.com") or its plural before "such as", "like" or
//! "including" ("e-commerce companies such as Amazon.com"). Before other
//! names "the company X" opens a relative clause as often ("the company
//! Fiorina ran"), but a web address runs no company.
//!
//! Linear: one look after each name.

use rustc_hash::FxHashSet as HashSet;

use super::retype_mentions;
use crate::names::{token_text, Name};
use crate::resources::lists::gazetteers::{company_nouns, web_domains};
use crate::segment::{Token, TokenKind};

/// Most domain levels after the name ("co.uk").
const MAX_LEVELS: usize = 2;

/// Where the web address ends whose name ends before token `end`: after
/// its top-level domain ("Gawker" ".com"), or `None` if no domain follows.
pub(super) fn address_end(text: &str, tokens: &[Token], end: usize) -> Option<usize> {
    let word = |i: usize| &text[tokens[i].span.range()];
    // Whether token `i` touches the one before it.
    let glued = |i: usize| i > 0 && tokens[i].span.start == tokens[i - 1].span.end;
    let mut end = end;
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
    (levels > 0 && !more).then_some(end)
}

/// Whether a company noun names the site that starts at token `start`:
/// "the firm X.com", "companies such as X.com".
fn named_a_company(text: &str, tokens: &[Token], start: usize) -> bool {
    let word = |i: usize| text[tokens[i].span.range()].to_lowercase();
    let is_noun = |w: &str| company_nouns::get(w).is_some();
    let singular = |w: &str| {
        w.strip_suffix("ies")
            .map(|stem| format!("{stem}y"))
            .or_else(|| w.strip_suffix('s').map(str::to_string))
    };
    let plural_before = |at: usize| singular(&word(at)).is_some_and(|w| is_noun(&w));
    (start >= 1 && is_noun(&word(start - 1)))
        || (start >= 2
            && matches!(word(start - 1).as_str(), "like" | "including")
            && plural_before(start - 2))
        || (start >= 3
            && word(start - 2) == "such"
            && word(start - 1) == "as"
            && plural_before(start - 3))
}

pub fn web_addresses(text: &str, tokens: &[Token], names: &mut [Name]) {
    let mut companies: HashSet<&str> = HashSet::default();
    for name in names.iter_mut() {
        if name.tokens.is_empty() {
            continue;
        }
        let Some(end) = address_end(text, tokens, name.tokens.end) else {
            continue;
        };
        name.tokens.end = end;
        if named_a_company(text, tokens, name.tokens.start) {
            name.label = "ORG";
            companies.insert(token_text(text, tokens, name.tokens.clone()));
        } else if name.label != "ORG" {
            name.label = "MISC";
        }
    }
    if !companies.is_empty() {
        retype_mentions(text, tokens, &companies, "ORG", names);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed, placed_in_turn};
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

    #[test]
    fn a_site_a_company_noun_names_is_an_org() {
        let text =
            "The security firm Vorlent.com said so. E-commerce companies such as Quabby.com, \
                    retailers like Strell.net and Vorlent.com. The website Pindle.com and Qix.com.";
        let s = segment(text);
        let mut names = placed_in_turn(
            text,
            &s,
            &[
                ("Vorlent", "PERSON"),
                ("Quabby", "GPE"),
                ("Strell", "PERSON"),
                ("Vorlent", "LOC"),
                ("Pindle", "PERSON"),
                ("Qix", "PERSON"),
            ],
        );
        web_addresses(text, &s.tokens, &mut names);
        let got = names_of(text, &s, &names);
        let want = [
            ("Vorlent.com", "ORG"),
            ("Quabby.com", "ORG"),
            ("Strell.net", "ORG"),
            // The other mention of a company's site.
            ("Vorlent.com", "ORG"),
            // "website" is no company noun; names.companies reads it.
            ("Pindle.com", "MISC"),
            ("Qix.com", "MISC"),
        ];
        let want: Vec<(String, &str)> = want.iter().map(|&(w, l)| (w.to_string(), l)).collect();
        assert_eq!(got, want);
    }
}
