// The main entry: `init` (default), `annotate`, `version` from the wasm
// module (whose declarations wasm-bindgen writes to newsmark.d.ts), and the
// exporters. In Node, `await init()` reads the wasm from the package; in a
// browser it fetches it from beside the module.
import type { AnnotateOptions, Document } from "./document.js";

export { default } from "./newsmark.js";
export * from "./newsmark.js";
export * from "./exports.js";
// Named here, these take precedence over the same types in newsmark.d.ts.
export type { AnnotateOptions, Cluster, Diagnostic, Document, Entity, Mention, Paragraph, Quantity, Quote, Sentence, Time } from "./document.js";

/**
 * Annotates news articles. Construct it once after `init()` (it sets up the
 * gazetteer and the name model), then call `annotate` as often as needed:
 * the first call costs what the next ones do.
 */
export declare class Annotator {
  constructor();
  /** The version of newsmark. */
  readonly version: string;
  /** As the free function `annotate`. */
  annotate(
    text: string,
    options?: AnnotateOptions | null,
    onProgress?: ((stage: string, done: number) => void) | null,
  ): Document;
  /** Frees the annotator's memory in the wasm module. */
  free(): void;
  [Symbol.dispose](): void;
}

/**
 * Annotates `text` and returns the document, with UTF-16 offsets that
 * `text.slice(start, end)` takes. Throws an Error on bad options.
 */
export declare function annotate(
  text: string,
  options?: AnnotateOptions | null,
  onProgress?: ((stage: string, done: number) => void) | null,
): Document;
