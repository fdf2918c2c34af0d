//! The page's controller: reads the article, asks the engine to annotate it,
//! and shows the result (article, legend, panel, notices, status line).

import { Engine } from "./engine.js";
import { embedded } from "./embedded.js";
import { htmlToText, looksLikeHtml } from "./html-to-text.js";
import { renderArticle } from "./render.js";
import { outletName, speakerCards } from "./speakers.js";

const SAMPLE_URL = "samples/nato-spending-lavrov.txt";
const SAMPLE_DATE = "2025-07-04";
/** Texts longer than this show the progress bar at once; shorter ones only if slow. */
const LONG_TEXT = 100_000;
/** The panel lists at most this many items per section. */
const MAX_ITEMS = 200;
/** A speaker card lists at most this many quotes; pressing the name still marks them all. */
const MAX_CARD_QUOTES = 10;
const MAX_FILE_BYTES = 64 * 1024 * 1024;

const $ = (id) => document.getElementById(id);
const ui = {
  text: $("text"),
  annotate: $("annotate"),
  sample: $("sample"),
  file: $("file"),
  date: $("date"),
  dateHint: $("date-hint"),
  drop: $("drop"),
  progressBox: $("progress-box"),
  progress: $("progress"),
  progressLabel: $("progress-label"),
  status: $("status"),
  notices: $("notices"),
  results: $("results"),
  legend: $("legend"),
  article: $("article"),
  panel: $("panel"),
  copy: $("copy-json"),
  download: $("download-json"),
  version: $("version"),
};

const engine = new Engine();
const engineReady = engine.start();
const state = {
  run: 0,
  doc: null,
  view: null,
  hidden: new Set(),
};

/** An element with `text` set as text content (never parsed as HTML). */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

const fmt = new Intl.NumberFormat("en");
const plural = (n, one, many = `${one}s`) => `${fmt.format(n)} ${n === 1 ? one : many}`;

function showNotice(kind, message, { code = "", alert = false } = {}) {
  const notice = el("div", { class: `notice ${kind}`, role: alert ? "alert" : "note", dataset: { code } },
    el("strong", { text: kind === "error" ? "Error: " : kind === "warning" ? "Warning: " : "Note: " }),
    el("span", { text: message }));
  ui.notices.append(notice);
  return notice;
}

function setProgress(stage, done) {
  ui.progressBox.hidden = false;
  ui.progress.value = Math.max(0, Math.min(1, done));
  ui.progressLabel.textContent = `Annotating: ${stage}… ${Math.round(done * 100)}%`;
  ui.progressBox.dataset.stage = stage;
}

function hideProgress() {
  ui.progressBox.hidden = true;
  ui.progress.value = 0;
}

function options() {
  const opts = {};
  if (ui.date.value) opts.date = ui.date.value;
  return opts;
}

/** Annotates the textarea's text and shows the result. */
async function annotateNow() {
  const run = ++state.run;
  const text = ui.text.value;
  state.view?.cancel();
  ui.notices.replaceChildren();
  ui.status.textContent = text.length > LONG_TEXT ? `Annotating ${plural(text.length, "character")}…` : "Annotating…";
  let lastStage = { stage: "starting", done: 0 };
  let progressTimer = null;
  if (text.length > LONG_TEXT) setProgress("starting", 0);
  else progressTimer = setTimeout(() => setProgress(lastStage.stage, lastStage.done), 200);
  ui.annotate.setAttribute("aria-busy", "true");
  const t0 = performance.now();
  try {
    await engineReady;
    const { doc, ms } = await engine.annotate(text, options(), (stage, done) => {
      if (run !== state.run) return;
      lastStage = { stage, done };
      if (!ui.progressBox.hidden) setProgress(stage, done);
    });
    if (run !== state.run) return;
    clearTimeout(progressTimer);
    await show(doc, text, { ms, total: performance.now() - t0, run });
  } catch (error) {
    if (run !== state.run) return;
    clearTimeout(progressTimer);
    hideProgress();
    ui.status.textContent = "Not annotated.";
    showNotice("error", String(error?.message ?? error), { alert: true });
  } finally {
    if (run === state.run) ui.annotate.removeAttribute("aria-busy");
  }
}

async function show(doc, text, { ms, total, run }) {
  state.doc = doc;
  ui.results.hidden = false;
  for (const d of doc.diagnostics ?? []) {
    showNotice(d.severity === "warning" ? "warning" : "info", d.message, { code: d.code });
  }
  const long = (doc.paragraphs?.length ?? 0) > 300;
  ui.article.classList.toggle("long", long);
  if (long) {
    setProgress("render", 0);
    await nextTask();
    if (run !== state.run) return;
  }
  const view = renderArticle(ui.article, doc, text, {
    hidden: state.hidden,
    onProgress: (done) => run === state.run && setProgress("render", done),
  });
  state.view = view;
  if (!(doc.paragraphs?.length)) {
    ui.article.append(el("p", { class: "empty", text: "There is no text to show." }));
  }
  drawLegend(view);
  if (long) await nextTask();
  if (run !== state.run) return;
  drawPanel(doc, view, text, ms);
  showDateHint(doc);
  const nSentences = doc.sentences?.length ?? 0;
  const nParagraphs = doc.paragraphs?.length ?? 0;
  ui.status.textContent = `${plural(text.length, "character")}, ${plural(nParagraphs, "paragraph")}, `
    + `${plural(nSentences, "sentence")}: annotated in ${ms.toFixed(1)} ms`
    + ` (${engine.mode}; ${total.toFixed(0)} ms in all)`;
  const finished = await view.done;
  if (finished && run === state.run) hideProgress();
  ui.results.dataset.ready = String(state.run);
}

function showDateHint(doc) {
  ui.dateHint.replaceChildren();
  if (ui.date.value || !doc.date || doc.date.source !== "dateline") return;
  const use = el("button", { type: "button", class: "link", text: "use it" });
  use.addEventListener("click", () => {
    ui.date.value = doc.date.value;
    ui.dateHint.replaceChildren();
    annotateNow();
  });
  ui.dateHint.append(`The dateline says ${doc.date.value}; `, use);
}

function drawLegend(view) {
  ui.legend.querySelectorAll(":scope > :not(legend)").forEach((n) => n.remove());
  const entries = [
    { key: "sentences", title: "Sentence boundaries", count: state.doc.sentences?.length ?? 0, swatch: "sentences" },
    ...view.layers.map((l) => ({ key: l.key, title: l.title, count: l.items.length, layer: l })),
  ];
  for (const entry of entries) {
    const id = `layer-${entry.key}`;
    const box = el("input", { type: "checkbox", id, dataset: { layer: entry.key } });
    box.checked = !state.hidden.has(entry.key);
    box.addEventListener("change", () => {
      view.setLayerVisible(entry.key, box.checked);
    });
    if (!entry.count) box.disabled = true;
    const labels = entry.layer
      ? [...new Set(entry.layer.items.map((item) => entry.layer.label(item)).filter(Boolean))]
      : [];
    const item = el("span", { class: `layer${entry.count ? "" : " none"}` },
      box,
      el("label", { for: id },
        el("span", { class: "swatch", dataset: { layer: entry.key }, "aria-hidden": "true" }),
        `${entry.title} `,
        el("span", { class: "count", text: entry.count ? `(${fmt.format(entry.count)})` : "(none yet)" })),
      labels.length
        ? el("span", { class: "chips" }, ...labels.map((label) =>
          el("mark", { class: "hl chip", dataset: { layer: entry.key, label }, text: label.toLowerCase() })))
        : null);
    ui.legend.append(item);
  }
}

function drawPanel(doc, view, text, ms) {
  const sections = [];
  const goTo = (target) => view.goTo(target);
  const itemButton = (label, target, extra = []) =>
    el("button", { type: "button", class: "item", onclick: () => goTo(target) }, el("span", { class: "item-text", text: label }), ...extra);

  // Overview.
  const paragraphs = doc.paragraphs ?? [];
  const headings = paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => p.kind === "heading");
  const duplicates = paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => p.duplicate_of !== null && p.duplicate_of !== undefined);
  const dl = el("dl", { class: "overview" });
  const row = (term, value) => dl.append(el("dt", { text: term }), el("dd", { text: value }));
  row("Characters", fmt.format(text.length));
  row("Paragraphs", fmt.format(paragraphs.length));
  row("Sentences", fmt.format(doc.sentences?.length ?? 0));
  row("Headings", fmt.format(headings.length));
  row("Repeated paragraphs", fmt.format(duplicates.length));
  if (doc.date) row("Document date", `${doc.date.value} (${doc.date.source === "caller" ? "given" : "from the dateline"})`);
  row("Annotated in", `${ms.toFixed(1)} ms`);
  sections.push(section("Overview", dl));

  if (Array.isArray(doc.quotes)) sections.push(speakersSection(doc, view, text));

  if (doc.diagnostics?.length) {
    sections.push(section("Diagnostics", list(doc.diagnostics.map((d, i) => [d, i]), ([d, i]) => {
      const badge = el("span", { class: `badge ${d.severity}`, text: d.code });
      const span = view.diagnosticSpans[i];
      return span !== null && span !== undefined
        ? itemButton(d.message, { span }, [badge])
        : el("p", { class: "item static" }, el("span", { class: "item-text", text: d.message }), badge);
    })));
  }

  sections.push(section(`Headings (${headings.length})`, headings.length
    ? list(headings, ({ p, i }) => itemButton(text.slice(p.start, p.end), { para: i }, [el("span", { class: "badge", text: `¶${i + 1}` })]))
    : el("p", { class: "none", text: "No headings found." })));

  sections.push(section(`Repeated paragraphs (${duplicates.length})`, duplicates.length
    ? list(duplicates, ({ p, i }) => itemButton(`¶${i + 1} repeats ¶${p.duplicate_of + 1}`, { para: i },
      [el("span", { class: "snippet", text: snippet(text.slice(p.start, p.end)) })]))
    : el("p", { class: "none", text: "No paragraph repeats an earlier one." })));

  if (doc.date && doc.date.source === "dateline" && view.dateSpan !== null) {
    sections.push(section("Dateline", list([itemButton(text.slice(doc.date.start, doc.date.end), { span: view.dateSpan },
      [el("span", { class: "badge", text: doc.date.value })])])));
  }

  for (const layer of view.layers) {
    const groups = view.groupsByLayer.get(layer.key) ?? [];
    const title = `${layer.title} (${fmt.format(layer.items.length)})`;
    if (!groups.length) {
      sections.push(section(title, el("p", { class: "none", text: "None found yet." }), layer.key));
      continue;
    }
    sections.push(section(title, list(groups, (group) => {
      let next = 0;
      const count = group.spans.length;
      const extra = [];
      if (group.label) extra.push(el("mark", { class: "hl chip badge", dataset: { layer: layer.key, label: group.label }, text: group.label.toLowerCase() }));
      if (count > 1) extra.push(el("span", { class: "count", text: `×${count}` }));
      if (group.detail) extra.push(el("span", { class: "snippet", text: group.detail }));
      // Each press goes to the next mention of the group.
      const button = el("button", {
        type: "button",
        class: "item",
        title: count > 1 ? "Go to the next mention" : "Go to it",
        onclick: () => {
          // All mentions stay marked while the press walks through them.
          view.select(group.spans);
          view.goTo({ span: group.spans[next] });
          next = (next + 1) % count;
        },
      }, el("span", { class: "item-text", text: snippet(group.name, 160) }), ...extra);
      return button;
    }), layer.key));
  }
  ui.panel.replaceChildren(...sections);
}

function section(title, body, layer) {
  return el("section", { class: "panel-section", dataset: layer ? { layer } : {} }, el("h3", { text: title }), body);
}

const KIND_TITLE = { direct: "direct quote", indirect: "reported speech", mixed: "reported speech with a quotation" };

/**
 * "Who said what": a card per speaker with at least one quote. Pressing the
 * name marks every mention of the speaker and every quote of theirs in the
 * text; pressing a quote goes to it.
 */
function speakersSection(doc, view, text) {
  const cards = speakerCards(doc, text);
  const title = `Who said what (${fmt.format(cards.filter((c) => c.key !== "none").length)})`;
  let body = el("p", { class: "none", text: "No quotes found." });
  if (cards.length) {
    // The panel stays short however long the article: the cards share one budget of listed quotes.
    const budget = { left: MAX_ITEMS };
    body = list(cards, (card) => speakerCard(card, view, text, budget));
    body.classList.add("cards");
  }
  const node = section(title, body);
  node.dataset.section = "speakers";
  return node;
}

function speakerCard(card, view, text, budget) {
  const quoteIds = card.quotes.flatMap(({ index }) => view.quoteSpans[index] ?? []);
  const mentionIds = card.clusterId !== null
    ? view.clusterSpans.get(card.clusterId) ?? []
    : card.quotes.map(({ index }) => view.speakerSpans[index]).filter((id) => id !== null && id !== undefined);
  const marks = [...new Set([...mentionIds, ...quoteIds])];
  const name = card.key === "none"
    ? el("span", { class: "card-name none", text: "Speaker not found" })
    : el("button", {
      type: "button",
      class: "card-name",
      title: "Mark their mentions and quotes in the text",
      onclick: () => {
        view.select(marks);
        view.goTo({ span: mentionIds[0] ?? quoteIds[0] });
      },
    }, card.name);
  const facts = [];
  if (card.roles.length) facts.push(el("span", { class: "roles", text: card.roles.join(", ") }));
  if (card.affiliations.length) facts.push(el("span", { class: "affiliations", text: card.affiliations.join(", ") }));
  // An unnamed source says so in the heading; "not linked to a name" would only repeat it.
  if (card.key !== "none" && card.clusterId === null && !card.anonymous) facts.push(el("span", { class: "unlinked", text: "not linked to a name" }));
  const { direct, reported, total } = card.words;
  const split = direct && reported ? ` (${fmt.format(direct)} direct, ${fmt.format(reported)} reported)`
    : direct ? " (all direct)" : reported ? " (all reported)" : "";
  const stats = el("p", { class: "card-stats" },
    el("span", { class: "n-quotes", text: plural(card.quotes.length, "quote") }), " · ",
    el("span", { class: "n-words", text: `${plural(total, "word")} quoted${split}` }));
  const shown = card.quotes.slice(0, Math.max(0, Math.min(MAX_CARD_QUOTES, budget.left)));
  budget.left -= shown.length;
  const quotes = el("ol", { class: "card-quotes" }, ...shown.map(({ index, quote }) => el("li", {},
    quoteButton(quote, index, view, text))));
  if (shown.length < card.quotes.length) {
    quotes.append(el("li", { class: "more", text: `… and ${fmt.format(card.quotes.length - shown.length)} more` }));
  }
  return el("article", { class: "card", dataset: { speaker: card.key }, "aria-label": card.name ?? "Speaker not found" },
    el("h4", {}, name, card.label
      ? el("mark", { class: "hl chip badge", dataset: { layer: "entities", label: card.label }, text: card.label.toLowerCase() })
      : null,
    card.anonymous ? el("span", { class: "anonymous", text: "unnamed source" }) : null),
    facts.length ? el("p", { class: "card-facts" }, ...facts) : null,
    stats,
    quotes);
}

function quoteButton(quote, index, view, text) {
  const words = (quote.spans ?? []).map(([start, end]) => text.slice(start, end)).join(" … ");
  const excerpt = quote.kind === "direct" ? `“${snippet(words, 70)}”` : snippet(words, 70);
  const outlet = outletName(quote);
  return el("button", {
    type: "button",
    class: "quote-item",
    dataset: { quote: String(index), kind: quote.kind },
    title: `Go to this ${KIND_TITLE[quote.kind] ?? "quote"}`,
    onclick: () => {
      const ids = view.quoteSpans[index] ?? [];
      if (ids.length) view.goTo({ spans: ids });
    },
  },
  el("mark", { class: "hl chip badge", dataset: { layer: "quotes", label: quote.kind }, text: quote.kind }),
  el("span", { class: "excerpt", text: excerpt }),
  quote.cue?.text ? el("span", { class: "cue" }, "cue: ", el("strong", { text: quote.cue.text })) : null,
  outlet ? el("span", { class: "outlet", text: `via ${outlet}` }) : null);
}

/** A list of the first MAX_ITEMS of `items`, each drawn by `draw`. */
function list(items, draw = (x) => x) {
  const ul = el("ul", { class: "items" });
  for (const item of items.slice(0, MAX_ITEMS)) ul.append(el("li", {}, draw(item)));
  if (items.length > MAX_ITEMS) ul.append(el("li", { class: "more", text: `… and ${fmt.format(items.length - MAX_ITEMS)} more` }));
  return ul;
}

function snippet(s, max = 90) {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

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
  ui.date.value = SAMPLE_DATE;
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
  await annotateNow();
}

function downloadJson() {
  if (!state.doc) return;
  const blob = new Blob([JSON.stringify(state.doc, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: "newsmark.json" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function copyJson() {
  if (!state.doc) return;
  const json = JSON.stringify(state.doc, null, 2);
  try {
    await navigator.clipboard.writeText(json);
  } catch {
    // Without clipboard permission, fall back to a selection copy.
    const area = el("textarea", { class: "visually-hidden", "aria-hidden": "true" });
    area.value = json;
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
  const label = ui.copy.textContent;
  ui.copy.textContent = "Copied";
  setTimeout(() => (ui.copy.textContent = label), 1500);
}

const report = (error) => {
  ui.notices.replaceChildren();
  showNotice("error", String(error?.message ?? error), { alert: true });
};

ui.annotate.addEventListener("click", () => annotateNow());
ui.sample.addEventListener("click", () => loadSample().catch(report));
ui.file.addEventListener("change", () => loadFile(ui.file.files[0]).catch(report).finally(() => (ui.file.value = "")));
ui.text.addEventListener("paste", () => setTimeout(() => annotateNow(), 0));
ui.text.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) annotateNow();
});
ui.date.addEventListener("change", () => {
  if (state.doc) annotateNow();
});
ui.copy.addEventListener("click", () => copyJson().catch(report));
ui.download.addEventListener("click", downloadJson);
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

engineReady.then(
  () => {
    ui.version.textContent = engine.version;
    document.documentElement.dataset.engine = engine.mode;
  },
  (error) => showNotice("error", `the annotator could not be loaded: ${error?.message ?? error}`, { alert: true }),
);
