/** `twinsync trigger add|list|remove|run`: the queries that start sync, and bulk sync. */

import { OperationError, UsageError } from "../../files.ts";
import { parse, parseInteger, plural, type Io } from "./args.ts";
import { withNode } from "./connection-cmd.ts";
import { ConnectionError } from "./engine.ts";

export async function triggerCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case "add": {
      const { values, positionals } = parse("triggerAdd", rest);
      if (positionals.length !== 2) throw new UsageError('trigger add needs a connection and a query, for example: twinsync trigger add jira-github "project = SUP AND labels = sync"');
      const [name, query] = positionals as [string, string];
      return withNode(values.node, async ({ store, adapter }) => {
        const connection = await store.getConnection(name);
        if (connection === null) throw new ConnectionError(`connection "${name}" not found; 'twinsync connection list' shows the connections`);
        adapter.validateQuery(query);
        const trigger = await store.addTrigger(connection.id, values.entity ?? "issue", query, Date.now());
        io.out(`Added trigger ${trigger.id} on ${connection.name}: ${query}\n`);
        return 0;
      });
    }
    case "list": {
      const { values, positionals } = parse("triggerList", rest);
      return withNode(values.node, async ({ store }) => {
        const connections = new Map((await store.listConnections()).map((c) => [c.id, c.name]));
        let connectionId: string | undefined;
        if (positionals[0] !== undefined) {
          const connection = await store.getConnection(positionals[0]);
          if (connection === null) throw new ConnectionError(`connection "${positionals[0]}" not found; 'twinsync connection list' shows the connections`);
          connectionId = connection.id;
        }
        const triggers = await store.listTriggers(connectionId);
        if (triggers.length === 0) io.out("No triggers. Add one with 'twinsync trigger add CONNECTION QUERY'.\n");
        for (const trigger of triggers) io.out(`${String(trigger.id).padStart(3)}  ${(connections.get(trigger.connectionId) ?? trigger.connectionId).padEnd(20)} ${trigger.entityType.padEnd(6)} ${trigger.query}\n`);
        return 0;
      });
    }
    case "remove": {
      const { values, positionals } = parse("triggerRemove", rest);
      if (positionals.length !== 1) throw new UsageError("trigger remove needs a trigger id from 'twinsync trigger list'");
      const id = parseInteger(positionals[0]!, "trigger id", 1, Number.MAX_SAFE_INTEGER);
      return withNode(values.node, async ({ store }) => {
        if (!(await store.removeTrigger(id))) throw new OperationError(`trigger ${id} not found; 'twinsync trigger list' shows the triggers`);
        io.out(`Removed trigger ${id}.\n`);
        return 0;
      });
    }
    case "run": {
      const { values, positionals } = parse("triggerRun", rest);
      if (positionals.length !== 1) throw new UsageError("trigger run needs a connection name; it queues every issue its triggers match now");
      return withNode(values.node, async ({ node }) => {
        const queued = await node.bulkSync(positionals[0]!, values.query);
        io.out(`Queued ${plural(queued, "issue")} on ${positionals[0]}; a running 'twinsync sync' sends ${queued === 1 ? "it" : "them"}.\n`);
        return 0;
      });
    }
    default:
      throw new UsageError(`unknown trigger command '${sub ?? ""}'; use add, list, remove or run`);
  }
}
