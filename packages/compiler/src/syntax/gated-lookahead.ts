/**
 * Chevrotain lookahead for alternatives with gates (`GATE`), built for the
 * one-token lookahead this parser uses.
 *
 * Chevrotain's own function for an `OR` with gates (chevrotain 11) copies the
 * gates into a new array on every call and then evaluates the gate of every
 * alternative in order, also of those the next token cannot start. The
 * `statement` rule has 21 alternatives, several gated by token scans, and runs
 * for every statement. This function first looks up the alternatives that the
 * next token can start, once per token type, and evaluates only their gates.
 * It picks the same alternative as Chevrotain's when gates have no side
 * effects, which holds for the gates in `parser.ts`: they only read tokens.
 */

import { getLookaheadPaths, LLkLookaheadStrategy, type ILookaheadStrategy, type IOrAlt, type IToken, type TokenType } from "chevrotain";

/** The part of the parser a lookahead function reads: the token `k` places ahead. */
interface TokenReader {
  LA(k: number): IToken;
}

type AlternationOptions = Parameters<ILookaheadStrategy["buildLookaheadForAlternation"]>[0];
type AlternationLookahead = ReturnType<ILookaheadStrategy["buildLookaheadForAlternation"]>;

/** Tells whether a token of type index `tokenTypeIdx` matches `type`, itself or as one of its categories. */
function matches(tokenTypeIdx: number, type: TokenType): boolean {
  return type.tokenTypeIdx === tokenTypeIdx || (type.isParent === true && type.categoryMatchesMap?.[tokenTypeIdx] === true);
}

export class GatedLookaheadStrategy extends LLkLookaheadStrategy {
  override buildLookaheadForAlternation(options: AlternationOptions): AlternationLookahead {
    if (!options.hasPredicates || options.dynamicTokensEnabled || options.maxLookahead !== 1) {
      return super.buildLookaheadForAlternation(options);
    }
    const paths = getLookaheadPaths({
      occurrence: options.prodOccurrence,
      rule: options.rule,
      prodType: "Alternation",
      maxLookahead: 1,
    });
    if (paths.some((alternative) => alternative.some((path) => path.length > 1))) {
      return super.buildLookaheadForAlternation(options);
    }

    /** Returns the indexes of the alternatives a token type can start, in order. An empty path matches any token. */
    const startedBy = (tokenTypeIdx: number): number[] => {
      const indexes: number[] = [];
      paths.forEach((alternative, index) => {
        if (alternative.some((path) => path.length === 0 || matches(tokenTypeIdx, path[0]!))) indexes.push(index);
      });
      return indexes;
    };
    const candidates: (number[] | undefined)[] = [];

    return function (this: TokenReader, alternatives?: IOrAlt<unknown>[]): number | undefined {
      const tokenTypeIdx = this.LA(1).tokenTypeIdx;
      let indexes = candidates[tokenTypeIdx];
      if (indexes === undefined) {
        indexes = startedBy(tokenTypeIdx);
        candidates[tokenTypeIdx] = indexes;
      }
      for (let i = 0; i < indexes.length; i++) {
        const index = indexes[i]!;
        const gate = alternatives![index]!.GATE;
        // As in Chevrotain, only a gate that returns false rules an alternative out.
        if (gate === undefined || gate.call(this) !== false) return index;
      }
      return undefined;
    } as AlternationLookahead;
  }
}
