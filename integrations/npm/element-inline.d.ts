// Defines `<news-mark>` on the inlined entry.
import type { NewsMark as NewsMarkElement } from "./news-mark.js";
export type { NewsMarkEventMap } from "./news-mark.js";
/** The element's class (null where there is no DOM, as in Node). */
export declare const NewsMark: typeof NewsMarkElement | null;
