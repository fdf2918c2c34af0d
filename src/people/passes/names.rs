//! `people.names`: full names grouped into people, each its own person
//! unless first and last name agree with one before ("Bill Clinton" and
//! "W. Clinton" are one; "Hillary Clinton" is another).

use super::Rule;
use crate::document::Quote;
use crate::people::group::{name_words, Group};
use crate::people::resolver::Resolver;
use crate::Pass;

pub(super) const RULE: Rule = Rule {
    pass: Pass {
        name: "people.names",
        about: crate::passes::about(
            "full names of one person grouped: same last name, same or abbreviated first name",
        ),
    },
    run,
};

fn run(r: &mut Resolver, _quotes: &[Quote], on: bool) {
    if on {
        r.group_full_names();
    }
}

impl Resolver<'_> {
    /// Full names, in text order; the people are indexed by first and
    /// last word for the lone names after.
    fn group_full_names(&mut self) {
        for n in 0..self.names.len() {
            if self.names[n].label != "PERSON" {
                continue;
            }
            let mut words = name_words(self.name_text(n));
            // Letters after the name ("Mark Smith QC", "Jane Cole PhD":
            // `data/gazetteers/post_nominals.txt`) are no part of the
            // person's given name or surname, so "Smith" later is "Mark
            // Smith QC".
            while words.len() > 2
                && crate::names::rules::post_nominal(&words[words.len() - 1]).is_some()
            {
                words.pop();
            }
            if words.len() < 2 {
                continue;
            }
            // A name in capitals ("JAKE TAPPER:" in a transcript, a
            // headline's "DONALD TRUMP") is the person written in title
            // case.
            // ("JOHN F. KENNEDY": an initial is a capital too.)
            let initial = |w: &str| w.trim_end_matches('.').chars().count() == 1;
            if words
                .iter()
                .all(|w| crate::text::words::in_capitals(w) || initial(w))
                && words.iter().any(|w| crate::text::words::in_capitals(w))
            {
                words = words
                    .iter()
                    .map(|w| crate::text::words::name_in_title_case(w))
                    .collect();
            }
            let last = &words[words.len() - 1];
            let same = self.by_last.get(last).and_then(|gs| {
                gs.iter().copied().find(|&g| {
                    self.groups[g].words.first().is_some_and(|f| {
                        f == &words[0]
                            || (words[0].chars().next().is_some_and(|c| f.starts_with(c))
                                && (f.len() <= 2 || words[0].len() <= 2))
                    })
                })
            });
            let g = same.unwrap_or_else(|| {
                let mut group = Group::new("PERSON", self.name_text(n));
                // Matched by the words in title case, whatever the case
                // of the form that opened the person.
                group.words.clone_from(&words);
                self.groups.push(group);
                let g = self.groups.len() - 1;
                self.by_last.entry(last.clone()).or_default().push(g);
                g
            });
            // The longest form names the person, and a form in title case
            // one in capitals ("Donald Trump" after a headline's "DONALD
            // TRUMP").
            let shouting = |t: &str| !t.chars().any(char::is_lowercase);
            let (this, named) = (self.name_text(n), &self.groups[g].name);
            if this.len() > named.len()
                || (this.len() == named.len() && shouting(named) && !shouting(this))
            {
                self.groups[g].name = self.name_text(n).to_string();
                self.groups[g].words = words;
            }
            let first = self.groups[g].words[0].clone();
            let firsts = self.by_first.entry(first).or_default();
            if !firsts.contains(&g) {
                firsts.push(g);
            }
            self.names[n].group = Some(g);
        }
    }
}
