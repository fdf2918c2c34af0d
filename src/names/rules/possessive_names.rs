//! `names.possessive_names`: a place or an institution named after a
//! saint or a founder keeps its possessive: "St Paul's Cathedral", "St.
//! Peter's Square", "St Thomas' Hospital", "King's College London",
//! "Lord's Cricket Ground" are one name each, not "St Paul" and
//! "Cathedral". The name is a possessor, "'s" or a bare "'" after an "s"
//! (the tokenizer splits both off the word; curly apostrophes are
//! straight by then), and capitalised words that a head ends: a
//! building's or a ground's (`possessive_heads.txt` class `place`,
//! `facility_heads.txt`, `location_heads.txt` class `place`) makes a LOC,
//! as facilities are; a school's (`possessive_heads.txt` class
//! `institution`) makes an ORG, and may take a known place after it,
//! "King's College London". A head must end the run of capitalised
//! words ("Queen's Park Rangers" is a club, no "Queen's Park").
//!
//! An owner's possessive is no part of a name ("Obama's White House",
//! "London's Royal Free Hospital", "Pope Francis's St. Peter's Square
//! address", "Salesforce's Tower"), so the possessor must read as a saint
//! or a founder:
//! - a saint's name, one or two capitalised words after a word of
//!   `saint_words.txt` ("St", "St.", "Saint"); the heads of
//!   `location_heads.txt` class `name` ("Park", "Hill") and of
//!   `possessive_heads.txt` class `saint` ("Green") count only here ("St
//!   James's Park", "St Stephen's Green"), as they end clubs' names after
//!   other possessives ("Queen's Park");
//! - or one capitalised word, no acronym, after no other capitalised word
//!   but an article and not joined to one by "and" ("Brigham and Women's
//!   Hospital", whose start is not known), nor after a possessive ("Our
//!   Lady's Children's Hospital"); no pronoun, determiner, wh-word, day
//!   or month ("That's Church policy", "Tuesday's Cathedral service";
//!   `data/words/`, `non_name_possessors.txt`); that the gazetteer does
//!   not know as a place, people, group or organisation ("Britain's",
//!   "London's"), that the tagger did not make an ORG or a place alone
//!   there, and that none of the tagger's names holds elsewhere, other
//!   than before a possessive ("Trump's ..." where the article writes
//!   "Donald Trump"): a founder is named only in the name. Its name holds
//!   a head of `possessive_heads.txt` class `place` or `institution`
//!   ("Guy's Hospital", "Lord's Cricket Ground", "King's College
//!   Hospital"): a tower, a museum or an island after one word's
//!   possessive is an owner's ("Epstein's Island", "Ronaldo's Museum").
//!   A title after "the" is an owner but of a school ("the Pope's
//!   Chapel", "The King's School"). The words between such a possessor
//!   and the head are at most two, none a place, people or organisation
//!   of the gazetteer, and the tagger proposed no name but a MISC of its
//!   own over them and the head: "Lord's Cricket Ground", not "Epstein's
//!   Little Ridgeway Island" where the tagger found "Little Ridgeway
//!   Island" (an owner's possessive before a name whole without it); a
//!   name of the tagger's that a head opens counts only after a title
//!   ("King's College Hospital", not "Letterkenny's University
//!   Hospital"). So are those after a saint's name that is a known place
//!   ("St. Louis's Barnes Hospital" is none).
//!
//! An ORG of the tagger's that begins after the possessive and runs on
//! past the head ends the name, an ORG ("Hudson's Bay Co.", "St. Anselm's
//! College Institute of Politics"), and needs no founder's head. A name
//! of the tagger's inside the new one goes; one that crosses it keeps the
//! part outside it. Linear: one walk over the tokens, one hash insertion
//! per word of a tagger's name, one sweep over the new names and the
//! tagger's in text order.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::names::gazetteer::{Gazetteer, Kind, Kinds};
use crate::names::Name;
use crate::resources::lists::gazetteers::facility_heads::{self, Value as Facility};
use crate::resources::lists::gazetteers::location_heads::{self, Value as Place};
use crate::resources::lists::gazetteers::possessive_heads::{self, Value as Head};
use crate::resources::lists::gazetteers::saint_words;
use crate::resources::lists::lexicon::{months, non_name_possessors, weekdays};
use crate::segment::{Token, TokenKind};
use crate::text::{is_capitalised, words};

/// The gazetteer's kinds that make a possessor an owner: places, peoples,
/// groups and organisations ("Britain's", "London's").
const OWNERS: Kinds = Kinds(
    1 << Kind::Country as u8
        | 1 << Kind::City as u8
        | 1 << Kind::State as u8
        | 1 << Kind::Region as u8
        | 1 << Kind::Demonym as u8
        | 1 << Kind::Group as u8
        | 1 << Kind::Org as u8
        | 1 << Kind::Agency as u8,
);

/// The places of the gazetteer, after which a school's head may go on
/// ("King's College London").
const PLACES: Kinds = Kinds(
    1 << Kind::Country as u8
        | 1 << Kind::City as u8
        | 1 << Kind::State as u8
        | 1 << Kind::Region as u8,
);

/// Most capitalised words between a saint's possessive and the head ("St
/// Mary's Roman Catholic Church"), and between a founder's and the head
/// ("Lord's Cricket Ground").
const MAX_AFTER_SAINT: usize = 3;
const MAX_AFTER_FOUNDER: usize = 2;

/// The label a head word gives the name it ends: LOC for a building or a
/// ground, ORG for a school; `saint` lets the heads that also end clubs'
/// names count.
fn head_label(word: &str, saint: bool) -> Option<&'static str> {
    match possessive_heads::get(word) {
        Some(Head::Place) => return Some("LOC"),
        Some(Head::Institution) => return Some("ORG"),
        Some(Head::Saint) if saint => return Some("LOC"),
        _ => {}
    }
    if matches!(
        facility_heads::get(word),
        Some(Facility::Place | Facility::Surname)
    ) {
        return Some("LOC");
    }
    match location_heads::get(word) {
        Some(Place::Place) => Some("LOC"),
        Some(Place::Name) if saint => Some("LOC"),
        _ => None,
    }
}

/// A head that may follow a founder's possessive as well as a saint's
/// ("Guy's Hospital", "King's College"): a place or an institution of
/// `possessive_heads.txt`. A tower, a museum or an island after a
/// possessive is an owner's ("Salesforce's Tower", "Epstein's Island").
fn founder_head(word: &str) -> bool {
    matches!(
        possessive_heads::get(word),
        Some(Head::Place | Head::Institution)
    )
}

/// A word that is no name though it is capitalised before "'s": a
/// pronoun, determiner, quantifier, wh-word or adverb ("That's", "It's",
/// "What's", "Everyone's"), a day or a month ("Tuesday's", "Today's").
fn no_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    words::is_function_word(&lower)
        || words::is_object_pronoun(&lower)
        || words::is_quantifier(&lower)
        || non_name_possessors::contains(&lower)
        || weekdays::get(word).is_some()
        || months::get(word).is_some()
}

pub fn possessive_names(
    text: &str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    names: &mut Vec<Name>,
) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let is_word = |i: usize| tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word);
    let capitalised = |i: usize| is_word(i) && is_capitalised(word(i));
    let is_saint = |i: usize| tokens.get(i).is_some() && saint_words::contains(word(i));
    // "'s" after a word, or "'" after a word ending in "s" and before a
    // space ("Thomas' Hospital", not a closing quote inside a word).
    let possessive = |i: usize| {
        let (Some(t), Some(before)) = (tokens.get(i), i.checked_sub(1).map(|b| &tokens[b])) else {
            return false;
        };
        let touching = before.span.end == t.span.start && before.kind == TokenKind::Word;
        let w = word(i);
        touching
            && (w.eq_ignore_ascii_case("'s")
                || (w == "'"
                    && word(i - 1).ends_with(['s', 'S'])
                    && tokens.get(i + 1).is_some_and(|n| n.span.start > t.span.end)))
    };
    // Words the tagger's names hold other than before a possessive: a
    // possessor among them is someone the article names on their own.
    let mut named: HashSet<&str> = HashSet::default();
    // Single words the tagger made an ORG or a place: owners where they stand.
    let mut owners_at: HashSet<usize> = HashSet::default();
    // Where the tagger's names end, by where they start; no MISC ("Lord's
    // Cricket Ground" whose "Cricket Ground" it proposes MISC).
    let mut ends: HashMap<usize, usize> = HashMap::default();
    // Where the tagger's ORGs end, by where they start.
    let mut orgs_end: HashMap<usize, usize> = HashMap::default();
    for name in names.iter() {
        if name.label == "MISC" {
            continue;
        }
        let end = ends.entry(name.tokens.start).or_insert(name.tokens.end);
        *end = (*end).max(name.tokens.end);
        if name.label == "ORG" {
            let end = orgs_end.entry(name.tokens.start).or_insert(name.tokens.end);
            *end = (*end).max(name.tokens.end);
        }
        if name.tokens.len() == 1 && name.label != "PERSON" {
            owners_at.insert(name.tokens.start);
        }
        for i in name.tokens.clone() {
            if !possessive(i + 1) {
                named.insert(word(i));
            }
        }
    }

    let mut found: Vec<Name> = Vec::new();
    let mut p = 1;
    while p + 1 < tokens.len() {
        if !possessive(p) || !capitalised(p - 1) {
            p += 1;
            continue;
        }
        // The possessor: a saint's name, or one word.
        let saint_at = (1..=2)
            .filter_map(|k| p.checked_sub(k + 1))
            .find(|&s| is_saint(s) && (s + 1..p).all(capitalised));
        let start = saint_at.unwrap_or(p - 1);
        // A possessive before a founder's: the first owns a name that
        // holds a possessive ("Our Lady's Children's Hospital"), whose
        // start is not known. A saint's name opens one ("Rome's St.
        // Peter's Basilica").
        if saint_at.is_none() && start > 0 && possessive(start - 1) {
            p += 1;
            continue;
        }
        let founder_ok = || {
            let w = word(p - 1);
            let acronym = w.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !w.chars().any(char::is_lowercase);
            // No capitalised word or abbreviation before it ("Mark
            // Smith's", "Dr. Guy's") but an article ("The King's School").
            let alone = p < 2
                || !(matches!(
                    tokens[p - 2].kind,
                    TokenKind::Word | TokenKind::Abbreviation(_)
                ) && is_capitalised(word(p - 2)))
                || words::is_article(&word(p - 2).to_lowercase());
            // Nor a second founder joined to a first ("Brigham and Women's
            // Hospital"): where that name begins is not known.
            let joined = p >= 3
                && (word(p - 2) == "&" || words::is_coordinator(&word(p - 2).to_lowercase()))
                && capitalised(p - 3);
            alone
                && !joined
                && !acronym
                && !no_name(w)
                && !gazetteer
                    .whole(text, &tokens[p - 1..p], false)
                    .any_of(OWNERS)
                && !owners_at.contains(&(p - 1))
                && !named.contains(w)
        };
        if saint_at.is_none() && !founder_ok() {
            p += 1;
            continue;
        }
        // A saint's name that is a known place ("St. Louis's") is read as
        // strictly as a founder's.
        let place_saint = saint_at.is_some()
            && (gazetteer
                .whole(text, &tokens[start..p], false)
                .any_of(PLACES)
                || gazetteer
                    .whole(text, &tokens[start..=p], false)
                    .any_of(PLACES));
        let strict = saint_at.is_none() || place_saint;
        // A title's possessive: a royal founder's ("King's College",
        // "Queen's University"), but after "the" an owner's ("the Pope's
        // Chapel", "the President's Tower") other than a school's ("The
        // King's School").
        let title = saint_at.is_none()
            && gazetteer
                .whole_title(text, &tokens[p - 1..p])
                .has(Kind::Title);
        let title_owner = title && p >= 2 && words::is_article(&word(p - 2).to_lowercase());
        // The run of capitalised words after the possessive.
        let mut end = p + 1;
        while end < tokens.len() && capitalised(end) && end - p <= MAX_AFTER_SAINT + 3 {
            end += 1;
        }
        if end == p + 1 || capitalised(end) {
            p += 1;
            continue;
        }
        // The head ends the run, or a school's head and a known place do.
        let head = (p + 1..end).rev().find_map(|h| {
            let label = head_label(word(h), saint_at.is_some())?;
            let tail = h + 1 == end
                || (label == "ORG"
                    && gazetteer
                        .whole(text, &tokens[h + 1..end], false)
                        .any_of(PLACES));
            tail.then_some((h, label))
        });
        let Some((h, label)) = head else {
            p += 1;
            continue;
        };
        // An ORG of the tagger's that begins inside and runs on past the
        // run ("Hudson's Bay Co.", "St. Anselm's College Institute of
        // Politics") is the name's end.
        let org_end = (p + 1..end)
            .filter_map(|i| orgs_end.get(&i))
            .max()
            .copied()
            .filter(|&e| e > end);
        // A founder's possessive opens a name only with a founder's head
        // among the words it ends ("Lord's Cricket Ground", "King's
        // College Hospital") or a company's name ("Hudson's Bay Co."); a
        // title's after "the", only a school's.
        if (saint_at.is_none() && org_end.is_none() && !(p + 1..=h).any(|i| founder_head(word(i))))
            || (title_owner && label != "ORG")
        {
            p += 1;
            continue;
        }
        let between = h - (p + 1);
        let fits = if strict {
            // The tagger's name over the words after the possessive and
            // the head, but for one that a head opens after a title's
            // possessive ("College Hospital" of "King's College
            // Hospital"; "Letterkenny's University Hospital" is a town's).
            let whole = between > 0
                && ends.get(&(p + 1)).is_some_and(|&e| e > h)
                && !(title && head_label(word(p + 1), false).is_some());
            between <= MAX_AFTER_FOUNDER
                && !whole
                && (p + 1..h).all(|i| !gazetteer.whole(text, &tokens[i..=i], false).any_of(OWNERS))
        } else {
            between <= MAX_AFTER_SAINT
        };
        if !fits {
            p += 1;
            continue;
        }
        let (end, label) = org_end.map_or((end, label), |e| (e, "ORG"));
        found.push(Name {
            tokens: start..end,
            label,
        });
        p = end;
    }
    if found.is_empty() {
        return;
    }
    // A tagger's name that holds a new one whole and more stays as it is:
    // one sweep over both lists in text order (`found` is, and does not
    // overlap itself).
    crate::names::sort_by_start(names);
    let mut j = 0;
    // The furthest end of the tagger's names that start before `f`.
    let mut reach = 0;
    found.retain(|f| {
        while j < names.len() && names[j].tokens.start < f.tokens.start {
            reach = reach.max(names[j].tokens.end);
            j += 1;
        }
        let held = reach >= f.tokens.end
            || names[j..]
                .iter()
                .take_while(|n| n.tokens.start == f.tokens.start)
                .any(|n| n.tokens.end > f.tokens.end);
        !held
    });
    // The tagger's names that cross a new one keep the part outside it.
    for name in names.iter_mut() {
        let at = found.partition_point(|f| f.tokens.end <= name.tokens.start);
        for f in &found[at..] {
            if f.tokens.start >= name.tokens.end {
                break;
            }
            let (left, right) = (
                name.tokens.start..f.tokens.start.max(name.tokens.start),
                f.tokens.end.min(name.tokens.end)..name.tokens.end,
            );
            name.tokens = if !left.is_empty() && capitalised(left.end - 1) {
                left
            } else if !right.is_empty() && capitalised(right.start) {
                right
            } else {
                name.tokens.start..name.tokens.start
            };
        }
    }
    names.extend(found);
    crate::names::drop_empty(names);
    crate::names::sort_by_start(names);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, owned, placed};
    use crate::segment::segment;

    /// A text, the tagger's names in it and the names the pass leaves.
    type Case<'a> = (
        &'a str,
        &'a [(&'a str, &'static str)],
        &'a [(&'a str, &'static str)],
    );

    /// The names of `text` after the pass, from the tagger's `proposed`.
    /// The text is normalised first, as the pipeline does: a curly
    /// apostrophe is straight by then.
    fn run(text: &str, proposed: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        let normalized = crate::text::normalize::Normalized::new(text);
        let text = normalized.text.as_str();
        let s = segment(text);
        let mut names = placed(text, &s, proposed);
        crate::names::sort_by_start(&mut names);
        possessive_names(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        names_of(text, &s, &names)
    }

    #[test]
    fn saints_and_founders_name_places_and_schools() {
        let cases: &[Case] = &[
            (
                "The service was held at St Paul's Cathedral on Monday.",
                &[("St Paul", "LOC"), ("Cathedral", "LOC")],
                &[("St Paul's Cathedral", "LOC")],
            ),
            (
                "Crowds gathered outside St Mary's Church after the wedding.",
                &[("St Mary", "LOC"), ("Church", "ORG")],
                &[("St Mary's Church", "LOC")],
            ),
            (
                "Tourists filled St. Peter's Square on Sunday.",
                &[("Peter", "PERSON"), ("Square", "LOC")],
                &[("St. Peter's Square", "LOC")],
            ),
            (
                "She studied law at King's College London before the bar.",
                &[("College London", "ORG")],
                &[("King's College London", "ORG")],
            ),
            (
                "England played at Lord's Cricket Ground last summer.",
                &[("England", "LOC")],
                &[("England", "LOC"), ("Lord's Cricket Ground", "LOC")],
            ),
            (
                "He was taken to St Thomas' Hospital on Friday.",
                &[("St Thomas", "LOC")],
                &[("St Thomas' Hospital", "LOC")],
            ),
            (
                "He was taken to Guy's Hospital on Friday.",
                &[("Guy", "PERSON")],
                &[("Guy's Hospital", "LOC")],
            ),
            (
                "The choir sang at St Martin\u{2019}s Church in the evening.",
                &[("St Martin", "LOC")],
                &[("St Martin's Church", "LOC")],
            ),
            (
                "They prayed at Saint Patrick's Cathedral in the rain.",
                &[("Saint Patrick", "PERSON"), ("Cathedral", "LOC")],
                &[("Saint Patrick's Cathedral", "LOC")],
            ),
            (
                "He taught at St John's College for a decade.",
                &[("St John", "PERSON")],
                &[("St John's College", "ORG")],
            ),
            (
                "Fans packed St James' Park for the derby.",
                &[],
                &[("St James' Park", "LOC")],
            ),
            (
                "They were married in St Mary Magdalene's Church last year.",
                &[("Mary Magdalene", "PERSON")],
                &[("St Mary Magdalene's Church", "LOC")],
            ),
            (
                "The boy was flown to the Children's Hospital on Monday.",
                &[],
                &[("Children's Hospital", "LOC")],
            ),
            (
                "Prince Harry married at St George's Chapel in Windsor.",
                &[
                    ("Prince Harry", "PERSON"),
                    ("St George", "LOC"),
                    ("Chapel", "LOC"),
                    ("Windsor", "LOC"),
                ],
                &[
                    ("Prince Harry", "PERSON"),
                    ("St George's Chapel", "LOC"),
                    ("Windsor", "LOC"),
                ],
            ),
            (
                "He read law at Christ's College, Cambridge.",
                &[("College", "ORG"), ("Cambridge", "LOC")],
                &[("Christ's College", "ORG"), ("Cambridge", "LOC")],
            ),
            (
                "The King's School opened a new wing.",
                &[],
                &[("King's School", "ORG")],
            ),
            (
                "Hudson's Bay Co. raised its dividend.",
                &[("Hudson", "PERSON"), ("Bay Co.", "ORG")],
                &[("Hudson's Bay Co.", "ORG")],
            ),
            (
                "He spoke at St. Anselm's College Institute of Politics.",
                &[
                    ("St. Anselm", "LOC"),
                    ("College Institute of Politics", "ORG"),
                ],
                &[("St. Anselm's College Institute of Politics", "ORG")],
            ),
            (
                // The tagger's MISC over the words after a founder's
                // possessive does not stop the name.
                "England played at Lord's Cricket Ground last summer.",
                &[("England", "LOC"), ("Cricket Ground", "MISC")],
                &[("England", "LOC"), ("Lord's Cricket Ground", "LOC")],
            ),
            (
                // A royal founder's school, then the hospital named after it.
                "He was taken to King's College Hospital in south London.",
                &[("College Hospital", "LOC"), ("London", "LOC")],
                &[("King's College Hospital", "LOC"), ("London", "LOC")],
            ),
            (
                "Protesters gathered on St Stephen's Green at noon.",
                &[("St Stephen", "PERSON"), ("Green", "PERSON")],
                &[("St Stephen's Green", "LOC")],
            ),
            (
                // A founder's head between the possessive and the head.
                "Pupils at Christ's Hospital School sat the exams.",
                &[],
                &[("Christ's Hospital School", "ORG")],
            ),
            (
                "Queen's University Belfast appointed a new head.",
                &[("University Belfast", "ORG")],
                &[("Queen's University Belfast", "ORG")],
            ),
            (
                // A title after "the" names a school.
                "She teaches at the King's Academy in Madaba.",
                &[("Madaba", "LOC")],
                &[("King's Academy", "ORG"), ("Madaba", "LOC")],
            ),
            (
                "Pope Francis's St. Peter's Square address drew thousands.",
                &[("Pope Francis", "PERSON"), ("Peter", "PERSON")],
                &[("Pope Francis", "PERSON"), ("St. Peter's Square", "LOC")],
            ),
        ];
        for &(text, proposed, want) in cases {
            assert_eq!(run(text, proposed), owned(want), "{text}");
        }
    }

    #[test]
    fn an_owners_possessive_is_no_part_of_a_name() {
        let cases: &[Case] = &[
            (
                "Obama's White House refused to comment.",
                &[("Obama", "PERSON"), ("White House", "LOC")],
                &[("Obama", "PERSON"), ("White House", "LOC")],
            ),
            (
                "Britain's National Health Service is under strain.",
                &[("Britain", "LOC"), ("National Health Service", "ORG")],
                &[("Britain", "LOC"), ("National Health Service", "ORG")],
            ),
            (
                "Apple's Park Avenue store opened on Friday.",
                &[("Park Avenue", "LOC")],
                &[("Park Avenue", "LOC")],
            ),
            (
                "Trump's Mar-a-Lago Club hosted the dinner.",
                &[("Trump", "PERSON"), ("Mar-a-Lago Club", "ORG")],
                &[("Trump", "PERSON"), ("Mar-a-Lago Club", "ORG")],
            ),
            (
                "She was treated at London's Royal Free Hospital last week.",
                &[("London", "LOC"), ("Royal Free Hospital", "LOC")],
                &[("London", "LOC"), ("Royal Free Hospital", "LOC")],
            ),
            (
                "Microsoft's Bing lost ground to Germany's Bundesbank.",
                &[("Bing", "LOC"), ("Bundesbank", "ORG")],
                &[("Bing", "LOC"), ("Bundesbank", "ORG")],
            ),
            (
                // A founder's word the article names on its own elsewhere.
                "Donald Trump spoke. Trump's Cricket Ground is closed.",
                &[("Donald Trump", "PERSON")],
                &[("Donald Trump", "PERSON")],
            ),
            (
                // A possessor of two words is a person's full name.
                "Mark Smith's Hospital was sold.",
                &[("Mark Smith", "PERSON")],
                &[("Mark Smith", "PERSON")],
            ),
            (
                // A club after a possessive: the head does not end the run.
                "Portsmouth beat Queen's Park Rangers 2-1.",
                &[("Portsmouth", "ORG"), ("Queen's Park Rangers", "ORG")],
                &[("Portsmouth", "ORG"), ("Queen's Park Rangers", "ORG")],
            ),
            (
                // "Park" ends clubs' names after a founder's possessive.
                "Queen's Park won 3-1.",
                &[("Queen's Park", "ORG")],
                &[("Queen's Park", "ORG")],
            ),
            (
                "Brigham and Women's Hospital treated them.",
                &[("Brigham", "PERSON")],
                &[("Brigham", "PERSON")],
            ),
            (
                "Lincoln's Inn is in London.",
                &[("Lincoln", "ORG"), ("London", "LOC")],
                &[("Lincoln", "ORG"), ("London", "LOC")],
            ),
            (
                "Rome's St. Peter's Basilica was closed.",
                &[("Rome", "LOC"), ("Basilica", "LOC")],
                &[("Rome", "LOC"), ("St. Peter's Basilica", "LOC")],
            ),
            (
                "Biden's Delaware Church stayed open.",
                &[("Biden", "PERSON")],
                &[("Biden", "PERSON")],
            ),
            (
                "The NHS's Hospital budget grew.",
                &[("NHS", "ORG")],
                &[("NHS", "ORG")],
            ),
            (
                // A proper name, no common word, between a founder and the head.
                "Epstein's Little Ridgeway Island was searched.",
                &[("Epstein", "PERSON"), ("Little Ridgeway Island", "LOC")],
                &[("Epstein", "PERSON"), ("Little Ridgeway Island", "LOC")],
            ),
            (
                // A saint's name that is a city is read as an owner.
                "St. Louis's Barnes Hospital hired him.",
                &[("St. Louis", "LOC"), ("Barnes Hospital", "LOC")],
                &[("St. Louis", "LOC"), ("Barnes Hospital", "LOC")],
            ),
            (
                // A company the tagger found there owns what follows.
                "Acmeco's Research Institute opened.",
                &[("Acmeco", "ORG")],
                &[("Acmeco", "ORG")],
            ),
            (
                // A closing quote is no possessive.
                "He called it 'the devil's' Church of lies.",
                &[],
                &[],
            ),
            (
                // A pronoun, a wh-word, an indefinite pronoun or a day is
                // no founder.
                "That's Church policy, the bishop said.",
                &[],
                &[],
            ),
            ("It's Church teaching, the cardinal said.", &[], &[]),
            ("What's Hospital food really like?", &[], &[]),
            ("Everyone's Church is open to all.", &[], &[]),
            ("Tuesday's Cathedral service was moving.", &[], &[]),
            ("Sunday's Hospital strike was called off.", &[], &[]),
            ("Today's College intake is smaller.", &[], &[]),
            (
                // An owner's possessive before a tower, a museum, an island.
                "Epstein's Island was searched by agents.",
                &[("Island", "MISC")],
                &[("Island", "MISC")],
            ),
            (
                "Fans visited Ronaldo's Museum in Funchal.",
                &[("Ronaldo", "PERSON"), ("Funchal", "LOC")],
                &[("Ronaldo", "PERSON"), ("Funchal", "LOC")],
            ),
            (
                "Salesforce's Tower dominates the skyline.",
                &[("Tower", "ORG")],
                &[("Tower", "ORG")],
            ),
            ("Watson's Bay was busy on Sunday.", &[], &[]),
            (
                // A title after "the" owns what is no school.
                "The funeral was held in the Pope's Chapel at noon.",
                &[("Chapel", "LOC")],
                &[("Chapel", "LOC")],
            ),
            (
                "The service was held at the Queen's Hospital chapel.",
                &[],
                &[],
            ),
            (
                // A possessive before the possessor: the first owns a name
                // that holds one.
                "The child was moved to Our Lady's Children's Hospital.",
                &[],
                &[],
            ),
            (
                "The minister opened Crumlin's Children's Hospital extension.",
                &[],
                &[],
            ),
            (
                // A town's hospital: the tagger's name that a head opens
                // stays whole after a possessor that is no title.
                "He was moved from Letterkenny's University Hospital.",
                &[("University Hospital", "LOC")],
                &[("University Hospital", "LOC")],
            ),
            (
                // A green after no saint is no head.
                "Bethnal's Green Line was cut.",
                &[],
                &[],
            ),
            (
                "The Beatles' Abbey Road album sold well.",
                &[("Beatles", "ORG"), ("Abbey Road", "MISC")],
                &[("Beatles", "ORG"), ("Abbey Road", "MISC")],
            ),
        ];
        for &(text, proposed, want) in cases {
            assert_eq!(run(text, proposed), owned(want), "{text}");
        }
    }

    #[test]
    fn a_tagger_name_that_holds_a_new_one_keeps_it() {
        let cases: &[Case] = &[
            (
                // Starts before it and ends after it.
                "They toured Old St Paul's Cathedral in Wellington.",
                &[("Old St Paul's Cathedral", "LOC"), ("Wellington", "LOC")],
                &[("Old St Paul's Cathedral", "LOC"), ("Wellington", "LOC")],
            ),
            (
                // Starts with it and ends after it, after another name
                // that ends before it.
                "Dr Smith joined St Mary's Church of England.",
                &[("Smith", "PERSON"), ("St Mary's Church of England", "ORG")],
                &[("Smith", "PERSON"), ("St Mary's Church of England", "ORG")],
            ),
            (
                // The names out of text order: the sweep sorts them.
                "Guy's Hospital and St Mary's Church of England, Paris.",
                &[("Paris", "LOC"), ("St Mary's Church of England", "ORG")],
                &[
                    ("Guy's Hospital", "LOC"),
                    ("St Mary's Church of England", "ORG"),
                    ("Paris", "LOC"),
                ],
            ),
        ];
        for &(text, proposed, want) in cases {
            let normalized = crate::text::normalize::Normalized::new(text);
            let text = normalized.text.as_str();
            let s = segment(text);
            let mut names = placed(text, &s, proposed);
            possessive_names(text, &s.tokens, &Gazetteer::embedded(), &mut names);
            assert_eq!(names_of(text, &s, &names), owned(want), "{text}");
        }
    }
}
