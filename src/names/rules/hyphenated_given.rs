//! `names.hyphenated_given`: a Chinese or Korean name written in Latin
//! letters, a family name and a hyphenated given name whose second part is
//! in lower case and both parts one romanised syllable ("Leung Chun-ying"
//! or "Kim Jong-un"), is one PERSON. English compounds have other shapes
//! ("New York-based" or "Rolls-Royce"), and the tagger, which learned few
//! such names, misses or splits them.
//!
//! A name the tagger ended inside the pair gives way to it: a person's
//! ("Carrie Lam Cheng" before "Yuet-ngor", "Donald Tsang" before
//! "Yam-kuen") runs on to the pair's end, any other is cut where the pair
//! begins. And two people written one space apart, the second beginning
//! with a romanised family name, are one person: Hong Kong writes an
//! English given name, the family name, a married woman's own family name
//! and the Chinese given name ("Carrie" "Lam" "Cheng" "Yuet-ngor"), which
//! the tagger splits in two.

use crate::names::Name;
use crate::resources::lists::gazetteers::{
    english_hyphenated, romanised_finals, romanised_initials,
};
use crate::segment::Token;
use crate::text::words;

/// A vowel of romanised Chinese or Korean, lower case.
fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// One romanised Chinese or Korean syllable, lower case: nothing or one
/// initial of `data/gazetteers/romanised_initials.txt`, one run of
/// vowels, then nothing or one final of
/// `data/gazetteers/romanised_finals.txt`, and "h" only after a lone "a"
/// (the Hong Kong "wah"). So "ying", "kuen" and "kwok" are syllables;
/// "based" (two vowel runs), "born" (two finals), "sci" and "blah" (no
/// romanisation begins with "sc" or "bl"), "uh" and "yeah" are not.
pub(super) fn is_syllable(s: &str) -> bool {
    let rest = s.trim_start_matches(|c: char| c.is_ascii_lowercase() && !is_vowel(c));
    let initial = &s[..s.len() - rest.len()];
    let after_vowels = rest.trim_start_matches(is_vowel);
    let vowels = &rest[..rest.len() - after_vowels.len()];
    !vowels.is_empty()
        && s.is_ascii()
        && (initial.is_empty() || romanised_initials::contains(initial))
        && match after_vowels {
            "" => true,
            "h" => vowels == "a",
            last => romanised_finals::contains(last),
        }
}

/// The initial and final of a syllable, what is left without its vowels.
fn frame(s: &str) -> String {
    s.chars().filter(|&c| !is_vowel(c)).collect()
}

/// English doubles a closed syllable, changing its vowel from "i" to "a"
/// or "o" ("hip-hop", "ping-pong", "tick-tock", "zig-zag"); a Chinese
/// name repeats a syllable whole or joins two different ones. A syllable
/// with no final ("Ka-ki") is left to be a name.
fn is_vowel_change_doubling(head: &str, tail: &str) -> bool {
    let vowel = |s: &str| s.chars().filter(|&c| is_vowel(c)).collect::<String>();
    let final_of = |s: &str| !s.ends_with(is_vowel);
    vowel(head) == "i"
        && matches!(vowel(tail).as_str(), "a" | "o")
        && final_of(head)
        && frame(head) == frame(tail)
}

/// A hyphenated given name of two syllables, capitalised: "Chun-ying".
fn is_hyphenated_given(word: &str) -> bool {
    // The capital first: most words fail it, before any splitting.
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let Some((head, tail)) = word.split_once('-') else {
        return false;
    };
    let head = head.to_ascii_lowercase();
    is_syllable(&head)
        && is_syllable(tail)
        && !is_vowel_change_doubling(&head, tail)
        && !english_hyphenated::contains(&format!("{head}-{tail}"))
}

pub fn hyphenated_given(text: &str, tokens: &[Token], names: &mut Vec<Name>) {
    let word = |i: usize| &text[tokens[i].span.range()];
    // A family name: a capitalised word that is not a function word.
    let family = |i: usize| {
        let w = word(i);
        crate::text::is_capitalised(w)
            && w.chars().skip(1).all(char::is_lowercase)
            && !words::is_function_word(&w.to_lowercase())
    };
    // The names in order of their first word, walked once beside the
    // pairs, which come in order too and never share a word (a family
    // name has no hyphen): `out` holds the names that begin before the
    // pair, `rest` those not reached yet. Names do not overlap, so the
    // one name that can run into the pair is the last non-empty one
    // begun before it.
    crate::names::sort_by_start(names);
    let mut rest = std::mem::take(names).into_iter().peekable();
    let mut out: Vec<Name> = Vec::new();
    let mut last = None;
    let mut added = Vec::new();
    for i in 1..tokens.len() {
        if !(is_hyphenated_given(word(i)) && family(i - 1)) {
            continue;
        }
        let pair = i - 1..i + 1;
        while let Some(n) = rest.next_if(|n| n.tokens.start < pair.start) {
            if !n.tokens.is_empty() {
                last = Some(out.len());
            }
            out.push(n);
        }
        // A name other than a person's that takes in the family name
        // ("British Airways" before a hyphenated word) keeps it unless it
        // is a romanised syllable ("Lantau Road Lee"), so that no cut
        // leaves a fragment of a company or a place.
        let family_word = word(pair.start).to_ascii_lowercase();
        let over_family = last
            .map(|k| &out[k])
            .filter(|n| n.tokens.end > pair.start)
            .or(rest
                .peek()
                .filter(|n| n.tokens.start == pair.start && n.tokens.end > pair.start));
        if over_family.is_some_and(|n| n.label != "PERSON") && !is_syllable(&family_word) {
            continue;
        }
        // A name that holds both words is the person.
        let before = last
            .map(|k| &mut out[k])
            .filter(|n| n.tokens.end > pair.start);
        let holding = match before {
            Some(n) if n.tokens.end >= pair.end => Some(n),
            Some(_) => None,
            None => rest
                .peek_mut()
                .filter(|n| n.tokens.start == pair.start && n.tokens.end >= pair.end),
        };
        if let Some(name) = holding {
            name.label = "PERSON";
            continue;
        }
        // A person's name that the tagger ended inside the pair runs on
        // to its end ("Donald Tsang" before "Yam-kuen"); any other name
        // begun before the pair ends where the pair begins.
        let mut extended = false;
        if let Some(n) = last
            .map(|k| &mut out[k])
            .filter(|n| n.tokens.end > pair.start)
        {
            if n.label == "PERSON" {
                n.tokens.end = pair.end;
                extended = true;
            } else {
                n.tokens.end = pair.start;
            }
        }
        // Names over one of the two words give way to the pair, or to
        // the person run on over it.
        while let Some(n) = rest.next_if(|n| n.tokens.start < pair.end) {
            if n.tokens.end <= pair.start {
                out.push(n);
            }
        }
        if !extended {
            added.push(Name {
                tokens: pair,
                label: "PERSON",
            });
        }
    }
    out.extend(rest);
    *names = out;
    names.extend(added);
    crate::names::sort_by_start(names);
    // Two people one space apart (not a line apart: "Noam Chomsky" as a
    // heading over "Noam Chomsky is"), the second exactly a romanised
    // family name and a hyphenated given name, the first not ending in
    // one, are one ("Carrie Lam" "Cheng Yuet-ngor"). Two full names in a
    // row ("Lee Siu-man" "Chan Oi-lun") stay two, and so does an English
    // name before one that is not Chinese ("John" "Paul Stevens"); a
    // joined name ends in a hyphenated given name, so joins never chain.
    for k in 1..names.len() {
        let (a, b) = (&names[k - 1], &names[k]);
        let joined = a.label == "PERSON"
            && b.label == "PERSON"
            && !a.tokens.is_empty()
            && a.tokens.end == b.tokens.start
            && b.tokens.len() == 2
            && text[tokens[a.tokens.end - 1].span.end..tokens[b.tokens.start].span.start] == *" "
            && !is_hyphenated_given(word(a.tokens.end - 1))
            && family(b.tokens.start)
            && is_syllable(&word(b.tokens.start).to_ascii_lowercase())
            && is_hyphenated_given(word(b.tokens.start + 1));
        if joined {
            names[k].tokens.start = names[k - 1].tokens.start;
            names[k - 1].tokens.end = names[k - 1].tokens.start;
        }
    }
    crate::names::drop_empty(names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, range_of};
    use crate::segment::segment;

    #[test]
    fn a_hyphenated_given_name_is_capitalised_and_hyphenated() {
        for (word, is) in [
            ("Chun-ying", true),
            ("Jong-un", true),
            ("chun-ying", false),
            ("Chunying", false),
            ("Chun-", false),
            ("-ying", false),
            ("", false),
            ("Éun-ying", false),
        ] {
            assert_eq!(is_hyphenated_given(word), is, "{word}");
        }
    }

    #[test]
    fn hyphenated_given_names_make_one_person() {
        let text = "Then Leung Chun-ying met Kim Jong-un at Rolls-Royce, a New York-based and Ireland-born firm.";
        let s = segment(text);
        let mut names = vec![
            Name {
                tokens: range_of(text, &s, "Kim"),
                label: "LOC",
            },
            Name {
                tokens: range_of(text, &s, "Rolls-Royce"),
                label: "ORG",
            },
        ];
        hyphenated_given(text, &s.tokens, &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Leung Chun-ying".into(), "PERSON"),
                ("Kim Jong-un".into(), "PERSON"),
                ("Rolls-Royce".into(), "ORG"),
            ]
        );
    }

    #[test]
    fn a_person_cut_inside_or_beside_the_name_runs_on() {
        let text = "Then Doris Tam Kwan Mei-ling and Felix Ho Wing-kah met Ruth Lo Chan Oi-lun \
                    at the Lantau Road Lee Siu-man met.\nMara Lee\nLee spoke.";
        let s = segment(text);
        let name = |w: &str, label: &'static str| Name {
            tokens: range_of(text, &s, w),
            label,
        };
        let mut names = vec![
            name("Doris Tam Kwan", "PERSON"),
            name("Mei-ling", "PERSON"),
            name("Felix Ho", "PERSON"),
            name("Ruth Lo", "PERSON"),
            name("Chan Oi-lun", "PERSON"),
            name("Lantau Road Lee", "LOC"),
            name("Mara Lee", "PERSON"),
        ];
        let last = s.tokens.len() - 3;
        names.push(Name {
            tokens: last..last + 1,
            label: "PERSON",
        });
        hyphenated_given(text, &s.tokens, &mut names);
        // A person ended inside the pair runs on to its end, another name
        // ends where the pair begins; two people one space apart, the
        // second beginning with a family name, are one, but not two a
        // line apart.
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("Doris Tam Kwan Mei-ling".into(), "PERSON"),
                ("Felix Ho Wing-kah".into(), "PERSON"),
                ("Ruth Lo Chan Oi-lun".into(), "PERSON"),
                ("Lantau Road".into(), "LOC"),
                ("Lee Siu-man".into(), "PERSON"),
                ("Mara Lee".into(), "PERSON"),
                ("Lee".into(), "PERSON"),
            ]
        );
    }
    #[test]
    fn only_a_family_and_hyphenated_given_name_joins_the_person_before() {
        let text =
            "Then John Paul Stevens, Mr Lee Siu-man Chan Oi-lun and Carrie Lam Cheng Yuet-ngor \
                    Ho Wing-kah met Ruth Lo Chan Oi-lun.";
        let s = segment(text);
        let name = |w: &str| Name {
            tokens: range_of(text, &s, w),
            label: "PERSON",
        };
        let mut names = vec![
            name("John"),
            name("Paul Stevens"),
            name("Lee Siu-man"),
            name("Chan Oi-lun"),
            name("Carrie Lam"),
            name("Cheng Yuet-ngor"),
            name("Ho Wing-kah"),
            name("Ruth Lo"),
        ];
        let last = range_of(text, &s, "Chan Oi-lun.");
        names.push(Name {
            tokens: last.start..last.end - 1,
            label: "PERSON",
        });
        hyphenated_given(text, &s.tokens, &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("John".into(), "PERSON"),
                ("Paul Stevens".into(), "PERSON"),
                ("Lee Siu-man".into(), "PERSON"),
                ("Chan Oi-lun".into(), "PERSON"),
                ("Carrie Lam Cheng Yuet-ngor".into(), "PERSON"),
                ("Ho Wing-kah".into(), "PERSON"),
                ("Ruth Lo Chan Oi-lun".into(), "PERSON"),
            ]
        );
    }

    #[test]
    fn english_hyphenated_words_are_not_given_names() {
        let text = "The British Airways Wi-fi was slow at British Airways Chun-wah. Free Wi-fi, \
                    Korean Hip-hop, Chinese Sci-fi, Big Uh-oh, Blah-blah, Yeah-yeah and Loud \
                    Ping-pong, but Kwok Chun-wah met Soong Ching-ling, Chan Ka-kei and Park Geun-hye.";
        let s = segment(text);
        let mut names = vec![
            Name {
                tokens: range_of(text, &s, "British Airways"),
                label: "ORG",
            },
            Name {
                tokens: range_of(text, &s, "Wi-fi"),
                label: "MISC",
            },
        ];
        let second = range_of(text, &s, "Airways Chun-wah");
        names.push(Name {
            tokens: second.start - 1..second.start + 1,
            label: "ORG",
        });
        hyphenated_given(text, &s.tokens, &mut names);
        assert_eq!(
            names_of(text, &s, &names),
            [
                ("British Airways".into(), "ORG"),
                ("Wi-fi".into(), "MISC"),
                ("British Airways".into(), "ORG"),
                ("Kwok Chun-wah".into(), "PERSON"),
                ("Soong Ching-ling".into(), "PERSON"),
                ("Chan Ka-kei".into(), "PERSON"),
                ("Park Geun-hye".into(), "PERSON"),
            ]
        );
    }

    /// Many pairs in one article, the tagger having found one word of the
    /// first person and all of the second: every pair is mended, and each
    /// name spans the words it should. (How the work grows with the text
    /// is a benchmark's question, not a test's: `scripts/bench.sh` and
    /// callgrind measure it; the walk is one moving position.)
    #[test]
    fn many_pairs_in_one_article_are_each_mended() {
        let n = 2_000;
        let text = "Mr Lee Siu-man met Ms Chan Oi-lun. ".repeat(n);
        let s = segment(&text);
        let word = |t: &Token| &text[t.span.range()];
        let mut names = Vec::new();
        for (k, t) in s.tokens.iter().enumerate() {
            match word(t) {
                "Lee" => names.push(Name {
                    tokens: k..k + 1,
                    label: "PERSON",
                }),
                "Chan" => names.push(Name {
                    tokens: k..k + 2,
                    label: "PERSON",
                }),
                _ => {}
            }
        }
        hyphenated_given(&text, &s.tokens, &mut names);
        assert_eq!(names.len(), 2 * n);
        for (i, name) in names.iter().enumerate() {
            let want = if i % 2 == 0 {
                "Lee Siu-man"
            } else {
                "Chan Oi-lun"
            };
            let start = s.tokens[name.tokens.start].span.start;
            let end = s.tokens[name.tokens.end - 1].span.end;
            assert_eq!((&text[start..end], name.label), (want, "PERSON"));
        }
    }
}
