//! The types cannot drift: every document the Rust core writes for the test articles type-checks against src/document.d.ts with TypeScript's excess-property checks (a field added, removed or renamed on either side fails), and the package's declarations compile against a program that uses every entry.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./harness.mjs";

const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const CLI = join(ROOT, "target", "debug", "newsmark");
const ARTICLES = join(ROOT, "tests", "data", "articles");

function tsc(dir) {
  assert.ok(existsSync(TSC), `${TSC} is missing: run \`npm ci\``);
  const res = spawnSync("node", [TSC, "-p", dir], { encoding: "utf8" });
  return { ok: res.status === 0, out: `${res.stdout}${res.stderr}` };
}

const TSCONFIG = {
  compilerOptions: {
    strict: true, noEmit: true, target: "es2022", module: "nodenext", moduleResolution: "nodenext",
    lib: ["es2022", "dom", "esnext.disposable"], types: [], exactOptionalPropertyTypes: true,
  },
};

/** Every document the core writes for the articles: the JSON of the CLI, offsets in each unit, and one with a dateline and an outlet. */
function documents(dir) {
  assert.ok(existsSync(CLI), `${CLI} is missing: run \`cargo build --bin newsmark\` first`);
  const docs = {};
  for (const name of readdirSync(ARTICLES).filter((n) => n.endsWith(".txt"))) {
    docs[name] = execFileSync(CLI, ["annotate", join(ARTICLES, name), "--date", "2025-07-04"]).toString();
  }
  const dateline = join(dir, "dateline.txt");
  writeFileSync(dateline, "Talks end\nThursday, May 7, 2015\nOfficials said on Friday that 3 people had left, according to AFP.\nThe minister said: \u201CWe will see.\u201D\n");
  docs["dateline"] = execFileSync(CLI, ["annotate", dateline, "--offsets", "codepoint"]).toString();
  docs["empty"] = execFileSync(CLI, ["annotate", "-"], { input: "" }).toString();
  docs["docs/example.json"] = readFileSync(join(ROOT, "docs", "example.json"), "utf8");
  return docs;
}

function checkDocuments(dir, docs) {
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, "src", "document.d.ts"), join(dir, "document.d.ts"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG));
  Object.values(docs).forEach((json, idx) => {
    writeFileSync(join(dir, `doc${idx}.ts`), `import type { Document } from "./document.js";\nexport const doc: Document = ${json};\n`);
  });
  return tsc(dir);
}

test("every document the Rust core writes matches src/document.d.ts, and a drift is caught", { timeout: 300_000 }, (t) => {
  const work = mkdtempSync(join(tmpdir(), "newsmark-types-"));
  t.after(() => rmSync(work, { recursive: true, force: true }));
  const docs = documents(work);
  const all = Object.values(docs).map((j) => JSON.parse(j));
  // The samples reach every optional value at least once, so each is checked as a value and not only as null.
  assert.ok(all.some((d) => d.date?.source === "dateline" && typeof d.date.start === "number"), "a dateline");
  assert.ok(all.some((d) => d.quotes.some((q) => q.outlet !== null)), "an outlet");
  assert.ok(all.some((d) => d.quotes.some((q) => q.anonymous)), "an anonymous source");
  assert.ok(all.some((d) => d.paragraphs.some((p) => p.duplicate_of !== null)), "a repeated paragraph");
  assert.ok(all.some((d) => d.quantities.some((q) => q.unit !== null)), "a unit");
  assert.ok(all.some((d) => d.diagnostics.length > 0), "a diagnostic");
  const res = checkDocuments(join(work, "ok"), docs);
  assert.ok(res.ok, res.out);

  // The check bites: a field Rust would add, or one it would drop, fails it.
  const nato = JSON.parse(docs["nato-spending-lavrov.txt"]);
  const added = structuredClone(nato);
  added.quotes[0].confidence = 0.5;
  const dropped = structuredClone(nato);
  delete dropped.clusters[0].affiliations;
  const relabelled = structuredClone(nato);
  relabelled.entities[0].label = "FACILITY";
  for (const [name, doc] of Object.entries({ added, dropped, relabelled })) {
    const bad = checkDocuments(join(work, name), { nato: JSON.stringify(doc) });
    assert.ok(!bad.ok, `${name}: tsc accepted a document that does not match`);
  }
});

test("the package's declarations type a program that uses every entry", { timeout: 300_000 }, (t) => {
  const pkg = join(ROOT, "dist", "npm");
  assert.ok(existsSync(join(pkg, "index.d.ts")), `${pkg} is missing: run \`python3 scripts/build.py\` first`);
  const dir = mkdtempSync(join(tmpdir(), "newsmark-package-types-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(pkg, join(dir, "node_modules", "newsmark"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ ...TSCONFIG, include: ["use.mts"] }));
  const use = `
import init, { Annotator, annotate, version, toDisplacy, toBrat, toWebAnnotation, toQuotesCsv, type Document, type Quote } from "newsmark";
import initInline, { annotate as annotateInline } from "newsmark/inline";
import { NewsMark } from "newsmark/element";
import "newsmark/inline/element";
import { createAnnotator } from "newsmark/worker";
import { speakerName } from "newsmark/exports";

await init();
await initInline();
const doc: Document = annotate("Sergey Lavrov spoke.", { date: "2025-07-04", layers: ["entities", "quotes"] });
const again: Document = annotateInline("x");
const v: string = version();
const annotator0 = new Annotator();
const viaType: Document = annotator0.annotate("Sergey Lavrov spoke.", { without: ["names.check_headings"] });
const v2: string = annotator0.version;
console.log(viaType, v2);
const ents: number = toDisplacy("x", doc, { title: "t" }).ents.length;
const ann: string = toBrat("x", doc) + toQuotesCsv("x", again);
const first = toWebAnnotation("x", doc).first.items[0];
const quote: Quote | undefined = doc.quotes[0];
const who: string | null = quote ? speakerName(doc, quote) : null;
const el = document.createElement("news-mark");
el.addEventListener("annotated", (e) => { const n: number = e.detail.quotes.length; console.log(n); });
const d: Document | null = el.document;
el.text = "text";
const ctor = NewsMark;
const annotator = createAnnotator();
const fromWorker: Promise<Document> = annotator.annotate("x", { date: "2025-07-04" }, (stage, done) => console.log(stage, done));
console.log(v, ents, ann, first, who, d, ctor, fromWorker);
// @ts-expect-error: the layers are a closed list
annotate("x", { layers: ["nouns"] });
`;
  writeFileSync(join(dir, "use.mts"), use);
  const res = tsc(dir);
  assert.ok(res.ok, res.out);
});
