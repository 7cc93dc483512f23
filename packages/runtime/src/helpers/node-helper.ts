/**
 * `nodeHelper`: lookups in the local instance, served from the state's
 * instance catalogue. Every lookup returns a copy of the catalogue entry, or
 * null when nothing matches or the catalogue lacks that list. Names match
 * exactly; emails match without regard to case.
 */

import type { ExecutionContext } from "../context.ts";
import { mapGet, mapPut, newMap } from "../map.ts";
import type { Entity } from "../model/entity.ts";
import { toPlainJson } from "../model/json-out.ts";
import { deepCopy, fieldOf, idKey, listItems, mapOf, stringFieldOf } from "../model/values-util.ts";
import { GMap, type Value } from "../values.ts";
import { catalogueList, type HelperEnvironment } from "./environment.ts";
import { HelperObject, textArgument, type HelperMethod } from "./helper-object.ts";
import { htmlToMarkdown, stripHtml } from "./html.ts";

type Matcher = (entry: GMap) => boolean;

export class NodeHelper extends HelperObject {
  readonly className = "NodeHelper";

  constructor(private readonly env: HelperEnvironment) {
    const text = (method: string, name: string, value: Value): string | null => textArgument("nodeHelper", method, name, value);
    const methods = new Map<string, HelperMethod>([
      ["getUserByEmail", (_ctx, [email]) => this.lookupUserByEmail(text("getUserByEmail", "email", email!))],
      ["getUserByUsername", (_ctx, [name]) => this.lookupByField("users", "username", text("getUserByUsername", "username", name!))],
      ["getUser", (_ctx, [key]) => this.lookupByField("users", "key", text("getUser", "key", key!))],
      ["getPriority", (_ctx, [name]) => this.lookupByField("priorities", "name", text("getPriority", "name", name!))],
      ["getResolution", (_ctx, [name]) => this.lookupByField("resolutions", "name", text("getResolution", "name", name!))],
      ["getProject", (_ctx, [key]) => this.lookupByField("projects", "key", text("getProject", "key", key!))],
      [
        "getIssueType",
        (_ctx, [name, projectKey]) => this.lookupIssueType(text("getIssueType", "name", name!), text("getIssueType", "projectKey", projectKey!)),
      ],
      ["getVersion", (_ctx, [name, project]) => this.lookupInProject("versions", text("getVersion", "name", name!), projectKeyOf(project!))],
      ["getComponent", (_ctx, [name, project]) => this.lookupInProject("components", text("getComponent", "name", name!), projectKeyOf(project!))],
      ["createVersion", (ctx, [issue, name, description]) => this.createVersion(ctx, issue as Entity, text("createVersion", "name", name!), text("createVersion", "description", description!))],
      ["getLabel", (_ctx, [name]) => this.lookupLabel(text("getLabel", "name", name!))],
      ["getOption", (_ctx, [, fieldName, value]) => this.lookupOption(text("getOption", "fieldName", fieldName!), text("getOption", "value", value!))],
      ["getLocalIssueFromRemoteId", (_ctx, [remoteId]) => this.lookupByField("issues", "remoteId", idKey(remoteId!))],
      ["stripHtml", (_ctx, [html]) => mapText(text("stripHtml", "text", html!), stripHtml)],
      ["toMarkDownFromHtml", (_ctx, [html]) => mapText(text("toMarkDownFromHtml", "html", html!), htmlToMarkdown)],
    ]);
    super("nodeHelper", methods);
  }

  private find(list: string, matches: Matcher): GMap | null {
    for (const entry of catalogueList(this.env, list) ?? []) {
      if (entry instanceof GMap && matches(entry)) return entry;
    }
    return null;
  }

  private lookupByField(list: string, field: string, wanted: string | null): Value {
    if (wanted === null) return null;
    return copyOf(this.find(list, (entry) => idKey(mapGet(entry, field)) === wanted));
  }

  private lookupUserByEmail(email: string | null): Value {
    if (email === null) return null;
    const wanted = email.toLowerCase();
    return copyOf(this.find("users", (entry) => stringFieldOf(entry, "email")?.toLowerCase() === wanted));
  }

  /** Finds an issue type and returns it without its `projects` list, so the result has the hub `IssueType` shape. */
  private lookupIssueType(name: string | null, projectKey: string | null): Value {
    if (name === null) return null;
    const entry = this.find("issueTypes", (type) => {
      if (stringFieldOf(type, "name") !== name) return false;
      const projects = fieldOf(type, "projects");
      return projectKey === null || !Array.isArray(projects) || projects.some((key) => idKey(key) === projectKey);
    });
    if (entry === null) return null;
    return mapOf({ name, id: mapGet(entry, "id") });
  }

  /** Versions and components: an entry without `projectKey` belongs to every project. */
  private lookupInProject(list: string, name: string | null, projectKey: string | null): Value {
    if (name === null) return null;
    return copyOf(
      this.find(list, (entry) => {
        const owner = stringFieldOf(entry, "projectKey");
        return stringFieldOf(entry, "name") === name && (projectKey === null || owner === null || owner === projectKey);
      }),
    );
  }

  /** Returns the existing version of that name in the issue's project, or adds a new one to the catalogue. */
  private createVersion(ctx: ExecutionContext, issue: Entity, name: string | null, description: string | null): Value {
    if (name === null) return null;
    const projectKey = projectKeyOf(issue.get("project")) ?? stringFieldOf(issue.fields, "projectKey");
    const existing = this.lookupInProject("versions", name, projectKey);
    if (existing !== null) return existing;

    const version = mapOf({ name, id: null, description, projectKey });
    if (this.env.catalogue === null) this.env.catalogue = newMap();
    let versions = mapGet(this.env.catalogue, "versions");
    if (!Array.isArray(versions)) {
      versions = [];
      mapPut(this.env.catalogue, "versions", versions);
    }
    ctx.checkCollection(versions.length + 1);
    versions.push(version);
    this.env.effects.createdVersions.push(toPlainJson(version));
    return deepCopy(version);
  }

  /** Without a `labels` list every label exists, because Jira labels are free text. */
  private lookupLabel(name: string | null): Value {
    if (name === null) return null;
    const labels = catalogueList(this.env, "labels");
    if (labels !== null && !labels.some((label) => label === name)) return null;
    return mapOf({ label: name });
  }

  private lookupOption(fieldName: string | null, value: string | null): Value {
    if (fieldName === null || value === null || this.env.catalogue === null) return null;
    const options = fieldOf(mapGet(this.env.catalogue, "options"), fieldName);
    const found = listItems(options).find((option) => stringFieldOf(option, "value") === value);
    return found === undefined ? null : deepCopy(found);
  }
}

function copyOf(entry: GMap | null): Value {
  return entry === null ? null : deepCopy(entry);
}

/** Returns the project key from a key string, a project object or an issue's project. */
function projectKeyOf(project: Value): string | null {
  if (project === null) return null;
  return idKey(project) ?? stringFieldOf(project, "key");
}

function mapText(text: string | null, convert: (text: string) => string): string | null {
  return text === null ? null : convert(text);
}
