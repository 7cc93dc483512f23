import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { InMemoryNetwork } from "../../src/sync/index.ts";
import { addComment, attachFile, createIssue, updateIssue, type FlavorName } from "../../src/tracker/index.ts";
import { createTestNode, EXAMPLES_DIR, syncUntilIdle, type TestNode } from "./support.ts";

type Issue = Record<string, unknown> & { comments: { body: string; internal: boolean }[]; attachments: { filename: string }[] };

async function connect(example: string, left: [string, FlavorName, string], right: [string, FlavorName, string]) {
  const network = new InMemoryNetwork();
  const nodes: TestNode[] = [];
  for (const [name, flavor] of [left, right]) {
    const node = await createTestNode({ name, flavor, transport: network });
    network.listen(`memory://${name}`, (request) => node.node.handle(request));
    nodes.push(node);
  }
  const [a, b] = nodes as [TestNode, TestNode];
  const rulesOf = (side: string) => ({ outgoing: join(EXAMPLES_DIR, example, `${side}.outgoing.groovy`), incoming: join(EXAMPLES_DIR, example, `${side}.incoming.groovy`) });
  const { connection } = await a.node.invite({ name: example, rules: rulesOf(left[0]) });
  const accepted = await b.node.accept((await a.node.invite({ name: `${example}-2`, rules: rulesOf(left[0]) })).code, { rules: rulesOf(right[0]), name: example });
  await a.store.addTrigger((await a.store.getConnection(`${example}-2`))!.id, "issue", left[2], Date.now());
  await b.store.addTrigger(accepted.id, "issue", right[2], Date.now());
  expect(connection.state).toBe("pending");
  return { a, b };
}

describe("example rules between embedded trackers", () => {
  const open: TestNode[] = [];
  afterEach(async () => {
    for (const node of open.splice(0)) await node.close();
  });

  it("jira and github sync both ways", async () => {
    const { a: jira, b: github } = await connect("jira-github", ["jira", "jira", "project = SUP AND labels = sync"], ["github", "github", 'project = "octokit-fixture-org/paginate-issues"']);
    open.push(jira, github);
    const issue = createIssue(
      jira.tracker,
      { summary: "Checkout times out", description: "The *payment* step hangs", labels: [{ label: "sync" }], priority: { name: "High" }, assignee: { email: "alice.martin@acme.example" } },
      { actor: "amartin" },
    );
    addComment(jira.tracker, issue.key as string, "Customer reports it daily", { actor: "amartin" });
    addComment(jira.tracker, issue.key as string, "Internal: check logs", { actor: "triage", internal: true });
    await syncUntilIdle([jira.node, github.node]);

    const [githubId] = github.tracker.listIssueIds();
    const gh = github.tracker.readIssue(githubId!) as Issue;
    expect(gh.key).toBe("octokit-fixture-org/paginate-issues#1");
    expect(gh.summary).toBe("[SUP-1] Checkout times out");
    expect(gh.description).toBe("The **payment** step hangs");
    expect((gh.labels as { label: string }[]).map((l) => l.label)).toEqual(["sync", "P1"]);
    expect((gh.assignee as { username: string }).username).toBe("octokit-fixture-user-a");
    expect(gh.comments.map((c) => c.body)).toEqual(["**Alice Martin** commented on SUP-1:\n\nCustomer reports it daily"]);

    addComment(github.tracker, gh.key as string, "Fixed in the next release", { actor: "octokit-fixture-user-b" });
    updateIssue(github.tracker, gh.key as string, { status: { name: "closed" }, resolution: { name: "completed" } }, { actor: "octokit-fixture-user-b" });
    await syncUntilIdle([jira.node, github.node]);

    const back = jira.tracker.readIssue(issue.id as string) as Issue;
    expect((back.status as { name: string }).name).toBe("Done");
    expect((back.resolution as { name: string }).name).toBe("Done");
    expect(back.comments.map((c) => c.body)).toEqual([
      "Customer reports it daily",
      "Internal: check logs",
      "octokit-fixture-user-b commented:\nFixed in the next release",
    ]);
    const customFields = back.customFields as Record<string, { value: unknown }>;
    expect(customFields["GitHub Link"]!.value).toBe("https://github.com/octokit-fixture-org/paginate-issues/issues/1");
    expect((github.tracker.readIssue(githubId!) as Issue).comments).toHaveLength(2);
  });

  it("jira and azure sync attachments and sync back once", async () => {
    const { a: jira, b: azure } = await connect("jira-azure", ["jira", "jira", "project = SUP AND labels = azure"], ["azure", "azure", 'project = "Fabrikam Fiber"']);
    open.push(jira, azure);
    const issue = createIssue(
      jira.tracker,
      { summary: "Export to CSV", description: "Line one\nLine two", type: { name: "Story" }, labels: [{ label: "azure" }], customFields: { "Story Points": { value: 5 }, Team: { value: "Payments" } } },
      { actor: "amartin" },
    );
    attachFile(jira.tracker, issue.key as string, { filename: "mockup.png", mimetype: "image/png", content: Buffer.from([137, 80, 78, 71]) }, { actor: "amartin" });
    await syncUntilIdle([jira.node, azure.node]);

    const [azureId] = azure.tracker.listIssueIds();
    const workItem = azure.tracker.readIssue(azureId!) as Issue;
    expect((workItem.type as { name: string }).name).toBe("User Story");
    expect(workItem.description).toBe("<p>Line one<br>Line two</p>");
    expect((workItem.status as { name: string }).name).toBe("New");
    expect(workItem["System.AreaPath"]).toBe("Fabrikam Fiber\\Support");
    expect(workItem["Custom.Team"]).toBe("Payments");
    expect(workItem["Microsoft.VSTS.Scheduling.StoryPoints"]).toBe(5);
    expect(workItem.attachments.map((f) => f.filename)).toEqual(["mockup.png"]);

    // syncBackAfterProcessing sent the new work item back once; Jira applied it and sent nothing more.
    const jiraAfter = jira.tracker.readIssue(issue.id as string) as Issue;
    expect(jiraAfter.attachments.map((f) => f.filename)).toEqual(["mockup.png"]);
    expect((jiraAfter.customFields as Record<string, { value: unknown }>)["Area Path"]!.value).toBe("Fabrikam Fiber\\Support");
    const jiraStats = (await jira.store.stats(Date.now())).find((stats) => stats.state === "active");
    expect(jiraStats!.incoming.applied).toBe(2);
    const azureStats = (await azure.store.stats(Date.now())).find((stats) => stats.state === "active");
    expect(azureStats!.outgoing.sent).toBe(2);

    addComment(azure.tracker, workItem.key as string, "<b>Started</b> on this", { actor: "dlee" });
    await syncUntilIdle([jira.node, azure.node]);
    const comments = (jira.tracker.readIssue(issue.id as string) as Issue).comments;
    expect(comments.map((c) => c.body)).toEqual(["Dana Lee wrote in Fabrikam Fiber-1:\nStarted on this"]);
    expect(comments[0]!.internal).toBe(true);
  });
});
