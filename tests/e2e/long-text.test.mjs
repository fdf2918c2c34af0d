//! A 2 MB text is annotated in the worker with progress shown, and the page
//! keeps answering clicks meanwhile.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST, openPage } from "./harness.mjs";

test("a long text is annotated in the worker and the page stays responsive", async (t) => {
  const { page, assertClean } = await openPage(t);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.engine), "worker");
  const sample = await readFile(join(DIST, "samples", "nato-spending-lavrov.txt"), "utf8");
  const long = `${sample}\n\n`.repeat(Math.ceil(2_000_000 / (sample.length + 2)));
  assert.ok(long.length >= 2_000_000);
  // fill() types too slowly for 2 MB; set the value as a paste would.
  await page.locator("#text").evaluate((el, text) => (el.value = text), long);

  // Record what the progress line says and how late timers fire while annotating.
  await page.evaluate(() => {
    const seen = (window.__seen = { stages: new Set(), shown: false, maxLag: 0, clicks: 0 });
    const box = document.getElementById("progress-box");
    new MutationObserver(() => {
      if (!box.hidden) seen.shown = true;
      if (box.dataset.stage) seen.stages.add(box.dataset.stage);
    }).observe(box, { attributes: true, subtree: true, childList: true, characterData: true });
    let last = performance.now();
    seen.timer = setInterval(() => {
      const now = performance.now();
      seen.maxLag = Math.max(seen.maxLag, now - last - 50);
      last = now;
    }, 50);
    document.getElementById("sample").addEventListener("pointerdown", () => seen.clicks++, { capture: true });
  });
  const before = await page.evaluate(() => document.getElementById("results").dataset.ready ?? "");
  await page.getByRole("button", { name: "Annotate", exact: true }).click();
  await page.locator("#progress-box").waitFor({ state: "visible" });

  // While the worker annotates, the page handles input: toggling a checkbox
  // in the form answers at once.
  const t0 = Date.now();
  const res = await page.evaluate(() => {
    const box = document.getElementById("progress-box");
    return { busy: !box.hidden, stage: box.dataset.stage ?? "" };
  });
  assert.ok(res.busy, "still annotating when the page answered");
  await page.locator("#date").fill("2025-07-04");
  assert.equal(await page.locator("#date").inputValue(), "2025-07-04");
  // How fast it answered is reported, not asserted: speed is for benchmarks.
  t.diagnostic(`the page answered input in ${Date.now() - t0} ms while annotating`);

  await page.waitForFunction((b) => (document.getElementById("results").dataset.ready ?? "") !== b, before, { timeout: 120_000 });
  await page.locator("#progress-box").waitFor({ state: "hidden", timeout: 120_000 });
  const seen = await page.evaluate(() => {
    clearInterval(window.__seen.timer);
    return { stages: [...window.__seen.stages], shown: window.__seen.shown, maxLag: window.__seen.maxLag };
  });
  assert.ok(seen.shown, "the progress bar was shown");
  assert.ok(seen.stages.length >= 2, `progress went through stages: ${seen.stages}`);
  assert.ok(seen.stages.includes("render"), "drawing the result reports progress too");
  t.diagnostic(`longest main-thread stall: ${Math.round(seen.maxLag)} ms; stages: ${seen.stages.join(", ")}`);
  assert.match(await page.locator("#status").innerText(), /2,\d{3},\d{3} characters, [\d,]+ paragraphs, [\d,]+ sentences: annotated in [\d.]+ ms \(worker/);
  const n = await page.evaluate(() => document.querySelectorAll("#article .para").length);
  assert.ok(n > 9000, `every paragraph is drawn (${n})`);
  // The panel stays short: long lists are cut.
  assert.ok(await page.locator("#panel li").count() < 2000);
  assertClean();
});
