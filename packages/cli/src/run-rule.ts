/** The rule runner lives in the compiler package so that the language server can run rules too. */
export { compileFor, directionFromFileName, runRule, type Direction, type RunOptions, type RunOutcome, type StateProblem } from "@twinsync/compiler";
