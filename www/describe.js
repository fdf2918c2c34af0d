//! What a highlight says about itself, in words: its label and its value
//! (a normalised date, a number with its unit, a quote's speaker with
//! role), for the tooltip shown on hover, focus and tap.

import { quantityValue } from "./render.js";
import { clustersById, outletName, speakerOf } from "./speakers.js";

const KIND = { direct: "Direct quote", indirect: "Reported speech", mixed: "Reported speech with a quotation" };
const LAYER_NAME = { entities: "Name", times: "Time", quantities: "Number" };
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const dayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const UNITS = { Y: "year", M: "month", W: "week", D: "day", H: "hour", MIN: "minute", S: "second", DE: "decade", CE: "century" };
const REFS = { PAST_REF: "some time in the past", PRESENT_REF: "now", FUTURE_REF: "some time in the future" };

/** A TIMEX3 value in words ("Thursday 3 July 2025", "week 26 of 2025", "3 years"), or "". */
export function timeInWords(type, value) {
  if (typeof value !== "string") return "";
  if (REFS[value]) return REFS[value];
  let m = value.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (m) {
    const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return Number.isNaN(date.getTime()) ? "" : dayFormat.format(date);
  }
  if ((m = value.match(/^(\d{4})-(\d{2})$/))) return monthFormat.format(new Date(Date.UTC(+m[1], +m[2] - 1, 1)));
  if ((m = value.match(/^(\d{4})-W(\d{2})$/))) return `week ${+m[2]} of ${m[1]}`;
  if ((m = value.match(/^(\d{4})$/))) return `the year ${m[1]}`;
  if ((m = value.match(/^P(T?)(\d+(?:\.\d+)?|X)(Y|M|W|D|H|MIN|S|DE|CE)$/))) {
    const unit = m[1] && m[3] === "M" ? "minute" : UNITS[m[3]];
    if (m[2] === "X") return type === "SET" ? `every ${unit}` : `some ${unit}s`;
    const n = Number(m[2]);
    return type === "SET" ? (n === 1 ? `every ${unit}` : `every ${n} ${unit}s`) : plural(n, unit);
  }
  return "";
}

function personLine(cluster) {
  const facts = [...(cluster.roles ?? []), ...(cluster.affiliations ?? [])];
  return facts.length ? `${cluster.name} (${facts.join(", ")})` : cluster.name;
}

/**
 * {title, value, more}: the words a highlight's tooltip shows. `span` is a
 * span of the view; `sources` the ledger, to say how often a person is quoted.
 */
export function describeSpan(span, doc, source) {
  const clusters = clustersById(doc);
  const cluster = span.cluster !== null && span.cluster !== undefined ? clusters.get(span.cluster) : null;
  const sourceOf = (id) => (doc.sources ?? []).find((s) => s.cluster === id);
  const quotedLine = (id) => {
    const s = sourceOf(id);
    if (!s) return "";
    const words = s.words.direct + s.words.reported;
    const gender = s.gender ? `; the text says ${s.gender === "female" ? "she" : "he"}` : "";
    return `quoted ${plural(s.quotes.total, "time")}, ${plural(words, "word")}${gender}`;
  };
  switch (span.layer) {
    case "entities": {
      if (span.coref) return { title: "Mention", value: cluster ? `refers to ${personLine(cluster)}` : "", more: cluster ? quotedLine(cluster.id) : "" };
      const e = doc.entities?.[span.item];
      const name = e?.text || source.slice(span.start, span.end);
      return {
        title: `Name · ${span.label}`,
        value: cluster ? personLine(cluster) : name,
        more: cluster ? [`${plural(cluster.mentions?.length ?? 0, "mention")}`, quotedLine(cluster.id)].filter(Boolean).join("; ") : "",
      };
    }
    case "times": {
      const t = doc.times?.[span.item];
      const words = t ? timeInWords(t.type, t.value) : "";
      return { title: `Time · ${t?.type ?? span.label}`, value: t?.value ?? "", more: words };
    }
    case "quantities": {
      const q = doc.quantities?.[span.item];
      return { title: `Number · ${q?.type ?? span.label}`, value: q ? quantityValue(q) : "", more: "" };
    }
    case "quotes": {
      const q = doc.quotes?.[span.item];
      if (!q) return { title: "Quote", value: "", more: "" };
      const speaker = speakerOf(q, clusters);
      const who = speaker?.clusterId !== null && speaker?.clusterId !== undefined ? personLine(clusters.get(speaker.clusterId)) : speaker?.name;
      const outlet = outletName(q);
      const more = [q.cue?.text && `cue: ${q.cue.text}`, outlet && `via ${outlet}`, q.anonymous && "unnamed source"].filter(Boolean).join(" · ");
      if (span.kind === "speaker") return { title: "Speaker", value: who ?? "", more: `of a ${(KIND[q.kind] ?? "quote").toLowerCase()}` };
      return { title: KIND[q.kind] ?? "Quote", value: who ? `by ${who}` : "speaker not found", more };
    }
    case "date":
      return { title: "Document date", value: doc.date?.value ?? "", more: "from the dateline; relative dates resolve against it" };
    case "diagnostics": {
      const d = doc.diagnostics?.[span.item];
      return { title: d?.severity === "warning" ? "Warning" : "Note", value: d?.message ?? "", more: "" };
    }
    default: {
      const label = span.label ? ` · ${span.label}` : "";
      return { title: `${LAYER_NAME[span.layer] ?? span.layer}${label}`, value: source.slice(span.start, span.end), more: "" };
    }
  }
}
