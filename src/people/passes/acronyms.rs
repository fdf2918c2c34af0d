//! `people.acronyms`: an organisation's acronym joins it: "NATO" for "North
//! Atlantic Treaty Organization", and an acronym in brackets right after
//! the name ("Alliance to Reclaim Our Schools (AROS)"). The grouping of
//! organisations reads this switch as it goes (`people.organisations`),
//! since an acronym may come before the full name.

use super::Rule;
use crate::document::Quote;
use crate::people::resolver::Resolver;
use crate::Pass;

pub(super) const RULE: Rule = Rule {
    pass: Pass {
        name: "people.acronyms",
        about:
            crate::passes::about("an acronym (\"NATO\", \"(AROS)\") joins its organisation; read by people.organisations"),
    },
    run,
};

/// Nothing of its own to run: `people.organisations` asks whether this
/// pass is on.
fn run(_r: &mut Resolver, _quotes: &[Quote], _on: bool) {}
