//! `names.whole`: a name of several words that the tagger found whole
//! somewhere in an article is whole wherever the same words recur in a
//! sentence and the tagger saw a part of them. In a story that names "the
//! Church of Scientology" again and again, the mentions before a
//! possessive ("the Church of Scientology's website") otherwise come out
//! as two names, "Church" and "Scientology". Only parts of the whole
//! name's own type are joined, or, when an organisation's word ends the
//! whole ORG (`data/gazetteers/org_heads.txt`), the names before that word:
//! "the Clinton Foundation" found whole makes "the Clinton Foundation's
//! donors" one ORG, not the person "Clinton".
//!
//! Linear: each token is checked against the names that begin with its
//! word, of which there are at most [`MAX_PER_WORD`], each at most
//! [`MAX_WORDS`] long.

use rustc_hash::FxHashMap as HashMap;

use crate::names::Name;
use crate::resources::lists::gazetteers::org_heads;
use crate::segment::Structure;

/// Longest name, in tokens, that this rule carries through an article.
const MAX_WORDS: usize = 8;

/// Most whole names kept per first word.
const MAX_PER_WORD: usize = 8;

pub fn whole(text: &str, structure: &Structure, names: &mut Vec<Name>) {
    let tokens = &structure.tokens;
    let word = |i: usize| &text[tokens[i].span.range()];
    // The whole names, by first word: (length, label, first index).
    let mut by_first: HashMap<&str, Vec<(usize, &'static str, usize)>> = HashMap::default();
    for name in names.iter() {
        let len = name.tokens.len();
        if !(2..=MAX_WORDS).contains(&len) {
            continue;
        }
        let entry = by_first.entry(word(name.tokens.start)).or_default();
        let same = |&(l, _, s): &(usize, &str, usize)| {
            l == len && (0..len).all(|k| word(s + k) == word(name.tokens.start + k))
        };
        if entry.len() < MAX_PER_WORD && !entry.iter().any(same) {
            entry.push((len, name.label, name.tokens.start));
        }
    }
    if by_first.is_empty() {
        return;
    }
    // Longest first, so "Bank of America Merrill Lynch" wins over "Bank of
    // America".
    for list in by_first.values_mut() {
        crate::sort::sort_by_key(list, |&(len, _, start)| (std::cmp::Reverse(len), start));
    }
    // Which name covers each token.
    let mut owner: Vec<Option<usize>> = vec![None; tokens.len()];
    for (n, name) in names.iter().enumerate() {
        for i in name.tokens.clone() {
            owner[i] = Some(n);
        }
    }
    let mut remove = vec![false; names.len()];
    let mut added = Vec::new();
    for sentence in &structure.sentences {
        let mut i = sentence.tokens.start;
        while i < sentence.tokens.end {
            let Some(list) = by_first.get(word(i)) else {
                i += 1;
                continue;
            };
            let found = list.iter().find(|&&(len, _, start)| {
                i + len <= sentence.tokens.end && (0..len).all(|k| word(i + k) == word(start + k))
            });
            let Some(&(len, label, _)) = found else {
                i += 1;
                continue;
            };
            let range = i..i + len;
            // The names the tagger found over these words: all inside
            // them, and not already the whole name.
            let mut parts: Vec<usize> = range.clone().filter_map(|k| owner[k]).collect();
            parts.dedup();
            // A person and the body after "of" stay two names ("Ann Chiang
            // of DAB"): every part has the whole name's type, or comes
            // before the organisation's word that ends it ("Clinton
            // Foundation").
            let headed = label == "ORG" && org_heads::contains(word(range.end - 1));
            let inside = parts.iter().all(|&n| {
                names[n].tokens.start >= range.start
                    && names[n].tokens.end <= range.end
                    && (names[n].label == label || headed && names[n].tokens.end < range.end)
            });
            let already = parts.len() == 1 && names[parts[0]].tokens == range;
            if parts.is_empty() || !inside || already {
                i += 1;
                continue;
            }
            for n in parts {
                remove[n] = true;
            }
            added.push(Name {
                tokens: range,
                label,
            });
            i += len;
        }
    }
    if added.is_empty() {
        return;
    }
    let mut n = 0;
    names.retain(|_| {
        n += 1;
        !remove[n - 1]
    });
    names.extend(added);
    crate::names::sort_by_start(names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, range_of};
    use crate::segment::segment;

    #[test]
    fn a_name_found_whole_is_whole_where_it_recurs() {
        let text = "The Church of Scientology sued. The Church of Scientology's website \
                    fell. Church leaders met.";
        let s = segment(text);
        let whole_range = range_of(text, &s, "Church of Scientology");
        let second = text.rfind("Church of Scientology").unwrap();
        let first_of_second = s
            .tokens
            .iter()
            .position(|t| t.span.start == second)
            .unwrap();
        let leaders = text.rfind("Church leaders").unwrap();
        let leaders = s
            .tokens
            .iter()
            .position(|t| t.span.start == leaders)
            .unwrap();
        let mut names = vec![
            Name {
                tokens: whole_range,
                label: "ORG",
            },
            Name {
                tokens: first_of_second..first_of_second + 1,
                label: "ORG",
            },
            Name {
                tokens: first_of_second + 2..first_of_second + 3,
                label: "ORG",
            },
            Name {
                tokens: leaders..leaders + 1,
                label: "ORG",
            },
        ];
        whole(text, &s, &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            vec![
                ("Church of Scientology".to_string(), "ORG"),
                ("Church of Scientology".to_string(), "ORG"),
                ("Church".to_string(), "ORG"),
            ]
        );
    }

    #[test]
    fn a_person_before_an_organisations_word_joins_the_whole_org() {
        let text = "The Clinton Foundation paid. Donors to the Clinton Foundation met. \
                    The Morgan Stanley staff left. Morgan Stanley fell.";
        let s = segment(text);
        let at = |needle: &str, from: usize| {
            let b = from + text[from..].find(needle).unwrap();
            s.tokens.iter().position(|t| t.span.start == b).unwrap()
        };
        let second = at("Clinton", text.find("Donors").unwrap());
        let morgan = at("Morgan", text.find("left").unwrap());
        let mut names = vec![
            Name {
                tokens: range_of(text, &s, "Clinton Foundation"),
                label: "ORG",
            },
            Name {
                tokens: second..second + 1,
                label: "PERSON",
            },
            // "Stanley" is no organisation's word: the person stays.
            Name {
                tokens: range_of(text, &s, "Morgan Stanley"),
                label: "ORG",
            },
            Name {
                tokens: morgan..morgan + 1,
                label: "PERSON",
            },
        ];
        whole(text, &s, &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            vec![
                ("Clinton Foundation".to_string(), "ORG"),
                ("Clinton Foundation".to_string(), "ORG"),
                ("Morgan Stanley".to_string(), "ORG"),
                ("Morgan".to_string(), "PERSON"),
            ]
        );
    }

    #[test]
    fn words_the_tagger_saw_no_part_of_stay_untagged() {
        let text = "The Bank of America fell. A bank of america fell.";
        let s = segment(text);
        let mut names = vec![Name {
            tokens: range_of(text, &s, "Bank of America"),
            label: "ORG",
        }];
        whole(text, &s, &mut names);
        assert_eq!(names.len(), 1);
    }
}
