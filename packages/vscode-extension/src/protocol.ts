/**
 * The server's requests beyond the Language Server Protocol. The names are
 * repeated here so that the client bundle does not pull in the server's code;
 * a unit test checks they match the server's.
 */

export type { CheckFilesResult, RuleInfo, RunRuleParams, RunRuleResult } from "@twinsync/lsp/extension-requests";

export const RULE_INFO = "twinsync/ruleInfo";
export const RUN_RULE = "twinsync/runRule";
export const CHECK_FILES = "twinsync/checkFiles";
