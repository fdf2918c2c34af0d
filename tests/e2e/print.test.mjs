//! Print, by CSS alone: the article with its highlights, then the source
//! ledger and every card at full length; none of the form, buttons or
//! layer switches. Read back from page.pdf() with pdftotext (poppler-utils).

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, SCREENSHOTS, annotateSample, annotateText, downloadJson, openPage, testArticle } from "./harness.mjs";

/**
 * The text of a PDF, one space between words, for matching across line
 * breaks; with `look`, its first pages also land in screenshots/ as PNG.
 */
function pdfText(buffer, look = null) {
  const dir = mkdtempSync(join(tmpdir(), "newsmark-pdf-"));
  try {
    writeFileSync(join(dir, "page.pdf"), buffer);
    execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "page.pdf"), join(dir, "page.txt")]);
    if (look) execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "3", join(dir, "page.pdf"), join(SCREENSHOTS, look)]);
    return readFileSync(join(dir, "page.txt"), "utf8").replace(/\s+/g, " ");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const flat = (s) => s.replace(/\s+/g, " ").trim();

async function printed(page, look = null) {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  await page.emulateMedia({ media: "screen" });
  return { text: pdfText(pdf, look), pdf };
}

test("the printed sample holds the article, the whole ledger and every card", async (t) => {
  const { page, assertClean } = await openPage(t);
  await annotateSample(page);
  const doc = await downloadJson(page);
  const sample = readFileSync(join(DIST, "samples", "nato-spending-lavrov.txt"), "utf8");
  const { text } = await printed(page, "print-sample");

  // The article, whole.
  for (const line of sample.split("\n").filter(Boolean)) assert.ok(text.includes(flat(line)), `the article prints: ${line.slice(0, 40)}`);
  // The ledger: every source with its numbers, and the totals.
  assert.ok(text.includes("7 sources: 7 named, 0 unnamed; 0 female, 1 male, 6 not stated; via TASS, AFP."));
  for (const s of doc.sources) {
    const words = s.words.direct + s.words.reported;
    assert.match(text, new RegExp(`${s.name} ${s.quotes.total} ${s.quotes.direct} ?· ?${s.quotes.indirect} ?· ?${s.quotes.mixed} ${words} \\d+%`), `ledger row ${s.name}`);
  }
  // Every card, every quote at full length (the long ones are cut on screen).
  for (const s of doc.sources) assert.ok(text.includes(s.name), s.name);
  for (const q of doc.quotes) {
    const words = flat(q.spans.map(([a, b]) => sample.slice(a, b)).join(" … "));
    assert.ok(text.split(words).length - 1 >= 2, `the quote prints in the article and in its card: ${words.slice(0, 50)}`);
  }
  // In that order: the article, then the ledger, then the cards.
  const article = text.indexOf("Russian Foreign Minister Sergey Lavrov suggested");
  const ledger = text.indexOf("7 sources: 7 named");
  const cards = text.indexOf("Who said what");
  assert.ok(article >= 0 && article < ledger && ledger < cards, `order: article ${article}, ledger ${ledger}, cards ${cards}`);
  // None of the form, the buttons or the switches.
  for (const control of ["Sample article", "Annotate", "Download JSON", "Copy JSON", "Download sources CSV", "Layers", "Sentence boundaries",
    "Label chips", "Clear selection", "Correct…", "Merge…", "Article text", "Document date", "Sources table", "Other formats", "Copy quotes"]) {
    assert.ok(!text.includes(control), `"${control}" is not printed`);
  }
  // The report says which date the values were resolved against.
  assert.match(text, /date in use: 2025-07-04, the sample's publication date/);
  // Highlights keep their colours in print.
  await page.emulateMedia({ media: "print" });
  const adjust = await page.locator("#article mark[data-layer=times]").first().evaluate((m) => getComputedStyle(m).printColorAdjust);
  assert.equal(adjust, "exact");
  await page.emulateMedia({ media: "screen" });
  assertClean();
});

test("up to 100 KB every card and every quote is in the page, so it prints", async (t) => {
  const { page, assertClean } = await openPage(t);
  const one = testArticle("harbour-budget-2007.txt");
  let text = "";
  while (text.length + one.length + 2 < 100 * 1024) text += `${one}\n\n`;
  assert.ok(text.length > 90_000);
  await annotateText(page, text);
  const doc = await downloadJson(page);
  assert.ok(doc.quotes.length > 200, `many quotes: ${doc.quotes.length}`);
  const inPage = await page.evaluate(() => ({
    cards: document.querySelectorAll('#panel section[data-section="speakers"] article.card').length,
    quotes: document.querySelectorAll('#panel section[data-section="speakers"] li.quote').length,
    placeholders: document.querySelectorAll("#article .block.placeholder").length,
    rows: document.querySelectorAll("#ledger tbody tr").length,
  }));
  assert.deepEqual(inPage, { cards: doc.sources.length, quotes: doc.quotes.length, placeholders: 0, rows: doc.sources.length });
  const { text: printedText } = await printed(page);
  const last = doc.quotes[doc.quotes.length - 1];
  const words = flat(last.spans.map(([a, b]) => text.slice(a, b)).join(" … "));
  assert.ok(printedText.split(words).length - 1 >= 2, "the last quote prints in the article and its card");
  assertClean();
});
