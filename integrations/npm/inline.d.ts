// The inlined entry: the same API as the main one, with the wasm inside the JavaScript.
export { default } from "./index.js";
export * from "./index.js";
