/** Finding the syntax nodes under an offset. */

import type { AST } from "@twinsync/compiler";
// NOTE: the compiler's package entry does not export its tree walker, so the service reaches into the source.
import { childrenOf } from "../../compiler/src/check/walk.ts";

export { childrenOf };

/**
 * Returns the nodes that contain `offset`, outermost first. A node contains
 * the offset at its end too, so a cursor right after `issue` finds the name.
 */
export function nodePath(script: AST.Script, offset: number): AST.Node[] {
  const path: AST.Node[] = [script];
  let current: AST.Node = script;
  for (;;) {
    let next: AST.Node | undefined;
    for (const child of childrenOf(current)) {
      if (child.start <= offset && offset <= child.end) next = child;
      if (child.start > offset) break;
    }
    if (next === undefined) return path;
    path.push(next);
    current = next;
  }
}

/** Visits every node depth first, without recursion, so deep trees cannot overflow the stack. */
export function forEachNode(root: AST.Node, visit: (node: AST.Node) => void): void {
  const stack: AST.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Node kinds that open a scope for the variables declared inside them. */
const SCOPE_KINDS = new Set<string>(["Script", "Block", "ClosureExpression", "MethodDeclaration", "ForInStatement", "ForStatement", "TryStatement", "SwitchStatement"]);

export function isScopeNode(node: AST.Node): boolean {
  return SCOPE_KINDS.has(node.kind);
}
