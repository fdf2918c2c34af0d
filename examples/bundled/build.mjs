//! Bundles the app with esbuild into dist/, and copies the page and newsmark's one wasm file beside the bundle.
//
// The package's modules find the wasm with `new URL("newsmark_bg.wasm",
// import.meta.url)`; in a bundle that URL is the bundle's, so the wasm is
// copied next to it. It is the only copy a browser downloads.

import { build } from "esbuild";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
rmSync("dist", { recursive: true, force: true });
mkdirSync("dist");
await build({
  entryPoints: ["src/app.js"],
  bundle: true,
  format: "esm",
  platform: "browser",
  minify: true,
  outfile: "dist/app.js",
  logLevel: "info",
});
copyFileSync("src/index.html", "dist/index.html");
copyFileSync(require.resolve("newsmark/newsmark_bg.wasm"), "dist/newsmark_bg.wasm");
