//! Standard exports of a newsmark document: displaCy, brat standoff, W3C Web Annotation and a CSV of quotes.
//
// Plain JavaScript, shared by the page and the npm package (which copies this
// file). `src/export/` is its Rust twin behind `newsmark annotate --format`;
// a test requires both to write the same bytes for every test article, so a
// rule changed here is changed there. The rules, written once:
// - every offset an export writes counts code points (what Python and brat
//   slice with), whatever unit the document's `offsets` says;
// - a quote's speaker is named by its cluster's `name` when it has one, else
//   by the text of its `speaker` mention, else it has none;
// - JSON exports are objects; written out, they are `JSON.stringify(value,
//   null, 2)`, which is what the command line prints (plus a line break);
// - numbers in text are written as `String(number)` writes them.
//
// Each function takes the annotated `text` and the `doc` that `annotate`
// returned for it.

const CONTEXT = "http://www.w3.org/ns/anno.jsonld";
const COLLECTION = "urn:newsmark:annotations";
const SOURCE = "urn:newsmark:text";
/** How many code points of context a TextQuoteSelector keeps on each side. */
const CONTEXT_CHARS = 32;
export const QUOTES_CSV_COLUMNS = ["speaker", "roles", "affiliation", "kind", "cue", "quote", "paragraph", "outlet"];

/**
 * Reads `doc`'s offsets in its own unit: `cp(offset)` gives the code-point
 * offset, `at(cpOffset)` the UTF-16 index of a code-point offset,
 * `cpOf16(index)` the code-point offset of a UTF-16 index, and
 * `slice(start, end)` the text.
 */
function reader(text, doc) {
  const unit = doc?.offsets ?? "utf16";
  if (!["utf16", "codepoint", "utf8"].includes(unit)) {
    throw new Error(`unknown offsets ${JSON.stringify(unit)}: pass a document from annotate()`);
  }
  // utf16Of[i] is the UTF-16 index of code point i, and its last entry text.length;
  // cpOf16[u] the code point at UTF-16 index u (-1 inside a surrogate pair).
  const utf16Of = [];
  const cpOf16 = new Int32Array(text.length + 1).fill(-1);
  const cpOf8 = unit === "utf8" ? new Map() : null;
  let utf8 = 0;
  let u16 = 0;
  for (const ch of text) {
    cpOf16[u16] = utf16Of.length;
    cpOf8?.set(utf8, utf16Of.length);
    utf16Of.push(u16);
    const code = ch.codePointAt(0);
    utf8 += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    u16 += ch.length;
  }
  const nChars = utf16Of.length;
  utf16Of.push(text.length);
  cpOf16[text.length] = nChars;
  cpOf8?.set(utf8, nChars);
  const cp = (offset) => {
    const found = unit === "codepoint" ? Math.min(offset, nChars) : unit === "utf16" ? cpOf16[offset] : cpOf8.get(offset);
    if (found === undefined || found < 0) {
      throw new Error(`offset ${offset} is not on a character boundary of the text: pass the text that was annotated`);
    }
    return found;
  };
  return {
    cp,
    nChars,
    at: (cpOffset) => utf16Of[Math.min(cpOffset, nChars)],
    cpOf16: (index) => cpOf16[index],
    slice: (start, end) => text.slice(utf16Of[cp(start)], utf16Of[cp(end)]),
  };
}

function clusterOf(doc, quote) {
  if (quote.speaker_cluster === null || quote.speaker_cluster === undefined) return null;
  return (doc.clusters ?? []).find((c) => c.id === quote.speaker_cluster) ?? null;
}

/** Who said `quote`: its cluster's name, else its speaker mention, else null. */
export function speakerName(doc, quote) {
  const cluster = clusterOf(doc, quote);
  if (cluster) return cluster.name;
  return quote.speaker ? quote.speaker.text : null;
}

function valueText(quantity) {
  const value = quantity.value === null || quantity.value === undefined ? null : String(quantity.value);
  const unit = quantity.unit ?? null;
  if (value !== null && unit !== null) return `${value} ${unit}`;
  return value ?? unit;
}

/**
 * displaCy's manual format `{text, ents, title}` for
 * `displacy.render(data, style="ent", manual=True)`: names, times and
 * numbers with our labels, in code points. displaCy draws entities that do
 * not overlap, so they are sorted by start (the longer first, then names
 * before times before numbers) and any that overlaps one kept before it is
 * left out. `options.title` is shown above the text (default null).
 */
export function toDisplacy(text, doc, { title = null } = {}) {
  const r = reader(text, doc);
  const spans = [
    ...(doc.entities ?? []).map((e) => [e.start, e.end, e.label]),
    ...(doc.times ?? []).map((t) => [t.start, t.end, t.type]),
    ...(doc.quantities ?? []).map((q) => [q.start, q.end, q.type]),
  ];
  // Array.prototype.sort is stable: names stay before times before numbers on ties.
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const ents = [];
  let keptEnd = 0;
  for (const [start, end, label] of spans) {
    if (start < keptEnd || start >= end) continue;
    keptEnd = end;
    ents.push({ start: r.cp(start), end: r.cp(end), label });
  }
  return { text, ents, title };
}

/**
 * brat standoff `.ann` content: T lines for names, times, numbers, quotes,
 * cues, speakers and outlets; R lines from each quote to its cue, speaker
 * and outlet; an A line for each quote's kind; `#` notes with values and
 * who spoke. Offsets count code points. A text-bound annotation never
 * crosses a line break: it is split there into fragments, and its text is
 * the fragments' text joined with one space. One with no fragment left is
 * left out, with its relations.
 */
export function toBrat(text, doc) {
  const r = reader(text, doc);
  const lines = [];
  let nText = 0;
  let nRelation = 0;
  let nAttribute = 0;
  let nNote = 0;
  const textBound = (kind, spans) => {
    const fragments = [];
    for (const [start, end] of spans) {
      const [from16, to16] = [r.at(r.cp(start)), r.at(r.cp(end))];
      let from = Math.min(from16, to16);
      for (let idx = from; idx <= to16; idx++) {
        const c = idx < to16 ? text[idx] : "\n";
        if (c === "\n" || c === "\r") {
          if (idx > from) fragments.push([from, idx]);
          from = idx + 1;
        }
      }
    }
    if (fragments.length === 0) return null;
    nText += 1;
    const offsets = fragments.map(([s, e]) => `${r.cpOf16(s)} ${r.cpOf16(e)}`);
    lines.push(`T${nText}\t${kind} ${offsets.join(";")}\t${fragments.map(([s, e]) => text.slice(s, e)).join(" ")}`);
    return nText;
  };
  const relation = (kind, from, to) => lines.push(`R${++nRelation}\t${kind} Arg1:T${from} Arg2:T${to}`);
  const attribute = (kind, target, value) => lines.push(`A${++nAttribute}\t${kind} T${target} ${value}`);
  const note = (target, value) => lines.push(`#${++nNote}\tAnnotatorNotes T${target}\t${value.replace(/[\n\r\t]/g, " ")}`);

  for (const e of doc.entities ?? []) textBound(e.label, [[e.start, e.end]]);
  for (const t of doc.times ?? []) {
    const id = textBound(t.type, [[t.start, t.end]]);
    if (id !== null) note(id, t.value);
  }
  for (const q of doc.quantities ?? []) {
    const id = textBound(q.type, [[q.start, q.end]]);
    const value = valueText(q);
    if (id !== null && value !== null) note(id, value);
  }
  for (const q of doc.quotes ?? []) {
    const quote = textBound("Quote", q.spans);
    if (quote === null) continue;
    const mention = (kind, m) => (m ? textBound(kind, [[m.start, m.end]]) : null);
    const targets = [["Cue", mention("Cue", q.cue)], ["Speaker", mention("Speaker", q.speaker)], ["Outlet", mention("Outlet", q.outlet)]];
    for (const [kind, target] of targets) if (target !== null) relation(kind, quote, target);
    attribute("Kind", quote, q.kind);
    const name = speakerName(doc, q);
    if (name !== null) note(quote, name);
  }
  return lines.map((l) => `${l}\n`).join("");
}

/**
 * W3C Web Annotation: an `AnnotationCollection` in JSON-LD whose first and
 * only `AnnotationPage` is embedded with one annotation per name, time,
 * number and quote. Each target selects its text by a
 * `TextPositionSelector` (code points) and a `TextQuoteSelector` (`exact`,
 * and up to 32 code points of `prefix` and `suffix`); a broken quote has a
 * target per piece. Bodies: the label (`tagging`), a value (`describing`), a
 * quote's kind (`classifying`) and who said it (`identifying`).
 * `options.source` is the IRI of the text and `options.id` that of the
 * collection.
 */
export function toWebAnnotation(text, doc, { source = SOURCE, id = COLLECTION } = {}) {
  const r = reader(text, doc);
  const target = (start, end) => {
    const [cs, ce] = [r.cp(start), r.cp(end)];
    const before = r.at(Math.max(0, cs - CONTEXT_CHARS));
    const after = r.at(Math.min(r.nChars, ce + CONTEXT_CHARS));
    const [s16, e16] = [r.at(cs), r.at(ce)];
    return {
      source,
      selector: [
        { type: "TextPositionSelector", start: cs, end: ce },
        { type: "TextQuoteSelector", exact: text.slice(s16, e16), prefix: text.slice(before, s16), suffix: text.slice(e16, after) },
      ],
    };
  };
  const body = (purpose, value) => ({ type: "TextualBody", purpose, value });
  const items = [];
  for (const e of doc.entities ?? []) items.push([[body("tagging", e.label)], target(e.start, e.end)]);
  for (const t of doc.times ?? []) items.push([[body("tagging", t.type), body("describing", t.value)], target(t.start, t.end)]);
  for (const q of doc.quantities ?? []) {
    const value = valueText(q);
    const bodies = [body("tagging", q.type)];
    if (value !== null) bodies.push(body("describing", value));
    items.push([bodies, target(q.start, q.end)]);
  }
  for (const q of doc.quotes ?? []) {
    if (!q.spans.length) continue;
    const bodies = [body("tagging", "QUOTE"), body("classifying", q.kind)];
    const name = speakerName(doc, q);
    if (name !== null) bodies.push(body("identifying", name));
    const targets = q.spans.map(([s, e]) => target(s, e));
    items.push([bodies, targets.length === 1 ? targets[0] : targets]);
  }
  return {
    "@context": CONTEXT,
    id,
    type: "AnnotationCollection",
    label: "newsmark annotations",
    total: items.length,
    first: {
      id: `${id}#page1`,
      type: "AnnotationPage",
      startIndex: 0,
      items: items.map(([b, t], idx) => ({ id: `${id}#a${idx + 1}`, type: "Annotation", body: b, target: t })),
    },
  };
}

function csvField(field) {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * A CSV of the quotes, as RFC 4180 says (a header row, CRLF after every
 * record, fields quoted when they hold a comma, a quotation mark or a line
 * break). Columns: speaker, roles and affiliation (of the speaker's
 * cluster, joined by "; "), kind, cue, quote (a broken quote's pieces joined
 * by " … "), paragraph (1-based, where the quote starts) and outlet.
 */
export function toQuotesCsv(text, doc) {
  const r = reader(text, doc);
  const paragraphs = doc.paragraphs ?? [];
  const paragraphOf = (at) => {
    let lo = 0;
    let hi = paragraphs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid].start <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? "" : String(lo);
  };
  const rows = [QUOTES_CSV_COLUMNS];
  for (const q of doc.quotes ?? []) {
    const cluster = clusterOf(doc, q);
    rows.push([
      speakerName(doc, q) ?? "",
      cluster ? cluster.roles.join("; ") : "",
      cluster ? cluster.affiliations.join("; ") : "",
      q.kind,
      q.cue ? q.cue.text : "",
      q.spans.map(([s, e]) => r.slice(s, e)).join(" \u2026 "),
      q.spans.length ? paragraphOf(q.spans[0][0]) : "",
      q.outlet ? q.outlet.text : "",
    ]);
  }
  return rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}
