#!/usr/bin/env node
//! Annotates every .txt file of a folder and writes JSON Lines: one {"file", ...document} per file, in name order.
//
//     node annotate-folder.mjs FOLDER [--date YYYY-MM-DD] > out.jsonl

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import init, { annotate } from "newsmark";

const [folder, ...rest] = process.argv.slice(2);
if (!folder) {
  console.error("usage: node annotate-folder.mjs FOLDER [--date YYYY-MM-DD]");
  process.exit(2);
}
const dateAt = rest.indexOf("--date");
const options = dateAt >= 0 ? { date: rest[dateAt + 1] } : {};

await init(); // reads newsmark_bg.wasm from the package
const names = (await readdir(folder)).filter((n) => n.endsWith(".txt")).sort();
for (const name of names) {
  const text = await readFile(join(folder, name), "utf8");
  const doc = annotate(text, options);
  process.stdout.write(`${JSON.stringify({ file: name, ...doc })}\n`);
}
console.error(`annotated ${names.length} files`);
