import type { Document, Quote } from "./document.js";

/** displaCy's manual format, for `displacy.render(data, style="ent", manual=True)`; offsets in code points. */
export interface Displacy {
  text: string;
  ents: { start: number; end: number; label: string }[];
  title: string | null;
}

/** A W3C Web Annotation `TextPositionSelector` (code points) or `TextQuoteSelector`. */
export type Selector =
  | { type: "TextPositionSelector"; start: number; end: number }
  | { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };

export interface WebAnnotationTarget {
  source: string;
  selector: [Selector, Selector];
}

export interface WebAnnotation {
  id: string;
  type: "Annotation";
  body: { type: "TextualBody"; purpose: "tagging" | "describing" | "classifying" | "identifying"; value: string }[];
  /** One target, or one per piece of a quote broken by its attribution. */
  target: WebAnnotationTarget | WebAnnotationTarget[];
}

/** An `AnnotationCollection` in JSON-LD with its one page embedded. */
export interface WebAnnotationCollection {
  "@context": "http://www.w3.org/ns/anno.jsonld";
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: { id: string; type: "AnnotationPage"; startIndex: 0; items: WebAnnotation[] };
}

/** displaCy JSON of the names, times and numbers; `title` is shown above the text. */
export function toDisplacy(text: string, doc: Document, options?: { title?: string | null }): Displacy;
/** brat standoff `.ann` content, in code points, fragments split at line breaks. */
export function toBrat(text: string, doc: Document): string;
/** W3C Web Annotation JSON-LD; `source` names the text, `id` the collection. */
export function toWebAnnotation(text: string, doc: Document, options?: { source?: string; id?: string }): WebAnnotationCollection;
/** A CSV (RFC 4180) of the quotes, one row each, with the columns of `QUOTES_CSV_COLUMNS`. */
export function toQuotesCsv(text: string, doc: Document): string;
/** Who said `quote`: its cluster's name, else its speaker mention, else null. */
export function speakerName(doc: Document, quote: Quote): string | null;
export const QUOTES_CSV_COLUMNS: readonly ["speaker", "roles", "affiliation", "kind", "cue", "quote", "paragraph", "outlet"];
