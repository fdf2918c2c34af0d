//! The passes of the people stage, one file each, in the order they run
//! ([`ALL`]); each is named `people.<pass>` and can be switched off.
//! Every pass is called with whether it is on: most do nothing when off,
//! and `people.roles` still reads a person's sex, which pronouns need.

mod acronyms;
mod descriptions;
mod focus;
mod given_names;
mod names;
mod organisations;
mod outlets;
mod pronouns;
mod relative_who;
mod roles;
mod speakers;
mod surnames;

use super::resolver::Resolver;
use crate::document::Quote;
use crate::Pass;

/// A pass: its name and what it does, and how it runs (with the quotes,
/// and whether it is on).
pub(crate) struct Rule {
    pub pass: Pass,
    pub run: fn(&mut Resolver, &[Quote], bool),
}

/// Every pass, in the order they run.
pub(crate) static ALL: &[Rule] = &[
    names::RULE,
    surnames::RULE,
    acronyms::RULE,
    organisations::RULE,
    roles::RULE,
    given_names::RULE,
    relative_who::RULE,
    pronouns::RULE,
    descriptions::RULE,
    speakers::RULE,
    focus::RULE,
    outlets::RULE,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_of_this_stage() {
        for (i, rule) in ALL.iter().enumerate() {
            assert!(rule.pass.name.starts_with("people."), "{}", rule.pass.name);
            assert!(!rule.pass.about.is_empty());
            assert!(ALL[..i].iter().all(|o| o.pass.name != rule.pass.name));
        }
    }
}
