//! The text stage: what every later stage reads the text with. `normalize`
//! gives pasted text one spelling and keeps the way back to the original;
//! `span` holds byte ranges and their UTF-16 and code-point offsets;
//! `calendar` dates; `numbers` numbers in digits and words; `words` the
//! closed classes of English (articles, forms of "be", modals, ...),
//! defined once for every layer.

pub mod calendar;
pub mod normalize;
pub mod numbers;
pub mod span;
pub mod words;

/// Whether `word` opens with a capital letter: the test of a name's word
/// that the name rules, the quotes and the segmenter share.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}
