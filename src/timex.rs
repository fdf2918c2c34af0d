//! Time expressions (TIMEX3 DATE, TIME, DURATION, SET), normalised against
//! the document date.

use crate::calendar::Date;
use crate::document::Time;
use crate::segment::Structure;

/// Finds the time expressions of the normalised `text`, with values resolved
/// against `anchor` when it is known. Spans are in normalised bytes.
pub fn extract(_text: &str, _structure: &Structure, _anchor: Option<Date>) -> Vec<Time> {
    Vec::new()
}
