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
use super::model::Model;
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
}

const TAGGER_MAGIC: &[u8; 6] = b"NMTAG3";

impl Tagger {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = TAGGER_MAGIC.to_vec();
        for model in std::iter::once(&self.first).chain(self.second.as_ref()) {
            let bytes = model.to_bytes();
            out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
            out.extend_from_slice(&bytes);
        }
        out
    }

    /// Reads a tagger written by [`Tagger::to_bytes`]; `None` if malformed.
    /// The shipped model (`data/model/ner.bin`), decoded; a tagger that
    /// tags nothing if it were malformed, which a test rules out.
    pub fn embedded() -> Tagger {
        Tagger::from_bytes(crate::resources::NER_MODEL).unwrap_or_else(Tagger::empty)
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<Tagger> {
        let mut rest = bytes.strip_prefix(TAGGER_MAGIC)?;
        let mut models = Vec::new();
        while rest.len() >= 4 {
            let len = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
            models.push(Model::from_bytes(rest.get(4..4 + len)?)?);
            rest = &rest[4 + len..];
        }
        let mut models = models.into_iter();
        Some(Tagger {
            first: models.next()?,
            second: models.next(),
        })
    }

    pub fn empty() -> Tagger {
        Tagger {
            first: Model::empty(),
            second: None,
        }
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
        let mut ctx = DocContext::new(text, tokens, sentences, gazetteer);
        let mut tags = tag_tokens(&self.first, &ctx, sentences);
        if let Some(second) = &self.second {
            ctx.set_history(&tags);
            tags = tag_tokens(second, &ctx, sentences);
        }
        // Sentences are tagged apart, so spans never cross them.
        spans_of(&tags)
    }
}
