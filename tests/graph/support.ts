// The facts the graph tests build from: every seed and every unseen fixture article, extracted with dates spread
// over nine months (ids a0, a1, …, in file order).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ArticleFacts } from "../../graph/types.js";
import { extract } from "../relations/support.js";

const SEEDS = join(process.cwd(), "..", "shared", "seeds");
const UNSEEN = join(process.cwd(), "tests", "fixtures", "unseen");

export function seedAndUnseenFacts(): ArticleFacts[] {
  const files = [...readdirSync(SEEDS).map((f) => join(SEEDS, f)), ...readdirSync(UNSEEN).map((f) => join(UNSEEN, f))].filter((f) => f.endsWith(".txt")).sort();
  return files.map((f, i) => extract(readFileSync(f, "utf8"), `2024-0${1 + (i % 9)}-15`, `a${i}`));
}
