//! What the attribution passes share, as explicit structs: the article
//! (`Context`), the quotes found so far and the tokens they have claimed
//! (`State`), the quote under work while the evidence beside it is read
//! (`Current`), who spoke last while the rest are attributed (`Recent`),
//! and what a pass found (`Found`).

use super::index::Index;
use super::marks::Marked;
use crate::document::{Mention, Quote};
use crate::segment::Structure;

/// The article as every pass reads it.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub structure: &'a Structure,
    pub at: Index<'a>,
    /// Whether `quotes.terms` is on: `quotes.fragments`, which runs
    /// before it, leaves a quoted name to it only then.
    pub terms_on: bool,
    /// The transcript turns ("PENCE: ..."), in text order.
    pub turns: Vec<super::turns::Turn>,
}

/// What the passes build and share.
pub(crate) struct State {
    /// The quotes found so far: the direct ones first, in text order, then
    /// the reported ones.
    pub quotes: Vec<Quote>,
    /// How many of `quotes` are direct (set once they are all found).
    pub n_direct: usize,
    /// For each direct quote, its opening and closing mark's tokens.
    pub extents: Vec<(usize, usize)>,
    /// Whether each token is inside a quotation.
    pub quoted: Vec<bool>,
    /// Whether each cue token already attributes a quote: a cue reports
    /// one thing.
    pub used_cue: Vec<bool>,
    /// For each sentence, the last report that `quotes.reported` found in
    /// it (an index into `quotes`): ", according to TASS" after it names
    /// its source.
    pub last_report_in: Vec<Option<usize>>,
    /// For each direct quote, the pass that found its speaker.
    pub by: Vec<Option<&'static str>>,
    /// Quotes that the last round took out (made fragments or terms).
    pub gone: Vec<bool>,
    /// Quoted phrases that are names or terms, not quotes.
    pub terms: Vec<Mention>,
}

impl State {
    /// Whether each token lies inside a quote found so far (in one pass
    /// over the quotes' spans): a later pass adds no second quote there.
    pub fn covered(&self, tokens: &[crate::segment::Token]) -> Vec<bool> {
        let mut covered = vec![false; tokens.len()];
        for q in &self.quotes {
            for &[s, e] in &q.spans {
                let first = tokens.partition_point(|t| t.span.end <= s);
                let last = tokens.partition_point(|t| t.span.start < e);
                covered[first..last.max(first)]
                    .iter_mut()
                    .for_each(|c| *c = true);
            }
        }
        covered
    }

    /// Adds a reported quote whose content is the tokens `content`,
    /// found through the cue at token `cue_at`: that cue then reports
    /// nothing else, and the content's tokens are `covered`.
    pub fn add_reported(
        &mut self,
        tokens: &[crate::segment::Token],
        covered: &mut [bool],
        content: std::ops::Range<usize>,
        cue_at: usize,
        cue: Mention,
        speaker: Option<Mention>,
    ) {
        let span = [
            tokens[content.start].span.start,
            tokens[content.end - 1].span.end,
        ];
        covered[content].iter_mut().for_each(|c| *c = true);
        self.used_cue[cue_at] = true;
        self.quotes.push(Quote {
            kind: "indirect".into(),
            spans: vec![span],
            cue: Some(cue),
            speaker,
            speaker_cluster: None,
            anonymous: false,
            outlet: None,
            fragments: Vec::new(),
        });
    }

    pub fn new(n_tokens: usize, n_sentences: usize) -> State {
        State {
            quotes: Vec::new(),
            n_direct: 0,
            extents: Vec::new(),
            quoted: vec![false; n_tokens],
            used_cue: vec![false; n_tokens],
            last_report_in: vec![None; n_sentences],
            by: Vec::new(),
            gone: Vec::new(),
            terms: Vec::new(),
        }
    }
}

/// The direct quote under work while the evidence beside it is read.
pub(crate) struct Current {
    pub quote: Quote,
    /// The token of its last closing mark (of the second piece once a
    /// broken quote is joined).
    pub close: usize,
    /// The last token of the attribution after it, when `quotes.after`
    /// found one: a quotation right after that continues the quote.
    pub attribution_end: Option<usize>,
    /// The pass that found its speaker.
    pub by: Option<&'static str>,
}

impl Current {
    pub fn new(m: &Marked) -> Current {
        Current {
            quote: Quote {
                kind: "direct".into(),
                spans: m.pieces.iter().map(|s| [s.start, s.end]).collect(),
                cue: None,
                speaker: None,
                speaker_cluster: None,
                anonymous: false,
                outlet: None,
                fragments: Vec::new(),
            },
            close: m.close_token.max(m.open_token),
            attribution_end: None,
            by: None,
        }
    }

    /// Takes what a pass found: speaker and cue, the cue token it claims
    /// and where the attribution ends.
    pub fn take(&mut self, found: Found, state: &mut State) {
        if let Some(cue) = found.claims {
            state.used_cue[cue] = true;
        }
        if found.ends_at.is_some() {
            self.attribution_end = found.ends_at;
        }
        found.give(&mut self.quote);
    }
}

/// Who spoke last, while the direct quotes without a speaker are read in
/// text order.
pub(crate) struct Recent {
    /// The mixed quotes as (start byte, end byte, index into
    /// `State::quotes`), sorted.
    pub mixed: Vec<(usize, usize, usize)>,
    /// The last attribution with a speaker: where its quote starts (or the
    /// direct quote ends) and the speaker.
    pub last_said: Option<(usize, Mention)>,
    /// Where the last attribution of its own (not inherited) was.
    pub last_own: Option<usize>,
}

/// What an attribution pass found for one quote.
pub(crate) struct Found {
    pub speaker: Mention,
    pub cue: Option<Mention>,
    /// The cue token this attribution uses up, if any.
    pub claims: Option<usize>,
    /// The last token of an attribution after the quote.
    pub ends_at: Option<usize>,
    /// The outlet that carried the words ("Detik.com quoted Djamal as
    /// saying").
    pub outlet: Option<Mention>,
    /// Where the quote's words begin, when its first piece opens with its
    /// attribution (a transcript's "PENCE:"): a byte of the text; at or
    /// past the piece's end, the piece is all attribution and goes.
    pub content_from: Option<usize>,
}

impl Found {
    /// A speaker alone.
    pub fn speaker(speaker: Mention) -> Found {
        Found {
            speaker,
            cue: None,
            claims: None,
            ends_at: None,
            outlet: None,
            content_from: None,
        }
    }

    /// A speaker with its cue.
    pub fn with_cue(speaker: Mention, cue: Mention) -> Found {
        Found {
            cue: Some(cue),
            ..Found::speaker(speaker)
        }
    }

    /// Writes speaker and cue into `quote`.
    pub fn give(self, quote: &mut Quote) {
        quote.speaker = Some(self.speaker);
        if self.cue.is_some() {
            quote.cue = self.cue;
        }
        if self.outlet.is_some() {
            quote.outlet = self.outlet;
        }
        if let (Some(from), Some(first)) = (self.content_from, quote.spans.first_mut()) {
            if from >= first[1] {
                // The first piece is all attribution ("LEE:" alone).
                quote.spans.remove(0);
            } else if first[0] < from {
                first[0] = from;
            }
        }
    }
}
