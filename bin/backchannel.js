#!/usr/bin/env node
// Entry point installed as `backchannel`: runs the compiled CLI (npm install builds dist/ in `prepare`).
import { main } from "../dist/src/cli/index.js";

main(process.argv.slice(2));
