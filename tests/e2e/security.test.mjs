//! User text is data: markup pasted into the page is shown literally and never runs.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./harness.mjs";

const PAYLOAD = "<img src=x onerror=alert(1)>\n\n<script>window.pwned=1</script>\n\nA sentence after the markup.";

test("pasted markup is shown as literal text and never runs", async (t) => {
  const { page, dialogs, assertClean } = await openPage(t);

  // The page declares its strict policy.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  for (const part of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'"]) {
    assert.ok(csp.includes(part), `CSP has ${part}`);
  }
  assert.ok(!csp.includes("unsafe-inline"));

  // Paste it the way a user does: the paste event annotates on its own.
  await page.locator("#text").focus();
  await page.evaluate((text) => navigator.clipboard.writeText(text), PAYLOAD);
  await page.keyboard.press("Control+V");
  await page.waitForFunction(() => document.getElementById("results").dataset.ready);
  assert.equal(await page.locator("#text").inputValue(), PAYLOAD);

  const article = page.locator("#article");
  const shown = await article.innerText();
  assert.ok(shown.includes("<img src=x onerror=alert(1)>"), "the img tag is shown as text");
  assert.ok(shown.includes("<script>window.pwned=1</script>"), "the script tag is shown as text");
  assert.equal(await page.locator("#results img, #results script, #panel img").count(), 0, "no element was made from the text");
  assert.equal(await page.locator("img").count(), 0);
  // Give a would-be onerror handler time to fire.
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, [], "no dialog opened");
  assert.equal(await page.evaluate(() => typeof window.pwned), "undefined");
  assertClean();
});

test("an HTML file is reduced to its text, without running or loading anything", async (t) => {
  const { page, dialogs, requests, origin, assertClean } = await openPage(t);
  const html = `<!doctype html><html><head><title>T</title><style>p{color:red}</style>
    <script>window.pwned=1</script></head><body>
    <h1>Council Approves Budget</h1><p>The council <b>approved</b> the budget on Monday.</p>
    <img src="http://example.invalid/pixel.gif" onerror="alert(1)"><noscript>Enable JS</noscript>
    <template><p>hidden</p></template><div>Second block.<br>Same block, new line.</div></body></html>`;
  await page.locator("#file").setInputFiles({ name: "story.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await page.waitForFunction(() => document.getElementById("results").dataset.ready);
  const text = await page.locator("#text").inputValue();
  assert.equal(text, "Council Approves Budget\n\nThe council approved the budget on Monday.\n\nSecond block.\nSame block, new line.\n");
  // The segmenter makes a paragraph of every line.
  assert.equal(await page.locator("#article .para").count(), 4);
  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, []);
  assert.equal(await page.evaluate(() => typeof window.pwned), "undefined");
  assert.ok(!requests.some((u) => u.includes("example.invalid")), "the image in the file was never requested");
  assert.ok(requests.every((u) => u.startsWith(origin) || u.startsWith("data:")));
  // Chromium gives the DOMParser document the page's CSP and, while parsing,
  // reports the file's <style>, style attributes and on* handlers as blocked.
  // Those reports are the only console errors allowed here: they show the
  // policy holding even in the inert document.
  assertClean({ allow: [/^(Applying inline style|Executing inline event handler) violates the following Content Security Policy directive/] });
});
