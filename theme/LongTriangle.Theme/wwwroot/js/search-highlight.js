// Highlights the searched words in the clause a search result opened. The result links to …/?highlight=词#eId
// (search.js, linkTo); the words are the clause's own text as matched, so they are found here as they are
// written, variants and all. Only the landing clause is marked, with <mark class="search-term">, built as DOM
// nodes (never HTML), so the words cannot become markup.

export const HIGHLIGHT_PARAMETER = "highlight";

/** Marks the `highlight` words of the address in the element its fragment names; returns how many were marked. */
export function highlightLandingClause(document, location) {
  const words = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAMETER)
    .map((w) => w.trim()).filter((w) => w.length > 0 && w.length <= 100)
    .sort((a, b) => b.length - a.length);
  const id = decodeURIComponent(location.hash.slice(1));
  if (!words.length || !id) return 0;
  const target = document.getElementById(id);
  if (!target) return 0;
  const clause = target.closest(".clause") || target;
  let marked = 0;
  const walker = document.createTreeWalker(clause, 4 /* NodeFilter.SHOW_TEXT */);
  const texts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Clause tools (copy link, citation) and labels are not the clause's text.
    if (node.parentElement && !node.parentElement.closest("[data-pagefind-ignore], button, mark.search-term")) texts.push(node);
  }
  for (const node of texts) {
    const text = node.nodeValue;
    const lower = text.toLowerCase();
    const pieces = [];
    let at = 0;
    while (at < text.length) {
      let best = -1;
      let word = "";
      for (const w of words) {
        const i = lower.indexOf(w.toLowerCase(), at);
        if (i >= 0 && (best < 0 || i < best)) { best = i; word = w; }
      }
      if (best < 0) break;
      pieces.push([best, best + word.length]);
      at = best + word.length;
    }
    if (!pieces.length) continue;
    const fragment = document.createDocumentFragment();
    let from = 0;
    for (const [start, end] of pieces) {
      if (start > from) fragment.appendChild(document.createTextNode(text.slice(from, start)));
      const mark = document.createElement("mark");
      mark.className = "search-term";
      mark.textContent = text.slice(start, end);
      fragment.appendChild(mark);
      marked++;
      from = end;
    }
    if (from < text.length) fragment.appendChild(document.createTextNode(text.slice(from)));
    node.parentNode.replaceChild(fragment, node);
  }
  return marked;
}
