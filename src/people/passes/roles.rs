//! `people.roles`: roles and affiliations from the words before each name
//! ("former Soviet leader Leonid Brezhnev", "Russia's TASS news agency")
//! and from an apposition after it ("John Burrows, the chairman of the
//! panel,"). A person's sex (from an honorific or the given name) is read
//! on the way, also when the pass is off: pronouns need it.

use super::Rule;
use crate::document::Quote;
use crate::people::resolver::Resolver;
use crate::Pass;
use std::ops::Range;

use crate::names::gazetteer::Sex;
use crate::people::MAX_PREMODIFIER_TOKENS;

pub(super) const RULE: Rule = Rule {
    pass: Pass {
        name: "people.roles",
        about: crate::passes::about(
            "roles and affiliations from titles before a name and appositions after it",
        ),
    },
    run,
};

fn run(r: &mut Resolver, _quotes: &[Quote], on: bool) {
    r.read_roles(on);
}

impl Resolver<'_> {
    /// Whether token `k`, right before a title, is a lower-case word that
    /// says what the title is of: "transport" of "transport minister",
    /// "defense" of "defense secretary".
    fn describes_title(&self, k: usize) -> bool {
        let w = self.word(k);
        w.chars().all(|c| c.is_lowercase() || c == '-')
            && w.chars().any(char::is_alphabetic)
            && !crate::text::words::is_function_word(w)
            && !crate::resources::lists::quotes::cues::contains(w)
            && !crate::resources::lists::quotes::attitude_cues::contains(w)
    }

    /// A title between the clause's opening and a comma right before the
    /// name at `name`, the name followed by a comma of its own: "Its
    /// chief executive, Tomas Reyes, said" gives "chief executive". Words
    /// that say what the title is of come with it ("transport minister");
    /// before them only capitalised words and a determiner, or nothing,
    /// may stand. After the name's comma a list goes on with a capitalised
    /// word or "and"/"or" ("the minister, Tomas Reyes, Ana Ruiz and Bob
    /// Chan"): no apposition.
    fn apposition_before(
        &self,
        name: Range<usize>,
        sentence: Range<usize>,
    ) -> Option<Range<usize>> {
        let comma = name.start.checked_sub(1)?;
        if comma <= sentence.start
            || self.word(comma) != ","
            || name.end >= sentence.end
            || self.word(name.end) != ","
        {
            return None;
        }
        if let Some(next) = (name.end + 1 < sentence.end).then(|| self.word(name.end + 1)) {
            let lower = next.to_lowercase();
            if next.starts_with(char::is_uppercase) || lower == "and" || lower == "or" {
                return None;
            }
        }
        let mut first = self.title_ending_at(comma, sentence.start)?;
        let floor = sentence
            .start
            .max(first.saturating_sub(MAX_PREMODIFIER_TOKENS));
        while first > floor
            && (crate::resources::lists::people::role_modifiers::contains(
                self.word(first - 1).to_lowercase().as_str(),
            ) || self.describes_title(first - 1))
        {
            first -= 1;
        }
        let mut k = first;
        while k > floor && self.word(k - 1).starts_with(char::is_uppercase) {
            k -= 1;
        }
        let opens = k == sentence.start || {
            let w = self.word(k - 1).to_lowercase();
            crate::text::words::is_determiner(&w)
        };
        opens.then_some(first..comma)
    }

    /// Reads titles, affiliations and sex; keeps roles and affiliations
    /// only when `keep`.
    fn read_roles(&mut self, keep: bool) {
        for n in 0..self.names.len() {
            let Some(g) = self.names[n].group else {
                continue;
            };
            let range = self.names[n].tokens.clone();
            let sentence = self.sentence_tokens(self.sentence_of(range.start));
            let mut titles: Vec<Range<usize>> = Vec::new();
            let mut affiliations = Vec::new();
            let mut sex = None;
            // An abbreviated title ("Rep.") stands for its role.
            let mut abbreviated = None;
            let mut j = range.start;
            let floor = sentence
                .start
                .max(range.start.saturating_sub(MAX_PREMODIFIER_TOKENS));
            while j > floor {
                let w = self.word(j - 1);
                if let Some(first) = self.title_ending_at(j, sentence.start) {
                    titles.push(first..j);
                    j = first;
                } else if !titles.is_empty()
                    && (crate::resources::lists::people::role_modifiers::contains(
                        w.to_lowercase().as_str(),
                    ) || self.describes_title(j - 1))
                {
                    titles.push(j - 1..j);
                    j -= 1;
                } else if let Some(s) = crate::resources::lists::people::honorifics::get(w) {
                    sex = Some(if s == 'F' { Sex::Female } else { Sex::Male });
                    j -= 1;
                } else if let Some(role) =
                    crate::resources::lists::people::title_abbreviations::get(w)
                        .filter(|_| titles.is_empty() && abbreviated.is_none())
                {
                    abbreviated = Some(role);
                    j -= 1;
                } else if let Some(a) = self.affiliation_ending_at(j, sentence.start) {
                    affiliations.push(self.place_of(a));
                    j = self.names[a].tokens.start;
                } else {
                    break;
                }
            }
            // A title in apposition before the name: "Its chief
            // executive, Tomas Reyes, said", "The transport minister, Ana
            // Ruiz, has".
            if titles.is_empty() && abbreviated.is_none() {
                if let Some(title) = self.apposition_before(range.clone(), sentence.clone()) {
                    titles.push(title);
                }
            }
            titles.reverse();
            let role = titles
                .iter()
                .map(|t| {
                    &self.text[self.tokens[t.start].span.start..self.tokens[t.end - 1].span.end]
                })
                .collect::<Vec<_>>()
                .join(" ");
            let apposition = self.apposition(range.end, sentence.end);
            let group = &mut self.groups[g];
            if keep {
                if group.label == "PERSON" {
                    group.add_role(&role);
                    if let Some(title) = abbreviated {
                        group.add_role(title);
                    }
                }
                for a in affiliations.iter().rev() {
                    group.add_affiliation(a);
                }
                if let Some((role, affiliation)) = apposition {
                    if group.label == "PERSON" {
                        group.add_role(&role);
                    }
                    if let Some(a) = affiliation {
                        group.add_affiliation(&a);
                    }
                }
            }
            if group.sex.is_none() {
                group.sex = sex.or_else(|| {
                    (group.words.len() >= 2)
                        .then(|| self.gazetteer.kinds(&group.words[0]).sex())
                        .flatten()
                });
            }
        }
    }
}
