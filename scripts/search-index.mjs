// Searches a built site's Pagefind index from Node, clause by clause, with the site's own search code
// (assets/js/search-clauses.js, pagefind/pagefind.js and the query variants assets/search/traditional*
// and data/search-terms.json.gz), as a page of the given rendition would (its code, as data/renditions.json, copied into
// pagefind/pagefind-entry.json, lists it), loading what it loads when it does.
// Usage: node scripts/search-index.mjs SITE_DIR CODE QUERY[@filter=value]...   (CODE: zh, en, zh-hant …)
// Prints JSON: { queries: [{ query, corrected, total, results: [...], partialTotal, partial: [...] }] }, each result
// { url, id, document, headingPath, excerpt, lang, region, type, match, terms, heading }, the matches in the excerpt in
// [brackets]; up to 50 results and 50 partial matches a query.
// The site's files are served to Pagefind through a stand-in for fetch, read from SITE_DIR: nothing leaves the machine.
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [siteDirectory, language, ...queries] = process.argv.slice(2);
if (!siteDirectory || !language || queries.length === 0) {
  console.error("usage: node scripts/search-index.mjs SITE_DIR CODE QUERY...");
  process.exit(64);
}

const origin = "http://site.invalid";
const site = path.resolve(siteDirectory);
globalThis.fetch = async (url) => {
  const { pathname } = new URL(url, origin + "/");
  try {
    return new Response(await readFile(path.join(site, decodeURIComponent(pathname))));
  } catch {
    return new Response(null, { status: 404 });
  }
};
const json = async (file) => JSON.parse(await readFile(path.join(site, file), "utf8"));
// Pagefind's entry file, which the build gives the site's renditions (data/renditions.json) too.
const list = await json("pagefind/pagefind-entry.json");
const tag = list.renditions.find((r) => r.code === language)?.tag;
if (!tag) {
  console.error(`no rendition ${language} in ${path.join(site, "pagefind", "pagefind-entry.json")}`);
  process.exit(64);
}
// Pagefind opens the index of <html lang> (search.js sets it for the call that opens another rendition's index, as
// openIndex does here); without window it runs in this thread (no web worker).
let lang = tag;
globalThis.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };

const pagefind = await import(pathToFileURL(path.join(site, "pagefind", "pagefind.js")).href);
const { createSearch, describeRenditions } = await import(pathToFileURL(path.join(site, "assets", "js", "search-clauses.js")).href);
// Files starting with gzip's signature are decompressed, as search.js does.
const load = async (file) => {
  try {
    const bytes = await readFile(path.join(site, file));
    return JSON.parse((bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString("utf8"));
  } catch {
    return null;
  }
};
const bundle = origin + "/pagefind/";
const openIndex = async (indexTag, parts) => {
  lang = indexTag;
  const instance = pagefind.createInstance({ basePath: bundle, baseUrl: "/", noWorker: true });
  lang = tag;
  await instance.init();
  // The language's other parts (a large library's), merged into the instance as search.js does.
  await Promise.all(parts.map((part) => instance.mergeIndex(bundle + part, { language: indexTag.toLowerCase(), baseUrl: "/" })));
  return instance;
};
const search = createSearch({ openIndex, entry: list, sitePath: "/", renditions: describeRenditions(list, tag), load });
const shown = (r) => ({
  url: r.url,
  id: r.id,
  document: r.document,
  headingPath: r.headingPath,
  excerpt: r.excerpt.map((p) => (p.mark ? `[${p.text}]` : p.text)).join(""),
  lang: r.lang,
  region: r.region,
  type: r.type,
  match: r.match,
  terms: r.terms,
  heading: r.heading,
});
const output = { queries: [] };
for (const argument of queries) {
  // QUERY or QUERY@filter=value (e.g. 虹桥@region=national)
  const [query, filter] = argument.split("@");
  const filters = filter ? Object.fromEntries([filter.split("=")]) : {};
  const found = await search.search(query, { filters, limit: 50, partialLimit: 50 });
  output.queries.push({
    query: argument,
    corrected: found.corrected,
    total: found.total,
    results: found.results.map(shown),
    partialTotal: found.partialTotal,
    partial: found.partial.map(shown),
  });
}
console.log(JSON.stringify(output, null, 2));
