//! The npm package as a user gets it: packed with `npm pack`, installed from the tarball in clean folders, imported in Node 20, and the examples (script tag, esbuild bundle, Node script) run in Chromium and Node.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, openPage, serve } from "./harness.mjs";

const PACKAGE = join(ROOT, "dist", "npm");
const EXAMPLES = join(ROOT, "examples");
const NATO = join(ROOT, "tests", "data", "articles", "nato-spending-lavrov.txt");
const WORK = mkdtempSync(join(tmpdir(), "newsmark-package-"));
let tarball = null;

const npm = (cwd, ...args) => execFileSync("npm", [...args, "--offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd, stdio: ["ignore", "pipe", "inherit"] }).toString();

/** A clean folder with the package installed from the tarball (and `more` packages, by path). */
function installed(name, ...more) {
  const dir = join(WORK, name);
  if (!existsSync(join(dir, "package.json"))) {
    cpSync(existsSync(join(EXAMPLES, name)) ? join(EXAMPLES, name) : join(EXAMPLES, "script-tag"), dir, { recursive: true });
    if (!existsSync(join(dir, "package.json"))) writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
  }
  npm(dir, "install", tarball, ...more);
  return dir;
}

before(() => {
  assert.ok(existsSync(join(PACKAGE, "package.json")), `${PACKAGE} is missing: run \`python3 scripts/build.py\` first`);
  const out = npm(ROOT, "pack", "./dist/npm", "--pack-destination", WORK, "--json");
  tarball = join(WORK, JSON.parse(out)[0].filename);
});

after(() => rmSync(WORK, { recursive: true, force: true }));

test("the package: manifest, entries with types, one wasm, tarball size", (t) => {
  const manifest = JSON.parse(readFileSync(join(PACKAGE, "package.json"), "utf8"));
  assert.equal(manifest.name, "newsmark");
  assert.equal(manifest.type, "module");
  assert.match(readFileSync(join(ROOT, "Cargo.toml"), "utf8"), new RegExp(`\\nversion = "${manifest.version}"`));
  for (const file of ["README.md", "LICENSE", "newsmark_bg.wasm", "document.d.ts"]) assert.ok(existsSync(join(PACKAGE, file)), file);
  for (const entry of [".", "./element", "./worker", "./inline", "./inline/element", "./exports"]) {
    const conditions = manifest.exports[entry];
    assert.equal(Object.keys(conditions)[0], "types", `${entry}: types first`);
    for (const c of ["browser", "import", "default"]) assert.ok(conditions[c], `${entry} has ${c}`);
    assert.equal(conditions.browser, conditions.import);
    for (const path of Object.values(conditions)) assert.ok(existsSync(join(PACKAGE, path)), `${entry}: ${path}`);
  }
  assert.equal(manifest.exports["."].node, "./node.js");
  // Files import one another by relative paths only.
  for (const name of readdirSync(PACKAGE).filter((n) => n.endsWith(".js"))) {
    const source = readFileSync(join(PACKAGE, name), "utf8");
    for (const [, spec] of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s+["']([^"']+)["']/g)) {
      assert.ok(spec.startsWith("./") || spec.startsWith("node:"), `${name} imports ${spec}`);
    }
  }
  // One wasm file, the very one the page loads; the inlined variant is a separate entry.
  const wasms = readdirSync(PACKAGE).filter((n) => n.endsWith(".wasm"));
  assert.deepEqual(wasms, ["newsmark_bg.wasm"]);
  assert.ok(readFileSync(join(PACKAGE, "newsmark_bg.wasm")).equals(readFileSync(join(ROOT, "www", "pkg", "newsmark_bg.wasm"))));
  for (const name of ["index.js", "node.js", "element.js", "worker.js", "news-mark.js", "exports.js", "newsmark.js"]) {
    assert.ok(!readFileSync(join(PACKAGE, name), "utf8").includes("wasm-inline"), `${name} pulls in the inlined wasm`);
  }
  assert.equal(readFileSync(join(PACKAGE, "exports.js"), "utf8"), readFileSync(join(ROOT, "www", "exports.js"), "utf8"));
  t.diagnostic(`tarball ${statSync(tarball).size} bytes`);
});

test("npm install <tarball> in a clean folder: Node 20 imports it and annotates the NATO article", () => {
  const dir = installed("node-clean");
  const script = `
    import init, { annotate, version, toBrat } from "newsmark";
    import initInline, { annotate as annotateInline } from "newsmark/inline";
    import { toQuotesCsv } from "newsmark/exports";
    import { NewsMark } from "newsmark/element";
    import { readFileSync } from "node:fs";
    const text = readFileSync(${JSON.stringify(NATO)}, "utf8");
    await init();
    const doc = annotate(text, { date: "2025-07-04" });
    await initInline();
    const inlineDoc = annotateInline(text, { date: "2025-07-04" });
    console.log(JSON.stringify({
      version: version(), names: doc.entities.length, clusters: doc.clusters,
      sameInline: JSON.stringify(inlineDoc) === JSON.stringify(doc),
      csvRows: toQuotesCsv(text, doc).split("\\r\\n").length - 2, brat: toBrat(text, doc).length,
      element: NewsMark,
    }));`;
  writeFileSync(join(dir, "check.mjs"), script);
  const res = JSON.parse(execFileSync("node", ["check.mjs"], { cwd: dir }).toString());
  assert.match(res.version, /^\d+\.\d+\.\d+/);
  assert.ok(res.names >= 30, `${res.names} names`);
  const lavrov = res.clusters.find((c) => c.name === "Sergey Lavrov");
  assert.ok(lavrov, "Lavrov's cluster");
  assert.deepEqual(lavrov.roles, ["Foreign Minister"]);
  assert.ok(lavrov.mentions.length >= 3);
  assert.ok(res.sameInline, "the inlined variant annotates the same");
  assert.ok(res.csvRows >= 5 && res.brat > 1000);
  assert.equal(res.element, null, "the element module loads in Node and defines nothing");
});

test("example: the Node script annotates a folder of .txt files to JSON Lines", () => {
  const dir = installed("node-jsonl");
  const folder = join(ROOT, "tests", "data", "articles");
  const out = execFileSync("node", ["annotate-folder.mjs", folder, "--date", "2025-07-04"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] }).toString();
  const lines = out.trimEnd().split("\n").map((l) => JSON.parse(l));
  const txt = readdirSync(folder).filter((n) => n.endsWith(".txt")).sort();
  assert.deepEqual(lines.map((l) => l.file), txt);
  for (const l of lines) assert.equal(l.schema, "newsmark/1");
  const nato = lines.find((l) => l.file === "nato-spending-lavrov.txt");
  assert.ok(nato.clusters.some((c) => c.name === "Sergey Lavrov"));
  assert.equal(nato.date.value, "2025-07-04");
});

/** Records the `annotated` events of every <news-mark> in the page, before any script runs. */
const RECORD_EVENTS = () => {
  window.__annotated = [];
  document.addEventListener("annotated", (e) => window.__annotated.push({ tag: e.target.localName, quotes: e.detail.quotes.length, names: e.detail.entities.length }));
};

/** What a <news-mark> shows: its marks by layer and its speaker list. */
const shadowSummary = (selector) => {
  const el = document.querySelector(selector);
  const root = el.shadowRoot;
  const marks = [...root.querySelectorAll("mark")];
  const by = (layer) => marks.filter((m) => m.dataset.layer === layer).map((m) => m.textContent);
  return {
    mode: root.mode, entities: by("entities"), quotes: by("quotes"), times: by("times"),
    speakers: [...root.querySelectorAll('[part~="speaker"]')].map((li) => li.textContent),
    documentSet: el.document !== null && el.document.schema === "newsmark/1",
    text: root.querySelector('[part="article"]').textContent === el.text,
  };
};

test("example: the plain HTML page with one script tag shows <mark> highlights and fires annotated", async (t) => {
  const dir = installed("script-tag");
  const server = await serve(dir);
  t.after(() => server.close());
  const { page, requests, assertClean } = await openPage(t, {
    url: `${server.origin}/index.html`,
    beforeGoto: (context) => context.addInitScript(RECORD_EVENTS)
  });
  await page.waitForFunction(() => window.__annotated.length > 0);
  const html = readFileSync(join(dir, "index.html"), "utf8");
  assert.equal(html.match(/<script\b/g).length, 1, "one script tag");
  const s = await page.evaluate(shadowSummary, "news-mark");
  assert.equal(s.mode, "open");
  assert.ok(s.entities.includes("Sergey Lavrov") && s.entities.includes("Lavrov"), JSON.stringify(s.entities));
  assert.ok(s.quotes.some((q) => q.startsWith("Given his apparent wisdom")));
  assert.ok(s.times.includes("Thursday"));
  assert.ok(s.speakers.some((x) => /^Sergey Lavrov \(Foreign Minister, Russia\): 2 quotes$/.test(x)), JSON.stringify(s.speakers));
  assert.ok(s.documentSet && s.text);
  // The only requests: the page, the package's modules and the one wasm, all from the page's origin.
  assertClean();
  assert.equal(requests.filter((u) => u.endsWith(".wasm")).length, 1);
  assert.ok(requests.every((u) => u.startsWith(server.origin)), JSON.stringify(requests));
});

test("<news-mark>: re-annotates on text and attribute changes, themes, keyboard, text set before definition", async (t) => {
  const dir = installed("script-tag");
  writeFileSync(join(dir, "upgrade.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>upgrade</title>
    <style>news-mark { --news-mark-person: rgb(255, 228, 230); } news-mark::part(mark-quotes) { border-bottom-style: dotted; }</style></head>
    <body><script type="module">
      const early = document.createElement("news-mark");
      early.id = "early";
      early.text = "Angela Merkel said: \\u201CWe will manage this.\\u201D";
      document.body.append(early);
      await new Promise((r) => setTimeout(r, 50));
      window.__beforeDefinition = early.shadowRoot === null;
      await import("./node_modules/newsmark/element.js");
    </script></body></html>`);
  const server = await serve(dir);
  t.after(() => server.close());
  const { page, assertClean } = await openPage(t, {
    url: `${server.origin}/upgrade.html`,
    beforeGoto: (context) => context.addInitScript(RECORD_EVENTS)
  });
  await page.waitForFunction(() => window.__annotated.length === 1);
  assert.equal(await page.evaluate(() => window.__beforeDefinition), true);
  let s = await page.evaluate(shadowSummary, "#early");
  assert.deepEqual(s.entities, ["Angela Merkel"]);
  assert.deepEqual(s.quotes, ["We will manage this."]);

  // Theming: a custom property and ::part reach into the shadow root.
  const styles = await page.evaluate(() => {
    const root = document.querySelector("#early").shadowRoot;
    return {
      person: getComputedStyle(root.querySelector('mark[data-label="PERSON"]')).backgroundColor,
      quote: getComputedStyle(root.querySelector('mark[data-layer="quotes"]')).borderBottomStyle,
    };
  });
  assert.deepEqual(styles, { person: "rgb(255, 228, 230)", quote: "dotted" });

  // The text property, then an edit of the text content, then the attributes.
  await page.evaluate(() => { document.querySelector("#early").text = "Olaf Scholz spoke in Berlin on Monday."; });
  await page.waitForFunction(() => window.__annotated.length === 2);
  s = await page.evaluate(shadowSummary, "#early");
  assert.deepEqual(s.entities, ["Olaf Scholz", "Berlin"]);
  assert.deepEqual(s.times, ["Monday"]);
  await page.evaluate(() => { document.querySelector("#early").firstChild.appendData(" Emmanuel Macron listened."); });
  await page.waitForFunction(() => window.__annotated.length === 3);
  assert.ok((await page.evaluate(shadowSummary, "#early")).entities.includes("Emmanuel Macron"));
  await page.evaluate(() => document.querySelector("#early").setAttribute("layers", "times"));
  await page.waitForFunction(() => window.__annotated.length === 4);
  s = await page.evaluate(shadowSummary, "#early");
  assert.deepEqual([s.entities, s.times], [[], ["Monday"]]);
  await page.evaluate(() => document.querySelector("#early").setAttribute("date", "2025-07-09"));
  await page.waitForFunction(() => window.__annotated.length === 5);
  assert.equal(await page.evaluate(() => document.querySelector("#early").document.times[0].value), "2025-07-07");
  // A bad attribute: an error event and a message, no annotated event.
  const message = await page.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector("#early");
    el.addEventListener("error", (e) => resolve(e.detail.message), { once: true });
    el.setAttribute("date", "July");
  }));
  assert.match(message, /YYYY-MM-DD/);
  assert.match(await page.evaluate(() => document.querySelector("#early").shadowRoot.querySelector('[part="status"]').textContent), /YYYY-MM-DD/);

  // Keyboard: Tab reaches the speaker's button, Enter marks the quote and moves focus to it.
  await page.evaluate(() => {
    const el = document.querySelector("#early");
    el.removeAttribute("date");
    el.removeAttribute("layers");
    el.text = "Angela Merkel said: \u201CWe will manage this.\u201D";
  });
  await page.waitForFunction(() => window.__annotated.length === 6);
  const button = page.locator("#early").getByRole("button", { name: "Angela Merkel" });
  await button.focus();
  await page.keyboard.press("Enter");
  const after = await page.evaluate(() => {
    const root = document.querySelector("#early").shadowRoot;
    return {
      pressed: root.querySelector('[part="speaker-button"]').getAttribute("aria-pressed"),
      selected: [...root.querySelectorAll("mark.selected")].map((m) => m.textContent),
      focused: root.activeElement?.textContent,
    };
  });
  assert.deepEqual(after, { pressed: "true", selected: ["Angela Merkel", "We will manage this."], focused: "We will manage this." });
  assertClean();
});

test("example: the esbuild-bundled app from the tarball shows <mark>s, fires annotated, and adds no second wasm", async (t) => {
  const dir = installed("bundled", join(ROOT, "node_modules", "esbuild"));
  execFileSync("npm", ["run", "build", "--silent"], { cwd: dir, stdio: ["ignore", "pipe", "inherit"] });
  const dist = join(dir, "dist");
  const bundle = readFileSync(join(dist, "app.js"), "utf8");
  assert.ok(!bundle.includes("data:application/wasm") && bundle.length < 100_000, `the bundle holds no wasm (${bundle.length} bytes)`);
  const server = await serve(dist);
  t.after(() => server.close());
  const { page, requests, assertClean } = await openPage(t, {
    url: `${server.origin}/index.html`,
    beforeGoto: (context) => context.addInitScript(RECORD_EVENTS)
  });
  await page.waitForFunction(() => window.__annotated.length > 0);
  const s = await page.evaluate(shadowSummary, "#view");
  assert.ok(s.entities.includes("Sergey Lavrov"));
  assert.ok(s.quotes.some((q) => q.startsWith("Given his apparent wisdom")));
  assert.match(await page.locator("#summary").innerText(), /names, \d+ times, [12] quotes/);
  // Typing re-annotates.
  await page.locator("#text").fill("Mark Rutte described the decision as a game-changer.");
  await page.waitForFunction(() => window.__annotated.length > 1);
  assert.deepEqual((await page.evaluate(shadowSummary, "#view")).entities, ["Mark Rutte"]);
  // What the browser downloaded: the page, one bundle, one wasm.
  const paths = requests.map((u) => new URL(u).pathname).sort();
  assert.deepEqual(paths, ["/app.js", "/index.html", "/newsmark_bg.wasm"]);
  assertClean();
});

test("an import map built from the package's exports runs every browser entry without a bundler", async (t) => {
  const dir = installed("script-tag");
  const manifest = JSON.parse(readFileSync(join(dir, "node_modules", "newsmark", "package.json"), "utf8"));
  const imports = {};
  for (const [entry, target] of Object.entries(manifest.exports)) {
    const path = typeof target === "string" ? target : target.browser;
    imports[`newsmark${entry.slice(1)}`] = `./node_modules/newsmark/${path.slice(2)}`;
  }
  writeFileSync(join(dir, "importmap.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>import map</title>
    <script type="importmap">${JSON.stringify({ imports })}</script>
    <script type="module">
      import init, { annotate, toDisplacy } from "newsmark";
      import { createAnnotator } from "newsmark/worker";
      import initInline, { annotate as annotateInline } from "newsmark/inline";
      import { toBrat } from "newsmark/exports";
      const text = "Sergey Lavrov remarked on Thursday.";
      await init();
      const main = annotate(text);
      const annotator = createAnnotator();
      const version = await annotator.ready;
      const fromWorker = await annotator.annotate(text, { date: "2025-07-04" });
      annotator.terminate();
      await initInline();
      window.__result = {
        main: main.entities.map((e) => e.text), worker: fromWorker.entities.map((e) => e.text), version,
        workerTime: fromWorker.times[0]?.value, inline: annotateInline(text).entities.length,
        displacy: toDisplacy(text, main).ents.length, brat: toBrat(text, main).split("\\n")[0],
      };
    </script></head><body></body></html>`);
  const server = await serve(dir);
  t.after(() => server.close());
  const { page, assertClean } = await openPage(t, { url: `${server.origin}/importmap.html` });
  await page.waitForFunction(() => window.__result, null, { timeout: 60_000 });
  const r = await page.evaluate(() => window.__result);
  assert.deepEqual(r.main, ["Sergey Lavrov"]);
  assert.deepEqual(r.worker, ["Sergey Lavrov"]);
  assert.equal(r.workerTime, "2025-07-03");
  assert.equal(r.inline, 1);
  assert.equal(r.displacy, 2);
  assert.equal(r.brat, "T1\tPERSON 0 13\tSergey Lavrov");
  assertClean();
});

test("newsmark/inline/element: one script tag and no wasm file to serve", async (t) => {
  const dir = installed("script-tag");
  const html = readFileSync(join(dir, "index.html"), "utf8").replace("node_modules/newsmark/element.js", "node_modules/newsmark/element-inline.js");
  writeFileSync(join(dir, "inline.html"), html);
  const server = await serve(dir);
  t.after(() => server.close());
  const { page, requests, assertClean } = await openPage(t, {
    url: `${server.origin}/inline.html`,
    beforeGoto: (context) => context.addInitScript(RECORD_EVENTS),
  });
  await page.waitForFunction(() => window.__annotated.length > 0);
  const s = await page.evaluate(shadowSummary, "news-mark");
  assert.ok(s.entities.includes("Sergey Lavrov") && s.quotes.length >= 2);
  assert.deepEqual(requests.filter((u) => u.endsWith(".wasm")), [], "the wasm came inside the script");
  assertClean();
});
