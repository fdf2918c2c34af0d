//! WCAG AA contrast of the page's colours: 4.5:1 for text (on every highlight
//! too) and 3:1 for the focus ring and other marks that carry meaning.

import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateSample, openPage } from "./harness.mjs";

// [foreground, background, minimum ratio, what]
const PAIRS = [
  ["--text", "--bg", 4.5, "body text"],
  ["--text", "--surface", 4.5, "text on panels"],
  ["--muted", "--bg", 4.5, "muted text"],
  ["--muted", "--surface", 4.5, "muted text on panels"],
  ["--accent", "--surface", 4.5, "links"],
  ["--accent-text", "--accent", 4.5, "the primary button"],
  ["--text", "--info-bg", 4.5, "info notices"],
  ["--text", "--warn-bg", 4.5, "warnings"],
  ["--text", "--error-bg", 4.5, "errors"],
  ["--muted", "--info-bg", 4.5, "muted text in notices"],
  ["--text", "--flash", 4.5, "a flashed span"],
  ["--focus", "--bg", 3, "the focus ring"],
  ["--focus", "--surface", 3, "the focus ring on panels"],
  ["--sentence-mark", "--surface", 3, "sentence boundary marks"],
  ["--quote-line", "--hl-quotes", 3, "the quote underline"],
  ["--warn-line", "--warn-bg", 3, "the repeat bar"],
  ...["--hl-entities", "--hl-PERSON", "--hl-ORG", "--hl-GPE", "--hl-LOC", "--hl-NORP", "--hl-MISC",
    "--hl-times", "--hl-quantities", "--hl-quotes", "--hl-other"].map((bg) => ["--text", bg, 4.5, `text on ${bg}`]),
];

test("colours meet WCAG AA", async (t) => {
  const { page, assertClean } = await openPage(t);
  await annotateSample(page);
  const ratios = await page.evaluate((pairs) => {
    const probe = document.createElement("span");
    document.body.append(probe);
    const rgb = (name) => {
      probe.style.color = `var(${name})`;
      const m = getComputedStyle(probe).color.match(/[\d.]+/g).map(Number);
      return m.slice(0, 3);
    };
    const lum = ([r, g, b]) => {
      const f = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a, b) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const out = pairs.map(([fg, bg, min, what]) => ({ what, fg, bg, min, ratio: ratio(rgb(fg), rgb(bg)) }));
    // Also the colours actually drawn: every piece of text in the results on its background.
    for (const el of document.querySelectorAll("#results mark, #results .flag, #results .badge, #notices .notice, #status")) {
      const style = getComputedStyle(el);
      let bgEl = el;
      let bg = style.backgroundColor;
      while (bg === "rgba(0, 0, 0, 0)" && bgEl.parentElement) {
        bgEl = bgEl.parentElement;
        bg = getComputedStyle(bgEl).backgroundColor;
      }
      const nums = (s) => s.match(/[\d.]+/g).map(Number).slice(0, 3);
      out.push({ what: `drawn ${el.tagName.toLowerCase()}.${el.className}`, min: 4.5, ratio: ratio(nums(style.color), nums(bg)) });
    }
    probe.remove();
    return out;
  }, PAIRS);
  const low = ratios.filter((r) => !(r.ratio >= r.min)).map((r) => `${r.what}: ${r.ratio.toFixed(2)} < ${r.min}`);
  assert.deepEqual(low, [], "colour pairs below WCAG AA");
  assertClean();
});
