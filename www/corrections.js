//! Corrections an editor makes to who said what: give a quote to another
//! speaker, dismiss a false quote, merge two cards of one person. Each is
//! an edit, kept in a list; the corrected document is the annotator's
//! document with the edits applied in order, so undoing any of them is
//! taking it out of the list.
//
// Edits name what they change by the text, not by position in the
// document: a quote by its spans, a person by the name and first mention
// of their cluster. So the same edits apply again when the same text is
// annotated again (with another date, say), and an edit whose quote or
// person is no longer there is reported, never applied to something else.
//
// The corrected document keeps every field at the top level, as the core
// returns it, and adds `edits`: what was changed, in order.

import { countLedger, gendersFrom } from "./ledger.js";
import { clustersById, speakerOf } from "./speakers.js";

const spansKey = (spans) => JSON.stringify(spans ?? []);

/** How an edit names a quote: its spans, kind, and the first words, for people reading the JSON. */
export function quoteRef(quote, source) {
  const words = (quote.spans ?? []).map(([s, e]) => source.slice(s, e)).join(" … ").replace(/\s+/g, " ").trim();
  return { spans: quote.spans.map(([s, e]) => [s, e]), kind: quote.kind, text: words.length > 80 ? `${words.slice(0, 79)}…` : words };
}

/** How an edit names a person: the cluster's id and name, and its first mention. */
export function personRef(cluster) {
  return { cluster: cluster.id, name: cluster.name, mention: [...(cluster.mentions?.[0] ?? [])] };
}

/** How an edit names a card: its person, or the words of a speaker without one. */
export function cardRef(key, name, clusters) {
  if (key.startsWith("cluster:")) return personRef(clusters.get(Number(key.slice(8))));
  return { speaker: name };
}

/** A line that says what an edit did, for the list of corrections and the Undo button. */
export function describeEdit(edit) {
  const quote = edit.quote ? `“${edit.quote.text}”` : "";
  switch (edit.op) {
    case "reassign":
      return `${quote} given to ${edit.to.name}${edit.from ? ` (was ${edit.from.name})` : ""}`;
    case "dismiss":
      return `${quote} dismissed as not a quote`;
    case "merge":
      return `${edit.from.name ?? edit.from.speaker} merged into ${edit.into.name}`;
    default:
      return String(edit.op);
  }
}

/**
 * Applies `edits` to `doc` (made from `source`). Returns {doc, applied,
 * failed}: the corrected document (with `edits`, the ones applied) and the
 * edits that could not be applied because their quote or person is not in
 * this document. The original document is not changed.
 */
export function applyEdits(doc, source, edits) {
  if (!edits.length) return { doc: { ...doc, edits: [] }, applied: [], failed: [] };
  let quotes = [...(doc.quotes ?? [])];
  let clusters = (doc.clusters ?? []).map((c) => ({ ...c, mentions: [...c.mentions], roles: [...c.roles], affiliations: [...c.affiliations] }));
  const mergedInto = new Map();
  const applied = [];
  const failed = [];
  const findQuote = (ref) => quotes.findIndex((q) => spansKey(q.spans) === spansKey(ref?.spans));
  const findCluster = (ref) => {
    if (!ref?.mention || ref.mention.length !== 2) return null;
    const [s, e] = ref.mention;
    return clusters.find((c) => c.mentions.some(([ms, me]) => ms === s && me === e)) ?? null;
  };
  for (const edit of edits) {
    if (edit.op === "reassign") {
      const i = findQuote(edit.quote);
      const to = findCluster(edit.to);
      if (i < 0 || !to) {
        failed.push(edit);
        continue;
      }
      quotes[i] = { ...quotes[i], speaker_cluster: to.id, anonymous: false };
    } else if (edit.op === "dismiss") {
      const i = findQuote(edit.quote);
      if (i < 0) {
        failed.push(edit);
        continue;
      }
      quotes = quotes.filter((_, k) => k !== i);
    } else if (edit.op === "merge") {
      const into = findCluster(edit.into);
      if (!into) {
        failed.push(edit);
        continue;
      }
      if (edit.from.mention) {
        const from = findCluster(edit.from);
        if (!from || from === into) {
          failed.push(edit);
          continue;
        }
        into.mentions = [...into.mentions, ...from.mentions].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        for (const r of from.roles) if (!into.roles.includes(r)) into.roles.push(r);
        for (const a of from.affiliations) if (!into.affiliations.includes(a)) into.affiliations.push(a);
        clusters = clusters.filter((c) => c !== from);
        for (const [k, v] of mergedInto) if (v === from.id) mergedInto.set(k, into.id);
        mergedInto.set(from.id, into.id);
        quotes = quotes.map((q) => (q.speaker_cluster === from.id ? { ...q, speaker_cluster: into.id } : q));
      } else {
        // A card without a person: its quotes are those whose speaker reads the same.
        const byId = clustersById({ clusters });
        const key = `text:${String(edit.from.speaker).toLowerCase()}`;
        let n = 0;
        quotes = quotes.map((q) => {
          if (speakerOf(q, byId)?.key !== key) return q;
          n++;
          return { ...q, speaker_cluster: into.id, anonymous: false };
        });
        if (!n) {
          failed.push(edit);
          continue;
        }
      }
    } else {
      failed.push(edit);
      continue;
    }
    applied.push(edit);
  }
  if (!applied.length) return { doc: { ...doc, edits: [] }, applied, failed };
  const corrected = { ...doc, quotes, clusters };
  const ledger = countLedger(corrected, source, gendersFrom(doc.sources, mergedInto));
  corrected.sources = ledger.sources;
  corrected.source_summary = ledger.source_summary;
  corrected.edits = applied.map((e) => structuredClone(e));
  return { doc: corrected, applied, failed };
}
