/**
 * State shared by the analysis passes: the current scope and flow, name
 * resolution, path keys for narrowing, and reporting. The analysis itself is
 * split by concept: `infer-calls.ts` (calls, closures, assignments),
 * `infer-expressions.ts` (other expressions) and `infer-statements.ts`.
 */

import * as R from "@twinsync/runtime";
import type { RuleVariableDecl } from "@twinsync/runtime";
import { diagnostic, formatMessage, type Diagnostic, type DiagnosticCode, type RelatedLocation } from "../diagnostics.ts";
import type { LineMap } from "../line-map.ts";
import type * as A from "../syntax/ast.ts";
import { Flow } from "./flow.ts";
import { anyRuleVariable, ruleVariables, ruleVariableType } from "./model.ts";
import type { Anchor, CheckContext, CheckSettings } from "./registry.ts";
import { Scope, type Facts, type LocalSymbol, type Resolution, type SymbolKind } from "./scope.ts";
import { closestName } from "./suggest.ts";
import { BOOLEAN, DATE, DYNAMIC, listOf, numberOf, STRING, withNullable, type Type } from "./types.ts";

/** Names that reach the host or the Groovy runtime, with the reason rules cannot use them. */
export const UNSUPPORTED_NAMES = new Map<string, string>([
  ["Runtime", "rules cannot reach the host process"],
  ["Thread", "rules run on a time budget and cannot start or pause threads"],
  ["ProcessBuilder", "rules cannot start processes"],
  ["File", "rules cannot read or write files"],
  ["URL", "rules cannot open connections; use 'httpClient' for the local tracker"],
  ["Eval", "rules cannot evaluate code from text"],
  ["GroovyShell", "rules cannot evaluate code from text"],
  ["binding", "the script binding is not exposed; read the rule variables by name"],
]);

/** Names every closure body can read: its delegate, owner and enclosing object. */
const CLOSURE_NAMES = new Set(["delegate", "owner", "thisObject"]);

/**
 * A declarator of the script body. The node itself is kept, not its offsets,
 * because an incremental reparse moves the offsets of reused nodes.
 */
export type ScriptLocalDeclaration = A.VariableDeclarator | A.MultipleDeclaration["targets"][number];

/** A function body being analyzed: where its `return` types go. */
export interface FunctionFrame {
  kind: "script" | "method" | "closure";
  returns: Type[];
  /** For a script method, its name, so that recursion does not count as a use. */
  methodName?: string;
  /** Outer locals a closure assigns, which the enclosing flow must forget afterwards. */
  outerWrites?: Set<LocalSymbol>;
}

export abstract class AnalyzerBase implements CheckContext {
  /** The rule being analyzed; `prepare` sets it. */
  script: A.Script = { kind: "Script", body: [], start: 0, end: 0 };
  readonly facts: Facts = { types: new Map(), names: new Map(), calls: new Map(), members: new Map(), symbols: [], declarators: new Map(), writeTargets: new Set(), assignedValues: new Map(), writtenProperties: new Set(), reportedNames: new Set(), usedMethods: new Set() };
  readonly diagnostics: Diagnostic[] = [];
  flow = new Flow();
  scope: Scope;
  readonly rootScope: Scope;
  frame: FunctionFrame = { kind: "script", returns: [] };
  inMethod = false;
  /** Above zero inside a closure whose delegate may define bare names (`x.with { name }`), where unknown names are not reported. */
  delegateDepth = 0;
  /** Above zero inside a closure body. */
  closureDepth = 0;
  /** Checks and reports are off while a loop body runs its first, fact-gathering pass. */
  muted = 0;
  protected readonly ruleVariables: Map<string, RuleVariableDecl>;
  /** Script methods by name, with their overloads. */
  readonly methods = new Map<string, A.MethodDeclaration[]>();
  /** Names assigned somewhere without `def`: binding variables the rule creates. */
  readonly bindingNames = new Set<string>();
  /** Names declared with `def` or a type in the script body, which script methods cannot see. */
  readonly scriptLocalNames = new Set<string>();
  /** The first declaration of each name in `scriptLocalNames`. */
  readonly scriptLocalDeclarations = new Map<string, ScriptLocalDeclaration>();
  /** The expression each local variable, by symbol id, was last given, in analysis order. */
  private readonly valueSources = new Map<number, A.Expression>();
  readonly importAliases = new Map<string, string>();
  readonly staticImports = new Set<string>();
  private nextSymbolId = 0;

  constructor(
    readonly settings: CheckSettings,
    private readonly lineMap: LineMap,
  ) {
    this.ruleVariables = ruleVariables(settings.direction);
    this.rootScope = new Scope(null, false, true);
    this.scope = this.rootScope;
  }

  abstract expr(node: A.Expression): Type;

  position(offset: number): { line: number; column: number } {
    return this.lineMap.position(offset);
  }

  typeOf(node: A.Expression): Type {
    return this.facts.types.get(node) ?? DYNAMIC;
  }

  report(code: DiagnosticCode, at: Anchor, values: Record<string, string | number> = {}, replacement?: string, related?: RelatedLocation[]): void {
    if (this.muted > 0) return;
    const found = diagnostic(code, formatMessage(code, values), at.start, at.end);
    if (replacement !== undefined) found.replacement = replacement;
    if (related !== undefined && related.length > 0) found.related = related;
    this.diagnostics.push(found);
  }

  /** Records the expression a local variable gets at its declaration or in an assignment. */
  recordValueSource(symbol: LocalSymbol, value: A.Expression): void {
    this.valueSources.set(symbol.id, value);
  }

  valueSource(identifier: A.Identifier): A.Expression | null {
    const resolution = this.facts.names.get(identifier);
    return resolution?.kind === "local" ? (this.valueSources.get(resolution.symbol.id) ?? null) : null;
  }

  scriptLocalDeclaration(name: string): Anchor | null {
    const declaration = this.scriptLocalDeclarations.get(name);
    if (declaration === undefined) return null;
    return "nameStart" in declaration ? { start: declaration.nameStart, end: declaration.nameEnd } : declaration;
  }

  declare(name: string, kind: SymbolKind, start: number, end: number, type: Type, declaredType: Type | null = null): LocalSymbol {
    const symbol: LocalSymbol = { id: this.nextSymbolId++, name, kind, start, end, declaredType, reads: 0, scriptLevel: this.scope.scriptLevel, frame: this.frame };
    this.scope.declare(symbol);
    this.flow.declareType(symbol.id, declaredType ?? type);
    if (this.muted === 0) this.facts.symbols.push(symbol);
    return symbol;
  }

  /** Resolves a class name through `import ... as` aliases and the runtime's allowlist. */
  resolveClass(name: string): string | null {
    const cls = R.resolveClass(this.importAliases.get(name) ?? name);
    return cls === null ? null : cls.name;
  }

  /** Resolves a name where it is read, without counting the read. */
  resolveName(name: string): Resolution {
    const local = this.scope.resolve(name);
    if (local !== undefined) return { kind: "local", symbol: local };
    if (this.ruleVariables.has(name)) return { kind: "rule-variable", name };
    const other = anyRuleVariable(name);
    if (other !== undefined) return { kind: "other-direction", name, direction: this.settings.direction === "outgoing" ? "incoming" : "outgoing" };
    if (this.inMethod && this.scriptLocalNames.has(name) && !this.bindingNames.has(name)) return { kind: "script-local", name };
    if (this.bindingNames.has(name)) return { kind: "binding", name };
    const cls = this.resolveClass(name);
    if (cls !== null) return { kind: "class", name: cls };
    // The compiler reports an import of an unavailable class; its uses are not reported again.
    if (this.importAliases.has(name)) return { kind: "binding", name };
    const unsupported = UNSUPPORTED_NAMES.get(name);
    if (unsupported !== undefined) return { kind: "unsupported", name, reason: unsupported };
    if (this.delegateDepth > 0) return { kind: "binding", name };
    if (this.closureDepth > 0 && CLOSURE_NAMES.has(name)) return { kind: "binding", name };
    const candidates = [...this.scope.visibleNames(), ...this.ruleVariables.keys(), ...this.bindingNames];
    return { kind: "unknown", suggestion: closestName(name, candidates) };
  }

  /** Returns the type a read of a resolved name has here. */
  nameType(resolution: Resolution): Type {
    switch (resolution.kind) {
      case "local": {
        const type = this.flow.typeOf(resolution.symbol.id) ?? resolution.symbol.declaredType ?? DYNAMIC;
        return this.flow.isNonNull(`#${resolution.symbol.id}`) ? withNullable(type, false) : type;
      }
      case "rule-variable": {
        const type = ruleVariableType(this.ruleVariables.get(resolution.name)!);
        return this.flow.isNonNull(resolution.name) || (resolution.name === "previous" && this.flow.firstSync === false) ? withNullable(type, false) : type;
      }
      case "class":
        return { kind: "class", name: resolution.name };
      default:
        return DYNAMIC;
    }
  }

  /** The narrowing key of a plain path (`replica.assignee`, `#3.name`), or null. The local record's aliases share one key. */
  keyOf = (expression: A.Expression): string | null => {
    switch (expression.kind) {
      case "Identifier": {
        const local = this.scope.resolve(expression.name);
        if (local !== undefined) return `#${local.id}`;
        if (!this.ruleVariables.has(expression.name)) return null;
        return expression.name === "workItem" || expression.name === "entity" ? "issue" : expression.name;
      }
      case "PropertyExpression": {
        if (typeof expression.property !== "string" || expression.operator === "*.") return null;
        const base = this.keyOf(expression.object);
        return base === null ? null : `${base}.${expression.property}`;
      }
      case "ParenthesizedExpression":
        return this.keyOf(expression.expression);
      default:
        return null;
    }
  };

  /** Converts a declared type name (`String`, `List<String>`, `SimpleDateFormat`) to a checker type. */
  typeRef(ref: A.TypeRef): Type {
    if (ref.arrayDimensions > 0) return listOf(DYNAMIC);
    const name = this.importAliases.get(ref.name) ?? ref.name;
    const simple = name.slice(name.lastIndexOf(".") + 1);
    switch (simple) {
      case "String":
      case "GString":
      case "CharSequence":
        return STRING;
      case "int":
      case "Integer":
      case "short":
      case "Short":
      case "byte":
      case "Byte":
        return numberOf("Integer");
      case "long":
      case "Long":
        return numberOf("Long");
      case "double":
      case "Double":
        return numberOf("Double");
      case "float":
      case "Float":
        return numberOf("Float");
      case "BigDecimal":
      case "BigInteger":
      case "Number":
        return numberOf(simple);
      case "boolean":
      case "Boolean":
        return BOOLEAN;
      case "Date":
      case "Timestamp":
        return DATE;
      case "List":
      case "ArrayList":
      case "LinkedList":
      case "Collection":
      case "Set":
      case "HashSet":
      case "LinkedHashSet":
      case "TreeSet":
        return listOf(ref.typeArguments[0] === undefined ? DYNAMIC : this.typeRef(ref.typeArguments[0]));
      case "Map":
      case "HashMap":
      case "LinkedHashMap":
      case "TreeMap":
        return { kind: "map", value: ref.typeArguments[1] === undefined ? DYNAMIC : this.typeRef(ref.typeArguments[1]) };
      case "Closure":
        return { kind: "closure", returns: DYNAMIC, params: null };
      case "def":
      case "var":
      case "Object":
        return DYNAMIC;
      default: {
        const cls = this.resolveClass(name);
        return cls === null ? DYNAMIC : { kind: "instance", className: cls };
      }
    }
  }
}
