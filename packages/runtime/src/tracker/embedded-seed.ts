/** The first content of a new embedded tracker database, from its flavor. */

import { randomUUID } from "node:crypto";
import type { SqliteDatabase } from "../store/sqlite.ts";
import type { CatalogueKind } from "./embedded-fields.ts";
import type { CreateTrackerOptions } from "./embedded-tracker.ts";
import { FLAVORS } from "./flavors.ts";

/** Writes the flavor's meta data, users, projects, catalogue entries and custom fields in one transaction. */
export function seed(db: SqliteDatabase, options: CreateTrackerOptions): void {
  const flavor = FLAVORS[options.flavor];
  const insertMeta = db.prepare("INSERT INTO meta (name, value) VALUES (?, ?)");
  const run = db.transaction(() => {
    insertMeta.run("flavor", options.flavor);
    insertMeta.run("name", options.name ?? options.flavor);
    insertMeta.run("instance_id", randomUUID());
    insertMeta.run("url", options.url ?? `embedded://${options.name ?? options.flavor}`);
    const insertUser = db.prepare("INSERT INTO users (key, username, email, display_name) VALUES (?, ?, ?, ?)");
    for (const user of flavor.users) insertUser.run(user.key, user.username, user.email, user.displayName);
    const insertProject = db.prepare("INSERT INTO projects (key, name, key_separator) VALUES (?, ?, ?)");
    for (const project of flavor.projects) insertProject.run(project.key, project.name, project.keySeparator ?? "-");
    const insertEntry = db.prepare("INSERT INTO catalogue (kind, id, name, position) VALUES (?, ?, ?, ?)");
    const lists: [CatalogueKind, string[], number][] = [
      ["status", flavor.statuses, 1],
      ["issueType", flavor.issueTypes, 10001],
      ["priority", flavor.priorities, 1],
      ["resolution", flavor.resolutions, 1],
    ];
    for (const [kind, names, firstId] of lists) {
      names.forEach((name, index) => insertEntry.run(kind, String(firstId + index), name, index));
    }
    const insertField = db.prepare("INSERT INTO custom_fields (name, type, options) VALUES (?, ?, ?)");
    let optionId = 10100;
    for (const field of flavor.customFields) {
      const options = field.options?.map((value) => ({ id: String(optionId++), value })) ?? null;
      insertField.run(field.name, field.type, options === null ? null : JSON.stringify(options));
    }
  });
  run.immediate();
}
