// Clause-level search over the Pagefind index, shared by the search box (search.js) and the tests
// (scripts/search-index.mjs runs this very file in Node against a built site).
//
// Pagefind finds the candidate pages; the clauses are then matched here, on their own text. Pagefind keeps
// every element with an id as an "anchor" (element, id, full text), and a clause is a paragraph or heading
// with its eId as id, so each result names the document, the clause's heading path and eId, and links to
// …/#eId. Matching the text itself, rather than Pagefind's word positions, is what makes Chinese exact:
// Pagefind cuts the text with its own dictionary and the browser cuts the query with Intl.Segmenter, which
// disagree (异地就医 → 异|地|就|医), so a match on Pagefind's words alone would count 医 in 医院 for 医保.
// Here a Chinese query is matched as the whole run of characters it is; it never matches one character alone.
//
// Order: clauses holding the query (or one of its variants) as a phrase, across all documents; then clauses
// holding every term of the query; then, separated, partial matches (some terms, or for a long Chinese query
// the words it is made of). The count is the number of clauses in the first two groups, all of which can be
// listed (offset/limit page through them).
//
// Variants: a query holding a character only Traditional text uses is converted to Simplified (the converter's
// OpenCC tables, shipped in shards as assets/search/traditional/NN.json, the shards of the query's characters
// downloaded only for such a query); glossary terms (data/search-terms.json.gz, from content/glossary.yml) find
// their other forms: abbreviations (进博会 → 进口博览会), older names, and the other language (虹桥商务区 ↔
// Hongqiao Central Business District). A Chinese query that matches nothing is corrected to the nearest run of the
// text that differs in one character (进口博揽会 → 进口博览会).
//
// Renditions (data/renditions.json; the script names none): each has its own index (Pagefind picks it from
// <html lang>). Pagefind segments Chinese words only in a Chinese index, so on a translation's page a query in
// Chinese characters is searched in the authoritative index, and its results go to the same clause on this page
// (same path, same eId).

const CLAUSE = /^(p|h[2-6])$/;
const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /^[\p{L}\p{N}]+$/u;

// Files of the site the search reads besides Pagefind's, relative to the site root (written by the build and by
// scripts/generate-search-script-table.mjs). The first two are gzip-compressed (as Pagefind's own files are):
// they are downloaded with the first query.
const TERMS_FILE = "data/search-terms.json.gz";
const TRADITIONAL_CHARACTERS_FILE = "assets/search/traditional-characters.json.gz";
// The Traditional → Simplified table in shards (traditional/NN.json, NN = code point modulo the shard count that
// traditional-characters.json.gz names): a query downloads only the shards of its own characters.
const TRADITIONAL_SHARDS = "assets/search/traditional/";

/**
 * The renditions as data/renditions.json lists them ({renditions: [{code, tag, source}]}; the build copies the
 * list into pagefind-entry.json, which the search reads anyway), seen from the
 * page whose <html lang> is `pageTag`: its own (`current`), the code → rendition map, its own index and the
 * index a query in Chinese characters is searched in (Pagefind names them by the tag in lower case): its own,
 * except on a translation's page, where it is the authoritative one.
 */
export function describeRenditions(list, pageTag) {
  const all = list?.renditions || [];
  const current = all.find((r) => r.tag.toLowerCase() === pageTag.toLowerCase());
  if (!current) throw new Error("no rendition for <html lang=" + pageTag + "> in data/renditions.json");
  const authoritative = all.find((r) => r.source === "authoritative") || current;
  const chinese = current.source === "translated" ? authoritative : current;
  return { current, own: current.tag, chinese: chinese.tag, byCode: Object.fromEntries(all.map((r) => [r.code, r])) };
}

/**
 * Everything the searches of one page share: the Pagefind indexes opened, the query variants loaded, the page
 * records read. Each query is searched in one index: a query in Chinese characters in a Chinese one (on a
 * translation's page the authoritative index, whose matches go to the same clause on this page: every clause of
 * a translation stands for the authoritative clause of the same eId, and a clause not yet translated shows that
 * very text), any other query in the page's own index. An index is opened when a query first needs it (on a
 * Chinese page, already when the reader comes to the box), so a first query downloads one Pagefind index and
 * one WebAssembly file. With the first query come the glossary's forms and a bitmap of the characters only
 * Traditional text uses; the Traditional → Simplified shards of a query's characters follow for a query holding
 * such a character (on the pages of a rendition converted from the authoritative text, whose text they fold, for
 * every query in Chinese characters).
 * A large library's index of a language is in parts (the entry file lists the others under the language's "parts",
 * each a folder of the bundle): they are opened together, as one Pagefind instance (Pagefind's mergeIndex), whose
 * results are ordered here by nothing Pagefind scores per part, so that parts change no result and no order.
 * @param openIndex (tag, parts) => a Pagefind instance (Pagefind's createInstance) of the index of that language tag,
 *   with its other parts (folders relative to the bundle, e.g. ["zh-hans-p3/"]) merged into it (mergeIndex)
 * @param entry Pagefind's pagefind-entry.json as the build rewrites it (its languages, with page_count, han_text and parts)
 * @param sitePath the site's root path, "/" or e.g. "/LongTriangle.Site/"
 * @param renditions what describeRenditions gives for the page
 * @param load (path relative to the site root) => Promise of the parsed JSON file (gzip-compressed or not), or
 *   null when it is missing
 */
export function createSearch({ openIndex, entry, sitePath, renditions, load }) {
  const language = renditions.current.code;
  const converted = renditions.current.source === "converted";
  const chinesePage = renditions.chinese === renditions.own;
  const languages = entry?.languages || {};
  const indexes = new Map();
  const about = (tag) => {
    const name = tag.toLowerCase();
    return languages[name] || languages[name.split("-")[0]] || {};
  };
  const index = (tag) => {
    if (!indexes.has(tag)) indexes.set(tag, openIndex(tag, (about(tag).parts || []).map((part) => part.path)));
    return indexes.get(tag);
  };
  const records = new Map();
  const caches = new Map();
  let latest = null;
  const shards = new Map();
  let flags = null;
  const traditional = () => (flags ??= load(TRADITIONAL_CHARACTERS_FILE).then(traditionalFlags));
  let variantsOf = { key: "", variants: null };
  const opened = (async () => {
    const terms = await load(TERMS_FILE);
    variantsOf = { key: "", variants: createVariants([], terms) };
    return { terms };
  })();
  opened.catch(() => { /* each caller reports it */ });
  // A Chinese page opens its index and reads the Traditional bitmap when the reader comes to the box; a
  // translation's page waits for the query, whose script decides the index (and whether the bitmap is needed).
  if (chinesePage) {
    index(renditions.own).catch(() => { /* each caller reports it */ });
    traditional().catch(() => { /* each caller reports it */ });
  }

  /** The variants with the Traditional shards of `text`'s characters (none needed: the variants loaded so far). */
  async function variantsFor(text, state) {
    const bitmap = HAN.test(text) ? await traditional() : null;
    const wanted = bitmap && (converted || needsTraditionalTable(text, bitmap))
      ? [...new Set([...text].filter((ch) => HAN.test(ch)).map((ch) => ch.codePointAt(0) % bitmap.shards))]
      : [];
    for (const shard of wanted) {
      if (!shards.has(shard)) shards.set(shard, load(TRADITIONAL_SHARDS + String(shard).padStart(2, "0") + ".json"));
    }
    const loaded = [...shards.keys()].sort((a, b) => a - b);
    const tables = await Promise.all(loaded.map((shard) => shards.get(shard)));
    const key = loaded.join(",");
    // Records are normalised with the variants (Traditional folded or not), so each set has its own.
    if (variantsOf.key !== key) variantsOf = { key, variants: createVariants(tables.filter(Boolean), state.terms) };
    return variantsOf.variants;
  }

  return {
    /** Starts loading what the first query needs (when the reader comes to the box). */
    open: () => opened,
    async search(query, options = {}) {
      const state = await opened;
      const variants = await variantsFor(query, state);
      const tag = HAN.test(query) ? renditions.chinese : renditions.own;
      const instance = await index(tag);
      const name = tag.toLowerCase();
      const held = about(tag);
      // Every part's pages: the first part's and the others' (whose records' names start with the same language).
      const count = (held.page_count ?? Infinity) + (held.parts || []).reduce((sum, part) => sum + (part.page_count ?? Infinity), 0);
      // A new set of shards refolds only the clauses holding one of its characters (few in Simplified text).
      const previous = caches.get(latest) || null;
      if (!caches.has(variants)) caches.set(variants, new Map());
      latest = variants;
      return searchClauses(instance, query, {
        ...options, sitePath, language, variants, records, cache: caches.get(variants), previous,
        // The records of this index: its file names start with its name (zh-hans_9ed3d2c).
        pages: { prefix: held.hash ? held.hash.split("_")[0] + "_" : name + "_", count },
        hanLookups: held.han_text !== false,
      });
    },
  };
}

/** The characters only Traditional text uses, as the bitmap traditional-characters.json.gz holds them, and the shard count. */
function traditionalFlags(json) {
  if (!json || typeof json.bits !== "string") return null;
  const binary = atob(json.bits);
  const bits = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bits[i] = binary.charCodeAt(i);
  return { from: json.from, bits, shards: json.shards || 1 };
}

/** True when the query holds a character only Traditional text uses (or when that is unknown). */
export function needsTraditionalTable(query, flags) {
  if (!HAN.test(query)) return false;
  if (!flags) return true;
  for (const ch of query) {
    const at = ch.codePointAt(0) - flags.from;
    if (at >= 0 && at < flags.bits.length * 8 && flags.bits[at >> 3] & (1 << (at & 7))) return true;
  }
  return false;
}

/**
 * The query variants: shards of the Traditional → Simplified table and the glossary's groups of forms, as the
 * JSON files hold them (no shards: no conversion; terms null: no glossary).
 */
export function createVariants(shards, terms) {
  const characters = new Map();
  const all = new Map();
  for (const shard of shards) {
    const [from, to] = shard.characters;
    for (let i = 0; i < from.length; i++) characters.set(from[i], to[i]);
    for (const [phrase, simplified] of shard.phrases || []) all.set(phrase, simplified);
  }
  // Phrases by their first character, longest first: the converter's rule, the longest known phrase wins.
  const phrases = new Map();
  for (const [from, to] of [...all].sort((x, y) => y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1))) {
    const first = String.fromCodePoint(from.codePointAt(0));
    if (!phrases.has(first)) phrases.set(first, []);
    phrases.get(first).push([from, to]);
  }
  const variants = { characters, phrases, groups: [] };
  variants.groups = (terms?.groups || []).map((group) => group.map((form) => normalise(form, variants).text).filter(Boolean));
  return variants;
}

/** Traditional → Simplified as the converter does it: at each position the longest known phrase, else the character's form. */
export function simplify(text, variants) {
  return convertScript(text, variants, false);
}

/**
 * The form text and query are compared in: compatibility forms folded (full-width Ｇ６０ → G60, （ → ( ),
 * lower case, Traditional → Simplified, every run of punctuation and space one space. `map[i]` is the index
 * in the original text of the character at i, so that matches can be marked in the original.
 */
export function normalise(original, variants) {
  const source = simplifyKeepingLength(original, variants);
  let text = "";
  const map = [];
  let space = true;
  for (let i = 0; i < source.length; i++) {
    const code = source.codePointAt(i);
    const ch = String.fromCodePoint(code);
    const wide = ch.length;
    const folded = ch.normalize("NFKC").toLowerCase();
    for (const out of folded) {
      if (/[\p{L}\p{N}]/u.test(out)) {
        text += out;
        map.push(i);
        space = false;
      } else if (!space) {
        text += " ";
        map.push(i);
        space = true;
      }
    }
    i += wide - 1;
  }
  if (text.endsWith(" ")) { text = text.slice(0, -1); map.pop(); }
  return { text, map };
}

// Simplified text of the same length, so that positions still point into the original: a phrase or character
// replaced by one of another length is left as it is.
function simplifyKeepingLength(text, variants) {
  return convertScript(text, variants, true);
}

// One pass from the left: a phrase's own Simplified form is kept whole (乾隆 stays 乾隆 where 乾 alone is 干,
// 著名 stays 著名 where 著 alone is 着), so query and text convert alike and a word keeps its reading.
function convertScript(text, variants, keepLength) {
  if (!variants || !variants.characters.size) return text;
  let result = "";
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i));
    const phrase = (variants.phrases.get(ch) || []).find(([from, to]) => text.startsWith(from, i) && (!keepLength || from.length === to.length));
    if (phrase) {
      result += phrase[1];
      i += phrase[0].length;
      continue;
    }
    const to = variants.characters.get(ch);
    result += to && (!keepLength || to.length === ch.length) ? to : ch;
    i += ch.length;
  }
  return result;
}

/**
 * What a query asks for: `phrases`, the whole query and its variants; `terms`, each term with its
 * alternatives (a Chinese term is a run of characters matched whole; an English term is a word matched
 * at the start of a word); `parts`, the words a long Chinese term is made of, for partial matches only.
 */
export function parseQuery(raw, variants) {
  const query = normalise(raw.trim().replace(/^["“”]+|["“”]+$/g, ""), variants).text;
  if (!query) return null;
  const groups = variants?.groups || [];
  const formsOf = (text) => {
    const found = new Set([text]);
    for (const group of groups) if (group.includes(text)) for (const form of group) found.add(form);
    return found;
  };
  // One English word also matches its inflections (zones for zone).
  const phrases = formsOf(query.includes(" ") ? query : stem(query));
  for (const form of formsOf(query)) phrases.add(form);
  // A proper name in English (Hongqiao, Lin-gang) inside glossary names: their Chinese forms, and the
  // characters those share (虹桥 for 虹桥商务区 and 虹桥国际开放枢纽), which is how the name is written alone.
  if (!HAN.test(query) && /^\p{Lu}/u.test(raw.trim())) {
    const named = groups.filter((group) => group.some((form) => !HAN.test(form) && (" " + form + " ").includes(" " + query + " ")));
    const chinese = named.map((group) => group.filter((form) => HAN.test(form)));
    for (const forms of chinese) for (const form of forms) phrases.add(form);
    if (chinese.length > 1) {
      const shared = commonRun(chinese.map((forms) => forms[0]));
      if (shared.length >= 2) phrases.add(shared);
    }
  }
  const words = query.split(" ");
  const terms = words.length > 1
    ? words.filter((word) => !STOP_WORDS.has(word)).map((word) => ({ text: word, alternatives: [...formsOf(HAN.test(word) ? word : stem(word))] }))
    : [];
  const parts = [];
  if (words.length === 1 && HAN.test(query) && query.length >= 4) {
    for (const part of chineseWords(query)) if (part.length >= 2 && part !== query) parts.push(part);
  }
  // The forms the reader did not type, when short and Latin, match only as whole words (BRI, FTZ, YRD).
  const typed = new Set([query, stem(query)]);
  const whole = [...phrases].filter((p) => !typed.has(p) && p.length <= 4 && !HAN.test(p));
  // A glossary term (residence permit, 居住证) is one name: its words found apart are only a partial match.
  const term = groups.some((group) => group.includes(query));
  return { query, phrases: [...phrases], whole, terms, parts, term };
}

/** The longest run of characters that every string holds. */
function commonRun(strings) {
  const [first, ...rest] = strings.slice().sort((a, b) => a.length - b.length);
  for (let length = first.length; length >= 2; length--) {
    for (let start = 0; start + length <= first.length; start++) {
      const run = first.slice(start, start + length);
      if (rest.every((s) => s.includes(run))) return run;
    }
  }
  return "";
}

/** The words of a Chinese run, as the browser segments it; runs of single characters are kept together. */
function chineseWords(text) {
  if (typeof Intl === "undefined" || !Intl.Segmenter) return [];
  const words = [];
  let single = "";
  for (const { segment } of new Intl.Segmenter("zh-Hans", { granularity: "word" }).segment(text)) {
    if ([...segment].length === 1) { single += segment; continue; }
    if (single.length >= 2) words.push(single);
    single = "";
    words.push(segment);
  }
  if (single.length >= 2) words.push(single);
  return words;
}

/**
 * Where `needle` occurs in `text` (both normalised): a Chinese run anywhere; English at the start of a word and
 * ending at the end of one, or in an inflection of its last word (zone → zones, integrat → integrated, but not
 * expo → exported). `whole`: no inflection either (a glossary abbreviation: BRI is not "bring").
 */
function occurrences(text, needle, whole = false) {
  const found = [];
  if (!needle) return found;
  const latinStart = !HAN.test(needle[0]);
  const latinEnd = !HAN.test(needle[needle.length - 1]);
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) break;
    from = at + 1;
    if (latinStart && at > 0 && isLatin(text[at - 1])) continue;
    let end = at + needle.length;
    if (latinEnd) {
      let rest = end;
      while (rest < text.length && isLatin(text[rest])) rest++;
      const ending = text.slice(end, rest);
      if (ending && (whole || !INFLECTION.test(ending))) continue;
      end = rest;
    }
    found.push([at, end]);
  }
  return found;
}

const INFLECTION = /^(s|es|e|ed|d|ing|ings|ion|ions|ation|ations|ative|al|ly)$/;

function isLatin(ch) {
  return /[\p{L}\p{N}]/u.test(ch) && !HAN.test(ch);
}

// Words that carry no search on their own: "and" of "Belt and Road" is matched in the phrase, not as a term.
const STOP_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]);

/** An English word matches its inflections: demonstration ~ demonstrations, zone ~ zones, coordinated ~ coordination. */
function stem(word) {
  if (HAN.test(word) || !LATIN_WORD.test(word) || word.length < 5) return word;
  return word.replace(/(ations?|ings?|ions?|ed|es|s)$/, "") || word;
}

/**
 * Searches and returns clause results, best first.
 * @returns {Promise<SearchResult>} { query, corrected, total, results, partialTotal, partial }: `total` clauses
 * match the query (all listable: `offset`/`limit` page through them); `partial` are the separated partial
 * matches; `corrected` is the query searched instead when the one typed matched nothing (else null).
 * ClauseResult: { url, id, document, headingPath: string[], excerpt: {text, mark}[], lang: the code of the rendition it was found in, region, type,
 *   match: "phrase"|"all"|"partial", terms: string[] (the clause's own words matched), heading: boolean }
 * filters: { region: "shanghai", type: "实施方案" } (values as in SearchFilters.cs), empty for all
 * records: id → Promise of the page record read (shared by every set of variants); cache: id → Promise of the
 *   page's clauses normalised with `variants`; previous: the same for the variants used before (fewer shards)
 * pages: { prefix, count }: the index's records (file names starting with `prefix`) and how many there are
 * hanLookups: false when the index holds no Chinese text (Chinese forms of an English query are then not looked up)
 * partialsAlongside: false when partial matches are shown only if nothing matches fully (the header's box): the
 *   index is then first searched only for what a full match needs, which downloads less
 */
export async function searchClauses(pagefind, query, { sitePath, language, filters = {}, offset = 0, limit = 10, partialLimit = 5, variants = null, records = new Map(), cache = new Map(), previous = null, pages: index = { prefix: "", count: Infinity }, hanLookups = true, partialsAlongside = true }) {
  const empty = { query, corrected: null, total: 0, results: [], partialTotal: 0, partial: [] };
  const parsed = parseQuery(query, variants);
  if (!parsed) return empty;
  const lookUp = (what, partial) => candidatePages(pagefind, what, { filters, sitePath, variants, records, cache, previous, index, hanLookups, partial });
  let pages = await lookUp(parsed, partialsAlongside);
  let found = rank(pages, parsed, language, sitePath);
  if (!partialsAlongside && !found.main.length) {
    pages = await lookUp(parsed, true);
    found = rank(pages, parsed, language, sitePath);
  }
  let corrected = null;
  if (!found.main.length && !parsed.terms.length && HAN.test(parsed.query) && parsed.query.length >= 3) {
    corrected = nearestRun(pages, parsed.query);
    if (corrected) {
      const again = parseQuery(corrected, variants);
      found = rank(await lookUp(again, true), again, language, sitePath);
    }
  }
  return {
    query,
    corrected,
    total: found.main.length,
    results: found.main.slice(offset, offset + limit).map(found.result),
    partialTotal: found.partial.length,
    partial: found.partial.slice(0, partialLimit).map(found.result),
  };
}

/**
 * The pages of the index that can hold a match, with their clauses. Pagefind matches index words by their start,
 * and cuts Chinese differently from the browser, so each Chinese character of the query is looked up on its own
 * (a page whose word holds the query inside it is still found) and the union is taken; the clause text decides
 * afterwards. Each lookup may download a chunk of the index, so no more are made than needed, in up to three
 * rounds: the query's first character (or its longest English word; see `first`); English words starting with the
 * same letter; the other lookups (the query's other characters and its variants'). A round is made only while some
 * page of the index is unread: once every page is read, the text decides. Looked up: of an English phrase, one
 * word (a page holding the phrase holds each of its words); Chinese characters only where the index holds Chinese
 * text; of the terms, only the longest unless `partial` (a page holding every term holds that one; partial
 * matches need every term's pages, and the parts').
 */
async function candidatePages(pagefind, parsed, { filters, sitePath, variants, records, cache, previous, index, hanLookups, partial }) {
  const wanted = Object.entries(filters).filter(([, value]) => value);
  const keep = (page) => wanted.every(([name, value]) => page.meta[name] === value);
  const ofIndex = () => [...records.keys()].filter((id) => id.startsWith(index.prefix));
  const pagesOf = async (ids) => (await Promise.all(ids.map((id) => {
    if (!cache.has(id)) {
      cache.set(id, previous?.has(id)
        ? previous.get(id).then((page) => refold(page, variants))
        : records.get(id).then((data) => clausesOfPage(data, sitePath, variants)));
    }
    return cache.get(id);
  }))).filter(keep);
  // Every page of the index read already: the text decides, no lookup needed.
  if (ofIndex().length >= index.count) return pagesOf(ofIndex());
  const lookups = [];
  const look = (word) => {
    if (HAN.test(word)) { if (hanLookups) for (const ch of word) if (HAN.test(ch)) lookups.push(ch); }
    else if (word) lookups.push(stem(word));
  };
  const longest = (items, length) => items.reduce((a, b) => (length(b) > length(a) ? b : a));
  // The first lookup: in an index holding Chinese, the first Chinese character of the query or of its forms (an
  // English name on a Chinese page is found by its Chinese forms); else the query's longest word.
  const hanPhrase = hanLookups ? parsed.phrases.find((p) => HAN.test(p)) : null;
  const typed = parsed.query.split(" ").filter((w) => !STOP_WORDS.has(w));
  const first = hanPhrase ? [...hanPhrase].find((ch) => HAN.test(ch)) : stem(longest(typed.length ? typed : [parsed.query], (w) => w.length));
  // Index chunks hold words in alphabetical ranges: of another form's words, the one sharing the longest start
  // with the first lookup is likely in a chunk already downloaded (CIIE → "china", not "international").
  const shared = (word) => { let n = 0; while (n < word.length && word[n] === first[n]) n++; return n; };
  for (const phrase of parsed.phrases) {
    const words = phrase.split(" ");
    if (words.some((w) => HAN.test(w))) words.forEach(look);
    else if (phrase === parsed.query) look(longest(words, (w) => w.length));
    else look(longest(words, (w) => shared(stem(w)) * 100 + w.length));
  }
  const terms = partial || !parsed.terms.length ? parsed.terms : [longest(parsed.terms, (t) => t.text.length)];
  for (const text of terms.flatMap((t) => t.alternatives)) text.split(" ").forEach(look);
  if (partial) for (const text of parsed.parts) text.split(" ").forEach(look);
  if (lookups.includes(first)) lookups.unshift(first);
  // The pages found, each once (rank orders them by their addresses, not by Pagefind's scores).
  const found = [];
  const search = async (words) => {
    for (const result of await Promise.all(words.map((word) => pagefind.search(word)))) {
      for (const page of result?.results || []) {
        if (!found.includes(page.id)) found.push(page.id);
        if (!records.has(page.id)) records.set(page.id, page.data());
      }
    }
  };
  // Rounds, each made only while some page of the index is still unread: the first lookup; English words that
  // start with its letter (in an alphabetical chunk likely downloaded with it); the others.
  const [one, ...rest] = [...new Set(lookups)];
  const near = rest.filter((word) => !HAN.test(word) && one !== undefined && word[0] === one[0]);
  for (const round of [[one], near, rest.filter((word) => !near.includes(word))]) {
    if (round[0] === undefined || !round.length) continue;
    if (found.length && ofIndex().length >= index.count) {
      for (const id of ofIndex()) if (!found.includes(id)) found.push(id);
      break;
    }
    await search(round);
  }
  return pagesOf(found);
}

/** A page record's clauses (paragraphs and headings with an eId), each with its normalised text and heading path. */
function clausesOfPage(data, sitePath, variants) {
  // In document order: the build writes them so (PagefindRecordCompactor), without their word locations.
  const anchors = (data.anchors || []).filter((a) => a.id && CLAUSE.test(a.element));
  // Every indexed page lives below its rendition's code (zh/…, en/…): the first segment of its path.
  const lang = data.url.slice(sitePath.length).split("/")[0];
  const base = data.url.split("#")[0];
  const clauses = anchors.map((anchor, index) => {
    const text = unescapeAngles(anchor.text || "");
    return {
      id: anchor.id,
      url: base + "#" + anchor.id,
      heading: anchor.element[0] === "h",
      text,
      norm: normalise(text, variants),
      headingPath: headingPath(anchors, index),
      position: index,
    };
  });
  return { url: base, lang, meta: data.meta || {}, clauses };
}

/**
 * A page normalised with fewer Traditional shards, for `variants`: shards only add, so a clause holding no
 * character they convert (or start a phrase with) keeps its normal form, and only the others are normalised again.
 */
function refold(page, variants) {
  const affected = (text) => { for (const ch of text) if (variants.characters.has(ch) || variants.phrases.has(ch)) return true; return false; };
  return { ...page, clauses: page.clauses.map((c) => (affected(c.text) ? { ...c, norm: normalise(c.text, variants) } : c)) };
}

/**
 * Every matching clause of the pages, ranked and split into main and partial results. Nothing of the order comes from
 * Pagefind's scores, which differ between an index in parts and the same index whole (each part weighs words by its own
 * pages): the pages are taken in the order of their addresses.
 */
function rank(found, parsed, language, sitePath) {
  const pages = [...found].sort(byUrl);
  const phraseStems = parsed.phrases;
  const whole = new Set(parsed.whole);
  const termSets = parsed.terms.map((t) => t.alternatives);
  const scored = new Map();
  // How many clauses of each page match: a page with more ranks first among equal clauses.
  const matches = new Map();
  pages.forEach((page, pageIndex) => {
    for (const clause of page.clauses) {
      const text = clause.norm.text;
      let tier = 0;
      let spans = [];
      let exactHeading = false;
      for (const phrase of phraseStems) {
        const at = occurrences(text, phrase, whole.has(phrase));
        if (at.length) {
          tier = 3;
          spans.push(...at);
          if (clause.heading && headingTitle(text) === phrase) exactHeading = true;
        }
      }
      if (!tier && termSets.length) {
        const hits = termSets.map((alternatives) => alternatives.flatMap((a) => occurrences(text, a, whole.has(a))));
        const held = hits.filter((h) => h.length).length;
        if (held === termSets.length) tier = parsed.term ? 1 : 2;
        else if (held > 0) tier = 1;
        spans = hits.flat();
      }
      if (!tier && parsed.parts.length) {
        spans = parsed.parts.flatMap((p) => occurrences(text, p));
        if (spans.length) tier = 1;
      }
      if (!tier) continue;
      matches.set(page, (matches.get(page) || 0) + 1);
      const url = page.lang === language ? clause.url : otherLanguageUrl(clause.url, sitePath, page.lang, language);
      const candidate = {
        tier, exactHeading, heading: clause.heading, count: spans.length, own: page.lang === language ? 1 : 0, pageIndex, pageMatches: 0,
        clause, page, url, spans,
      };
      const previous = scored.get(url);
      if (!previous || better(candidate, previous) < 0) scored.set(url, candidate);
    }
  });
  for (const candidate of scored.values()) candidate.pageMatches = matches.get(candidate.page);
  const ordered = [...scored.values()].sort(better);
  const result = (c) => ({
    url: c.url,
    id: c.clause.id,
    // A Chinese page found for an English page names the document in English (its title_en metadata).
    document: c.page.meta["title_" + language] || c.page.meta.title,
    headingPath: c.clause.headingPath,
    excerpt: excerpt(c.clause.text, c.clause.norm, c.spans),
    lang: c.page.lang,
    region: c.page.meta.region,
    type: c.page.meta.type,
    terms: marked(c.clause.text, c.clause.norm, c.spans),
    heading: c.clause.heading,
    match: c.tier === 3 ? "phrase" : c.tier === 2 ? "all" : "partial",
  });
  // Excerpts are built only for the results handed out (a page of them), not for every match.
  return {
    main: ordered.filter((c) => c.tier >= 2),
    partial: ordered.filter((c) => c.tier === 1),
    result,
  };
}

// Best first: phrase, all terms, partial; a heading that is the query itself; the page's own language; headings;
// more occurrences; then the page with more matching clauses, the pages' addresses and the document's order.
function better(a, b) {
  return b.tier - a.tier
    || Number(b.exactHeading) - Number(a.exactHeading)
    || b.own - a.own
    || Number(b.heading) - Number(a.heading)
    || Math.min(b.count, 3) - Math.min(a.count, 3)
    || b.pageMatches - a.pageMatches
    || a.pageIndex - b.pageIndex
    || a.clause.position - b.clause.position;
}

function byUrl(a, b) {
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/** A heading without its number: "chapter 10 building the …" → "building the …", "第十章 …" → "…". */
function headingTitle(text) {
  return text.replace(/^(chapter|section|part|article|annex)\s+[0-9ivxlc]+\s+/, "")
    .replace(/^[0-9ivxlc]+\s+/, "")
    .replace(/^第[一二三四五六七八九十百零〇0-9]+[章节条部分篇]\s*/, "")
    .replace(/^[一二三四五六七八九十]+\s*/, "");
}

/** The original text of the clause's matches, each once: what the landing page highlights. */
function marked(text, norm, spans) {
  const seen = new Set();
  for (const [from, to] of spans) seen.add(text.slice(norm.map[from], norm.map[to - 1] + 1));
  return [...seen].filter((t) => t.trim()).sort((a, b) => b.length - a.length);
}

/** About 80 characters of Chinese (or 200 of English) around the first match, every match in it marked. */
function excerpt(text, norm, spans) {
  const ranges = spans.map(([from, to]) => [norm.map[from], norm.map[to - 1] + 1]).sort((a, b) => a[0] - b[0]);
  const chinese = HAN.test(text);
  const length = chinese ? 80 : 200;
  const first = ranges.length ? ranges[0][0] : 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  if (!chinese) {
    if (start > 0) { const space = text.indexOf(" ", start); if (space >= 0 && space < first) start = space + 1; }
    if (end < text.length) { const space = text.lastIndexOf(" ", end); if (space > first) end = space; }
  }
  const parts = [];
  const push = (t, mark) => {
    if (!t) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += t; else parts.push({ text: t, mark });
  };
  if (start > 0) push("…", false);
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= at || from >= end) continue;
    push(text.slice(at, Math.max(at, from)), false);
    push(text.slice(Math.max(at, from), Math.min(to, end)), true);
    at = Math.min(to, end);
  }
  push(text.slice(at, end), false);
  if (end < text.length) push("…", false);
  return parts;
}

/** When nothing matched: the run of the text, of the query's length, that differs from it in one character. */
function nearestRun(pages, query) {
  const length = query.length;
  const counts = new Map();
  // In the order of the pages' addresses, which breaks ties between runs: the same whether the index is in parts or not.
  for (const page of [...pages].sort(byUrl)) {
    for (const clause of page.clauses) {
      const text = clause.norm.text;
      for (let i = 0; i + length <= text.length; i++) {
        let differences = 0;
        for (let j = 0; j < length && differences < 2; j++) if (text[i + j] !== query[j]) differences++;
        if (differences !== 1) continue;
        const run = text.slice(i, i + length);
        if (!/^\p{Script=Han}+$/u.test(run)) continue;
        counts.set(run, (counts.get(run) || 0) + 1);
      }
    }
  }
  let best = null;
  for (const [run, count] of counts) if (!best || count > best[1]) best = [run, count];
  return best ? best[0] : null;
}

/** The headings above a clause, outermost first (第八章 … › 第一节 …). */
function headingPath(anchors, index) {
  const level = (element) => (element[0] === "h" ? Number(element.slice(1)) : 7);
  const path = [];
  let current = level(anchors[index].element);
  for (let i = index - 1; i >= 0 && current > 2; i--) {
    const l = level(anchors[i].element);
    if (l < current) { path.unshift(anchors[i].text.trim()); current = l; }
  }
  return path;
}

function otherLanguageUrl(url, sitePath, from, to) {
  const prefix = sitePath + from + "/";
  return url.startsWith(prefix) ? sitePath + to + "/" + url.slice(prefix.length) : url;
}

// Pagefind escapes < and > in the text it hands out; the results are set as text, never as HTML.
function unescapeAngles(text) {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}
