//! The annotation document: the versioned, serialisable result of analysis.
//!
//! One set of types serves both the Rust API (offsets in UTF-8 bytes) and the
//! JSON that leaves the crate (UTF-16 code units, or code points on request):
//! [`Document::convert_offsets`] walks every offset once. `src/document.d.ts`
//! documents the JSON form for JavaScript users and must change with it.

use serde::{Deserialize, Serialize};

use crate::text::normalize::Normalized;
use crate::text::span::{OffsetMap, Span, Unit};

/// Names the shape of the document; bumped on any incompatible change.
pub const SCHEMA: &str = "newsmark/1";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub schema: String,
    /// The unit every `start`/`end` in this document counts.
    pub offsets: Unit,
    /// Length of the text in that unit.
    pub length: usize,
    /// The document date relative times are resolved against, if known.
    pub date: Option<DocumentDate>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<Entity>,
    pub times: Vec<Time>,
    pub quantities: Vec<Quantity>,
    pub quotes: Vec<Quote>,
    /// Short phrases in quotation marks used as a name or a term ("the
    /// 'Big Three' automakers"), which no cue attributes: not quotes.
    #[serde(default)]
    pub terms: Vec<Mention>,
    pub clusters: Vec<Cluster>,
    pub diagnostics: Vec<Diagnostic>,
    /// The source ledger: one entry per speaker, most quotes first.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Totals of the ledger.
    #[serde(default)]
    pub source_summary: SourceSummary,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentDate {
    /// `YYYY-MM-DD`.
    pub value: String,
    pub source: DateSource,
    /// Where the dateline is, when the date came from one.
    pub start: Option<usize>,
    pub end: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateSource {
    /// Given by the caller (`date` option, `--date`, the page's date picker).
    Caller,
    /// Read from a dateline in the text ("Thursday, May 7, 2015").
    Dateline,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    Heading,
    Body,
    /// A photo caption ("... launchpads. Image: NASA."): its dates are
    /// when the picture was taken, not the story's time.
    Caption,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub kind: ParagraphKind,
    /// Index of the earlier paragraph this one repeats (exactly or up to
    /// whitespace, punctuation and case).
    pub duplicate_of: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index of the paragraph holding the sentence.
    pub paragraph: usize,
    /// Index of the earlier sentence this one repeats.
    pub duplicate_of: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// PERSON, ORG, GPE, LOC, NORP or MISC.
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Time {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// TIMEX3 type: DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub kind: String,
    /// TIMEX3 value, e.g. `2025-07-03`, `P3Y`, `PAST_REF`.
    pub value: String,
    /// The time zone a clock time was given in, as the text names it:
    /// `GMT`, `UTC`, `EST`..., or `local` for "local time". The value stays
    /// the wall time. Absent when no zone was written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// CARDINAL, ORDINAL, MONEY, PERCENT or QUANTITY.
    #[serde(rename = "type")]
    pub kind: String,
    pub value: Option<f64>,
    pub unit: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// direct, indirect or mixed.
    pub kind: String,
    /// The quoted content, in one or more pieces.
    pub spans: Vec<[usize; 2]>,
    pub cue: Option<Mention>,
    pub speaker: Option<Mention>,
    pub speaker_cluster: Option<usize>,
    /// The speaker is an unnamed source ("officials", "a source close to
    /// the talks").
    pub anonymous: bool,
    /// The news agency or outlet that carried the words ("in an interview
    /// with AFP").
    pub outlet: Option<Mention>,
    /// For a mixed quote, the pieces of its content inside quotation marks
    /// (they are not quotes of their own); empty otherwise.
    #[serde(default)]
    pub fragments: Vec<[usize; 2]>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    pub id: usize,
    pub label: String,
    pub name: String,
    pub mentions: Vec<[usize; 2]>,
    pub roles: Vec<String>,
    pub affiliations: Vec<String>,
}

/// One speaker in the source ledger: their cluster, or, for a speaker no
/// name was found for ("officials"), the words of the speaker mention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The speaker's cluster id; None for a speaker not tied to a name.
    pub cluster: Option<usize>,
    /// The cluster's name, else the speaker mention's words.
    pub name: String,
    pub quotes: QuoteCounts,
    pub words: WordCounts,
    /// Every quote of this source is from an unnamed source.
    pub anonymous: bool,
    /// The source is a news agency itself ("according to Russia's TASS
    /// news agency").
    pub news_outlet: bool,
    pub roles: Vec<String>,
    pub affiliations: Vec<String>,
    /// Only as the text states it: a pronoun resolved to the person or an
    /// honorific before their name; never from a first name.
    pub gender: Option<Gender>,
    /// The pronouns and honorifics that state the gender.
    pub gender_evidence: Vec<[usize; 2]>,
    /// The agencies that carried this source's words ("AFP").
    pub outlets: Vec<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteCounts {
    pub direct: usize,
    pub indirect: usize,
    pub mixed: usize,
    pub total: usize,
}

/// Words inside a source's quotes, each counted once: `direct` inside
/// direct quotes, `reported` the rest.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordCounts {
    pub direct: usize,
    pub reported: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Female,
    Male,
}

/// The ledger's totals.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceSummary {
    /// Distinct sources: the entries of `sources`.
    pub sources: usize,
    /// Sources with a name (a cluster) that are not anonymous.
    pub named: usize,
    /// Sources all of whose quotes are from an unnamed source.
    pub anonymous: usize,
    pub female: usize,
    pub male: usize,
    /// Sources whose gender the text does not state.
    pub gender_unknown: usize,
    /// Quotes with a source.
    pub quotes: usize,
    /// Quotes without a speaker.
    pub unattributed: usize,
    /// Quoted words of all sources.
    pub words: usize,
    /// Each source's share of `words`, in the order of `sources`.
    pub word_share: Vec<f64>,
    /// The news agencies that carried quotes (in text order), then those
    /// only cited as sources.
    pub outlets: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
}

/// Something about the input worth telling the user; analysis goes on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// A stable kebab-case code, e.g. `empty-text`, `binary-content`.
    pub code: String,
    pub severity: Severity,
    pub message: String,
    pub start: Option<usize>,
    pub end: Option<usize>,
}

impl Document {
    pub(crate) fn empty(length: usize) -> Document {
        Document {
            schema: SCHEMA.to_string(),
            offsets: Unit::Utf8,
            length,
            date: None,
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            entities: Vec::new(),
            times: Vec::new(),
            quantities: Vec::new(),
            quotes: Vec::new(),
            terms: Vec::new(),
            clusters: Vec::new(),
            diagnostics: Vec::new(),
            sources: Vec::new(),
            source_summary: SourceSummary::default(),
        }
    }

    /// Rewrites every offset from UTF-8 bytes to `unit`. `text` must be the
    /// text the document was made from. Only a document in [`Unit::Utf8`]
    /// is converted, so converting twice cannot garble it.
    pub fn convert_offsets(&mut self, text: &str, unit: Unit) {
        if self.offsets != Unit::Utf8 || unit == Unit::Utf8 {
            return;
        }
        let map = OffsetMap::new(text);
        self.length = map.convert(self.length, unit);
        self.for_each_span(|start, end, _| {
            *start = map.convert(*start, unit);
            *end = map.convert(*end, unit);
        });
        self.offsets = unit;
    }

    /// Every span in the document, in the document's unit; for tests and checks.
    pub fn spans(&self) -> Vec<Span> {
        let mut spans = Vec::new();
        self.clone().for_each_span(|start, end, _| {
            spans.push(Span {
                start: *start,
                end: *end,
            })
        });
        spans
    }

    /// Maps every span from the normalised text to the original one and
    /// takes each span's `text` from the original, as the user wrote it.
    pub(crate) fn map_to_original(&mut self, norm: &Normalized, original: &str) {
        self.length = original.len();
        self.for_each_span(|start, end, text| {
            let span = norm.to_original(Span::new(*start, *end));
            (*start, *end) = (span.start, span.end);
            if let Some(text) = text {
                *text = original[span.range()].to_string();
            }
        });
    }

    /// Calls `f` on the start, end and text (where the span has one) of every
    /// span. This is the one place
    /// that knows where offsets live: a new field with offsets is added here.
    fn for_each_span(&mut self, mut f: impl FnMut(&mut usize, &mut usize, Option<&mut String>)) {
        if let Some(DocumentDate {
            start: Some(start),
            end: Some(end),
            ..
        }) = &mut self.date
        {
            f(start, end, None);
        }
        for p in &mut self.paragraphs {
            f(&mut p.start, &mut p.end, None);
        }
        for s in &mut self.sentences {
            f(&mut s.start, &mut s.end, None);
        }
        for e in &mut self.entities {
            f(&mut e.start, &mut e.end, Some(&mut e.text));
        }
        for t in &mut self.times {
            f(&mut t.start, &mut t.end, Some(&mut t.text));
        }
        for q in &mut self.quantities {
            f(&mut q.start, &mut q.end, Some(&mut q.text));
        }
        for q in &mut self.quotes {
            for [start, end] in q.spans.iter_mut().chain(&mut q.fragments) {
                f(start, end, None);
            }
            for m in [&mut q.cue, &mut q.speaker, &mut q.outlet]
                .into_iter()
                .flatten()
            {
                f(&mut m.start, &mut m.end, Some(&mut m.text));
            }
        }
        for t in &mut self.terms {
            f(&mut t.start, &mut t.end, Some(&mut t.text));
        }
        for c in &mut self.clusters {
            for [start, end] in &mut c.mentions {
                f(start, end, None);
            }
        }
        for d in &mut self.diagnostics {
            if let (Some(start), Some(end)) = (&mut d.start, &mut d.end) {
                f(start, end, None);
            }
        }
        for s in &mut self.sources {
            for [start, end] in &mut s.gender_evidence {
                f(start, end, None);
            }
        }
    }
}
