//! The standard exports: www/exports.js and `newsmark annotate --format` write the same bytes for every test article, and each export of the NATO article is read back by its own reader (spaCy for displaCy, an independent brat reader, a Web Annotation checker, an RFC 4180 parser).

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { ROOT } from "./harness.mjs";
import { toBrat, toDisplacy, toQuotesCsv, toWebAnnotation, QUOTES_CSV_COLUMNS } from "../../www/exports.js";

const CLI = join(ROOT, "target", "debug", "newsmark");
const ARTICLES = join(ROOT, "tests", "data", "articles");
const NATO = join(ARTICLES, "nato-spending-lavrov.txt");
const DATE = "2025-07-04";

function cli(...args) {
  assert.ok(existsSync(CLI), `${CLI} is missing: run \`cargo build --bin newsmark\` first`);
  return execFileSync(CLI, ["annotate", ...args], { maxBuffer: 64 << 20 }).toString("utf8");
}

/** The document and the four exports of `file`, from the command line. */
function fromCli(file) {
  const doc = JSON.parse(cli(file, "--date", DATE));
  const out = { doc };
  for (const format of ["displacy", "brat", "webanno", "csv"]) out[format] = cli(file, "--date", DATE, "--format", format);
  return out;
}

/** Texts that exercise what the articles may not: emoji, CRLF, a quote across a line break, commas and quotation marks in a quote, a tab. */
const SYNTHETIC = {
  "synthetic-lines.txt": "\u{1F600} \u201CWe will see\nwhat they know,\u201D Lavrov said.\r\nCaf\u00e9 owners said prices rose 2.5 percent, to $3 billion, on July 3, 2025.\n",
  "synthetic-csv.txt": "Maria Zakharova, the ministry\u2019s spokeswoman, said: \u201CNo, no, and\tno: it is 5,000 too many.\u201D\nOfficials said the talks had failed, according to AFP.\n",
};

test("the command line and www/exports.js write the same bytes for every test article", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "newsmark-exports-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const files = readdirSync(ARTICLES).filter((n) => n.endsWith(".txt")).map((n) => join(ARTICLES, n));
  for (const [name, text] of Object.entries(SYNTHETIC)) {
    writeFileSync(join(dir, name), text);
    files.push(join(dir, name));
  }
  assert.ok(files.length >= 7);
  let nQuotes = 0;
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const rust = fromCli(file);
    nQuotes += rust.doc.quotes.length;
    const js = {
      displacy: `${JSON.stringify(toDisplacy(text, rust.doc, { title: basename(file) }), null, 2)}\n`,
      brat: toBrat(text, rust.doc),
      webanno: `${JSON.stringify(toWebAnnotation(text, rust.doc), null, 2)}\n`,
      csv: toQuotesCsv(text, rust.doc),
    };
    for (const format of Object.keys(js)) {
      assert.ok(rust[format].length > 0, `${basename(file)} ${format} is empty`);
      assert.equal(js[format], rust[format], `${basename(file)}: ${format} differs between the CLI and www/exports.js`);
    }
  }
  assert.ok(nQuotes > 20, "the articles hold quotes to compare");
  // A broken quote across a line break is split into brat fragments in both.
  assert.match(cli(join(dir, "synthetic-lines.txt"), "--format", "brat"), /\tQuote \d+ \d+;\d+ \d+\tWe will see what they know,\n/);
});

test("every export reads the same offsets from a document in code points", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "newsmark-units-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "emoji.txt");
  const text = SYNTHETIC["synthetic-lines.txt"];
  writeFileSync(file, text);
  const utf16 = JSON.parse(cli(file));
  const cp = JSON.parse(cli(file, "--offsets", "codepoint"));
  assert.notDeepEqual(cp.entities, utf16.entities, "the emoji makes the units differ");
  assert.equal(toBrat(text, cp), toBrat(text, utf16));
  assert.equal(toQuotesCsv(text, cp), toQuotesCsv(text, utf16));
  assert.equal(JSON.stringify(toWebAnnotation(text, cp)), JSON.stringify(toWebAnnotation(text, utf16)));
  assert.equal(JSON.stringify(toDisplacy(text, cp)), JSON.stringify(toDisplacy(text, utf16)));
});

/** An independent reader of brat standoff: parses every line and checks it against the text (code points). */
function readBrat(ann, text) {
  const chars = Array.from(text);
  const t = new Map();
  const relations = [];
  for (const line of ann.split("\n")) {
    if (line === "") continue;
    const [id, middle, rest] = line.split("\t");
    if (id.startsWith("T")) {
      const space = middle.indexOf(" ");
      const type = middle.slice(0, space);
      const fragments = middle.slice(space + 1).split(";").map((f) => f.split(" ").map(Number));
      const pieces = fragments.map(([s, e]) => {
        assert.ok(Number.isInteger(s) && Number.isInteger(e) && s < e && e <= chars.length, line);
        return chars.slice(s, e).join("");
      });
      for (const piece of pieces) assert.ok(!/[\r\n]/.test(piece), `a fragment crosses a line break: ${line}`);
      assert.equal(rest, pieces.join(" "), `the text column of ${id} is not what its offsets slice`);
      t.set(id, { type, fragments, text: rest });
    } else if (id.startsWith("R")) {
      const m = middle.match(/^(\w+) Arg1:(T\d+) Arg2:(T\d+)$/);
      assert.ok(m, line);
      relations.push({ type: m[1], from: m[2], to: m[3] });
    } else if (id.startsWith("A")) {
      assert.match(middle, /^Kind T\d+ (direct|indirect|mixed)$/);
    } else if (id.startsWith("#")) {
      assert.match(middle, /^AnnotatorNotes T\d+$/);
      assert.ok(rest !== undefined && !/[\r\n\t]/.test(rest), line);
    } else {
      assert.fail(`unknown line ${line}`);
    }
  }
  for (const r of relations) assert.ok(t.has(r.from) && t.has(r.to), `relation to a missing annotation: ${JSON.stringify(r)}`);
  return { t, relations };
}

test("brat: every span slices to its text, quotes link to their cue and speaker", () => {
  const text = readFileSync(NATO, "utf8");
  const { doc, brat } = fromCli(NATO);
  const { t, relations } = readBrat(brat, text);
  const quotes = [...t.entries()].filter(([, a]) => a.type === "Quote");
  assert.equal(quotes.length, doc.quotes.length);
  assert.equal([...t.values()].filter((a) => a.type === "PERSON").length, doc.entities.filter((e) => e.label === "PERSON").length);
  const remarked = quotes.find(([, a]) => a.text.startsWith("Given his apparent wisdom"));
  assert.ok(remarked, "Lavrov's direct quote");
  const linked = (type) => t.get(relations.find((r) => r.from === remarked[0] && r.type === type).to).text;
  assert.equal(linked("Cue"), "remarked");
  assert.equal(linked("Speaker"), "Lavrov");
  assert.match(brat, new RegExp(`AnnotatorNotes ${remarked[0]}\tSergey Lavrov\n`));
  assert.match(brat, /\tDATE \d+ \d+\tThursday\n#\d+\tAnnotatorNotes T\d+\t2025-07-03\n/);
});

test("Web Annotation: a collection whose selectors find their text", () => {
  const text = readFileSync(NATO, "utf8");
  const chars = Array.from(text);
  const { doc, webanno } = fromCli(NATO);
  const collection = JSON.parse(webanno);
  assert.equal(collection["@context"], "http://www.w3.org/ns/anno.jsonld");
  assert.equal(collection.type, "AnnotationCollection");
  const items = collection.first.items;
  assert.equal(collection.first.type, "AnnotationPage");
  assert.equal(collection.total, items.length);
  assert.equal(items.length, doc.entities.length + doc.times.length + doc.quantities.length + doc.quotes.length);
  assert.equal(new Set(items.map((a) => a.id)).size, items.length, "ids are unique");
  for (const a of items) {
    assert.equal(a.type, "Annotation");
    assert.ok(a.body.length >= 1 && a.body.every((b) => b.type === "TextualBody" && typeof b.value === "string"));
    for (const target of [a.target].flat()) {
      const [pos, quote] = target.selector;
      assert.equal(pos.type, "TextPositionSelector");
      assert.equal(quote.type, "TextQuoteSelector");
      assert.equal(chars.slice(pos.start, pos.end).join(""), quote.exact);
      // Up to 32 code points of context on each side, fewer only at the text's edges.
      assert.equal(quote.prefix, chars.slice(Math.max(0, pos.start - 32), pos.start).join(""));
      assert.equal(quote.suffix, chars.slice(pos.end, pos.end + 32).join(""));
    }
  }
  const lavrov = items.find((a) => a.body.some((b) => b.purpose === "identifying" && b.value === "Sergey Lavrov") && a.body.some((b) => b.value === "direct"));
  assert.ok(lavrov, "Lavrov's direct quote names him");
  assert.match(lavrov.target.selector[1].exact, /^Given his apparent wisdom/);
  const thursday = items.find((a) => a.target.selector?.[1]?.exact === "Thursday");
  assert.deepEqual(thursday.body.map((b) => [b.purpose, b.value]), [["tagging", "DATE"], ["describing", "2025-07-03"]]);
});

/** An RFC 4180 parser: records of fields; quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(input) {
  const records = [];
  let record = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < input.length) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i += 1; continue; }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      assert.equal(field, "", "a quotation mark inside an unquoted field");
      quoted = true;
    } else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && input[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 1;
    } else {
      assert.ok(c !== "\n" && c !== "\r", "a bare line break outside quotes");
      field += c;
    }
    i += 1;
  }
  assert.equal(quoted, false, "an unterminated quoted field");
  assert.deepEqual([record, field], [[], ""], "the last record ends with CRLF");
  return records;
}

test("CSV of quotes: RFC 4180 records, one per quote, with speaker, roles and paragraph", (t) => {
  const text = readFileSync(NATO, "utf8");
  const { doc, csv } = fromCli(NATO);
  const [header, ...rows] = parseCsv(csv);
  assert.deepEqual(header, QUOTES_CSV_COLUMNS);
  assert.deepEqual(header, ["speaker", "roles", "affiliation", "kind", "cue", "quote", "paragraph", "outlet"]);
  assert.equal(rows.length, doc.quotes.length);
  rows.forEach((row, idx) => {
    assert.equal(row.length, 8);
    const q = doc.quotes[idx];
    assert.equal(row[5], q.spans.map(([s, e]) => text.slice(s, e)).join(" \u2026 "));
    assert.equal(row[3], q.kind);
  });
  const remarked = rows.find((r) => r[4] === "remarked");
  assert.deepEqual(remarked.slice(0, 4), ["Sergey Lavrov", "Foreign Minister", "Russia", "direct"]);
  assert.equal(remarked[6], "2");
  assert.ok(rows.some((r) => r[7] === "AFP"), "an outlet");
  // Commas and tabs in a quote survive the round trip (doubled quotation marks: the unit test in src/export/csv.rs).
  const dir = mkdtempSync(join(tmpdir(), "newsmark-csv-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "a.txt"), SYNTHETIC["synthetic-csv.txt"]);
  const tricky = parseCsv(cli(join(dir, "a.txt"), "--format", "csv")).slice(1);
  assert.ok(tricky.some((r) => r[5] === "No, no, and\tno: it is 5,000 too many."), JSON.stringify(tricky));
});

/** A virtual environment with spaCy from PyPI, made once and kept in target/. */
function spacyPython() {
  const venv = join(ROOT, "target", "spacy-venv");
  const python = join(venv, "bin", "python");
  const ready = join(venv, ".spacy-installed");
  if (!existsSync(ready)) {
    rmSync(venv, { recursive: true, force: true });
    execFileSync("python3", ["-m", "venv", venv], { stdio: "inherit" });
    execFileSync(python, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "spacy==3.8.18"], { stdio: "inherit" });
    writeFileSync(ready, "spacy 3.8.18\n");
  }
  return python;
}

test("displaCy: real spaCy renders the export, each entity marked with its text and label", { timeout: 900_000 }, (t) => {
  const python = spacyPython();
  const text = readFileSync(NATO, "utf8");
  const { doc, displacy } = fromCli(NATO);
  const data = JSON.parse(displacy);
  assert.equal(data.text, text);
  assert.equal(data.title, "nato-spending-lavrov.txt");
  const dir = mkdtempSync(join(tmpdir(), "newsmark-displacy-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "doc.json"), displacy);
  const script = `
import html, json, re, sys
from spacy import displacy
data = json.load(open(sys.argv[1], encoding="utf-8"))
rendered = displacy.render(data, style="ent", manual=True, page=False, jupyter=False)
marks = re.findall(r'<mark class="entity"[^>]*>\\s*(.*?)\\s*<span[^>]*>(.*?)</span>\\s*</mark>', rendered, re.S)
out = {"marks": [[html.unescape(t), label] for t, label in marks],
       "sliced": [[data["text"][e["start"]:e["end"]], e["label"]] for e in data["ents"]],
       "title": data["title"] in rendered}
print(json.dumps(out))
`;
  const res = JSON.parse(execFileSync(python, ["-c", script, join(dir, "doc.json")]).toString());
  assert.ok(res.title, "the title is drawn");
  assert.equal(res.marks.length, data.ents.length, "spaCy draws every entity");
  assert.deepEqual(res.marks, res.sliced, "each mark holds the text its code-point offsets slice");
  assert.ok(res.sliced.some(([s, label]) => s === "Sergey Lavrov" && label === "PERSON"));
  assert.ok(res.sliced.some(([s, label]) => s === "Thursday" && label === "DATE"));
  assert.ok(data.ents.length >= doc.entities.length, "names, times and numbers");
});

test("the command line names the export formats, and refuses one with --jsonl", () => {
  const run = (...args) => spawnSync(CLI, ["annotate", ...args], { input: "", encoding: "utf8" });
  const unknown = run(NATO, "--format", "conll");
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /choose json, html, displacy, brat, webanno or csv/);
  const jsonl = run("--jsonl", "--format", "brat");
  assert.equal(jsonl.status, 2);
  assert.match(jsonl.stderr, /drop --format/);
  // Standard input works too; a displaCy title comes only from a file name.
  const stdin = spawnSync(CLI, ["annotate", "--format", "displacy"], { input: "Sergey Lavrov spoke.", encoding: "utf8" });
  assert.equal(stdin.status, 0);
  assert.deepEqual(JSON.parse(stdin.stdout), { text: "Sergey Lavrov spoke.", ents: [{ start: 0, end: 13, label: "PERSON" }], title: null });
});
