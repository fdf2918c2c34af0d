//! The package's browser entry: `init` (the default export), `annotate`, `version` and the exporters.
//
// `await init()` with no argument fetches `newsmark_bg.wasm` from beside
// this file; pass `{ module_or_path }` (a URL, a Response or the bytes) to
// load it from elsewhere. Node resolves the package to `node.js` instead,
// which reads the file from disk.

export { default } from "./newsmark.js";
export * from "./newsmark.js";
export * from "./exports.js";
