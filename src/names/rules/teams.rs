//! `names.teams`: a sports team written as a plural is an organisation.
//! The tagger reads "the Lakers" as a family or a surname, "the Celtics"
//! as MISC and "the Maple Leafs" as a place, and misses "the Packers". A
//! run of one to three capitalised words after "the" that ends in a plural
//! ("the Lakers", "the Red Sox", "the Chicago Bulls") is a team when the
//! article gives sports evidence for one of its mentions after "the"
//! (`data/gazetteers/team_cues.txt`): a verb of a match with it as subject
//! or object ("the Mets beat", "lost to the Celtics"), a verb teams share
//! with others ("won", "hosted") in a sentence of sport (a score
//! "102-98", "titles", "coach"), "fans of the X", "the X coach", "scored
//! 30 points for the X", a word only sport uses in its sentence
//! ("quarterback"), or a score in a sentence that speaks of no vote. Then
//! every mention of those words, with or without "the", is one ORG.
//!
//! Not a plural that is, or whose singular is, a place, a nationality or
//! a group the gazetteer knows ("the Philippines", "the Americans", "the
//! Democrats", "the Kurds"), nor a party or an event of the list ("the
//! Greens", "the Games"), a place's or a paper's last word ("the Golan
//! Heights", "the Times"), an event ("the Olympics"), nor a family: a
//! plural whose singular is a word of a person of the article ("the
//! Kennedys" beside "John Kennedy").
//!
//! Linear: one pass over each sentence's tokens for the runs and its
//! words of sport, one over the runs, one over the names.

use rustc_hash::FxHashSet as HashSet;

use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::{token_text, Name};
use crate::resources::lists::gazetteers::team_cues::{self, Class as Cue};
use crate::resources::lists::gazetteers::{event_heads, location_heads, paper_heads};
use crate::segment::{Structure, Token, TokenKind};

use super::{is_known_place, phrase_at};

/// Most capitalised words of a team's name ("the Toronto Maple Leafs").
const MAX_WORDS: usize = 3;

/// Most words between a `for` verb and "for the X" ("scored 30 points
/// for").
const FOR_REACH: usize = 8;

/// A run of capitalised words ending in a plural, and the index of the
/// "the" before it, if one is.
struct Run {
    words: std::ops::Range<usize>,
    the: Option<usize>,
    sentence: usize,
}

/// What a sentence's words say of sport, read once a sentence.
#[derive(Clone, Copy, Default)]
struct Sport {
    score: bool,
    sport: bool,
    support: bool,
    vote: bool,
}

pub fn teams(text: &str, structure: &Structure, gazetteer: &Gazetteer, names: &mut Vec<Name>) {
    let tokens = &structure.tokens;
    let word = |i: usize| &text[tokens[i].span.range()];
    let cue = |at: usize, class: Cue| {
        phrase_at(text, tokens, at, team_cues::starting, |p| p.class == class)
    };
    let mut runs: Vec<Run> = Vec::new();
    let mut sport: Vec<Sport> = Vec::with_capacity(structure.sentences.len());
    for (k, sentence) in structure.sentences.iter().enumerate() {
        let range = sentence.tokens.clone();
        let before = runs.len();
        let mut i = range.start;
        while i < range.end {
            if !is_capitalised(text, &tokens[i]) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < range.end && is_capitalised(text, &tokens[j]) {
                j += 1;
            }
            let (start, the) = if word(i) == "The" && j - i >= 2 {
                (i + 1, Some(i))
            } else if i > range.start && word(i - 1).eq_ignore_ascii_case("the") {
                (i, Some(i - 1))
            } else {
                (i, None)
            };
            if j - start <= MAX_WORDS && is_plural(text, tokens, j - 1) {
                runs.push(Run {
                    words: start..j,
                    the,
                    sentence: k,
                });
            }
            i = j;
        }
        // What the sentence says of sport, read only where it holds a
        // plural (most sentences hold none); the words of a run too
        // ("Overtime").
        let mut said = Sport::default();
        if runs.len() > before {
            for i in range.clone() {
                // Not a phone number's part after its area code: "(254-2) 751-613".
                said.score |= is_score(word(i)) && !(i > range.start && word(i - 1) == ")");
                said.sport |= cue(i, Cue::Sport);
                said.support |= cue(i, Cue::Support);
                said.vote |= cue(i, Cue::Vote);
            }
        }
        sport.push(said);
    }
    if runs.is_empty() {
        return;
    }
    // The words of the article's people: "the Kennedys" beside "John
    // Kennedy" are a family, and so is "Jon Pardos". A lone plural the
    // tagger typed a person ("the Lakers") is no evidence of one.
    let mut person_words: HashSet<&str> = HashSet::default();
    let mut full_names: HashSet<&str> = HashSet::default();
    for name in names.iter().filter(|n| n.label == "PERSON") {
        person_words.extend(name.tokens.clone().map(word));
        if name.tokens.len() >= 2 {
            full_names.extend(name.tokens.clone().map(word));
        }
    }
    let mut teams: HashSet<&str> = HashSet::default();
    for run in &runs {
        let Some(the) = run.the else {
            continue;
        };
        let key = token_text(text, tokens, run.words.clone());
        if teams.contains(key)
            || !is_team_name(text, tokens, gazetteer, (&person_words, &full_names), run)
        {
            continue;
        }
        let said = sport[run.sentence];
        let sentence = structure.sentences[run.sentence].tokens.clone();
        // Phrases of `class` of k words that end right before "the".
        let ends_before = |class: Cue| {
            (1..=3).any(|k| {
                the >= sentence.start + k
                    && phrase_at(text, tokens, the - k, team_cues::starting, |p| {
                        p.class == class && p.word_count() == k
                    })
            })
        };
        let mut after = run.words.end;
        if after < sentence.end && matches!(word(after), "'" | "\u{2019}") {
            after += 1;
        }
        let verb_after = |class: Cue| {
            let end = run.words.end;
            end < sentence.end
                && (cue(end, class)
                    || (cue(end, Cue::Aux) && end + 1 < sentence.end && cue(end + 1, class)))
        };
        let for_verb = the > sentence.start
            && word(the - 1) == "for"
            && ((the - 1).saturating_sub(FOR_REACH).max(sentence.start)..the - 1)
                .any(|i| cue(i, Cue::For));
        let result = verb_after(Cue::Result) || ends_before(Cue::Result);
        let weak = verb_after(Cue::Weak) || ends_before(Cue::Weak);
        let backed = said.score || said.sport || said.support;
        let evidence = result
            || (weak && backed)
            || ends_before(Cue::Before)
            || for_verb
            || (after < sentence.end && cue(after, Cue::After))
            || said.sport
            || (said.score && !said.vote);
        if evidence {
            teams.insert(key);
        }
    }
    if teams.is_empty() {
        return;
    }
    // The name over each token, to find what a team's mention replaces.
    let mut owner: Vec<Option<usize>> = vec![None; tokens.len()];
    for (n, name) in names.iter().enumerate() {
        for t in name.tokens.clone() {
            owner[t] = Some(n);
        }
    }
    let mut added: Vec<Name> = Vec::new();
    for run in &runs {
        if !teams.contains(token_text(text, tokens, run.words.clone())) {
            continue;
        }
        // The mention with its "The", when the tagger took it in.
        let from = run
            .the
            .filter(|&t| t + 1 == run.words.start)
            .unwrap_or(run.words.start);
        let inside = |n: &Name| n.tokens.start >= from && n.tokens.end <= run.words.end;
        let over: Vec<usize> = {
            let mut over: Vec<usize> = (from..run.words.end).filter_map(|t| owner[t]).collect();
            over.dedup();
            over
        };
        if over.iter().any(|&n| !inside(&names[n])) {
            continue;
        }
        if let Some((&first, rest)) = over.split_first() {
            names[first].tokens = run.words.clone();
            names[first].label = "ORG";
            for &n in rest {
                names[n].tokens = 0..0;
            }
        } else {
            added.push(Name {
                tokens: run.words.clone(),
                label: "ORG",
            });
        }
    }
    crate::names::drop_empty(names);
    if !added.is_empty() {
        names.extend(added);
        crate::names::sort_by_start(names);
    }
}

/// Whether a token opens with a capital ("Lakers") or is a team's number
/// word ("49ers").
fn is_capitalised(text: &str, token: &Token) -> bool {
    if token.kind != TokenKind::Word {
        return false;
    }
    let w = &text[token.span.range()];
    let mut chars = w.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => true,
        // Digits and letters only: not "13-times".
        Some(c) if c.is_ascii_digit() => {
            w.chars().any(char::is_alphabetic) && w.chars().all(char::is_alphanumeric)
        }
        _ => false,
    }
}

/// Whether the word at `at` is a plural that may end a team's name: an
/// "-s" plural ("Lakers", "49ers", not "Congress", "Exodus", "Paris",
/// "NFLs") or one of the list ("Sox").
fn is_plural(text: &str, tokens: &[Token], at: usize) -> bool {
    let w = &text[tokens[at].span.range()];
    if phrase_at(text, tokens, at, team_cues::starting, |p| {
        p.class == Cue::Plural
    }) {
        return true;
    }
    w.len() >= 4
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && w.chars().skip(1).any(char::is_lowercase)
}

/// Whether a run may name a team: not a place, people or group, an event,
/// a party, a place's or a paper's last word, nor a family.
fn is_team_name(
    text: &str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    (person_words, full_names): (&HashSet<&str>, &HashSet<&str>),
    run: &Run,
) -> bool {
    let last_at = run.words.end - 1;
    let last = &text[tokens[last_at].span.range()];
    if is_known_place(text, &tokens[run.words.clone()], gazetteer)
        || phrase_at(text, tokens, last_at, team_cues::starting, |p| {
            p.class == Cue::Not
        })
        || event_heads::contains(last)
        || location_heads::get(last).is_some()
        || paper_heads::contains(last)
    {
        return false;
    }
    let people = |w: &str| {
        let kinds = gazetteer.kinds(w);
        kinds.has(Kind::Group)
            || kinds.has(Kind::Demonym)
            || kinds.has(Kind::Country)
            || kinds.has(Kind::City)
            || kinds.has(Kind::State)
    };
    let singulars = [last.strip_suffix('s'), last.strip_suffix("es")];
    if people(last) || singulars.iter().flatten().any(|&one| people(one)) {
        return false;
    }
    // A family: "the Kennedys" beside "John Kennedy", "the Obamas".
    !(full_names.contains(last)
        || singulars
            .iter()
            .flatten()
            .any(|one| person_words.contains(one)))
}

/// Most points of one side of a score ("102-98"): a phone number's
/// "751-613" is none.
const MAX_POINTS: u32 = 200;

/// Whether a word is a score: two numbers up to [`MAX_POINTS`] joined by
/// a hyphen or a dash ("102-98", "5–3"), not a year's span ("2010-11")
/// or a phone number ("(254-2) 751-613").
fn is_score(w: &str) -> bool {
    let Some((a, b)) = w.split_once(['-', '–', '—']) else {
        return false;
    };
    let points = |s: &str| {
        (1..=3).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_digit())
            && s.parse::<u32>().is_ok_and(|n| n <= MAX_POINTS)
    };
    points(a) && points(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, owned, placed_in_turn};
    use crate::segment::segment;

    /// The names after the pass, from the tagger's `found`.
    fn run(text: &str, found: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        let s = segment(text);
        let mut names = placed_in_turn(text, &s, found);
        teams(text, &s, &Gazetteer::embedded(), &mut names);
        names_of(text, &s, &names)
    }

    /// The tagger's names of a case.
    type Found<'a> = &'a [(&'a str, &'static str)];

    fn orgs(text: &str, found: &[(&str, &'static str)]) -> Vec<String> {
        run(text, found)
            .into_iter()
            .filter(|(_, label)| *label == "ORG")
            .map(|(w, _)| w)
            .collect()
    }

    #[test]
    fn plurals_with_sports_evidence_are_teams() {
        let cases: &[(&str, Found, &[&str])] = &[
            // A result verb, subject and object, and a score.
            (
                "The Zorkers beat the Quiltons 102-98 on Sunday.",
                &[("Zorkers", "PERSON"), ("Quiltons", "MISC")],
                &["Zorkers", "Quiltons"],
            ),
            // Every mention, found or not, with or without "the".
            (
                "The Zorkers lost to the Red Voxes. Ann Lee scored 30 points for the Zorkers. Zorkers fans wept.",
                &[("Zorkers", "PERSON"), ("Ann Lee", "PERSON")],
                &["Zorkers", "Red Voxes", "Zorkers", "Zorkers"],
            ),
            ("The Packers fired their coach.", &[], &["Packers"]),
            ("The Warriors have won four titles.", &[], &["Warriors"]),
            ("Fans of the Maple Leafs were angry.", &[("Maple Leafs", "GPE")], &["Maple Leafs"]),
            ("He pitched for the Mets in 1986.", &[], &["Mets"]),
            ("The Bruins coach resigned.", &[], &["Bruins"]),
            ("The Bruins' season ended.", &[], &["Bruins"]),
            ("The Chicago Bulls edged the Jazzers.", &[("Chicago", "GPE")], &["Chicago Bulls", "Jazzers"]),
            ("The Steelers won again, the quarterback said.", &[], &["Steelers"]),
            ("The Springboks drew with the All Blacks.", &[("Springboks", "PERSON"), ("All Blacks", "ORG")], &["Springboks", "All Blacks"]),
            ("The Red Sox signed him with a game left.", &[("Red Sox", "ORG")], &["Red Sox"]),
            ("The 49ers hosted the Rams in overtime.", &[], &["49ers", "Rams"]),
            ("The Bulls were beaten by the Knicks.", &[("Knicks", "PERSON")], &["Bulls", "Knicks"]),
            ("The Titans have won two games.", &[("Titans", "MISC")], &["Titans"]),
            // A number word with a hyphen is no team's name.
            ("The 13-times champions beat the Jets 4-1.", &[], &["Jets"]),
            ("It was a 3-1 win over the Wallabies.", &[("Wallabies", "PERSON")], &["Wallabies"]),
        ];
        for (text, found, want) in cases {
            assert_eq!(orgs(text, found), *want, "{text}");
        }
    }

    #[test]
    fn plurals_without_sports_or_of_people_are_left() {
        let cases: &[(&str, Found)] = &[
            // Parties and their members.
            (
                "The Democrats won the House in November.",
                &[("Democrats", "NORP")],
            ),
            (
                "The Republicans beat the bill by two votes.",
                &[("Republicans", "NORP")],
            ),
            (
                "The Conservatives won 365 seats.",
                &[("Conservatives", "NORP")],
            ),
            (
                "The Greens beat the Tories 3-2 in the poll.",
                &[("Greens", "PERSON")],
            ),
            ("The Liberal Democrats beat the Nationalists.", &[]),
            // Nationalities and peoples.
            ("The Kurds beat the Turks near Mosul.", &[("Kurds", "NORP")]),
            (
                "The Americans beat the Russians to the Moon.",
                &[("Americans", "MISC")],
            ),
            (
                "The Palestinians won recognition.",
                &[("Palestinians", "NORP")],
            ),
            // Families.
            (
                "John Kennedy spoke. The Kennedys hosted the Obamas. Barack Obama ate.",
                &[
                    ("John Kennedy", "PERSON"),
                    ("Kennedys", "PERSON"),
                    ("Barack Obama", "PERSON"),
                ],
            ),
            // Places.
            (
                "The Philippines beat the odds 3-1.",
                &[("Philippines", "GPE")],
            ),
            (
                "The Netherlands won the vote 5-4.",
                &[("Netherlands", "GPE")],
            ),
            (
                "Storms hit the Bahamas and the Falklands.",
                &[("Bahamas", "GPE")],
            ),
            ("The Alps are cold.", &[("Alps", "GPE")]),
            (
                "Israel won the Golan Heights in 1967.",
                &[("Israel", "GPE"), ("Golan Heights", "LOC")],
            ),
            // Events and papers.
            (
                "Beijing hosted the Olympics and the Games were a success.",
                &[("Beijing", "GPE")],
            ),
            (
                "Pivotal, a 100-30 chance, won the Nunthorpe Stakes.",
                &[("Nunthorpe Stakes", "MISC")],
            ),
            ("The Times beat the Post to the story.", &[]),
            // Products, and plurals with no evidence of sport.
            ("The airline bought two Boeings.", &[("Boeings", "GPE")]),
            (
                "The Beatles played in Hamburg.",
                &[("Beatles", "GPE"), ("Hamburg", "GPE")],
            ),
            ("The Smiths moved to Ohio.", &[("Ohio", "GPE")]),
            // A vote's tally is no score.
            ("The Justices ruled 5-4 on Monday.", &[]),
            // A phone number is no score.
            (
                "The embassy is in the Parklands; (254-2) 751-613.",
                &[("Parklands", "PERSON")],
            ),
            // Congress ends in "-ss"; a year's span is no score.
            ("The Congress passed it in 2010-11.", &[]),
        ];
        for (text, found) in cases {
            assert_eq!(run(text, found), owned(found), "{text}");
        }
    }

    #[test]
    fn a_mention_inside_a_longer_name_is_left() {
        // The tagger's "Zorkers Ann Lee" runs past the team: no change.
        let text = "The Zorkers beat the Quiltons 5-3. Zorkers Ann Lee smiled.";
        let out = run(text, &[("Zorkers Ann Lee", "PERSON")]);
        assert!(
            out.contains(&("Zorkers Ann Lee".to_string(), "PERSON")),
            "{out:?}"
        );
        assert!(is_score("102-98") && is_score("5–3") && !is_score("2010-11") && !is_score("a-b"));
        assert!(!is_score("751-613") && !is_score("254-2-1"));
    }
}
