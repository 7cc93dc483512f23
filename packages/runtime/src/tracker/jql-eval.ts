/**
 * Evaluation of parsed JQL against hub-issue JSON.
 *
 * Semantics, close to Jira's for this subset:
 * - Names (status, type, priority, project, users) compare without regard to case.
 * - `!=` and `NOT IN` match only issues where the field has a value, as in Jira
 *   (`assignee != amartin` does not match unassigned issues).
 * - `~` matches when every word of the value occurs as a word of the text,
 *   case-insensitively; a trailing `*` matches any word with that prefix.
 *   Jira also stems words, which this subset does not.
 * - Dates accept `2024-03-01`, `2024-03-01 14:30` (UTC) and relative
 *   offsets such as `-7d`, `-2w`, `-4h`, `-30m`.
 */

import { JqlError, type JqlExpr, type JqlOrder, type JqlQuery, type JqlValue } from "./jql-parse.ts";
import { getOwn, isObject, textField } from "./json-util.ts";

type Issue = Record<string, unknown>;

/** The values of a field in an issue: names or text to compare, or numbers (dates, numeric fields). */
type FieldValues = { kind: "names" | "text"; values: string[] } | { kind: "number"; values: number[]; isDate: boolean };

const USER_PARTS = ["key", "username", "email", "displayName"];

function userNames(user: unknown): string[] {
  return USER_PARTS.map((part) => textField(user, part)).filter((v): v is string => v !== null);
}

function listNames(list: unknown, key: string): string[] {
  return Array.isArray(list) ? list.map((item) => textField(item, key)).filter((v): v is string => v !== null) : [];
}

function dateValue(value: unknown): number[] {
  return typeof value === "number" ? [value] : [];
}

const BUILT_IN: Record<string, (issue: Issue) => FieldValues> = {
  label: (i) => BUILT_IN.labels!(i),
  components: (i) => BUILT_IN.component!(i),
  fixversions: (i) => BUILT_IN.fixversion!(i),
  project: (i) => ({ kind: "names", values: [textField(i.project, "key"), textField(i.project, "name")].filter((v): v is string => v !== null) }),
  key: (i) => ({ kind: "names", values: typeof i.key === "string" ? [i.key] : [] }),
  issuekey: (i) => BUILT_IN.key!(i),
  id: (i) => ({ kind: "names", values: typeof i.id === "string" ? [i.id] : [] }),
  summary: (i) => ({ kind: "text", values: typeof i.summary === "string" ? [i.summary] : [] }),
  description: (i) => ({ kind: "text", values: typeof i.description === "string" ? [i.description] : [] }),
  environment: (i) => ({ kind: "text", values: typeof i.environment === "string" ? [i.environment] : [] }),
  comment: (i) => ({ kind: "text", values: listNames(i.comments, "body") }),
  text: (i) => ({
    kind: "text",
    values: [i.summary, i.description, i.environment].filter((v): v is string => typeof v === "string").concat(listNames(i.comments, "body")),
  }),
  status: (i) => ({ kind: "names", values: listNames([i.status], "name") }),
  priority: (i) => ({ kind: "names", values: listNames([i.priority], "name") }),
  resolution: (i) => ({ kind: "names", values: listNames([i.resolution], "name") }),
  type: (i) => ({ kind: "names", values: listNames([i.type], "name") }),
  issuetype: (i) => BUILT_IN.type!(i),
  assignee: (i) => ({ kind: "names", values: userNames(i.assignee) }),
  reporter: (i) => ({ kind: "names", values: userNames(i.reporter) }),
  creator: (i) => ({ kind: "names", values: userNames(i.creator) }),
  labels: (i) => ({ kind: "names", values: listNames(i.labels, "label") }),
  component: (i) => ({ kind: "names", values: listNames(i.components, "name") }),
  fixversion: (i) => ({ kind: "names", values: listNames(i.fixVersions, "name") }),
  affectedversion: (i) => ({ kind: "names", values: listNames(i.affectedVersions, "name") }),
  parent: (i) => ({ kind: "names", values: typeof i.parentId === "string" ? [i.parentId] : [] }),
  created: (i) => ({ kind: "number", values: dateValue(i.created), isDate: true }),
  updated: (i) => ({ kind: "number", values: dateValue(i.updated), isDate: true }),
  due: (i) => ({ kind: "number", values: dateValue(i.due), isDate: true }),
  duedate: (i) => BUILT_IN.due!(i),
  resolutiondate: (i) => ({ kind: "number", values: dateValue(i.resolutionDate), isDate: true }),
  resolved: (i) => BUILT_IN.resolutiondate!(i),
};

/** Tells whether a field name is built in, so it needs no custom field of that name. */
export function isBuiltInField(name: string): boolean {
  return Object.hasOwn(BUILT_IN, name.toLowerCase());
}

/** Reads a custom field (by exact name, then ignoring case) or a dynamic property. */
function otherField(issue: Issue, name: string): FieldValues {
  const fields = isObject(issue.customFields) ? issue.customFields : {};
  const fieldName = Object.hasOwn(fields, name) ? name : Object.keys(fields).find((key) => key.toLowerCase() === name.toLowerCase());
  const raw = fieldName === undefined ? getOwn(issue, name) : getOwn(fields[fieldName], "value");
  let items: unknown[] = [];
  if (Array.isArray(raw)) items = raw;
  else if (raw !== null && raw !== undefined) items = [raw];
  if (items.length > 0 && items.every((item) => typeof item === "number")) return { kind: "number", values: items as number[], isDate: false };
  const values = items.flatMap((item): string[] => {
    if (typeof item === "string" || typeof item === "number" || typeof item === "boolean") return [String(item)];
    if (isObject(item)) return [textField(item, "value"), ...userNames(item), textField(item, "name")].filter((v): v is string => v !== null);
    return [];
  });
  return { kind: "names", values };
}

export function fieldValues(issue: Issue, field: string): FieldValues {
  const lower = field.toLowerCase();
  return Object.hasOwn(BUILT_IN, lower) ? BUILT_IN[lower]!(issue) : otherField(issue, field);
}

const RELATIVE = /^([+-]?\d+)([mhdw])$/i;
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const ABSOLUTE = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[ T](\d{2}):(\d{2}))?$/;

/** Converts a query value to epoch milliseconds for comparison with a date field. */
function parseDateValue(text: string, now: number, column: number): number {
  const relative = RELATIVE.exec(text);
  if (relative !== null) return now + Number(relative[1]) * UNIT_MS[relative[2]!.toLowerCase()]!;
  const absolute = ABSOLUTE.exec(text);
  if (absolute !== null) {
    const [, y, mo, d, h = "0", mi = "0"] = absolute;
    return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  }
  throw new JqlError(`"${text}" is not a date; use 2024-03-01, "2024-03-01 14:30" or a relative offset such as -7d`, column);
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter((w) => w !== "");
}

function containsWords(texts: string[], query: string): boolean {
  const haystack = new Set(texts.flatMap(words));
  const wanted = query.toLowerCase().split(/\s+/).filter((w) => w !== "");
  return wanted.every((term) => {
    if (term.endsWith("*")) {
      const prefix = words(term.slice(0, -1)).join("");
      return [...haystack].some((word) => word.startsWith(prefix));
    }
    return words(term).every((word) => haystack.has(word));
  });
}

function equalsValue(field: FieldValues, value: JqlValue, now: number, column: number): boolean {
  if (value.kind === "empty") return field.values.length === 0;
  if (field.kind === "number") {
    const wanted = field.isDate ? parseDateValue(value.text, now, column) : Number(value.text);
    return (field.values as number[]).some((v) => v === wanted);
  }
  const wanted = value.text.toLowerCase();
  return (field.values as string[]).some((v) => v.toLowerCase() === wanted);
}

/** Tells whether a comparison result (negative, zero, positive) satisfies `<`, `<=`, `>` or `>=`. */
function compareOrder(operator: string, order: number): boolean {
  switch (operator) {
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    default:
      return order >= 0;
  }
}

function compareClause(field: FieldValues, operator: string, value: JqlValue, now: number, column: number): boolean {
  if (value.kind === "empty") throw new JqlError(`${operator} cannot compare with EMPTY`, column);
  if (field.kind !== "number") {
    return (field.values as string[]).some((v) => compareOrder(operator, v.localeCompare(value.text)));
  }
  const bound = field.isDate ? parseDateValue(value.text, now, column) : Number(value.text);
  if (Number.isNaN(bound)) throw new JqlError(`"${value.text}" is not a number`, column);
  return (field.values as number[]).some((v) => compareOrder(operator, v - bound));
}

function evaluate(expr: JqlExpr, issue: Issue, now: number): boolean {
  switch (expr.kind) {
    case "and":
      return evaluate(expr.left, issue, now) && evaluate(expr.right, issue, now);
    case "or":
      return evaluate(expr.left, issue, now) || evaluate(expr.right, issue, now);
    case "not":
      return !evaluate(expr.operand, issue, now);
    case "clause":
      return evaluateClause(expr, issue, now);
  }
}

function evaluateClause(clause: Extract<JqlExpr, { kind: "clause" }>, issue: Issue, now: number): boolean {
  const field = fieldValues(issue, clause.field);
  const [first] = clause.values;
  const anyEquals = () => clause.values.some((value) => equalsValue(field, value, now, clause.column));
  switch (clause.operator) {
    case "=":
    case "in":
      return anyEquals();
    case "!=":
    case "not in":
      return first!.kind === "empty" ? field.values.length > 0 : field.values.length > 0 && !anyEquals();
    case "is":
      return field.values.length === 0;
    case "is not":
      return field.values.length > 0;
    case "~":
    case "!~": {
      if (first!.kind === "empty") throw new JqlError(`${clause.operator} needs text`, clause.column);
      const texts = (field.values as unknown[]).map(String);
      const found = containsWords(texts, first!.text);
      return clause.operator === "~" ? found : !found;
    }
    default:
      return compareClause(field, clause.operator, first!, now, clause.column);
  }
}

/** Tells whether an issue matches the query's condition (ORDER BY is ignored). */
export function matchesJql(query: JqlQuery, issue: Issue, now = Date.now()): boolean {
  return query.where === null || evaluate(query.where, issue, now);
}

function sortKey(issue: Issue, field: string): string | number | null {
  const values = fieldValues(issue, field);
  const first = values.values[0];
  if (first === undefined) return null;
  if (field.toLowerCase() === "key" || field.toLowerCase() === "issuekey") return keyNumber(String(first));
  return first;
}

/** Sorts SUP-9 before SUP-10 by the number at the end of a key. */
function keyNumber(key: string): number | string {
  const match = /(\d+)$/.exec(key);
  return match === null ? key : Number(match[1]);
}

/** Sorts issues by the ORDER BY fields; empty values sort last, and ties keep the input order. */
export function sortByJql(issues: Issue[], orderBy: JqlOrder[]): Issue[] {
  if (orderBy.length === 0) return issues;
  const keyed = issues.map((issue, index) => ({ issue, index, keys: orderBy.map((o) => sortKey(issue, o.field)) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < orderBy.length; i++) {
      const x = a.keys[i]!;
      const y = b.keys[i]!;
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      if (order !== 0) return orderBy[i]!.descending ? -order : order;
    }
    return a.index - b.index;
  });
  return keyed.map((entry) => entry.issue);
}

/** Checks field names against the built-in fields and the tracker's custom fields. */
export function checkJqlFields(query: JqlQuery, customFieldNames: string[]): void {
  const known = new Set(customFieldNames.map((name) => name.toLowerCase()));
  const visit = (expr: JqlExpr | null): void => {
    if (expr === null) return;
    if (expr.kind === "clause") {
      if (!isBuiltInField(expr.field) && !known.has(expr.field.toLowerCase())) {
        throw new JqlError(`field "${expr.field}" does not exist; use a built-in field (project, status, labels, ...) or a custom field name`, expr.column);
      }
    } else if (expr.kind === "not") {
      visit(expr.operand);
    } else {
      visit(expr.left);
      visit(expr.right);
    }
  };
  visit(query.where);
}
