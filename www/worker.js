//! Runs newsmark in a module Web Worker, so that annotating a long text never freezes the page.
//
// Messages in: {id, text, options}. Messages out: {type: "ready", version},
// {type: "failed", message}, and per request {id, type: "progress", stage,
// done}, then {id, type: "part", key, items} for each slice of a long array
// of the document (in order; the array is empty in the result), then {id,
// type: "result", doc, ms, dateline} or {id, type: "error", message}.

import init, { annotate, version } from "./pkg/newsmark.js";
import { datelineOf } from "./dateline.js";

/** Arrays longer than this reach the page in slices of this many items. */
const SLICE = 20_000;

const ready = init().then(
  () => {
    postMessage({ type: "ready", version: version() });
    return true;
  },
  (error) => {
    postMessage({ type: "failed", message: String(error?.message ?? error) });
    return false;
  },
);

onmessage = async (event) => {
  const { id, text, options } = event.data;
  if (!(await ready)) {
    postMessage({ id, type: "error", message: "the annotator could not be loaded in the worker" });
    return;
  }
  try {
    const t0 = performance.now();
    const doc = annotate(text, options, (stage, done) => postMessage({ id, type: "progress", stage, done }));
    const ms = performance.now() - t0;
    const dateline = datelineOf(text, options, doc);
    // Long arrays go ahead in slices: the page takes each message in one task, so
    // one message of a 5 MB document would hold it for a third of a second.
    for (const [key, items] of Object.entries(doc)) {
      if (!Array.isArray(items) || items.length <= SLICE) continue;
      for (let i = 0; i < items.length; i += SLICE) postMessage({ id, type: "part", key, items: items.slice(i, i + SLICE) });
      doc[key] = [];
    }
    postMessage({ id, type: "result", doc, ms, dateline });
  } catch (error) {
    postMessage({ id, type: "error", message: String(error?.message ?? error) });
  }
};
