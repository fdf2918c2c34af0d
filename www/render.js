//! Turns a newsmark document and its text into the annotated article: the
//! highlights of every layer, drawn block by block, with one tab stop and
//! arrow keys to move between highlights.
//
// Every piece of the user's text goes into the page as a text node; nothing
// here uses innerHTML. Layers are described by one table (LAYERS) and drawn
// by the same generic code, so a layer the annotator starts filling shows up
// (highlight, legend entry, panel list) without changes here. An array in the
// document that this table does not know, whose items carry start and end,
// is drawn the same way under its own name.
//
// Long articles stay quick: the paragraphs are cut into blocks of a few
// thousand characters, and past FULL_CHARS only the blocks near the screen
// are drawn (an IntersectionObserver draws them as they come near and
// empties those far away), so the page holds a few hundred highlights
// however long the text. Up to FULL_CHARS every block is drawn, so the
// whole article prints and the browser's find sees it. Switching a layer
// off, a filter or a selection restyles only what is drawn; a block drawn
// later reads the same state.

import { clustersById, outletName, speakerOf } from "./speakers.js";

/** Up to this many characters, every paragraph is drawn (and printed). */
export const FULL_CHARS = 100 * 1024;
/** A block holds paragraphs up to about this many characters. */
const BLOCK_CHARS = 4000;
/** Preparation yields to the page after this long, so that it keeps answering. */
const SLICE_MS = 25;

/** Structural parts of the document that are not highlight layers. */
const STRUCTURE = new Set(["paragraphs", "sentences", "diagnostics", "clusters", "sources", "edits"]);

/**
 * The highlight layers. `spans(item)` gives [start, end] pairs, `label` a
 * short tag, `detail` what the annotator resolved it to, `group` the key that
 * puts mentions of the same thing together in the panel, `chip` what an
 * inline label chip says.
 */
export const LAYERS = [
  {
    key: "entities",
    title: "Names",
    spans: (e) => [[e.start, e.end]],
    label: (e) => e.label,
    name: (e, source) => e.text || source.slice(e.start, e.end),
    group: (e, source) => `${e.label}\u0000${(e.text || source.slice(e.start, e.end)).toLowerCase()}`,
    chip: (e) => e.label,
  },
  {
    key: "times",
    title: "Times",
    spans: (t) => [[t.start, t.end]],
    label: (t) => t.type,
    name: (t, source) => t.text || source.slice(t.start, t.end),
    detail: (t) => t.value,
    group: (t) => `${t.type}\u0000${t.value}`,
    chip: (t) => t.value,
  },
  {
    key: "quantities",
    title: "Numbers",
    spans: (q) => [[q.start, q.end]],
    label: (q) => q.type,
    name: (q, source) => q.text || source.slice(q.start, q.end),
    detail: (q) => quantityValue(q),
    group: (q, source) => `${q.type}\u0000${(q.text || source.slice(q.start, q.end)).toLowerCase()}`,
    chip: (q) => quantityValue(q) || q.type,
  },
  {
    key: "quotes",
    title: "Quotes",
    spans: (q) => q.spans ?? [],
    label: (q) => q.kind,
    name: (q, source) => (q.spans ?? []).map(([s, e]) => source.slice(s, e)).join(" … "),
    detail: (q, source, doc) => {
      const cluster = doc.clusters?.find((c) => c.id === q.speaker_cluster);
      const speaker = cluster?.name || q.speaker?.text;
      const outlet = outletName(q);
      return [speaker && `speaker: ${speaker}`, q.cue?.text && `cue: ${q.cue.text}`, outlet && `via ${outlet}`].filter(Boolean).join(", ");
    },
    group: null,
  },
];

const numberFormat = new Intl.NumberFormat("en", { maximumFractionDigits: 6 });

/** A quantity's value and unit as text ("5 percent", "32"), or "". */
export function quantityValue(q) {
  const value = typeof q.value === "number" ? numberFormat.format(q.value) : q.value ?? "";
  return [value, q.unit].filter((v) => v !== null && v !== undefined && v !== "").join(" ");
}

/** A layer for an array the table above does not describe. */
function genericLayer(key) {
  return {
    key,
    title: key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, " "),
    spans: (x) => (Number.isInteger(x.start) && Number.isInteger(x.end) ? [[x.start, x.end]] : x.spans ?? []),
    label: (x) => x.label ?? x.type ?? x.kind ?? "",
    name: (x, source) => x.text ?? (Number.isInteger(x.start) ? source.slice(x.start, x.end) : ""),
    group: null,
  };
}

/** The layers of `doc`, known ones first, each with its items. */
export function layersOf(doc) {
  const layers = LAYERS.filter((l) => Array.isArray(doc[l.key])).map((l) => ({ ...l, items: doc[l.key] }));
  for (const [key, value] of Object.entries(doc)) {
    if (STRUCTURE.has(key) || LAYERS.some((l) => l.key === key) || !Array.isArray(value)) continue;
    const first = value[0];
    if (first && typeof first === "object" && (Number.isInteger(first.start) || Array.isArray(first.spans))) {
      layers.push({ ...genericLayer(key), items: value });
    }
  }
  return layers;
}

/** The listeners and observers of the view last drawn in each container. */
const previous = new WeakMap();

/** Nesting order: sentences outermost, then quotes, then the rest. */
const RANK = { sentences: 0, quotes: 1, diagnostics: 2, date: 3 };
const rank = (layer) => RANK[layer] ?? 4;
const bySpan = (a, b) => a.start - b.start || a.rank - b.rank || b.end - a.end;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Draws `doc` over `source` into `container`. Resolves to a view, or to
 * null when `isCurrent()` turns false while it prepares (a newer run).
 * The view has `goTo(target)` (target: {span}, {spans} or {para}),
 * `select(ids)`, `setMatches(ids | null)`, `hintSpeaker(quote)`,
 * `setLayerVisible(key, visible)`, `focusSpan(id)`, the span ids of each
 * quote (`quoteSpans`), of each quote's speaker mention (`speakerSpans`) and
 * of each cluster's mentions (`clusterSpans`), `spans` (each with its
 * layer and item index), and `destroy()`.
 */
export async function renderArticle(container, doc, source, {
  hidden = new Set(), onProgress = () => {}, isCurrent = () => true, onFocusSpan = () => {}, onBlurSpan = () => {},
  onActivate = () => {},
} = {}) {
  const paragraphs = doc.paragraphs ?? [];
  const spans = []; // {id, start, end, layer, rank, label, item, ...}
  let sliceStart = performance.now();
  /** Gives the page a turn when this slice has run long; false when the run is no longer current. */
  const breathe = async (done) => {
    if (performance.now() - sliceStart < SLICE_MS) return true;
    onProgress(done);
    await nextTask();
    sliceStart = performance.now();
    return isCurrent();
  };
  const addSpan = (start, end, layer, props = {}) => {
    if (!(Number.isInteger(start) && Number.isInteger(end) && end > start)) return null;
    spans.push({
      id: spans.length, start, end, layer, rank: rank(layer),
      label: props.label ?? "", boundary: props.boundary ?? false, coref: props.coref ?? false,
      data: props.data ?? null, secondary: props.secondary ?? false, kind: props.kind ?? null,
      item: props.item ?? null, cluster: props.cluster ?? null, chip: props.chip ?? "", title: props.title ?? null,
    });
    return spans.length - 1;
  };

  // Sentences: the first sentence of a paragraph gets no boundary mark.
  const sentences = doc.sentences ?? [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const boundary = i > 0 && sentences[i - 1].paragraph === s.paragraph;
    addSpan(s.start, s.end, "sentences", {
      boundary,
      title: s.duplicate_of !== null && s.duplicate_of !== undefined ? `repeats sentence ${s.duplicate_of + 1}` : null,
    });
    if ((i & 255) === 255 && !(await breathe(0.1 * i / sentences.length))) return null;
  }

  // Highlight layers, and the panel's groups for each.
  const layers = layersOf(doc);
  const groupsByLayer = new Map();
  const clusterOf = clusterIndex(doc);
  const clusters = clustersById(doc);
  const quoteSpans = []; // quote index -> span ids of its pieces
  let nItems = 0;
  const nAll = layers.reduce((n, l) => n + l.items.length, 0) || 1;
  for (const layer of layers) {
    const groups = new Map();
    for (let i = 0; i < layer.items.length; i++) {
      const item = layer.items[i];
      const ids = [];
      const label = layer.label(item) ?? "";
      let props = { label, item: i, chip: layer.chip?.(item) ?? "" };
      if (layer.key === "quotes") {
        const speaker = speakerOf(item, clusters);
        props = { label, item: i, data: { quote: String(i), speaker: speaker?.key ?? "", speakerName: speaker?.name ?? "" } };
      }
      let cluster = null;
      if (layer.key === "entities") {
        cluster = clusterOf(item.start, item.end);
        props.cluster = cluster?.id ?? null;
      }
      for (const [start, end] of layer.spans(item)) {
        // Only a quote's first piece is a stop of the arrow keys.
        const id = addSpan(start, end, layer.key, { ...props, secondary: ids.length > 0 });
        if (id !== null) ids.push(id);
      }
      if (layer.key === "quotes") quoteSpans[i] = ids;
      if (ids.length) {
        let key = `#${i}`;
        if (cluster) key = `cluster\u0000${cluster.id}`;
        else if (layer.group) key = layer.group(item, source);
        if (!groups.has(key)) {
          groups.set(key, {
            clusterId: cluster?.id ?? null,
            name: cluster?.name || layer.name(item, source),
            label: cluster?.label || label || "",
            detail: cluster ? clusterDetail(cluster) : layer.detail?.(item, source, doc) || "",
            spans: [],
          });
        }
        groups.get(key).spans.push(ids[0]);
      }
      if ((++nItems & 255) === 0 && !(await breathe(0.1 + 0.5 * nItems / nAll))) return null;
    }
    groupsByLayer.set(layer.key, [...groups.values()]);
  }

  // Cluster mentions that no entity covers ("he", "the minister") still
  // belong to their name's group, drawn as a lighter mark.
  const mentionAt = new Map();
  for (const s of spans) if (s.layer === "entities") mentionAt.set(`${s.start}:${s.end}`, s.id);
  const clusterSpans = new Map(); // cluster id -> span ids of its mentions, in text order
  const entityGroups = new Map((groupsByLayer.get("entities") ?? []).filter((g) => g.clusterId !== null).map((g) => [g.clusterId, g]));
  for (const cluster of doc.clusters ?? []) {
    const group = entityGroups.get(cluster.id) ?? null;
    const ids = [];
    for (const [start, end] of cluster.mentions ?? []) {
      if ((++nItems & 1023) === 0 && !(await breathe(0.65))) return null;
      let id = mentionAt.get(`${start}:${end}`) ?? null;
      if (id === null) {
        id = addSpan(start, end, "entities", { label: "mention", coref: true, cluster: cluster.id });
        if (id === null) continue;
        mentionAt.set(`${start}:${end}`, id);
        if (group) group.spans.push(id);
      }
      ids.push(id);
    }
    group?.spans.sort((a, b) => spans[a].start - spans[b].start);
    clusterSpans.set(cluster.id, ids.sort((a, b) => spans[a].start - spans[b].start));
  }

  // Each quote's speaker mention ("Lavrov", "a spokesman"): the name's own
  // mark when there is one, else a mark of its own in the quotes layer.
  const speakerSpans = (doc.quotes ?? []).map((q, i) => {
    const s = q.speaker;
    if (!s || !Number.isInteger(s.start) || !Number.isInteger(s.end)) return null;
    const key = `${s.start}:${s.end}`;
    if (!mentionAt.has(key)) {
      mentionAt.set(key, addSpan(s.start, s.end, "quotes", { label: "speaker", kind: "speaker", item: i }));
    }
    return mentionAt.get(key);
  });

  // Diagnostics with a place, and the dateline.
  const diagnosticSpans = (doc.diagnostics ?? []).map((d, i) =>
    d.start !== null && d.end !== null ? addSpan(d.start, d.end, "diagnostics", { item: i }) : null,
  );
  const dateSpan = doc.date && doc.date.start !== null && doc.date.end !== null
    ? addSpan(doc.date.start, doc.date.end, "date", {})
    : null;

  // Spread the spans over the paragraphs they touch, clipping at the edges.
  const buckets = paragraphs.map(() => []);
  const starts = paragraphs.map((p) => p.start);
  const paraOf = (offset) => Math.max(0, upperBound(starts, offset) - 1);
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    for (let p = paraOf(span.start); p < paragraphs.length && paragraphs[p].start < span.end; p++) {
      const para = paragraphs[p];
      const start = Math.max(span.start, para.start);
      const end = Math.min(span.end, para.end);
      // A piece of a span: where it is drawn, and the span it belongs to.
      if (end > start) buckets[p].push({ span, start, end, rank: span.rank, first: start === span.start, last: end === span.end });
    }
    if ((k & 1023) === 1023 && !(await breathe(0.7 + 0.2 * k / spans.length))) return null;
  }

  // The stops of the arrow keys: every highlight but a quote's later pieces, in text order.
  const stops = spans.filter((s) => s.layer !== "sentences" && !s.secondary).sort(bySpan).map((s) => s.id);
  const stopIndex = new Int32Array(spans.length).fill(-1);
  stops.forEach((id, i) => (stopIndex[id] = i));

  // Blocks of paragraphs.
  const blocks = [];
  for (let p = 0; p < paragraphs.length;) {
    const first = p;
    let chars = 0;
    do chars += paragraphs[p].end - paragraphs[p].start; while (++p < paragraphs.length && chars < BLOCK_CHARS);
    blocks.push({ first, end: p, chars, el: null, drawn: false, ids: [] });
  }
  const blockOfPara = new Int32Array(paragraphs.length);
  blocks.forEach((b, i) => blockOfPara.fill(i, b.first, b.end));
  if (!isCurrent()) return null;

  // From here on the container is this view's.
  previous.get(container)?.destroy();
  container.replaceChildren();
  const full = source.length <= FULL_CHARS;
  container.classList.toggle("windowed", !full);

  const elements = new Map(); // span id -> drawn elements
  const paraElements = new Map(); // paragraph index -> drawn wrapper
  let selectedIds = new Set();
  let matchIds = null;
  let roverId = stops.length ? stops[0] : null;
  let hinted = [];
  let flashed = [];

  const makeElement = (piece, block) => {
    const { span } = piece;
    let el;
    if (span.layer === "sentences") {
      el = document.createElement("span");
      el.className = "sent";
      if (span.boundary && piece.first) el.classList.add("sb");
      if (span.title) el.title = span.title;
      if (hidden.has("sentences")) el.classList.add("off");
    } else {
      el = document.createElement("mark");
      el.className = "hl";
      el.dataset.layer = span.layer;
      if (span.label) el.dataset.label = span.label;
      if (span.coref) el.classList.add("coref");
      if (span.kind) el.classList.add(span.kind);
      if (span.data) Object.assign(el.dataset, span.data);
      if (span.chip && piece.last) el.dataset.chip = span.chip;
      if (piece.first && !span.secondary) el.dataset.stop = "";
      if (selectedIds.has(span.id)) el.classList.add("selected");
      if (matchIds?.has(span.id)) el.classList.add("match");
      if (span.id === roverId && piece.first) el.tabIndex = 0;
      if (hidden.has(span.layer)) el.classList.add("off");
    }
    el.dataset.span = String(span.id);
    if (!elements.has(span.id)) {
      elements.set(span.id, []);
      block.ids.push(span.id);
    }
    elements.get(span.id).push(el);
    return el;
  };

  const drawParagraph = (p, block) => {
    const para = paragraphs[p];
    const wrap = document.createElement("div");
    wrap.className = "para";
    wrap.id = `para-${p + 1}`;
    wrap.dataset.n = String(p + 1);
    if (para.kind === "heading") wrap.classList.add("is-heading");
    if (para.duplicate_of !== null && para.duplicate_of !== undefined) {
      wrap.classList.add("duplicate");
      const flag = document.createElement("p");
      flag.className = "flag";
      const button = document.createElement("button");
      button.type = "button";
      button.className = "link";
      button.tabIndex = -1;
      button.textContent = `repeats paragraph ${para.duplicate_of + 1}`;
      button.addEventListener("click", () => view.goTo({ para: para.duplicate_of }));
      flag.append("⚠ ", button);
      wrap.append(flag);
    }
    const body = document.createElement(para.kind === "heading" ? "h3" : "p");
    body.className = para.kind === "heading" ? "text heading" : "text";
    build(body, source, para.start, para.end, buckets[p].sort(bySpan), (piece) => makeElement(piece, block));
    wrap.append(body);
    paraElements.set(p, wrap);
    return wrap;
  };

  // Estimated heights of blocks not drawn: calibrated on the first one drawn.
  let pxPerChar = 0.32;
  let calibrated = false;
  const estimate = (b) => Math.round(b.chars * pxPerChar + (b.end - b.first) * 20);
  const drawBlock = (i) => {
    const block = blocks[i];
    if (block.drawn) return;
    const fragment = document.createDocumentFragment();
    for (let p = block.first; p < block.end; p++) fragment.append(drawParagraph(p, block));
    block.el.replaceChildren(fragment);
    block.el.classList.remove("placeholder");
    block.el.style.removeProperty("height");
    block.drawn = true;
    if (!full && !calibrated && block.chars > 500) {
      calibrated = true;
      const h = block.el.getBoundingClientRect().height;
      pxPerChar = Math.max(0.05, (h - (block.end - block.first) * 20) / block.chars);
      for (const b of blocks) if (!b.drawn && !b.measured) b.el.style.height = `${estimate(b)}px`;
    }
  };
  const clearBlock = (i) => {
    const block = blocks[i];
    if (!block.drawn || block.el.contains(document.activeElement) || (roverId !== null && block.ids.includes(roverId))) return;
    block.measured = true;
    block.el.style.height = `${block.el.getBoundingClientRect().height}px`;
    block.el.classList.add("placeholder");
    block.el.replaceChildren();
    for (const id of block.ids) elements.delete(id);
    for (let p = block.first; p < block.end; p++) paraElements.delete(p);
    block.ids = [];
    block.drawn = false;
    flashed = flashed.filter((el) => el.isConnected);
    hinted = hinted.filter((el) => el.isConnected);
  };

  const fragment = document.createDocumentFragment();
  for (const [i, block] of blocks.entries()) {
    block.el = document.createElement("div");
    block.el.className = "block";
    block.el.dataset.block = String(i);
    if (!full) {
      block.el.classList.add("placeholder");
      block.el.style.height = `${estimate(block)}px`;
    }
    fragment.append(block.el);
  }
  container.append(fragment);
  let near = null;
  let far = null;
  if (full) {
    for (let i = 0; i < blocks.length; i++) drawBlock(i);
  } else {
    // Draw what is within a screen or so; empty what is several screens away.
    near = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting) drawBlock(Number(e.target.dataset.block));
    }, { rootMargin: "100% 0px" });
    far = new IntersectionObserver((entries) => {
      for (const e of entries) if (!e.isIntersecting) clearBlock(Number(e.target.dataset.block));
    }, { rootMargin: "400% 0px" });
    for (const block of blocks) {
      near.observe(block.el);
      far.observe(block.el);
    }
    if (blocks.length) drawBlock(0);
  }
  container.tabIndex = roverId === null ? 0 : -1;
  onProgress(1);

  const ensureDrawn = (id) => {
    const span = spans[id];
    for (let p = paraOf(span.start); p < paragraphs.length && paragraphs[p].start < span.end; p++) drawBlock(blockOfPara[p]);
    return elements.get(id) ?? [];
  };
  const isStop = (id) => {
    const span = spans[id];
    if (hidden.has(span.layer)) return false;
    return matchIds === null || matchIds.has(id);
  };
  const setRover = (id) => {
    if (id === roverId) return;
    for (const el of elements.get(roverId) ?? []) el.removeAttribute("tabindex");
    roverId = id;
    const el = id === null ? null : ensureDrawn(id)[0];
    if (el) el.tabIndex = 0;
    container.tabIndex = roverId === null ? 0 : -1;
  };

  const view = {
    spans,
    layers,
    groupsByLayer,
    diagnosticSpans,
    dateSpan,
    quoteSpans,
    speakerSpans,
    clusterSpans,
    stops,
    /** The drawn elements of span `id` (drawing its block when it is not). */
    elementsOf: ensureDrawn,
    /** Scrolls to a span, spans (span ids, all flashed) or paragraph and flashes it. */
    goTo(target) {
      let els = [];
      const ids = target.spans ?? (target.span !== undefined && target.span !== null ? [target.span] : null);
      if (ids?.length) {
        els = ids.flatMap((id) => ensureDrawn(id));
      } else if (target.para !== undefined) {
        drawBlock(blockOfPara[target.para]);
        const wrap = paraElements.get(target.para);
        els = wrap ? [wrap.querySelector(".text")] : [];
      }
      if (!els.length) return null;
      els[0].scrollIntoView({ block: "center", inline: "nearest" });
      // One thing flashes at a time.
      for (const el of flashed) el.classList.remove("flash");
      flashed = els;
      for (const el of els) {
        el.classList.remove("flash");
        void el.offsetWidth; // restart the animation
        el.classList.add("flash");
        clearTimeout(el.flashTimer);
        el.flashTimer = setTimeout(() => el.classList.remove("flash"), 1600);
      }
      return els[0];
    },
    /** Marks every mention of a group (span ids) as selected, and only those. */
    select(ids) {
      for (const id of selectedIds) for (const el of elements.get(id) ?? []) el.classList.remove("selected");
      selectedIds = new Set(ids);
      for (const id of selectedIds) for (const el of elements.get(id) ?? []) el.classList.add("selected");
    },
    get selected() {
      return [...selectedIds];
    },
    /** Shows only the highlights `ids` (a filter or a search), or all of them for null. */
    setMatches(ids) {
      if (matchIds) for (const id of matchIds) for (const el of elements.get(id) ?? []) el.classList.remove("match");
      matchIds = ids ? new Set(ids) : null;
      if (matchIds) for (const id of matchIds) for (const el of elements.get(id) ?? []) el.classList.add("match");
      container.classList.toggle("filtering", matchIds !== null);
      if (roverId !== null && !isStop(roverId)) setRover(view.nextStop(roverId, 1) ?? roverId);
    },
    /** Marks the speaker of quote `index` (or nobody, for null) while the quote has the pointer or focus. */
    hintSpeaker(index) {
      for (const el of hinted) el.classList.remove("speaker-hint");
      const id = index === null ? null : speakerSpans[index];
      hinted = id === null || id === undefined ? [] : elements.get(id) ?? [];
      for (const el of hinted) el.classList.add("speaker-hint");
    },
    setLayerVisible(key, visible) {
      if (visible) hidden.delete(key);
      else hidden.add(key);
      // Only what is drawn needs restyling: blocks drawn later read `hidden`.
      for (const [id, els] of elements) {
        if (spans[id].layer !== key) continue;
        for (const el of els) el.classList.toggle("off", !visible);
      }
      if (roverId !== null && !isStop(roverId)) setRover(view.nextStop(roverId, 1) ?? view.nextStop(roverId, -1) ?? roverId);
    },
    /** The next stop of the arrow keys from span `id` in direction `dir` (1 or -1), or null. */
    nextStop(id, dir) {
      let i = id === null ? (dir > 0 ? -1 : stops.length) : stopIndex[id];
      if (i < 0) {
        // Not a stop itself (a quote's later piece): start from where it sits.
        const at = spans[id].start;
        let lo = 0;
        let hi = stops.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (spans[stops[mid]].start <= at) lo = mid + 1;
          else hi = mid;
        }
        i = dir > 0 ? lo - 1 : lo;
      }
      for (i += dir; i >= 0 && i < stops.length; i += dir) if (isStop(stops[i])) return stops[i];
      return null;
    },
    /** Moves the article's tab stop to span `id` and focuses it. */
    focusSpan(id) {
      if (id === null || id === undefined) return;
      setRover(id);
      const el = ensureDrawn(id)[0];
      el?.focus({ preventScroll: true });
      el?.scrollIntoView({ block: "nearest", inline: "nearest" });
    },
    destroy() {
      near?.disconnect();
      far?.disconnect();
      controller.abort();
    },
  };

  // Listeners on the container, replaced with each drawing.
  const controller = new AbortController();
  previous.set(container, view);
  const on = (type, handler) => container.addEventListener(type, handler, { signal: controller.signal });
  const markOf = (node) => {
    const mark = node instanceof Element ? node.closest("mark.hl") : null;
    return mark && container.contains(mark) ? mark : null;
  };
  const quoteAt = (node) => {
    const mark = node instanceof Element ? node.closest("mark[data-quote]") : null;
    return mark && container.contains(mark) ? Number(mark.dataset.quote) : null;
  };
  let hovered = null;
  on("mouseover", (event) => {
    view.hintSpeaker(quoteAt(event.target));
    const mark = markOf(event.target);
    if (mark === hovered) return;
    hovered = mark;
    if (mark) onFocusSpan(Number(mark.dataset.span), mark, "hover");
    else onBlurSpan("hover");
  });
  on("mouseleave", () => {
    hovered = null;
    view.hintSpeaker(null);
    onBlurSpan("hover");
  });
  on("focusin", (event) => {
    view.hintSpeaker(quoteAt(event.target));
    const mark = markOf(event.target);
    if (!mark) return;
    const id = Number(mark.dataset.span);
    if (stopIndex[id] >= 0) setRover(id);
    onFocusSpan(id, mark, "focus");
  });
  on("focusout", (event) => {
    view.hintSpeaker(null);
    if (!container.contains(event.relatedTarget)) onBlurSpan("focus");
  });
  // A tap or click on a highlight focuses it, so touch screens see its value too.
  on("click", (event) => {
    const mark = markOf(event.target);
    if (!mark || event.target.closest("button")) return;
    const stop = mark.closest("mark[data-stop]") ?? mark;
    const id = Number(stop.dataset.span);
    if (stopIndex[id] >= 0) {
      setRover(id);
      stop.focus({ preventScroll: true });
    }
    onFocusSpan(Number(mark.dataset.span), mark, "tap");
  });
  on("keydown", (event) => {
    const mark = markOf(event.target);
    if (!mark || event.altKey || event.ctrlKey || event.metaKey) return;
    const id = Number(mark.dataset.span);
    let next;
    if (event.key === "ArrowRight" || event.key === "ArrowDown") next = view.nextStop(id, 1);
    else if (event.key === "ArrowLeft" || event.key === "ArrowUp") next = view.nextStop(id, -1);
    else if (event.key === "Home") next = view.nextStop(null, 1);
    else if (event.key === "End") next = view.nextStop(null, -1);
    else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onActivate(id);
      return;
    } else return;
    event.preventDefault();
    if (next !== null && next !== undefined) view.focusSpan(next);
  });
  return view;
}

function clusterDetail(cluster) {
  return [
    cluster.roles?.length ? cluster.roles.join(", ") : "",
    cluster.affiliations?.length ? cluster.affiliations.join(", ") : "",
  ].filter(Boolean).join("; ");
}

/** Finds the cluster a mention [start, end) belongs to, if any. */
function clusterIndex(doc) {
  const map = new Map();
  for (const cluster of doc.clusters ?? []) {
    for (const [start, end] of cluster.mentions ?? []) map.set(`${start}:${end}`, cluster);
  }
  return (start, end) => map.get(`${start}:${end}`) ?? null;
}

/** The number of items of sorted `values` that are <= `x`. */
function upperBound(values, x) {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Appends source[from, to) to `parent`, wrapping `spans` (sorted by bySpan,
 * all inside the range) in elements. A span that crosses the end of the one
 * it starts in is split, so the elements always nest.
 */
function build(parent, source, from, to, spans, makeElement) {
  let pos = from;
  let list = spans;
  let i = 0;
  while (i < list.length) {
    const span = list[i];
    if (span.start > pos) parent.append(source.slice(pos, span.start));
    const inner = [];
    const rest = [];
    let j = i + 1;
    for (; j < list.length && list[j].start < span.end; j++) {
      const child = list[j];
      if (child.end <= span.end) inner.push(child);
      else {
        inner.push({ span: child.span, start: child.start, end: span.end, rank: child.rank, first: child.first, last: false });
        rest.push({ span: child.span, start: span.end, end: child.end, rank: child.rank, first: false, last: child.last });
      }
    }
    const el = makeElement(span);
    build(el, source, span.start, span.end, inner, makeElement);
    parent.append(el);
    pos = Math.max(pos, span.end);
    if (rest.length) {
      list = rest.concat(list.slice(j)).sort(bySpan);
      i = 0;
    } else {
      i = j;
    }
  }
  if (pos < to) parent.append(source.slice(pos, to));
}
