//! "Who said what": the speaker cards on the sample article (checked against
//! `newsmark annotate` on the same text and date), the links between quotes
//! and their speakers in the text, and cards drawn from markup-laden names
//! as text (from a stand-in document without a ledger, which the page
//! counts itself).

import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { SCREENSHOTS, annotateSample, annotateText, hoverTip, openPage } from "./harness.mjs";

const LAVROV_SUGGESTED = "NATO\u2019s recent decision to significantly boost defense spending could lead to the alliance\u2019s downfall";
const LAVROV_REMARKED = "Given his apparent wisdom, Sikorski might see that NATO\u2019s massive spending increase could spell the end for the alliance itself.";

/** The text of every marked piece of each quote, joined per quote, in text order. */
const markedQuotes = (page, selector) => page.locator(selector).evaluateAll((marks) => {
  const byQuote = new Map();
  for (const m of marks) byQuote.set(m.dataset.quote, (byQuote.get(m.dataset.quote) ?? "") + m.textContent);
  return [...byQuote.values()];
});

test("the sample has a card per speaker, linked both ways to the text", async (t) => {
  const { page, assertClean } = await openPage(t);
  await annotateSample(page);
  const section = page.locator('#panel section[data-section="speakers"]');
  const cards = section.locator("article.card");
  const card = (name) => section.getByRole("article", { name, exact: true });

  // Most quotes first, then who is named first: Lavrov, with two quotes
  // and named in the first line, leads.
  const names = await cards.locator(".card-name").allInnerTexts();
  assert.equal(names[0], "Sergey Lavrov");
  assert.ok(names.includes("Radoslaw Sikorski"), `Sikorski has a card: ${names}`);
  const counts = (await cards.locator(".n-quotes").allInnerTexts()).map((c) => Number.parseInt(c, 10));
  assert.ok(counts.every((n, i) => i === 0 || n <= counts[i - 1]), `cards by number of quotes: ${counts}`);
  const nNamed = await section.locator('article.card:not([data-speaker="none"])').count();
  assert.equal(await section.locator("h3").innerText(), `Who said what (${nNamed})`);

  // Lavrov: role, affiliation, two quotes (reported "suggested" first, then
  // the direct "remarked"), and the words inside them.
  const lavrov = card("Sergey Lavrov");
  assert.equal(await lavrov.locator(".roles").innerText(), "Foreign Minister");
  assert.equal(await lavrov.locator(".affiliations").innerText(), "Russia");
  assert.equal(await lavrov.locator(".n-words").innerText(), "34 words quoted (20 direct, 14 reported)");
  const lavrovQuotes = lavrov.getByRole("listitem");
  assert.equal(await lavrovQuotes.count(), 2);
  const quoteFacts = (item) => item.evaluate((li) => ({
    kind: li.querySelector(".badge").textContent,
    cue: li.querySelector(".cue strong")?.textContent,
    excerpt: li.querySelector(".excerpt").textContent,
  }));
  const suggested = await quoteFacts(lavrovQuotes.nth(0));
  assert.deepEqual({ kind: suggested.kind, cue: suggested.cue }, { kind: "indirect", cue: "suggested" });
  assert.ok(suggested.excerpt.startsWith("NATO\u2019s recent decision"), suggested.excerpt);
  const remarked = await quoteFacts(lavrovQuotes.nth(1));
  assert.deepEqual({ kind: remarked.kind, cue: remarked.cue }, { kind: "direct", cue: "remarked" });
  assert.ok(remarked.excerpt.startsWith("\u201cGiven his apparent wisdom"), remarked.excerpt);

  // Sikorski: his own role and country, and the reported speech he "warned".
  const sikorski = card("Radoslaw Sikorski");
  assert.equal(await sikorski.locator(".roles").innerText(), "Foreign Minister");
  assert.equal(await sikorski.locator(".affiliations").innerText(), "Poland");
  const warned = sikorski.getByRole("listitem").filter({ has: page.locator(".cue strong", { hasText: /^warned$/ }) });
  assert.equal(await warned.count(), 1);
  assert.equal(await warned.locator(".badge").textContent(), "indirect");
  assert.match(await warned.locator(".excerpt").textContent(), /^Putin’s heavy focus on military spending/);
  // The agency that carried his words: on the quote in the card, and in its highlight's title.
  assert.equal(await warned.locator(".outlet").textContent(), "via AFP");
  const warnedMark = page.locator("#article mark[data-quote]", { hasText: "Putin\u2019s heavy focus" }).first();
  assert.equal(await warnedMark.getAttribute("data-speaker-name"), "Radoslaw Sikorski");
  // Lavrov's words were not carried by an agency, and no card on the sample is an unnamed source.
  assert.equal(await lavrov.locator(".outlet").count(), 0);
  assert.equal(await section.locator(".anonymous").count(), 0);
  const nSikorski = await sikorski.getByRole("listitem").count();
  assert.equal(await sikorski.locator(".n-quotes").innerText(), nSikorski === 1 ? "1 quote" : `${nSikorski} quotes`);

  // Pressing Lavrov's name marks his three mentions and both his quotes, and nothing else.
  await lavrov.getByRole("button", { name: "Sergey Lavrov", exact: true }).click();
  assert.deepEqual(await page.locator('#article mark[data-layer="entities"].selected').allInnerTexts(), ["Sergey Lavrov", "Lavrov", "Lavrov"]);
  assert.deepEqual(await markedQuotes(page, '#article mark[data-quote].selected'), [LAVROV_SUGGESTED, LAVROV_REMARKED]);
  assert.equal(await page.locator("#article mark.selected:not([data-quote]):not([data-layer=\"entities\"])").count(), 0);
  await page.screenshot({ path: join(SCREENSHOTS, "speakers-lavrov.png") });
  // From the keyboard too, and a second speaker replaces the first.
  await sikorski.getByRole("button", { name: "Radoslaw Sikorski", exact: true }).focus();
  await page.keyboard.press("Enter");
  assert.deepEqual(await page.locator('#article mark[data-layer="entities"].selected').allInnerTexts(),
    ["Radoslaw Sikorski", "Sikorski", "Sikorski", "Sikorski"]);
  assert.equal((await markedQuotes(page, '#article mark[data-quote].selected')).length, nSikorski);

  // A quote's highlight names its speaker, and hovering or focusing it marks
  // the mention that says who spoke ("Lavrov remarked").
  const quote = page.locator("#article mark[data-quote]", { hasText: "Given his apparent wisdom" }).first();
  assert.equal(await quote.getAttribute("data-speaker-name"), "Sergey Lavrov");
  await page.evaluate(() => window.scrollTo(0, 0));
  await quote.hover();
  const hinted = () => page.locator("#article mark.speaker-hint").evaluateAll((ms) => ms.map((m) => m.textContent));
  assert.deepEqual(await hinted(), ["Lavrov"]);
  assert.equal(await page.locator("#article mark.speaker-hint").evaluate((m) => m.parentElement.textContent.indexOf("Lavrov remarked") >= 0), true);
  await page.mouse.move(5, 5);
  assert.deepEqual(await hinted(), []);
  // The arrow keys reach it, and focusing it marks the speaker too.
  await page.locator("#article [tabindex='0']").focus();
  for (let i = 0; i < 40 && !(await quote.evaluate((q) => q === document.activeElement)); i++) await page.keyboard.press("ArrowRight");
  assert.equal(await quote.getAttribute("tabindex"), "0", "the quote is the article's tab stop now");
  assert.deepEqual(await hinted(), ["Lavrov"]);
  await page.locator("#annotate").focus();
  assert.deepEqual(await hinted(), []);

  // Pressing a quote in a card scrolls to it and flashes every piece of it.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await warned.locator(".quote-item").click();
  const flashed = await markedQuotes(page, "#article mark[data-quote].flash");
  assert.equal(flashed.length, 1);
  assert.ok(flashed[0].startsWith("Putin\u2019s heavy focus on military spending"), flashed[0]);
  assert.ok(await page.locator("#article mark[data-quote].flash").first().evaluate(inViewport));
  await lavrovQuotes.nth(1).locator(".quote-item").focus();
  await page.keyboard.press("Enter");
  assert.deepEqual(await markedQuotes(page, "#article mark[data-quote].flash"), [LAVROV_REMARKED]);

  assertClean();
});

// A stand-in worker: a document whose names and speakers are markup, a quote
// whose speaker has no cluster, one with no speaker, and a mixed quote around
// a direct one (the same words, counted once), and an unnamed source whose
// words an outlet with a markup name carried.
const TEXT = "Ann <b>Lee</b> said the plan \u201cwill not work at all\u201d today. \u201cNo comment,\u201d a <i>spokesman</i> said. \u201cOdd.\u201d" +
  " The talks had failed, officials told <u>AP</u>.";
const WORKER = `
postMessage({ type: "ready", version: "stand-in" });
onmessage = ({ data: { id, text } }) => {
  const at = (s) => { const i = text.indexOf(s); return [i, i + s.length]; };
  const m = (s, from = 0) => { const start = text.indexOf(s, from); return { start, end: start + s.length, text: s }; };
  const doc = {
    schema: "newsmark/1", offsets: "utf16", length: text.length, date: null,
    paragraphs: [{ start: 0, end: text.length, kind: "body", duplicate_of: null }],
    sentences: [{ start: 0, end: text.length, paragraph: 0, duplicate_of: null }],
    entities: [{ ...m("Ann <b>Lee</b>"), label: "PERSON" }],
    times: [], quantities: [],
    quotes: [
      { kind: "mixed", spans: [at("the plan \\u201cwill not work at all\\u201d today")], cue: m("said"), speaker: m("Ann <b>Lee</b>"), speaker_cluster: 0 },
      { kind: "direct", spans: [at("will not work at all")], cue: m("said"), speaker: m("Ann <b>Lee</b>"), speaker_cluster: 0 },
      { kind: "direct", spans: [at("No comment,")], cue: m("said", text.indexOf("spokesman")), speaker: m("a <i>spokesman</i>"), speaker_cluster: null },
      { kind: "direct", spans: [at("Odd.")], cue: null, speaker: null, speaker_cluster: null },
      { kind: "indirect", spans: [at("The talks had failed")], cue: m("told"), speaker: m("officials"), speaker_cluster: null,
        anonymous: true, outlet: m("<u>AP</u>") },
    ],
    clusters: [{ id: 0, label: "PERSON", name: "Ann <img src=x onerror=alert(1)>", mentions: [at("Ann <b>Lee</b>")], roles: ["<script>window.pwned=1</script>"], affiliations: [] }],
    diagnostics: [],
  };
  postMessage({ id, type: "result", doc, ms: 0.1 });
};`;

test("cards show names as text, speakers without a cluster, and words counted once", async (t) => {
  const { page, dialogs, assertClean } = await openPage(t, {
    beforeGoto: (context) => context.route("**/worker.js", (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: WORKER })),
  });
  await annotateText(page, TEXT);
  const section = page.locator('#panel section[data-section="speakers"]');
  const names = await section.locator("article.card .card-name").allInnerTexts();
  assert.deepEqual(names, ["Ann <img src=x onerror=alert(1)>", "a <i>spokesman</i>", "officials", "Speaker not found"]);
  assert.equal(await page.locator("#panel img, #panel script, #panel i, #panel b, #panel u").count(), 0, "no element was made from a name");

  const ann = section.getByRole("article", { name: "Ann <img src=x onerror=alert(1)>" });
  assert.equal(await ann.locator(".roles").innerText(), "<script>window.pwned=1</script>");
  // "will not work at all" is in both the mixed quote and the direct one inside it.
  assert.equal(await ann.locator(".n-words").innerText(), "8 words quoted (5 direct, 3 reported)");
  assert.deepEqual(await ann.locator(".badge").allTextContents(), ["person", "mixed", "direct"]);

  const spokesman = section.getByRole("article", { name: "a <i>spokesman</i>" });
  assert.equal(await spokesman.locator(".unlinked").innerText(), "not linked to a name");
  assert.equal(await spokesman.locator(".n-words").innerText(), "2 words quoted (all direct)");
  // Its name marks the speaker mention and the quote.
  await spokesman.getByRole("button", { name: "a <i>spokesman</i>", exact: true }).click();
  assert.deepEqual(await page.locator("#article mark.selected").allInnerTexts(), ["No comment,", "a <i>spokesman</i>"]);
  const quote = page.locator("#article mark[data-quote]", { hasText: "No comment" });
  assert.match(await hoverTip(page, quote), /^Direct quote\s+by a <i>spokesman<\/i>\s+cue: said$/);
  assert.deepEqual(await page.locator("#article mark.speaker-hint").allInnerTexts(), ["a <i>spokesman</i>"]);

  // Only the card whose quotes are all from an unnamed source says so, in its heading.
  assert.equal(await spokesman.locator(".anonymous").count(), 0);
  const officials = section.getByRole("article", { name: "officials" });
  assert.equal(await officials.locator("h4 .anonymous").innerText(), "unnamed source");
  assert.equal(await officials.locator("h4").evaluate((h) => h.textContent), "officialsunnamed source");
  assert.equal(await officials.locator(".unlinked").count(), 0, "an unnamed source is not also 'not linked to a name'");
  // The outlet's name is text, in the card and in the highlight's title.
  assert.equal(await officials.locator(".outlet").textContent(), "via <u>AP</u>");
  const told = page.locator("#article mark[data-quote]", { hasText: "The talks had failed" });
  assert.match(await hoverTip(page, told), /^Reported speech\s+by officials\s+cue: told · via <u>AP<\/u> · unnamed source$/);
  assert.equal(await section.locator("article.card .anonymous").count(), 1);
  await officials.screenshot({ path: join(SCREENSHOTS, "speakers-unnamed-source.png") });

  const nobody = section.getByRole("article", { name: "Speaker not found" });
  assert.equal(await nobody.locator("button.card-name").count(), 0, "no name to press");
  assert.equal(await nobody.locator(".quote-item").count(), 1, "only the quote");
  assert.match(await hoverTip(page, page.locator("#article mark[data-quote]", { hasText: "Odd." })), /^Direct quote\s+speaker not found$/);

  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, []);
  assert.equal(await page.evaluate(() => typeof window.pwned), "undefined");
  assertClean();
});

function inViewport(el) {
  const r = el.getBoundingClientRect();
  return r.top < window.innerHeight && r.bottom > 0;
}
