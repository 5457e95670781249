// The build job: read → extract → merge → lay out → write DIR/graph.json atomically. (Being written: issue 2.)
import type { BuildArgs } from "./command.js";

export async function runBuild(args: BuildArgs): Promise<void> {
  throw new Error(`build is not implemented yet (${args.inputs.join(", ")})`);
}
