/**
 * The project file `twinsync.config.json`: per-code severities and, per
 * instance, the schema of the tracker (custom fields, statuses, priorities,
 * issue types, projects). `schemas/twinsync.config.schema.json` describes the
 * same shape for editors; `parseProjectConfig` validates it here without a
 * schema library, so the compiler package stays dependency-free.
 */

import { DIAGNOSTICS, type DiagnosticCode, type Severity } from "../diagnostics.ts";

export type Connector = "jira" | "github" | "azure" | "zendesk" | "servicenow" | "salesforce";
export const CONNECTORS: readonly Connector[] = ["jira", "github", "azure", "zendesk", "servicenow", "salesforce"];

/** Kinds of custom field values the checker can type. */
export const CUSTOM_FIELD_TYPES = ["text", "number", "date", "datetime", "option", "options", "cascading", "user", "users", "labels", "boolean"] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export interface CustomFieldSchema {
  name: string;
  id?: string;
  type?: CustomFieldType;
  /** Allowed option values, for `option` and `options` fields. */
  options?: string[];
}

/** What one tracker instance has. A list that is missing means "not declared": values of that kind are not checked. */
export interface InstanceSchema {
  name: string;
  connector?: Connector;
  /** Glob patterns (relative to the config file) of the rule files that run on this instance. */
  files?: string[];
  customFields?: CustomFieldSchema[];
  statuses?: string[];
  priorities?: string[];
  issueTypes?: string[];
  projects?: string[];
  resolutions?: string[];
}

export type SeveritySetting = Severity | "off";

export interface ProjectConfig {
  /** Severity per diagnostic code; `off` drops the code. */
  severity: Partial<Record<DiagnosticCode, SeveritySetting>>;
  instances: InstanceSchema[];
}

/** The configuration that applies to one rule: its instance (if any) and the severities. */
export interface RuleConfig {
  instance?: InstanceSchema;
  severity?: Partial<Record<DiagnosticCode, SeveritySetting>>;
}

/** A problem in the config file, with the JSON path of the bad value. */
export interface ConfigProblem {
  path: string;
  message: string;
}

const SEVERITIES = new Set(["error", "warning", "info", "hint", "off"]);
const LIST_KEYS = ["statuses", "priorities", "issueTypes", "projects", "resolutions"] as const;
const INSTANCE_KEYS = new Set(["connector", "files", "customFields", ...LIST_KEYS]);
const FIELD_KEYS = new Set(["name", "id", "type", "options"]);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function stringList(value: unknown, path: string, problems: ConfigProblem[]): string[] | undefined {
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    problems.push({ path, message: "must be a list of strings" });
    return undefined;
  }
  return value as string[];
}

function parseCustomField(value: unknown, path: string, problems: ConfigProblem[]): CustomFieldSchema | undefined {
  if (!isObject(value)) {
    problems.push({ path, message: "must be an object with at least a 'name'" });
    return undefined;
  }
  for (const key of Object.keys(value)) if (!FIELD_KEYS.has(key)) problems.push({ path: `${path}.${key}`, message: `unknown key '${key}'; use name, id, type or options` });
  if (typeof value.name !== "string" || value.name === "") {
    problems.push({ path: `${path}.name`, message: "must be a non-empty string" });
    return undefined;
  }
  const field: CustomFieldSchema = { name: value.name };
  if (value.id !== undefined) {
    if (typeof value.id === "string") field.id = value.id;
    else problems.push({ path: `${path}.id`, message: "must be a string" });
  }
  if (value.type !== undefined) {
    if (typeof value.type === "string" && (CUSTOM_FIELD_TYPES as readonly string[]).includes(value.type)) field.type = value.type as CustomFieldType;
    else problems.push({ path: `${path}.type`, message: `must be one of ${CUSTOM_FIELD_TYPES.join(", ")}` });
  }
  if (value.options !== undefined) field.options = stringList(value.options, `${path}.options`, problems);
  return field;
}

function parseInstance(name: string, value: unknown, path: string, problems: ConfigProblem[]): InstanceSchema | undefined {
  if (!isObject(value)) {
    problems.push({ path, message: "must be an object" });
    return undefined;
  }
  const instance: InstanceSchema = { name };
  for (const key of Object.keys(value)) {
    if (!INSTANCE_KEYS.has(key)) problems.push({ path: `${path}.${key}`, message: `unknown key '${key}'; use ${[...INSTANCE_KEYS].join(", ")}` });
  }
  if (value.connector !== undefined) {
    if (typeof value.connector === "string" && (CONNECTORS as readonly string[]).includes(value.connector)) instance.connector = value.connector as Connector;
    else problems.push({ path: `${path}.connector`, message: `must be one of ${CONNECTORS.join(", ")}` });
  }
  if (value.files !== undefined) instance.files = stringList(value.files, `${path}.files`, problems);
  for (const key of LIST_KEYS) if (value[key] !== undefined) instance[key] = stringList(value[key], `${path}.${key}`, problems);
  if (value.customFields !== undefined) {
    if (!Array.isArray(value.customFields)) problems.push({ path: `${path}.customFields`, message: "must be a list of custom field objects" });
    else {
      instance.customFields = value.customFields
        .map((field, i) => parseCustomField(field, `${path}.customFields[${i}]`, problems))
        .filter((field): field is CustomFieldSchema => field !== undefined);
    }
  }
  return instance;
}

/** Validates parsed JSON as a project config; returns the config or the problems found. */
export function parseProjectConfig(json: unknown): { config: ProjectConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: ProjectConfig = { severity: {}, instances: [] };
  if (!isObject(json)) return { config, problems: [{ path: "$", message: "the config must be a JSON object" }] };
  for (const key of Object.keys(json)) {
    if (key !== "$schema" && key !== "severity" && key !== "instances") problems.push({ path: `$.${key}`, message: `unknown key '${key}'; use severity or instances` });
  }
  if (json.severity !== undefined) {
    if (!isObject(json.severity)) problems.push({ path: "$.severity", message: "must be an object from diagnostic code to severity" });
    else {
      for (const [code, level] of Object.entries(json.severity)) {
        if (!Object.hasOwn(DIAGNOSTICS, code)) problems.push({ path: `$.severity.${code}`, message: `unknown diagnostic code '${code}'` });
        else if (typeof level !== "string" || !SEVERITIES.has(level)) problems.push({ path: `$.severity.${code}`, message: "must be error, warning, info, hint or off" });
        else config.severity[code as DiagnosticCode] = level as SeveritySetting;
      }
    }
  }
  if (json.instances !== undefined) {
    if (!isObject(json.instances)) problems.push({ path: "$.instances", message: "must be an object from instance name to instance schema" });
    else {
      for (const [name, value] of Object.entries(json.instances)) {
        const instance = parseInstance(name, value, `$.instances.${name}`, problems);
        if (instance !== undefined) config.instances.push(instance);
      }
    }
  }
  return { config, problems };
}

/** The custom field an instance declares under this name or id. */
export function findCustomField(instance: InstanceSchema, nameOrId: string): CustomFieldSchema | undefined {
  return instance.customFields?.find((field) => field.name === nameOrId || field.id === nameOrId);
}
