//! The source ledger: the core's `sources` shown as a table and exported as
//! CSV; gender only where the text states it; and the page's own count
//! (used after corrections) equal to the core's on unedited documents.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, SCREENSHOTS, annotateSample, annotateText, downloadJson, openPage, testArticle } from "./harness.mjs";

/** The rows of a CSV text (RFC 4180: quoted cells, doubled quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += c, i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), cell = "";
    else if (c === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), row = [], cell = "", i++;
    else cell += c;
  }
  return rows;
}

test("the sample's ledger: a table, a CSV, Lavrov's two quotes, TASS and AFP as outlets", async (t) => {
  const { page, assertClean } = await openPage(t);
  await annotateSample(page);
  const doc = await downloadJson(page);
  // The core's ledger, in the exported document.
  const lavrov = doc.sources[0];
  assert.equal(lavrov.name, "Sergey Lavrov");
  assert.deepEqual(lavrov.quotes, { direct: 1, indirect: 1, mixed: 0, total: 2 });
  assert.deepEqual(lavrov.words, { direct: 20, reported: 14 });
  assert.equal(lavrov.gender, null, "a first name states nothing");
  const named = (name) => doc.sources.find((s) => s.name === name);
  assert.deepEqual(named("Vladimir Putin").outlets, ["TASS"]);
  assert.deepEqual(named("Radoslaw Sikorski").outlets, ["AFP"]);
  assert.equal(named("TASS").news_outlet, true);
  assert.deepEqual(doc.source_summary.outlets, ["TASS", "AFP"]);

  // The table: a row per source, in the same order, with the totals as its caption.
  const table = page.locator("#ledger table");
  assert.match(await table.locator("caption").innerText(), /^7 sources: 7 named, 0 unnamed; 0 female, 1 male, 6 not stated; via TASS, AFP\.$/);
  const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  assert.deepEqual(rows.map((r) => r[0]), doc.sources.map((s) => s.name));
  assert.deepEqual(rows[0].slice(0, 5), ["Sergey Lavrov", "2", "1 · 1 · 0", "34", "24%"]);
  const putin = rows.find((r) => r[0] === "Vladimir Putin");
  assert.equal(putin[6], "male (\u201chimself\u201d)");
  assert.equal(putin[8], "TASS");
  assert.equal(rows.find((r) => r[0] === "TASS")[5], "news agency");
  assert.equal(rows.find((r) => r[0] === "Radoslaw Sikorski")[8], "AFP");
  await page.locator("#ledger").screenshot({ path: join(SCREENSHOTS, "ledger-sample.png") });

  // The CSV: the same rows, the evidence as the words of the text.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download sources CSV" }).click()]);
  assert.equal(download.suggestedFilename(), "newsmark-sources.csv");
  const csv = parseCsv(await readFile(await download.path(), "utf8"));
  const header = csv[0];
  assert.deepEqual(header.slice(0, 3), ["name", "cluster", "quotes_total"]);
  const col = (row, name) => row[header.indexOf(name)];
  assert.equal(csv.length, doc.sources.length + 1);
  assert.deepEqual([col(csv[1], "name"), col(csv[1], "quotes_total"), col(csv[1], "words_direct"), col(csv[1], "word_share")], ["Sergey Lavrov", "2", "20", "0.2361"]);
  const putinRow = csv.find((r) => col(r, "name") === "Vladimir Putin");
  assert.deepEqual([col(putinRow, "gender"), col(putinRow, "gender_evidence"), col(putinRow, "outlets")], ["male", "himself", "TASS"]);
  assert.equal(col(csv.find((r) => col(r, "name") === "TASS"), "news_outlet"), "true");
  assertClean();
});

test("gender is what the text states: a pronoun or an honorific, never a first name", async (t) => {
  const { page, assertClean } = await openPage(t);
  await annotateText(page, testArticle("harbour-budget-2007.txt"));
  const card = (name) => page.locator('#panel section[data-section="speakers"]').getByRole("article", { name, exact: true });
  assert.equal(await card("Helen Ortiz").locator(".gender").innerText(), "female (the text says \u201cShe\u201d, \u201cMs.\u201d)");
  assert.equal(await card("James Whitfield").locator(".gender").innerText(), "male (the text says \u201cMr.\u201d, \u201che\u201d)");
  assert.equal(await card("Dana Reyes").locator(".gender").count(), 0);
  assert.equal(await card("Officials").locator(".anonymous").innerText(), "unnamed source");
  assert.match(await page.locator("#ledger caption").innerText(), /4 sources: 3 named, 1 unnamed; 1 female, 1 male, 2 not stated; via Reuters\./);
  assertClean();
});

test("the page's count of the ledger equals the core's", async (t) => {
  const { page, assertClean } = await openPage(t);
  const dir = join(ROOT, "tests", "data", "articles");
  const texts = [testArticle("harbour-budget-2007.txt")];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith(".txt")).sort()) texts.push(await readFile(join(dir, name), "utf8"));
  // Mixed quotes, unnamed sources, a pronoun speaker without a name, markup in names.
  texts.push("\u201cNo,\u201d she said. Officials said the plan was dead. \u201cIt is,\u201d an aide said, according to AFP.\n\n"
    + "Ann Lee said the plan \u201cwill not work\u201d today, and Ann Lee's aide agreed.");
  const results = await page.evaluate(async (texts) => {
    const core = await import("./pkg/newsmark.js");
    await core.default();
    const { countLedger, gendersFrom } = await import("./ledger.js");
    return texts.map((text) => {
      const doc = core.annotate(text, { date: "2025-07-04" });
      const page = countLedger(doc, text, gendersFrom(doc.sources));
      return { core: { sources: doc.sources, source_summary: doc.source_summary }, page, n: doc.sources.length };
    });
  }, texts);
  for (const [i, r] of results.entries()) {
    assert.deepEqual(r.page, r.core, `text ${i}`);
  }
  assert.ok(results.reduce((n, r) => n + r.n, 0) >= 30, "the texts have sources to compare");
  assertClean();
});
