//! Values where the eye is: hovering, focusing or tapping a highlight shows
//! its label and value as text in a tooltip element that is the
//! highlight's accessible description; label chips; the article is one
//! tab stop with arrow keys inside it.

import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { SCREENSHOTS, annotateSample, hoverTip, openPage } from "./harness.mjs";

test("hovering a highlight shows its label and value", async (t) => {
  const { page, assertClean } = await openPage(t);
  await annotateSample(page);
  const tip = page.locator("#tip");
  assert.equal(await tip.getAttribute("role"), "tooltip");
  assert.equal(await tip.isVisible(), false);

  // "Thursday" is 2025-07-03 against the sample's date.
  const thursday = page.locator("#article mark[data-layer=times]", { hasText: "Thursday" });
  const text = await hoverTip(page, thursday);
  assert.match(text, /Time · DATE/);
  assert.match(text, /2025-07-03/);
  assert.match(text, /Thursday, 3 July 2025/);
  // The tooltip is real text, and the highlight's accessible description.
  assert.equal(await thursday.getAttribute("aria-describedby"), "tip");
  const described = await thursday.evaluate((m) => document.getElementById(m.getAttribute("aria-describedby")).textContent);
  assert.match(described, /2025-07-03/);
  await page.screenshot({ path: join(SCREENSHOTS, "tooltip-thursday.png") });

  // A number with its value and unit; a week; a name with the person's role.
  assert.match(await hoverTip(page, page.locator("#article mark[data-layer=quantities]", { hasText: "5%" })), /Number · PERCENT\s+5 percent/);
  assert.match(await hoverTip(page, page.locator("#article mark[data-layer=times]", { hasText: "Last week" }).first()), /2025-W26\s+week 26 of 2025/);
  const lavrov = page.locator("#article mark[data-layer=entities]", { hasText: /^Lavrov$/ }).first();
  const who = await hoverTip(page, lavrov);
  assert.match(who, /Name · PERSON\s+Sergey Lavrov \(Foreign Minister, Russia\)/);
  assert.match(who, /quoted 2 times, 34 words/);
  // A quote with its speaker, role and cue; the agency that carried it.
  assert.match(await hoverTip(page, page.locator("#article mark[data-quote]", { hasText: "Given his apparent wisdom" }).first()),
    /Direct quote\s+by Sergey Lavrov \(Foreign Minister, Russia\)\s+cue: remarked/);
  // Where the pointer is over the quote and no name inside it: the end of its last line.
  const warned = page.locator("#article mark[data-quote]", { hasText: "Putin\u2019s heavy focus" }).first();
  const end = await warned.evaluate((m) => {
    const rects = m.getClientRects();
    const r = rects[rects.length - 1];
    return { x: r.right - 4, y: r.top + r.height / 2 };
  });
  await page.mouse.move(end.x, end.y);
  assert.match(await page.locator("#tip").innerText(), /Reported speech\s+by Radoslaw Sikorski \(Foreign Minister, Poland\)\s+cue: warned · via AFP/);
  // Moving away hides it.
  await page.mouse.move(2, 2);
  await tip.waitFor({ state: "hidden" });
  assert.equal(await thursday.getAttribute("aria-describedby"), null);

  // Label chips, as displaCy draws them: the label after a name, the value after a time.
  assert.equal(await page.locator("#article.chips").count(), 0);
  await page.getByRole("checkbox", { name: "Label chips" }).check();
  const chip = (loc) => loc.evaluate((m) => getComputedStyle(m, "::after").content);
  assert.equal(await chip(lavrov), '"PERSON"');
  assert.equal(await chip(thursday), '"2025-07-03"');
  await page.screenshot({ path: join(SCREENSHOTS, "chips.png") });
  await page.getByRole("checkbox", { name: "Label chips" }).uncheck();
  assert.equal(await chip(lavrov), "none");
  assertClean();
});

test("the article is one tab stop, with arrow keys between highlights", async (t) => {
  const { page, assertClean } = await openPage(t);
  await annotateSample(page);
  assert.equal(await page.locator("#article [tabindex='0']").count(), 1, "one tab stop in the article");
  // Tab from the last control before the article lands on its first highlight, the next Tab leaves it.
  await page.getByText("Other formats").focus();
  await page.keyboard.press("Tab");
  const focused = () => page.evaluate(() => ({
    text: document.activeElement.textContent, inArticle: document.getElementById("article").contains(document.activeElement),
    tip: document.getElementById("tip").hidden ? null : document.getElementById("tip").textContent,
  }));
  let now = await focused();
  assert.deepEqual([now.inArticle, now.text], [true, "Russian"]);
  assert.match(now.tip, /Name · NORP/);
  await page.keyboard.press("Tab");
  now = await focused();
  assert.equal(now.inArticle, false, "the second Tab leaves the article");
  await page.keyboard.press("Shift+Tab");
  assert.equal((await focused()).text, "Russian", "Shift+Tab comes back to the same highlight");

  // Arrow keys step through the highlights in text order; the tooltip follows.
  const steps = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("ArrowRight");
    steps.push((await focused()).text);
  }
  // A quote comes before the names inside it.
  assert.equal(steps[0], "Sergey Lavrov");
  assert.match(steps[1], /^NATO’s recent decision to significantly boost defense spending/);
  assert.equal(steps[2], "NATO");
  await page.keyboard.press("ArrowLeft");
  assert.equal((await focused()).text, steps[2]);
  assert.equal(await page.locator("#article [tabindex='0']").count(), 1, "still one tab stop");
  // A hidden layer is skipped.
  await page.locator('#legend input[data-layer="entities"]').uncheck();
  await page.keyboard.press("Home");
  await page.locator("#article mark[data-layer=times]").first().waitFor();
  await page.locator("#article [tabindex='0']").focus();
  const first = await page.evaluate(() => document.activeElement.dataset.layer);
  assert.notEqual(first, "entities");
  await page.locator('#legend input[data-layer="entities"]').check();

  // Enter on a name selects all of that person's mentions; Escape clears it.
  await page.locator("#article mark[data-layer=entities]", { hasText: /^Lavrov$/ }).first().click();
  await page.keyboard.press("Enter");
  assert.deepEqual(await page.locator('#article mark[data-layer="entities"].selected').allInnerTexts(), ["Sergey Lavrov", "Lavrov", "Lavrov"]);
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("#article mark.selected").count(), 0);
  assertClean();
});

test("tapping a highlight on a touch screen shows its value", async (t) => {
  const { page, assertClean } = await openPage(t, { viewport: { width: 390, height: 844 }, contextOptions: { hasTouch: true, isMobile: true } });
  await annotateSample(page);
  const thursday = page.locator("#article mark[data-layer=times]", { hasText: "Thursday" });
  await thursday.scrollIntoViewIfNeeded();
  await thursday.tap();
  const tip = page.locator("#tip");
  await tip.waitFor();
  assert.match(await tip.innerText(), /2025-07-03/);
  // The tooltip sits on screen, beside the highlight.
  const [box, mark] = [await tip.boundingBox(), await thursday.boundingBox()];
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `the tooltip fits the screen: ${JSON.stringify(box)}`);
  assert.ok(Math.abs(box.y - (mark.y + mark.height)) < 20 || Math.abs(box.y + box.height - mark.y) < 20, "the tooltip is next to the highlight");
  await page.screenshot({ path: join(SCREENSHOTS, "tooltip-touch.png") });
  // Tapping elsewhere hides it.
  await page.locator("#status").tap();
  await tip.waitFor({ state: "hidden" });
  assertClean();
});
