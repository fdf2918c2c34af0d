//! `names.town_state`: a town written with its state or country after a
//! comma is a place: "a boy from Irving, Texas", "near Turner, Arkansas",
//! "over Lockerbie, Scotland". The tagger knows few small towns, and
//! types one by its letters, a surname's or a company's ("Irving" ORG,
//! "Turner" PERSON); the state that follows says what it is. A name of
//! the tagger's typed ORG or PERSON, of at most [`MAX_WORDS`] words,
//! becomes a place when:
//!
//! - a preposition of place or motion stands right before it ("from",
//!   "in", "near": `data/gazetteers/town_prepositions.txt`), so a name
//!   that opens a clause or a list ("Detroit, Orel Hershiser"), a company
//!   named with its seat after a subject ("Michigan Corp., Detroit") and
//!   a results list ("won by Kipchoge, Kenya") are left;
//! - a comma and a country, state or region of the gazetteer follow it
//!   (no city: "from Acme, Seattle" names a company's seat), and then
//!   a full stop, a comma, a colon, a semicolon, a bracket or a quotation
//!   mark, or the end of the text; not a word ("allies in Congress,
//!   Washington backed out", "from Smith, Ohio Republican"), a possessive
//!   ("at Acme, Texas's largest", "at Acme, Texas' largest"), a dash
//!   ("for Globex, Texas — the firm —"), nor a comma and "and" ("in
//!   Congress, Texas, and Ohio": a list);
//! - it is no organisation by its words: no corporate suffix or
//!   institution's head ends it ("from Acme Corp., Texas") and the
//!   gazetteer does not list it as one;
//! - it is no person's full name: a PERSON of one word only ("to Almaz
//!   Ayana, Ethiopia" stays a person).
//!
//! The town's other mentions that the tagger typed ORG or PERSON become
//! the place too, as a cue on one mention does in the other passes, but
//! not a PERSON mention when a person's full name in the article ends with
//! the town's word ("Mitt Romney ... in Romney, West Virginia. Romney
//! said": the last is the man). It
//! runs after `names.one_type`, whose votes would give the tagger's
//! majority back, and whose "the end of a person's full name is that
//! person" would make the town of "near Turner, Arkansas" the "Rev.
//! Jerome Turner" of the same article; the full name keeps its type.
//! Linear: one look around each name, then one hash lookup a name.

use rustc_hash::FxHashSet as HashSet;

use crate::names::gazetteer::{Gazetteer, Kind};
use crate::names::{token_text, Name};
use crate::resources::lists::gazetteers::{corporate_suffixes, org_heads, town_prepositions};
use crate::segment::Token;
use crate::text::words;

/// Most words of a town's name ("Irving", "Johnson City", "Sao Jose dos
/// Campos" is one the gazetteer knows).
const MAX_WORDS: usize = 3;

/// Most words of a state or country after the comma ("New South Wales").
const MAX_PLACE_WORDS: usize = 4;

pub fn town_state(text: &str, tokens: &[Token], gazetteer: &Gazetteer, names: &mut [Name]) {
    let word = |i: usize| &text[tokens[i].span.range()];
    let mut towns: HashSet<&str> = HashSet::default();
    let mut is_town = vec![false; names.len()];
    for (at, name) in names.iter().enumerate() {
        let range = name.tokens.clone();
        if !matches!(name.label, "ORG" | "PERSON")
            || range.is_empty()
            || range.len() > MAX_WORDS
            || range.start == 0
            || !town_prepositions::contains(&super::lower_cow(word(range.start - 1)))
            || range.end + 1 >= tokens.len()
            || word(range.end) != ","
        {
            continue;
        }
        let last = word(range.end - 1);
        let kinds = gazetteer.whole(text, &tokens[range.clone()], false);
        if corporate_suffixes::contains(last)
            || org_heads::contains(last)
            || kinds.has(Kind::Org)
            || kinds.has(Kind::Agency)
            || (name.label == "PERSON" && range.len() > 1)
        {
            continue;
        }
        // The state or country: the longest entry that opens right after
        // the comma.
        let from = range.end + 1;
        let window = &tokens[from..(from + MAX_PLACE_WORDS).min(tokens.len())];
        let Some(place) = gazetteer.find(text, window, false).into_iter().find(|m| {
            m.start == 0
                && (m.kinds.has(Kind::State)
                    || m.kinds.has(Kind::Country)
                    || m.kinds.has(Kind::Region))
        }) else {
            continue;
        };
        // Punctuation or the end after the state, and no list going on
        // ("in Congress, Washington backed out", "allies in Congress,
        // Texas, and Ohio").
        let after = from + place.end;
        let ends = match tokens.get(after) {
            None => true,
            Some(_) => {
                matches!(
                    word(after),
                    "." | "," | ";" | ":" | ")" | "]" | "\"" | "\u{201d}" | "?" | "!"
                ) && !(word(after) == ","
                    && tokens
                        .get(after + 1)
                        .is_some_and(|_| words::is_coordinator(&super::lower_cow(word(after + 1)))))
            }
        };
        if ends {
            towns.insert(token_text(text, tokens, range));
            is_town[at] = true;
        }
    }
    if towns.is_empty() {
        return;
    }
    // A person's full name that ends with a town's word keeps that
    // word's PERSON mentions the person's.
    let surnames = super::surnames(text, tokens, names);
    // The town's other mentions that the tagger made a person or a
    // company are the town too.
    for (at, name) in names.iter_mut().enumerate() {
        let mention = token_text(text, tokens, name.tokens.clone());
        if is_town[at]
            || (matches!(name.label, "ORG" | "PERSON")
                && towns.contains(mention)
                && !(name.label == "PERSON" && surnames.contains(mention)))
        {
            name.label = "LOC";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::rules::testing::{names_of, placed, placed_in_turn};
    use crate::segment::segment;

    #[test]
    fn a_town_before_its_state_is_a_place() {
        let text = "A boy from Irving, Texas, was held near Turner, Arkansas. \
                    Detroit, Orel Hershiser and Ann Lee, Ohio met in Acme Corp., Texas and with Kettering, Ohio Republican. \
                    Sales at Globex, Texas's largest, rose in Marbury, Ohio's capital. \
                    Allies in Congress, Washington backed out; a vote in Senate, Ohio, and Texas.";
        let s = segment(text);
        let mut names: Vec<Name> = placed(
            text,
            &s,
            &[
                ("Irving", "ORG"),
                ("Turner", "PERSON"),
                // No preposition before it.
                ("Detroit", "ORG"),
                // A given name opens it, and no preposition.
                ("Ann Lee", "PERSON"),
                // A corporate suffix ends it.
                ("Acme Corp.", "ORG"),
                // A capitalised word follows the state.
                ("Kettering", "PERSON"),
                // A possessive follows the state.
                ("Globex", "ORG"),
                ("Marbury", "PERSON"),
                // A clause goes on after the state.
                ("Congress", "ORG"),
                // A list goes on after the state.
                ("Senate", "ORG"),
            ],
        );
        town_state(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let got = names_of(text, &s, &names);
        let want = [
            ("Irving", "LOC"),
            ("Turner", "LOC"),
            ("Detroit", "ORG"),
            ("Ann Lee", "PERSON"),
            ("Acme Corp.", "ORG"),
            ("Kettering", "PERSON"),
            ("Globex", "ORG"),
            ("Marbury", "PERSON"),
            ("Congress", "ORG"),
            ("Senate", "ORG"),
        ];
        let want: Vec<(String, &str)> = want.iter().map(|&(w, l)| (w.to_string(), l)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn people_possessives_and_dashes_stay() {
        let text = "Gold went to Ayana, Ethiopia, after a run by Kipchoge, Kenya. \
                    Almaz Ayana won. He studied at Harvard, Massachusetts' oldest college, \
                    and spoke for Globex, Texas — the firm. \
                    Mitt Romney ate in Romney, West Virginia. Romney said so.";
        let s = segment(text);
        // The names as the tagger typed them, each occurrence in turn.
        let mut names = placed_in_turn(
            text,
            &s,
            &[
                ("Ayana", "PERSON"),
                ("Kipchoge", "PERSON"),
                ("Almaz Ayana", "PERSON"),
                ("Harvard", "ORG"),
                ("Globex", "ORG"),
                ("Mitt Romney", "PERSON"),
                ("Romney", "PERSON"),
                ("Romney", "PERSON"),
            ],
        );
        town_state(text, &s.tokens, &Gazetteer::embedded(), &mut names);
        let labels: Vec<&str> = names.iter().map(|n| n.label).collect();
        // "to Ayana, Ethiopia," has a town's shape, so it is one even with
        // "Almaz Ayana" later (her full name stays hers); "by" is no
        // preposition of place; a bare possessive and a dash after the
        // state leave the name; the man, the town, the man again.
        assert_eq!(
            labels,
            ["LOC", "PERSON", "PERSON", "ORG", "ORG", "PERSON", "LOC", "PERSON"]
        );
    }
}
