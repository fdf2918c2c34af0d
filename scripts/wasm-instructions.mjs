// Annotates the test articles joined CALLS times with the Node build of the
// wasm module; run under valgrind by scripts/wasm-instructions.sh, which
// subtracts a short run's count from a long one's to get the cost of one
// call in V8's compiled code, free of start-up and compilation.
//   node scripts/wasm-instructions.mjs MODULE_DIR names|all CALLS
import { createRequire } from "node:module";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const [dir, mode, calls] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const { Annotator } = require(join(dir, "newsmark.js"));
const articles = new URL("../tests/data/articles/", import.meta.url).pathname;
const text = readdirSync(articles).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => readFileSync(join(articles, f), "utf8")).join("\n\n");
const options = mode === "all" ? { date: "2025-07-04" } : { date: "2025-07-04", layers: ["entities"] };
const annotator = new Annotator();
for (let i = 0; i < Number(calls); i++) annotator.annotate(text, options);
