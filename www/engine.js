//! Runs annotations off the main thread when it can: in a module Web Worker,
//! or, where no worker can be made (the single file opened from file://), on
//! the main thread with the same interface.

import init, { annotate as annotateHere, version as versionHere } from "./pkg/newsmark.js";
import { datelineOf } from "./dateline.js";
import { embedded } from "./embedded.js";

function base64ToBytes(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Lets the browser paint (a status line, a progress bar) before blocking work. */
function nextPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export class Engine {
  constructor() {
    /** "worker" or "main thread", once started. */
    this.mode = null;
    this.version = "";
    this.worker = null;
    this.pending = new Map();
    this.nextId = 1;
    this.mainReady = null;
  }

  /** Starts the worker, or the main-thread module when no worker can run. */
  async start() {
    if (!embedded && typeof Worker === "function") {
      try {
        await this.startWorker();
        this.mode = "worker";
        return;
      } catch {
        // Fall through to the main thread: the page still works, it only blocks while annotating.
      }
    }
    await this.startMainThread();
    this.mode = "main thread";
  }

  startWorker() {
    return new Promise((resolve, reject) => {
      const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
      const fail = (message) => {
        worker.terminate();
        reject(new Error(message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        fail(event.message || "the worker could not start");
      };
      worker.onmessage = (event) => {
        const msg = event.data;
        if (msg.type === "ready") {
          this.worker = worker;
          this.version = msg.version;
          worker.onmessage = (e) => this.onWorkerMessage(e.data);
          worker.onerror = (e) => {
            e.preventDefault();
            this.onWorkerCrash(e.message || "the worker stopped");
          };
          resolve();
        } else if (msg.type === "failed") {
          fail(msg.message);
        }
      };
    });
  }

  async startMainThread() {
    if (!this.mainReady) {
      this.mainReady = init(embedded ? { module_or_path: base64ToBytes(embedded.wasm) } : undefined);
    }
    await this.mainReady;
    this.version = versionHere();
  }

  onWorkerMessage(msg) {
    const job = this.pending.get(msg.id);
    if (!job) return;
    if (msg.type === "progress") {
      job.onProgress?.(msg.stage, msg.done);
    } else if (msg.type === "part") {
      job.parts ??= {};
      (job.parts[msg.key] ??= []).push(...msg.items);
    } else {
      this.pending.delete(msg.id);
      if (msg.type === "result") {
        const doc = msg.doc;
        for (const [key, items] of Object.entries(job.parts ?? {})) doc[key] = items;
        job.resolve({ doc, ms: msg.ms, dateline: msg.dateline ?? null });
      } else job.reject(new Error(msg.message));
    }
  }

  onWorkerCrash(message) {
    for (const job of this.pending.values()) job.reject(new Error(message));
    this.pending.clear();
    this.worker.terminate();
    this.worker = null;
    // Later requests run on the main thread rather than not at all.
    this.mode = "main thread";
  }

  /**
   * Annotates `text`; resolves to {doc, ms, dateline} with the time
   * annotate() took and the text's own dateline date (see dateline.js).
   * `onProgress(stage, done)` reports the stages the annotator goes through.
   */
  async annotate(text, options, onProgress) {
    if (this.worker) {
      const id = this.nextId++;
      return new Promise((resolve, reject) => {
        this.pending.set(id, { resolve, reject, onProgress });
        this.worker.postMessage({ id, text, options });
      });
    }
    await this.startMainThread();
    await nextPaint();
    const t0 = performance.now();
    const doc = annotateHere(text, options, onProgress);
    const ms = performance.now() - t0;
    return { doc, ms, dateline: datelineOf(text, options, doc, annotateHere) };
  }
}
