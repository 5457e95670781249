// The README.md written beside the CSV files: what they hold and the exact `neo4j-admin database import full`
// command (absolute paths, shell-quoted) that loads them, then the constraints to create once it is up.
import { join } from "node:path";
import type { CsvFile } from "./write-csv.js";

export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_\-+=.,/:@]+$/.test(s) ? s : "'" + s.replace(/'/g, `'\\''`) + "'";
}

/** `--name=value` with only the value quoted when it needs to be. */
function shellOption(arg: string): string {
  const m = /^(--[a-z-]+=)(.*)$/s.exec(arg);
  return m ? m[1] + shellQuote(m[2]!) : shellQuote(arg);
}

const plural = (n: number, word: string) => `${n} ${n === 1 ? word.replace(/s$/, "") : word}`;

/** `;` and `|` as they are; any other delimiter in neo4j-admin's `U+XXXX` notation. */
export function delimiterArgument(d: string): string {
  return d === ";" || d === "|" ? d : "U+" + d.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
}

export interface CsvReadmeInput {
  dir: string;
  files: CsvFile[];
  arrayDelimiter: string;
  nodes: number;
  relationships: number;
}

/** The import command's arguments after `neo4j-admin`. */
export function importArguments(input: CsvReadmeInput, database = "neo4j"): string[] {
  return [
    "database",
    "import",
    "full",
    database,
    "--overwrite-destination=true",
    "--multiline-fields=true",
    `--array-delimiter=${delimiterArgument(input.arrayDelimiter)}`,
    ...input.files.map((f) => `--${f.kind}=${join(input.dir, f.name)}`),
  ];
}

export function csvReadme(input: CsvReadmeInput): { text: string; command: string } {
  const args = importArguments(input);
  const command = ["neo4j-admin " + args.slice(0, 4).join(" "), ...args.slice(4).map(shellOption)].join(" \\\n  ");
  const list = input.files.map((f) => `- \`${f.name}\`: ${plural(f.rows, f.kind)}`).join("\n");
  const text = `# backchannel graph as neo4j-admin import files

${input.nodes} nodes and ${input.relationships} relationships, one file per kind and per relation:

${list}

Headers follow \`neo4j-admin database import\`: \`id:ID\` (the graph node key, also stored as property \`id\`),
\`:LABEL\` (the kind plus the common label \`Entity\`), \`:START_ID\`, \`:END_ID\`, \`:TYPE\`, typed properties
(\`mentions:long\`, \`aliases:string[]\`); arrays are split on \`${delimiterArgument(input.arrayDelimiter)}\`. Every
relationship keeps its graph edge key as property \`key\` and its evidence as parallel arrays
(\`evidence_text\`, \`evidence_article\`, \`evidence_start\`, \`evidence_end\` ...).

## Load into Neo4j

Stop the server, then import into the database \`neo4j\` (this **replaces** it):

\`\`\`sh
${command}
\`\`\`

Start the server and create the constraints the live export uses, so that later
\`backchannel export neo4j\` runs merge into this data instead of duplicating it:

\`\`\`sh
cypher-shell -u neo4j -p PASSWORD -f ${shellQuote(join(input.dir, "constraints.cypher"))}
\`\`\`
`;
  return { text, command };
}
