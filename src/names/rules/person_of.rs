//! `names.person_of`: "Ann Lee of the Civic Party" is a person and an
//! organisation. The tagger keeps "of" inside names ("Bank of America"),
//! and so may read a person and the body she belongs to as one ORG. A
//! name whose words before "of" are two or three capitalised words that
//! open with a known given name (`data/gazetteers/first_names.txt`) and
//! hold no head, and whose words after it (an article left out) end in an
//! institution's head or a corporate suffix (`org_heads.txt`,
//! `corporate_suffixes.txt`: "Party", "Council", "Inc."), is split into
//! the PERSON and the ORG.
//!
//! Left whole: a head before "of" ("Marion County Board of Education",
//! "Irish Department of Enterprise"), and a place after it ("Patrick
//! Gordon of Auchleuchries" is one person in GUM).
//!
//! Linear: one look at each name's words.

use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::Name;
use crate::resources::lists::gazetteers::{corporate_suffixes, facility_heads, org_heads};
use crate::segment::Token;
use crate::text::words;

fn is_head(word: &str) -> bool {
    org_heads::contains(word)
        || corporate_suffixes::contains(word)
        || facility_heads::get(word).is_some()
}

pub fn person_of(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let capitalised = |i: usize| crate::text::is_capitalised(word(i));
    let mut split = Vec::new();
    for (n, name) in names.iter().enumerate() {
        let r = name.tokens.clone();
        let Some(of) = (r.start + 2..(r.start + 4).min(r.end)).find(|&i| word(i) == "of") else {
            continue;
        };
        let org_start = if of + 1 < r.end && words::is_article(&word(of + 1).to_lowercase()) {
            of + 2
        } else {
            of + 1
        };
        if org_start >= r.end
            || !gazetteer.kinds(word(r.start)).has(Kind::FirstName)
            || (r.start..of).any(|i| !capitalised(i) || is_head(word(i)))
            || !is_head(word(r.end - 1))
        {
            continue;
        }
        split.push((n, of, org_start));
    }
    for &(n, of, org_start) in &split {
        let end = names[n].tokens.end;
        names[n].tokens.end = of;
        names[n].label = "PERSON";
        names.push(Name {
            tokens: org_start..end,
            label: "ORG",
        });
    }
    if !split.is_empty() {
        crate::names::sort_by_start(names);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed};
    use crate::segment::segment;

    #[test]
    fn a_person_of_a_party_is_two_names() {
        let text = "Mary Chan of the Civic Party and Paul Wong of Acme Inc. met the Marion County Board of Education, \
                    Bank of America and Patrick Gordon of Auchleuchries.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Mary Chan of the Civic Party", "ORG"),
                ("Paul Wong of Acme Inc.", "ORG"),
                ("Marion County Board of Education", "ORG"),
                ("Bank of America", "ORG"),
                ("Patrick Gordon of Auchleuchries", "PERSON"),
            ],
        );
        person_of(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Mary Chan".into(), "PERSON"),
                ("Civic Party".into(), "ORG"),
                ("Paul Wong".into(), "PERSON"),
                ("Acme Inc.".into(), "ORG"),
                ("Marion County Board of Education".into(), "ORG"),
                ("Bank of America".into(), "ORG"),
                ("Patrick Gordon of Auchleuchries".into(), "PERSON"),
            ]
        );
    }
}
