//! Reduces an HTML file to its text, with a blank line between block elements.
//
// The HTML is parsed with DOMParser into an inert document: scripts there
// never run and images never load, and no node of it is ever inserted into
// the live page. Only the text is read out.

const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "IFRAME", "OBJECT", "SVG", "CANVAS", "SELECT"]);
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT",
  "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER",
  "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TR", "UL",
]);

/** Returns the text of `html`: block elements become paragraphs separated by blank lines. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const blocks = [];
  let line = "";
  const flush = () => {
    const text = line.replace(/[ \t\f\r\n\u00a0]+/g, " ").trim();
    if (text) blocks.push(text);
    line = "";
  };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        line += child.data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === "BR") {
          // A line break inside a paragraph is kept as a single newline.
          line = line.replace(/[ \t]+$/, "") + "\u2028";
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(doc.body ?? doc.documentElement);
  flush();
  return blocks.map((b) => b.split("\u2028").map((s) => s.trim()).filter(Boolean).join("\n")).join("\n\n") + (blocks.length ? "\n" : "");
}

/** Whether a dropped or opened file should be read as HTML. */
export function looksLikeHtml(name, type, text) {
  if (/\.x?html?$/i.test(name) || type === "text/html" || type === "application/xhtml+xml") return true;
  return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1000));
}
