/**
 * Conversion between hub-issue fields and what the embedded tracker stores.
 * Writes are checked the way a real tracker checks them: a status, type,
 * priority, resolution, user or select-list option must exist, so a rule
 * that copies a remote value blindly fails with a message naming the value.
 */

import { TrackerDataError, type HubIssueJson } from "./adapter.ts";
import { getOwn, idField, isObject, setOwn, textField, type JsonObject } from "./json-util.ts";

export type CatalogueKind = "status" | "issueType" | "priority" | "resolution";

export interface StoredUser {
  key: string;
  username: string | null;
  email: string | null;
  displayName: string;
  active: boolean;
}

export interface StoredCustomField {
  name: string;
  type: string;
  options: { id: string; value: string }[];
}

/** Lookups the conversions need; the embedded tracker implements them. */
export interface TrackerDirectory {
  readonly trackerName: string;
  userByKey(key: string): StoredUser | null;
  /** Finds a user by key, then username, then email (case-insensitive). */
  findUser(reference: string): StoredUser | null;
  catalogueId(kind: CatalogueKind, name: string): string | null;
  customField(name: string): StoredCustomField | null;
  customFields(): StoredCustomField[];
}

/** Issue fields as stored in the `fields` column; users are stored by key. */
export interface StoredFields {
  summary: string | null;
  description: string | null;
  environment: string | null;
  status: string | null;
  priority: string | null;
  type: string | null;
  resolution: string | null;
  assignee: string | null;
  reporter: string | null;
  assignees: string[];
  labels: string[];
  components: string[];
  fixVersions: string[];
  affectedVersions: string[];
  due: number | null;
  resolutionDate: number | null;
  parentId: string | null;
  issueLinks: unknown[];
  customFields: JsonObject;
  customKeys: JsonObject;
  workLogs: StoredWorkLog[];
  /** Fields the hub issue does not declare, such as `"System.AreaPath"`, by name. */
  extra: JsonObject;
}

export interface StoredWorkLog {
  id: string;
  author: string | null;
  startDate: number | null;
  timeSpent: number;
  comment: string | null;
}

export function emptyFields(): StoredFields {
  return {
    summary: null,
    description: null,
    environment: null,
    status: null,
    priority: null,
    type: null,
    resolution: null,
    assignee: null,
    reporter: null,
    assignees: [],
    labels: [],
    components: [],
    fixVersions: [],
    affectedVersions: [],
    due: null,
    resolutionDate: null,
    parentId: null,
    issueLinks: [],
    customFields: {},
    customKeys: {},
    workLogs: [],
    extra: {},
  };
}

/** Hub fields the tracker sets itself, or that only choose where a new issue goes. */
export const READ_ONLY_FIELDS = new Set(["id", "key", "created", "updated", "creator", "resolutionDate", "project", "projectKey", "typeName"]);
/** Hub list fields that `apply` writes item by item rather than as a field. */
export const ITEM_FIELDS = new Set(["comments", "attachments", "workLogs"]);

function fail(message: string): never {
  throw new TrackerDataError(message);
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? text.slice(0, 60) + "..." : text;
}

function nameOf(field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  const name = textField(value, "name");
  if (name === null) fail(`${field}: expected an object with a name, such as {"name": "Done"}, got ${describe(value)}`);
  return name;
}

function catalogueName(directory: TrackerDirectory, kind: CatalogueKind, field: string, value: unknown): string | null {
  const name = nameOf(field, value);
  if (name !== null && directory.catalogueId(kind, name) === null) {
    fail(`${field}: ${kind} "${name}" does not exist in tracker ${directory.trackerName}`);
  }
  return name;
}

/** Resolves a hub user object to the key of an existing local user. */
export function userKey(directory: TrackerDirectory, field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    const user = directory.findUser(value);
    if (user === null) fail(`${field}: user "${value}" does not exist in tracker ${directory.trackerName}`);
    return user.key;
  }
  if (!isObject(value)) fail(`${field}: expected a user object, got ${describe(value)}`);
  for (const reference of [idField(value, "key"), textField(value, "username"), textField(value, "email")]) {
    if (reference === null) continue;
    const user = directory.findUser(reference);
    if (user !== null) return user.key;
  }
  const shown = textField(value, "displayName") ?? idField(value, "key") ?? describe(value);
  return fail(`${field}: user ${shown} does not exist in tracker ${directory.trackerName}; look the user up with nodeHelper first`);
}

function textValue(field: string, value: unknown): string | null {
  if (value === null || value === undefined || typeof value === "string") return (value as string | null | undefined) ?? null;
  return fail(`${field}: expected text, got ${describe(value)}`);
}

function dateValue(field: string, value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  return fail(`${field}: expected a date as epoch milliseconds, got ${describe(value)}`);
}

function namesOf(field: string, value: unknown, key: string): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) fail(`${field}: expected a list, got ${describe(value)}`);
  return value.map((item, index) => {
    if (typeof item === "string") return item;
    const name = textField(item, key);
    if (name === null) fail(`${field}[${index}]: expected {"${key}": ...}, got ${describe(item)}`);
    return name;
  });
}

function customValue(directory: TrackerDirectory, name: string, value: unknown): unknown {
  const field = directory.customField(name);
  if (field === null) fail(`customFields."${name}": custom field "${name}" does not exist in tracker ${directory.trackerName}`);
  const raw = isObject(value) && Object.hasOwn(value, "value") ? value.value : value;
  if (raw === null || raw === undefined) return null;
  const where = `customFields."${name}".value`;
  switch (field.type) {
    case "number":
      if (typeof raw === "number" && Number.isFinite(raw)) return raw;
      if (typeof raw === "string" && raw.trim() !== "" && Number.isFinite(Number(raw))) return Number(raw);
      return fail(`${where}: expected a number, got ${describe(raw)}`);
    case "date":
      return dateValue(where, raw);
    case "user":
      return userKey(directory, where, raw);
    case "option": {
      const wanted = typeof raw === "string" ? raw : (textField(raw, "value") ?? idField(raw, "id"));
      const option = field.options.find((o) => o.value === wanted || o.id === idField(raw, "id"));
      if (option === undefined) {
        fail(`${where}: "${wanted}" is not an option of "${name}"; the options are ${field.options.map((o) => `"${o.value}"`).join(", ")}`);
      }
      return { id: option.id, value: option.value };
    }
    default:
      if (typeof raw === "string") return raw;
      return fail(`${where}: expected text, got ${describe(raw)}`);
  }
}

/**
 * Writes one changed hub field into the stored fields, checking the value.
 * Throws {@link TrackerDataError} naming the field and the value.
 */
export function writeHubField(directory: TrackerDirectory, stored: StoredFields, name: string, value: unknown): void {
  switch (name) {
    case "summary":
    case "description":
    case "environment":
      stored[name] = textValue(name, value);
      return;
    case "status":
      stored.status = catalogueName(directory, "status", name, value) ?? fail("status: cannot be empty");
      return;
    case "type":
      stored.type = catalogueName(directory, "issueType", name, value) ?? fail("type: cannot be empty");
      return;
    case "priority":
      stored.priority = catalogueName(directory, "priority", name, value);
      return;
    case "resolution":
      stored.resolution = catalogueName(directory, "resolution", name, value);
      stored.resolutionDate = stored.resolution === null ? null : (stored.resolutionDate ?? Date.now());
      return;
    case "assignee":
    case "reporter":
      stored[name] = userKey(directory, name, value);
      return;
    case "assignees":
      stored.assignees = Array.isArray(value) ? value.map((user, i) => userKey(directory, `assignees[${i}]`, user)!).filter((k) => k !== null) : [];
      return;
    case "labels":
      stored.labels = namesOf(name, value, "label");
      return;
    case "components":
    case "fixVersions":
    case "affectedVersions":
      stored[name] = namesOf(name, value, "name");
      return;
    case "due":
      stored.due = dateValue(name, value);
      return;
    case "parentId":
      stored.parentId = value === null || value === undefined ? null : String(value);
      return;
    case "issueLinks":
      stored.issueLinks = Array.isArray(value) ? value : [];
      return;
    case "customFields":
      writeCustomFields(directory, stored, value);
      return;
    case "customKeys":
      stored.customKeys = isObject(value) ? value : {};
      return;
    default:
      setOwn(stored.extra, name, value);
  }
}

function writeCustomFields(directory: TrackerDirectory, stored: StoredFields, value: unknown): void {
  if (value === null || value === undefined) return;
  if (!isObject(value)) fail(`customFields: expected a map of field name to {value}, got ${describe(value)}`);
  const next: JsonObject = {};
  for (const field of directory.customFields()) {
    if (Object.hasOwn(stored.customFields, field.name)) setOwn(next, field.name, stored.customFields[field.name]);
  }
  for (const name of Object.keys(value)) {
    const converted = customValue(directory, name, value[name]);
    setOwn(next, name, converted);
  }
  stored.customFields = next;
}

function catalogueObject(directory: TrackerDirectory, kind: CatalogueKind, name: string | null): HubIssueJson | null {
  return name === null ? null : { name, id: directory.catalogueId(kind, name) };
}

/** Returns the hub form of a stored user key; an unknown key keeps the key alone. */
export function hubUser(directory: TrackerDirectory, key: string | null): HubIssueJson | null {
  if (key === null) return null;
  const user = directory.userByKey(key);
  if (user === null) return { key, username: null, email: null, displayName: key };
  return { key: user.key, username: user.username, email: user.email, displayName: user.displayName, active: user.active };
}

/** Builds the hub fields of a stored issue, without id, key, project, dates, comments and attachments. */
export function hubFields(directory: TrackerDirectory, stored: StoredFields): HubIssueJson {
  const hub: HubIssueJson = {};
  for (const name of Object.keys(stored.extra)) setOwn(hub, name, stored.extra[name]);
  const customFields: JsonObject = {};
  for (const field of directory.customFields()) {
    const raw = getOwn(stored.customFields, field.name) ?? null;
    const value = field.type === "user" ? hubUser(directory, raw as string | null) : raw;
    setOwn(customFields, field.name, { value, type: field.type });
  }
  Object.assign(hub, {
    summary: stored.summary,
    description: stored.description,
    environment: stored.environment,
    status: catalogueObject(directory, "status", stored.status),
    priority: catalogueObject(directory, "priority", stored.priority),
    type: catalogueObject(directory, "issueType", stored.type),
    resolution: catalogueObject(directory, "resolution", stored.resolution),
    assignee: hubUser(directory, stored.assignee),
    reporter: hubUser(directory, stored.reporter),
    assignees: stored.assignees.map((key) => hubUser(directory, key)),
    labels: stored.labels.map((label) => ({ label })),
    components: stored.components.map((name) => ({ name })),
    fixVersions: stored.fixVersions.map((name) => ({ name })),
    affectedVersions: stored.affectedVersions.map((name) => ({ name })),
    due: stored.due,
    resolutionDate: stored.resolutionDate,
    parentId: stored.parentId,
    issueLinks: stored.issueLinks,
    customFields,
    customKeys: { ...stored.customKeys },
    workLogs: stored.workLogs.map((log) => ({ ...log, author: hubUser(directory, log.author) })),
  });
  return hub;
}
