/**
 * The tokens that can start an OPTION or MANY of the parser, taken from
 * Chevrotain's own grammar analysis, so a rule can skip the production
 * without calling into Chevrotain when the next token cannot start it.
 *
 * Skipping is exact for an OPTION: Chevrotain enters it only when the next
 * token can start it, with one token of lookahead as this parser uses, and
 * does nothing else. For a MANY, Chevrotain also tries repetition recovery
 * after the loop, which needs a token expected after the loop. A MANY at the
 * end of a rule that is not the entry rule has none, so skipping it is exact
 * too; use this only for such a MANY.
 */

import { getLookaheadPaths, type Rule, type TokenType } from "chevrotain";

/**
 * Returns a table by token type index that is 1 for each token type that can
 * start the `occurrence`-th OPTION or MANY of `rule` (0 for `OPTION`/`MANY`,
 * 2 for `OPTION2`...). Raises when the production is not found, so a renumbered
 * production fails when the parser is built instead of parsing differently.
 */
export function firstTokenTable(rule: Rule, prodType: "Option" | "Repetition", occurrence: number, tokenTypes: TokenType[]): Uint8Array {
  const [inside] = getLookaheadPaths({ occurrence, rule, prodType, maxLookahead: 1 });
  const starts = (inside ?? []).map((path) => path[0]);
  if (starts.length === 0 || starts.some((type) => type === undefined)) {
    throw new Error(`parser setup: ${prodType} ${occurrence} of rule '${rule.name}' has no first tokens`);
  }
  const table = new Uint8Array(Math.max(...tokenTypes.map((type) => type.tokenTypeIdx!)) + 1);
  for (const type of tokenTypes) {
    const index = type.tokenTypeIdx!;
    if (starts.some((start) => start!.tokenTypeIdx === index || (start!.isParent === true && start!.categoryMatchesMap?.[index] === true))) {
      table[index] = 1;
    }
  }
  return table;
}
