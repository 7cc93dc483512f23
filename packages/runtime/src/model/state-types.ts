/**
 * Declarations of the state-file parts that are not hub issues or the
 * catalogue: the connection and the local record's key.
 */

import { T, member, type FieldDecl, type TypeDecl } from "./schema.ts";

export const STATE_TYPES: ReadonlyMap<string, TypeDecl> = new Map(
  [
    {
      name: "Connection",
      doc: "The connection the rule runs for.",
      fields: [
        member("name", T.string, "Name of the connection.", { nullable: false }),
        member("remoteInstance", T.object("RemoteInstance"), "The instance on the other side."),
      ],
    },
    {
      name: "RemoteInstance",
      doc: "The instance on the other side of the connection.",
      fields: [member("name", T.string, "Name of the remote instance.", { nullable: false })],
    },
    {
      name: "IssueKey",
      doc: "The id and key of the local record.",
      fields: [
        member("id", T.string, "Tracker id of the local record."),
        member("key", T.string, "Key of the local record."),
      ],
    },
  ].map((type) => [type.name, type]),
);

/** Top-level keys of a state file. */
export const STATE_FIELDS: readonly FieldDecl[] = [
  member("issue", T.object("HubIssue"), "The local record; missing on an incoming first sync."),
  member("replica", T.object("HubIssue"), "The received replica (incoming); an outgoing rule starts from an empty replica."),
  member("previous", T.object("HubIssue"), "The replica received last time (incoming); null on first sync."),
  member("firstSync", T.boolean, "Whether no local twin exists yet (incoming); defaults to true when `issue` is missing."),
  member("instance", T.object("InstanceCatalogue"), "What exists in the local tracker, for lookups."),
  member("connection", T.object("Connection"), "The connection; defaults to a connection named `default`."),
  member("issueKey", T.object("IssueKey"), "The local record's id and key; defaults to the issue's `id` and `key`."),
  member("source", T.string, "Where the state came from, for readers of the file."),
  member("description", T.string, "What the state demonstrates, for readers of the file."),
];
