//! Who said what: a document's quotes grouped by speaker into cards, each
//! with the speaker's roles and affiliations and the words quoted.
//
// A speaker is the quote's person cluster when it has one, else the text of
// its speaker mention ("a spokesman"), so that quotes the annotator could
// not tie to a name still have a card. Quotes with no speaker at all share
// one last card. This module only computes; app.js draws the cards.

/** A word: letters or digits, with inner apostrophes, hyphens and points ("NATO’s", "U.S."). */
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** The clusters of `doc` by id. */
export function clustersById(doc) {
  return new Map((doc.clusters ?? []).map((c) => [c.id, c]));
}

/**
 * Who said quote `q`: {key, name, clusterId} (the name is the cluster's, else
 * the speaker mention's text), or null when the annotator found no speaker.
 */
export function speakerOf(q, clusters) {
  const cluster = q.speaker_cluster !== null && q.speaker_cluster !== undefined ? clusters.get(q.speaker_cluster) : null;
  if (cluster) return { key: `cluster:${cluster.id}`, name: cluster.name, clusterId: cluster.id };
  const text = q.speaker?.text?.replace(/\s+/g, " ").trim();
  if (text) return { key: `text:${text.toLowerCase()}`, name: text, clusterId: null };
  return null;
}

/**
 * The name of the outlet that carried quote `q` ("AFP" for "in an interview
 * with AFP"), whitespace collapsed, or "" when there is none.
 */
export function outletName(q) {
  const text = q.outlet?.text;
  return typeof text === "string" ? text.replace(/\s+/g, " ").trim() : "";
}

/** A quote's own words, as the hover title of its highlight says them. */
export function quoteTitle(q, speaker) {
  const kind = q.kind === "indirect" ? "Reported speech" : q.kind === "mixed" ? "Mixed quote" : "Direct quote";
  const by = speaker ? ` by ${speaker.name}` : ", speaker not found";
  const outlet = outletName(q);
  return `${kind}${by}${q.cue?.text ? ` (${q.cue.text})` : ""}${outlet ? `, via ${outlet}` : ""}`;
}

/**
 * The cards, most quotes first, then by where the speaker first appears.
 * Each card: {key, name, clusterId, label, roles, affiliations, quotes:
 * [{index, quote, start}] in text order, words: {direct, reported, total},
 * anonymous, first}; `anonymous` when every quote of the card is marked as
 * from an unnamed source ("officials said").
 * The card for quotes without a speaker, if any, comes last (key "none").
 */
export function speakerCards(doc, source) {
  const clusters = clustersById(doc);
  const cards = new Map();
  (doc.quotes ?? []).forEach((quote, index) => {
    const speaker = speakerOf(quote, clusters);
    const key = speaker?.key ?? "none";
    if (!cards.has(key)) {
      const cluster = speaker?.clusterId !== null && speaker?.clusterId !== undefined ? clusters.get(speaker.clusterId) : null;
      cards.set(key, {
        key,
        name: speaker?.name ?? null,
        clusterId: speaker?.clusterId ?? null,
        label: cluster?.label ?? "",
        roles: cluster?.roles ?? [],
        affiliations: cluster?.affiliations ?? [],
        quotes: [],
        words: { direct: 0, reported: 0, total: 0 },
        anonymous: false,
        first: (cluster?.mentions ?? []).reduce((min, [start]) => Math.min(min, start), Infinity),
      });
    }
    const card = cards.get(key);
    card.quotes.push({ index, quote, start: quoteStart(quote) });
    card.first = Math.min(card.first, quote.speaker?.start ?? Infinity);
  });
  for (const card of cards.values()) {
    card.quotes.sort((a, b) => a.start - b.start);
    // Where the speaker is first named; without a name, where they first speak.
    if (card.first === Infinity) card.first = card.quotes[0].start;
    card.words = countWords(card.quotes.map((q) => q.quote), source);
    card.anonymous = card.key !== "none" && card.quotes.every((q) => q.quote.anonymous === true);
  }
  return [...cards.values()].sort((a, b) =>
    (a.key === "none") - (b.key === "none") || b.quotes.length - a.quotes.length || a.first - b.first);
}

function quoteStart(q) {
  return (q.spans ?? []).reduce((min, [start]) => Math.min(min, start), Infinity);
}

/**
 * Words inside the quotes' spans, each counted once: a mixed quote and the
 * direct quotation inside it cover the same words. A word inside any direct
 * quote counts as direct, the rest as reported.
 */
export function countWords(quotes, source) {
  const all = merge(quotes.flatMap((q) => q.spans ?? []));
  const direct = merge(quotes.filter((q) => q.kind === "direct").flatMap((q) => q.spans ?? []));
  const count = (ranges) => ranges.reduce((n, [start, end]) => n + (source.slice(start, end).match(WORD)?.length ?? 0), 0);
  const total = count(all);
  const nDirect = count(direct);
  return { direct: nDirect, reported: total - nDirect, total };
}

/** The union of [start, end] ranges, as sorted ranges that neither overlap nor touch. */
function merge(ranges) {
  const sorted = ranges.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
