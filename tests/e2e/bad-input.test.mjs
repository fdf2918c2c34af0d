//! Empty input gives one friendly line, binary input a readable notice, and the page stays usable.

import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateSample, annotateText, openPage } from "./harness.mjs";

/** The page still answers: script runs and a form field takes input. */
async function assertResponsive(page) {
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  await page.locator("#date").fill("2025-01-02");
  assert.equal(await page.locator("#date").inputValue(), "2025-01-02");
  await page.locator("#date").fill("");
}

test("empty input shows one friendly line", async (t) => {
  const { page, assertClean } = await openPage(t);
  const friendly = "Nothing to annotate yet: paste an article, drop a .txt or .html file, or press Sample article.";
  // Before anything is pasted, and after an empty or blank text is annotated.
  assert.equal(await page.locator("#status").innerText(), friendly);
  for (const text of ["", " \n\t\n"]) {
    await annotateText(page, text);
    assert.equal(await page.locator("#status").innerText(), friendly);
    assert.equal(await page.locator("#results").isVisible(), false, "no empty panel sections");
    assert.equal(await page.locator("#notices .notice").count(), 0, "no notice besides the line");
    await assertResponsive(page);
  }
  // A real article afterwards is annotated as usual, and emptying the box again hides it.
  await annotateSample(page);
  assert.equal(await page.locator("#results").isVisible(), true);
  await annotateText(page, "");
  assert.equal(await page.locator("#results").isVisible(), false);
  assertClean();
});

test("binary junk, typed or opened as a file, shows a warning", async (t) => {
  const { page, assertClean } = await openPage(t);
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const junk = Array.from({ length: 4000 }, () => String.fromCharCode(Math.floor(rand() * 32))).join("");
  await annotateText(page, junk);
  const notice = page.locator('#notices .notice[data-code="binary-content"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /binary/i);
  assert.equal(await notice.getAttribute("class"), "notice warning");
  await assertResponsive(page);

  const bytes = Buffer.from(Array.from({ length: 20000 }, () => Math.floor(rand() * 256)));
  const before = await page.evaluate(() => document.getElementById("results").dataset.ready);
  await page.locator("#file").setInputFiles({ name: "junk.txt", mimeType: "text/plain", buffer: bytes });
  await page.waitForFunction((b) => document.getElementById("results").dataset.ready !== b, before);
  // Wait for the file's own notice: the ready mark may still be the one of
  // the run before, which the file's run then clears.
  await page.locator('#notices .notice[data-code="binary-content"], #notices .notice[data-code="replacement-characters"]').first().waitFor();
  const codes = await page.locator("#notices .notice").evaluateAll((ns) => ns.map((n) => n.dataset.code));
  assert.ok(codes.includes("binary-content") || codes.includes("replacement-characters"), `notices: ${codes}`);
  assert.ok(await page.locator("#panel").getByText(/binary|could not be decoded/).count() >= 1, "the panel lists the diagnostic");
  await assertResponsive(page);
  assertClean();
});

test("a bad date never reaches the annotator, and errors are shown", async (t) => {
  const { page, assertClean } = await openPage(t);
  // <input type=date> refuses what is not a date, so the page sends no date.
  await page.locator("#date").fill("2025-13-45").catch(() => {});
  await annotateText(page, "A short text.");
  assert.equal(await page.locator("#notices .notice.error").count(), 0);
  assertClean();
});
