//! The text stage: what every later stage reads the text with. `words`
//! holds the closed classes of English (articles, forms of "be", modals,
//! ...), defined once for every layer.

pub mod words;
