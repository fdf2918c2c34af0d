//! On a phone: tabs for Article, Who said what, Names, Times and Numbers;
//! quotes expand in place; going to a quote shows the article.

import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { SCREENSHOTS, annotateSample, openPage } from "./harness.mjs";

const PHONE = { viewport: { width: 390, height: 844 }, contextOptions: { hasTouch: true, isMobile: true } };

test("a phone shows one view at a time, chosen by tabs", async (t) => {
  const { page, assertClean } = await openPage(t, PHONE);
  await annotateSample(page);
  const tabs = page.getByRole("tablist", { name: "Views" }).getByRole("tab");
  assert.deepEqual(await tabs.allInnerTexts(), ["Article", "Who said what", "Names", "Times", "Numbers"]);
  const selected = () => page.getByRole("tab", { selected: true }).innerText();
  assert.equal(await selected(), "Article");
  const article = page.locator("#article");
  const cards = page.locator('#panel section[data-section="speakers"]');
  assert.ok(await article.isVisible());
  assert.equal(await cards.isVisible(), false);
  assert.equal(await article.getAttribute("role"), "tabpanel");

  // Who said what is one tap away: the cards and the source ledger, no article.
  await page.getByRole("tab", { name: "Who said what" }).tap();
  assert.equal(await selected(), "Who said what");
  assert.ok(await cards.isVisible());
  assert.ok(await page.locator("#ledger").isVisible());
  assert.equal(await article.isVisible(), false);
  const top = await cards.evaluate((s) => s.getBoundingClientRect().top + scrollY);
  assert.ok(top < 1600, `the speaker list starts near the top of the page (${top} px)`);
  await page.screenshot({ path: join(SCREENSHOTS, "phone-speakers.png"), fullPage: true });

  // A long quote shows a few lines and expands in place.
  const warned = cards.locator("li.quote", { hasText: "Putin\u2019s heavy focus" });
  const excerpt = warned.locator(".excerpt");
  const clipped = () => excerpt.evaluate((e) => e.scrollHeight > e.clientHeight + 1);
  assert.equal(await clipped(), true, "the long quote starts cut");
  const more = warned.getByRole("button", { name: "Show the whole quote" });
  assert.equal(await more.getAttribute("aria-expanded"), "false");
  await more.tap();
  assert.equal(await more.getAttribute("aria-expanded"), "true");
  assert.equal(await clipped(), false, "the whole quote shows in place");
  assert.match(await excerpt.innerText(), /excessive armament costs/);

  // Names, Times and Numbers each show their list.
  for (const [name, layer, text] of [["Names", "entities", "Sergey Lavrov"], ["Times", "times", "2025-07-03"], ["Numbers", "quantities", "5%"]]) {
    await page.getByRole("tab", { name }).tap();
    const list = page.locator(`#panel section[data-layer="${layer}"]`);
    assert.ok(await list.isVisible(), `${name} shows its list`);
    assert.match(await list.innerText(), new RegExp(text));
    assert.equal(await cards.isVisible(), false);
  }
  // Arrow keys move between tabs.
  await page.getByRole("tab", { name: "Numbers" }).focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await selected(), "Article");

  // Going to a quote from its card shows it in the article.
  await page.getByRole("tab", { name: "Who said what" }).tap();
  await warned.locator(".quote-item").tap();
  assert.equal(await selected(), "Article");
  assert.ok(await page.locator("#article mark[data-quote].flash").first().isVisible());
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  assertClean();
});
