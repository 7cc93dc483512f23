export { main } from "./main.ts";
export { runRule, compileFor, directionFromFileName, type RunOptions, type RunOutcome, type Direction } from "./run-rule.ts";
