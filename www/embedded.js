//! What the single-file build inlines: the wasm module and the sample text.
//
// Served as a normal page this is null and the page fetches both from its
// own origin; scripts/single-file.mjs replaces this module's body with the
// inlined bytes (base64) and sample, so that the file works from file://.

export const embedded = null;
