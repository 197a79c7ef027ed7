// Writes the Traditional → Simplified table that the search converts queries with in the browser
// (theme/LongTriangle.Theme/wwwroot/search/traditional/NN.json, in shards), from the converter's own data
// (src/LongTriangle.Conversion/Data: OpenCC 1.1.6 TSCharacters + variants + Unihan, TSPhrases + our
// supplement, and jieba's two-character words; see the README there for sources and licences), so that a
// query is converted as a seed is, and a character with several Simplified forms (乾 → 干 or 乾, 於 → 于 or 於)
// takes the one the word it stands in needs (乾隆 stays 乾隆, 乾淨 becomes 干净).
// Deterministic: the same tables give the same file byte for byte.
// Usage: node scripts/generate-search-script-table.mjs [--check]   (--check exits 2 when the file is stale)
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const data = path.join(root, "src", "LongTriangle.Conversion", "Data");
const folder = path.join(root, "theme", "LongTriangle.Theme", "wwwroot", "search");
const shardFolder = path.join(folder, "traditional");
// Which characters only Traditional text uses: the search downloads shards of the table only for a query holding one.
const flagsTarget = path.join(folder, "traditional-characters.json.gz");
// The table is cut into shards by code point (modulo this count), so that a query downloads only the shards of its
// own characters: about 1 KB each instead of the whole table's 27 KB.
const SHARDS = 64;

function lines(file) {
  return readFileSync(path.join(data, file), "utf8").split("\n").map((l) => l.replace(/\r$/, "")).filter((l) => l && !l.startsWith("#"));
}

// One character → its default Simplified form (the first candidate), as the converter's ScriptTables reads it;
// only single code points of the Basic Multilingual Plane both ways: what a reader can type in a search box
// and what a JavaScript string index can pair.
const traditional = [];
const simplified = [];
const candidatesOf = new Map();
for (const line of lines("TraditionalCharacters.txt")) {
  const [key, candidates] = line.split("\t");
  const all = candidates.split(" ");
  const value = all[0];
  if (key.length !== 1 || value.length !== 1 || key === value) continue;
  traditional.push(key);
  simplified.push(value);
  candidatesOf.set(key, all.filter((c) => c.length === 1));
}
const defaultOf = (ch) => (candidatesOf.has(ch) ? candidatesOf.get(ch)[0] : ch);

// Two-character words whose Traditional spelling holds a character of several Simplified forms and that
// converting character by character gets wrong: 乾隆 → 干隆, 於菟 → 于菟. From the converter's word
// frequencies (ChineseWordPairs.txt, jieba): each Traditional spelling of a word converts to the most frequent
// word it can stand for, unless the character-by-character form is a word at least as frequent.
const frequency = new Map();
for (const line of lines("ChineseWordPairs.txt")) {
  const [word, count] = line.split("\t");
  if ([...word].length === 2) frequency.set(word, Number(count));
}
const spellingsOf = new Map(); // Simplified character → the Traditional characters that can stand for it
const spell = (s, t) => { if (!spellingsOf.has(s)) spellingsOf.set(s, new Set([s].filter((c) => !candidatesOf.has(c)))); spellingsOf.get(s).add(t); };
for (const [key, candidates] of candidatesOf) for (const c of candidates) spell(c, key);
const ambiguous = new Set([...candidatesOf].filter(([, c]) => c.length > 1).map(([key]) => key));
const chosen = new Map(); // Traditional spelling → [word, frequency]
for (const [word, count] of frequency) {
  const [a, b] = [...word];
  const as = spellingsOf.get(a) || new Set([a]);
  const bs = spellingsOf.get(b) || new Set([b]);
  if (![...as, ...bs].some((t) => ambiguous.has(t))) continue;
  for (const ta of as) {
    for (const tb of bs) {
      const spelling = ta + tb;
      if (!ambiguous.has(ta) && !ambiguous.has(tb)) continue;
      const byCharacter = defaultOf(ta) + defaultOf(tb);
      if (byCharacter === word) continue;
      const best = chosen.get(spelling);
      if ((!best || count > best[1]) && count > (frequency.get(byCharacter) || 0)) chosen.set(spelling, [word, count]);
    }
  }
}
// Phrases whose characters convert otherwise in them: the generated words, then OpenCC's phrases, then our
// supplement (each overrides the one before).
const phrases = new Map([...chosen].map(([spelling, [word]]) => [spelling, word]));
for (const file of ["TraditionalPhrases.txt", "TraditionalPhrasesSupplement.txt"]) {
  for (const line of lines(file)) {
    const [key, value] = line.split("\t");
    if (key && value) phrases.set(key, value);
  }
}
// A shard holds what folding text and query alike needs for each of its characters: every character of the same
// Simplified form (its "family": 異 and 异 for 异; 乾, 幹 and 干 for 干), so that a query in one script finds the
// text in the other, whichever character of the family either holds; and every phrase holding the character
// in its Traditional or Simplified spelling (畫定 → 划定 in the shards of 畫, 定 and 划).
const shardOf = (ch) => ch.codePointAt(0) % SHARDS;
const shards = Array.from({ length: SHARDS }, () => ({ characters: new Map(), phrases: new Map() }));
const family = new Map(); // Simplified character → its Traditional characters
traditional.forEach((t, i) => {
  if (!family.has(simplified[i])) family.set(simplified[i], []);
  family.get(simplified[i]).push(t);
});
for (const [s, members] of family) {
  for (const member of [s, ...members]) for (const t of members) shards[shardOf(member)].characters.set(t, s);
}
for (const [from, to] of phrases) for (const ch of new Set([...from, ...to])) shards[shardOf(ch)].phrases.set(from, to);
const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const shardJson = shards.map((shard) => {
  const characters = [...shard.characters].sort(([a], [b]) => ordinal(a, b));
  return JSON.stringify({
    characters: [characters.map(([t]) => t).join(""), characters.map(([, s]) => s).join("")],
    phrases: [...shard.phrases].sort(([a], [b]) => ordinal(a, b)),
  }) + "\n";
});

// The characters of GB 2312 (rows A1–F7 of GBK), which Simplified text uses too (著, 乾, 於, 干): a query holding
// only those is searched as typed, as the converter leaves them in Simplified text (ScriptTables.IsTraditionalOnly).
const gb2312 = new Set();
const gbk = new TextDecoder("gbk");
for (let lead = 0xa1; lead <= 0xf7; lead++) {
  for (let trail = 0xa1; trail <= 0xfe; trail++) {
    const ch = gbk.decode(new Uint8Array([lead, trail]));
    if ([...ch].length === 1 && ch !== "\ufffd") gb2312.add(ch);
  }
}
const traditionalOnly = traditional.filter((ch) => !gb2312.has(ch)).map((ch) => ch.codePointAt(0));
const from = Math.min(...traditionalOnly);
const bits = Buffer.alloc(((Math.max(...traditionalOnly) - from) >> 3) + 1);
for (const code of traditionalOnly) bits[(code - from) >> 3] |= 1 << ((code - from) & 7);
// Gzip-compressed (a third of the bytes), as it is downloaded with every first query; search.js decompresses it.
const flagsJson = gzipSync(JSON.stringify({
  source: "generated by scripts/generate-search-script-table.mjs from src/LongTriangle.Conversion/Data (OpenCC 1.1.6, Apache-2.0; Unihan, Unicode License v3): "
    + "the characters of the table outside GB 2312, one bit each from code point `from`; the table is in `shards` files, traditional/NN.json holding the characters whose code point modulo `shards` is NN",
  from,
  shards: SHARDS,
  bits: bits.toString("base64"),
}) + "\n", { level: 9 });

const outputs = [
  ...shardJson.map((text, i) => [path.join(shardFolder, String(i).padStart(2, "0") + ".json"), Buffer.from(text)]),
  [flagsTarget, flagsJson],
];
if (process.argv.includes("--check")) {
  for (const [file, text] of outputs) {
    let current = Buffer.alloc(0);
    try { current = readFileSync(file); } catch { /* missing counts as stale */ }
    if (!current.equals(text)) {
      console.error(`${path.relative(root, file)} is stale: run node scripts/generate-search-script-table.mjs`);
      process.exit(2);
    }
  }
  console.log(`${outputs.map(([file]) => path.relative(root, file)).join(", ")} are up to date`);
} else {
  mkdirSync(shardFolder, { recursive: true });
  for (const [file, text] of outputs) writeFileSync(file, text);
  console.log(`wrote ${path.relative(root, shardFolder)}/: ${traditional.length} characters, ${phrases.size} phrases in ${SHARDS} shards of `
    + `${Math.min(...shardJson.map((t) => Buffer.byteLength(t)))}–${Math.max(...shardJson.map((t) => Buffer.byteLength(t)))} bytes; `
    + `${path.relative(root, flagsTarget)}: ${traditionalOnly.length} characters only Traditional text uses, ${Buffer.byteLength(flagsJson)} bytes`);
}
