//! `people.given_names`: a person the article names only by one word that
//! is a given name of one sex ("Karen", "Chelsea", "Bill" in
//! `data/gazetteers/first_names.txt`) takes that sex, so that "he" and
//! "she" neither join a person of the other sex nor rank one of unknown
//! sex before them: "Karen met the committee. He said ..." is not Karen.
//! An honorific ("Mr. Karen") says more and wins; a full name of the
//! article that has the word ("Karen Bass") already gave the person its
//! sex. A given name that is also a common surname ("Jordan", "Warren",
//! `data/people/given_surnames.txt`) and one the census gives both sexes
//! ("Taylor", "Morgan") tell nothing alone; nor does a name a title stands
//! before, which is a surname ("Governor Karen", "Sen. Bill"). A sex read
//! so counts as known, as one an honorific or a full name gave: in one
//! sentence the first person of agreeing sex still wins ("Clinton's
//! husband, Bill, ... accusing Sanders's followers of sexism and his
//! campaign"), whether named by one word or two.

use super::Rule;
use crate::document::Quote;
use crate::names::gazetteer::Kind;
use crate::people::resolver::Resolver;
use crate::Pass;

pub(super) const RULE: Rule = Rule {
    pass: Pass {
        name: "people.given_names",
        about: crate::passes::about(
            "a person named by one given name of one sex (\"Karen\") takes that sex for pronouns",
        ),
    },
    run,
};

fn run(r: &mut Resolver, _quotes: &[Quote], on: bool) {
    if on {
        r.sex_from_given_names();
    }
}

impl Resolver<'_> {
    /// Sets the sex of the one-word people whose word is a given name of
    /// one sex and no common surname, and that no title stands before.
    fn sex_from_given_names(&mut self) {
        let mut titled = vec![false; self.groups.len()];
        for n in &self.names {
            let Some(g) = n.group else {
                continue;
            };
            let group = &self.groups[g];
            if titled[g] || group.label != "PERSON" || group.sex.is_some() || group.words.len() != 1
            {
                continue;
            }
            let start = n.tokens.start;
            let sentence = self.sentence_tokens(self.sentence_of(start));
            titled[g] = start > sentence.start
                && (self.title_ending_at(start, sentence.start).is_some()
                    || crate::resources::lists::people::title_abbreviations::get(
                        self.word(start - 1),
                    )
                    .is_some());
        }
        for (group, titled) in self.groups.iter_mut().zip(titled) {
            if titled || group.label != "PERSON" || group.sex.is_some() || group.words.len() != 1 {
                continue;
            }
            let word = group.words[0].as_str();
            let kinds = self.gazetteer.kinds(word);
            if !kinds.has(Kind::FirstName)
                || crate::resources::lists::people::given_surnames::contains(word)
            {
                continue;
            }
            group.sex = kinds.sex();
        }
    }
}
