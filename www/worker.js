//! Runs newsmark in a module Web Worker, so that annotating a long text never freezes the page.
//
// Messages in: {id, text, options}. Messages out: {type: "ready", version},
// {type: "failed", message}, and per request {id, type: "progress", stage,
// done}, then {id, type: "result", doc, ms} or {id, type: "error", message}.

import init, { annotate, version } from "./pkg/newsmark.js";

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
    postMessage({ id, type: "result", doc, ms });
  } catch (error) {
    postMessage({ id, type: "error", message: String(error?.message ?? error) });
  }
};
