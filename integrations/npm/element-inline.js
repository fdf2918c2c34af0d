//! Defines `<news-mark>` on the inlined entry: one script, no other file to serve.

import init, { annotate } from "./inline.js";
import { defineNewsMark } from "./news-mark.js";

/** The element's class (null where there is no DOM, as in Node). */
export const NewsMark = defineNewsMark({ init, annotate });
