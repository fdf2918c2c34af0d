//! The statistical name tagger: features over tokens (`features`), a
//! linear model over BILOU tags (`model`), and Viterbi decoding
//! (`decode`), run in two stages.
//!
//! The model proposes spans with the four CoNLL types (PER, ORG, LOC, MISC);
//! the rule passes (`names::rules`) refine them. Weights come from
//! `newsmark train ner` (`src/train.rs`) and are stored quantised in
//! `data/model/ner.bin`.

use super::decode::{spans_of, viterbi, Tag, N_TAGS};
use super::features::{DocContext, SentenceInfo};
use rustc_hash::FxHashMap as HashMap;

use super::model::{Joint, Model, SECOND};
use crate::names::clusters::Clusters;
use crate::names::gazetteer::Gazetteer;
use crate::segment::Token;

/// The tags of every token of a document under `model`, sentence by sentence.
pub fn tag_tokens(
    model: &Model,
    ctx: &DocContext,
    sentences: &[std::ops::Range<usize>],
) -> Vec<Tag> {
    let mut tags = vec![0; ctx.tokens.len()];
    let mut features = Vec::new();
    let mut scores = Vec::new();
    for range in sentences {
        let info = SentenceInfo::new(ctx.text, &ctx.tokens[range.clone()]);
        scores.clear();
        for i in range.clone() {
            features.clear();
            ctx.features(range.clone(), info, i, &mut features);
            let mut s = [0.0f32; N_TAGS];
            model.score(&features, &mut s);
            scores.push(s);
        }
        tags[range.clone()].copy_from_slice(&viterbi(&scores, &model.transitions));
    }
    tags
}

/// The two stages of the tagger: the second sees how the first tagged the
/// same words elsewhere in the document, so a name keeps its type through
/// an article ("Magna" the company, three times over).
pub struct Tagger {
    pub first: Model,
    pub second: Option<Model>,
    /// Both decoded models over one index (see [`Joint`]).
    joint: Option<Joint>,
    /// The word clusters the features read.
    pub clusters: Clusters,
}

/// Version 4: both stages over one key list, as streams
/// ([`super::model::models_to_bytes`]); version 3 held one key list per
/// stage.
const TAGGER_MAGIC: &[u8; 6] = b"NMTAG4";

impl Tagger {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = TAGGER_MAGIC.to_vec();
        let models: Vec<&Model> = std::iter::once(&self.first)
            .chain(self.second.as_ref())
            .collect();
        out.extend(super::model::models_to_bytes(&models));
        out
    }

    /// The shipped model (`data/model/ner.bin`), decoded; a tagger that
    /// tags nothing if it were malformed, which a test rules out.
    pub fn embedded() -> Tagger {
        Tagger::from_bytes(crate::resources::NER_MODEL).unwrap_or_else(Tagger::empty)
    }

    /// Reads a tagger written by [`Tagger::to_bytes`]; `None` if malformed.
    pub fn from_bytes(bytes: &[u8]) -> Option<Tagger> {
        let rest = bytes.strip_prefix(TAGGER_MAGIC)?;
        let mut models = super::model::models_from_bytes(rest)?.into_iter();
        let first = models.next()?;
        let second = models.next();
        // A tagger has one or two stages.
        if models.next().is_some() {
            return None;
        }
        Some(Tagger::new(first, second))
    }

    pub fn new(first: Model, second: Option<Model>) -> Tagger {
        let joint = second
            .as_ref()
            .and_then(|second| Joint::new(&first, second));
        Tagger {
            first,
            second,
            joint,
            clusters: Clusters::embedded(),
        }
    }

    pub fn empty() -> Tagger {
        Tagger::new(Model::empty(), None)
    }

    /// Tags every sentence of a document; returns entity spans as token
    /// ranges with their type index.
    pub fn tag_document(
        &self,
        gazetteer: &Gazetteer,
        text: &str,
        tokens: &[Token],
        sentences: &[std::ops::Range<usize>],
    ) -> Vec<(std::ops::Range<usize>, usize)> {
        let mut ctx = DocContext::new(text, tokens, sentences, gazetteer, &self.clusters);
        let (Some(second), Some(joint)) = (&self.second, &self.joint) else {
            let mut tags = tag_tokens(&self.first, &ctx, sentences);
            if let Some(second) = &self.second {
                ctx.set_history(&tags);
                tags = tag_tokens(second, &ctx, sentences);
            }
            return spans_of(&tags);
        };
        // Each token's shared features are hashed and looked up once, for
        // both stages, and those its word alone decides once per word; the
        // second stage then adds only the history features. Sums are
        // integers, so their order changes nothing.
        let mut sums = vec![[[0i32; N_TAGS]; 2]; tokens.len()];
        let mut by_word: HashMap<&str, [i32; 64]> = HashMap::default();
        let mut features = Vec::new();
        for range in sentences {
            let info = SentenceInfo::new(text, &tokens[range.clone()]);
            for i in range.clone() {
                let own = by_word
                    .entry(&text[tokens[i].span.range()])
                    .or_insert_with(|| {
                        features.clear();
                        ctx.token_features(i, &mut features);
                        let mut own = [0i32; 64];
                        joint.score(&features, &mut own);
                        own
                    });
                let mut both = *own;
                features.clear();
                ctx.context_features(range.clone(), info, i, &mut features);
                joint.score(&features, &mut both);
                sums[i][0].copy_from_slice(&both[..N_TAGS]);
                sums[i][1].copy_from_slice(&both[SECOND..SECOND + N_TAGS]);
            }
        }
        let decode = |model: &Model, stage: usize, sums: &[[[i32; N_TAGS]; 2]]| {
            let mut tags = vec![0; sums.len()];
            let mut scores = Vec::new();
            for range in sentences {
                scores.clear();
                scores.extend(sums[range.clone()].iter().map(|s| {
                    let mut score = [0.0f32; N_TAGS];
                    model.add_scaled(&s[stage], &mut score);
                    score
                }));
                tags[range.clone()].copy_from_slice(&viterbi(&scores, &model.transitions));
            }
            tags
        };
        let tags = decode(&self.first, 0, &sums);
        ctx.set_history(&tags);
        for range in sentences {
            for i in range.clone() {
                features.clear();
                ctx.history_features(i == range.start, i, &mut features);
                second.score_sums(&features, &mut sums[i][1]);
            }
        }
        // Sentences are tagged apart, so spans never cross them.
        spans_of(&decode(second, 1, &sums))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The joint path (one lookup per feature for both stages, a word's own
    /// features once per document, integer sums) tags every test article
    /// as the two models do when run one after the other.
    #[test]
    fn joint_scoring_tags_as_the_two_stages_do() {
        let gazetteer = Gazetteer::embedded();
        let joint = Tagger::embedded();
        assert!(joint.joint.is_some());
        let plain = Tagger {
            joint: None,
            ..Tagger::embedded()
        };
        let mut n_names = 0;
        for (path, text) in crate::testing::articles() {
            let structure = crate::segment::segment(&text);
            let sentences: Vec<_> = structure
                .sentences
                .iter()
                .map(|s| s.tokens.clone())
                .collect();
            let tag = |tagger: &Tagger| {
                tagger.tag_document(&gazetteer, &text, &structure.tokens, &sentences)
            };
            let found = tag(&joint);
            assert_eq!(found, tag(&plain), "{}", path.display());
            n_names += found.len();
        }
        assert!(n_names > 100, "{n_names} names");
    }
}
