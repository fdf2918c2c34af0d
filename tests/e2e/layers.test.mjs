//! Layers the annotator does not fill yet (times, numbers, quotes, clusters,
//! and arrays the page has never heard of) are drawn by the page's generic
//! code: a stand-in worker returns a document that has them all.

import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { SCREENSHOTS, openPage } from "./harness.mjs";

const TEXT = "On Monday, Sergey Lavrov said: \u201cNATO will fail. It spends 5% of GDP.\u201d He left.\n\nNATO met in Brussels.";

// Runs in the stand-in worker: builds a full document for TEXT.
const WORKER = `
const find = (text, s, from = 0) => { const i = text.indexOf(s, from); return [i, i + s.length]; };
postMessage({ type: "ready", version: "stand-in" });
onmessage = ({ data: { id, text } }) => {
  const span = (s, from) => { const [start, end] = find(text, s, from); return { start, end, text: s }; };
  const p0 = [0, text.indexOf("\\n")];
  const p1 = [text.lastIndexOf("\\n") + 1, text.length];
  const quoteStart = text.indexOf("NATO will");
  const quoteEnd = text.indexOf("GDP.") + 4;
  const lavrov = span("Lavrov");
  const he = span("He ");
  he.end -= 1;
  const doc = {
    schema: "newsmark/1", offsets: "utf16", length: text.length, date: null,
    paragraphs: [{ start: p0[0], end: p0[1], kind: "body", duplicate_of: null }, { start: p1[0], end: p1[1], kind: "body", duplicate_of: null }],
    sentences: [
      { start: 0, end: text.indexOf("fail.") + 5, paragraph: 0, duplicate_of: null },
      { start: text.indexOf("It spends"), end: text.indexOf("He left"), paragraph: 0, duplicate_of: null },
      { start: text.indexOf("He left"), end: p0[1], paragraph: 0, duplicate_of: null },
      { start: p1[0], end: p1[1], paragraph: 1, duplicate_of: null },
    ],
    entities: [
      { ...span("Sergey Lavrov"), label: "PERSON" },
      { ...span("NATO"), label: "ORG" },
      { ...span("NATO", p1[0]), label: "ORG" },
      { ...span("Brussels"), label: "GPE" },
    ],
    times: [{ ...span("Monday"), type: "DATE", value: "2025-06-30" }],
    quantities: [{ ...span("5%"), type: "PERCENT", value: 5, unit: "%" }],
    quotes: [{ kind: "direct", spans: [[quoteStart, quoteEnd]], cue: span("said"), speaker: span("Sergey Lavrov"), speaker_cluster: 0 }],
    clusters: [{ id: 0, label: "PERSON", name: "Sergey Lavrov", mentions: [[span("Sergey Lavrov").start, span("Sergey Lavrov").end], [he.start, he.end]], roles: ["foreign minister"], affiliations: ["Russia"] }],
    events: [{ ...span("met"), label: "MEETING" }],
    diagnostics: [],
  };
  postMessage({ id, type: "progress", stage: "segment", done: 0.5 });
  postMessage({ id, type: "result", doc, ms: 0.1 });
};`;

test("every layer is drawn, listed and toggled by the same code", async (t) => {
  const { page, context, assertClean } = await openPage(t, {
    beforeGoto: (context) => context.route("**/worker.js", (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: WORKER })),
  });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.engine), "worker");
  await page.locator("#text").fill(TEXT);
  await page.getByRole("button", { name: "Annotate", exact: true }).click();
  await page.waitForFunction(() => document.getElementById("results").dataset.ready);

  // The text is intact, whatever the nesting.
  const drawn = await page.locator("#article .text").evaluateAll((els) => els.map((e) => e.textContent));
  assert.deepEqual(drawn, TEXT.split("\n\n"));

  // A highlight per layer, with the right text.
  const marks = async (layer) => page.locator(`#article mark[data-layer="${layer}"]`).evaluateAll((ms) => ms.map((m) => m.textContent));
  assert.deepEqual(await marks("times"), ["Monday"]);
  assert.deepEqual(await marks("events"), ["met"]);
  assert.ok((await marks("entities")).includes("Brussels"));
  // The quote crosses a sentence boundary: it is split, and its pieces nest.
  const quote = (await marks("quotes")).join("");
  assert.equal(quote, "NATO will fail. It spends 5% of GDP.");
  assert.ok((await marks("quantities")).includes("5%"));
  // A cluster mention no entity covers ("He") is drawn as a lighter mark.
  assert.deepEqual(await page.locator("#article mark.coref").evaluateAll((ms) => ms.map((m) => m.textContent)), ["He"]);

  // Legend: one enabled checkbox per layer, the unknown one included.
  for (const layer of ["sentences", "entities", "times", "quantities", "quotes", "events"]) {
    assert.equal(await page.locator(`#legend input[data-layer="${layer}"]:not([disabled])`).count(), 1, `legend has ${layer}`);
  }
  await page.locator('#legend input[data-layer="times"]').uncheck();
  assert.equal(await page.locator('#article mark[data-layer="times"].off').count(), 1);
  assert.equal(await page.locator('#article mark[data-layer="entities"].off').count(), 0, "other layers stay");

  // Panel: the person's mentions are one group; each press goes to the next.
  const names = page.locator('#panel section[data-layer="entities"]');
  const lavrov = names.getByRole("button", { name: /Sergey Lavrov/ });
  assert.match(await lavrov.innerText(), /×2/);
  assert.match(await lavrov.innerText(), /foreign minister; Russia/);
  assert.match(await names.getByRole("button", { name: /NATO/ }).innerText(), /×2/);
  await lavrov.click();
  assert.equal(await page.locator("#article mark.flash").first().textContent(), "Sergey Lavrov");
  await lavrov.press("Enter");
  assert.equal(await page.locator("#article mark.flash").first().textContent(), "He");
  // Times, numbers, quotes and the unknown layer are listed with what they resolve to.
  assert.match(await page.locator('#panel section[data-layer="times"]').innerText(), /Monday[\s\S]*2025-06-30/);
  assert.match(await page.locator('#panel section[data-layer="quantities"]').innerText(), /5%[\s\S]*5 %/);
  assert.match(await page.locator('#panel section[data-layer="quotes"]').innerText(), /NATO will fail[\s\S]*speaker: Sergey Lavrov, cue: said/);
  assert.match(await page.locator('#panel section[data-layer="events"]').innerText(), /met/);
  await page.locator('#panel section[data-layer="quotes"] button.item').click();
  assert.ok(await page.locator('#article mark[data-layer="quotes"].flash').count() >= 2, "every piece of the quote flashes");
  await page.locator('#legend input[data-layer="times"]').check();
  await page.screenshot({ path: join(SCREENSHOTS, "layers-desktop.png") });
  assertClean();
});
