/** Public API of the hub-issue model: declarations, the Entity class, state files. */

export { formatFieldType, type FieldAccess, type FieldDecl, type FieldType, type TypeDecl } from "./schema.ts";
export { HUB_ISSUE_FIELDS, HUB_ISSUE_TYPE, HUB_TYPES, REPLICA_COMPUTED_FIELDS, hubIssueField } from "./hub-issue.ts";
export { CATALOGUE_ENTRY_TYPES, CATALOGUE_FIELDS, CATALOGUE_TYPE } from "./catalogue.ts";
export { STATE_FIELDS, STATE_TYPES } from "./state-types.ts";
export { findModelType, parseIsoDate, valueFromJson, type StateError } from "./json-in.ts";
export { StateOutputError, toPlainJson } from "./json-out.ts";
export { Entity, type EntityOptions } from "./entity.ts";
export { firstSyncOf, parseRuleState, type Direction, type ParsedState, type RuleState } from "./state.ts";
export { RULE_VARIABLES, ruleVariableNames, type RuleVariableDecl, type VariableAccess } from "./variables.ts";
