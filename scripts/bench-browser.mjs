// newsmark against compromise in headless Chromium, in one run: for each of
// RUNS rounds, each tool gets a fresh browser profile and is timed on
//   - cold load: importing its module until it can annotate (for newsmark:
//     the JS glue, downloading and compiling the wasm, and the Annotator's
//     set-up; for compromise 14.17: its bundled ES module);
//   - first annotation of the sample article, and the next one;
//   - throughput: words per second on the test articles joined (about
//     40,000 words), after one warm-up pass.
// Four annotators, each in its own fresh profile:
//   - newsmark: every layer (names, times, quantities, quotes, clusters),
//     each item with its character offsets;
//   - newsmark-names: structure and names only (`layers: ["entities"]`);
//   - compromise: what it offers for names, people, places and
//     organizations, with their character offsets (`.json({offset: true})`):
//     the least a page needs to highlight a name, so the like-for-like
//     baseline; the 10,900 words/s is of this kind;
//   - compromise-strings: the same names as bare strings (`.out("array")`),
//     about three times faster and unable to place a highlight, reported
//     so that nobody has to take the baseline on trust.
// The goals compare newsmark with compromise; the ratios against
// compromise-strings are printed beside them. Prints a table per
// annotator, the medians, and a JSON line with the ratios the README
// reports.
//   node scripts/bench-browser.mjs [RUNS]     (after python3 scripts/build.py)
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, DIST, ROOT, serve } from "../tests/e2e/harness.mjs";

const RUNS = Number(process.argv[2] ?? 5);

// A folder with the page's build, compromise's browser module, the texts
// and an empty page to run in.
const root = mkdtempSync(join(tmpdir(), "newsmark-bench-root-"));
cpSync(DIST, root, { recursive: true });
cpSync(join(ROOT, "node_modules", "compromise", "builds", "three", "compromise-three.mjs"), join(root, "compromise.mjs"));
const articles = join(ROOT, "tests", "data", "articles");
const joined = readdirSync(articles).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => readFileSync(join(articles, f), "utf8")).join("\n\n");
writeFileSync(join(root, "bench-long.txt"), joined.repeat(Math.max(1, Math.round(40000 / joined.split(/\s+/).length))));
writeFileSync(join(root, "bench.html"), "<!doctype html><meta charset=utf-8><link rel=icon href='data:,'><title>bench</title>");

async function measure(server, tool) {
  const profile = mkdtempSync(join(tmpdir(), "newsmark-bench-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/bench.html`);
    return await page.evaluate(async (tool) => {
      const sample = await (await fetch("samples/nato-spending-lavrov.txt")).text();
      const long = await (await fetch("bench-long.txt")).text();
      const words = long.split(/\s+/).filter(Boolean).length;
      let annotate;
      const t0 = performance.now();
      if (tool.startsWith("newsmark")) {
        const mod = await import("./pkg/newsmark.js");
        await mod.default();
        const annotator = new mod.Annotator();
        const options = tool === "newsmark" ? { date: "2025-07-04" } : { date: "2025-07-04", layers: ["entities"] };
        annotate = (text) => annotator.annotate(text, options).entities.length;
      } else {
        const nlp = (await import("./compromise.mjs")).default;
        const names = (doc) => [doc.people(), doc.places(), doc.organizations()];
        annotate = tool === "compromise"
          ? (text) => names(nlp(text)).reduce((n, found) => n + found.json({ offset: true }).length, 0)
          : (text) => names(nlp(text)).reduce((n, found) => n + found.out("array").length, 0);
      }
      const t1 = performance.now();
      const names = annotate(sample);
      const t2 = performance.now();
      annotate(sample);
      const t3 = performance.now();
      annotate(long);
      const t4 = performance.now();
      annotate(long);
      const t5 = performance.now();
      return { cold: t1 - t0, first: t2 - t1, next: t3 - t2, wordsPerS: words / ((t5 - t4) / 1000), names };
    }, tool);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const server = await serve(root);
const TOOLS = ["newsmark", "newsmark-names", "compromise", "compromise-strings"];
const rows = Object.fromEntries(TOOLS.map((tool) => [tool, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    // Alternate the order, so that no tool always meets a warmer machine.
    const order = run % 2 === 0 ? TOOLS : [...TOOLS].reverse();
    for (const tool of order) rows[tool].push(await measure(server, tool));
  }
} finally {
  await server.close();
  rmSync(root, { recursive: true, force: true });
}

const median = (list, key) => {
  const sorted = list.map((r) => r[key]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const summary = {};
for (const tool of TOOLS) {
  console.log(`\n${tool}\nrun   cold load   first annotation   next annotation   words/s`);
  rows[tool].forEach((r, i) => console.log(`${String(i + 1).padStart(3)} ${r.cold.toFixed(1).padStart(11)} ${r.first.toFixed(1).padStart(18)} ${r.next.toFixed(1).padStart(17)} ${Math.round(r.wordsPerS).toString().padStart(9)}`));
  summary[tool] = { cold_ms: median(rows[tool], "cold"), first_ms: median(rows[tool], "first"), next_ms: median(rows[tool], "next"), words_per_s: median(rows[tool], "wordsPerS") };
  const s = summary[tool];
  console.log(`median ${s.cold_ms.toFixed(1).padStart(8)} ${s.first_ms.toFixed(1).padStart(18)} ${s.next_ms.toFixed(1).padStart(17)} ${Math.round(s.words_per_s).toString().padStart(9)}`);
}
const n = summary.newsmark, names = summary["newsmark-names"], c = summary.compromise, strings = summary["compromise-strings"];
const ratios = {
  first_annotation: n.first_ms / c.first_ms,
  throughput: n.words_per_s / c.words_per_s,
  names_throughput: names.words_per_s / c.words_per_s,
  cold_load: n.cold_ms / c.cold_ms,
  strings: { first_annotation: n.first_ms / strings.first_ms, throughput: n.words_per_s / strings.words_per_s, names_throughput: names.words_per_s / strings.words_per_s },
};
const pct = (r) => `${(100 * r).toFixed(0)}%`;
console.log(`\nagainst compromise's names with offsets (against bare strings in brackets):`);
console.log(`first annotation, every layer: ${pct(ratios.first_annotation)} of compromise's (${pct(ratios.strings.first_annotation)}; goal <= 30%)`);
console.log(`throughput, every layer: ${ratios.throughput.toFixed(1)}x compromise's words/s (${ratios.strings.throughput.toFixed(1)}x; goal >= 10x)`);
console.log(`throughput, names only: ${ratios.names_throughput.toFixed(1)}x (${ratios.strings.names_throughput.toFixed(1)}x; goal >= 25x)`);
console.log(`cold load: ${ratios.cold_load.toFixed(2)}x compromise's (goal <= 1)`);
console.log(JSON.stringify({ bench: "browser", runs: RUNS, ...summary, ratios }));
