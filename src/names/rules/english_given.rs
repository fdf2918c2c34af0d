//! `names.english_given`: an English given name before a romanised
//! Chinese family name is a person. Hong Kong, Singapore and Malaysia
//! write an English given name before a one-syllable family name ("Regina
//! Ip", "Claudia Mo", "Horace Cheung"); the tagger, which learned few
//! such family names, types the pair by its first word ("Regina" is a
//! city) or by nothing it knows. A two-word name not typed PERSON is one
//! when its first word is a given name of the gazetteer (and no country,
//! state, region, nationality, organisation or title), no romanised
//! syllable itself ("Hang Seng", "Mae Sot", "Long Room": the census
//! lists "Hang", "Mae" and "Long" as given names) and no word the article
//! writes in lower case ("Golden"), and its second is
//! one romanised syllable in title case (the syllable test of
//! `names.hyphenated_given`) that heads no institution, facility, place,
//! event or paper ("Stanley Cup", "Victoria Peak", "Phoenix Sun") and
//! that the article never writes in lower case ("Ten" of "ten") nor a
//! number word ("Golden Four"); a name
//! the gazetteer knows whole is left ("Hong Kong").
//!
//! Linear: one look at each two-word name.

use rustc_hash::FxHashSet as HashSet;

use super::hyphenated_given::is_syllable;
use crate::names::gazetteer::{Gazetteer, Kind, Kinds};
use crate::names::Name;
use crate::resources::lists::gazetteers::{
    event_heads, facility_heads, location_heads, org_heads, paper_heads,
};
use crate::segment::Token;

pub fn english_given(
    text: &str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    lower_words: &HashSet<&str>,
    names: &mut [Name],
) {
    let word = |i: usize| &text[tokens[i].span.range()];
    for name in names.iter_mut() {
        if name.tokens.len() != 2 || name.label == "PERSON" {
            continue;
        }
        let (given, family) = (word(name.tokens.start), word(name.tokens.start + 1));
        let title_case = family.len() <= 6
            && family
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_uppercase())
            && family.chars().skip(1).all(|c| c.is_ascii_lowercase());
        if !title_case {
            continue;
        }
        let lower = family.to_ascii_lowercase();
        let kinds = gazetteer.kinds(given);
        // A given name that is also a city ("Charlotte", "Florence") is
        // still read as a given name here; any other kind refuses it.
        let other = Kinds::NOT_A_PERSON.without(Kind::City);
        let given_lower = given.to_lowercase();
        if !kinds.has(Kind::FirstName)
            || kinds.any_of(other)
            || is_syllable(&given_lower)
            || lower_words.contains(given_lower.as_str())
            || !is_syllable(&lower)
            || crate::text::numbers::number_words().get(&lower).is_some()
            || lower_words.contains(lower.as_str())
            || org_heads::contains(family)
            || facility_heads::get(family).is_some()
            || location_heads::get(family).is_some()
            || event_heads::contains(family)
            || paper_heads::contains(family)
            || !gazetteer
                .whole(text, &tokens[name.tokens.clone()], false)
                .is_empty()
        {
            continue;
        }
        name.label = "PERSON";
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::lower_words;
    use crate::names::rules::testing::placed;
    use crate::segment::segment;

    #[test]
    fn an_english_given_name_and_a_romanised_family_name_are_a_person() {
        let text = "Gloria Tse won. Horace Chan lost. Marcus Lo ran. Stanley Cup games. \
                    Victoria Peak is high. Phoenix Sun wrote. Hong Kong voted. Gloria Tse spoke. \
                    Peter Ten said ten. Nevada Li won. Gloria Tsang-Lee won. Hang Seng rose. \
                    Golden Four jackpot. Golden Lam said golden.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Gloria Tse", "LOC"),
                ("Horace Chan", "ORG"),
                ("Marcus Lo", "MISC"),
                ("Stanley Cup", "MISC"),
                ("Victoria Peak", "LOC"),
                ("Phoenix Sun", "ORG"),
                ("Hong Kong", "LOC"),
                // Written in lower case.
                ("Peter Ten", "ORG"),
                // A state.
                ("Nevada Li", "LOC"),
                // No syllable.
                ("Gloria Tsang-Lee", "ORG"),
                // A syllable first.
                ("Hang Seng", "MISC"),
                // A number word.
                ("Golden Four", "MISC"),
                // A first word written in lower case.
                ("Golden Lam", "LOC"),
            ],
        );
        english_given(
            text,
            &s.tokens,
            &Gazetteer::embedded(),
            &lower_words(text, &s.tokens),
            &mut names,
        );
        let got: Vec<&str> = names.iter().map(|n| n.label).collect();
        assert_eq!(
            got,
            [
                "PERSON", "PERSON", "PERSON", "MISC", "LOC", "ORG", "LOC", "ORG", "LOC", "ORG",
                "MISC", "MISC", "LOC"
            ]
        );
    }
}
