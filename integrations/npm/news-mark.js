//! The `<news-mark>` custom element: annotates its own text and draws it, with `<mark>` highlights and who said what, in an open shadow root.
//
// `defineNewsMark(api)` defines the element on top of an entry's `init`
// and `annotate` (`element.js` uses the main entry, `element-inline.js` the
// inlined one). The article's text is only ever set as text nodes.
//
//   <news-mark date="2025-07-04" layers="entities quotes">article text</news-mark>
//
// Attributes: `date` (YYYY-MM-DD) and `layers` (names separated by spaces
// or commas; every layer when absent). The text is the element's own text
// content, or the `text` property. After each annotation it fires
// `annotated` (detail: the document, also kept as `.document`); a bad
// attribute fires `error` (detail: the Error) and shows the message.
// Theming: the custom properties in STYLE below and `::part()` on every
// part named there.

const STYLE = `
:host {
  display: block;
  font: var(--news-mark-font, inherit);
  color: var(--news-mark-color, inherit);
  background: var(--news-mark-background, transparent);
}
:host([hidden]) { display: none; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.6; }
mark { color: inherit; border-radius: 2px; padding: 0 1px; }
mark[data-layer="entities"] { background: var(--news-mark-group, #ede7f6); }
mark[data-label="PERSON"] { background: var(--news-mark-person, #dbeafe); }
mark[data-label="ORG"] { background: var(--news-mark-org, #fde7d9); }
mark[data-label="GPE"], mark[data-label="LOC"] { background: var(--news-mark-place, #dcfce7); }
mark[data-layer="times"] { background: var(--news-mark-time, #fef3c7); }
mark[data-layer="quantities"] { background: var(--news-mark-number, #e0f2fe); }
mark[data-layer="quotes"] {
  background: var(--news-mark-quote, transparent);
  border-bottom: 2px solid var(--news-mark-quote-line, #7c3aed);
}
mark.selected { outline: 2px solid var(--news-mark-selected, #b91c1c); outline-offset: 1px; }
mark:focus-visible, button:focus-visible {
  outline: 3px solid var(--news-mark-focus, #1d4ed8);
  outline-offset: 2px;
}
.speakers { margin-top: 1em; }
.speakers[hidden] { display: none; }
.speakers h2 { font-size: 1em; margin: 0 0 .4em; }
.speakers ul { list-style: none; margin: 0; padding: 0; }
.speakers li { margin: .2em 0; }
.speakers button {
  font: inherit; color: inherit; background: none; border: 0; padding: 0;
  text-decoration: underline; cursor: pointer;
}
.speakers button[aria-pressed="true"] { font-weight: bold; }
.detail { color: var(--news-mark-muted, #4b5563); }
.status:empty { display: none; }
.status { color: var(--news-mark-error, #b91c1c); }
`;

const LAYER_ORDER = { quotes: 0, entities: 1, times: 2, quantities: 3 };

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The highlights of `doc`, each {start, end, layer, attrs}, sorted so that
 * an enclosing span comes before what it holds.
 */
function highlights(doc) {
  const clusterOfMention = new Map();
  for (const c of doc.clusters ?? []) for (const [s, e] of c.mentions) clusterOfMention.set(`${s}:${e}`, c.id);
  const out = [];
  for (const e of doc.entities ?? []) {
    const cluster = clusterOfMention.get(`${e.start}:${e.end}`);
    out.push({ start: e.start, end: e.end, layer: "entities", label: e.label, title: e.label, cluster });
  }
  for (const t of doc.times ?? []) out.push({ start: t.start, end: t.end, layer: "times", label: t.type, title: `${t.type} ${t.value}` });
  for (const q of doc.quantities ?? []) {
    const value = q.value === null ? "" : ` ${q.value}${q.unit ? ` ${q.unit}` : ""}`;
    out.push({ start: q.start, end: q.end, layer: "quantities", label: q.type, title: `${q.type}${value}` });
  }
  (doc.quotes ?? []).forEach((q, idx) => {
    for (const [start, end] of q.spans) out.push({ start, end, layer: "quotes", label: q.kind, quote: idx });
  });
  out.sort((a, b) => a.start - b.start || b.end - a.end || LAYER_ORDER[a.layer] - LAYER_ORDER[b.layer]);
  return out;
}

/** Who said each quote, grouped: [{key, name, detail, quotes: [index]}], most quotes first. */
function speakers(doc) {
  const byKey = new Map();
  (doc.quotes ?? []).forEach((q, idx) => {
    const cluster = q.speaker_cluster === null ? null : (doc.clusters ?? []).find((c) => c.id === q.speaker_cluster);
    const key = cluster ? `c${cluster.id}` : q.speaker ? `s${q.speaker.text}` : "unnamed";
    if (!byKey.has(key)) {
      const name = cluster ? cluster.name : q.speaker ? q.speaker.text : "Unnamed source";
      const detail = cluster ? [...cluster.roles, ...cluster.affiliations].join(", ") : q.anonymous ? "unnamed source" : "";
      byKey.set(key, { key, name, detail, cluster: cluster ? cluster.id : null, quotes: [] });
    }
    byKey.get(key).quotes.push(idx);
  });
  return [...byKey.values()].sort((a, b) => b.quotes.length - a.quotes.length);
}

export function defineNewsMark({ init, annotate }, tag = "news-mark") {
  if (typeof customElements === "undefined" || typeof HTMLElement === "undefined") return null;
  const defined = customElements.get(tag);
  if (defined) return defined;
  let loading = null;
  const load = () => (loading ??= Promise.resolve(init()));

  let sheet = null;
  const styleFor = (root) => {
    if (typeof CSSStyleSheet === "function" && "adoptedStyleSheets" in root) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(STYLE);
      }
      root.adoptedStyleSheets = [sheet];
    } else {
      const style = document.createElement("style");
      style.textContent = STYLE;
      root.append(style);
    }
  };

  class NewsMark extends HTMLElement {
    static get observedAttributes() {
      return ["date", "layers"];
    }

    #root;
    #article;
    #speakers;
    #list;
    #status;
    #observer;
    #scheduled = false;
    #document = null;
    #selected = null;

    constructor() {
      super();
      this.#root = this.attachShadow({ mode: "open" });
      styleFor(this.#root);
      const make = (name, part, cls = part) => {
        const el = document.createElement(name);
        el.setAttribute("part", part);
        el.className = cls;
        return el;
      };
      this.#article = make("div", "article");
      this.#speakers = make("section", "speakers");
      this.#speakers.hidden = true;
      const heading = make("h2", "speakers-heading", "");
      heading.textContent = "Who said what";
      this.#speakers.setAttribute("aria-label", "Who said what");
      this.#list = make("ul", "speaker-list", "");
      this.#speakers.append(heading, this.#list);
      this.#status = make("p", "status");
      this.#status.setAttribute("role", "status");
      this.#root.append(this.#article, this.#speakers, this.#status);
      this.#observer = new MutationObserver(() => this.#schedule());
    }

    connectedCallback() {
      // A `text` set before the element was defined sits on the instance and hides the accessor.
      if (Object.prototype.hasOwnProperty.call(this, "text")) {
        const text = this.text;
        delete this.text;
        this.text = text;
      }
      this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
      this.#schedule();
    }

    disconnectedCallback() {
      this.#observer.disconnect();
    }

    attributeChangedCallback(_name, before, after) {
      if (before !== after && this.isConnected) this.#schedule();
    }

    /** The article: the element's own text content. */
    get text() {
      return this.textContent;
    }

    set text(value) {
      this.textContent = value === null || value === undefined ? "" : String(value);
    }

    /** The document of the last annotation, or null before the first one. */
    get document() {
      return this.#document;
    }

    /** Resolves after the annotation that is due (if any) has been drawn. */
    get updateComplete() {
      return this.#pending ?? Promise.resolve();
    }

    #pending = null;
    #annotatedKey = null;

    #schedule() {
      if (this.#scheduled) return;
      this.#scheduled = true;
      this.#pending = load().then(
        () => this.#run(),
        (error) => this.#fail(error),
      );
    }

    #options() {
      const options = {};
      const date = this.getAttribute("date");
      if (date !== null && date.trim() !== "") options.date = date.trim();
      const layers = this.getAttribute("layers");
      if (layers !== null) options.layers = layers.split(/[\s,]+/).filter(Boolean);
      return options;
    }

    #run() {
      this.#scheduled = false;
      const text = this.text;
      const options = this.#options();
      // One change can be seen twice (an attribute and the text set together): annotate it once.
      const key = JSON.stringify([text, options]);
      if (key === this.#annotatedKey) return;
      let doc;
      try {
        doc = annotate(text, options);
      } catch (error) {
        this.#annotatedKey = null;
        this.#fail(error);
        return;
      }
      this.#annotatedKey = key;
      this.#status.textContent = "";
      this.#draw(text, doc);
      this.#document = doc;
      this.dispatchEvent(new CustomEvent("annotated", { detail: doc, bubbles: true, composed: true }));
    }

    #fail(error) {
      this.#scheduled = false;
      const err = error instanceof Error ? error : new Error(String(error));
      this.#status.textContent = `newsmark: ${err.message}`;
      this.dispatchEvent(new CustomEvent("error", { detail: err }));
    }

    #draw(text, doc) {
      this.#selected = null;
      const spans = highlights(doc);
      const root = document.createDocumentFragment();
      // A stack of open marks; a span that crosses the end of the mark that holds it is split there.
      const stack = [{ el: root, end: Infinity }];
      let pos = 0;
      const top = () => stack[stack.length - 1];
      const emit = (upTo) => {
        if (upTo > pos) top().el.append(text.slice(pos, upTo));
        pos = Math.max(pos, upTo);
      };
      const close = (upTo) => {
        while (stack.length > 1 && top().end <= upTo) {
          emit(top().end);
          stack.pop();
        }
      };
      for (let i = 0; i < spans.length; i++) {
        const span = spans[i];
        close(span.start);
        if (span.start < pos || span.end <= span.start) continue;
        emit(span.start);
        let end = span.end;
        if (end > top().end) {
          const rest = { ...span, start: top().end };
          end = top().end;
          let at = i + 1;
          while (at < spans.length && spans[at].start <= rest.start) at++;
          spans.splice(at, 0, rest);
        }
        const mark = this.#mark(span, doc);
        top().el.append(mark);
        stack.push({ el: mark, end });
      }
      close(Infinity);
      emit(text.length);
      this.#article.replaceChildren(root);
      this.#drawSpeakers(doc);
    }

    #mark(span, doc) {
      const mark = document.createElement("mark");
      mark.dataset.layer = span.layer;
      mark.dataset.label = span.label;
      const parts = ["mark", `mark-${span.layer}`];
      if (span.layer === "quotes") {
        const q = doc.quotes[span.quote];
        const cluster = q.speaker_cluster === null ? null : doc.clusters.find((c) => c.id === q.speaker_cluster);
        const who = cluster ? cluster.name : q.speaker ? q.speaker.text : "unknown speaker";
        mark.dataset.quote = String(span.quote);
        if (cluster) mark.dataset.cluster = String(cluster.id);
        mark.title = `${q.kind} quote: ${who}${q.cue ? ` (${q.cue.text})` : ""}`;
        mark.tabIndex = 0;
      } else {
        mark.title = span.title;
        if (span.cluster !== undefined) mark.dataset.cluster = String(span.cluster);
        parts.push(`mark-${span.label.toLowerCase()}`);
      }
      mark.setAttribute("part", parts.join(" "));
      return mark;
    }

    #drawSpeakers(doc) {
      const items = speakers(doc).map((s) => {
        const li = document.createElement("li");
        li.setAttribute("part", "speaker");
        const button = document.createElement("button");
        button.type = "button";
        button.setAttribute("part", "speaker-button");
        button.setAttribute("aria-pressed", "false");
        button.textContent = s.name;
        button.addEventListener("click", () => this.#select(s, button));
        const detail = document.createElement("span");
        detail.className = "detail";
        detail.setAttribute("part", "speaker-detail");
        detail.textContent = `${s.detail ? ` (${s.detail})` : ""}: ${plural(s.quotes.length, "quote", "quotes")}`;
        li.append(button, detail);
        return li;
      });
      this.#list.replaceChildren(...items);
      this.#speakers.hidden = items.length === 0;
    }

    /** Marks a speaker's quotes and named mentions, and moves focus to the first quote. */
    #select(speaker, button) {
      const again = this.#selected === speaker.key;
      for (const el of this.#root.querySelectorAll("mark.selected")) el.classList.remove("selected");
      for (const b of this.#list.querySelectorAll("button")) b.setAttribute("aria-pressed", "false");
      this.#selected = again ? null : speaker.key;
      if (again) return;
      button.setAttribute("aria-pressed", "true");
      const quotes = new Set(speaker.quotes.map(String));
      const marks = [...this.#article.querySelectorAll("mark")].filter(
        (m) => quotes.has(m.dataset.quote) || (speaker.cluster !== null && m.dataset.layer === "entities" && m.dataset.cluster === String(speaker.cluster)),
      );
      for (const m of marks) m.classList.add("selected");
      const first = marks.find((m) => m.dataset.layer === "quotes");
      if (first) {
        first.scrollIntoView?.({ block: "nearest" });
        first.focus();
      }
    }
  }

  customElements.define(tag, NewsMark);
  return NewsMark;
}
