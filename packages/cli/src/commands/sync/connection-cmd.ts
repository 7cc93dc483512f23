/** `twinsync connection invite|accept|list|activate|deactivate`. */

import { UsageError } from "../../files.ts";
import { parse, parseDuration, rulePaths, type Io } from "./args.ts";
import { HttpTransport, type ConnectionRecord } from "./engine.ts";
import { jsonLogger } from "./logging.ts";
import { nodeDir, openNode, type OpenNode } from "./node-config.ts";

/** Opens the node of `--node` with an HTTP transport, runs `fn`, and closes both. */
export async function withNode<T>(nodeOption: string | undefined, fn: (opened: OpenNode) => Promise<T>): Promise<T> {
  const transport = new HttpTransport();
  const opened = await openNode(nodeDir(nodeOption), { logger: jsonLogger("warn"), transport });
  try {
    return await fn(opened);
  } finally {
    await opened.close();
    transport.close();
  }
}

function describe(connection: ConnectionRecord): string {
  const peer = connection.peer === null ? "(waiting for the other side)" : `${connection.peer.nodeName} at ${connection.peer.nodeUrl || "in-process"} (${connection.peer.trackerType})`;
  return `${connection.name.padEnd(20)} ${connection.state.padEnd(12)} ${connection.type.padEnd(7)} ${connection.role.padEnd(10)} ${peer}`;
}

export async function connectionCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case "invite": {
      const { values, positionals } = parse("connectionInvite", rest);
      if (positionals.length !== 1) throw new UsageError("connection invite needs a name, for example: twinsync connection invite jira-github --rules examples/jira-github --side jira");
      const rules = rulePaths(values);
      const expiresInMs = values["expires-in"] === undefined ? undefined : parseDuration(values["expires-in"], "--expires-in");
      return withNode(values.node, async ({ node }) => {
        const { connection, code } = await node.invite({ name: positionals[0]!, rules, type: values.local ? "local" : "remote", expiresInMs });
        io.err(`Created pending connection ${connection.name}; the code expires at ${new Date(connection.invitationExpiresAt!).toISOString()}.\n`);
        io.err("Accept it on the other node with: twinsync connection accept CODE --rules ...\n");
        io.err("The code is a credential: send it over a private channel.\n");
        io.out(code + "\n");
        return 0;
      });
    }
    case "accept": {
      const { values, positionals } = parse("connectionAccept", rest);
      if (positionals.length !== 1) throw new UsageError("connection accept needs the invitation code, for example: twinsync connection accept twinsync-invite-1.... --rules examples/jira-github --side github");
      const rules = rulePaths(values);
      return withNode(values.node, async ({ node }) => {
        const connection = await node.accept(positionals[0]!, { rules, name: values.name });
        io.out(`Connection ${connection.name} is active with ${connection.peer!.nodeName} (${connection.peer!.nodeUrl}).\n`);
        return 0;
      });
    }
    case "list": {
      const { values } = parse("connectionList", rest);
      return withNode(values.node, async ({ store }) => {
        const connections = await store.listConnections();
        if (values.json) {
          io.out(JSON.stringify(connections.map(({ secret: _secret, ...shown }) => shown), null, 2) + "\n");
          return 0;
        }
        if (connections.length === 0) io.out("No connections. Create one with 'twinsync connection invite NAME --rules DIR'.\n");
        else io.out(`${"NAME".padEnd(20)} ${"STATE".padEnd(12)} ${"TYPE".padEnd(7)} ${"ROLE".padEnd(10)} PEER\n` + connections.map(describe).join("\n") + "\n");
        return 0;
      });
    }
    case "activate":
    case "deactivate": {
      const { values, positionals } = parse(sub === "activate" ? "connectionActivate" : "connectionDeactivate", rest);
      if (positionals.length !== 1) throw new UsageError(`connection ${sub} needs a connection name, for example: twinsync connection ${sub} jira-github`);
      return withNode(values.node, async ({ node }) => {
        const connection = await node.setConnectionState(positionals[0]!, sub === "activate" ? "active" : "deactivated");
        io.out(`Connection ${connection.name} is ${connection.state}.\n`);
        return 0;
      });
    }
    default:
      throw new UsageError(`unknown connection command '${sub ?? ""}'; use invite, accept, list, activate or deactivate`);
  }
}
