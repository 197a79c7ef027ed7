// The search box in the header of every page and the search page (?q=), over the Pagefind index that
// the build writes to <site>/pagefind/. An ES module; its words come from the page (data-search-strings),
// its hooks (ids, roles) are listed in SearchBox.razor and SearchPage.razor. Without JavaScript the box is
// a plain form that opens the search page.
import { createSearch, describeRenditions } from "./search-clauses.js";
import { highlightLandingClause, HIGHLIGHT_PARAMETER } from "./search-highlight.js";

// This file is <site>/assets/js/search.js: the site root and the bundle follow from its own URL, so a
// site built with --base-url /sub/path/ searches its own index.
const siteRoot = new URL("../../", import.meta.url);
const bundle = new URL("pagefind/", siteRoot).href;
const sitePath = siteRoot.pathname;
// The site's renditions (data/renditions.json, copied into pagefind-entry.json by the build), seen from this page:
// set with the index.
let renditions = null;

let ready = null;

// A missing or unreadable file only loses what it adds (a variant table): search works without it. A file that
// starts with gzip's signature is decompressed here (a server may also have done it already).
async function loadJson(path) {
  try {
    const response = await fetch(new URL(path, siteRoot));
    if (!response.ok) return null;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = bytes[0] === 0x1f && bytes[1] === 0x8b
      ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text()
      : new TextDecoder().decode(bytes);
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * A Pagefind instance of the index of a language tag. Pagefind 1.5 takes an instance's index from <html lang>
 * (createInstance has no language option): for another rendition's index, the attribute holds its tag during
 * this synchronous call only, and is restored before anything can render or observe it. A large library's index of
 * the language is in parts (`parts`: their folders in the bundle, each with its own entry file): they are merged into
 * the instance (Pagefind's mergeIndex), which then searches them all with the WebAssembly the first part loaded.
 */
async function openIndex(pagefind, tag, parts) {
  const root = document.documentElement;
  const own = root.getAttribute("lang");
  root.setAttribute("lang", tag);
  let instance;
  try {
    instance = pagefind.createInstance({ basePath: bundle, baseUrl: sitePath, noWorker: true });
  } finally {
    root.setAttribute("lang", own);
  }
  await instance.init();
  await Promise.all(parts.map((part) => instance.mergeIndex(new URL(part, bundle).href, { language: tag.toLowerCase(), baseUrl: sitePath })));
  return instance;
}

/** The page's search, created with the first query (or when the reader comes to the box): see createSearch. */
function index() {
  if (!ready) {
    // pagefind-entry.json (Pagefind's list of indexes) also holds the renditions: the build copies them into it.
    ready = Promise.all([import(bundle + "pagefind.js"), loadJson("pagefind/pagefind-entry.json")]).then(async ([pagefind, entry]) => {
      renditions = describeRenditions(entry, document.documentElement.lang);
      const search = createSearch({ openIndex: (tag, parts) => openIndex(pagefind, tag, parts), entry, sitePath, renditions, load: loadJson });
      await search.open();
      return search;
    });
    ready.catch(() => { /* each caller reports it */ });
  }
  return ready;
}

/** The clause's address with the matched words, so that the page it opens highlights them in the clause. */
function linkTo(result) {
  const [path, id] = result.url.split("#");
  const query = new URLSearchParams();
  for (const term of result.terms.slice(0, 5)) query.append(HIGHLIGHT_PARAMETER, term);
  const search = query.toString();
  return path + (search ? "?" + search : "") + "#" + id;
}

function format(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

function countText(strings, count) {
  return count === 1 ? strings.oneResult : format(strings.resultCount, { count: count.toLocaleString(document.documentElement.lang) });
}

/** One result: a link to the clause naming the document, the heading path and the eId, with the matches marked. */
function resultItem(result, strings) {
  const item = document.createElement("li");
  item.className = "search-result";
  const link = document.createElement("a");
  link.className = "search-result-link";
  link.href = linkTo(result);
  link.setAttribute("data-eid", result.id);
  const title = document.createElement("span");
  title.className = "search-result-document";
  title.textContent = result.document;
  link.appendChild(title);
  if (result.headingPath.length) {
    const path = document.createElement("span");
    path.className = "search-result-path";
    path.textContent = result.headingPath.join(" › ");
    link.appendChild(path);
  }
  const excerpt = document.createElement("span");
  excerpt.className = "search-result-excerpt";
  for (const part of result.excerpt) {
    if (part.mark) {
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      excerpt.appendChild(mark);
    } else {
      excerpt.appendChild(document.createTextNode(part.text));
    }
  }
  link.appendChild(excerpt);
  const id = document.createElement("span");
  id.className = "search-result-id";
  id.textContent = "#" + result.id;
  link.appendChild(id);
  // Text found in another rendition's index is in that rendition's language (Chinese text on an English page).
  if (result.lang !== renditions.current.code) {
    for (const element of [title, link.querySelector(".search-result-path"), excerpt]) {
      if (element) element.lang = renditions.byCode[result.lang]?.tag || "";
    }
    const note = document.createElement("span");
    note.className = "search-result-language";
    note.textContent = strings.chineseText;
    link.appendChild(note);
  }
  item.appendChild(link);
  return item;
}

/** Runs queries as the reader types; only the latest query's results are shown. */
class Searcher {
  constructor(form, input, status, list, options) {
    this.form = form;
    this.input = input;
    this.status = status;
    this.list = list;
    this.options = options;
    this.strings = JSON.parse(form.getAttribute("data-search-strings") || "{}");
    this.generation = 0;
    this.timer = 0;
    this.shown = 0;
  }

  schedule() {
    clearTimeout(this.timer);
    // Short enough to feel immediate, long enough that a fast typist's letters make one search.
    this.timer = setTimeout(() => this.run(), 60);
  }

  async run(more = false) {
    const query = this.input.value.trim();
    const generation = ++this.generation;
    if (!query) {
      this.show(null, null, false);
      return;
    }
    if (!more) this.status.textContent = this.strings.loading;
    let found;
    try {
      const search = await index();
      // Letters typed while the index loaded each scheduled a search: only the latest is made, so the first
      // query does not download the index chunks and records of its prefixes.
      if (generation !== this.generation) return;
      found = await search.search(query, {
        filters: this.options.filters ? this.options.filters() : {},
        offset: more ? this.shown : 0, limit: this.options.limit, partialLimit: this.options.partialLimit,
        // The header's box lists partial matches only when nothing matches fully; the search page lists them apart.
        partialsAlongside: Boolean(this.options.partial),
      });
    } catch (error) {
      if (generation !== this.generation) return;
      this.list.replaceChildren();
      this.status.textContent = this.strings.unavailable;
      this.options.onShow?.(query, true);
      return;
    }
    if (generation !== this.generation) return;
    this.show(query, found, more);
  }

  /** Lists the results (appending the next page when `more`), the count, and the partial matches apart. */
  show(query, found, more) {
    const results = found ? found.results.map((r) => resultItem(r, this.strings)) : [];
    if (more) this.list.append(...results); else this.list.replaceChildren(...results);
    this.shown = (more ? this.shown : 0) + results.length;
    const partial = found && !more ? found.partial.map((r) => resultItem(r, this.strings)) : [];
    if (this.options.partial) {
      if (!more) this.options.partial.list.replaceChildren(...partial);
      this.options.partial.list.hidden = this.options.partial.heading.hidden = !this.options.partial.list.children.length;
    } else if (!more && found && !found.total && partial.length) {
      // The header's panel has one list: partial matches appear in it only when nothing matches fully.
      this.list.replaceChildren(...partial);
    }
    if (this.options.more) this.options.more.hidden = !found || this.shown >= found.total;
    if (query === null) this.status.textContent = "";
    else if (!found.total) this.status.textContent = format(this.strings.noResults, { query }) + (partial.length ? " " + this.strings.partialMatches : "");
    else this.status.textContent = (found.corrected ? format(this.strings.corrected, { corrected: found.corrected }) + " " : "") + countText(this.strings, found.total);
    this.options.onShow?.(query, Boolean(found && (found.total || partial.length)));
  }
}

/** Arrow keys move between the box and the result links; Escape returns to the box. */
function keyboard(input, list, close) {
  const links = () => Array.from(list.querySelectorAll("a"));
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && links().length) { event.preventDefault(); links()[0].focus(); }
    if (event.key === "Escape" && close) { close(); }
  });
  list.addEventListener("keydown", (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && at >= 0 && at + 1 < all.length) { event.preventDefault(); all[at + 1].focus(); }
    if (event.key === "ArrowUp" && at >= 0) { event.preventDefault(); (at === 0 ? input : all[at - 1]).focus(); }
    if (event.key === "Escape") { event.preventDefault(); input.focus(); if (close) close(); }
  });
}

function headerBox() {
  const form = document.getElementById("site-search");
  if (!form) return null;
  const input = document.getElementById("site-search-input");
  const panel = document.getElementById("site-search-panel");
  const list = document.getElementById("site-search-results");
  const all = document.getElementById("site-search-all");
  const close = () => { panel.setAttribute("data-open", "false"); list.replaceChildren(); all.hidden = true; };
  const searcher = new Searcher(form, input, document.getElementById("site-search-status"), list, {
    limit: 8, partialLimit: 5,
    onShow: (query, any) => {
      panel.setAttribute("data-open", query === null ? "false" : "true");
      all.hidden = !any;
      if (query !== null) all.href = form.action.split("?")[0] + "?q=" + encodeURIComponent(query);
    },
  });
  input.addEventListener("input", () => searcher.schedule());
  // Loading starts when the reader comes to the box, so the first results are quick.
  input.addEventListener("focus", () => { index().catch(() => {}); if (input.value.trim()) searcher.schedule(); });
  keyboard(input, list, close);
  // A result on the current page only scrolls to the clause: close the panel after the link is followed.
  list.addEventListener("click", (event) => { if (event.target.closest("a")) setTimeout(close, 0); });
  document.addEventListener("click", (event) => { if (!form.contains(event.target)) close(); });
  form.addEventListener("focusout", (event) => { if (event.relatedTarget && !form.contains(event.relatedTarget)) close(); });
  return input;
}

function searchPage() {
  const form = document.getElementById("search-page-form");
  if (!form) return null;
  const input = document.getElementById("search-page-input");
  const list = document.getElementById("search-page-results");
  const selects = Array.from(form.querySelectorAll("select[data-filter]"));
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  const chosen = () => {
    const filters = {};
    for (const select of selects) if (select.value) filters[select.getAttribute("data-filter")] = select.value;
    return filters;
  };
  const more = document.getElementById("search-page-more");
  const searcher = new Searcher(form, input, document.getElementById("search-page-status"), list, {
    limit: 20, partialLimit: 20, filters: chosen, more,
    partial: { list: document.getElementById("search-page-partial"), heading: document.getElementById("search-page-partial-heading") },
    onShow: (query) => {
      // The address always holds the query, so that the search can be linked and the language switch keeps it.
      const next = new URLSearchParams();
      if (query) next.set("q", query);
      for (const [key, value] of Object.entries(chosen())) next.set(key, value);
      const search = next.toString();
      history.replaceState(null, "", location.pathname + (search ? "?" + search : ""));
      for (const link of document.querySelectorAll("a[data-keep-fragment]")) {
        const base = (link.getAttribute("data-base-href") || link.getAttribute("href")).split(/[?#]/)[0];
        link.setAttribute("data-base-href", base);
        link.setAttribute("href", base + (search ? "?" + search : ""));
      }
    },
  });
  form.addEventListener("submit", (event) => { event.preventDefault(); searcher.run(); });
  more.addEventListener("click", () => searcher.run(true));
  input.addEventListener("input", () => searcher.schedule());
  for (const select of selects) select.addEventListener("change", () => searcher.run());
  keyboard(input, list, null);
  for (const select of selects) {
    const wanted = params.get(select.getAttribute("data-filter"));
    if (wanted && Array.from(select.options).some((o) => o.value === wanted)) select.value = wanted;
  }
  if (input.value.trim()) searcher.run();
  return input;
}

highlightLandingClause(document, location);
const pageInput = searchPage();
const boxInput = headerBox();

// "/" focuses search (the search page's own box on the search page), unless the reader is typing.
document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const input = pageInput || boxInput;
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});
