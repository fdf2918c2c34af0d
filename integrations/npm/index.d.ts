// The main entry: `init` (default), `annotate`, `version` from the wasm
// module (whose declarations wasm-bindgen writes to newsmark.d.ts), and the
// exporters. In Node, `await init()` reads the wasm from the package; in a
// browser it fetches it from beside the module.
export { default } from "./newsmark.js";
export * from "./newsmark.js";
export * from "./exports.js";
export type * from "./document.js";
