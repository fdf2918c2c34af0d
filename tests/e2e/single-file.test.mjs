//! dist/newsmark.html, opened from file://, annotates the sample on the main thread.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { HEADING, SINGLE_FILE, annotateSample, openPage } from "./harness.mjs";

test("the single file works from file://", async (t) => {
  assert.ok(existsSync(SINGLE_FILE), `${SINGLE_FILE} is missing: run \`python3 scripts/build.py\` first`);
  const html = readFileSync(SINGLE_FILE, "utf8");
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)[1];
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
  assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/=]+'/);
  assert.ok(!csp.includes("unsafe-inline"));
  assert.ok(!/<script[^>]*\ssrc=/.test(html) && !/<link rel="stylesheet"/.test(html), "nothing is loaded from beside the file");

  const { page, assertClean } = await openPage(t, { fileUrl: pathToFileURL(SINGLE_FILE).href });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.engine), "main thread");
  await annotateSample(page);
  await page.locator("#article").getByRole("heading", { name: HEADING, exact: true }).waitFor();
  assert.equal(await page.locator("#article .para").count(), 12);
  assert.match(await page.locator("#para-7 .flag").innerText(), /repeats paragraph 6/);
  assert.match(await page.locator("#status").innerText(), /annotated in [\d.]+ ms \(main thread/);
  // Who said what is drawn by the inlined modules too, and its buttons work.
  const lavrov = page.locator('#panel section[data-section="speakers"]').getByRole("article", { name: "Sergey Lavrov", exact: true });
  assert.equal(await lavrov.locator(".n-quotes").innerText(), "2 quotes");
  await lavrov.getByRole("button", { name: "Sergey Lavrov", exact: true }).click();
  assert.equal(await page.locator('#article mark[data-layer="entities"].selected').count(), 3);
  // The stylesheet applied: the heading is styled by the inlined CSS.
  assert.notEqual(await page.locator("#article h3").evaluate((h) => getComputedStyle(h).borderBottomStyle), "none");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download JSON" }).click()]);
  assert.equal(JSON.parse(readFileSync(await download.path(), "utf8")).schema, "newsmark/1");
  assertClean();
});
