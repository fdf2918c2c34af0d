//! Corrections: give a quote to another speaker, dismiss a false quote,
//! merge two cards, undo any of them. The exported JSON is the document
//! with the corrections applied and an `edits` list; the corrections
//! survive annotating the same text again.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST, SCREENSHOTS, afterRun, annotateSample, annotateText, downloadJson, openPage, testArticle } from "./harness.mjs";

const CLAIM = "an arms race might cause the collapse of Russian leadership";
const SAMPLE = readFileSync(join(DIST, "samples", "nato-spending-lavrov.txt"), "utf8");
const textOf = (q) => q.spans.map(([s, e]) => SAMPLE.slice(s, e)).join(" … ");

test("a speaker reassignment shows in the exported JSON, and survives re-annotation", async (t) => {
  const { page, assertClean } = await openPage(t);
  await annotateSample(page);
  const before = await downloadJson(page);
  assert.deepEqual(before.edits, []);
  const lavrovId = before.clusters.find((c) => c.name === "Sergey Lavrov").id;
  const claim = before.quotes.find((q) => textOf(q) === CLAIM);
  assert.ok(claim, "the sample has Sikorski's claim as a quote");
  assert.notEqual(claim.speaker_cluster, lavrovId);

  // In Sikorski's card, give "an arms race ..." to Lavrov.
  const speakers = page.locator('#panel section[data-section="speakers"]');
  const card = (name) => speakers.getByRole("article", { name, exact: true });
  const item = card("Radoslaw Sikorski").locator("li.quote", { hasText: CLAIM });
  await item.getByRole("button", { name: "Correct this quote…" }).click();
  const form = item.getByRole("group", { name: "Correct this quote" });
  await form.getByRole("combobox", { name: "Speaker" }).selectOption({ label: "Sergey Lavrov (Foreign Minister)" });
  await afterRun(page, () => form.getByRole("button", { name: "Give to this speaker" }).click());

  assert.equal(await card("Sergey Lavrov").locator(".n-quotes").innerText(), "3 quotes");
  assert.equal(await card("Sergey Lavrov").locator("li.quote", { hasText: CLAIM }).count(), 1);
  assert.equal(await card("Radoslaw Sikorski").locator(".n-quotes").innerText(), "1 quote");
  assert.match(await page.locator('#panel section[data-section="corrections"]').innerText(), /given to Sergey Lavrov \(was Radoslaw Sikorski\)/);
  await speakers.screenshot({ path: join(SCREENSHOTS, "corrections.png") });

  const after = await downloadJson(page);
  // Still the document, fields at the top level, plus what was changed.
  for (const key of ["schema", "offsets", "length", "date", "paragraphs", "sentences", "entities", "times", "quantities", "quotes", "clusters", "diagnostics", "sources", "source_summary"]) {
    assert.ok(key in after, `${key} at the top level`);
  }
  assert.equal(after.schema, "newsmark/1");
  const moved = after.quotes.find((q) => textOf(q) === CLAIM);
  assert.equal(moved.speaker_cluster, lavrovId);
  assert.equal(after.edits.length, 1);
  assert.deepEqual({ op: after.edits[0].op, to: after.edits[0].to.name, from: after.edits[0].from.name, spans: after.edits[0].quote.spans },
    { op: "reassign", to: "Sergey Lavrov", from: "Radoslaw Sikorski", spans: claim.spans });
  // The ledger is counted again with the correction.
  assert.equal(after.sources[0].name, "Sergey Lavrov");
  assert.equal(after.sources[0].quotes.total, 3);
  assert.equal(after.sources.find((s) => s.name === "Radoslaw Sikorski").quotes.total, 1);
  assert.equal(after.source_summary.quotes, before.source_summary.quotes);
  // Nothing else changed.
  assert.deepEqual(after.entities, before.entities);
  assert.deepEqual(after.quotes.filter((q) => q !== moved), before.quotes.filter((q) => textOf(q) !== CLAIM));

  // Annotated again (another date), the same text keeps the correction.
  await afterRun(page, () => page.locator("#date").fill("2025-07-05"));
  const again = await downloadJson(page);
  assert.equal(again.date.value, "2025-07-05");
  assert.equal(again.quotes.find((q) => textOf(q) === CLAIM).speaker_cluster, lavrovId);
  assert.equal(again.edits.length, 1);
  // Another text has none of it; coming back to the sample brings it back.
  await annotateText(page, testArticle("harbour-budget-2007.txt"));
  assert.deepEqual((await downloadJson(page)).edits, []);
  await annotateSample(page);
  assert.equal((await downloadJson(page)).edits.length, 1);
  assertClean();
});

test("dismiss a quote, merge two cards, and undo any correction", async (t) => {
  const { page, assertClean } = await openPage(t);
  await annotateSample(page);
  const speakers = page.locator('#panel section[data-section="speakers"]');
  const card = (name) => speakers.getByRole("article", { name, exact: true });
  const names = () => speakers.locator("article.card .card-name").allInnerTexts();
  const original = await downloadJson(page);
  const nQuotes = original.quotes.length;

  // Trump's "praised" is dismissed: gone from the cards, the text and the JSON.
  const praised = card("Donald Trump").locator("li.quote");
  await praised.getByRole("button", { name: "Correct this quote…" }).click();
  await afterRun(page, () => praised.getByRole("button", { name: "Not a quote" }).click());
  assert.ok(!(await names()).includes("Donald Trump"));
  assert.equal(await page.locator("#article mark[data-quote]", { hasText: "the deal, calling it" }).count(), 0);
  let doc = await downloadJson(page);
  assert.equal(doc.quotes.length, nQuotes - 1);
  assert.equal(doc.edits[0].op, "dismiss");
  assert.ok(!doc.sources.some((s) => s.name === "Donald Trump"));
  // The other formats are made from the corrected document too.
  await page.getByText("Other formats").click();
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download quotes CSV" }).click()]);
  const rows = (await readFile(await csv.path(), "utf8")).trim().split("\r\n");
  assert.equal(rows.length, 1 + nQuotes - 1);
  assert.ok(!rows.some((r) => r.includes("calling it an unexpected achievement")));

  // TASS's card is merged into Putin's: one card, one cluster, the mentions together.
  await card("TASS").getByRole("button", { name: "Merge TASS into another card…" }).click();
  const form = card("TASS").getByRole("group", { name: "Merge TASS into another card" });
  await form.getByRole("combobox").selectOption({ label: "Vladimir Putin" });
  await afterRun(page, () => form.getByRole("button", { name: "Merge", exact: true }).click());
  assert.ok(!(await names()).includes("TASS"));
  assert.equal(await card("Vladimir Putin").locator(".n-quotes").innerText(), "2 quotes");
  doc = await downloadJson(page);
  const putin = doc.clusters.find((c) => c.name === "Vladimir Putin");
  const tass = original.clusters.find((c) => c.name === "TASS");
  assert.ok(!doc.clusters.some((c) => c.name === "TASS"));
  assert.ok(tass.mentions.every(([s, e]) => putin.mentions.some(([a, b]) => a === s && b === e)));
  assert.deepEqual(doc.edits.map((e) => e.op), ["dismiss", "merge"]);
  assert.equal(doc.sources.find((s) => s.name === "Vladimir Putin").quotes.total, 2);

  // Undo the last (the merge) with the Undo button, then the first from the list.
  const undo = page.getByRole("button", { name: /^Undo the last correction: TASS merged into Vladimir Putin/ });
  await afterRun(page, () => undo.click());
  assert.ok((await names()).includes("TASS"));
  const list = page.locator('#panel section[data-section="corrections"]');
  await afterRun(page, () => list.getByRole("button", { name: /^Undo: .*dismissed/ }).click());
  assert.ok((await names()).includes("Donald Trump"));
  assert.equal(await list.count(), 0);
  assert.equal(await page.getByRole("button", { name: /^Undo the last correction/ }).isVisible(), false);
  doc = await downloadJson(page);
  assert.deepEqual(doc.edits, []);
  assert.deepEqual(doc.quotes, original.quotes);
  assert.deepEqual(doc.sources, original.sources);
  assertClean();
});
