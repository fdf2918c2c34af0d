//! A 2 MB text is annotated in the worker with honest progress, the old
//! results dimmed and out of reach meanwhile, the page answering input; it
//! is then drawn only near the screen, with one tab stop for the article.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST, annotateSample, openPage } from "./harness.mjs";

test("a long text is annotated in the worker and the page stays responsive", async (t) => {
  const { page, assertClean } = await openPage(t);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.engine), "worker");
  await annotateSample(page);
  const sample = await readFile(join(DIST, "samples", "nato-spending-lavrov.txt"), "utf8");
  const long = `${sample}\n\n`.repeat(Math.ceil(2_000_000 / (sample.length + 2)));
  assert.ok(long.length >= 2_000_000);
  // fill() types too slowly for 2 MB; set the value as a paste would.
  await page.locator("#text").evaluate((el, text) => (el.value = text), long);

  // Record what the progress bar says, how late timers fire, and what the old results look like.
  await page.evaluate(() => {
    const seen = (window.__seen = { stages: [], values: [], labels: [], maxLag: 0, stale: [] });
    const box = document.getElementById("progress-box");
    const results = document.getElementById("results");
    new MutationObserver(() => {
      if (box.hidden) return;
      const stage = box.dataset.stage;
      if (stage && seen.stages[seen.stages.length - 1] !== stage) seen.stages.push(stage);
      seen.values.push(document.getElementById("progress").value);
      seen.labels.push(document.getElementById("progress-label").textContent);
      seen.stale.push({ stale: results.classList.contains("stale"), inert: results.inert, ready: results.dataset.ready });
    }).observe(box, { attributes: true, subtree: true, childList: true, characterData: true });
    let last = performance.now();
    seen.timer = setInterval(() => {
      const now = performance.now();
      seen.maxLag = Math.max(seen.maxLag, now - last - 50);
      last = now;
    }, 50);
  });
  const before = await page.evaluate(() => document.getElementById("results").dataset.ready);
  await page.getByRole("button", { name: "Annotate", exact: true }).click();
  await page.locator("#progress-box").waitFor({ state: "visible" });

  // The sample's results are still on screen, dimmed and inert: a press on them does nothing.
  const results = page.locator("#results");
  assert.equal(await results.evaluate((r) => r.classList.contains("stale") && r.inert), true);
  assert.equal(await results.getAttribute("aria-busy"), "true");
  await assert.rejects(page.getByRole("button", { name: "Download JSON" }).click({ timeout: 500 }), "a button of the old results cannot be pressed");
  // The page handles input meanwhile: a form field answers at once.
  const t0 = Date.now();
  await page.locator("#date").focus();
  await page.keyboard.type("x");
  t.diagnostic(`the page answered input in ${Date.now() - t0} ms while annotating`);

  await page.waitForFunction((b) => document.getElementById("results").dataset.ready !== b, before, { timeout: 120_000 });
  await page.locator("#progress-box").waitFor({ state: "hidden", timeout: 120_000 });
  const seen = await page.evaluate(() => {
    clearInterval(window.__seen.timer);
    return window.__seen;
  });
  t.diagnostic(`longest main-thread stall: ${Math.round(seen.maxLag)} ms; stages: ${seen.stages.join(", ")}`);
  // Honest progress: it only goes forward, through the annotator's stages, then receiving, then drawing.
  assert.ok(seen.values.every((v, i) => i === 0 || v >= seen.values[i - 1]), `progress never goes back: ${seen.values}`);
  assert.ok(seen.stages.includes("names") && seen.stages.includes("render"), `stages: ${seen.stages}`);
  assert.ok(seen.stages.indexOf("done") < seen.stages.indexOf("render"), "the result is received before it is drawn");
  assert.ok(!seen.labels.some((l) => /\bdone\b/i.test(l)), "no label says done while work remains");
  // 100% only once drawing is over, and the old results stay dimmed until the new ones replace them.
  assert.ok(seen.labels.filter((l) => /100%/.test(l)).every((l) => /drawing/.test(l)), seen.labels.filter((l) => /100%/.test(l)).join(" | "));
  assert.ok(seen.stale.every((s) => s.stale && s.inert && s.ready === before), "stale while the bar shows");
  assert.equal(await results.evaluate((r) => r.classList.contains("stale") || r.inert), false);

  // The text box holds the whole text, folded away so the browser does not lay it out; it can be shown.
  assert.equal(await page.locator("#text").isVisible(), false);
  assert.match(await page.locator("#folded").innerText(), /^2,\d{3},\d{3} characters of text, folded away so that the page stays quick/);
  await page.getByRole("button", { name: "Show the text" }).click();
  assert.equal(await page.getByRole("textbox", { name: "Article text" }).inputValue(), long);
  assert.equal(await page.locator("#folded").isVisible(), false);
  assert.match(await page.locator("#status").innerText(), /2,\d{3},\d{3} characters, [\d,]+ paragraphs, [\d,]+ sentences: annotated in [\d.]+ ms \(worker/);
  // Only what is near the screen is drawn; the rest are placeholders of about the right size.
  const count = () => page.evaluate(() => ({
    paragraphs: document.querySelectorAll("#article .para").length,
    blocks: document.querySelectorAll("#article .block").length,
    placeholders: document.querySelectorAll("#article .block.placeholder").length,
    marks: document.querySelectorAll("#article mark").length,
  }));
  const drawn = await count();
  assert.ok(drawn.paragraphs < 1000 && drawn.placeholders > 100, JSON.stringify(drawn));
  assert.equal(await page.locator("#article [tabindex='0']").count(), 1, "one tab stop in the article");
  // Going far down draws what comes into view and empties what is far behind.
  await page.evaluate(() => document.getElementById("article").lastElementChild.scrollIntoView());
  await page.waitForFunction(() => document.querySelector("#article .block:last-child .para"));
  const paras = await page.evaluate(() => [...document.querySelectorAll("#article .para")].map((p) => Number(p.dataset.n)));
  assert.ok(Math.max(...paras) > 9000, "the last paragraphs are drawn");
  assert.ok((await count()).paragraphs < 1000, "and the DOM stays small");
  // The panel stays short: long lists are cut.
  assert.ok(await page.locator("#panel li").count() < 2000);
  // A panel item far from the screen draws its paragraph and goes there.
  await page.locator('#panel section[data-layer="times"] button.item').first().click();
  assert.ok(await page.locator("#article mark.flash").count() >= 1);
  assertClean();
});
