//! `createAnnotator()`: newsmark in a module Web Worker, so that annotating a long text never blocks the page.
//
// The worker (`annotator-worker.js`) loads the same `newsmark_bg.wasm` as
// the main entry, from beside the module.

/**
 * Starts a worker. `annotate(text, options, onProgress)` resolves to the
 * document; `ready` resolves to the version once the wasm is loaded;
 * `terminate()` stops the worker and rejects what is pending.
 */
export function createAnnotator({ wasm } = {}) {
  if (typeof Worker !== "function") {
    throw new Error("module Web Workers are missing here: in Node, import annotate from \"newsmark\" instead");
  }
  const worker = new Worker(new URL("./annotator-worker.js", import.meta.url), { type: "module" });
  const pending = new Map();
  let nextId = 1;
  let failure = null;
  let onReady;
  let onFailed;
  const ready = new Promise((resolve, reject) => {
    onReady = resolve;
    onFailed = reject;
  });
  // A failure is also reported by each annotate(); an unwatched `ready` must not add an unhandled rejection.
  ready.catch(() => {});
  const failAll = (message) => {
    failure = new Error(message);
    onFailed(failure);
    for (const job of pending.values()) job.reject(failure);
    pending.clear();
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    failAll(event.message || "the newsmark worker stopped");
  };
  worker.onmessage = (event) => {
    const msg = event.data;
    if (msg.type === "ready") return onReady(msg.version);
    if (msg.type === "failed") return failAll(msg.message);
    const job = pending.get(msg.id);
    if (!job) return;
    if (msg.type === "progress") {
      job.onProgress?.(msg.stage, msg.done);
      return;
    }
    pending.delete(msg.id);
    if (msg.type === "result") job.resolve(msg.doc);
    else job.reject(new Error(msg.message));
  };
  worker.postMessage({ type: "init", wasm: wasm === undefined ? null : String(wasm) });
  return {
    ready,
    annotate(text, options, onProgress) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, onProgress });
        worker.postMessage({ type: "annotate", id, text: String(text), options, progress: typeof onProgress === "function" });
      });
    },
    terminate() {
      worker.terminate();
      failAll("the newsmark worker was terminated");
    },
  };
}
