//! Small DOM helpers the page's modules share: elements whose text is set
//! as text, never parsed as HTML, and number words.

/** An element with `text` set as text content (never parsed as HTML). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

export const fmt = new Intl.NumberFormat("en");
export const plural = (n, one, many = `${one}s`) => `${fmt.format(n)} ${n === 1 ? one : many}`;
export const percent = (share) => `${(share * 100).toFixed(share > 0 && share < 0.01 ? 1 : 0)}%`;

/** `s` on one line, cut to `max` characters with an ellipsis. */
export function snippet(s, max = 90) {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
