/**
 * `twinsync tracker ...`: create and edit issues in an embedded tracker, as
 * a person would in a real tracker. Changes are recorded with the acting
 * user (`--as`), so a running node syncs them.
 */

import { basename, extname } from "node:path";
import { OperationError, readBytes, UsageError } from "../../files.ts";
import { fieldAssignment, parse, plural, type Io } from "./args.ts";
import { createTrackerFile, openTrackerFile } from "./databases.ts";
import { addComment, attachFile, createIssue, EmbeddedAdapter, EmbeddedTracker, isFlavorName, updateIssue, type HubIssueJson } from "./engine.ts";
import { nodeDir, readConfig, trackerPath } from "./node-config.ts";

const MIME_TYPES: Record<string, string> = { ".txt": "text/plain", ".log": "text/plain", ".json": "application/json", ".png": "image/png", ".jpg": "image/jpeg", ".pdf": "application/pdf" };

function openTracker(values: { node?: string; tracker?: string }): EmbeddedTracker {
  if (values.tracker !== undefined) return openTrackerFile(values.tracker);
  const dir = nodeDir(values.node);
  return openTrackerFile(trackerPath(dir, readConfig(dir)));
}

/** Rejects a new issue without --project when the tracker has more than one project to put it in. */
function requireOneProject(tracker: EmbeddedTracker): void {
  const projects = tracker.listProjects();
  if (projects.length > 1) throw new UsageError(`the tracker has ${projects.length} projects (${projects.map((p) => p.key).join(", ")}); pass --project KEY`);
}

/** The acting user: `--as`, else the first user who is not the proxy user. */
function actor(tracker: EmbeddedTracker, as: string | undefined): string {
  if (as !== undefined) return as;
  const user = tracker.listUsers().find((u) => u.key !== "twinsync");
  if (user === undefined) throw new UsageError("the tracker has no user to act as; pass --as USER");
  return user.key;
}

type EditValues = { summary?: string; description?: string; status?: string; type?: string; priority?: string; resolution?: string; assignee?: string; label?: string[]; field?: string[] };

function fieldsFrom(values: EditValues): HubIssueJson {
  const fields: HubIssueJson = {};
  if (values.summary !== undefined) fields.summary = values.summary;
  if (values.description !== undefined) fields.description = values.description;
  for (const name of ["status", "type", "priority", "resolution"] as const) {
    const value = values[name];
    if (value !== undefined) fields[name] = value === "" ? null : { name: value };
  }
  if (values.assignee !== undefined) fields.assignee = values.assignee === "" ? null : values.assignee;
  if (values.label !== undefined) fields.labels = values.label.filter((l) => l !== "").map((label) => ({ label }));
  const custom: HubIssueJson = {};
  for (const assignment of values.field ?? []) {
    const [name, value] = fieldAssignment(assignment);
    Object.defineProperty(custom, name, { value: { value }, enumerable: true, writable: true, configurable: true });
  }
  if (Object.keys(custom).length > 0) fields.customFields = custom;
  return fields;
}

function summaryLine(issue: HubIssueJson): string {
  const status = (issue.status as { name?: string } | null)?.name ?? "-";
  const labels = Array.isArray(issue.labels) ? (issue.labels as { label: string }[]).map((l) => l.label).join(",") : "";
  return `${String(issue.key).padEnd(14)} ${status.padEnd(12)} ${String(issue.summary ?? "")}${labels === "" ? "" : `  [${labels}]`}`;
}

export function trackerCommand(args: string[], io: Io): number | Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case "init": {
      const { values, positionals } = parse("trackerInit", rest);
      if (positionals.length !== 1) throw new UsageError("tracker init needs a file, for example: twinsync tracker init jira.db --flavor jira");
      const flavor = values.flavor ?? "jira";
      if (!isFlavorName(flavor)) throw new UsageError(`invalid --flavor '${flavor}': use jira, github or azure`);
      const tracker = createTrackerFile(positionals[0]!, { flavor, name: values.name });
      io.out(`Created ${tracker.info().type} tracker ${positionals[0]} (instance ${tracker.info().instanceId})\n`);
      tracker.close();
      return 0;
    }
    case "create": {
      const { values } = parse("trackerCreate", rest);
      if (values.summary === undefined) throw new UsageError('tracker create needs --summary TEXT, for example: twinsync tracker create --summary "Login fails" --label sync');
      const tracker = openTracker(values);
      try {
        const fields = fieldsFrom(values);
        if (values.project !== undefined) fields.projectKey = values.project;
        else requireOneProject(tracker);
        const issue = createIssue(tracker, fields, { actor: actor(tracker, values.as) });
        io.out(`Created ${String(issue.key)} (id ${String(issue.id)})\n`);
      } finally {
        tracker.close();
      }
      return 0;
    }
    case "edit": {
      const { values, positionals } = parse("trackerEdit", rest);
      if (positionals.length !== 1) throw new UsageError("tracker edit needs an issue key, for example: twinsync tracker edit SUP-1 --status Done");
      const tracker = openTracker(values);
      try {
        const fields = fieldsFrom(values);
        if (Object.keys(fields).length === 0) throw new UsageError("tracker edit changes nothing; pass --summary, --status, --label, --field or another option");
        const issue = updateIssue(tracker, positionals[0]!, fields, { actor: actor(tracker, values.as) });
        io.out(`Updated ${String(issue.key)}\n`);
      } finally {
        tracker.close();
      }
      return 0;
    }
    case "comment": {
      const { values, positionals } = parse("trackerComment", rest);
      if (positionals.length !== 2) throw new UsageError('tracker comment needs an issue key and the text, for example: twinsync tracker comment SUP-1 "Fixed"');
      const tracker = openTracker(values);
      try {
        const id = addComment(tracker, positionals[0]!, positionals[1]!, { actor: actor(tracker, values.as), internal: values.internal ?? false });
        io.out(`Added comment ${id} to ${positionals[0]}\n`);
      } finally {
        tracker.close();
      }
      return 0;
    }
    case "attach": {
      const { values, positionals } = parse("trackerAttach", rest);
      if (positionals.length !== 2) throw new UsageError("tracker attach needs an issue key and a file, for example: twinsync tracker attach SUP-1 trace.log");
      const [key, file] = positionals as [string, string];
      const content = readBytes(file, "file to attach");
      const tracker = openTracker(values);
      try {
        const mimetype = values.mimetype ?? MIME_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
        const id = attachFile(tracker, key, { filename: basename(file), mimetype, content }, { actor: actor(tracker, values.as) });
        io.out(`Attached ${basename(file)} (${content.length} bytes) to ${key} as attachment ${id}\n`);
      } finally {
        tracker.close();
      }
      return 0;
    }
    case "show": {
      const { values, positionals } = parse("trackerShow", rest);
      if (positionals.length !== 1) throw new UsageError("tracker show needs an issue key, for example: twinsync tracker show SUP-1");
      const tracker = openTracker(values);
      try {
        const issue = tracker.readIssue(positionals[0]!);
        if (issue === null) throw new OperationError(`issue "${positionals[0]}" not found in tracker ${tracker.trackerName}; 'twinsync tracker list' shows the issues`);
        io.out(JSON.stringify(issue, null, 2) + "\n");
      } finally {
        tracker.close();
      }
      return 0;
    }
    case "list": {
      const { values } = parse("trackerList", rest);
      const tracker = openTracker(values);
      return listIssues(tracker, values.jql, io).finally(() => tracker.close());
    }
    case "users": {
      const { values } = parse("trackerUsers", rest);
      const tracker = openTracker(values);
      for (const user of tracker.listUsers()) io.out(`${user.key.padEnd(26)} ${(user.username ?? "").padEnd(24)} ${(user.email ?? "").padEnd(28)} ${user.displayName}\n`);
      tracker.close();
      return 0;
    }
    case "projects": {
      const { values } = parse("trackerProjects", rest);
      const tracker = openTracker(values);
      for (const project of tracker.listProjects()) io.out(`${project.key.padEnd(40)} ${project.name}\n`);
      tracker.close();
      return 0;
    }
    case "add-project": {
      const { values, positionals } = parse("trackerAddProject", rest);
      if (positionals.length !== 2) throw new UsageError('tracker add-project needs a key and a name, for example: twinsync tracker add-project OPS "Operations"');
      const tracker = openTracker(values);
      try {
        tracker.addProject(positionals[0]!, positionals[1]!, values.separator ?? "-");
        io.out(`Added project ${positionals[0]}\n`);
      } finally {
        tracker.close();
      }
      return 0;
    }
    case "add-user": {
      const { values, positionals } = parse("trackerAddUser", rest);
      if (positionals.length !== 1) throw new UsageError('tracker add-user needs a user key, for example: twinsync tracker add-user u42 --username jdoe --email jdoe@example.com --name "Jane Doe"');
      const tracker = openTracker(values);
      try {
        const key = positionals[0]!;
        if (tracker.findUser(key) !== null) throw new OperationError(`user "${key}" already exists in tracker ${tracker.trackerName}`);
        tracker.addUser({ key, username: values.username ?? key, email: values.email ?? null, displayName: values.name ?? values.username ?? key });
        io.out(`Added user ${key}\n`);
      } finally {
        tracker.close();
      }
      return 0;
    }
    default:
      throw new UsageError(`unknown tracker command '${sub ?? ""}'; use init, create, edit, comment, attach, show, list, users, add-user, projects or add-project`);
  }
}

async function listIssues(tracker: EmbeddedTracker, jql: string | undefined, io: Io): Promise<number> {
  const adapter = new EmbeddedAdapter(tracker);
  const ids = jql === undefined ? tracker.listIssueIds() : await adapter.search(jql);
  for (const id of ids) io.out(summaryLine(tracker.readIssue(id)!) + "\n");
  io.out(`${plural(ids.length, "issue")}\n`);
  return 0;
}
