/**
 * Chevrotain parser for sync rules, building the syntax tree of `ast.ts` with
 * embedded actions. Error recovery is on: a syntax error becomes a diagnostic
 * and an `ErrorExpression` or a skipped token, and parsing goes on.
 *
 * Binary operators are parsed as a flat operand/operator list and folded by
 * precedence afterwards (see `precedence.ts`), which keeps the grammar small
 * and fast compared with one rule per precedence level.
 *
 * NOTE: this file is longer than most because Chevrotain rules must be defined
 * in the parser's constructor; the pure lookahead scans live in `lookahead.ts`.
 */

import { createTokenInstance, EmbeddedActionsParser, EOF, tokenMatcher, type IParserErrorMessageProvider, type IRecognitionException, type IRuleConfig, type IToken, type ParserMethod, type TokenType } from "chevrotain";
import type * as A from "./ast.ts";
import { firstTokenTable } from "./first-tokens.ts";
import { GatedLookaheadStrategy } from "./gated-lookahead.ts";
import * as L from "./lookahead.ts";
import { foldBinary, type OperatorEntry } from "./precedence.ts";
import * as T from "./tokens.ts";

const kw = T.kw;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Rule<R> = ParserMethod<any[], R>;

const RECORDING_PLACEHOLDER: A.ErrorExpression = Object.freeze({ kind: "ErrorExpression", start: 0, end: 0 });

function error(start: number, end: number): A.ErrorExpression {
  return { kind: "ErrorExpression", start, end };
}

function tokenEnd(tok: IToken): number {
  return tok.endOffset! + 1;
}

/** Recorded problems the parser found itself (besides Chevrotain's own errors). */
export interface ParserProblem {
  code: "syntax-error" | "unsupported-construct" | "invalid-assignment-target";
  message: string;
  start: number;
  end: number;
}

/** A GString whose interpolated expressions are parsed after the enclosing parse finishes. */
export interface PendingGString {
  node: A.GStringExpression;
  payload: T.GStringPayload;
}

export class RuleParser extends EmbeddedActionsParser {
  problems: ParserProblem[] = [];
  pendingGStrings: PendingGString[] = [];

  constructor(errorMessageProvider?: IParserErrorMessageProvider) {
    // Chevrotain replaces its default provider with an explicit `undefined`, so the key is only set when given.
    super(T.allTokens, {
      recoveryEnabled: true,
      maxLookahead: 1,
      lookaheadStrategy: new GatedLookaheadStrategy({ maxLookahead: 1 }),
      ...(errorMessageProvider ? { errorMessageProvider } : {}),
    });
    this.performSelfAnalysis();
    const rules = this.getGAstProductions();
    this.startsPower = firstTokenTable(rules.operand!, "Repetition", 0, T.allTokens);
    this.startsBinaryOperator = firstTokenTable(rules.binary!, "Repetition", 0, T.allTokens);
    this.startsConditional = firstTokenTable(rules.expression!, "Option", 0, T.allTokens);
    this.startsAssignment = firstTokenTable(rules.expression!, "Option", 2, T.allTokens);
    this.startsPostfixUpdate = firstTokenTable(rules.postfix!, "Option", 0, T.allTokens);
  }

  private peek = (k: number): IToken => this.LA(k);

  // Tokens that can start the productions below, by token type index (see first-tokens.ts). Rules
  // call Chevrotain for those productions only when the next token can start them, because each
  // OPTION and MANY call has a fixed cost in Chevrotain and a MANY call allocates.
  /** The `**` loop of `operand`. */
  private startsPower: Uint8Array = new Uint8Array(0);
  /** The operator loop of `binary`. */
  private startsBinaryOperator: Uint8Array = new Uint8Array(0);
  /** The `? :` or `?:` part of `expression`. */
  private startsConditional: Uint8Array = new Uint8Array(0);
  /** The assignment part of `expression`. */
  private startsAssignment: Uint8Array = new Uint8Array(0);
  /** The postfix `++` or `--` of `postfix`. */
  private startsPostfixUpdate: Uint8Array = new Uint8Array(0);

  /** Tells whether the next token is in `table`; always true while Chevrotain records the grammar. */
  private nextIn(table: Uint8Array): boolean {
    return this.RECORDING_PHASE || table[this.LA(1).tokenTypeIdx] === 1;
  }

  /**
   * Runs an embedded action outside Chevrotain's grammar-recording phase.
   * During recording it returns a placeholder node, so code after the action
   * can read `start`/`end` without special cases.
   */
  private act<R>(impl: () => R): R {
    return this.RECORDING_PHASE ? (RECORDING_PLACEHOLDER as R) : impl();
  }

  private readonly alternatives = new Map<string, unknown>();

  /**
   * Returns the alternatives of an `OR`, built once, because building them on
   * every call allocated much of the parser's garbage (see docs/benchmarks.md).
   * Cached alternatives may capture only `this`, never a local of the rule.
   */
  private cached<T>(key: string, build: () => T): T {
    let found = this.alternatives.get(key) as T | undefined;
    if (found === undefined) {
      found = build();
      this.alternatives.set(key, found);
    }
    return found;
  }

  /**
   * `RULE` with the result type taken from the field it is assigned to. A rule
   * without a recovery value does not resync after a syntax error, so the error
   * reaches the nearest rule that has one (expression, primary, statement, statement
   * list, script) instead of making the rule return `undefined` to its caller.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private rule<R, ARGS extends any[] = any[]>(name: string, impl: (...args: ARGS) => R, config?: IRuleConfig<R>): ParserMethod<ARGS, R> {
    return this.RULE(name, impl, config?.recoveryValueFunc ? config : { ...config, resyncEnabled: false });
  }

  private is(k: number, type: TokenType): boolean {
    return tokenMatcher(this.LA(k), type);
  }

  private problem(code: ParserProblem["code"], message: string, start: number, end: number): void {
    if (!this.RECORDING_PHASE) this.problems.push({ code, message, start, end });
  }

  /** Start offset of the next token, or the end of the previous one at end of input. */
  private here(): number {
    const tok = this.LA(1);
    if (tok.tokenType === EOF) {
      const prev = this.LA(0);
      return prev && Number.isFinite(prev.endOffset) ? prev.endOffset! + 1 : 0;
    }
    return tok.startOffset;
  }

  private last(): number {
    const prev = this.LA(0);
    return prev && Number.isFinite(prev.endOffset) ? prev.endOffset! + 1 : 0;
  }

  /**
   * Builds the node a rule returns after resyncing. It sits at the end of the
   * last consumed token, never past it: the enclosing node ends there too.
   */
  private errorRecovery = () => error(this.last(), this.last());

  /**
   * Limits single-token insertion to closing brackets and other tokens. An
   * inserted `{`, `(` or `[` would swallow the rest of the script into a body
   * or an argument list that the text never opened.
   */
  protected override canTokenTypeBeInsertedInRecovery(tokType: TokenType): boolean {
    return tokType !== T.LBrace && tokType !== T.LParen && tokType !== T.LBracket;
  }

  /**
   * Builds the token that single-token insertion puts in place of a missing one.
   * Chevrotain's own has NaN offsets, which would end up in node ranges. This
   * one is empty and sits where the next token starts, so that it does not end
   * before a node that began at `here()`.
   */
  protected override getTokenToInsert(tokType: TokenType): IToken {
    const at = this.here();
    const next = this.LA(1);
    const prev = this.LA(0);
    let line = 1;
    let column = 1;
    if (next.tokenType !== EOF && Number.isFinite(next.startLine)) {
      line = next.startLine!;
      column = next.startColumn!;
    } else if (prev && Number.isFinite(prev.endLine)) {
      line = prev.endLine!;
      column = prev.endColumn! + 1;
    }
    const tok = createTokenInstance(tokType, "", at, at - 1, line, line, column, column - 1);
    tok.isInsertedInRecovery = true;
    return tok;
  }

  // ------------------------------------------------------------ script and statements

  /**
   * Top-level statements parsed so far. A syntax error at the end of input can
   * only be recovered in the `script` rule, which then returns these.
   */
  private scriptBody: A.Statement[] = [];

  script: Rule<A.Script> = this.rule(
    "script",
    () => {
      const body: A.Statement[] = [];
      this.act(() => (this.scriptBody = body));
      this.MANY(() => {
        this.OR([
          {
            ALT: () => {
              const brace = this.CONSUME(T.RBrace);
              this.act(() => this.strayToken(brace));
            },
          },
          // The list pushes straight into `body`, so that recovery keeps the statements before an error.
          { ALT: () => this.SUBRULE(this.statementList, { ARGS: [body] }) },
        ]);
      });
      return { kind: "Script", body, start: 0, end: this.last() };
    },
    { recoveryValueFunc: () => ({ kind: "Script", body: this.scriptBody, start: 0, end: this.last() }) },
  );

  /** Statements up to `}`, `case`, `default` or the end of input, appended to `target` when given. */
  /**
   * The list the innermost `statementList` call appends to. It is a field so
   * that the list's alternatives can be built once (see `cached`). Each call
   * saves and restores it.
   */
  private statements: A.Statement[] = [];

  statementList: Rule<A.Statement[]> = this.rule(
    "statementList",
    (target?: A.Statement[]) => {
      const list: A.Statement[] = target ?? [];
      const saved = this.statements;
      this.statements = list;
      try {
        this.AT_LEAST_ONE(this.cached("statementListItem", () => () => {
          this.OR(this.cached("statementListAlternatives", () => ({
            IGNORE_AMBIGUITIES: true,
            DEF: [
              { ALT: () => this.CONSUME(T.Newline) },
              { ALT: () => this.CONSUME(T.Semicolon) },
              {
                ALT: () => {
                  const statement = this.SUBRULE(this.statement);
                  this.act(() => {
                    this.statements.push(statement);
                    // A statement that failed has its diagnostic; a second one about the separator is noise.
                    const failed = statement.kind === "ExpressionStatement" && statement.expression.kind === "ErrorExpression";
                    if (!failed) this.expectStatementEnd();
                  });
                },
              },
              {
                ALT: () => {
                  const stray = this.CONSUME(T.Skippable);
                  this.act(() => this.strayToken(stray));
                },
              },
            ],
          })));
        }));
      } finally {
        this.statements = saved;
      }
      return list;
    },
    { recoveryValueFunc: () => [] },
  );

  private strayToken(tok: IToken): void {
    if (this.RECORDING_PHASE) return;
    this.problem("syntax-error", `unexpected ${describe(tok)}`, tok.startOffset, tokenEnd(tok));
  }

  private expectStatementEnd(): void {
    const next = this.LA(1);
    // A statement can end with its own `;`, as the empty body in `while (next()) ;` does.
    const endedBySemicolon = this.LA(0)?.tokenType === T.Semicolon;
    if (
      endedBySemicolon || next.tokenType === EOF || this.is(1, T.Newline) || this.is(1, T.Semicolon) || this.is(1, T.RBrace) ||
      this.is(1, kw("case")) || this.is(1, kw("default"))
    ) {
      return;
    }
    this.problem("syntax-error", `expected a new line or ';' before ${describe(next)}`, next.startOffset, tokenEnd(next));
  }

  statement: Rule<A.Statement> = this.rule(
    "statement",
    () =>
      this.OR(this.cached("statement", () => ({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { ALT: () => this.SUBRULE(this.importDeclaration) },
          { GATE: () => L.isTypeDeclaration(this.peek), ALT: () => this.SUBRULE(this.typeDeclaration) },
          { ALT: () => this.SUBRULE(this.annotatedStatement) },
          { ALT: () => this.SUBRULE(this.packageDeclaration) },
          { GATE: () => L.isMethodDeclaration(this.peek), ALT: () => this.SUBRULE(this.methodDeclaration) },
          { ALT: () => this.SUBRULE(this.ifStatement) },
          { ALT: () => this.SUBRULE(this.forStatement) },
          { ALT: () => this.SUBRULE(this.whileStatement) },
          { ALT: () => this.SUBRULE(this.doWhileStatement) },
          { ALT: () => this.SUBRULE(this.switchStatement) },
          { ALT: () => this.SUBRULE(this.tryStatement) },
          { ALT: () => this.SUBRULE(this.returnStatement) },
          { ALT: () => this.SUBRULE(this.breakStatement) },
          { ALT: () => this.SUBRULE(this.continueStatement) },
          { ALT: () => this.SUBRULE(this.throwStatement) },
          { ALT: () => this.SUBRULE(this.assertStatement) },
          // `{ x -> ... }` with an arrow is a closure even where a block could start, as in Groovy.
          { GATE: () => this.is(1, T.LBrace) && L.closureHasParameters((k) => this.LA(k + 1)), ALT: () => this.SUBRULE2(this.expressionStatement) },
          { ALT: () => this.SUBRULE(this.block) },
          { GATE: () => L.isLabel(this.peek), ALT: () => this.SUBRULE(this.labeledStatement) },
          { GATE: () => L.isVariableDeclaration(this.peek), ALT: () => this.SUBRULE(this.variableDeclaration) },
          { ALT: () => this.SUBRULE(this.expressionStatement) },
        ],
      }))),
    { recoveryValueFunc: (e) => this.recoverStatement(e) },
  );

  /**
   * Builds the error statement after a failed statement. When no alternative
   * matched the first token (`def` with no name after it), the resync stays on
   * that token, because it can also start the next statement. It is skipped
   * here, or the statement list would stop there and drop the rest of the script.
   */
  private recoverStatement(e: IRecognitionException): A.Statement {
    const stack = e.context.ruleStack;
    const failedOnFirstToken = e.name === "NoViableAltException" && stack[stack.length - 1] === "statement";
    if (failedOnFirstToken && this.LA(1) === e.token && this.LA(1).tokenType !== EOF) this.SKIP_TOKEN();
    return { kind: "ExpressionStatement", expression: this.errorRecovery(), start: this.last(), end: this.last() };
  }

  block: Rule<A.Block> = this.rule("block", () => {
    const open = this.CONSUME(T.LBrace);
    let body: A.Statement[] = [];
    this.OPTION(() => {
      body = this.SUBRULE(this.statementList);
    });
    this.CONSUME(T.RBrace);
    return { kind: "Block", body, start: open.startOffset, end: this.last() };
  });

  private newlines: Rule<void> = this.rule("newlines", () => {
    this.MANY(() => this.CONSUME(T.Newline));
  });

  /** A statement body after `if (...)`, `for (...)`, `else`: newlines may come first, and `;` is an empty body. */
  body: Rule<A.Statement> = this.rule("body", () => {
    this.SUBRULE(this.newlines);
    return this.OR([
      {
        ALT: () => {
          const semicolon = this.CONSUME(T.Semicolon);
          return { kind: "Block", body: [], start: semicolon.startOffset, end: tokenEnd(semicolon) } as A.Statement;
        },
      },
      { ALT: () => this.SUBRULE(this.statement) },
    ]);
  });

  importDeclaration: Rule<A.ImportDeclaration> = this.rule("importDeclaration", () => {
    const start = this.CONSUME(kw("import")).startOffset;
    let isStatic = false;
    this.OPTION(() => {
      this.CONSUME(kw("static"));
      isStatic = true;
    });
    const parts = [this.CONSUME(T.Name).image];
    let star = false;
    this.MANY(() => {
      this.CONSUME(T.Dot);
      this.OR([
        { ALT: () => parts.push(this.CONSUME2(T.Name).image) },
        {
          ALT: () => {
            this.CONSUME(T.Star);
            star = true;
          },
        },
      ]);
    });
    let alias: string | null = null;
    this.OPTION2(() => {
      this.CONSUME(kw("as"));
      alias = this.CONSUME(T.Identifier).image;
    });
    return { kind: "ImportDeclaration", path: parts.join("."), star, isStatic, alias, start, end: this.last() };
  });

  packageDeclaration: Rule<A.Statement> = this.rule("packageDeclaration", () => {
    const start = this.CONSUME(kw("package")).startOffset;
    this.CONSUME(T.Name);
    this.MANY(() => {
      this.CONSUME(T.Dot);
      this.CONSUME2(T.Name);
    });
    const end = this.last();
    this.problem("unsupported-construct", "package declarations are not supported in sync rules; remove the line", start, end);
    return { kind: "UnsupportedStatement", what: "package declaration", start, end };
  });

  /** `class X { ... }` and friends: skipped as a balanced block and reported. */
  typeDeclaration: Rule<A.Statement> = this.rule("typeDeclaration", () => {
    const start = this.here();
    this.SUBRULE(this.modifierList);
    // Starting with the keyword (not any token) keeps a stray token out of the statement rule.
    const keyword = this.OR([
      { ALT: () => this.CONSUME(kw("class")) },
      { ALT: () => this.CONSUME(kw("interface")) },
      { ALT: () => this.CONSUME(kw("enum")) },
      // `trait` or `record`, contextual keywords that `isTypeDeclaration` checked by spelling.
      { ALT: () => this.CONSUME(T.Identifier) },
    ]);
    // The name, type parameters and `extends`/`implements` clauses, up to the body,
    // which may start on the next line. A header with no body then ends at the newline.
    this.MANY({
      GATE: () => !this.is(1, T.Newline),
      DEF: () => {
        this.CONSUME(T.Skippable);
      },
    });
    this.SUBRULE(this.newlines);
    this.SUBRULE(this.balancedBraces);
    const end = this.last();
    this.act(() => {
      this.problem("unsupported-construct", `${keyword.image} declarations are not supported in sync rules; use script methods and maps instead`, start, end);
    });
    return { kind: "UnsupportedStatement", what: "type declaration", start, end };
  });

  balancedBraces: Rule<void> = this.rule("balancedBraces", () => {
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.balancedBraces) },
        { ALT: () => this.CONSUME(T.Skippable) },
        { ALT: () => this.CONSUME(kw("case")) },
        { ALT: () => this.CONSUME(kw("default")) },
      ]);
    });
    this.CONSUME(T.RBrace);
  });

  /** `@Annotation(...) statement`: the annotation is reported and ignored. */
  annotatedStatement: Rule<A.Statement> = this.rule("annotatedStatement", () => {
    const start = this.CONSUME(T.At).startOffset;
    this.CONSUME(T.Name);
    this.MANY(() => {
      this.CONSUME(T.Dot);
      this.CONSUME2(T.Name);
    });
    this.OPTION(() => this.SUBRULE(this.balancedParens));
    this.problem("unsupported-construct", "annotations are not supported in sync rules; remove it", start, this.last());
    this.SUBRULE(this.newlines);
    return this.SUBRULE(this.statement);
  });

  balancedParens: Rule<void> = this.rule("balancedParens", () => {
    this.CONSUME(T.LParen);
    // `)` is Skippable too, so the loop itself must stop there, not only the alternative.
    this.MANY({
      GATE: () => !this.is(1, T.RParen),
      DEF: () => {
        this.OR([
          { ALT: () => this.SUBRULE(this.balancedParens) },
          { GATE: () => !this.is(1, T.LParen), ALT: () => this.CONSUME(T.Skippable) },
        ]);
      },
    });
    this.CONSUME(T.RParen);
  });

  private modifiers(): void {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(kw("final")) },
        { ALT: () => this.CONSUME(kw("static")) },
        { ALT: () => this.CONSUME(kw("private")) },
        { ALT: () => this.CONSUME(kw("public")) },
        { ALT: () => this.CONSUME(kw("protected")) },
        { ALT: () => this.CONSUME(kw("abstract")) },
        { ALT: () => this.CONSUME(kw("synchronized")) },
      ]);
    });
  }

  private modifierList: Rule<void> = this.rule("modifierList", () => this.modifiers());

  methodDeclaration: Rule<A.MethodDeclaration> = this.rule("methodDeclaration", () => {
    const start = this.here();
    this.SUBRULE(this.modifierList);
    let returnType: A.TypeRef | null = null;
    this.OPTION({
      GATE: () => this.is(1, kw("def")) || !this.is(2, T.LParen),
      DEF: () => {
        this.OR([
          { ALT: () => this.CONSUME(kw("def")) },
          { ALT: () => (returnType = this.SUBRULE(this.type)) },
        ]);
      },
    });
    const nameToken = this.OR2([{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.StringLiteral) }]);
    const params = this.SUBRULE(this.parameterList);
    this.OPTION2(() => {
      this.CONSUME(kw("throws"));
      this.SUBRULE2(this.type);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE3(this.type);
      });
    });
    this.SUBRULE(this.newlines);
    const body = this.SUBRULE(this.block);
    const name = this.act(() => (tokenMatcher(nameToken, T.StringLiteral) ? (nameToken.payload as string) : nameToken.image));
    return {
      kind: "MethodDeclaration", name, nameStart: nameToken.startOffset, nameEnd: tokenEnd(nameToken),
      returnType, params, body, start, end: this.last(),
    };
  });

  parameterList: Rule<A.Parameter[]> = this.rule("parameterList", () => {
    const params: A.Parameter[] = [];
    this.CONSUME(T.LParen);
    this.MANY_SEP({
      SEP: T.Comma,
      DEF: () => params.push(this.SUBRULE(this.parameter)),
    });
    this.CONSUME(T.RParen);
    return params;
  });

  parameter: Rule<A.Parameter> = this.rule("parameter", () => {
    const start = this.here();
    this.OPTION(() => this.CONSUME(kw("final")));
    let type: A.TypeRef | null = null;
    this.OPTION2({
      GATE: () => this.is(1, kw("def")) || L.parameterHasType(this.peek),
      DEF: () => {
        this.OR([
          { ALT: () => this.CONSUME(kw("def")) },
          { ALT: () => (type = this.SUBRULE(this.type)) },
        ]);
      },
    });
    let varargs = false;
    this.OPTION3(() => {
      this.CONSUME(T.Ellipsis);
      varargs = true;
    });
    const name = this.CONSUME(T.Identifier);
    let defaultValue: A.Expression | null = null;
    this.OPTION4(() => {
      this.CONSUME(T.Assign);
      defaultValue = this.SUBRULE(this.expression);
    });
    const parameter: A.Parameter = { name: name.image, type, defaultValue, start, end: this.last() };
    if (varargs) parameter.varargs = true;
    return parameter;
  });

  variableDeclaration: Rule<A.VariableDeclaration | A.MultipleDeclaration> = this.rule("variableDeclaration", () => {
    const start = this.here();
    this.SUBRULE(this.modifierList);
    let type: A.TypeRef | null = null;
    this.OPTION({
      // After modifiers alone (`final x = 1`) the identifier is the variable, not a type.
      GATE: () => this.is(1, kw("def")) || L.isWord(this.LA(1), "var") || !L.isDeclaratorStart(this.peek),
      DEF: () => {
        this.OR({
          IGNORE_AMBIGUITIES: true,
          DEF: [
            { ALT: () => this.CONSUME(kw("def")) },
            // `var` is an identifier token (a contextual keyword), so it must be tried before a type name.
            { GATE: () => L.isWord(this.LA(1), "var"), ALT: () => this.CONSUME3(T.Identifier) },
            { ALT: () => (type = this.SUBRULE(this.type)) },
          ],
        });
      },
    });
    return this.OR2([
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          const targets: A.MultipleDeclaration["targets"] = [];
          this.AT_LEAST_ONE_SEP({
            SEP: T.Comma,
            DEF: () => {
              const targetStart = this.here();
              let targetType: A.TypeRef | null = null;
              this.OPTION2({
                GATE: () => this.is(1, kw("def")) || L.parameterHasType(this.peek),
                DEF: () => {
                  this.OR3([
                    { ALT: () => this.CONSUME2(kw("def")) },
                    { ALT: () => (targetType = this.SUBRULE2(this.type)) },
                  ]);
                },
              });
              const name = this.CONSUME(T.Identifier);
              targets.push({ name: name.image, type: targetType, start: targetStart, end: tokenEnd(name) });
            },
          });
          this.CONSUME(T.RParen);
          this.CONSUME(T.Assign);
          const init = this.SUBRULE(this.expression);
          return { kind: "MultipleDeclaration", targets, init, start, end: this.last() } as A.MultipleDeclaration;
        },
      },
      {
        ALT: () => {
          const declarators: A.VariableDeclarator[] = [];
          this.AT_LEAST_ONE_SEP2({
            SEP: T.Comma,
            DEF: () => declarators.push(this.SUBRULE(this.declarator)),
          });
          return { kind: "VariableDeclaration", type, declarators, start, end: this.last() } as A.VariableDeclaration;
        },
      },
    ]);
  });

  declarator: Rule<A.VariableDeclarator> = this.rule("declarator", () => {
    const name = this.CONSUME(T.Identifier);
    let init: A.Expression | null = null;
    this.OPTION(() => {
      this.CONSUME(T.Assign);
      init = this.SUBRULE(this.expressionOrCommand);
    });
    return { name: name.image, nameStart: name.startOffset, nameEnd: tokenEnd(name), init, start: name.startOffset, end: this.last() };
  });

  ifStatement: Rule<A.IfStatement> = this.rule("ifStatement", () => {
    const start = this.CONSUME(kw("if")).startOffset;
    this.CONSUME(T.LParen);
    const test = this.SUBRULE(this.expression);
    this.CONSUME(T.RParen);
    const consequent = this.SUBRULE(this.body);
    let alternate: A.Statement | null = null;
    this.OPTION({
      GATE: () => this.is(1, kw("else")) || (this.is(1, T.Semicolon) && this.is(2, kw("else"))),
      DEF: () => {
        this.OPTION2(() => this.CONSUME(T.Semicolon));
        this.CONSUME(kw("else"));
        alternate = this.SUBRULE2(this.body);
      },
    });
    return { kind: "IfStatement", test, consequent, alternate, start, end: this.last() };
  });

  forStatement: Rule<A.ForInStatement | A.ForStatement> = this.rule("forStatement", () => {
    const start = this.CONSUME(kw("for")).startOffset;
    this.CONSUME(T.LParen);
    const header = this.OR([
      { GATE: () => L.isForIn(this.peek), ALT: () => this.SUBRULE(this.forInHeader) },
      { ALT: () => this.SUBRULE(this.classicForHeader) },
    ]);
    this.CONSUME(T.RParen);
    const body = this.SUBRULE(this.body);
    return { ...header, body, start, end: this.last() } as A.ForInStatement | A.ForStatement;
  });

  forInHeader: Rule<Omit<A.ForInStatement, "body" | "start" | "end">> = this.rule("forInHeader", () => {
    this.OPTION(() => this.CONSUME(kw("final")));
    let variableType: A.TypeRef | null = null;
    this.OPTION2({
      GATE: () => this.is(1, kw("def")) || L.parameterHasType(this.peek),
      DEF: () => {
        this.OR([
          { ALT: () => this.CONSUME(kw("def")) },
          { ALT: () => (variableType = this.SUBRULE(this.type)) },
        ]);
      },
    });
    const name = this.CONSUME(T.Identifier);
    this.OR2([{ ALT: () => this.CONSUME(kw("in")) }, { ALT: () => this.CONSUME(T.Colon) }]);
    const iterable = this.SUBRULE(this.expression);
    return {
      kind: "ForInStatement" as const, variable: name.image, variableStart: name.startOffset, variableEnd: tokenEnd(name),
      variableType, iterable,
    };
  });

  classicForHeader: Rule<Omit<A.ForStatement, "body" | "start" | "end">> = this.rule("classicForHeader", () => {
    const init: A.Statement[] = [];
    let test: A.Expression | null = null;
    const update: A.Expression[] = [];
    this.OPTION(() => {
      this.OR([
        { GATE: () => L.isVariableDeclaration(this.peek), ALT: () => init.push(this.SUBRULE(this.variableDeclaration)) },
        {
          ALT: () => {
            this.AT_LEAST_ONE_SEP({
              SEP: T.Comma,
              DEF: () => {
                const expression = this.SUBRULE(this.expression);
                init.push({ kind: "ExpressionStatement", expression, start: expression.start, end: expression.end });
              },
            });
          },
        },
      ]);
    });
    this.CONSUME(T.Semicolon);
    this.OPTION2(() => (test = this.SUBRULE2(this.expression)));
    this.CONSUME2(T.Semicolon);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => update.push(this.SUBRULE3(this.expression)) });
    return { kind: "ForStatement" as const, init, test, update };
  });

  whileStatement: Rule<A.WhileStatement> = this.rule("whileStatement", () => {
    const start = this.CONSUME(kw("while")).startOffset;
    this.CONSUME(T.LParen);
    const test = this.SUBRULE(this.expression);
    this.CONSUME(T.RParen);
    const body = this.SUBRULE(this.body);
    return { kind: "WhileStatement", test, body, start, end: this.last() };
  });

  doWhileStatement: Rule<A.DoWhileStatement> = this.rule("doWhileStatement", () => {
    const start = this.CONSUME(kw("do")).startOffset;
    const body = this.SUBRULE(this.body);
    this.SUBRULE(this.newlines);
    this.CONSUME(kw("while"));
    this.CONSUME(T.LParen);
    const test = this.SUBRULE(this.expression);
    this.CONSUME(T.RParen);
    return { kind: "DoWhileStatement", body, test, start, end: this.last() };
  });

  switchStatement: Rule<A.SwitchStatement> = this.rule("switchStatement", () => {
    const start = this.CONSUME(kw("switch")).startOffset;
    this.CONSUME(T.LParen);
    const discriminant = this.SUBRULE(this.expression);
    this.CONSUME(T.RParen);
    this.SUBRULE(this.newlines);
    this.CONSUME(T.LBrace);
    this.SUBRULE2(this.newlines);
    const cases: A.SwitchCase[] = [];
    this.MANY(() => cases.push(this.SUBRULE(this.switchCase)));
    this.CONSUME(T.RBrace);
    return { kind: "SwitchStatement", discriminant, cases, start, end: this.last() };
  });

  switchCase: Rule<A.SwitchCase> = this.rule("switchCase", () => {
    const start = this.here();
    const tests: A.Expression[] = [];
    let isDefault = false;
    let arrow = false;
    this.AT_LEAST_ONE(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(kw("case"));
            this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => tests.push(this.SUBRULE(this.expression)) });
          },
        },
        {
          ALT: () => {
            this.CONSUME(kw("default"));
            isDefault = true;
          },
        },
      ]);
      this.OR2([
        { ALT: () => this.CONSUME(T.Colon) },
        {
          ALT: () => {
            this.CONSUME(T.Arrow);
            arrow = true;
          },
        },
      ]);
      this.SUBRULE(this.newlines);
    });
    let body: A.Statement[] = [];
    this.OR3({
      IGNORE_AMBIGUITIES: true,
      DEF: [
      {
        GATE: () => arrow,
        ALT: () => {
          const statement = this.SUBRULE(this.statement);
          // An arrow case never falls through to the next case.
          body = [statement, { kind: "BreakStatement", label: null, start: statement.end, end: statement.end }];
          // Separators up to the next case, which the statement rule leaves in place.
          this.MANY(() => this.OR4([{ ALT: () => this.CONSUME(T.Newline) }, { ALT: () => this.CONSUME(T.Semicolon) }]));
        },
      },
      { ALT: () => this.OPTION(() => (body = this.SUBRULE(this.statementList))) },
    ]});
    return { tests, isDefault, body, start, end: this.last() };
  });

  tryStatement: Rule<A.TryStatement> = this.rule("tryStatement", () => {
    const start = this.CONSUME(kw("try")).startOffset;
    this.OPTION(() => {
      const open = this.LA(1);
      this.SUBRULE(this.balancedParens);
      this.problem("unsupported-construct", "try-with-resources is not supported in sync rules; use try/finally", open.startOffset, this.last());
    });
    this.SUBRULE(this.newlines);
    const block = this.SUBRULE(this.block);
    const handlers: A.CatchClause[] = [];
    this.MANY(() => handlers.push(this.SUBRULE(this.catchClause)));
    let finalizer: A.Block | null = null;
    this.OPTION2(() => {
      this.CONSUME(kw("finally"));
      this.SUBRULE3(this.newlines);
      finalizer = this.SUBRULE2(this.block);
    });
    this.act(() => {
      if (handlers.length === 0 && finalizer === null) {
        this.problem("syntax-error", "'try' needs a 'catch' or 'finally' block", start, start + 3);
      }
    });
    return { kind: "TryStatement", block, handlers, finalizer, start, end: this.last() };
  });

  catchClause: Rule<A.CatchClause> = this.rule("catchClause", () => {
    const start = this.CONSUME(kw("catch")).startOffset;
    this.CONSUME(T.LParen);
    const types: A.TypeRef[] = [];
    this.OPTION(() => this.CONSUME(kw("final")));
    this.OPTION2({
      GATE: () => this.is(1, kw("def")) || !this.is(2, T.RParen),
      DEF: () => this.OR([
        { ALT: () => this.CONSUME(kw("def")) },
        {
          ALT: () => {
            types.push(this.SUBRULE(this.type));
            this.MANY(() => {
              this.CONSUME(T.BitOr);
              types.push(this.SUBRULE2(this.type));
            });
          },
        },
      ]),
    });
    const param = this.CONSUME(T.Identifier);
    this.CONSUME(T.RParen);
    this.SUBRULE(this.newlines);
    const body = this.SUBRULE(this.block);
    return { types, param: param.image, paramStart: param.startOffset, paramEnd: tokenEnd(param), body, start, end: this.last() };
  });

  private startsExpressionAhead(): boolean {
    const next = this.LA(1);
    return !(
      next.tokenType === EOF || this.is(1, T.Newline) || this.is(1, T.Semicolon) || this.is(1, T.RBrace) ||
      this.is(1, kw("case")) || this.is(1, kw("default")) || this.is(1, kw("else"))
    );
  }

  returnStatement: Rule<A.ReturnStatement> = this.rule("returnStatement", () => {
    const start = this.CONSUME(kw("return")).startOffset;
    let argument: A.Expression | null = null;
    this.OPTION({ GATE: () => this.startsExpressionAhead(), DEF: () => (argument = this.SUBRULE(this.expression)) });
    return { kind: "ReturnStatement", argument, start, end: this.last() };
  });

  breakStatement: Rule<A.BreakStatement> = this.rule("breakStatement", () => {
    const start = this.CONSUME(kw("break")).startOffset;
    let label: string | null = null;
    this.OPTION(() => (label = this.CONSUME(T.Identifier).image));
    return { kind: "BreakStatement", label, start, end: this.last() };
  });

  continueStatement: Rule<A.ContinueStatement> = this.rule("continueStatement", () => {
    const start = this.CONSUME(kw("continue")).startOffset;
    let label: string | null = null;
    this.OPTION(() => (label = this.CONSUME(T.Identifier).image));
    return { kind: "ContinueStatement", label, start, end: this.last() };
  });

  throwStatement: Rule<A.ThrowStatement> = this.rule("throwStatement", () => {
    const start = this.CONSUME(kw("throw")).startOffset;
    const argument = this.SUBRULE(this.expression);
    return { kind: "ThrowStatement", argument, start, end: this.last() };
  });

  assertStatement: Rule<A.AssertStatement> = this.rule("assertStatement", () => {
    const start = this.CONSUME(kw("assert")).startOffset;
    const test = this.SUBRULE(this.expression);
    let message: A.Expression | null = null;
    this.OPTION(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Colon) }, { ALT: () => this.CONSUME(T.Comma) }]);
      message = this.SUBRULE2(this.expression);
    });
    return { kind: "AssertStatement", test, message, start, end: this.last() };
  });

  labeledStatement: Rule<A.LabeledStatement> = this.rule("labeledStatement", () => {
    const label = this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    let body: A.Statement | null = null;
    this.OPTION({ GATE: () => this.startsExpressionAhead(), DEF: () => (body = this.SUBRULE(this.statement)) });
    return { kind: "LabeledStatement", label: label.image, body, start: label.startOffset, end: this.last() };
  });

  /** An expression statement, including command expressions such as `log.info "x"` and `println a, b`. */
  expressionStatement: Rule<A.Statement> = this.rule("expressionStatement", () => {
    // The command-expression check of `expressionOrCommand` is repeated here to save a rule call per statement.
    this.command = this.SUBRULE(this.expression);
    if (this.canTakeCommandArguments()) this.OPTION(this.cached("statementCommand", () => this.commandCallBody()));
    const expression = this.command;
    return { kind: "ExpressionStatement", expression, start: expression.start, end: this.last() };
  });

  /**
   * An expression, or a command expression (`names.contains "x"`, `pair 1, 2`)
   * where Groovy allows one: a statement, the value of an assignment or an initializer.
   */
  expressionOrCommand: Rule<A.Expression> = this.rule("expressionOrCommand", () => {
    this.command = this.SUBRULE(this.expression);
    if (this.canTakeCommandArguments()) this.OPTION(this.cached("command", () => this.commandCallBody()));
    return this.command;
  });

  /**
   * The expression that may become a command expression, in the two rules
   * above. No rule runs between setting it and the check that reads it, and
   * the command's arguments are parsed before it is replaced.
   */
  private command: A.Expression = RECORDING_PLACEHOLDER;

  /**
   * Tells whether `this.command` may take command arguments here, as in
   * `log.info "x"`. It is checked before the OPTION rather than as its GATE,
   * because Chevrotain allocates a function for a gated OPTION on every call.
   */
  private canTakeCommandArguments(): boolean {
    if (this.RECORDING_PHASE) return true;
    const kind = this.command.kind;
    return (kind === "Identifier" || kind === "PropertyExpression") && L.startsCommandArgument(this.LA(1));
  }

  /** Builds the OPTION body that parses command arguments and turns `this.command` into the call. */
  private commandCallBody(): () => void {
    return () => {
      const callee = this.command;
      const args = this.SUBRULE(this.commandArguments);
      this.command = this.act(() => toCommandCall(callee, args, this.last()));
    };
  }

  commandArguments: Rule<A.Arguments> = this.rule("commandArguments", () => {
    const args: A.Arguments = { positional: [], named: [], parenthesized: false };
    const saved = this.argumentsTarget;
    this.argumentsTarget = args;
    try {
      this.AT_LEAST_ONE_SEP(this.cached("commandArgumentList", () => ({ SEP: T.Comma, DEF: () => this.SUBRULE(this.argument) })));
    } finally {
      this.argumentsTarget = saved;
    }
    return args;
  });

  // ------------------------------------------------------------ types

  type: Rule<A.TypeRef> = this.rule("type", () => {
    const start = this.here();
    const parts: string[] = [];
    this.OR([
      { ALT: () => parts.push(this.CONSUME(T.Identifier).image) },
      { ALT: () => parts.push(this.CONSUME(kw("void")).image) },
      { ALT: () => parts.push(this.CONSUME(kw("boolean")).image) },
      { ALT: () => parts.push(this.CONSUME(kw("byte")).image) },
      { ALT: () => parts.push(this.CONSUME(kw("char")).image) },
      { ALT: () => parts.push(this.CONSUME(kw("short")).image) },
      { ALT: () => parts.push(this.CONSUME(kw("int")).image) },
      { ALT: () => parts.push(this.CONSUME(kw("long")).image) },
      { ALT: () => parts.push(this.CONSUME(kw("float")).image) },
      { ALT: () => parts.push(this.CONSUME(kw("double")).image) },
    ]);
    this.MANY({
      GATE: () => this.is(2, T.Name),
      DEF: () => {
        this.CONSUME(T.Dot);
        parts.push(this.CONSUME(T.Name).image);
      },
    });
    const typeArguments: A.TypeRef[] = [];
    this.OPTION(() => {
      this.CONSUME(T.Less);
      // Empty for the diamond in `new ArrayList<>()`.
      this.MANY_SEP({ SEP: T.Comma, DEF: () => typeArguments.push(this.SUBRULE(this.typeArgument)) });
      this.CONSUME(T.Greater);
    });
    let arrayDimensions = 0;
    this.MANY2({
      GATE: () => this.is(2, T.RBracket),
      DEF: () => {
        this.CONSUME(T.LBracket);
        this.CONSUME(T.RBracket);
        arrayDimensions++;
      },
    });
    return { kind: "TypeRef", name: parts.join("."), typeArguments, arrayDimensions, start, end: this.last() };
  });

  typeArgument: Rule<A.TypeRef> = this.rule("typeArgument", () =>
    this.OR([
      {
        ALT: () => {
          const q = this.CONSUME(T.Question);
          let bound: A.TypeRef | null = null;
          this.OPTION(() => {
            this.OR2([{ ALT: () => this.CONSUME(kw("extends")) }, { ALT: () => this.CONSUME(kw("super")) }]);
            bound = this.SUBRULE(this.type);
          });
          return bound ?? ({ kind: "TypeRef", name: "Object", typeArguments: [], arrayDimensions: 0, start: q.startOffset, end: tokenEnd(q) } as A.TypeRef);
        },
      },
      { ALT: () => this.SUBRULE2(this.type) },
    ]),
  );

  // ------------------------------------------------------------ expressions

  /**
   * The expression the innermost `expression` call has built so far. It is a
   * field so that the rule's alternatives can be built once (see `cached`).
   * The alternatives read it before they parse anything, because nested
   * expressions change it, and set it once they are done.
   */
  private current: A.Expression = RECORDING_PLACEHOLDER;

  expression: Rule<A.Expression> = this.rule(
    "expression",
    () => {
      // The first ternary level is inlined here rather than called as the `ternary` rule:
      // every expression passes through it, and each rule call has a fixed cost.
      this.current = this.SUBRULE(this.binary);
      if (this.nextIn(this.startsConditional)) this.OPTION(this.cached("conditional", () => () => {
        this.OR(this.cached("conditionalOperator", () => [
          {
            ALT: () => {
              const test = this.current;
              this.CONSUME(T.Question);
              const consequent = this.SUBRULE2(this.expression);
              this.CONSUME(T.Colon);
              const alternate = this.SUBRULE(this.ternary);
              this.current = { kind: "ConditionalExpression", test, consequent, alternate, start: test.start, end: this.last() };
            },
          },
          {
            ALT: () => {
              const left = this.current;
              this.CONSUME(T.Elvis);
              const right = this.SUBRULE2(this.ternary);
              this.current = { kind: "ElvisExpression", left, right, start: left.start, end: this.last() };
            },
          },
        ]));
      }));
      if (this.nextIn(this.startsAssignment)) this.OPTION2(this.cached("assignment", () => () => {
        const target = this.current;
        const op = this.CONSUME(T.AssignOperator);
        const value = this.SUBRULE(this.expressionOrCommand);
        this.current = this.act(() => {
          if (!isAssignable(target)) {
            this.problem("invalid-assignment-target", `cannot assign to this expression; the left side of '${op.image}' must be a variable, property or subscript`, target.start, target.end);
          }
          return { kind: "AssignmentExpression", operator: op.image as A.AssignmentOperatorText, target, value, start: target.start, end: value.end };
        });
      }));
      return this.current;
    },
    { recoveryValueFunc: () => this.errorRecovery() },
  );

  ternary: Rule<A.Expression> = this.rule("ternary", () => {
    const test = this.SUBRULE(this.binary);
    let result = test;
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Question);
            const consequent = this.SUBRULE(this.expression);
            this.CONSUME(T.Colon);
            const alternate = this.SUBRULE(this.ternary);
            result = { kind: "ConditionalExpression", test, consequent, alternate, start: test.start, end: this.last() };
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Elvis);
            const right = this.SUBRULE2(this.ternary);
            result = { kind: "ElvisExpression", left: test, right, start: test.start, end: this.last() };
          },
        },
      ]);
    });
    return result;
  });

  /**
   * The operands and operators of the innermost `binary` call. They are fields
   * so that the operator alternatives can be built once (see `cached`). Each
   * call saves and restores them.
   */
  private operands: A.Expression[] = [];
  private operators: OperatorEntry[] = [];

  binary: Rule<A.Expression> = this.rule("binary", () => {
    const operands: A.Expression[] = [this.SUBRULE(this.operand)];
    const operators: OperatorEntry[] = [];
    const savedOperands = this.operands;
    const savedOperators = this.operators;
    this.operands = operands;
    this.operators = operators;
    try {
      if (!this.nextIn(this.startsBinaryOperator)) return operands[0]!;
      this.MANY(this.cached("binaryLoop", () => () => {
        // `>` is also a BinaryOperator; its alternative comes first so that `>>` can be joined.
        this.OR(this.cached("binaryOperator", () => ({ IGNORE_AMBIGUITIES: true, DEF: [
          { ALT: () => this.shiftOrGreater() },
          {
            ALT: () => {
              const op = this.CONSUME(T.BinaryOperator);
              this.operators.push({ text: op.image, start: op.startOffset });
              this.operands.push(this.SUBRULE3(this.operand));
            },
          },
          {
            ALT: () => {
              const op = this.CONSUME(kw("in"));
              this.operators.push({ text: "in", start: op.startOffset });
              this.operands.push(this.SUBRULE4(this.operand));
            },
          },
          {
            ALT: () => {
              const op = this.OR2(this.cached("typeOperator", () => [
                { ALT: () => this.CONSUME(kw("instanceof")) },
                { ALT: () => this.CONSUME(T.NotInstanceof) },
                { ALT: () => this.CONSUME(kw("as")) },
              ]));
              const type = this.SUBRULE(this.type);
              this.operators.push({ text: op.image, start: op.startOffset, type });
              this.operands.push(type as unknown as A.Expression);
            },
          },
        ]})));
      }));
    } finally {
      this.operands = savedOperands;
      this.operators = savedOperators;
    }
    return this.act(() => (operators.length === 0 ? operands[0]! : foldBinary(operands, operators)));
  });

  /** Parses `>`, `>>` or `>>>` and its right operand inside `binary`, joining the `>` tokens that the lexer keeps apart. */
  private shiftOrGreater(): void {
    const op = this.CONSUME(T.Greater);
    let text = ">";
    this.OPTION({
      GATE: () => this.is(1, T.Greater) && L.adjacent(op, this.LA(1)),
      DEF: () => {
        const second = this.CONSUME2(T.Greater);
        text = ">>";
        this.OPTION2({
          GATE: () => this.is(1, T.Greater) && L.adjacent(second, this.LA(1)),
          DEF: () => {
            this.CONSUME3(T.Greater);
            text = ">>>";
          },
        });
      },
    });
    this.operators.push({ text, start: op.startOffset });
    // The lexer keeps a newline after `>` (it may close type arguments), so skip it here.
    this.SUBRULE(this.newlines);
    this.operands.push(this.SUBRULE2(this.operand));
  }

  /**
   * An operand of a binary operator. Most operands start with a name, a literal
   * or a bracket and need no prefix rules, so they take a shorter rule chain
   * that saves three rule calls per operand (see docs/benchmarks.md).
   */
  operand: Rule<A.Expression> = this.rule("operand", () =>
    this.OR(this.cached("operand", () => ({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => L.startsPlainOperand(this.LA(1)),
          ALT: () => {
            let left = this.SUBRULE(this.postfix);
            if (this.nextIn(this.startsPower)) {
              this.MANY(() => {
                const op = this.CONSUME(T.Power);
                const right = this.SUBRULE(this.powerOperand);
                left = powerOf(left, op, right);
              });
            }
            return left;
          },
        },
        { ALT: () => this.SUBRULE(this.unary) },
      ],
    }))),
  );

  unary: Rule<A.Expression> = this.rule("unary", () =>
    this.OR([
      {
        ALT: () => {
          const op = this.OR2([{ ALT: () => this.CONSUME(T.Minus) }, { ALT: () => this.CONSUME(T.Plus) }]);
          const argument = this.SUBRULE(this.unary);
          return this.act(() => signed(op, argument));
        },
      },
      {
        ALT: () => {
          const op = this.OR3([{ ALT: () => this.CONSUME(T.Increment) }, { ALT: () => this.CONSUME(T.Decrement) }]);
          const argument = this.SUBRULE2(this.unary);
          return prefixUpdate(op, argument);
        },
      },
      { ALT: () => this.SUBRULE(this.power) },
    ]),
  );

  /** `a ** b`: binds tighter than unary minus (`-2 ** 2` is -4) and is left-associative as in Groovy 2.4. */
  power: Rule<A.Expression> = this.rule("power", () => {
    let left = this.SUBRULE(this.prefix);
    this.MANY(() => {
      const op = this.CONSUME(T.Power);
      const right = this.SUBRULE(this.powerOperand);
      left = powerOf(left, op, right);
    });
    return left;
  });

  powerOperand: Rule<A.Expression> = this.rule("powerOperand", () =>
    this.OR([
      {
        ALT: () => {
          const op = this.OR2([{ ALT: () => this.CONSUME(T.Minus) }, { ALT: () => this.CONSUME(T.Plus) }]);
          const argument = this.SUBRULE(this.powerOperand);
          return this.act(() => signed(op, argument));
        },
      },
      { ALT: () => this.SUBRULE(this.prefix) },
    ]),
  );

  /** `!x`, `~x`, `(Type) x`, or a postfix expression. */
  prefix: Rule<A.Expression> = this.rule("prefix", () =>
    this.OR([
      {
        ALT: () => {
          const op = this.OR2([{ ALT: () => this.CONSUME(T.Not) }, { ALT: () => this.CONSUME(T.Tilde) }]);
          const argument = this.SUBRULE(this.prefix);
          return { kind: "UnaryExpression", operator: op.image as "!" | "~", argument, start: op.startOffset, end: argument.end } as A.Expression;
        },
      },
      {
        GATE: () => L.isCast(this.peek),
        ALT: () => {
          const open = this.CONSUME(T.LParen);
          const type = this.SUBRULE(this.type);
          this.CONSUME(T.RParen);
          const expression = this.SUBRULE(this.castOperand);
          return { kind: "CastExpression", expression, type, style: "cast", start: open.startOffset, end: expression.end } as A.Expression;
        },
      },
      { ALT: () => this.SUBRULE(this.postfix) },
    ]),
  );

  /** The operand of a cast; `isCast` lets a sign or `++`/`--` start it only after a primitive type (`(int) -x`). */
  castOperand: Rule<A.Expression> = this.rule("castOperand", () =>
    this.OR([
      {
        ALT: () => {
          const op = this.OR2([{ ALT: () => this.CONSUME(T.Minus) }, { ALT: () => this.CONSUME(T.Plus) }]);
          const argument = this.SUBRULE(this.castOperand);
          return this.act(() => signed(op, argument));
        },
      },
      {
        ALT: () => {
          const op = this.OR3([{ ALT: () => this.CONSUME(T.Increment) }, { ALT: () => this.CONSUME(T.Decrement) }]);
          const argument = this.SUBRULE2(this.castOperand);
          return prefixUpdate(op, argument);
        },
      },
      { ALT: () => this.SUBRULE(this.prefix) },
    ]),
  );

  /**
   * The expression a postfix chain has built so far. It is a field rather than
   * a local so that the chain's alternatives can be built once (see `cached`).
   * Each `postfix` call saves and restores it, so nested chains do not interfere.
   */
  private chain: A.Expression = RECORDING_PLACEHOLDER;

  postfix: Rule<A.Expression> = this.rule("postfix", () => {
    const saved = this.chain;
    try {
      this.chain = this.SUBRULE(this.primary);
      this.MANY(this.cached("postfixLoop", () => ({
        // A newline ends the chain unless a closure to append opens on the next line (the last alternative).
        GATE: () => !this.is(1, T.Newline) || (this.is(2, T.LBrace) && canTakeClosure(this.chain)),
        DEF: () => {
          this.OR(this.cached("postfixStep", () => [
            { ALT: () => (this.chain = this.SUBRULE(this.memberAccess)) },
            {
              ALT: () => {
                this.CONSUME(T.MethodPointer);
                const name = this.CONSUME(T.Name);
                const object = this.chain;
                this.chain = { kind: "MethodPointerExpression", object, name: name.image, start: object.start, end: tokenEnd(name) };
              },
            },
            {
              ALT: () => {
                const open = this.OR2([{ ALT: () => this.CONSUME(T.LBracket) }, { ALT: () => this.CONSUME(T.SafeIndex) }]);
                const indexes: A.Expression[] = [];
                this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => indexes.push(this.SUBRULE(this.listElement)) });
                this.CONSUME(T.RBracket);
                const end = this.last();
                const index: A.Expression = indexes.length === 1 ? indexes[0]! : { kind: "ListExpression", elements: indexes, start: indexes[0]!.start, end: indexes[indexes.length - 1]!.end };
                const object = this.chain;
                this.chain = { kind: "IndexExpression", object, index, safe: open.image === "?[", start: object.start, end };
              },
            },
            {
              ALT: () => {
                const args = this.SUBRULE(this.callArguments);
                this.chain = this.act(() => callOf(this.chain, args, this.last()));
              },
            },
            {
              GATE: () => canTakeClosure(this.chain),
              ALT: () => {
                const closure = this.SUBRULE(this.closure);
                this.chain = this.act(() => addTrailingClosure(this.chain, closure));
              },
            },
            {
              // Groovy 2.4 and 4 also append a closure that opens on a following line: `foo(x)\n{ it }`.
              ALT: () => {
                this.CONSUME(T.Newline);
                const closure = this.SUBRULE2(this.closure);
                this.chain = this.act(() => addTrailingClosure(this.chain, closure));
              },
            },
          ]));
        },
      })));
      if (this.nextIn(this.startsPostfixUpdate)) this.OPTION(this.cached("postfixUpdate", () => () => {
        const op = this.OR3(this.cached("updateOperator", () => [{ ALT: () => this.CONSUME(T.Increment) }, { ALT: () => this.CONSUME(T.Decrement) }]));
        const argument = this.chain;
        this.chain = { kind: "UpdateExpression", operator: op.image as "++" | "--", prefix: false, argument, start: argument.start, end: tokenEnd(op) };
      }));
      return this.chain;
    } finally {
      this.chain = saved;
    }
  });

  /** `.name`, `?.name`, `*.name` or `.@name` after the chain `postfix` has built so far. */
  memberAccess: Rule<A.Expression> = this.rule("memberAccess", () => {
    const object = this.chain;
    const op = this.OR(this.cached("memberOperator", () => [
      { ALT: () => this.CONSUME(T.Dot) },
      { ALT: () => this.CONSUME(T.SafeDot) },
      { ALT: () => this.CONSUME(T.SpreadDot) },
      { ALT: () => this.CONSUME(T.FieldDot) },
    ]));
    const nameStart = this.here();
    const property: string | A.Expression = this.OR2(this.cached("memberName", () => [
      { ALT: () => this.CONSUME(T.Name).image },
      { ALT: () => this.CONSUME(T.StringLiteral).payload as string },
      { ALT: () => this.SUBRULE(this.gstring) },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          const e = this.SUBRULE(this.expression);
          this.CONSUME(T.RParen);
          return e;
        },
      },
    ]));
    const nameEnd = this.last();
    return {
      kind: "PropertyExpression", object, operator: op.image as A.MemberOperator, property,
      propertyStart: nameStart, propertyEnd: nameEnd, start: object.start, end: nameEnd,
    } as A.PropertyExpression;
  });

  /**
   * The arguments that `argument` adds to: those of the innermost argument
   * list being parsed. It is a field so that the argument alternatives can be
   * built once (see `cached`). Each argument list saves and restores it.
   */
  private argumentsTarget: A.Arguments = { positional: [], named: [], parenthesized: false };

  callArguments: Rule<A.Arguments> = this.rule("callArguments", () => {
    const args: A.Arguments = { positional: [], named: [], parenthesized: true };
    this.CONSUME(T.LParen);
    const saved = this.argumentsTarget;
    this.argumentsTarget = args;
    try {
      this.OPTION(this.cached("callArgumentList", () => () => {
        this.SUBRULE(this.argument);
        this.MANY(this.cached("moreCallArguments", () => ({
          GATE: () => !this.is(2, T.RParen),
          DEF: () => {
            this.CONSUME(T.Comma);
            this.SUBRULE2(this.argument);
          },
        })));
        this.OPTION2(this.cached("trailingComma", () => () => this.CONSUME2(T.Comma)));
      }));
    } finally {
      this.argumentsTarget = saved;
    }
    this.CONSUME(T.RParen);
    return args;
  });

  argument: Rule<void> = this.rule("argument", () => {
    this.OR(this.cached("argument", () => ({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => L.isNamedEntry(this.peek), ALT: () => this.argumentsTarget.named.push(this.SUBRULE(this.mapEntry)) },
        { ALT: () => this.argumentsTarget.positional.push(this.SUBRULE(this.listElement)) },
      ],
    })));
  });

  /** A list element or index: an expression or `*spread`. */
  listElement: Rule<A.Expression> = this.rule("listElement", () =>
    this.OR(this.cached("listElement", () => [
      {
        ALT: () => {
          const star = this.CONSUME(T.Star);
          const argument = this.SUBRULE(this.expression);
          return { kind: "SpreadExpression", argument, start: star.startOffset, end: argument.end } as A.Expression;
        },
      },
      { ALT: () => this.SUBRULE2(this.expression) },
    ])),
  );

  mapEntry: Rule<A.MapEntry> = this.rule("mapEntry", () => {
    const start = this.here();
    const key: A.Expression | null = this.OR(this.cached("mapKey", () => [
      {
        ALT: () => {
          this.CONSUME(T.Star);
          return null;
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.Name);
          return { kind: "StringLiteral", value: tok.image, start: tok.startOffset, end: tokenEnd(tok) } as A.Expression;
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.StringLiteral);
          return { kind: "StringLiteral", value: (tok.payload as string) ?? "", start: tok.startOffset, end: tokenEnd(tok) } as A.Expression;
        },
      },
      { ALT: () => this.SUBRULE(this.gstring) },
      { ALT: () => this.SUBRULE(this.numberLiteral) },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          const e = this.SUBRULE(this.expression);
          this.CONSUME(T.RParen);
          return e;
        },
      },
    ]));
    this.CONSUME(T.Colon);
    const value = this.SUBRULE2(this.expression);
    return { key, value, start, end: value.end };
  });

  primary: Rule<A.Expression> = this.rule(
    "primary",
    () =>
      this.OR(this.cached("primary", () => [
        { ALT: () => this.SUBRULE(this.numberLiteral) },
        {
          ALT: () => {
            const tok = this.CONSUME(T.StringLiteral);
            return { kind: "StringLiteral", value: (tok.payload as string) ?? "", start: tok.startOffset, end: tokenEnd(tok) } as A.Expression;
          },
        },
        { ALT: () => this.SUBRULE(this.gstring) },
        {
          ALT: () => {
            const tok = this.OR2([{ ALT: () => this.CONSUME(kw("true")) }, { ALT: () => this.CONSUME(kw("false")) }]);
            return { kind: "BooleanLiteral", value: tok.image === "true", start: tok.startOffset, end: tokenEnd(tok) } as A.Expression;
          },
        },
        {
          ALT: () => {
            const tok = this.CONSUME(kw("null"));
            return { kind: "NullLiteral", start: tok.startOffset, end: tokenEnd(tok) } as A.Expression;
          },
        },
        {
          ALT: () => {
            const tok = this.CONSUME(kw("this"));
            return { kind: "ThisExpression", start: tok.startOffset, end: tokenEnd(tok) } as A.Expression;
          },
        },
        {
          ALT: () => {
            const tok = this.CONSUME(T.Identifier);
            return { kind: "Identifier", name: tok.image, start: tok.startOffset, end: tokenEnd(tok) } as A.Expression;
          },
        },
        {
          ALT: () => {
            const tok = this.OR3([
              { ALT: () => this.CONSUME(kw("int")) },
              { ALT: () => this.CONSUME(kw("long")) },
              { ALT: () => this.CONSUME(kw("boolean")) },
              { ALT: () => this.CONSUME(kw("double")) },
              { ALT: () => this.CONSUME(kw("float")) },
            ]);
            return { kind: "Identifier", name: tok.image, start: tok.startOffset, end: tokenEnd(tok) } as A.Expression;
          },
        },
        {
          ALT: () => {
            // `(a, b) = [1, 2]` assigns several variables; the tuple is only valid as an assignment target.
            const isTuple = !this.RECORDING_PHASE && L.isTupleAssignment(this.peek);
            const open = this.CONSUME(T.LParen);
            const expression = this.SUBRULE(this.expression);
            const more: A.Expression[] = [];
            this.MANY({
              GATE: () => isTuple,
              DEF: () => {
                this.CONSUME(T.Comma);
                more.push(this.SUBRULE2(this.expression));
              },
            });
            this.CONSUME(T.RParen);
            if (more.length > 0) {
              const tuple: A.Expression = { kind: "ListExpression", elements: [expression, ...more], start: open.startOffset, end: this.last() };
              tupleTargets.add(tuple);
              return tuple;
            }
            return { kind: "ParenthesizedExpression", expression, start: open.startOffset, end: this.last() } as A.Expression;
          },
        },
        { ALT: () => this.SUBRULE(this.listOrMap) },
        { ALT: () => this.SUBRULE(this.closure) },
        { ALT: () => this.SUBRULE(this.newExpression) },
      ])),
    { recoveryValueFunc: () => this.errorRecovery() },
  );

  numberLiteral: Rule<A.Expression> = this.rule("numberLiteral", () => {
    const tok = this.OR(this.cached("number", () => [{ ALT: () => this.CONSUME(T.IntegerLiteral) }, { ALT: () => this.CONSUME(T.DecimalLiteral) }]));
    const payload = (tok.payload as T.NumberPayload | undefined) ?? { kind: "int", text: "0", radix: 10 };
    return { kind: "NumberLiteral", numberKind: payload.kind, text: payload.text, radix: payload.radix, start: tok.startOffset, end: tokenEnd(tok) } as A.Expression;
  });

  gstring: Rule<A.GStringExpression> = this.rule("gstring", () => {
    const tok = this.CONSUME(T.GStringLiteral);
    const payload = tok.payload as T.GStringPayload | undefined;
    const node: A.GStringExpression = {
      kind: "GStringExpression", strings: payload?.strings ?? [""], expressions: [], start: tok.startOffset, end: tokenEnd(tok),
    };
    this.act(() => {
      if (payload) this.pendingGStrings.push({ node, payload });
    });
    return node;
  });

  listOrMap: Rule<A.Expression> = this.rule("listOrMap", () => {
    const open = this.CONSUME(T.LBracket);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Colon);
          this.CONSUME(T.RBracket);
          return { kind: "MapExpression", entries: [], start: open.startOffset, end: this.last() } as A.Expression;
        },
      },
      {
        GATE: () => L.isNamedEntry(this.peek),
        ALT: () => {
          const entries: A.MapEntry[] = [this.SUBRULE(this.mapEntry)];
          // A trailing comma before `]` is allowed.
          this.MANY({
            GATE: () => !this.is(2, T.RBracket),
            DEF: () => {
              this.CONSUME(T.Comma);
              entries.push(this.SUBRULE2(this.mapEntry));
            },
          });
          this.OPTION(() => this.CONSUME2(T.Comma));
          this.CONSUME2(T.RBracket);
          return { kind: "MapExpression", entries, start: open.startOffset, end: this.last() } as A.Expression;
        },
      },
      {
        ALT: () => {
          const elements: A.Expression[] = [];
          this.OPTION3(() => {
            elements.push(this.SUBRULE(this.listElement));
            this.MANY2({
              GATE: () => !this.is(2, T.RBracket),
              DEF: () => {
                this.CONSUME3(T.Comma);
                elements.push(this.SUBRULE2(this.listElement));
              },
            });
            this.OPTION2(() => this.CONSUME4(T.Comma));
          });
          this.CONSUME3(T.RBracket);
          return { kind: "ListExpression", elements, start: open.startOffset, end: this.last() } as A.Expression;
        },
      },
    ]);
  });

  closure: Rule<A.ClosureExpression> = this.rule("closure", () => {
    const open = this.CONSUME(T.LBrace);
    let params: A.Parameter[] | null = null;
    this.OPTION({
      GATE: () => L.closureHasParameters(this.peek),
      DEF: () => {
        this.SUBRULE(this.newlines);
        params = [];
        this.MANY_SEP({ SEP: T.Comma, DEF: () => params!.push(this.SUBRULE(this.parameter)) });
        this.CONSUME(T.Arrow);
      },
    });
    let body: A.Statement[] = [];
    this.OPTION2(() => (body = this.SUBRULE(this.statementList)));
    this.CONSUME(T.RBrace);
    return { kind: "ClosureExpression", params, body, start: open.startOffset, end: this.last() };
  });

  newExpression: Rule<A.Expression> = this.rule("newExpression", () => {
    const start = this.CONSUME(kw("new")).startOffset;
    const type = this.SUBRULE(this.type);
    let args: A.Arguments = { positional: [], named: [], parenthesized: false };
    this.OR([
      { ALT: () => (args = this.SUBRULE(this.callArguments)) },
      {
        ALT: () => {
          this.CONSUME(T.LBracket);
          this.SUBRULE(this.expression);
          this.CONSUME(T.RBracket);
          this.problem("unsupported-construct", "arrays are not supported in sync rules; use a list such as []", start, this.last());
        },
      },
    ]);
    return { kind: "NewExpression", type, args, start, end: this.last() } as A.Expression;
  });

  /**
   * Entry rule for an interpolated `${...}` part of a GString. Groovy parses the
   * part as a closure body: one expression is the value, and anything else (a
   * command expression aside) is a closure that is called on the spot.
   */
  interpolation: Rule<A.Expression> = this.rule("interpolation", () => {
    const start = this.here();
    // NOTE: `${-> x}` is a lazy closure in Groovy, evaluated when the string is rendered; here it is evaluated at once.
    this.OPTION(() => this.CONSUME(T.Arrow));
    let body: A.Statement[] = [];
    this.OPTION2(() => (body = this.SUBRULE(this.statementList)));
    return this.act(() => interpolatedValue(body, start, this.last()));
  });
}

/** Builds the value of a `${...}` part from its statements (see the `interpolation` rule). */
function interpolatedValue(body: A.Statement[], start: number, end: number): A.Expression {
  const only = body.length === 1 ? body[0]! : null;
  if (only?.kind === "ExpressionStatement") return only.expression;
  if (body.length === 0) return { kind: "NullLiteral", start, end };
  const closure: A.ClosureExpression = { kind: "ClosureExpression", params: null, body, start, end };
  return { kind: "CallExpression", callee: closure, args: { positional: [], named: [], parenthesized: true }, start, end };
}

// ------------------------------------------------------------ tree helpers

/** Human description of a token for error messages. */
export function describe(tok: IToken): string {
  if (tok.tokenType === EOF) return "end of file";
  if (tokenMatcher(tok, T.Newline)) return "end of line";
  const image = tok.image.length > 30 ? tok.image.slice(0, 27) + "..." : tok.image;
  return `'${image}'`;
}

/** The `(a, b)` lists built for multiple assignment; a bracketed `[a, b]` cannot be assigned. */
const tupleTargets = new WeakSet<A.Expression>();

function isAssignable(e: A.Expression): boolean {
  return e.kind === "Identifier" || e.kind === "PropertyExpression" || e.kind === "IndexExpression" || tupleTargets.has(e);
}

function canTakeClosure(e: A.Expression): boolean {
  return e.kind === "Identifier" || e.kind === "PropertyExpression" || e.kind === "MethodCallExpression";
}

/** `-x` or `+x`; a minus directly before a number literal stays one literal. */
function signed(op: IToken, argument: A.Expression): A.Expression {
  return negateLiteral(op, argument) ?? { kind: "UnaryExpression", operator: op.image as "-" | "+", argument, start: op.startOffset, end: argument.end };
}

function prefixUpdate(op: IToken, argument: A.Expression): A.Expression {
  return { kind: "UpdateExpression", operator: op.image as "++" | "--", prefix: true, argument, start: op.startOffset, end: argument.end };
}

function powerOf(left: A.Expression, op: IToken, right: A.Expression): A.Expression {
  return { kind: "BinaryExpression", operator: "**", left, right, operatorStart: op.startOffset, start: left.start, end: right.end };
}

/** `-1` stays one number literal, so `-2147483648` is an Integer as in Groovy. */
function negateLiteral(op: IToken, argument: A.Expression): A.Expression | null {
  if (op.image !== "-" || argument.kind !== "NumberLiteral" || argument.start !== op.endOffset! + 1 || argument.text.startsWith("-")) return null;
  return { ...argument, text: "-" + argument.text, start: op.startOffset };
}

function callOf(callee: A.Expression, args: A.Arguments, end: number): A.Expression {
  if (callee.kind === "Identifier") {
    return { kind: "MethodCallExpression", object: null, operator: ".", name: callee.name, nameStart: callee.start, nameEnd: callee.end, args, start: callee.start, end };
  }
  if (callee.kind === "PropertyExpression") {
    return {
      kind: "MethodCallExpression", object: callee.object, operator: callee.operator, name: callee.property,
      nameStart: callee.propertyStart, nameEnd: callee.propertyEnd, args, start: callee.start, end,
    };
  }
  return { kind: "CallExpression", callee, args, start: callee.start, end };
}

function addTrailingClosure(expr: A.Expression, closure: A.ClosureExpression): A.Expression {
  if (expr.kind === "MethodCallExpression") {
    return { ...expr, args: { ...expr.args, positional: [...expr.args.positional, closure] }, end: closure.end };
  }
  return callOf(expr, { positional: [closure], named: [], parenthesized: false }, closure.end);
}

function toCommandCall(callee: A.Expression, args: A.Arguments, end: number): A.Expression {
  return callOf(callee, args, end);
}
