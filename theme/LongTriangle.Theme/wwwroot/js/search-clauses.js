// Clause-level search over the Pagefind index, shared by the search box (search.js) and the tests
// (scripts/search-index.mjs runs this very file in Node against a built site).
//
// Pagefind indexes a document page as one record and keeps every element with an id as an "anchor"
// (element, id, text, word position). Its own sub-results start only at headings, but a clause is a
// paragraph with its eId as id, so the matches are grouped here by the clause (anchor) they fall in:
// each result names the document, the clause's heading path and eId, and links to …/#eId.
//
// Languages: each page language has its own index (Pagefind picks it from <html lang>). English pages
// show the Chinese text of clauses not yet translated, but Pagefind segments Chinese words only in the
// Chinese index, so an English page also merges the Chinese index and sends its results to the same
// clause on the English page (same path, same eId).

const CLAUSE = /^(p|h[2-6])$/;
const CHINESE_INDEX = "zh-hans";

/**
 * Points the Pagefind module at the site's bundle and, on English pages, merges the Chinese index.
 * @param pagefind the imported pagefind.js module
 * @param bundle absolute URL of the bundle folder (…/pagefind/)
 * @param sitePath the site's root path, "/" or e.g. "/LongTriangle.Site/"
 * @param language the page's language code, "zh" or "en"
 */
export async function openIndex(pagefind, bundle, sitePath, language) {
  await pagefind.options({ basePath: bundle, baseUrl: sitePath });
  if (language === "en") {
    // The same bundle, spelled with a "./" segment: Pagefind skips a merge whose path the primary's path
    // starts with (it takes it for the same index), but here the other language's index is wanted.
    // URL resolution removes the "./", so the files fetched are the same.
    await pagefind.mergeIndex(new URL(bundle).pathname + "./", { language: CHINESE_INDEX, baseUrl: sitePath });
  }
  await pagefind.init();
}

/**
 * Searches and returns clause results, best first.
 * @returns {Promise<{total: number, results: ClauseResult[]}>} total: clauses found before the limit
 * ClauseResult: { url, id, document, headingPath: string[], excerpt: {text, mark}[], lang: "zh"|"en", region, type }
 * filters: { region: "shanghai", type: "实施方案" } (values as in SearchFilters.cs), empty for all
 */
export async function searchClauses(pagefind, query, { sitePath, language, filters = {}, pages = 10, perPage = 3, excerptWords = 40 }) {
  const search = await pagefind.search(query);
  if (!search || !search.results) return { total: 0, results: [] };
  const seen = new Set();
  const results = [];
  let total = 0;
  // Region and type are page metadata (meta.region, meta.type), filtered here; see SearchFilterValue.
  const wanted = Object.entries(filters).filter(([, value]) => value);
  const candidates = wanted.length ? search.results : search.results.slice(0, pages);
  const datas = (await Promise.all(candidates.map((page) => page.data())))
    .filter((data) => wanted.every(([name, value]) => data.meta[name] === value))
    .slice(0, pages);
  // The page language's own index first: on an English page, English matches come before the Chinese text.
  // Within each language, pages holding the query as typed before those holding only its pieces:
  // Pagefind's page order for a segmented Chinese query shifts with whatever else the index holds.
  const phrase = normalise(query);
  const holds = (d) => (normalise(d.raw_content).includes(phrase) ? 0 : 1);
  const byPhrase = (list) => list.map((d, i) => [holds(d), i, d]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((e) => e[2]);
  const ordered = byPhrase(datas.filter((d) => languageOf(d.url, sitePath) === language))
    .concat(byPhrase(datas.filter((d) => languageOf(d.url, sitePath) !== language)));
  for (const data of ordered) {
    const lang = languageOf(data.url, sitePath);
    for (const clause of clausesOf(data, query, excerptWords)) {
      const url = language === lang ? clause.url : otherLanguageUrl(clause.url, sitePath, lang, language);
      if (seen.has(url)) continue;
      seen.add(url);
      total++;
      if (clause.rank < perPage) results.push({ ...clause, url, lang, document: data.meta.title, region: data.meta.region, type: data.meta.type });
    }
  }
  return { total, results };
}

function languageOf(url, sitePath) {
  return url.startsWith(sitePath + "en/") ? "en" : "zh";
}

function otherLanguageUrl(url, sitePath, from, to) {
  const prefix = sitePath + from + "/";
  return url.startsWith(prefix) ? sitePath + to + "/" + url.slice(prefix.length) : url;
}

/**
 * The clauses of one page record that contain matches, each with rank (0 = best): first those that
 * contain the whole query as typed (Pagefind splits 示范区 into 示范 + 区 and finds each), then those
 * with more of the query's words, then by Pagefind's weights, then in document order.
 */
export function clausesOf(data, query, excerptWords) {
  const anchors = (data.anchors || [])
    .filter((a) => a.id && CLAUSE.test(a.element))
    .sort((a, b) => a.location - b.location);
  if (!anchors.length) return [];
  const zws = data.raw_content.includes("\u200B");
  const words = (zws ? data.raw_content.split("\u200B") : data.raw_content.split(/[\r\n\s]+/g)).map(unescapeAngles);
  const weights = new Map((data.weighted_locations || []).map((l) => [l.location, l.balanced_score || l.weight || 1]));

  const groups = new Map();
  for (const location of data.locations) {
    const index = anchorAt(anchors, location);
    if (index < 0) continue; // the title and the lines above the first clause
    if (!groups.has(index)) groups.set(index, []);
    groups.get(index).push(location);
  }

  const clauses = [];
  for (const [index, locations] of groups) {
    const anchor = anchors[index];
    const end = index + 1 < anchors.length ? anchors[index + 1].location : words.length;
    const distinct = new Set(locations.map((l) => normalise(words[l]))).size;
    const weight = locations.reduce((sum, l) => sum + (weights.get(l) || 1), 0);
    const phrase = normalise(words.slice(anchor.location, end).join(" ")).includes(normalise(query)) ? 1 : 0;
    clauses.push({
      id: anchor.id,
      url: data.url.split("#")[0] + "#" + anchor.id,
      headingPath: headingPath(anchors, index),
      excerpt: excerpt(words, anchor.location, end, locations, excerptWords, zws ? "" : " "),
      score: [phrase, distinct, weight],
      position: anchor.location,
    });
  }
  clauses.sort((a, b) => b.score[0] - a.score[0] || b.score[1] - a.score[1] || b.score[2] - a.score[2] || a.position - b.position);
  return clauses.map(({ score, position, ...clause }, rank) => ({ ...clause, rank }));
}

function anchorAt(anchors, location) {
  let low = 0, high = anchors.length - 1, found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (anchors[middle].location <= location) { found = middle; low = middle + 1; } else high = middle - 1;
  }
  return found;
}

function level(element) {
  return element[0] === "h" ? Number(element.slice(1)) : 7;
}

/** The headings above a clause, outermost first (第八章 … › 第一节 …). */
function headingPath(anchors, index) {
  const path = [];
  let current = level(anchors[index].element);
  for (let i = index - 1; i >= 0 && current > 2; i--) {
    const l = level(anchors[i].element);
    if (l < current) { path.unshift(anchors[i].text.trim()); current = l; }
  }
  return path;
}

/** Up to `length` words of the clause around its first match, matches marked. */
function excerpt(words, start, end, locations, length, joiner) {
  const first = Math.min(...locations);
  let from = Math.max(start, first - Math.floor(length / 3));
  const to = Math.min(end, from + length);
  from = Math.max(start, Math.min(from, to - length));
  const marked = new Set(locations);
  const parts = [];
  const push = (text, mark) => {
    const last = parts[parts.length - 1];
    // Neighbouring matches in Chinese (no spaces) read as one highlighted phrase.
    if (last && last.mark === mark && (!mark || !joiner)) last.text += text;
    else parts.push({ text, mark });
  };
  if (from > start) push("…", false);
  for (let i = from; i < to; i++) {
    if (i > from && joiner) push(joiner, false);
    push(words[i], marked.has(i));
  }
  if (to < end) push("…", false);
  return parts.filter((p) => p.text.length);
}

function normalise(word) {
  return (word || "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

// Pagefind escapes < and > in the text it hands out; the results are set as text, never as HTML.
function unescapeAngles(word) {
  return word.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}
