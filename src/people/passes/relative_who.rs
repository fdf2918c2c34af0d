//! `people.relative_who`: a relative ", who" is the name right before the
//! comma, or before an aside that opens with an article or "now"
//! ("McConnell, now the Senate majority leader, who said"); not a name
//! further back ("Trump attacked the judge, who said").

use super::Rule;
use crate::document::Quote;
use crate::people::resolver::Resolver;
use crate::people::MAX_WHO_REACH;
use crate::text::words::is_article;
use crate::Pass;

pub(super) const RULE: Rule = Rule {
    pass: Pass {
        name: "people.relative_who",
        about: crate::passes::about(
            "a relative \", who\" to the person named right before it (past one aside)",
        ),
    },
    run,
};

fn run(r: &mut Resolver, _quotes: &[Quote], on: bool) {
    if on {
        r.resolve_relative_who();
    }
}

impl Resolver<'_> {
    /// Resolves every ", who".
    fn resolve_relative_who(&mut self) {
        for sentence in &self.structure.sentences {
            for i in sentence.tokens.clone() {
                let w = crate::segment::lower(self.word(i));
                // ", who": the name right before the comma, or before an
                // aside that opens with an article or "now" ("McConnell,
                // now the Senate majority leader, who said"); not a name
                // further back ("Trump attacked the judge, who said").
                if w == "who" && i >= sentence.tokens.start + 2 && self.word(i - 1) == "," {
                    let aside = || {
                        let open = (sentence.tokens.start.max(i.saturating_sub(MAX_WHO_REACH))
                            ..i - 1)
                            .rev()
                            .find(|&k| self.word(k) == ",")?;
                        let opener = crate::segment::lower(self.word(open + 1));
                        (open > sentence.tokens.start
                            && (is_article(opener.as_ref())
                                || crate::resources::lists::people::aside_openers::contains(
                                    opener.as_ref(),
                                )))
                        .then(|| self.name_ending[open - 1])
                        .flatten()
                    };
                    let group = self.name_ending[i - 2]
                        .or_else(aside)
                        .and_then(|n| self.names[n].group)
                        .filter(|&g| matches!(self.groups[g].label, "PERSON" | "ORG"));
                    if let Some(g) = group {
                        self.references.push((self.tokens[i].span, g));
                    }
                }
            }
        }
    }
}
