/**
 * A parser for the JQL subset that embedded-tracker triggers use:
 * `project = UD AND labels = sync AND status != Done ORDER BY created DESC`,
 * with `AND`, `OR`, `NOT`, parentheses, `= != < <= > >=`, `~ !~` (text
 * contains), `IN (...)`, `NOT IN (...)`, `IS [NOT] EMPTY`, and `ORDER BY`.
 * Keywords are case-insensitive. Functions such as `currentUser()` are not
 * supported and are rejected with a message.
 */

export class JqlError extends Error {
  override readonly name = "JqlError";
  constructor(
    message: string,
    /** 1-based column of the problem in the query text. */
    readonly column: number,
  ) {
    super(`invalid query at column ${column}: ${message}`);
  }
}

export type JqlOperator = "=" | "!=" | "~" | "!~" | "<" | "<=" | ">" | ">=" | "in" | "not in" | "is" | "is not";

/** A value in a clause: text (quoted or bare), or the EMPTY/NULL keyword. */
export type JqlValue = { kind: "text"; text: string } | { kind: "empty" };

export type JqlExpr =
  | { kind: "and" | "or"; left: JqlExpr; right: JqlExpr }
  | { kind: "not"; operand: JqlExpr }
  | { kind: "clause"; field: string; operator: JqlOperator; values: JqlValue[]; column: number };

export interface JqlOrder {
  field: string;
  descending: boolean;
}

export interface JqlQuery {
  /** Null for a query with only an ORDER BY part, which matches every issue. */
  where: JqlExpr | null;
  orderBy: JqlOrder[];
}

type TokenKind = "word" | "string" | "op" | "(" | ")" | "," | "end";

interface Token {
  kind: TokenKind;
  text: string;
  column: number;
}

const OPERATORS = ["!=", "!~", "<=", ">=", "=", "~", "<", ">"];
const WORD = /[^\s()",'=!~<>]/;

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i]!;
    const column = i + 1;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ kind: ch, text: ch, column });
      i++;
    } else if (ch === '"' || ch === "'") {
      let text = "";
      i++;
      while (i < query.length && query[i] !== ch) {
        if (query[i] === "\\" && i + 1 < query.length) i++;
        text += query[i];
        i++;
      }
      if (i >= query.length) throw new JqlError(`the string starting here has no closing ${ch}`, column);
      i++;
      tokens.push({ kind: "string", text, column });
    } else {
      const operator = OPERATORS.find((op) => query.startsWith(op, i));
      if (operator !== undefined) {
        tokens.push({ kind: "op", text: operator, column });
        i += operator.length;
        continue;
      }
      let text = "";
      while (i < query.length && WORD.test(query[i]!)) text += query[i++];
      if (text === "") throw new JqlError(`unexpected character '${ch}'`, column);
      tokens.push({ kind: "word", text, column });
    }
  }
  tokens.push({ kind: "end", text: "end of query", column: query.length + 1 });
  return tokens;
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.index]!;
  }

  private next(): Token {
    return this.tokens[this.index++]!;
  }

  private isKeyword(token: Token, keyword: string): boolean {
    return token.kind === "word" && token.text.toLowerCase() === keyword;
  }

  private expectKeyword(keyword: string): void {
    const token = this.next();
    if (!this.isKeyword(token, keyword)) throw new JqlError(`expected ${keyword.toUpperCase()}, got '${token.text}'`, token.column);
  }

  parse(): JqlQuery {
    let where: JqlExpr | null = null;
    if (!this.isKeyword(this.peek(), "order") && this.peek().kind !== "end") where = this.parseOr();
    const orderBy: JqlOrder[] = [];
    if (this.isKeyword(this.peek(), "order")) {
      this.next();
      this.expectKeyword("by");
      for (;;) {
        const field = this.parseField();
        let descending = false;
        if (this.isKeyword(this.peek(), "asc")) {
          this.next();
        } else if (this.isKeyword(this.peek(), "desc")) {
          this.next();
          descending = true;
        }
        orderBy.push({ field, descending });
        if (this.peek().kind !== ",") break;
        this.next();
      }
    }
    const rest = this.peek();
    if (rest.kind !== "end") throw new JqlError(`expected AND, OR or ORDER BY, got '${rest.text}'`, rest.column);
    return { where, orderBy };
  }

  private parseOr(): JqlExpr {
    let left = this.parseAnd();
    while (this.isKeyword(this.peek(), "or")) {
      this.next();
      left = { kind: "or", left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): JqlExpr {
    let left = this.parseNot();
    while (this.isKeyword(this.peek(), "and")) {
      this.next();
      left = { kind: "and", left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): JqlExpr {
    const token = this.peek();
    if (this.isKeyword(token, "not")) {
      this.next();
      return { kind: "not", operand: this.parseNot() };
    }
    if (token.kind === "(") {
      this.next();
      const inner = this.parseOr();
      const close = this.next();
      if (close.kind !== ")") throw new JqlError(`expected ')', got '${close.text}'`, close.column);
      return inner;
    }
    return this.parseClause();
  }

  private parseField(): string {
    const token = this.next();
    if (token.kind !== "word" && token.kind !== "string") throw new JqlError(`expected a field name, got '${token.text}'`, token.column);
    if (this.peek().kind === "(") throw new JqlError(`functions such as ${token.text}() are not supported`, token.column);
    return token.text;
  }

  private parseClause(): JqlExpr {
    const column = this.peek().column;
    const field = this.parseField();
    const operator = this.parseOperator();
    if (operator === "in" || operator === "not in") {
      const open = this.next();
      if (open.kind !== "(") throw new JqlError(`expected '(' after ${operator.toUpperCase()}, got '${open.text}'`, open.column);
      const values = [this.parseValue()];
      while (this.peek().kind === ",") {
        this.next();
        values.push(this.parseValue());
      }
      const close = this.next();
      if (close.kind !== ")") throw new JqlError(`expected ',' or ')', got '${close.text}'`, close.column);
      return { kind: "clause", field, operator, values, column };
    }
    const value = this.parseValue();
    if ((operator === "is" || operator === "is not") && value.kind !== "empty") {
      throw new JqlError(`IS and IS NOT take EMPTY or NULL`, column);
    }
    return { kind: "clause", field, operator, values: [value], column };
  }

  private parseOperator(): JqlOperator {
    const token = this.next();
    if (token.kind === "op") return token.text as JqlOperator;
    if (this.isKeyword(token, "in")) return "in";
    if (this.isKeyword(token, "is")) {
      if (this.isKeyword(this.peek(), "not")) {
        this.next();
        return "is not";
      }
      return "is";
    }
    if (this.isKeyword(token, "not")) {
      this.expectKeyword("in");
      return "not in";
    }
    throw new JqlError(`expected an operator (=, !=, ~, !~, <, >, IN, NOT IN, IS), got '${token.text}'`, token.column);
  }

  private parseValue(): JqlValue {
    const token = this.next();
    if (token.kind === "string") return { kind: "text", text: token.text };
    if (token.kind !== "word") throw new JqlError(`expected a value, got '${token.text}'`, token.column);
    if (this.peek().kind === "(") throw new JqlError(`functions such as ${token.text}() are not supported`, token.column);
    const lower = token.text.toLowerCase();
    if (lower === "empty" || lower === "null") return { kind: "empty" };
    return { kind: "text", text: token.text };
  }
}

/** Parses a query; throws {@link JqlError} with the column of the first problem. */
export function parseJql(query: string): JqlQuery {
  return new Parser(tokenize(query)).parse();
}
