//! The module Web Worker behind `createAnnotator()`: loads the wasm and annotates what it is sent.
//
// Messages in: {type: "init", wasm} (a URL of the wasm, or null for the one
// beside this file), then {type: "annotate", id, text, options, progress}.
// Out: {type: "ready", version} or {type: "failed", message}, and per
// request {id, type: "progress", stage, done}, then {id, type: "result",
// doc} or {id, type: "error", message}.

import init, { annotate, version } from "./newsmark.js";

let ready = null;

onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === "init") {
    ready = init(msg.wasm ? { module_or_path: msg.wasm } : undefined).then(
      () => {
        postMessage({ type: "ready", version: version() });
        return true;
      },
      (error) => {
        postMessage({ type: "failed", message: String(error?.message ?? error) });
        return false;
      },
    );
    return;
  }
  const { id, text, options, progress } = msg;
  if (!(await ready)) {
    postMessage({ id, type: "error", message: "the annotator could not be loaded in the worker" });
    return;
  }
  try {
    const onProgress = progress ? (stage, done) => postMessage({ id, type: "progress", stage, done }) : undefined;
    postMessage({ id, type: "result", doc: annotate(text, options, onProgress) });
  } catch (error) {
    postMessage({ id, type: "error", message: String(error?.message ?? error) });
  }
};
