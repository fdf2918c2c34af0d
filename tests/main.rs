//! The one integration test binary: native tests, and on wasm32 the tests of
//! the JavaScript binding, run in Node and in headless Chromium.

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(target_arch = "wasm32")]
mod wasm;
