//! Numbers with their values and units: CARDINAL, ORDINAL, MONEY, PERCENT and
//! QUANTITY.

pub mod numbers;

use crate::document::Quantity;
use crate::segment::Structure;

/// Finds the quantities of the normalised `text`. Spans are in normalised bytes.
pub fn extract(_text: &str, _structure: &Structure) -> Vec<Quantity> {
    Vec::new()
}
