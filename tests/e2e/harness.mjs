//! What every browser test needs: a tiny static server for dist/www on a free
//! port of 127.0.0.1, and headless Chromium (playwright-core, the system
//! browser, a fresh profile) with every request, console error and page
//! error recorded.

import { createServer } from "node:http";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(ROOT, "dist", "www");
export const SINGLE_FILE = join(ROOT, "dist", "newsmark.html");
export const SCREENSHOTS = join(ROOT, "tests", "e2e", "screenshots");
export const HEADING = "NATO\u2019s Historic Spending Pledge";

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
  ".ts": "text/plain; charset=utf-8",
};

/** Fails with what to do when the build output is missing. */
export function requireBuild(path = join(DIST, "index.html")) {
  if (!existsSync(path) || !existsSync(join(DIST, "pkg", "newsmark_bg.wasm"))) {
    assert.fail(`${path} or dist/www/pkg is missing: run \`python3 scripts/build.py\` first`);
  }
}

/** Serves dist/www on 127.0.0.1 on a free port; resolves to {origin, close}. */
export async function serve(root = DIST) {
  requireBuild();
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (path !== root && !path.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
    if (!existsSync(path)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(path)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    createReadStream(path).pipe(res);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => {
      server.closeAllConnections?.();
      server.close(ok);
    }),
  };
}

/**
 * Starts a server (unless `fileUrl`, or `url` of a page another server
 * serves, is given) and a browser with one page, cleaned up when the test
 * `t` ends; `beforeGoto(context, page)` runs before the page is loaded (to
 * set up routes); `contextOptions` go to the browser context (hasTouch,
 * colorScheme ...). Returns {page, context, url, origin, requests,
 * consoleErrors, pageErrors, dialogs, assertClean}.
 */
export async function openPage(t, { viewport = { width: 1280, height: 900 }, fileUrl = null, url: pageUrl = null, beforeGoto = null, contextOptions = {} } = {}) {
  const server = fileUrl || pageUrl ? null : await serve();
  const profile = mkdtempSync(join(tmpdir(), "newsmark-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
    acceptDownloads: true,
    ...contextOptions,
  });
  t.after(async () => {
    await context.close().catch(() => {});
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });
  const origin = server?.origin ?? (pageUrl ? new URL(pageUrl).origin : "null");
  if (server) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  const page = context.pages()[0] ?? (await context.newPage());
  const requests = [];
  const consoleErrors = [];
  const pageErrors = [];
  const dialogs = [];
  context.on("request", (req) => requests.push(req.url()));
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => pageErrors.push(String(err)));
  page.on("worker", (worker) => {
    worker.on?.("console", (msg) => msg.type() === "error" && consoleErrors.push(`worker: ${msg.text()}`));
  });
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  const url = pageUrl ?? fileUrl ?? `${origin}/`;
  await beforeGoto?.(context, page);
  await page.goto(url);
  // The app's page says when its engine is up; other pages are the caller's to wait for.
  if (!pageUrl) await page.waitForFunction(() => document.documentElement.dataset.engine);

  /**
   * No request left the page's origin, and nothing went wrong in the
   * console; `allow` lists console errors that a test expects.
   */
  const assertClean = ({ allow = [] } = {}) => {
    const foreign = requests.filter((u) => {
      const { protocol, origin: o } = new URL(u);
      if (protocol === "data:") return false; // the inline favicon: not a network request
      if (fileUrl) return protocol !== "file:" && !(protocol === "blob:" && u.startsWith("blob:null/"));
      return o !== origin;
    });
    assert.deepEqual(foreign, [], "requests beyond the page's origin");
    assert.deepEqual(consoleErrors.filter((m) => !allow.some((re) => re.test(m))), [], "console errors");
    assert.deepEqual(pageErrors, [], "page errors");
  };
  return { page, context, url, origin, requests, consoleErrors, pageErrors, dialogs, assertClean };
}

/** Clicks "Sample article" and waits until the sample is drawn. */
export async function annotateSample(page) {
  const before = await page.evaluate(() => document.getElementById("results").dataset.ready ?? "");
  await page.getByRole("button", { name: "Sample article" }).click();
  await page.waitForFunction((b) => (document.getElementById("results").dataset.ready ?? "") !== b && !document.getElementById("results").hidden, before);
}

/** Types `text` into the textarea (as a value, not key by key) and annotates it. */
export async function annotateText(page, text) {
  const before = await page.evaluate(() => document.getElementById("results").dataset.ready ?? "");
  await page.locator("#text").fill(text);
  await page.getByRole("button", { name: "Annotate", exact: true }).click();
  await page.waitForFunction((b) => (document.getElementById("results").dataset.ready ?? "") !== b, before, { timeout: 60_000 });
}

/** Runs `act` and waits until the page has drawn the result of the run it starts. */
export async function afterRun(page, act, { timeout = 60_000 } = {}) {
  const before = await page.evaluate(() => document.getElementById("results").dataset.ready ?? "");
  await act();
  await page.waitForFunction((b) => (document.getElementById("results").dataset.ready ?? "") !== b, before, { timeout });
}

/** Pastes `text` over whatever the text box holds, as a user does (select all, Ctrl+V), and waits for the result. */
export async function pasteText(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await afterRun(page, async () => {
    await page.locator("#text").focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Control+V");
  });
}

/** The document "Download JSON" saves, parsed. */
export async function downloadJson(page) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download JSON", exact: true }).click(),
  ]);
  return JSON.parse(await readFile(await download.path(), "utf8"));
}

/** The text of the highlight tooltip after hovering `locator`. */
export async function hoverTip(page, locator) {
  await locator.hover();
  await page.locator("#tip").waitFor({ state: "visible" });
  return page.locator("#tip").innerText();
}

/** A test article of the project's own (see articles/README.md). */
export function testArticle(name) {
  return readFileSync(join(ROOT, "tests", "e2e", "articles", name), "utf8");
}
