// Commands beyond build and export, each in its own folder. Add a command by appending its module here.
import type { CommandModule } from "yargs";
import { evalCommand } from "./eval/command.js";
import { viewCommand } from "./view/command.js";

export const extraCommands: CommandModule<any, any>[] = [
  // view (issue 6), eval (issue 3)
  evalCommand,
  viewCommand,
];
