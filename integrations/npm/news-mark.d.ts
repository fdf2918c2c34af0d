import type { AnnotateOptions, Document } from "./document.js";

export interface NewsMarkEventMap extends Omit<HTMLElementEventMap, "error"> {
  /** Fired after each annotation; `detail` is the document. */
  annotated: CustomEvent<Document>;
  /** Fired when the attributes cannot be used (a bad `date` or `layers`). */
  error: CustomEvent<Error>;
}

/**
 * `<news-mark date="2025-07-04" layers="entities quotes">article text</news-mark>`:
 * annotates its own text and draws it with `<mark>` highlights and who said
 * what in an open shadow root.
 */
export declare class NewsMark extends HTMLElement {
  /** The article: the element's own text content. */
  text: string;
  /** The document of the last annotation, or null before the first one. */
  readonly document: Document | null;
  /** Resolves once the annotation that is due has been drawn. */
  readonly updateComplete: Promise<void>;
  addEventListener<K extends keyof NewsMarkEventMap>(type: K, listener: (this: NewsMark, ev: NewsMarkEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

/** Defines the element (`tag`, default "news-mark") on an entry's `init` and `annotate`. */
export function defineNewsMark(
  api: { init: () => Promise<unknown>; annotate: (text: string, options?: AnnotateOptions) => Document },
  tag?: string,
): typeof NewsMark | null;

declare global {
  interface HTMLElementTagNameMap {
    "news-mark": NewsMark;
  }
}
