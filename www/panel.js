//! The panel beside the article (overview, who said what, corrections and
//! the lists of names, times and numbers) and the source ledger table.
//
// Drawing only: app.js owns the state and passes what a press should do.
// Each section says which phone tab it belongs to (data-tab).

import { describeEdit } from "./corrections.js";
import { el, fmt, percent, plural, snippet } from "./dom.js";
import { quotesBySource, sourceKey } from "./ledger.js";
import { outletName } from "./speakers.js";

/** Lists in the panel show at most this many items, for articles over FULL_CHARS. */
export const MAX_ITEMS = 200;
/** A card lists at most this many quotes, for articles over FULL_CHARS. */
const MAX_CARD_QUOTES = 10;
/** A quote longer than this is cut to a few lines until expanded. */
const LONG_QUOTE = 140;

const KIND_TITLE = { direct: "direct quote", indirect: "reported speech", mixed: "reported speech with a quotation" };
const TAB_OF_LAYER = { entities: "names", times: "times", quantities: "numbers", quotes: "speakers" };

function section(title, body, { layer, tab = "article", id, name } = {}) {
  return el("section", { class: "panel-section", id, dataset: { ...(layer ? { layer } : {}), ...(name ? { section: name } : {}), tab } },
    el("h3", { text: title }), body);
}

/** A list of the first `max` of `items`, each drawn by `draw`. */
function list(items, draw = (x) => x, max = MAX_ITEMS) {
  const ul = el("ul", { class: "items" });
  for (const item of items.slice(0, max)) ul.append(el("li", {}, draw(item)));
  if (items.length > max) ul.append(el("li", { class: "more", text: `… and ${fmt.format(items.length - max)} more` }));
  return ul;
}

/** "2025-07-04 (from the dateline)": the date in use and where it came from. */
export function dateInUse(doc, origin) {
  if (!doc.date) return "none: relative dates stay unresolved";
  if (doc.date.source === "dateline") return `${doc.date.value}, from the dateline`;
  return `${doc.date.value}, ${origin === "sample" ? "the sample's publication date" : "typed by you, for this text only"}`;
}

/**
 * Draws the panel into `panel`. `ctx`: {doc, view, text, ms, full, origin,
 * edits, on: {goTo, select, reassign, dismiss, merge, undo, showSources}}.
 */
export function drawPanel(panel, ctx) {
  const { doc, view, text } = ctx;
  const sections = [];
  const itemButton = (label, target, extra = []) =>
    el("button", { type: "button", class: "item", onclick: () => view.goTo(target) }, el("span", { class: "item-text", text: label }), ...extra);

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
  row("Document date", dateInUse(doc, ctx.origin));
  row("Annotated in", `${ctx.ms.toFixed(1)} ms`);
  sections.push(section("Overview", dl, { name: "overview" }));

  if (ctx.edits.length) sections.push(correctionsSection(ctx));
  if (Array.isArray(doc.quotes)) sections.push(speakersSection(ctx));

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
    const tab = TAB_OF_LAYER[layer.key] ?? "article";
    const id = `panel-${layer.key}`;
    if (!groups.length) {
      sections.push(section(title, el("p", { class: "none", text: "None found." }), { layer: layer.key, tab, id }));
      continue;
    }
    sections.push(section(title, list(groups, (group) => {
      let next = 0;
      const count = group.spans.length;
      const extra = [];
      if (group.label) extra.push(el("mark", { class: "hl chip badge", dataset: { layer: layer.key, label: group.label }, text: group.label.toLowerCase() }));
      if (count > 1) extra.push(el("span", { class: "count", text: `×${count}` }));
      if (group.detail) extra.push(el("span", { class: "snippet", text: group.detail }));
      // Each press goes to the next mention of the group; all of them stay marked.
      return el("button", {
        type: "button",
        class: "item",
        title: count > 1 ? "Go to the next mention" : "Go to it",
        onclick: () => {
          view.select(group.spans);
          view.goTo({ span: group.spans[next] });
          next = (next + 1) % count;
        },
      }, el("span", { class: "item-text", text: snippet(group.name, 160) }), ...extra);
    }), { layer: layer.key, tab, id }));
  }
  panel.replaceChildren(...sections);
}

function correctionsSection(ctx) {
  const items = ctx.edits.map((edit, i) => el("li", { class: "edit" },
    el("span", { class: "edit-text", text: describeEdit(edit) }),
    el("button", { type: "button", class: "undo-one no-print", "aria-label": `Undo: ${describeEdit(edit)}`, onclick: () => ctx.on.undo(i) }, "Undo")));
  const node = section(`Corrections (${ctx.edits.length})`, el("ol", { class: "edits" }, ...items), { tab: "speakers", name: "corrections" });
  node.append(el("p", { class: "hint", text: "Applied in the exported JSON, listed there under \u201cedits\u201d; kept while this text is annotated again." }));
  return node;
}

/**
 * "Who said what": a card per source of the ledger, most quotes first, and
 * one for quotes without a speaker. Pressing the name marks every mention of
 * the speaker and every quote of theirs in the text; pressing a quote goes to it.
 */
function speakersSection(ctx) {
  const { doc } = ctx;
  const { groups, unattributed } = quotesBySource(doc);
  const sources = doc.sources ?? [];
  const shares = doc.source_summary?.word_share ?? [];
  const cards = sources.map((source, i) => ({ key: sourceKey(source), source, share: shares[i] ?? 0, quotes: groups.get(sourceKey(source)) ?? [] }));
  if (unattributed.length) cards.push({ key: "none", source: null, share: 0, quotes: unattributed });
  const title = `Who said what (${fmt.format(sources.length)})`;
  let body = el("p", { class: "none", text: "No quotes found." });
  if (cards.length) {
    // Over FULL_CHARS the panel stays short: the cards share one budget of listed quotes.
    const budget = { left: ctx.full ? Infinity : MAX_ITEMS };
    const shown = ctx.full ? cards : cards.slice(0, MAX_ITEMS);
    body = el("ul", { class: "items cards" }, ...shown.map((card) => el("li", {}, speakerCard(card, ctx, budget, cards))));
    if (shown.length < cards.length) body.append(el("li", { class: "more", text: `… and ${fmt.format(cards.length - shown.length)} more (all in the sources table and its CSV)` }));
  }
  const node = section(title, body, { tab: "speakers", name: "speakers", id: "panel-speakers" });
  if (sources.length) {
    node.insertBefore(el("p", { class: "ledger-line" }, summaryLine(doc.source_summary), " ",
      el("button", { type: "button", class: "link no-print", onclick: ctx.on.showSources }, "Sources table")), body);
  }
  return node;
}

/** One line of the ledger's totals. */
export function summaryLine(s) {
  if (!s) return "";
  const outlets = s.outlets?.length ? `; via ${s.outlets.join(", ")}` : "";
  return `${plural(s.sources, "source")}: ${fmt.format(s.named)} named, ${fmt.format(s.anonymous)} unnamed; `
    + `${fmt.format(s.female)} female, ${fmt.format(s.male)} male, ${fmt.format(s.gender_unknown)} not stated${outlets}.`;
}

function speakerCard(card, ctx, budget, cards) {
  const { view, doc } = ctx;
  const source = card.source;
  const clusterId = source?.cluster ?? null;
  const quoteIds = card.quotes.flatMap(({ index }) => view.quoteSpans[index] ?? []);
  const mentionIds = clusterId !== null
    ? view.clusterSpans.get(clusterId) ?? []
    : card.quotes.map(({ index }) => view.speakerSpans[index]).filter((id) => id !== null && id !== undefined);
  const marks = [...new Set([...mentionIds, ...quoteIds])];
  const name = source?.name ?? null;
  const cluster = clusterId !== null ? doc.clusters?.find((c) => c.id === clusterId) : null;
  const heading = el("h4", {},
    source
      ? el("button", {
        type: "button",
        class: "card-name",
        title: "Mark their mentions and quotes in the text",
        onclick: () => {
          view.select(marks);
          view.goTo({ span: mentionIds[0] ?? quoteIds[0] });
        },
      }, name)
      : el("span", { class: "card-name none", text: "Speaker not found" }),
    cluster?.label ? el("mark", { class: "hl chip badge", dataset: { layer: "entities", label: cluster.label }, text: cluster.label.toLowerCase() }) : null,
    source?.anonymous ? el("span", { class: "anonymous", text: "unnamed source" }) : null,
    source?.news_outlet ? el("span", { class: "agency", text: "news agency" }) : null);
  const facts = [];
  if (source?.roles.length) facts.push(el("span", { class: "roles", text: source.roles.join(", ") }));
  if (source?.affiliations.length) facts.push(el("span", { class: "affiliations", text: source.affiliations.join(", ") }));
  if (source?.gender) {
    const words = source.gender_evidence.map(([s, e]) => ctx.text.slice(s, e));
    facts.push(el("span", { class: "gender", text: `${source.gender} (the text says \u201c${[...new Set(words)].join("\u201d, \u201c")}\u201d)` }));
  }
  // An unnamed source says so in the heading; "not linked to a name" would only repeat it.
  if (source && clusterId === null && !source.anonymous) facts.push(el("span", { class: "unlinked", text: "not linked to a name" }));
  let stats = null;
  if (source) {
    const { direct, reported } = source.words;
    const total = direct + reported;
    const split = direct && reported ? ` (${fmt.format(direct)} direct, ${fmt.format(reported)} reported)`
      : direct ? " (all direct)" : reported ? " (all reported)" : "";
    stats = el("p", { class: "card-stats" },
      el("span", { class: "n-quotes", text: plural(source.quotes.total, "quote") }), " · ",
      el("span", { class: "n-words", text: `${plural(total, "word")} quoted${split}` }),
      card.share ? ` · ${percent(card.share)} of quoted words` : "");
  } else {
    stats = el("p", { class: "card-stats" }, el("span", { class: "n-quotes", text: plural(card.quotes.length, "quote") }));
  }
  const limit = Math.max(0, Math.min(ctx.full ? Infinity : MAX_CARD_QUOTES, budget.left));
  const shown = card.quotes.slice(0, limit);
  budget.left -= shown.length;
  const quotes = el("ol", { class: "card-quotes" }, ...shown.map(({ index, quote }) => quoteItem(quote, index, ctx)));
  if (shown.length < card.quotes.length) {
    quotes.append(el("li", { class: "more", text: `… and ${fmt.format(card.quotes.length - shown.length)} more` }));
  }
  const node = el("article", { class: "card", dataset: { speaker: card.key }, "aria-label": name ?? "Speaker not found" },
    heading, facts.length ? el("p", { class: "card-facts" }, ...facts) : null, stats, quotes);
  const targets = cards.filter((c) => c !== card && c.source && c.source.cluster !== null);
  if (source && targets.length) {
    const merge = el("button", { type: "button", class: "merge small no-print", "aria-expanded": "false", "aria-label": `Merge ${name} into another card…` }, "Merge…");
    merge.addEventListener("click", () => toggleForm(merge, () => mergeForm(card, targets, ctx, merge)));
    node.append(el("p", { class: "card-actions no-print" }, merge));
  }
  return node;
}

/** Opens the form `make()` builds after `button` (or closes it): one open form per button. */
function toggleForm(button, make) {
  const open = button.getAttribute("aria-expanded") === "true";
  button.setAttribute("aria-expanded", String(!open));
  if (open) {
    button.formEl?.remove();
    button.formEl = null;
    return;
  }
  button.formEl = make();
  button.closest("li, article").append(button.formEl);
  button.formEl.querySelector("select, button")?.focus();
}

function closeForm(button) {
  button.setAttribute("aria-expanded", "false");
  button.formEl?.remove();
  button.formEl = null;
  button.focus();
}

function mergeForm(card, targets, ctx, button) {
  const select = el("select", { "aria-label": `Merge ${card.source.name} into` },
    ...targets.map((t) => el("option", { value: String(t.source.cluster), text: t.source.name })));
  return el("div", { class: "correct-form no-print", role: "group", "aria-label": `Merge ${card.source.name} into another card` },
    el("label", {}, `Merge \u201c${card.source.name}\u201d into `, select),
    el("button", { type: "button", onclick: () => ctx.on.merge(card.key, card.source.name, Number(select.value)) }, "Merge"),
    el("button", { type: "button", onclick: () => closeForm(button) }, "Cancel"));
}

function quoteItem(quote, index, ctx) {
  const { view, text } = ctx;
  const words = (quote.spans ?? []).map(([start, end]) => text.slice(start, end)).join(" … ").replace(/\s+/g, " ").trim();
  const excerpt = quote.kind === "direct" ? `\u201c${words}\u201d` : words;
  const outlet = outletName(quote);
  const li = el("li", { class: "quote", dataset: { quote: String(index), kind: quote.kind } },
    el("mark", { class: "hl chip badge", dataset: { layer: "quotes", label: quote.kind }, text: quote.kind }),
    el("button", {
      type: "button",
      class: "quote-item",
      title: `Go to this ${KIND_TITLE[quote.kind] ?? "quote"}`,
      onclick: () => {
        const ids = view.quoteSpans[index] ?? [];
        if (ids.length) view.goTo({ spans: ids });
      },
    }, el("span", { class: "excerpt", text: excerpt })),
    quote.cue?.text ? el("span", { class: "cue" }, "cue: ", el("strong", { text: quote.cue.text })) : null,
    outlet ? el("span", { class: "outlet", text: `via ${outlet}` }) : null);
  const actions = el("span", { class: "quote-actions no-print" });
  if (excerpt.length > LONG_QUOTE) {
    li.classList.add("long");
    const more = el("button", { type: "button", class: "expand small", "aria-expanded": "false", "aria-label": "Show the whole quote" }, "More");
    more.addEventListener("click", () => {
      const open = li.classList.toggle("expanded");
      more.setAttribute("aria-expanded", String(open));
      more.textContent = open ? "Less" : "More";
    });
    actions.append(more);
  }
  const correct = el("button", { type: "button", class: "correct small", "aria-expanded": "false", "aria-label": "Correct this quote…" }, "Correct…");
  correct.addEventListener("click", () => toggleForm(correct, () => correctForm(quote, index, ctx, correct)));
  actions.append(correct);
  li.append(actions);
  return li;
}

function correctForm(quote, index, ctx, button) {
  const people = (ctx.doc.clusters ?? []).filter((c) => c.label === "PERSON" || c.label === "ORG")
    .sort((a, b) => a.name.localeCompare(b.name));
  const select = el("select", { "aria-label": "Speaker" },
    ...people.map((c) => {
      const option = el("option", { value: String(c.id), text: `${c.name}${c.roles?.length ? ` (${c.roles.join(", ")})` : ""}` });
      option.selected = c.id === quote.speaker_cluster;
      return option;
    }));
  return el("div", { class: "correct-form no-print", role: "group", "aria-label": "Correct this quote" },
    people.length ? el("label", {}, "Speaker ", select) : null,
    people.length ? el("button", { type: "button", onclick: () => ctx.on.reassign(index, Number(select.value)) }, "Give to this speaker") : null,
    el("button", { type: "button", onclick: () => ctx.on.dismiss(index) }, "Not a quote"),
    el("button", { type: "button", onclick: () => closeForm(button) }, "Cancel"));
}

/** The source ledger as a table with its totals. */
export function drawLedger(container, { doc, text, full }) {
  const sources = doc.sources ?? [];
  const summary = doc.source_summary ?? {};
  const body = container.querySelector(".ledger-body");
  if (!sources.length) {
    body.replaceChildren(el("p", { class: "none", text: "No quotes, so no sources." }));
    return;
  }
  const shown = full ? sources : sources.slice(0, MAX_ITEMS);
  const th = (t, more = {}) => el("th", { scope: "col", ...more }, t);
  const table = el("table", { class: "ledger-table" },
    el("caption", { class: "ledger-summary", text: summaryLine(summary) }),
    el("thead", {}, el("tr", {}, th("Source"), th("Quotes"), th("Direct · reported · mixed"), th("Words quoted"), th("Share"),
      th("Named"), th("Gender, as the text states it"), th("Roles and affiliations"), th("Carried by"))),
    el("tbody", {}, ...shown.map((s, i) => {
      const evidence = [...new Set(s.gender_evidence.map(([a, b]) => text.slice(a, b)))];
      return el("tr", { dataset: { cluster: s.cluster ?? "" } },
        el("th", { scope: "row", text: s.name }),
        el("td", { class: "num", text: fmt.format(s.quotes.total) }),
        el("td", { class: "num", text: `${s.quotes.direct} · ${s.quotes.indirect} · ${s.quotes.mixed}` }),
        el("td", { class: "num", text: fmt.format(s.words.direct + s.words.reported) }),
        el("td", { class: "num", text: percent(summary.word_share?.[i] ?? 0) }),
        el("td", { text: s.anonymous ? "unnamed" : s.news_outlet ? "news agency" : s.cluster !== null ? "yes" : "not linked" }),
        el("td", { text: s.gender ? `${s.gender} (\u201c${evidence.join("\u201d, \u201c")}\u201d)` : "not stated" }),
        el("td", { text: [...s.roles, ...s.affiliations].join(", ") }),
        el("td", { text: s.outlets.join(", ") }));
    })));
  body.replaceChildren(el("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": "Sources table" }, table));
  if (shown.length < sources.length) body.append(el("p", { class: "more", text: `… and ${fmt.format(sources.length - shown.length)} more in the CSV` }));
}
