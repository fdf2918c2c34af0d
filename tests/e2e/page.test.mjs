//! The page on the sample article: structure shown, panel navigation, layer
//! toggles, JSON export, no foreign request, and screenshots to look at.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { HEADING, SCREENSHOTS, annotateSample, openPage } from "./harness.mjs";

test("the sample article is annotated, navigable and exportable", async (t) => {
  const { page, assertClean } = await openPage(t);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.engine), "worker");
  await annotateSample(page);
  assert.equal(await page.locator("#date").inputValue(), "2025-07-04");

  // The heading is drawn as a heading, inside the article.
  const heading = page.locator("#article").getByRole("heading", { name: HEADING, exact: true });
  await heading.waitFor();
  assert.equal(await heading.evaluate((h) => h.tagName), "H3");
  assert.equal(await page.locator("#article .para").count(), 12);

  // Paragraph 7 repeats paragraph 6 (1-based; duplicate_of 5 in the document).
  const dup = page.locator("#para-7.duplicate");
  await dup.waitFor();
  assert.match(await dup.locator(".flag").innerText(), /repeats paragraph 6/);
  assert.equal(await page.locator("#article .para.duplicate").count(), 1);

  // Sentence boundaries are marked.
  assert.ok(await page.locator("#article .sent").count() >= 12, "sentences are drawn");
  assert.ok(await page.locator("#article .sent.sb").count() >= 1, "boundaries between sentences are marked");

  // The status line reports counts and time.
  assert.match(await page.locator("#status").innerText(), /12 paragraphs, \d+ sentences: annotated in [\d.]+ ms/);

  // Panel items exist; a click scrolls to the span and flashes it.
  const panel = page.locator("#panel");
  assert.ok(await panel.locator("button.item").count() >= 2, "panel lists items");
  await page.evaluate(() => window.scrollTo(0, 0));
  const last = page.locator("#para-12 .text");
  assert.equal(await last.evaluate(inViewport), false, "the last paragraph starts out of view");
  const item = panel.getByRole("button", { name: /¶7 repeats ¶6/ });
  await item.click();
  const target = page.locator("#para-7 .text");
  assert.ok(await target.evaluate((el) => el.classList.contains("flash")), "the span flashes");
  assert.ok(await target.evaluate(inViewport), "the span is scrolled into view");
  // And by keyboard: focus a heading item and press Enter.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const headingItem = panel.getByRole("button", { name: new RegExp(HEADING) });
  await headingItem.focus();
  await page.keyboard.press("Enter");
  const headingEl = page.locator("#para-5 .text");
  assert.ok(await headingEl.evaluate((el) => el.classList.contains("flash")));
  assert.ok(await headingEl.evaluate(inViewport));

  // A name groups its mentions by person: pressing "Radoslaw Sikorski" in
  // the names list marks his full name and the three bare "Sikorski"s in the
  // text, and only them.
  const sikorski = panel.locator('section[data-layer="entities"]').getByRole("button", { name: /^Radoslaw Sikorski\b/ });
  await sikorski.click();
  const marked = await page.locator("#article mark.selected").allInnerTexts();
  assert.deepEqual(marked, ["Radoslaw Sikorski", "Sikorski", "Sikorski", "Sikorski"]);

  // Layer toggles hide and show highlights: every layer with items has an
  // enabled checkbox, and unchecking it marks its elements off.
  const boxes = page.locator("#legend input[type=checkbox]:not([disabled])");
  assert.ok(await boxes.count() >= 1);
  for (let i = 0; i < await boxes.count(); i++) {
    const box = boxes.nth(i);
    const layer = await box.getAttribute("data-layer");
    const selector = layer === "sentences" ? "#article .sent.sb" : `#article mark[data-layer="${layer}"]`;
    const shown = () => page.locator(`${selector}:not(.off)`).count();
    assert.ok(await shown() > 0, `${layer} is shown`);
    await box.focus();
    await page.keyboard.press("Space");
    assert.equal(await box.isChecked(), false);
    assert.equal(await shown(), 0, `${layer} hidden`);
    if (layer === "sentences") {
      const before = await page.locator("#article .sent.sb").first().evaluate((el) => getComputedStyle(el, "::before").display);
      assert.equal(before, "none", "the boundary bar is not drawn");
    } else {
      const bg = await page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(bg, "rgba(0, 0, 0, 0)", "a hidden highlight has no background");
    }
    await box.click();
    assert.ok(await shown() > 0, `${layer} shown again`);
  }

  // Download JSON.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download JSON" }).click(),
  ]);
  const downloaded = JSON.parse(await readFile(await download.path(), "utf8"));
  assert.equal(downloaded.schema, "newsmark/1");
  assert.equal(downloaded.paragraphs.length, 12);
  assert.equal(downloaded.date.value, "2025-07-04");
  // The core's source ledger, and no corrections yet.
  assert.equal(downloaded.sources[0].name, "Sergey Lavrov");
  assert.deepEqual(downloaded.edits, []);
  // No other control's name begins with "Download JSON".
  const names = await page.evaluate(() => [...document.querySelectorAll("button, a[href], input, select, textarea, [role=tab]")]
    .map((c) => (c.getAttribute("aria-label") ?? c.labels?.[0]?.textContent ?? c.textContent).trim()));
  assert.deepEqual(names.filter((n) => n.startsWith("Download JSON")), ["Download JSON"]);

  // Copy JSON.
  await page.getByRole("button", { name: "Copy JSON" }).click();
  await page.getByRole("button", { name: "Copied" }).waitFor();
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.schema, "newsmark/1");
  assert.deepEqual(copied, downloaded);

  // The standard formats, from www/exports.js (the same bytes as the command line's --format).
  await page.getByText("Other formats").click();
  for (const [button, file, format] of [
    ["Download displaCy JSON", "newsmark.displacy.json", "displacy"],
    ["Download brat standoff (.ann)", "newsmark.ann", "brat"],
    ["Download Web Annotation (JSON-LD)", "newsmark.webanno.jsonld", "webanno"],
    ["Download quotes CSV", "newsmark-quotes.csv", "quotes"],
  ]) {
    const [saved] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
    assert.equal(saved.suggestedFilename(), file);
    const got = await readFile(await saved.path(), "utf8");
    const want = await page.evaluate(async ([format, doc]) => {
      const e = await import("./exports.js");
      const text = document.getElementById("text").value;
      if (format === "displacy") return JSON.stringify(e.toDisplacy(text, doc), null, 2);
      if (format === "brat") return e.toBrat(text, doc);
      if (format === "webanno") return JSON.stringify(e.toWebAnnotation(text, doc), null, 2);
      return e.toQuotesCsv(text, doc);
    }, [format, downloaded]);
    assert.ok(got.length > 100, `${button} writes something`);
    assert.equal(got, want, `${button} writes what exports.js makes of the document on screen`);
  }

  // Copy quotes: one line per quote, speaker, kind and cue first, to paste into a story list.
  await page.getByRole("button", { name: "Copy quotes" }).click();
  await page.locator("#copy-quotes", { hasText: "Copied" }).waitFor();
  const lines = (await page.evaluate(() => navigator.clipboard.readText())).split("\n");
  assert.equal(lines.length, downloaded.quotes.length);
  assert.ok(lines.includes("Sergey Lavrov (direct, remarked): \u201cGiven his apparent wisdom, Sikorski might see that NATO\u2019s massive spending increase could spell the end for the alliance itself.\u201d"), lines.join("\n"));
  assert.ok(lines.some((l) => l.startsWith("Radoslaw Sikorski (indirect, warned, via AFP): Putin\u2019s heavy focus")));

  assertClean();
});

test("screenshots at 1280 px and 420 px", async (t) => {
  for (const [name, viewport] of [["desktop", { width: 1280, height: 900 }], ["narrow", { width: 420, height: 900 }]]) {
    await t.test(name, async (t) => {
      const { page, assertClean } = await openPage(t, { viewport });
      await annotateSample(page);
      await page.screenshot({ path: join(SCREENSHOTS, `sample-${name}.png`) });
      await page.screenshot({ path: join(SCREENSHOTS, `sample-${name}-full.png`), fullPage: true });
      // Nothing sticks out sideways at either width.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
      assertClean();
    });
  }
});

function inViewport(el) {
  const r = el.getBoundingClientRect();
  return r.top < window.innerHeight && r.bottom > 0;
}
