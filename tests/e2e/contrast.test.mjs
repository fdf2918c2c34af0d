//! WCAG AA contrast of the page's colours, in the light and the dark theme
//! (prefers-color-scheme): 4.5:1 for text (on every highlight too) and 3:1
//! for the focus ring, the selection bar and other marks that carry meaning.

import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { SCREENSHOTS, annotateSample, openPage } from "./harness.mjs";

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
  ["--accent", "--bg", 4.5, "links on the page"],
  ["--warn-text", "--warn-bg", 4.5, "the repeat flag"],
  ["--info-text", "--info-bg", 4.5, "info badges"],
  ["--tip-text", "--tip-bg", 4.5, "the tooltip"],
  ["--chip-text", "--chip-bg", 4.5, "label chips"],
  ["--control-line", "--surface", 3, "the borders of controls"],
  ["--coref-line", "--surface", 3, "the mention underline"],
  ...["--surface", "--hl-PERSON", "--hl-ORG", "--hl-GPE", "--hl-times", "--hl-quantities", "--hl-quotes"].flatMap((bg) => [
    ["--select", bg, 3, `the selection bar on ${bg}`],
    ["--focus", bg, 3, `the focus ring next to ${bg}`],
  ]),
  ["--sentence-mark", "--surface", 3, "sentence boundary marks"],
  ["--quote-line", "--hl-quotes", 3, "the quote underline"],
  ["--warn-line", "--warn-bg", 3, "the repeat bar"],
  ...["--hl-entities", "--hl-PERSON", "--hl-ORG", "--hl-GPE", "--hl-LOC", "--hl-NORP", "--hl-MISC",
    "--hl-times", "--hl-quantities", "--hl-quotes", "--hl-other"].map((bg) => ["--text", bg, 4.5, `text on ${bg}`]),
];

for (const theme of ["light", "dark"]) {
  test(`colours meet WCAG AA in the ${theme} theme`, async (t) => {
    const { page, assertClean } = await openPage(t, { contextOptions: { colorScheme: theme } });
    await annotateSample(page);
    assert.equal(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches), theme === "dark");
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme), theme);
    // Open what only shows on demand: a tooltip, the chips, a correction form.
    await page.getByRole("checkbox", { name: "Label chips" }).check();
    await page.getByRole("button", { name: "Correct this quote…" }).first().click();
    await page.locator("#article mark[data-layer=times]").first().hover();
    await checkContrast(page, assertClean, theme);
  });
}

async function checkContrast(page, assertClean, theme) {
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
    const drawn = "#results mark, #results .flag, #results .badge, #notices .notice, #status, #date-status, #tip span, "
      + "#panel .card-stats, #panel .cue, #panel .outlet, #panel .roles, #ledger td, #ledger th, .correct-form label, .legend label, .hint";
    for (const el of document.querySelectorAll(drawn)) {
      if (!el.getClientRects().length) continue;
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
  assert.deepEqual(low, [], `colour pairs below WCAG AA in the ${theme} theme`);
  assert.ok(ratios.length > 80, `the pairs were checked (${ratios.length})`);
  await page.screenshot({ path: join(SCREENSHOTS, `theme-${theme}.png`), fullPage: true });
  assertClean();
}
