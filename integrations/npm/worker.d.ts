import type { AnnotateOptions, Document } from "./document.js";

export interface Annotator {
  /** Resolves to newsmark's version once the worker has loaded the wasm. */
  readonly ready: Promise<string>;
  /** Annotates `text` in the worker; resolves to the document. */
  annotate(text: string, options?: AnnotateOptions, onProgress?: (stage: string, done: number) => void): Promise<Document>;
  /** Stops the worker; what is pending is rejected. */
  terminate(): void;
}

/** Starts newsmark in a module Web Worker; `wasm` is the wasm's URL when it is not beside the module. */
export function createAnnotator(options?: { wasm?: string | URL }): Annotator;
