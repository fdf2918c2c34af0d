/**
 * The annotation document newsmark returns (schema "newsmark/1").
 *
 * Every `start`/`end` is a half-open offset in UTF-16 code units into the
 * text that was annotated: `text.slice(start, end)` gives the span.
 */
export interface Document {
  schema: "newsmark/1";
  /** The unit of every offset; "utf16" from JavaScript and by default from the CLI. */
  offsets: "utf16" | "codepoint" | "utf8";
  /** Length of the text in that unit. */
  length: number;
  /** The date relative times resolve against: given by the caller or read from a dateline. */
  date: { value: string; source: "caller" | "dateline"; start: number | null; end: number | null } | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  times: Time[];
  quantities: Quantity[];
  quotes: Quote[];
  /**
   * Short phrases in quotation marks used as a name or a term ("the “Big
   * Three” automakers", what he called a “New GM”) that no cue attributes:
   * not quotes, so no speaker's.
   */
  terms: Mention[];
  clusters: Cluster[];
  diagnostics: Diagnostic[];
  /** The source ledger: one entry per speaker, most quotes first, then by first mention. */
  sources: Source[];
  /** The ledger's totals. */
  source_summary: SourceSummary;
  /**
   * Only in a document the page exports: the editor's corrections, in the
   * order they were made, already applied to `quotes`, `clusters`, `sources`
   * and `source_summary`. The core never writes it.
   */
  edits?: Edit[];
}

/** How an edit names a quote: its spans, kind and first words. */
export interface QuoteRef {
  spans: [number, number][];
  kind: "direct" | "indirect" | "mixed";
  text: string;
}

/** How an edit names a person: their cluster's id and name, and its first mention. */
export interface PersonRef {
  cluster: number;
  name: string;
  mention: [number, number];
}

/** A person, or the words of a speaker no name was found for ("officials"). */
export type SpeakerRef = PersonRef | { speaker: string; name?: string };

/** A correction made on the page. */
export type Edit =
  | { op: "reassign"; quote: QuoteRef; from: SpeakerRef | null; to: PersonRef }
  | { op: "dismiss"; quote: QuoteRef; speaker: SpeakerRef | null }
  | { op: "merge"; from: SpeakerRef; into: PersonRef };

export interface Paragraph {
  start: number;
  end: number;
  /** "caption": a photo caption, a paragraph that ends with a credit ("Image: NASA.")
   * or opens with "File photo"; its dates are the picture's, not the story's. */
  kind: "heading" | "body" | "caption";
  /** Index of the earlier paragraph this one repeats (ignoring whitespace, punctuation, case). */
  duplicate_of: number | null;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph holding the sentence. */
  paragraph: number;
  duplicate_of: number | null;
}

export interface Entity {
  start: number;
  end: number;
  text: string;
  label: "PERSON" | "ORG" | "GPE" | "LOC" | "NORP" | "MISC";
}

export interface Time {
  start: number;
  end: number;
  text: string;
  type: "DATE" | "TIME" | "DURATION" | "SET";
  /** TIMEX3 value, e.g. "2025-07-03", "2025-W26", "P3Y", "PAST_REF". */
  value: string;
  /**
   * The time zone a clock time was given in, as the text names it: "GMT",
   * "UTC", "EST"..., or "local" for "local time" ("16:00 UTC", "3 p.m.
   * local time"). The value stays the wall time ("T16:00"); absent when no
   * zone was written.
   */
  zone?: string;
}

export interface Quantity {
  start: number;
  end: number;
  text: string;
  type: "CARDINAL" | "ORDINAL" | "MONEY" | "PERCENT" | "QUANTITY";
  value: number | null;
  unit: string | null;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface Quote {
  kind: "direct" | "indirect" | "mixed";
  /** The quoted content, in one or more pieces: [start, end] pairs. */
  spans: [number, number][];
  cue: Mention | null;
  /** The local mention of the speaker ("he", "Lavrov"). */
  speaker: Mention | null;
  /** The id of the speaker's cluster. */
  speaker_cluster: number | null;
  /** The speaker is an unnamed source ("officials", "a source close to the talks"). */
  anonymous: boolean;
  /** The news agency or outlet that carried the words ("in an interview with AFP"). */
  outlet: Mention | null;
  /**
   * For a mixed quote, the pieces of its content inside quotation marks, as
   * [start, end] pairs; they are not quotes of their own. Empty otherwise.
   */
  fragments: [number, number][];
}

export interface Cluster {
  id: number;
  label: "PERSON" | "ORG";
  name: string;
  mentions: [number, number][];
  roles: string[];
  affiliations: string[];
}

/**
 * One speaker: a cluster, or, for a speaker no name was found for
 * ("officials", "a spokesman"), the words of the speaker mention (quotes
 * whose mentions read the same, case and spacing aside, share an entry).
 * Quotes with no speaker at all have no entry (see
 * `SourceSummary.unattributed`).
 */
export interface Source {
  /** The speaker's cluster id, or null for a speaker not tied to a name. */
  cluster: number | null;
  /** The cluster's name, else the speaker mention's words. */
  name: string;
  /** Quotes by kind. */
  quotes: { direct: number; indirect: number; mixed: number; total: number };
  /**
   * Words inside the source's quotes, each counted once (a mixed quote and the
   * direct quotation inside it cover the same words): `direct` inside direct
   * quotes, `reported` the rest. A word is a run of letters and digits with
   * inner apostrophes, hyphens and points ("NATO’s", "U.S.", "32-member").
   */
  words: { direct: number; reported: number };
  /** Every quote of the source is from an unnamed source ("officials said"). */
  anonymous: boolean;
  /** The source is itself a news agency ("according to Russia's TASS news agency"). */
  news_outlet: boolean;
  /** The cluster's roles and affiliations (empty without a cluster). */
  roles: string[];
  affiliations: string[];
  /**
   * Only what the text states: a gendered pronoun resolved to the person
   * ("she said", "Putin himself") or an honorific at or before one of their
   * mentions ("Mr.", "Ms.", "Mrs.", "Sir", "Dame" ...). Never read off a first
   * name. Null when the text states nothing, or when its evidence disagrees.
   * (The pronoun resolver may prefer, among several people, one whose given
   * name agrees with the pronoun; the gender itself is the pronoun's.)
   */
  gender: "female" | "male" | null;
  /** The pronouns and honorifics that state the gender: [start, end] pairs. */
  gender_evidence: [number, number][];
  /** The news agencies that carried the source's words ("AFP"), in text order. */
  outlets: string[];
}

export interface SourceSummary {
  /** Distinct sources: the length of `sources`. */
  sources: number;
  /** Sources with a name (a cluster) that are not anonymous. */
  named: number;
  /** Sources all of whose quotes are from unnamed sources. */
  anonymous: number;
  female: number;
  male: number;
  /** Sources whose gender the text does not state. */
  gender_unknown: number;
  /** Quotes with a source. */
  quotes: number;
  /** Quotes without a speaker. */
  unattributed: number;
  /** Quoted words of all sources. */
  words: number;
  /** Each source's share of `words` (0 to 1), in the order of `sources`. */
  word_share: number[];
  /** The news agencies that carried quotes (in text order), then those only cited as sources. */
  outlets: string[];
}

export interface Diagnostic {
  /** A stable code, e.g. "empty-text", "binary-content", "replacement-characters". */
  code: string;
  severity: "info" | "warning";
  message: string;
  start: number | null;
  end: number | null;
}

export interface AnnotateOptions {
  /** The document date, "YYYY-MM-DD". */
  date?: string;
  /** Layers to compute; structure and diagnostics always are. */
  layers?: ("entities" | "times" | "quantities" | "quotes" | "clusters")[];
  /**
   * Rule passes to switch off, by name ("names.check_headings"); `newsmark
   * passes` lists them. An unknown name throws an Error that lists the
   * known ones.
   */
  without?: string[];
}
