//! The inlined variant: as the main entry, but the wasm comes inside the JavaScript (a base64 data URL), for a CDN or a single script tag.
//
// It costs a third more bytes than the separate wasm file and cannot be
// compiled while it downloads, so prefer the main entry where the wasm can
// be served beside the module. `wasm-inline.js` is written by the build.

import initWasm from "./newsmark.js";
import wasmDataUrl from "./wasm-inline.js";

export * from "./newsmark.js";
export * from "./exports.js";

function dataUrlBytes(url) {
  const binary = atob(url.slice(url.indexOf(",") + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Loads the annotator; with no argument, from the wasm inlined in this package. */
export default async function init(input) {
  if (input === undefined || input === null) {
    return initWasm({ module_or_path: dataUrlBytes(wasmDataUrl) });
  }
  return initWasm(input);
}
