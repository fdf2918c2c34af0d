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
  clusters: Cluster[];
  diagnostics: Diagnostic[];
}

export interface Paragraph {
  start: number;
  end: number;
  kind: "heading" | "body";
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
}

export interface Cluster {
  id: number;
  label: "PERSON" | "ORG";
  name: string;
  mentions: [number, number][];
  roles: string[];
  affiliations: string[];
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
