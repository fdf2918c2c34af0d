//! Dates that cannot go silently wrong: each new text starts from its own
//! dateline, a typed date lasts only until the text is replaced and the
//! page says so, a typed date that disagrees with the dateline is flagged
//! with both offered, and the date in use and its source are always shown.

import { test } from "node:test";
import assert from "node:assert/strict";
import { afterRun, annotateSample, annotateText, downloadJson, hoverTip, openPage, pasteText, testArticle } from "./harness.mjs";

const HARBOUR = testArticle("harbour-budget-2007.txt");
/** The "Thursday" of the harbour article's body, not the one of its dateline. */
const bodyThursday = (page) => page.locator("#article mark[data-layer=times]", { hasText: /^Thursday$/ });
const dateStatus = (page) => page.locator("#date-status").innerText();

test("an article with a 2007 dateline, pasted after the sample, gets 2007 values", async (t) => {
  const { page, assertClean } = await openPage(t);
  await annotateSample(page);
  assert.equal(await page.locator("#date").inputValue(), "2025-07-04");
  assert.match(await dateStatus(page), /Date in use: 2025-07-04 .*the sample article's date/);
  assert.match(await hoverTip(page, page.locator("#article mark[data-layer=times]", { hasText: "Thursday" })), /2025-07-03/);

  await pasteText(page, HARBOUR);
  assert.equal(await page.locator("#text").inputValue(), HARBOUR);
  // The sample's date did not carry over, and the page says so.
  assert.equal(await page.locator("#date").inputValue(), "");
  const status = await dateStatus(page);
  assert.match(status, /Date in use: 2007-12-20 \(Thursday, 20 December 2007\), from the article's dateline “Thursday, December 20, 2007”/);
  assert.match(status, /The date 2025-07-04 was for the previous text and has been cleared/);
  assert.equal(await page.locator("#date-warning").isVisible(), false);
  assert.match(await hoverTip(page, bodyThursday(page)), /2007-12-20/);

  const doc = await downloadJson(page);
  assert.deepEqual(doc.date, { value: "2007-12-20", source: "dateline", start: HARBOUR.indexOf("Thursday, December"), end: HARBOUR.indexOf("2007") + 4 });
  const value = (text) => doc.times.find((x) => x.text === text)?.value;
  assert.equal(value("Thursday"), "2007-12-20");
  assert.equal(value("last year"), "2006");
  assert.equal(value("October"), "2007-10");
  // The next run of the same text says nothing more about the old date.
  await afterRun(page, () => page.getByRole("button", { name: "Annotate", exact: true }).click());
  assert.doesNotMatch(await dateStatus(page), /previous text/);
  assertClean();
});

test("a typed date that disagrees with the dateline is flagged, with both offered", async (t) => {
  const { page, assertClean } = await openPage(t);
  await annotateText(page, HARBOUR);
  assert.match(await dateStatus(page), /from the article's dateline/);
  await afterRun(page, () => page.locator("#date").fill("2025-07-04"));

  const warning = page.locator("#date-warning");
  await warning.waitFor();
  assert.equal(await warning.getAttribute("role"), "alert");
  assert.match(await warning.innerText(), /dateline “Thursday, December 20, 2007” says 2007-12-20, but its dates are resolved against 2025-07-04, the date you typed/);
  assert.match(await dateStatus(page), /Date in use: 2025-07-04 .*typed by you\. It applies to this text only/);
  // The typed date is in use until the user chooses.
  assert.match(await hoverTip(page, bodyThursday(page)), /2025-07-03/);

  // Keeping it silences the warning for this text and this dateline.
  await page.getByRole("button", { name: "Keep 2025-07-04" }).click();
  assert.equal(await warning.isVisible(), false);
  assert.match(await dateStatus(page), /The dateline says 2007-12-20; you chose to keep 2025-07-04/);

  // Another typed date asks again; taking the dateline's date drops the typed one.
  await afterRun(page, () => page.locator("#date").fill("2024-01-02"));
  await warning.waitFor();
  await afterRun(page, () => page.getByRole("button", { name: "Use the dateline's date, 2007-12-20" }).click());
  assert.equal(await page.locator("#date").inputValue(), "");
  assert.equal(await warning.isVisible(), false);
  assert.match(await dateStatus(page), /Date in use: 2007-12-20 .*from the article's dateline/);
  assert.match(await hoverTip(page, bodyThursday(page)), /2007-12-20/);
  assertClean();
});

test("a typed date stays while the text is edited and goes when it is replaced", async (t) => {
  const { page, assertClean } = await openPage(t);
  const undated = HARBOUR.replace("Thursday, December 20, 2007\n\n", "");
  await annotateText(page, undated);
  // No dateline and no date: the page says relative dates stay unresolved.
  assert.match(await dateStatus(page), /Date in use: none\. The text has no dateline/);
  assert.doesNotMatch(await hoverTip(page, bodyThursday(page)), /\d{4}-\d{2}-\d{2}/);

  await afterRun(page, () => page.locator("#date").fill("2007-12-21"));
  assert.match(await hoverTip(page, bodyThursday(page)), /2007-12-20/);
  // An edit of the same text keeps the date.
  await page.locator("#text").press("Control+End");
  await page.locator("#text").pressSequentially(" The pier reopens in June.");
  await afterRun(page, () => page.getByRole("button", { name: "Annotate", exact: true }).click());
  assert.equal(await page.locator("#date").inputValue(), "2007-12-21");
  assert.match(await dateStatus(page), /Date in use: 2007-12-21 .*typed by you/);

  // Another article replaces the text: the typed date goes, and the page says so.
  await pasteText(page, "The museum reopened on Monday after a long repair.\n\nVisitors queued for hours.");
  assert.equal(await page.locator("#date").inputValue(), "");
  assert.match(await dateStatus(page), /Date in use: none\..*The date 2007-12-21 was for the previous text and has been cleared/);
  // Emptying the box shows one friendly line, and no date.
  await afterRun(page, async () => {
    await page.locator("#text").fill("");
    await page.getByRole("button", { name: "Annotate", exact: true }).click();
  });
  assert.match(await dateStatus(page), /Date in use: none yet/);
  assertClean();
});
