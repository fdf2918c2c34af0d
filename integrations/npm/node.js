//! The package's Node entry: as `index.js`, but `await init()` with no argument reads the wasm from the package folder.
//
// Node's `fetch` cannot read `file:` URLs, so the browser default of
// fetching the wasm beside the module does not work here.

import { readFile } from "node:fs/promises";
import initWasm from "./newsmark.js";

export * from "./newsmark.js";
export * from "./exports.js";

/** Loads the annotator; with no argument, from `newsmark_bg.wasm` in this package. */
export default async function init(input) {
  if (input === undefined || input === null) {
    const bytes = await readFile(new URL("./newsmark_bg.wasm", import.meta.url));
    return initWasm({ module_or_path: bytes });
  }
  return initWasm(input);
}
