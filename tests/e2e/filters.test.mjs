//! Filters and search: show one person (their mentions and quotes) or one
//! type; a search box over the annotations; Escape and a button clear the
//! selection.

import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { SCREENSHOTS, annotateSample, openPage } from "./harness.mjs";

/** The texts of the highlights the filter keeps, and whether the others look plain. */
async function shown(page) {
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll("#article mark.hl")];
    const plain = (m) => getComputedStyle(m).backgroundColor === "rgba(0, 0, 0, 0)";
    return {
      kept: marks.filter((m) => m.classList.contains("match")).map((m) => m.textContent),
      othersPlain: marks.filter((m) => !m.classList.contains("match")).every(plain),
    };
  });
}

test("one person, one type, a search; Escape and the button clear them", async (t) => {
  const { page, assertClean } = await openPage(t);
  await annotateSample(page);
  const show = page.getByRole("combobox", { name: "Show" });
  const cards = page.locator('#panel section[data-section="speakers"] article.card');
  const visibleCards = () => cards.evaluateAll((cs) => cs.filter((c) => c.offsetParent !== null).map((c) => c.getAttribute("aria-label")));
  const nCards = (await visibleCards()).length;

  // One person: Lavrov's three mentions and his two quotes (split where they cross a sentence), nothing else.
  await show.selectOption({ label: "Sergey Lavrov (person)" });
  let now = await shown(page);
  assert.ok(now.othersPlain, "every other highlight looks plain");
  assert.ok(now.kept.includes("Sergey Lavrov") && now.kept.filter((x) => x === "Lavrov").length === 2, JSON.stringify(now.kept));
  assert.ok(now.kept.some((x) => x.startsWith("Given his apparent wisdom")));
  assert.ok(now.kept.some((x) => x.startsWith("NATO\u2019s recent decision")));
  assert.ok(!now.kept.includes("Radoslaw Sikorski"));
  assert.deepEqual(await visibleCards(), ["Sergey Lavrov"], "only his card");
  assert.match(await page.locator("#filter-status").innerText(), /Showing Sergey Lavrov \(person\): 7 highlights/);
  await page.screenshot({ path: join(SCREENSHOTS, "filter-lavrov.png") });

  // One type: the times.
  await show.selectOption({ label: "Times only" });
  now = await shown(page);
  assert.deepEqual(now.kept, ["recent", "Thursday", "recent", "Last week", "Last week", "annually", "2035", "2029"]);
  assert.equal((await visibleCards()).length, nCards);
  await show.selectOption({ label: "Names: GPE" });
  assert.ok((await shown(page)).kept.every((x) => ["Minsk", "Russia", "U.S.", "Spain", "Soviet Union"].includes(x)), JSON.stringify((await shown(page)).kept));

  // Escape clears the filter.
  await page.keyboard.press("Escape");
  assert.equal(await show.inputValue(), "");
  assert.equal(await page.locator("#article.filtering").count(), 0);

  // The search box finds annotations by text, by value and by speaker.
  const search = page.getByRole("searchbox", { name: "Search" });
  await search.fill("2025-07-03");
  await page.waitForFunction(() => document.getElementById("results").dataset.filtering === "true");
  assert.deepEqual((await shown(page)).kept, ["Thursday"]);
  const results = page.getByRole("list", { name: "Search results" });
  assert.deepEqual(await results.getByRole("button").allInnerTexts(), ["Thursday\nDATE"]);
  await search.press("Enter");
  assert.equal(await page.locator("#article mark.flash").first().textContent(), "Thursday");
  await search.fill("lavrov");
  await page.waitForFunction(() => document.querySelector("#filter-status").textContent.includes("\u201clavrov\u201d"));
  const kept = (await shown(page)).kept;
  assert.ok(kept.includes("Sergey Lavrov") && kept.some((x) => x.startsWith("Given his apparent wisdom")), "names and his quotes");
  // The Clear selection button clears the search and the selection.
  await results.getByRole("button").first().click();
  assert.ok(await page.locator("#article mark.selected").count() > 0);
  await page.getByRole("button", { name: "Clear selection" }).click();
  assert.equal(await search.inputValue(), "");
  assert.equal(await page.locator("#article mark.selected").count(), 0);
  assert.equal(await page.locator("#article.filtering").count(), 0);
  assert.equal(await results.isVisible(), false);

  // A selection made from the panel is cleared by Escape too.
  await page.locator('#panel section[data-layer="entities"]').getByRole("button", { name: /^Radoslaw Sikorski\b/ }).click();
  assert.equal(await page.locator("#article mark.selected").count(), 4);
  // The selection is drawn inside the highlight ("Sikorski’s" keeps its apostrophe in sight),
  // and looks unlike the focus ring and the flash.
  const looks = await page.locator("#article mark.selected").first().evaluate((m) => {
    const s = getComputedStyle(m);
    return { outline: s.outlineStyle, shadow: s.boxShadow, animation: s.animationName };
  });
  assert.equal(looks.outline, "none");
  assert.match(looks.shadow, /inset/);
  const colours = await page.evaluate(() => {
    const probe = document.createElement("span");
    document.body.append(probe);
    const rgb = (name) => {
      probe.style.color = `var(${name})`;
      return getComputedStyle(probe).color;
    };
    const out = { focus: rgb("--focus"), select: rgb("--select"), flash: rgb("--flash") };
    probe.remove();
    return out;
  });
  assert.equal(new Set(Object.values(colours)).size, 3, `focus, selection and flash differ: ${JSON.stringify(colours)}`);
  assert.ok(looks.shadow.includes(colours.select), `the selection bar is the selection colour: ${looks.shadow}`);
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("#article mark.selected").count(), 0);
  assertClean();
});
