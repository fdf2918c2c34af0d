//! The bundled example: a textarea feeds <news-mark>, and a summary line counts what was found, with the quotes as CSV.

import { toQuotesCsv } from "newsmark";
import "newsmark/element";

const textarea = document.getElementById("text");
const view = document.getElementById("view");
const summary = document.getElementById("summary");

view.addEventListener("annotated", (event) => {
  const doc = event.detail;
  const rows = toQuotesCsv(view.text, doc).trimEnd().split("\r\n").length - 1;
  summary.textContent = `${doc.entities.length} names, ${doc.times.length} times, ${rows} quotes`;
});
textarea.addEventListener("input", () => {
  view.text = textarea.value;
});
view.text = textarea.value;
