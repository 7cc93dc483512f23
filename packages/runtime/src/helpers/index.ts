/** Public API of the rule helpers: their declarations and the effects a run records. */

export {
  ENTITY_METHODS,
  HELPER_METHODS,
  findHelperMethod,
  formatSignature,
  type MethodDecl,
  type ParamDecl,
  type SignatureType,
} from "./declarations.ts";
export type { RuleEffects, TransitionEffect } from "./environment.ts";
export { htmlToMarkdown, stripHtml } from "./html.ts";
