// `backchannel eval <task>`: measures the tool's models on labelled data. One subcommand per task;
// each handler lazily imports its work.
import type { CommandModule } from "yargs";

export interface EvalNerArgs {
  conll: string;
  model?: string;
}

export const evalNerCommand: CommandModule<{}, EvalNerArgs> = {
  command: "ner",
  describe: "Score the NER model on a CoNLL file (IOB or IOBES): precision, recall, F1 per type, tokens/s",
  builder: (y) =>
    y
      .option("conll", { type: "string", demandOption: true, describe: "CoNLL file: `token ... TAG` lines, blank lines between sentences" })
      .option("model", { type: "string", describe: "Model file (default: the shipped models/ner-conll.bin.gz)" })
      .example("$0 eval ner --conll ../shared/data/conll2003/eng.testa", "Score the shipped model on CoNLL-2003 testa") as any,
  handler: async (args) => {
    const { runEvalNer } = await import("./ner.js");
    for (const line of runEvalNer(args)) console.log(line);
  },
};

export const evalCommand: CommandModule = {
  command: "eval <task>",
  describe: "Measure a model on labelled data (tasks: ner)",
  builder: (y) => y.command(evalNerCommand).demandCommand(1, "Name a task to evaluate (see backchannel eval --help)."),
  handler: () => {},
};
