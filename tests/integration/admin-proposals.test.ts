import { beforeAll, describe, expect, it } from "vitest";
import * as actions from "@/app/admin/proposals/actions";
import { IDLE } from "@/lib/admin/form-state";
import { listPendingProposals, proposalFilters } from "@/lib/admin/proposals/list";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { getToolDetail } from "@/lib/catalog/queries";
import { syncSources } from "@/lib/sources/sync";
import { form } from "../support/admin-forms";
import { signedInAs } from "../support/admin-session";
import { sourceCatalogue } from "../support/source-catalogue";
import { genaiFixture, modelsDevFixture, SYNC_DAY } from "../support/source-fixtures";
import { useTestDatabase } from "../support/test-database";
import { createTools } from "../support/factories";

describe("the Proposed changes page's actions", () => {
  const database = useTestDatabase("migrated");
  let editor: Headers;
  const idOf = async (source: string, subject: string) => String((await database.prisma.sourceProposal.findFirstOrThrow({ where: { source, subject } })).id);

  beforeAll(async () => {
    await createTools(database.prisma, sourceCatalogue());
    await syncSources([genaiFixture(), modelsDevFixture()], { today: SYNC_DAY, apply: false });
    editor = (await signedInAs("editor")).headers;
  });

  it("lists pending proposals grouped by source and tool, before → after, with flags; filters come from the URL", async () => {
    const { filters, problems } = proposalFilters({ source: "genai-prices", kind: "price_change" });
    expect(problems).toEqual([]);
    const list = await listPendingProposals(filters);
    expect(list.groups.map((g) => g.source)).toEqual(["genai-prices"]);
    const deepseek = list.groups[0]!.tools.find((t) => t.slug === "deepseek-chat")!;
    expect(deepseek.name).toBe("DeepSeek Chat");
    expect(deepseek.proposals.find((p) => p.subject === "deepseek/deepseek-chat Output tokens")).toMatchObject({
      before: "$1.10 (since 1 June 2025)",
      after: "$0.55 per 1M output tokens from 23 September 2026",
      flags: ["Output tokens: sources disagree: models.dev says 0.28, genai-prices says 0.55"],
      version: "0.1.8",
      date: "2026-09-23",
      url: "https://api-docs.deepseek.com/quick_start/pricing",
    });
    expect(list.sources.map((s) => s.source)).toEqual(["genai-prices", "models.dev"]);
    expect(proposalFilters({ kind: "everything", page: "x" }).problems).toEqual(["“everything” is not a valid kind: ignored", "“x” is not a valid page: ignored"]);
  });

  it("accepts one proposal and expires exactly the tags of the tool it changed", async () => {
    const outcome = await actions.acceptProposal.runAs(editor, IDLE, form({ proposalId: await idOf("genai-prices", "openai/o3 Input tokens") }));
    expect(outcome.state).toMatchObject({ status: "saved" });
    expect([...(outcome.expire ?? [])].sort()).toEqual([CACHE_TAGS.catalogue, CACHE_TAGS.tool("openai-o3")].sort());
    expect((await getToolDetail("openai-o3"))!.prices.find((p) => p.meter === "input")!.amount).toBe("2");
  });

  it("asks for a valid date when accepting a status, re-showing the form", async () => {
    const proposalId = await idOf("genai-prices", "gemini-2-5-flash-preview status");
    const refused = await actions.acceptProposal.runAs(editor, IDLE, form({ proposalId, "status.value": "retired", "status.date": "soon" }));
    expect(refused.state).toMatchObject({ status: "invalid", fieldErrors: { "status.date": "must be a date written YYYY-MM-DD" }, values: { "status.date": "soon" } });
    const accepted = await actions.acceptProposal.runAs(editor, IDLE, form({ proposalId, "status.value": "retired", "status.date": "2026-10-01" }));
    expect(accepted.state).toMatchObject({ status: "saved" });
    expect((await getToolDetail("gemini-2-5-flash-preview"))!.lifecycle).toMatchObject({ value: "retired", date: "2026-10-01" });
  });

  it("rejects one proposal (no cache expires), and decides all of a source's pending proposals at once", async () => {
    const rejected = await actions.rejectProposal.runAs(editor, IDLE, form({ proposalId: await idOf("models.dev", "deepseek/deepseek-chat Output tokens") }));
    expect(rejected).toMatchObject({ state: { status: "saved" }, expire: [] });

    const all = await actions.decideSource.runAs(editor, IDLE, form({ source: "models.dev", decision: "reject" }));
    expect(all.state).toMatchObject({ status: "saved", message: expect.stringMatching(/^Rejected \d+ proposals from models\.dev\.$/) });
    expect(await database.prisma.sourceProposal.count({ where: { source: "models.dev", status: "pending" } })).toBe(0);
    expect(await database.prisma.auditLog.count({ where: { action: "proposal.reject" } })).toBe(await database.prisma.sourceProposal.count({ where: { status: "rejected" } }));

    const nothing = await actions.decideSource.runAs(editor, IDLE, form({ source: "models.dev", decision: "accept" }));
    expect(nothing.state).toMatchObject({ status: "failed", message: "Nothing was pending." });
    expect((await actions.decideSource.runAs(editor, IDLE, form({ source: "", decision: "maybe" }))).state).toMatchObject({ status: "invalid", fieldErrors: { source: "is required", decision: "must be accept or reject" } });
  });
});
