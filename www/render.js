//! Turns a newsmark document and its text into DOM: the annotated article,
//! the legend of layers and the panel of what was found.
//
// Every piece of the user's text goes into the page as a text node; nothing
// here uses innerHTML. Layers are described by one table (LAYERS) and drawn
// by the same generic code, so a layer the annotator starts filling shows up
// (highlight, legend entry, panel list) without changes here. An array in the
// document that this table does not know, whose items carry start and end,
// is drawn the same way under its own name.
//
// Quotes know their speaker: each quote's highlight names them (title and
// data-speaker-name), is focusable, and hovering or focusing it marks the
// speaker's mention in the text.

import { clustersById, outletName, quoteTitle, speakerOf } from "./speakers.js";

/** Structural parts of the document that are not highlight layers. */
const STRUCTURE = new Set(["paragraphs", "sentences", "diagnostics", "clusters"]);

/**
 * The highlight layers. `spans(item)` gives [start, end] pairs, `label` a
 * short tag, `detail` what the annotator resolved it to, `group` the key that
 * puts mentions of the same thing together in the panel.
 */
export const LAYERS = [
  {
    key: "entities",
    title: "Names",
    spans: (e) => [[e.start, e.end]],
    label: (e) => e.label,
    name: (e, source) => e.text || source.slice(e.start, e.end),
    group: (e, source) => `${e.label}\u0000${(e.text || source.slice(e.start, e.end)).toLowerCase()}`,
  },
  {
    key: "times",
    title: "Times",
    spans: (t) => [[t.start, t.end]],
    label: (t) => t.type,
    name: (t, source) => t.text || source.slice(t.start, t.end),
    detail: (t) => t.value,
    group: (t) => `${t.type}\u0000${t.value}`,
  },
  {
    key: "quantities",
    title: "Numbers",
    spans: (q) => [[q.start, q.end]],
    label: (q) => q.type,
    name: (q, source) => q.text || source.slice(q.start, q.end),
    detail: (q) => [q.value, q.unit].filter((v) => v !== null && v !== undefined && v !== "").join(" "),
    group: (q, source) => `${q.type}\u0000${(q.text || source.slice(q.start, q.end)).toLowerCase()}`,
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

/** The listeners of the view last drawn in each container. */
const listeners = new WeakMap();

/** Nesting order: sentences outermost, then quotes, then the rest. */
const RANK = { sentences: 0, quotes: 1, diagnostics: 2, date: 3 };
const rank = (layer) => RANK[layer] ?? 4;
const bySpan = (a, b) => a.start - b.start || a.rank - b.rank || b.end - a.end;

/**
 * Draws `doc` over `source`. Returns a view with `goTo(target)` (target:
 * {span}, {spans} or {para}), `select(ids)`, `hintSpeaker(quote)`,
 * `setLayerVisible(key, visible)`, the span ids of each quote
 * (`quoteSpans`), of each quote's speaker mention (`speakerSpans`) and of
 * each cluster's mentions (`clusterSpans`), and `done` (a promise that
 * settles when every paragraph is drawn).
 */
export function renderArticle(container, doc, source, { hidden = new Set(), onProgress } = {}) {
  container.replaceChildren();
  const paragraphs = doc.paragraphs ?? [];
  const spans = []; // {id, start, end, layer, label, title, rank, sentence?}
  const elements = new Map(); // span id -> rendered pieces
  const addSpan = (start, end, layer, props = {}) => {
    if (!(Number.isInteger(start) && Number.isInteger(end) && end > start)) return null;
    const span = {
      id: spans.length, start, end, layer, rank: rank(layer),
      label: props.label ?? "", title: props.title ?? null, boundary: props.boundary ?? false, coref: props.coref ?? false,
      data: props.data ?? null, focusable: props.focusable ?? false, kind: props.kind ?? null,
    };
    spans.push(span);
    return span.id;
  };

  // Sentences: the first sentence of a paragraph gets no boundary mark.
  const sentences = doc.sentences ?? [];
  sentences.forEach((s, i) => {
    const boundary = i > 0 && sentences[i - 1].paragraph === s.paragraph;
    addSpan(s.start, s.end, "sentences", {
      boundary,
      title: s.duplicate_of !== null && s.duplicate_of !== undefined ? `repeats sentence ${s.duplicate_of + 1}` : null,
    });
  });

  // Highlight layers, and the panel's groups for each.
  const layers = layersOf(doc);
  const groupsByLayer = new Map();
  const clusterOf = clusterIndex(doc);
  const clusters = clustersById(doc);
  const quoteSpans = []; // quote index -> span ids of its pieces
  for (const layer of layers) {
    const groups = new Map();
    layer.items.forEach((item, i) => {
      const ids = [];
      const label = layer.label(item) ?? "";
      let props = { label, title: label ? `${layer.title}: ${label}` : layer.title };
      if (layer.key === "quotes") {
        const speaker = speakerOf(item, clusters);
        props = {
          label,
          title: quoteTitle(item, speaker),
          data: { quote: String(i), speaker: speaker?.key ?? "", speakerName: speaker?.name ?? "" },
        };
      }
      for (const [start, end] of layer.spans(item)) {
        // Only a quote's first piece takes focus: one stop per quote.
        const id = addSpan(start, end, layer.key, { ...props, focusable: layer.key === "quotes" && !ids.length });
        if (id !== null) ids.push(id);
      }
      if (layer.key === "quotes") quoteSpans[i] = ids;
      if (!ids.length) return;
      let key = `#${i}`;
      let cluster = null;
      if (layer.key === "entities") cluster = clusterOf(item.start, item.end);
      if (cluster) key = `cluster\u0000${cluster.id}`;
      else if (layer.group) key = layer.group(item, source);
      if (!groups.has(key)) {
        groups.set(key, {
          clusterId: cluster?.id ?? null,
          name: cluster?.name || layer.name(item, source),
          label: cluster?.label || layer.label(item) || "",
          detail: cluster ? clusterDetail(cluster) : layer.detail?.(item, source, doc) || "",
          spans: [],
        });
      }
      groups.get(key).spans.push(ids[0]);
    });
    groupsByLayer.set(layer.key, [...groups.values()]);
  }

  // Cluster mentions that no entity covers ("he", "the minister") still
  // belong to their name's group, drawn as a lighter mark.
  const mentionAt = new Map(spans.filter((s) => s.layer === "entities").map((s) => [`${s.start}:${s.end}`, s.id]));
  const clusterSpans = new Map(); // cluster id -> span ids of its mentions, in text order
  const entityGroups = new Map((groupsByLayer.get("entities") ?? []).filter((g) => g.clusterId !== null).map((g) => [g.clusterId, g]));
  for (const cluster of doc.clusters ?? []) {
    const group = entityGroups.get(cluster.id) ?? null;
    const ids = [];
    for (const [start, end] of cluster.mentions ?? []) {
      let id = mentionAt.get(`${start}:${end}`) ?? null;
      if (id === null) {
        id = addSpan(start, end, "entities", { label: "mention", title: `mention of ${cluster.name}`, coref: true });
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
  const speakerSpans = (doc.quotes ?? []).map((q) => {
    const s = q.speaker;
    if (!s || !Number.isInteger(s.start) || !Number.isInteger(s.end)) return null;
    const key = `${s.start}:${s.end}`;
    if (!mentionAt.has(key)) {
      const name = speakerOf(q, clusters)?.name ?? s.text;
      mentionAt.set(key, addSpan(s.start, s.end, "quotes", { label: "speaker", title: `speaker: ${name}`, kind: "speaker" }));
    }
    return mentionAt.get(key);
  });

  // Diagnostics with a place, and the dateline.
  const diagnosticSpans = (doc.diagnostics ?? []).map((d) =>
    d.start !== null && d.end !== null ? addSpan(d.start, d.end, "diagnostics", { title: d.message }) : null,
  );
  const dateSpan = doc.date && doc.date.start !== null && doc.date.end !== null
    ? addSpan(doc.date.start, doc.date.end, "date", { title: `document date ${doc.date.value}` })
    : null;

  // Spread the spans over the paragraphs they touch, clipping at the edges.
  const buckets = paragraphs.map(() => []);
  const starts = paragraphs.map((p) => p.start);
  for (const span of spans) {
    let p = upperBound(starts, span.start) - 1;
    if (p < 0) p = 0;
    for (; p < paragraphs.length && paragraphs[p].start < span.end; p++) {
      const para = paragraphs[p];
      const start = Math.max(span.start, para.start);
      const end = Math.min(span.end, para.end);
      // A piece of a span: where it is drawn, and the span it belongs to.
      if (end > start) buckets[p].push({ span, start, end, rank: span.rank, first: start === span.start });
    }
  }

  const makeElement = (piece) => {
    const { span } = piece;
    let el;
    if (span.layer === "sentences") {
      el = document.createElement("span");
      el.className = "sent";
      if (span.boundary && piece.first) el.classList.add("sb");
    } else {
      el = document.createElement("mark");
      el.className = "hl";
      el.dataset.layer = span.layer;
      if (span.label) el.dataset.label = span.label;
      if (span.coref) el.classList.add("coref");
      if (span.kind) el.classList.add(span.kind);
      if (span.data) Object.assign(el.dataset, span.data);
      if (span.focusable && piece.first) el.tabIndex = 0;
    }
    if (hidden.has(span.layer)) el.classList.add("off");
    // A paragraph drawn after a selection shows its part of it.
    if (selectedIds.has(span.id)) {
      el.classList.add("selected");
      selected.push(el);
    }
    if (span.title) el.title = span.title;
    el.dataset.span = String(span.id);
    if (!elements.has(span.id)) elements.set(span.id, []);
    elements.get(span.id).push(el);
    return el;
  };

  const paraElements = [];
  let selected = [];
  let selectedIds = new Set();
  const drawParagraph = (p) => {
    const para = paragraphs[p];
    const wrap = document.createElement("div");
    wrap.className = "para";
    wrap.id = `para-${p + 1}`;
    wrap.dataset.n = String(p + 1);
    if (para.kind === "heading") wrap.classList.add("is-heading");
    const duplicate = para.duplicate_of !== null && para.duplicate_of !== undefined;
    if (duplicate) {
      wrap.classList.add("duplicate");
      const flag = document.createElement("p");
      flag.className = "flag";
      const button = document.createElement("button");
      button.type = "button";
      button.className = "link";
      button.textContent = `repeats paragraph ${para.duplicate_of + 1}`;
      button.addEventListener("click", () => view.goTo({ para: para.duplicate_of }));
      flag.append("⚠ ", button);
      wrap.append(flag);
    }
    const body = document.createElement(para.kind === "heading" ? "h3" : "p");
    body.className = para.kind === "heading" ? "text heading" : "text";
    const bucket = buckets[p].sort(bySpan);
    build(body, source, para.start, para.end, bucket, makeElement);
    wrap.append(body);
    paraElements[p] = wrap;
    return wrap;
  };

  // Long documents are drawn in slices of about one frame's time, so that
  // the page keeps answering input while the rest is drawn.
  let drawn = 0;
  const drawUpTo = (limit, budgetMs = Infinity) => {
    const fragment = document.createDocumentFragment();
    const t0 = performance.now();
    for (; drawn < Math.min(limit, paragraphs.length); drawn++) {
      fragment.append(drawParagraph(drawn));
      if ((drawn & 15) === 15 && performance.now() - t0 > budgetMs) {
        drawn++;
        break;
      }
    }
    container.append(fragment);
  };
  let cancelled = false;
  drawUpTo(paragraphs.length, 30);
  const done = new Promise((resolve) => {
    const step = () => {
      if (cancelled) return resolve(false);
      if (drawn >= paragraphs.length) return resolve(true);
      drawUpTo(paragraphs.length, 12);
      onProgress?.(drawn / paragraphs.length);
      setTimeout(step, 0);
    };
    if (drawn >= paragraphs.length) resolve(true);
    else setTimeout(step, 0);
  });

  let flashed = [];
  let hinted = [];
  const view = {
    done,
    spans,
    cancel() {
      cancelled = true;
    },
    /** Scrolls to a span, spans (span ids, all flashed) or paragraph and flashes it. */
    goTo(target) {
      let els = [];
      const ids = target.spans ?? (target.span !== undefined && target.span !== null ? [target.span] : null);
      if (ids?.length) {
        const last = ids.reduce((max, id) => Math.max(max, spans[id].start), 0);
        drawUpTo(Math.max(0, upperBound(starts, last) - 1) + 1);
        els = ids.flatMap((id) => elements.get(id) ?? []);
      } else if (target.para !== undefined) {
        drawUpTo(target.para + 1);
        els = paraElements[target.para] ? [paraElements[target.para].querySelector(".text")] : [];
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
      for (const el of selected) el.classList.remove("selected");
      selectedIds = new Set(ids);
      selected = ids.flatMap((id) => elements.get(id) ?? []);
      for (const el of selected) el.classList.add("selected");
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
      for (const span of spans) {
        if (span.layer !== key) continue;
        for (const el of elements.get(span.id) ?? []) el.classList.toggle("off", !visible);
      }
    },
    layers,
    groupsByLayer,
    diagnosticSpans,
    dateSpan,
    quoteSpans,
    speakerSpans,
    clusterSpans,
  };
  // Each drawing replaces the previous drawing's listeners on the container.
  listeners.get(container)?.abort();
  const controller = new AbortController();
  listeners.set(container, controller);
  const quoteAt = (node) => {
    const mark = node instanceof Element ? node.closest("mark[data-quote]") : null;
    return mark && container.contains(mark) ? Number(mark.dataset.quote) : null;
  };
  const on = (type, handler) => container.addEventListener(type, handler, { signal: controller.signal });
  on("mouseover", (event) => view.hintSpeaker(quoteAt(event.target)));
  on("mouseleave", () => view.hintSpeaker(null));
  on("focusin", (event) => view.hintSpeaker(quoteAt(event.target)));
  on("focusout", () => view.hintSpeaker(null));
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
        inner.push({ span: child.span, start: child.start, end: span.end, rank: child.rank, first: child.first });
        rest.push({ span: child.span, start: span.end, end: child.end, rank: child.rank, first: false });
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
