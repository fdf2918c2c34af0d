//! The date a text's own dateline gives, also when a date was typed.
//
// With a date given, the core resolves against it and reports that date
// only. To tell the user when what they typed and the article's dateline
// disagree, the text is read once more with no date and no layers, which
// costs only the segmentation.

import { annotate as annotateHere } from "./pkg/newsmark.js";

/**
 * The dateline date of `text` as the core reports it ({value, source,
 * start, end}), or null when the text has none. `doc` is the document made
 * with `options`; `annotate` the core's function (the worker's or the page's).
 */
export function datelineOf(text, options, doc, annotate = annotateHere) {
  if (!options?.date) return doc.date?.source === "dateline" ? doc.date : null;
  const bare = annotate(text, { layers: [] });
  return bare.date?.source === "dateline" ? bare.date : null;
}
