//! `quotes.headline_names`: in a headline in title case, a name the names
//! layer ran on over the verb ends before it: "Dennis Prager Tells
//! Conservatives ..." has the speaker "Dennis Prager" and the cue "Tells"
//! (see `index::headline_names`).

use super::{Run, Strategy};
use crate::quotes::index::headline_names;
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.headline_names",
        about: crate::passes::about(
            "a name in a title-case headline ends before its verb: \"Dennis Prager | Tells ...\"",
        ),
    },
    run: Run::Names(headline_names),
};
