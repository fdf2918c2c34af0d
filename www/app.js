//! The page's controller: reads the article, asks the engine to annotate it,
//! and shows the result (article, legend, panel, ledger, notices, status);
//! keeps the date in use honest, the user's corrections, the filter and
//! the search.

import { applyEdits, cardRef, describeEdit, personRef, quoteRef } from "./corrections.js";
import { describeSpan, timeInWords } from "./describe.js";
import { el, fmt, plural } from "./dom.js";
import { Engine } from "./engine.js";
import { embedded } from "./embedded.js";
import { toBrat, toDisplacy, toQuotesCsv, toWebAnnotation } from "./exports.js";
import { htmlToText, looksLikeHtml } from "./html-to-text.js";
import { countLedger, ledgerCsv } from "./ledger.js";
import { dateInUse, drawLedger, drawPanel } from "./panel.js";
import { FULL_CHARS, renderArticle } from "./render.js";
import { clustersById, outletName, speakerOf } from "./speakers.js";

const SAMPLE_URL = "samples/nato-spending-lavrov.txt";
const SAMPLE_DATE = "2025-07-04";
/** Texts longer than this show the progress bar at once; shorter ones only if slow. */
const LONG_TEXT = 100_000;
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Corrections are kept for this many texts (the latest ones). */
const MAX_CORRECTED_TEXTS = 8;
/** The search lists at most this many results. */
const MAX_RESULTS = 20;
/**
 * A text longer than this is folded away in the text box once pasted: the
 * browser takes about a second to lay out megabytes in a <textarea>, and
 * then a tenth of a second or more per keystroke in it.
 */
const FOLD_CHARS = 1_000_000;
const EMPTY_LINE = "Nothing to annotate yet: paste an article, drop a .txt or .html file, or press Sample article.";

const $ = (id) => document.getElementById(id);
const ui = {
  text: $("text"),
  folded: $("folded"),
  foldedText: $("folded-text"),
  unfold: $("unfold"),
  annotate: $("annotate"),
  sample: $("sample"),
  file: $("file"),
  date: $("date"),
  dateStatus: $("date-status"),
  dateWarning: $("date-warning"),
  drop: $("drop"),
  progressBox: $("progress-box"),
  progress: $("progress"),
  progressLabel: $("progress-label"),
  status: $("status"),
  notices: $("notices"),
  results: $("results"),
  reportMeta: $("report-meta"),
  legend: $("legend"),
  show: $("show"),
  search: $("search"),
  searchResults: $("search-results"),
  clear: $("clear-selection"),
  chips: $("chips"),
  filterStatus: $("filter-status"),
  tabs: $("tabs"),
  article: $("article"),
  panel: $("panel"),
  ledger: $("ledger"),
  tip: $("tip"),
  copy: $("copy-json"),
  download: $("download-json"),
  csv: $("download-csv"),
  copyQuotes: $("copy-quotes"),
  undo: $("undo"),
  version: $("version"),
};

const engine = new Engine();
const engineReady = engine.start();
const phone = matchMedia("(max-width: 700px)");

const state = {
  run: 0,
  /** How many times results were drawn: tests wait for it to change. */
  drawn: 0,
  /** What the annotator returned for the text on screen: {doc, text, ms, total, dateline}. */
  raw: null,
  /** The document on screen: the annotator's, with the user's corrections applied. */
  doc: null,
  view: null,
  hidden: new Set(),
  edits: [],
  search: { index: null, hits: [], next: 0 },
};
/** Corrections per text, so that they survive annotating the same text again. */
const editsByText = new Map();

/**
 * The date sent to the annotator. A date the user typed (or the sample's)
 * belongs to the text it was typed for: `text`. It is dropped when the text
 * is replaced, so that each new article starts from its own dateline.
 */
const dates = { value: "", origin: null, text: null, kept: null };

function showNotice(kind, message, { code = "", alert = false } = {}) {
  const notice = el("div", { class: `notice ${kind}`, role: alert ? "alert" : "note", dataset: { code } },
    el("strong", { text: kind === "error" ? "Error: " : kind === "warning" ? "Warning: " : "Note: " }),
    el("span", { text: message }));
  ui.notices.append(notice);
  return notice;
}

// Progress: the annotator's stages fill the bar to 85%, receiving the result
// to 90%, and drawing it the rest; the label says what runs and for how long.
const STAGE_WORDS = {
  starting: "starting", normalise: "reading the text", segment: "finding paragraphs and sentences", names: "finding names",
  times: "finding times", quantities: "finding numbers", quotes: "finding quotes", clusters: "grouping people",
  finish: "finishing", done: "receiving the result", render: "drawing",
};
const progress = { stage: "starting", done: 0, since: 0, timer: null };

function setProgress(stage, done) {
  progress.stage = stage;
  progress.done = Math.max(0, Math.min(1, done));
  ui.progressBox.hidden = false;
  ui.progressBox.dataset.stage = stage;
  drawProgress();
  if (!progress.timer) progress.timer = setInterval(drawProgress, 500);
}

function drawProgress() {
  ui.progress.value = progress.done;
  const seconds = (performance.now() - progress.since) / 1000;
  ui.progressLabel.textContent = `Annotating: ${STAGE_WORDS[progress.stage] ?? progress.stage}… ${Math.floor(progress.done * 100)}%`
    + (seconds >= 1 ? ` · ${seconds.toFixed(0)} s` : "");
}

function hideProgress() {
  clearInterval(progress.timer);
  progress.timer = null;
  ui.progressBox.hidden = true;
  ui.progress.value = 0;
}

/** Whether `next` is an edit of `prev` rather than another text: most of it is shared at the ends. */
function isSameText(prev, next) {
  if (prev === null) return false;
  if (prev === next) return true;
  const n = Math.min(prev.length, next.length);
  let head = 0;
  while (head < n && prev.charCodeAt(head) === next.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < n - head && prev.charCodeAt(prev.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)) tail++;
  return head + tail >= 0.5 * Math.max(prev.length, next.length);
}

/** Annotates the text box's text and shows the result; `replaced` when the text was set wholesale (a file). */
async function annotateNow({ replaced = false } = {}) {
  const run = ++state.run;
  const text = ui.text.value;
  fold(text);
  ui.notices.replaceChildren();
  // A date typed for another text does not carry over.
  let dropped = null;
  if (dates.value && (replaced || !isSameText(dates.text, text))) {
    dropped = { value: dates.value, origin: dates.origin };
    setDate("", null);
  }
  if (dates.value) dates.text = text;
  if (!text.trim()) {
    showEmpty(dropped);
    return;
  }
  ui.status.textContent = text.length > LONG_TEXT ? `Annotating ${plural(text.length, "character")}…` : "Annotating…";
  progress.since = performance.now();
  let progressTimer = null;
  let last = { stage: "starting", done: 0 };
  if (text.length > LONG_TEXT) setProgress("starting", 0);
  else progressTimer = setTimeout(() => setProgress(last.stage, last.done), 200);
  // What is on screen belongs to the previous text: dimmed, and out of reach until replaced.
  if (!ui.results.hidden) {
    ui.results.classList.add("stale");
    ui.results.inert = true;
    ui.results.setAttribute("aria-busy", "true");
  }
  ui.annotate.setAttribute("aria-busy", "true");
  const t0 = performance.now();
  try {
    await engineReady;
    const options = dates.value ? { date: dates.value } : {};
    const result = await engine.annotate(text, options, (stage, done) => {
      if (run !== state.run) return;
      last = { stage, done: done * 0.85 };
      if (!ui.progressBox.hidden) setProgress(stage, last.done);
    });
    if (run !== state.run) return;
    clearTimeout(progressTimer);
    if (!ui.progressBox.hidden) setProgress("done", 0.88);
    state.raw = { ...result, text, total: performance.now() - t0, dropped };
    state.edits = editsByText.get(text) ?? [];
    await redraw({ run });
  } catch (error) {
    if (run !== state.run) return;
    clearTimeout(progressTimer);
    hideProgress();
    ui.status.textContent = "Not annotated.";
    ui.results.inert = false;
    ui.results.removeAttribute("aria-busy");
    showNotice("error", String(error?.message ?? error), { alert: true });
  } finally {
    if (run === state.run) ui.annotate.removeAttribute("aria-busy");
  }
}

function showEmpty(dropped) {
  state.raw = null;
  state.doc = null;
  state.view?.destroy?.();
  state.view = null;
  hideProgress();
  ui.results.hidden = true;
  ui.results.classList.remove("stale");
  ui.results.inert = false;
  ui.dateWarning.hidden = true;
  ui.status.textContent = EMPTY_LINE;
  drawDateStatus(null, dropped);
  ui.results.dataset.ready = String(++state.drawn);
}

/** Folds the text box away for a text over FOLD_CHARS (unless the user unfolded this text), and back for a shorter one. */
function fold(text) {
  const on = text.length > FOLD_CHARS && !isSameText(state.unfolded ?? null, text);
  if (on === ui.text.hidden) return;
  ui.text.hidden = on;
  ui.folded.hidden = !on;
  ui.foldedText.textContent = on
    ? `${plural(text.length, "character")} of text, folded away so that the page stays quick (editing a text this long in the browser is slow). `
    : "";
}

function setDate(value, origin) {
  dates.value = value;
  dates.origin = value ? origin : null;
  dates.text = value ? ui.text.value : null;
  dates.kept = null;
  ui.date.value = value;
}

/**
 * Draws the result of the last run, with the corrections for its text
 * applied. `run` is the run it belongs to; a redraw after a correction
 * keeps the reader's place.
 */
async function redraw({ run = state.run, keepScroll = false } = {}) {
  const { text } = state.raw;
  let rawDoc = state.raw.doc;
  // A document from a core without the ledger (or a stand-in) gets one counted here.
  if (!Array.isArray(rawDoc.sources)) rawDoc = { ...rawDoc, ...countLedger(rawDoc, text) };
  const { doc, failed } = applyEdits(rawDoc, text, state.edits);
  ui.notices.replaceChildren();
  if (failed.length) {
    state.edits = state.edits.filter((e) => !failed.includes(e));
    saveEdits(text);
    showNotice("warning", `${plural(failed.length, "correction")} no longer matched the text and ${failed.length === 1 ? "was" : "were"} dropped`);
  }
  state.doc = doc;
  const scroll = keepScroll ? window.scrollY : null;
  const longRender = text.length > FULL_CHARS;
  if (longRender) setProgress("render", 0.9);
  const view = await renderArticle(ui.article, doc, text, {
    hidden: state.hidden,
    isCurrent: () => run === state.run,
    onProgress: (done) => longRender && run === state.run && setProgress("render", 0.9 + 0.1 * done),
    onFocusSpan: (id, mark, how) => showTip(id, mark, how),
    onBlurSpan: (how) => hideTip(how),
    onActivate: (id) => activate(id),
  });
  if (!view || run !== state.run) return;
  state.view = view;
  // On a phone, going to a span shows the article first.
  const goTo = view.goTo;
  view.goTo = (target) => {
    if (phone.matches) showTab("article");
    return goTo(target);
  };
  ui.article.classList.toggle("chips", ui.chips.checked);
  state.search.index = null;
  const full = text.length <= FULL_CHARS;
  for (const d of rawDoc.diagnostics ?? []) {
    if (d.code === "empty-text" || d.code === "no-content") continue;
    showNotice(d.severity === "warning" ? "warning" : "info", d.message, { code: d.code });
  }
  drawLegend(view);
  drawPanel(ui.panel, {
    doc, view, text, ms: state.raw.ms, full, origin: dates.origin, edits: state.edits,
    on: { reassign, dismiss, merge, undo, showSources: () => { showTab("speakers"); ui.ledger.scrollIntoView({ block: "start" }); } },
  });
  drawLedger(ui.ledger, { doc, text, full });
  syncTabRoles();
  fillShowOptions(doc, view);
  applyMatches();
  drawDateStatus(doc, state.raw.dropped);
  drawDateWarning(state.raw.dateline);
  drawUndo();
  ui.reportMeta.textContent = `newsmark ${engine.version} · date in use: ${dateInUse(doc, dates.origin)} · `
    + `${plural(doc.paragraphs?.length ?? 0, "paragraph")}, ${plural(doc.quotes?.length ?? 0, "quote")}`
    + (state.edits.length ? `, ${plural(state.edits.length, "correction")} by the editor` : "");
  const nSentences = doc.sentences?.length ?? 0;
  const nParagraphs = doc.paragraphs?.length ?? 0;
  ui.status.textContent = `${plural(text.length, "character")}, ${plural(nParagraphs, "paragraph")}, `
    + `${plural(nSentences, "sentence")}: annotated in ${state.raw.ms.toFixed(1)} ms`
    + ` (${engine.mode}; ${state.raw.total.toFixed(0)} ms in all)`;
  ui.results.hidden = false;
  ui.results.classList.remove("stale");
  ui.results.inert = false;
  ui.results.removeAttribute("aria-busy");
  if (scroll !== null) window.scrollTo(0, scroll);
  hideProgress();
  ui.results.dataset.ready = String(++state.drawn);
  ui.results.dataset.edits = String(state.edits.length);
}

// Dates.

function drawDateStatus(doc, dropped) {
  const parts = [];
  const words = (value) => {
    const w = timeInWords("DATE", value);
    return w ? ` (${w})` : "";
  };
  if (!doc) {
    parts.push("Date in use: none yet. An article is read against its own dateline; a date you type applies to that text only.");
  } else if (!doc.date) {
    parts.push("Date in use: none. The text has no dateline, so relative dates (\u201cThursday\u201d, \u201clast week\u201d) stay unresolved; type the article's date to resolve them.");
  } else if (doc.date.source === "dateline") {
    const line = state.raw.text.slice(doc.date.start, doc.date.end).replace(/\s+/g, " ").trim();
    parts.push(`Date in use: ${doc.date.value}${words(doc.date.value)}, from the article's dateline \u201c${line}\u201d.`);
  } else if (dates.origin === "sample") {
    parts.push(`Date in use: ${doc.date.value}${words(doc.date.value)}, the sample article's date. Replacing the text clears it.`);
  } else {
    parts.push(`Date in use: ${doc.date.value}${words(doc.date.value)}, typed by you. It applies to this text only: replacing the text clears it.`);
  }
  if (dropped) parts.push(`The date ${dropped.value} was for the previous text and has been cleared.`);
  if (doc?.date?.source === "caller" && dates.kept) parts.push(`(The dateline says ${dates.kept}; you chose to keep ${doc.date.value}.)`);
  ui.dateStatus.textContent = parts.join(" ");
  ui.dateStatus.dataset.source = doc?.date?.source ?? "none";
}

function drawDateWarning(dateline) {
  const typed = dates.value;
  if (!typed || !dateline || dateline.value === typed || dates.kept === dateline.value) {
    ui.dateWarning.hidden = true;
    ui.dateWarning.replaceChildren();
    return;
  }
  const whose = dates.origin === "sample" ? "the sample's date" : "the date you typed";
  const line = state.raw.text.slice(dateline.start, dateline.end).replace(/\s+/g, " ").trim();
  ui.dateWarning.replaceChildren(
    el("p", {},
      el("strong", { text: "The dates disagree: " }),
      `the article's dateline \u201c${line}\u201d says ${dateline.value}, but its dates are resolved against ${typed}, ${whose}.`),
    el("p", { class: "choices" },
      el("button", { type: "button", class: "primary", onclick: () => { setDate("", null); annotateNow(); } }, `Use the dateline's date, ${dateline.value}`),
      el("button", { type: "button", onclick: () => {
        dates.kept = dateline.value;
        drawDateWarning(dateline);
        drawDateStatus(state.doc, null);
        ui.date.focus();
      } }, `Keep ${typed}`)));
  ui.dateWarning.hidden = false;
}

// The legend and the layer switches.

function drawLegend(view) {
  ui.legend.querySelectorAll(":scope > :not(legend)").forEach((n) => n.remove());
  const entries = [
    { key: "sentences", title: "Sentence boundaries", count: state.doc.sentences?.length ?? 0 },
    ...view.layers.map((l) => ({ key: l.key, title: l.title, count: l.items.length, layer: l })),
  ];
  for (const entry of entries) {
    const id = `layer-${entry.key}`;
    const box = el("input", { type: "checkbox", id, dataset: { layer: entry.key } });
    box.checked = !state.hidden.has(entry.key);
    box.addEventListener("change", () => state.view.setLayerVisible(entry.key, box.checked));
    if (!entry.count) box.disabled = true;
    const labels = entry.layer
      ? [...new Set(entry.layer.items.slice(0, 50_000).map((item) => entry.layer.label(item)).filter(Boolean))]
      : [];
    ui.legend.append(el("span", { class: `layer${entry.count ? "" : " none"}` },
      box,
      el("label", { for: id },
        el("span", { class: "swatch", dataset: { layer: entry.key }, "aria-hidden": "true" }),
        `${entry.title} `,
        el("span", { class: "count", text: entry.count ? `(${fmt.format(entry.count)})` : "(none)" })),
      labels.length
        ? el("span", { class: "chips" }, ...labels.map((label) =>
          el("mark", { class: "hl chip", dataset: { layer: entry.key, label }, text: label.toLowerCase() })))
        : null));
  }
}

// Values where the eye is: the tooltip of a highlight.

const tip = { id: null, mark: null, how: null, focused: null };

function showTip(id, mark, how) {
  if (how === "focus" || how === "tap") tip.focused = { id, mark };
  const span = state.view?.spans[id];
  if (!span || !state.doc) return;
  const { title, value, more } = describeSpan(span, state.doc, state.raw.text);
  ui.tip.replaceChildren(...[
    el("span", { class: "tip-title", text: title }),
    value ? el("span", { class: "tip-value", text: value }) : null,
    more ? el("span", { class: "tip-more", text: more }) : null,
  ].filter(Boolean));
  tip.mark?.removeAttribute("aria-describedby");
  tip.id = id;
  tip.mark = mark;
  tip.how = how;
  mark.setAttribute("aria-describedby", "tip");
  ui.tip.dataset.span = String(id);
  ui.tip.hidden = false;
  placeTip();
}

function hideTip(how) {
  if (how === "focus" || how === "all") tip.focused = null;
  if (how === "hover" && tip.focused?.mark.isConnected) {
    // Back to the highlight that has the focus.
    showTip(tip.focused.id, tip.focused.mark, "focus");
    return;
  }
  if (how !== "all" && how !== tip.how && !(how === "focus" && tip.how === "tap")) return;
  tip.mark?.removeAttribute("aria-describedby");
  tip.id = tip.mark = tip.how = null;
  ui.tip.hidden = true;
}

function placeTip() {
  if (!tip.mark?.isConnected) return;
  const rect = tip.mark.getClientRects()[0] ?? tip.mark.getBoundingClientRect();
  const box = ui.tip.getBoundingClientRect();
  const below = rect.bottom + 6 + box.height < innerHeight;
  ui.tip.style.top = `${Math.round(below ? rect.bottom + 6 : Math.max(4, rect.top - 6 - box.height))}px`;
  ui.tip.style.left = `${Math.round(Math.max(4, Math.min(rect.left, innerWidth - box.width - 4)))}px`;
}

let placing = false;
addEventListener("scroll", () => {
  if (ui.tip.hidden || placing) return;
  placing = true;
  requestAnimationFrame(() => {
    placing = false;
    placeTip();
  });
}, { passive: true });
document.addEventListener("pointerdown", (event) => {
  if (!ui.tip.hidden && !event.target.closest?.("mark.hl, #tip")) hideTip("all");
});

/** Enter on a highlight: select what it belongs to (a person's mentions and quotes, or its own pieces). */
function activate(id) {
  const view = state.view;
  const span = view.spans[id];
  let ids = [id];
  if (span.cluster !== null && span.cluster !== undefined) ids = view.clusterSpans.get(span.cluster) ?? ids;
  else if (span.layer === "quotes" && span.kind !== "speaker") ids = [...(view.quoteSpans[span.item] ?? []), view.speakerSpans[span.item]].filter((x) => x !== null && x !== undefined);
  view.select(ids);
  ui.filterStatus.textContent = `Selected ${plural(ids.length, "highlight")}. Escape or \u201cClear selection\u201d clears it.`;
}

// Filters and search.

function fillShowOptions(doc, view) {
  const keep = ui.show.value;
  const options = [el("option", { value: "", text: "Everything" })];
  const layers = el("optgroup", { label: "Layers" });
  const labels = el("optgroup", { label: "Types" });
  for (const layer of view.layers) {
    if (!layer.items.length) continue;
    layers.append(el("option", { value: `layer:${layer.key}`, text: `${layer.title} only` }));
    const seen = new Set(layer.items.slice(0, 50_000).map((item) => layer.label(item)).filter(Boolean));
    for (const label of seen) labels.append(el("option", { value: `label:${layer.key}:${label}`, text: `${layer.title}: ${label}` }));
  }
  const people = el("optgroup", { label: "People and organisations" });
  const clusters = [...(doc.clusters ?? [])].sort((a, b) => (b.mentions?.length ?? 0) - (a.mentions?.length ?? 0)).slice(0, 300);
  for (const c of clusters) people.append(el("option", { value: `cluster:${c.id}`, text: `${c.name} (${c.label.toLowerCase()})` }));
  for (const group of [layers, labels, people]) if (group.children.length) options.push(group);
  ui.show.replaceChildren(...options);
  ui.show.value = [...ui.show.options].some((o) => o.value === keep) ? keep : "";
}

/** The span ids the "Show" choice keeps, or null for everything. */
function shownIds() {
  const view = state.view;
  const value = ui.show.value;
  if (!value || !view) return null;
  const [kind, a, b] = value.split(":");
  if (kind === "layer") return view.spans.filter((s) => s.layer === a && s.kind !== "speaker").map((s) => s.id);
  if (kind === "label") return view.spans.filter((s) => s.layer === a && s.label === b && !s.coref).map((s) => s.id);
  if (kind === "cluster") {
    const id = Number(a);
    const ids = [...(view.clusterSpans.get(id) ?? [])];
    (state.doc.quotes ?? []).forEach((q, i) => {
      if (q.speaker_cluster !== id) return;
      ids.push(...(view.quoteSpans[i] ?? []));
      if (view.speakerSpans[i] !== null && view.speakerSpans[i] !== undefined) ids.push(view.speakerSpans[i]);
    });
    return ids;
  }
  return null;
}

/** The search text of every highlight, built once per drawing. */
function searchIndex() {
  if (state.search.index) return state.search.index;
  const { view, doc } = state;
  const text = state.raw.text;
  const clusters = clustersById(doc);
  const index = [];
  for (const s of view.spans) {
    if (s.layer === "sentences" || s.secondary) continue;
    const parts = [s.layer === "quotes" && s.kind !== "speaker" ? "" : text.slice(s.start, s.end), s.label];
    if (s.cluster !== null && s.cluster !== undefined) parts.push(clusters.get(s.cluster)?.name ?? "");
    if (s.layer === "times") parts.push(doc.times?.[s.item]?.value ?? "");
    if (s.layer === "quantities") parts.push(String(doc.quantities?.[s.item]?.value ?? ""), doc.quantities?.[s.item]?.unit ?? "");
    if (s.layer === "quotes") {
      const q = doc.quotes?.[s.item];
      if (q) {
        if (s.kind !== "speaker") parts.push((q.spans ?? []).map(([a, b]) => text.slice(a, b)).join(" "), q.cue?.text ?? "", outletName(q));
        parts.push(speakerOf(q, clusters)?.name ?? "");
      }
    }
    index.push({ id: s.id, hay: parts.join(" ").toLowerCase() });
  }
  state.search.index = index;
  return index;
}

/** The span ids the search box finds, or null when it is empty. */
function searchIds() {
  const terms = ui.search.value.toLowerCase().split(/\s+/).filter(Boolean);
  if (!terms.length || !state.view) return null;
  return searchIndex().filter((e) => terms.every((t) => e.hay.includes(t))).map((e) => e.id);
}

function applyMatches() {
  const view = state.view;
  if (!view) return;
  const shown = shownIds();
  const found = searchIds();
  let ids = shown;
  if (found) ids = shown ? found.filter(((set) => (id) => set.has(id))(new Set(shown))) : found;
  view.setMatches(ids);
  // The cards: only the chosen person's.
  const person = ui.show.value.startsWith("cluster:") ? `cluster:${ui.show.value.slice(8)}` : null;
  for (const card of ui.panel.querySelectorAll("article.card")) {
    card.closest("li").hidden = person !== null && card.dataset.speaker !== person;
  }
  state.search.hits = (found ?? []).map((id) => view.spans[id]).sort((a, b) => a.start - b.start).map((s) => s.id);
  state.search.next = 0;
  drawSearchResults(found);
  const parts = [];
  if (shown) parts.push(`Showing ${ui.show.selectedOptions[0]?.textContent ?? ""}: ${plural(shown.length, "highlight")}`);
  if (found) parts.push(`${plural(found.length, "match", "matches")} for \u201c${ui.search.value.trim()}\u201d${found.length ? " (Enter goes to the next)" : ""}`);
  ui.filterStatus.textContent = parts.length ? `${parts.join("; ")}. Escape or \u201cClear selection\u201d shows everything.` : "";
  ui.results.dataset.filtering = String(ids !== null);
}

function drawSearchResults(found) {
  if (!found) {
    ui.searchResults.hidden = true;
    ui.searchResults.replaceChildren();
    return;
  }
  const view = state.view;
  const text = state.raw.text;
  const groups = new Map();
  for (const id of found) {
    const s = view.spans[id];
    const words = s.layer === "quotes" && s.kind !== "speaker"
      ? (state.doc.quotes?.[s.item]?.spans ?? []).map(([a, b]) => text.slice(a, b)).join(" … ")
      : text.slice(s.start, s.end);
    const key = `${s.layer}\u0000${s.label}\u0000${words.toLowerCase()}`;
    if (!groups.has(key)) groups.set(key, { words, label: s.label, layer: s.layer, ids: [] });
    groups.get(key).ids.push(id);
  }
  const items = [...groups.values()].slice(0, MAX_RESULTS).map((g) => el("li", {},
    el("button", {
      type: "button",
      class: "item",
      onclick: () => {
        view.select(g.ids);
        view.goTo({ span: g.ids[0] });
      },
    }, el("span", { class: "item-text", text: g.words.replace(/\s+/g, " ").slice(0, 120) }),
    g.label ? el("mark", { class: "hl chip badge", dataset: { layer: g.layer, label: g.label }, text: g.label.toLowerCase() }) : null,
    g.ids.length > 1 ? el("span", { class: "count", text: `×${g.ids.length}` }) : null)));
  if (!items.length) items.push(el("li", { class: "none", text: "Nothing found." }));
  ui.searchResults.replaceChildren(...items);
  ui.searchResults.hidden = false;
}

function clearSelection() {
  state.view?.select([]);
  ui.show.value = "";
  ui.search.value = "";
  hideTip("all");
  applyMatches();
  ui.filterStatus.textContent = "Selection cleared.";
}

let searchTimer = null;
ui.search.addEventListener("input", () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(applyMatches, 150);
});
ui.search.addEventListener("keydown", (event) => {
  if (event.key !== "Enter") return;
  event.preventDefault();
  clearTimeout(searchTimer);
  if (!state.search.hits.length) applyMatches();
  const hits = state.search.hits;
  if (!hits.length) return;
  state.view.goTo({ span: hits[state.search.next % hits.length] });
  state.search.next++;
});
ui.show.addEventListener("change", () => {
  applyMatches();
  const first = shownIds()?.[0];
  if (first !== undefined) state.view.goTo({ span: [...shownIds()].sort((a, b) => state.view.spans[a].start - state.view.spans[b].start)[0] });
});
ui.clear.addEventListener("click", clearSelection);
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape" || event.defaultPrevented) return;
  if (event.target.closest?.("select")) return;
  if (!ui.results.hidden) clearSelection();
});
ui.chips.addEventListener("change", () => ui.article.classList.toggle("chips", ui.chips.checked));

// Corrections.

function saveEdits(text) {
  editsByText.delete(text);
  if (state.edits.length) editsByText.set(text, state.edits);
  while (editsByText.size > MAX_CORRECTED_TEXTS) editsByText.delete(editsByText.keys().next().value);
}

async function addEdit(edit) {
  state.edits = [...state.edits, edit];
  saveEdits(state.raw.text);
  await redraw({ keepScroll: true });
  ui.status.textContent = `Corrected: ${describeEdit(edit)}.`;
  ui.undo.focus();
}

function speakerRef(quote) {
  const clusters = clustersById(state.doc);
  const cluster = clusters.get(quote.speaker_cluster);
  if (cluster) return personRef(cluster);
  return quote.speaker?.text ? { speaker: quote.speaker.text.replace(/\s+/g, " ").trim(), name: quote.speaker.text.replace(/\s+/g, " ").trim() } : null;
}

function reassign(index, clusterId) {
  const quote = state.doc.quotes[index];
  const cluster = clustersById(state.doc).get(clusterId);
  if (!quote || !cluster || quote.speaker_cluster === clusterId) return;
  addEdit({ op: "reassign", quote: quoteRef(quote, state.raw.text), from: speakerRef(quote), to: personRef(cluster) });
}

function dismiss(index) {
  const quote = state.doc.quotes[index];
  if (!quote) return;
  addEdit({ op: "dismiss", quote: quoteRef(quote, state.raw.text), speaker: speakerRef(quote) });
}

function merge(fromKey, fromName, intoId) {
  const clusters = clustersById(state.doc);
  const into = clusters.get(intoId);
  if (!into || fromKey === `cluster:${intoId}`) return;
  addEdit({ op: "merge", from: cardRef(fromKey, fromName, clusters), into: personRef(into) });
}

async function undo(i = state.edits.length - 1) {
  if (i < 0 || i >= state.edits.length) return;
  const [edit] = state.edits.slice(i, i + 1);
  state.edits = state.edits.filter((_, k) => k !== i);
  saveEdits(state.raw.text);
  await redraw({ keepScroll: true });
  ui.status.textContent = `Undone: ${describeEdit(edit)}.`;
  (state.edits.length ? ui.undo : ui.panel.querySelector("button.card-name") ?? ui.search).focus();
}

function drawUndo() {
  const last = state.edits[state.edits.length - 1];
  ui.undo.hidden = !last;
  ui.undo.setAttribute("aria-label", last ? `Undo the last correction: ${describeEdit(last)}` : "Undo the last correction");
}

// Phone tabs: Article, Who said what, Names, Times, Numbers.

/** On a phone the views are tab panels; on a wide screen they are all shown, and are not. */
function syncTabRoles() {
  for (const tab of ui.tabs.querySelectorAll("[role=tab]")) {
    for (const id of tab.getAttribute("aria-controls").split(" ")) {
      const panel = document.getElementById(id);
      if (!panel) continue;
      if (phone.matches) {
        panel.setAttribute("role", "tabpanel");
        panel.setAttribute("aria-labelledby", tab.id);
      } else if (panel.getAttribute("role") === "tabpanel") {
        panel.removeAttribute("role");
        panel.removeAttribute("aria-labelledby");
      }
    }
  }
}
phone.addEventListener("change", syncTabRoles);

function showTab(name) {
  ui.results.dataset.tab = name;
  for (const tab of ui.tabs.querySelectorAll("[role=tab]")) {
    const on = tab.dataset.view === name;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
  }
}

ui.tabs.addEventListener("click", (event) => {
  const tab = event.target.closest("[role=tab]");
  if (tab) showTab(tab.dataset.view);
});
ui.tabs.addEventListener("keydown", (event) => {
  const tabs = [...ui.tabs.querySelectorAll("[role=tab]")];
  const i = tabs.indexOf(event.target);
  const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
  if (i < 0 || !step) return;
  const next = tabs[(i + step + tabs.length) % tabs.length];
  showTab(next.dataset.view);
  next.focus();
  event.preventDefault();
});

// Exports.

function download(name, type, body) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function copyText(text, button) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Without clipboard permission, fall back to a selection copy.
    const area = el("textarea", { class: "visually-hidden", "aria-hidden": "true" });
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
  const label = button.textContent;
  button.textContent = "Copied";
  setTimeout(() => (button.textContent = label), 1500);
}

/** The quotes as lines to paste into a story list: speaker, kind and cue, then the words. */
function quotesText() {
  const doc = state.doc;
  const text = state.raw.text;
  const clusters = clustersById(doc);
  return (doc.quotes ?? []).map((q) => {
    const who = speakerOf(q, clusters)?.name ?? "Speaker not found";
    const words = (q.spans ?? []).map(([a, b]) => text.slice(a, b)).join(" … ").replace(/\s+/g, " ").trim();
    const how = [q.kind, q.cue?.text, outletName(q) && `via ${outletName(q)}`].filter(Boolean).join(", ");
    return `${who} (${how}): ${q.kind === "direct" ? `\u201c${words}\u201d` : words}`;
  }).join("\n");
}

const report = (error) => {
  ui.notices.replaceChildren();
  showNotice("error", String(error?.message ?? error), { alert: true });
};

ui.copy.addEventListener("click", () => state.doc && copyText(JSON.stringify(state.doc, null, 2), ui.copy).catch(report));
ui.download.addEventListener("click", () => state.doc && download("newsmark.json", "application/json", JSON.stringify(state.doc, null, 2)));
ui.csv.addEventListener("click", () => state.doc && download("newsmark-sources.csv", "text/csv",
  ledgerCsv(state.doc.sources ?? [], state.doc.source_summary ?? {}, state.raw.text)));
ui.copyQuotes.addEventListener("click", () => state.doc && copyText(quotesText(), ui.copyQuotes).catch(report));
ui.undo.addEventListener("click", () => undo());

// The standard formats (www/exports.js, the same bytes as the command line's --format),
// made from the document on screen: corrections included.
const FORMATS = {
  displacy: ["newsmark.displacy.json", "application/json", (text, doc) => JSON.stringify(toDisplacy(text, doc), null, 2)],
  brat: ["newsmark.ann", "text/plain", toBrat],
  webanno: ["newsmark.webanno.jsonld", "application/ld+json", (text, doc) => JSON.stringify(toWebAnnotation(text, doc), null, 2)],
  quotes: ["newsmark-quotes.csv", "text/csv", toQuotesCsv],
};
for (const button of document.querySelectorAll("[data-format]")) {
  button.addEventListener("click", () => {
    if (!state.doc) return;
    const [name, type, make] = FORMATS[button.dataset.format];
    try {
      download(name, type, make(state.raw.text, state.doc));
    } catch (error) {
      report(error);
    }
  });
}

// Input.

async function loadSample() {
  let text;
  if (embedded) {
    text = embedded.sample;
  } else {
    const res = await fetch(SAMPLE_URL);
    if (!res.ok) throw new Error(`the sample article could not be loaded (HTTP ${res.status})`);
    text = await res.text();
  }
  ui.text.value = text;
  setDate(SAMPLE_DATE, "sample");
  await annotateNow();
}

async function loadFile(file) {
  if (!file) return;
  if (file.size > MAX_FILE_BYTES) {
    ui.notices.replaceChildren();
    showNotice("error", `the file is ${fmt.format(file.size)} bytes; open one under 64 MB`, { alert: true });
    return;
  }
  const raw = await file.text();
  ui.text.value = looksLikeHtml(file.name, file.type, raw) ? htmlToText(raw) : raw;
  await annotateNow({ replaced: true });
}

ui.annotate.addEventListener("click", () => annotateNow());
ui.sample.addEventListener("click", () => loadSample().catch(report));
ui.file.addEventListener("change", () => loadFile(ui.file.files[0]).catch(report).finally(() => (ui.file.value = "")));
ui.text.addEventListener("paste", (event) => {
  // A very long paste goes straight into the folded text box, so the browser never lays it out.
  const pasted = event.clipboardData?.getData("text/plain") ?? "";
  if (pasted.length > FOLD_CHARS) {
    event.preventDefault();
    const { value, selectionStart, selectionEnd } = ui.text;
    ui.text.value = value.slice(0, selectionStart) + pasted + value.slice(selectionEnd);
  }
  fold(ui.text.value);
  setTimeout(() => annotateNow(), 0);
});
ui.unfold.addEventListener("click", () => {
  state.unfolded = ui.text.value;
  fold(ui.text.value);
  ui.text.focus();
});
ui.text.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) annotateNow();
});
ui.date.addEventListener("change", () => {
  setDate(ui.date.value, "typed");
  if (state.doc) annotateNow();
});
ui.drop.addEventListener("dragover", (event) => {
  if (event.dataTransfer?.types.includes("Files")) {
    event.preventDefault();
    ui.drop.classList.add("dragging");
  }
});
ui.drop.addEventListener("dragleave", () => ui.drop.classList.remove("dragging"));
ui.drop.addEventListener("drop", (event) => {
  ui.drop.classList.remove("dragging");
  const file = event.dataTransfer?.files?.[0];
  if (!file) return;
  event.preventDefault();
  loadFile(file).catch(report);
});
$("open-file").addEventListener("click", () => ui.file.click());

showTab("article");
drawDateStatus(null, null);
ui.status.textContent = EMPTY_LINE;
engineReady.then(
  () => {
    ui.version.textContent = engine.version;
    document.documentElement.dataset.engine = engine.mode;
  },
  (error) => showNotice("error", `the annotator could not be loaded: ${error?.message ?? error}`, { alert: true }),
);
