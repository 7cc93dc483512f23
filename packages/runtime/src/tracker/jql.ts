/** The JQL subset of the embedded tracker: parsing, matching and sorting. */

export { JqlError, parseJql, type JqlExpr, type JqlOperator, type JqlOrder, type JqlQuery, type JqlValue } from "./jql-parse.ts";
export { checkJqlFields, fieldValues, isBuiltInField, matchesJql, sortByJql } from "./jql-eval.ts";
