//! Defines `<news-mark>` on the main entry: the wasm is fetched from beside the package's modules on first use.

import init, { annotate } from "./index.js";
import { defineNewsMark } from "./news-mark.js";

/** The element's class (null where there is no DOM, as in Node). */
export const NewsMark = defineNewsMark({ init, annotate });
