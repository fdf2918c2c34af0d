//! `quotes.ascii_marks`: two apostrophes or two backticks read as one
//! double quotation mark, as wire and newspaper texts typed in ASCII write
//! it: "''It was a mistake,'' he said." (see `marks::ascii_doubles`).

use super::{Run, Strategy};
use crate::quotes::marks::ascii_doubles;
use crate::Pass;

pub(super) const STRATEGY: Strategy = Strategy {
    pass: Pass {
        name: "quotes.ascii_marks",
        about: crate::passes::about(
            "two apostrophes or backticks as a double quotation mark: \"''It was,'' he said\"",
        ),
    },
    run: Run::Text(ascii_doubles),
};
