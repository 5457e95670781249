// Gephi's own importer, headless (gephi-toolkit from Maven Central, fetched by scripts/setup.d/gephi.sh), run
// on an exported file through tools/gephi-import/GephiImport.java: what Gephi loads and what it complains about.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const GEPHI_TOOLKIT = join(homedir(), ".m2", "repository", "org", "gephi", "gephi-toolkit", "0.10.1", "gephi-toolkit-0.10.1-all.jar");

export interface GephiImport {
  nodes: number;
  edges: number;
  dynamic: boolean;
  /** First and last day of the timeline (dynamic files), as Gephi computed them from the spells. */
  timeBounds: [string, string] | null;
  coloredNodes: number;
  xSpread: number;
  edgeKinds: string[];
  /** `title:JavaType`, e.g. `aliases:String[]`. */
  nodeColumns: string[];
  probes: Record<string, { label: string; aliases: string[] }>;
  /** `LEVEL: message` from Gephi's import report. */
  issues: string[];
}

export function gephiImport(file: string, probeNodes: string[] = []): GephiImport {
  if (!existsSync(GEPHI_TOOLKIT)) throw new Error(`${GEPHI_TOOLKIT} is missing; run scripts/setup.d/gephi.sh`);
  const r = spawnSync(
    "java",
    ["-Djava.awt.headless=true", "-cp", GEPHI_TOOLKIT, join("tools", "gephi-import", "GephiImport.java"), file, ...probeNodes],
    { encoding: "utf8", maxBuffer: 1 << 28 },
  );
  if (r.error) throw new Error(`java cannot run (${r.error.message}); run scripts/setup.sh`);
  const line = r.stdout.trim().split("\n").pop() ?? "";
  if (r.status !== 0 || !line.startsWith("{")) throw new Error(`Gephi could not import ${file}: ${r.stderr.trim().split("\n").slice(-3).join(" ")}`);
  return JSON.parse(line) as GephiImport;
}

/** Import-report issues above INFO: what Gephi would show as warnings or errors. */
export function gephiComplaints(result: GephiImport): string[] {
  return result.issues.filter((i) => !i.startsWith("INFO:"));
}
