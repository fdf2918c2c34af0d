// How the page answers after a big paste, in headless Chromium: pastes
// MEGABYTES of articles (the sample, repeated) into "Article text", waits
// until the page has annotated and drawn it, then times, RUNS times each:
//   - a keystroke in the search box over the annotations,
//   - a layer toggle (the "Times" checkbox clicked),
//   - a keystroke in the text box (a letter typed at the end of the text;
//     the page folds a text this long away, so the text box is unfolded
//     first with "Show the text"),
// each as the time from the input event to the next frame the browser
// presents (Event Timing API, as INP counts it; 8 ms resolution), and as
// the time until the page's own handlers and the following frame are done
// (rAF after the event). Also reports how long the paste took to annotate
// and draw. A benchmark, not a test: it prints figures and fails on nothing.
//   node scripts/bench-page.mjs [MEGABYTES] [RUNS]   (after python3 scripts/build.py)
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { DIST, serve } from "../tests/e2e/harness.mjs";

const MEGABYTES = Number(process.argv[2] ?? 5);
const RUNS = Number(process.argv[3] ?? 15);
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const sample = readFileSync(join(DIST, "samples", "nato-spending-lavrov.txt"), "utf8");
const text = `${sample}\n\n`.repeat(Math.ceil((MEGABYTES * 1_000_000) / (sample.length + 2)));

const server = await serve();
const profile = mkdtempSync(join(tmpdir(), "newsmark-bench-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium", args: ARGS, headless: true, viewport: { width: 1280, height: 900 },
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs) => Math.max(...xs);
try {
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => document.documentElement.dataset.engine);
  await page.evaluate(() => {
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__events.push({ name: e.name, start: e.startTime, duration: e.duration });
    }).observe({ type: "event", durationThreshold: 16, buffered: true });
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask" });
  });

  // The paste: the value is set as a paste sets it, then the paste event fires.
  const t0 = Date.now();
  await page.locator("#text").evaluate((el, t) => {
    el.focus();
    el.value = t;
    // From here on the page's work is timed; handing the text over from Node to the page is not.
    window.__pasteAt = performance.now();
    el.dispatchEvent(new ClipboardEvent("paste", { bubbles: true }));
  }, text);
  await page.waitForFunction(() => document.getElementById("results").dataset.ready
    && document.getElementById("progress-box").hidden, null, { timeout: 300_000, polling: 100 });
  const pasteMs = Date.now() - t0;
  const longTasks = await page.evaluate(() => window.__long.filter((e) => e.start >= window.__pasteAt).map((e) => e.duration));
  const status = await page.locator("#status").innerText();

  /** Runs `act` RUNS times; returns [event-timing ms, handler+frame ms] per run. */
  const time = async (act, eventNames) => {
    const timing = [];
    const frame = [];
    for (let i = 0; i < RUNS; i++) {
      await page.waitForTimeout(150);
      const mark = await page.evaluate(() => {
        window.__events.length = 0;
        window.__t = null;
        const stamp = () => {
          window.__t = { at: performance.now() };
          requestAnimationFrame(() => setTimeout(() => (window.__t.done = performance.now()), 0));
        };
        addEventListener("keydown", stamp, { capture: true, once: true });
        addEventListener("pointerdown", stamp, { capture: true, once: true });
        return performance.now();
      });
      await act(i);
      await page.waitForFunction(() => window.__t?.done, null, { polling: 10 });
      await page.waitForTimeout(100);
      const res = await page.evaluate(({ since, names }) => {
        const evs = window.__events.filter((e) => e.start >= since - 1 && names.includes(e.name));
        return { timing: evs.length ? Math.max(...evs.map((e) => e.duration)) : 0, frame: window.__t.done - window.__t.at };
      }, { since: mark, names: eventNames });
      timing.push(res.timing);
      frame.push(res.frame);
    }
    return { timing, frame };
  };

  const KEYS = ["keydown", "keypress", "keyup", "input"];
  const search = page.getByRole("searchbox", { name: /search/i });
  const searchKey = (await search.count()) > 0 ? await (async () => {
    await search.focus();
    return time(() => page.keyboard.press("a"), KEYS);
  })() : null;

  const box = page.locator('#legend input[data-layer="times"]');
  const toggle = await time(() => box.click(), ["pointerdown", "pointerup", "click", "mousedown", "mouseup"]);

  // The text box: folded away after a long paste; typing in it means unfolding it first.
  const textarea = page.locator("#text");
  const folded = !(await textarea.isVisible());
  if (folded) await page.getByRole("button", { name: "Show the text" }).click();
  await textarea.evaluate((el) => {
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  });
  await page.waitForTimeout(1500);
  const key = await time(() => page.keyboard.press("x"), KEYS);

  // For scale: the same keystroke in a bare <textarea> holding the same text, on an empty page.
  const bare = await context.newPage();
  await bare.goto(`${server.origin}/samples/nato-spending-lavrov.txt`);
  await bare.evaluate((t) => {
    document.body.replaceChildren();
    const area = document.createElement("textarea");
    area.rows = 6;
    area.value = t;
    document.body.append(area);
    area.focus();
    area.setSelectionRange(t.length, t.length);
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__events.push({ name: e.name, start: e.startTime, duration: e.duration });
    }).observe({ type: "event", durationThreshold: 16, buffered: true });
  }, text);
  const pageBefore = page;
  page = bare;
  const bareKey = await time(() => page.keyboard.press("x"), ["keydown", "keypress", "keyup", "input"]);
  page = pageBefore;
  await bare.close();

  // Event Timing reports only events of 16 ms or more: a shorter one shows as "<16".
  const ms = (v) => (v === 0 ? "<16" : v.toFixed(0));
  const row = (what, r) => `${what.padEnd(38)} ${ms(median(r.timing)).padStart(8)} ${ms(max(r.timing)).padStart(6)}`
    + ` ${median(r.frame).toFixed(0).padStart(10)} ${max(r.frame).toFixed(0).padStart(6)}`;
  console.log(`${(text.length / 1e6).toFixed(2)} M characters pasted; annotated and drawn in ${pasteMs} ms`);
  console.log(`status: ${status}`);
  console.log(`main thread during the paste: longest task ${Math.max(0, ...longTasks).toFixed(0)} ms, ${longTasks.filter((d) => d > 100).length} tasks over 100 ms`);
  console.log(`${RUNS} runs each                           event→paint (median, max)   handler+frame (median, max), ms`);
  if (searchKey) console.log(row("keystroke in the search box", searchKey));
  console.log(row("layer toggle (Times)", toggle));
  console.log(row(folded ? "keystroke in Article text, unfolded" : "keystroke in Article text", key));
  console.log(row("for scale: a bare <textarea>", bareKey));
  console.log(JSON.stringify({
    bench: "page-latency", characters: text.length, runs: RUNS, paste_to_drawn_ms: pasteMs,
    paste_longest_task_ms: Math.max(0, ...longTasks), paste_tasks_over_100ms: longTasks.filter((d) => d > 100).length, text_box_folded: folded,
    keystroke_ms: { event_to_paint_median: median(key.timing), event_to_paint_max: max(key.timing), frame_median: +median(key.frame).toFixed(1) },
    search_keystroke_ms: searchKey && { event_to_paint_median: median(searchKey.timing), event_to_paint_max: max(searchKey.timing), frame_median: +median(searchKey.frame).toFixed(1) },
    toggle_ms: { event_to_paint_median: median(toggle.timing), event_to_paint_max: max(toggle.timing), frame_median: +median(toggle.frame).toFixed(1) },
    bare_textarea_keystroke_ms: { event_to_paint_median: median(bareKey.timing), event_to_paint_max: max(bareKey.timing), frame_median: +median(bareKey.frame).toFixed(1) },
  }));
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
