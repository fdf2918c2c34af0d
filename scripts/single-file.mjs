#!/usr/bin/env node
//! Writes the page as one HTML file that works when opened from file://.
//
//     node scripts/single-file.mjs DIST_DIR OUT_HTML
//
// A page of ES modules does not load from file:// (its origin is null), so
// this inlines every module of the page into one <script type="module">, the
// stylesheet into one <style>, the wasm as base64 (handed to
// init({module_or_path: bytes})) and the sample article. The modules are
// joined by a deliberately small bundler: each module becomes a function
// scope that returns its exports, in dependency order. It understands the
// import and export forms this page and wasm-bindgen's glue use, and stops
// with an error on any other. The Content-Security-Policy stays strict: the
// inline script and style are allowed by their sha256 hashes, not by
// 'unsafe-inline'.

import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const [distDir, outHtml] = process.argv.slice(2);
if (!distDir || !outHtml) {
  console.error("usage: node scripts/single-file.mjs DIST_DIR OUT_HTML");
  process.exit(2);
}
const root = resolve(distDir);
const fail = (message) => {
  console.error(`single-file: ${message}`);
  process.exit(1);
};
const read = (path) => {
  if (!existsSync(path)) fail(`${relative(process.cwd(), path)} is missing: run python3 scripts/build.py first`);
  return readFileSync(path);
};

const SAMPLE = "samples/nato-spending-lavrov.txt";
const WASM = "pkg/newsmark_bg.wasm";
const EMBEDDED = "embedded.js";

/** Escapes "<" in JS string literals so that no "</script" can end the inline script. */
const jsString = (s) => JSON.stringify(s).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

function embeddedModule() {
  const wasm = read(join(root, WASM)).toString("base64");
  const sample = read(join(root, SAMPLE)).toString("utf8");
  return "//! Inlined by scripts/single-file.mjs: the wasm module (base64) and the sample article.\n"
    + `export const embedded = { wasm: ${jsString(wasm)}, sample: ${jsString(sample)} };\n`;
}

const IMPORT = /^\s*import\s+(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}\s*|\*\s+as\s+([\w$]+)\s*)?(?:from\s+)?(["'])([^"']+)\4\s*;?[ \t]*$/gm;
const EXPORT_DECL = /^(\s*)export\s+(default\s+)?((?:async\s+)?function\*?|class|const|let|var)\s+([\w$]+)/gm;
const EXPORT_LIST = /^\s*export\s*\{([^}]*)\}\s*;?[ \t]*$/gm;

const modules = new Map(); // absolute path -> {name, code, deps}
const order = [];

function load(path, stack = []) {
  if (modules.has(path)) return modules.get(path);
  if (stack.includes(path)) fail(`import cycle: ${[...stack, path].map((p) => relative(root, p)).join(" -> ")}`);
  const rel = relative(root, path);
  let source = rel === EMBEDDED ? embeddedModule() : read(path).toString("utf8");
  const name = `__module_${modules.size}`;
  const mod = { name, rel };
  modules.set(path, mod);

  const prologue = [];
  source = source.replace(IMPORT, (_, defaultName, names, namespace, _q, spec) => {
    if (!spec.startsWith(".")) fail(`${rel}: only relative imports can be inlined, not ${spec}`);
    const dep = load(resolve(dirname(path), spec), [...stack, path]);
    if (defaultName) prologue.push(`const ${defaultName} = ${dep.name}.default;`);
    if (namespace) prologue.push(`const ${namespace} = ${dep.name};`);
    if (names && names.trim()) {
      const parts = names.split(",").map((s) => s.trim()).filter(Boolean).map((s) => {
        const [from, to] = s.split(/\s+as\s+/);
        return to ? `${from}: ${to}` : from;
      });
      prologue.push(`const { ${parts.join(", ")} } = ${dep.name};`);
    }
    return "";
  });

  const exported = [];
  source = source.replace(EXPORT_DECL, (_, indent, isDefault, kind, ident) => {
    exported.push(isDefault ? `default: ${ident}` : ident);
    return `${indent}${kind} ${ident}`;
  });
  source = source.replace(EXPORT_LIST, (_, names) => {
    for (const s of names.split(",").map((x) => x.trim()).filter(Boolean)) {
      const [from, to] = s.split(/\s+as\s+/);
      exported.push(to ? `${to}: ${from}` : from);
    }
    return "";
  });
  if (/^\s*(import\s|export\s)/m.test(source)) {
    const line = source.split("\n").find((l) => /^\s*(import\s|export\s)/.test(l));
    fail(`${rel}: an import or export form the bundler does not handle: ${line.trim()}`);
  }
  mod.code = `// ---- ${rel}\nconst ${name} = (() => {\n${prologue.join("\n")}\n${source}\nreturn Object.freeze({ ${exported.join(", ")} });\n})();\n`;
  order.push(mod);
  return mod;
}

const htmlPath = join(root, "index.html");
let html = read(htmlPath).toString("utf8");
const scriptTag = /<script type="module" src="([^"]+)"><\/script>/;
const styleTag = /<link rel="stylesheet" href="([^"]+)">/;
const cspTag = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;
for (const [what, re] of [["module script", scriptTag], ["stylesheet link", styleTag], ["CSP meta tag", cspTag]]) {
  if (!re.test(html)) fail(`index.html has no ${what} in the expected form`);
}
load(resolve(root, html.match(scriptTag)[1]));
const script = `\n${order.map((m) => m.code).join("\n")}\n`;
if (/<\/script/i.test(script)) fail("an inlined module contains </script");
const css = `\n${read(join(root, html.match(styleTag)[1])).toString("utf8")}\n`;
if (/<\/style/i.test(css)) fail("the stylesheet contains </style");

const hash = (s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
const csp = [
  "default-src 'none'",
  `script-src ${hash(script)} 'wasm-unsafe-eval'`,
  `style-src ${hash(css)}`,
  "img-src data:",
  "connect-src 'none'",
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

// Functions as replacements, so that "$" in the inlined text stays literal.
html = html
  .replace(cspTag, () => `<meta http-equiv="Content-Security-Policy" content="${csp}">`)
  .replace(styleTag, () => `<style>${css}</style>`)
  .replace(scriptTag, () => `<script type="module">${script}</script>`);
mkdirSync(dirname(resolve(outHtml)), { recursive: true });
writeFileSync(outHtml, html);
console.log(`single-file: wrote ${outHtml} (${Math.round(html.length / 1024)} KiB, ${order.length} modules inlined)`);
