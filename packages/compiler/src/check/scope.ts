/**
 * Local variables and how names resolve. Scoping follows the compiler:
 * blocks nest, closures see enclosing locals, and script methods see only
 * their own parameters and locals plus the binding.
 */

import type * as A from "../syntax/ast.ts";
import type { MemberResult } from "./members.ts";
import type { Type } from "./types.ts";

export type SymbolKind = "variable" | "parameter" | "closure-parameter" | "it" | "loop-variable" | "catch-parameter";

export interface LocalSymbol {
  id: number;
  name: string;
  kind: SymbolKind;
  /** Range of the name where it is declared. */
  start: number;
  end: number;
  /** The declared type of a typed variable (`String s`); typed variables convert what is assigned. */
  declaredType: Type | null;
  reads: number;
  /** Whether the variable belongs to the script body itself rather than a method or closure. */
  scriptLevel: boolean;
  /** The function body that declares the variable (an object identity, compared by the analysis). */
  frame: object;
}

/** Target of a name in an expression. */
export type Resolution =
  | { kind: "local"; symbol: LocalSymbol }
  | { kind: "rule-variable"; name: string }
  | { kind: "other-direction"; name: string; direction: "outgoing" | "incoming" }
  /** A binding variable that the rule creates by assigning it without `def`. */
  | { kind: "binding"; name: string }
  | { kind: "class"; name: string }
  | { kind: "script-local"; name: string }
  | { kind: "unsupported"; name: string; reason: string }
  | { kind: "unknown"; suggestion?: string };

/** Target of an unqualified call `name(...)`. */
export type CallResolution =
  | { kind: "local-closure" | "binding-closure" | "builtin" | "static-import" }
  | { kind: "script-method"; overloads: A.MethodDeclaration[] }
  | { kind: "other-direction"; name: string; direction: "outgoing" | "incoming" }
  | { kind: "unknown"; suggestion?: string };

export class Scope {
  private readonly names = new Map<string, LocalSymbol>();

  constructor(
    readonly parent: Scope | null,
    /** A script method's scope: name lookup stops here. */
    readonly isolated: boolean,
    /** Whether locals declared here belong to the script body. */
    readonly scriptLevel: boolean,
  ) {}

  declare(symbol: LocalSymbol): void {
    this.names.set(symbol.name, symbol);
  }

  resolve(name: string): LocalSymbol | undefined {
    for (let scope: Scope | null = this; scope !== null; scope = scope.parent) {
      const found = scope.names.get(name);
      if (found !== undefined) return found;
      if (scope.isolated) return undefined;
    }
    return undefined;
  }

  /** Lists every name visible from here, for suggestions. */
  visibleNames(): string[] {
    const out: string[] = [];
    for (let scope: Scope | null = this; scope !== null; scope = scope.parent) {
      out.push(...scope.names.keys());
      if (scope.isolated) break;
    }
    return out;
  }
}

/** Facts the analysis records for the checks, keyed by syntax node. */
export interface Facts {
  types: Map<A.Expression, Type>;
  names: Map<A.Identifier, Resolution>;
  calls: Map<A.MethodCallExpression, CallResolution>;
  /** Member lookups of property reads, property writes and qualified method calls. */
  members: Map<A.PropertyExpression | A.MethodCallExpression, MemberResult>;
  symbols: LocalSymbol[];
  /** The symbol each `def`/typed declarator declares. */
  declarators: Map<A.VariableDeclarator, LocalSymbol>;
  /** Property expressions that are written (assignment targets), as opposed to read. */
  writeTargets: Set<A.Expression>;
  /** The value written to each assignment target. */
  assignedValues: Map<A.Expression, A.Expression>;
  /** Names of every property the rule writes somewhere (`replica.teamName = ...`). */
  writtenProperties: Set<string>;
  /** Names a once-per-name check has reported already. */
  reportedNames: Set<string>;
  /** Script methods that are called or referenced, by name. */
  usedMethods: Set<string>;
}
