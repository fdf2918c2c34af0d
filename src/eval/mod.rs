//! Evaluation on the corpora in ../shared/corpora, with the semantics of the
//! reference scorers. Used by `newsmark eval`; native only.

pub mod conll;
pub mod quotes;
pub mod re3d;
pub mod timex;
