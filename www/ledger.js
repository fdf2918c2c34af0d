//! The source ledger on the page: quotes grouped by speaker, and the ledger
//! recounted after the user's corrections.
//
// The core computes `sources` and `source_summary` (src/sources.rs). The
// page shows them as they come; only when the user has corrected speakers
// does it count them again here, by the same rules, so that the table, the
// cards and the exported JSON agree with the corrections. A browser test
// checks that, on unedited documents, the count here equals the core's.
// What the page cannot read again is gender: it takes the core's evidence
// for each person (merged persons pool theirs).

import { clustersById, speakerOf } from "./speakers.js";

/** A word: letters or digits, with inner apostrophes, hyphens and points ("NATO’s", "U.S."); as `words_in` in src/sources.rs. */
const WORD = /[\p{Alphabetic}\p{N}]+(?:['’.\-][\p{Alphabetic}\p{N}]+)*/gu;

/** The role the core gives a news agency's cluster. */
const NEWS_AGENCY_ROLE = "news agency";

const collapse = (s) => s.replace(/\s+/g, " ").trim();

/** The ledger key of a source: its cluster, else its speaker mention's words. */
export function sourceKey(source) {
  return source.cluster !== null && source.cluster !== undefined ? `cluster:${source.cluster}` : `text:${source.name.toLowerCase()}`;
}

/**
 * Quotes grouped by who said them: a Map from source key to [{index, quote,
 * start}] in text order, and the indices of quotes with no speaker.
 */
export function quotesBySource(doc) {
  const clusters = clustersById(doc);
  const groups = new Map();
  const unattributed = [];
  (doc.quotes ?? []).forEach((quote, index) => {
    const speaker = speakerOf(quote, clusters);
    const entry = { index, quote, start: quoteStart(quote) };
    if (!speaker) {
      unattributed.push(entry);
      return;
    }
    if (!groups.has(speaker.key)) groups.set(speaker.key, []);
    groups.get(speaker.key).push(entry);
  });
  for (const list of groups.values()) list.sort((a, b) => a.start - b.start);
  unattributed.sort((a, b) => a.start - b.start);
  return { groups, unattributed };
}

/**
 * Counts the ledger of `doc` over `source` as the core does: returns
 * {sources, source_summary}. `genders(key, quotes)` gives {gender,
 * gender_evidence} for a source; by default none is known.
 */
export function countLedger(doc, source, genders = () => ({ gender: null, gender_evidence: [] })) {
  const clusters = clustersById(doc);
  const entries = new Map();
  let unattributed = 0;
  for (const quote of doc.quotes ?? []) {
    const speaker = speakerOf(quote, clusters);
    if (!speaker) {
      unattributed++;
      continue;
    }
    if (!entries.has(speaker.key)) {
      const cluster = speaker.clusterId !== null ? clusters.get(speaker.clusterId) : null;
      entries.set(speaker.key, {
        key: speaker.key,
        cluster,
        name: speaker.name,
        quotes: [],
        first: cluster ? Math.min(Infinity, ...(cluster.mentions ?? []).map(([start]) => start)) : Infinity,
      });
    }
    const entry = entries.get(speaker.key);
    entry.quotes.push(quote);
    if (quote.speaker && Number.isInteger(quote.speaker.start)) entry.first = Math.min(entry.first, quote.speaker.start);
  }
  const sources = [...entries.values()].map((entry) => {
    const counts = { direct: 0, indirect: 0, mixed: 0, total: 0 };
    const outlets = [];
    for (const q of entry.quotes) {
      if (q.kind === "direct") counts.direct++;
      else if (q.kind === "mixed") counts.mixed++;
      else counts.indirect++;
      counts.total++;
      const outlet = typeof q.outlet?.text === "string" ? collapse(q.outlet.text) : "";
      if (outlet && !outlets.includes(outlet)) outlets.push(outlet);
    }
    const total = wordsIn(source, merge(entry.quotes.flatMap((q) => q.spans ?? [])));
    const direct = wordsIn(source, merge(entry.quotes.filter((q) => q.kind === "direct").flatMap((q) => q.spans ?? [])));
    if (entry.first === Infinity) entry.first = Math.min(...entry.quotes.map(quoteStart));
    const { gender, gender_evidence } = genders(entry.key, entry.quotes);
    return {
      first: entry.first,
      source: {
        cluster: entry.cluster ? entry.cluster.id : null,
        name: entry.name,
        quotes: counts,
        words: { direct, reported: total - direct },
        anonymous: entry.quotes.every((q) => q.anonymous === true),
        news_outlet: !!entry.cluster?.roles?.includes(NEWS_AGENCY_ROLE),
        roles: entry.cluster ? [...(entry.cluster.roles ?? [])] : [],
        affiliations: entry.cluster ? [...(entry.cluster.affiliations ?? [])] : [],
        gender,
        gender_evidence,
        outlets,
      },
    };
  });
  // Most quotes first, then who is named (or speaks) first; the sort is stable, as in the core.
  sources.sort((a, b) => b.source.quotes.total - a.source.quotes.total || a.first - b.first);
  const list = sources.map((s) => s.source);
  return { sources: list, source_summary: summarise(list, doc.quotes ?? [], unattributed) };
}

function summarise(sources, quotes, unattributed) {
  const words = sources.map((s) => s.words.direct + s.words.reported);
  const nWords = words.reduce((a, b) => a + b, 0);
  const outlets = [];
  const add = (at, name) => {
    if (name && !outlets.some((o) => o.name === name)) outlets.push({ at, name });
  };
  for (const q of quotes) {
    if (typeof q.outlet?.text === "string") add(q.outlet.start, collapse(q.outlet.text));
  }
  for (const s of sources) if (s.news_outlet) add(Infinity, s.name);
  outlets.sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? -1 : 1));
  const count = (f) => sources.filter(f).length;
  const female = count((s) => s.gender === "female");
  const male = count((s) => s.gender === "male");
  return {
    sources: sources.length,
    named: count((s) => s.cluster !== null && !s.anonymous),
    anonymous: count((s) => s.anonymous),
    female,
    male,
    gender_unknown: sources.length - female - male,
    quotes: quotes.length - unattributed,
    unattributed,
    words: nWords,
    word_share: words.map((w) => (nWords === 0 ? 0 : w / nWords)),
    outlets: outlets.map((o) => o.name),
  };
}

/**
 * Genders for a corrected document from the core's ledger of the original:
 * a person keeps the evidence the core found for them, pooled with that of
 * the people merged into them (`mergedInto`: original cluster id -> the id
 * it was merged into). Evidence that disagrees gives no gender, as in the
 * core. A speaker without a name keeps the pronouns ("she") of the quotes
 * still theirs.
 */
export function gendersFrom(originalSources, mergedInto = new Map()) {
  const byCluster = new Map();
  const byText = new Map();
  for (const s of originalSources ?? []) {
    if (s.cluster !== null && s.cluster !== undefined) {
      const target = mergedInto.get(s.cluster) ?? s.cluster;
      if (!byCluster.has(target)) byCluster.set(target, []);
      byCluster.get(target).push(s);
    } else {
      byText.set(`text:${s.name.toLowerCase()}`, s);
    }
  }
  return (key, quotes) => {
    if (key.startsWith("cluster:")) {
      const parts = byCluster.get(Number(key.slice(8))) ?? [];
      const evidence = parts.flatMap((s) => s.gender_evidence ?? []);
      const conflicted = parts.some((s) => s.gender === null && (s.gender_evidence ?? []).length);
      const genders = new Set(parts.filter((s) => s.gender).map((s) => s.gender));
      return {
        gender: !conflicted && genders.size === 1 ? [...genders][0] : null,
        gender_evidence: uniqueSpans(evidence),
      };
    }
    const original = byText.get(key);
    const speakers = new Set(quotes.map((q) => q.speaker && `${q.speaker.start}:${q.speaker.end}`));
    const evidence = (original?.gender_evidence ?? []).filter(([s, e]) => speakers.has(`${s}:${e}`));
    return { gender: evidence.length ? original.gender : null, gender_evidence: evidence };
  };
}

function uniqueSpans(spans) {
  const seen = new Set();
  return spans
    .filter(([s, e]) => !seen.has(`${s}:${e}`) && seen.add(`${s}:${e}`))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function quoteStart(q) {
  return (q.spans ?? []).reduce((min, [start]) => Math.min(min, start), Infinity);
}

/** Words in the given ranges of `source`. */
export function wordsIn(source, ranges) {
  return ranges.reduce((n, [start, end]) => n + (source.slice(start, end).match(WORD)?.length ?? 0), 0);
}

/** The union of [start, end] ranges, as sorted ranges that neither overlap nor touch. */
export function merge(ranges) {
  const sorted = ranges.filter(([start, end]) => end > start).map(([s, e]) => [s, e]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** A spreadsheet cell: quoted when needed, and never read as a formula. */
function cell(value) {
  let s = value === null || value === undefined ? "" : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const LEDGER_COLUMNS = [
  "name", "cluster", "quotes_total", "quotes_direct", "quotes_indirect", "quotes_mixed", "words_direct", "words_reported",
  "word_share", "anonymous", "news_outlet", "gender", "gender_evidence", "roles", "affiliations", "outlets",
];

/** The ledger as CSV (RFC 4180, CRLF), one row per source; evidence as the words of the text. */
export function ledgerCsv(sources, summary, text) {
  const rows = [LEDGER_COLUMNS];
  sources.forEach((s, i) => rows.push([
    s.name, s.cluster ?? "", s.quotes.total, s.quotes.direct, s.quotes.indirect, s.quotes.mixed, s.words.direct, s.words.reported,
    (summary.word_share?.[i] ?? 0).toFixed(4), s.anonymous, s.news_outlet, s.gender ?? "",
    (s.gender_evidence ?? []).map(([a, b]) => text.slice(a, b)).join("; "),
    s.roles.join("; "), s.affiliations.join("; "), s.outlets.join("; "),
  ]));
  return `${rows.map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}
