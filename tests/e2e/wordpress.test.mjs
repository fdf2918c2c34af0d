//! The WordPress plugin in a real WordPress (Debian's package, MariaDB, php -S, all on 127.0.0.1): the zip installs through WordPress's own upload, and the sidebar finds Lavrov's card with his quote.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, HEADING, ROOT, SCREENSHOTS } from "./harness.mjs";

const ZIP = join(ROOT, "dist", "newsmark-wordpress.zip");
const ARTICLE = readFileSync(join(ROOT, "tests", "data", "articles", "nato-spending-lavrov.txt"), "utf8");
const STATE = mkdtempSync(join(tmpdir(), "newsmark-wordpress-"));
let wp = null;

before(() => {
  assert.ok(existsSync(ZIP), `${ZIP} is missing: run \`python3 scripts/build.py\` first`);
  execFileSync("bash", [join(ROOT, "scripts", "wordpress.sh"), "start", STATE], { stdio: ["ignore", "inherit", "inherit"] });
  wp = JSON.parse(readFileSync(join(STATE, "env.json"), "utf8"));
});

after(() => {
  execFileSync("bash", [join(ROOT, "scripts", "wordpress.sh"), "stop", STATE], { stdio: "inherit" });
  rmSync(STATE, { recursive: true, force: true });
});

/** Local addresses that a process listens on, from /proc/net/tcp{,6}: "127.0.0.1:PORT", "0.0.0.0:PORT", ... */
function listeningOn(port) {
  const out = [];
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 4 || cols[3] !== "0A") continue; // 0A: LISTEN
      const [addr, portHex] = cols[1].split(":");
      if (parseInt(portHex, 16) !== port) continue;
      const ip = addr.length === 8 ? addr.match(/../g).reverse().map((h) => parseInt(h, 16)).join(".") : `[${addr}]`;
      out.push(`${ip}:${port}`);
    }
  }
  return out;
}

/** A browser logged in to the test WordPress, recording every request; closed when `t` ends. */
async function loggedIn(t) {
  const profile = mkdtempSync(join(tmpdir(), "newsmark-wp-browser-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, viewport: { width: 1400, height: 1000 },
  });
  t.after(async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  });
  const requests = [];
  const pageErrors = [];
  context.on("request", (req) => requests.push(req.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (err) => pageErrors.push(String(err)));
  page.setDefaultTimeout(90_000);
  await page.goto(`${wp.url}/wp-login.php`);
  await page.locator("#user_login").fill(wp.user);
  await page.locator("#user_pass").fill(wp.password);
  await Promise.all([page.waitForURL(/wp-admin/), page.locator("#wp-submit").click()]);
  const assertLocal = () => {
    const foreign = requests.filter((u) => {
      const { protocol, hostname } = new URL(u);
      return !(protocol === "data:" || protocol === "blob:" || hostname === "127.0.0.1");
    });
    assert.deepEqual(foreign, [], "requests beyond 127.0.0.1");
  };
  return { page, requests, pageErrors, assertLocal };
}

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The article as block markup: the heading line as a heading block, every other line a paragraph. */
function articleBlocks(text) {
  return text.split("\n").filter((l) => l.trim()).map((line) => line === HEADING
    ? `<!-- wp:heading -->\n<h2>${escapeHtml(line)}</h2>\n<!-- /wp:heading -->`
    : `<!-- wp:paragraph -->\n<p>${escapeHtml(line)}</p>\n<!-- /wp:paragraph -->`).join("\n\n");
}

test("WordPress and MariaDB listen on 127.0.0.1 only", () => {
  for (const port of [wp.ports.wordpress, wp.ports.mariadb]) {
    const addrs = listeningOn(port);
    assert.ok(addrs.length > 0, `nothing listens on port ${port}`);
    assert.deepEqual([...new Set(addrs)], [`127.0.0.1:${port}`]);
  }
});

test("the zip installs through WordPress's own plugin upload", async (t) => {
  const { page, assertLocal } = await loggedIn(t);
  await page.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`);
  await page.locator("#pluginzip").setInputFiles(ZIP);
  await Promise.all([page.waitForURL(/update\.php\?action=upload-plugin/), page.locator("#install-plugin-submit").click()]);
  // scripts/wordpress.sh installed it already, so WordPress offers to replace it with the upload.
  await page.getByText("This plugin is already installed.").waitFor();
  await Promise.all([page.waitForURL(/overwrite=update-plugin/), page.getByRole("link", { name: /Replace current with uploaded/ }).click()]);
  await page.getByText("Plugin updated successfully.").waitFor();
  // What WordPress unpacked is the zip, file for file.
  const listing = execFileSync("python3", ["-c", "import sys, zipfile; print('\\n'.join(n for n in zipfile.ZipFile(sys.argv[1]).namelist() if not n.endswith('/')))", ZIP]).toString().trim().split("\n");
  const pluginDir = join(wp.content, "plugins");
  const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [relative(pluginDir, join(dir, n))]));
  assert.deepEqual(walk(join(pluginDir, "newsmark")).sort(), listing.sort());
  await page.goto(`${wp.url}/wp-admin/plugins.php`);
  const row = page.locator('tr[data-slug="newsmark"]');
  await row.waitFor();
  if (await row.getByRole("link", { name: /^Activate/ }).count()) await row.getByRole("link", { name: /^Activate/ }).click();
  await page.locator('tr[data-slug="newsmark"].active').waitFor();
  assertLocal();
});

test("the sidebar annotates the NATO post: Lavrov's card, his quote, and its block", async (t) => {
  const { page, requests, pageErrors, assertLocal } = await loggedIn(t);
  await page.goto(`${wp.url}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp?.apiFetch && window.wp?.data?.select("core/editor")?.getCurrentPostId());
  const id = await page.evaluate(async (content) => {
    const post = await window.wp.apiFetch({
      path: "/wp/v2/posts", method: "POST",
      data: { title: "NATO spending", content, status: "draft", date: "2025-07-04T09:00:00" },
    });
    return post.id;
  }, articleBlocks(ARTICLE));
  await page.goto(`${wp.url}/wp-admin/post.php?post=${id}&action=edit`);
  await page.waitForFunction(() => window.wp?.data?.select("core/block-editor")?.getBlocks().length > 5);

  // The plugin's button in the editor's toolbar opens the sidebar.
  await page.getByRole("button", { name: "newsmark", exact: true }).first().click();
  const sidebar = page.locator(".newsmark-sidebar");
  const lavrov = sidebar.locator('.newsmark-card[aria-label="Sergey Lavrov"]');
  await lavrov.waitFor({ timeout: 60_000 });
  await page.screenshot({ path: join(SCREENSHOTS, "wordpress-sidebar.png") });
  assert.match(await lavrov.innerText(), /Foreign Minister/);
  assert.match(await lavrov.innerText(), /2 quotes/);
  const quote = lavrov.getByRole("button", { name: /remarked: Given his apparent wisdom/ });
  assert.equal(await quote.count(), 1);
  assert.match(await quote.innerText(), /Given his apparent wisdom, Sikorski might see/);

  // The other sections: names, a time with its value, a number, and the repeated paragraph.
  assert.match(await sidebar.locator(".newsmark-section-names").innerText(), /PERSON\s+Sergey Lavrov/);
  assert.match(await sidebar.locator(".newsmark-section-times").innerText(), /Thursday\s+2025-07-03/);
  assert.match(await sidebar.locator(".newsmark-section-numbers").innerText(), /5%\s+5 percent/);
  assert.match(await sidebar.locator(".newsmark-section-notes").innerText(), /Paragraph 7 repeats paragraph 6/);

  // Pressing the quote selects the block that holds it.
  await quote.click();
  const selected = await page.evaluate(() => {
    const be = window.wp.data.select("core/block-editor");
    const block = be.getBlock(be.getSelectedBlockClientId());
    return block ? String(block.attributes.content) : null;
  });
  assert.match(selected ?? "", /Given his apparent wisdom/);
  // Pressing with the keyboard works too: the time's item selects its block.
  const time = sidebar.locator(".newsmark-section-times").getByRole("button", { name: /Thursday: 2025-07-03/ });
  await time.focus();
  await page.keyboard.press("Enter");
  const selectedAfterKey = await page.evaluate(() => {
    const be = window.wp.data.select("core/block-editor");
    return String(be.getBlock(be.getSelectedBlockClientId())?.attributes.content ?? "");
  });
  assert.match(selectedAfterKey, /^Commenting on Thursday/);

  // The wasm came from the plugin's own folder, and nothing left 127.0.0.1.
  assert.ok(requests.some((u) => new URL(u).pathname === "/wp-content/plugins/newsmark/assets/newsmark_bg.wasm"), "the wasm was loaded from the plugin");
  assertLocal();
  assert.deepEqual(pageErrors, []);
});
