// First-annotation latency in headless Chromium: for each of RUNS fresh
// browser profiles, loads the page's module and downloads the wasm (timed
// apart: it depends on the network and is cached after the first visit),
// then times init() (wasm compile, start, model and gazetteer decode) and
// the first annotate() of the sample article. Prints a table and a JSON
// line with the medians; "total" is init plus the first annotation.
//   node scripts/bench-browser.mjs [RUNS]     (after python3 scripts/build.py)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../tests/e2e/harness.mjs";

const RUNS = Number(process.argv[2] ?? 7);
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const server = await serve();
const rows = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const profile = mkdtempSync(join(tmpdir(), "newsmark-bench-"));
    const context = await chromium.launchPersistentContext(profile, { executablePath: "/usr/bin/chromium", args: ARGS, headless: true });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${server.origin}/`);
      rows.push(await page.evaluate(async () => {
        const text = await (await fetch("samples/nato-spending-lavrov.txt")).text();
        const mod = await import("./pkg/newsmark.js");
        const f0 = performance.now();
        const bytes = await (await fetch("./pkg/newsmark_bg.wasm")).arrayBuffer();
        const fetched = performance.now() - f0;
        const t0 = performance.now();
        await mod.default({ module_or_path: bytes });
        const t1 = performance.now();
        const doc = mod.annotate(text, { date: "2025-07-04" });
        const t2 = performance.now();
        mod.annotate(text, { date: "2025-07-04" });
        const t3 = performance.now();
        return { fetch: fetched, init: t1 - t0, first: t2 - t1, total: t2 - t0, again: t3 - t2, entities: doc.entities.length };
      }));
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
} finally {
  await server.close();
}
const median = (key) => rows.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log("run   download   init+decode   first annotate   total   second annotate");
rows.forEach((r, i) => console.log(`${String(i + 1).padStart(3)} ${r.fetch.toFixed(1).padStart(10)} ${r.init.toFixed(1).padStart(13)} ${r.first.toFixed(1).padStart(16)} ${r.total.toFixed(1).padStart(7)} ${r.again.toFixed(1).padStart(17)}`));
console.log(JSON.stringify({ bench: "browser-first-annotation", runs: RUNS, median_download_ms: +median("fetch").toFixed(1), median_init_ms: +median("init").toFixed(1),
  median_first_annotate_ms: +median("first").toFixed(1), median_total_ms: +median("total").toFixed(1), median_second_annotate_ms: +median("again").toFixed(1) }));
