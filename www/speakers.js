//! Who said a quote: the speaker's key and name, the outlet that carried
//! the words, and the words a quote's highlight says about itself.
//
// A speaker is the quote's person cluster when it has one, else the text of
// its speaker mention ("a spokesman"), so that quotes the annotator could
// not tie to a name still have a card; this is how the core's ledger
// groups them too (src/sources.rs).

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
