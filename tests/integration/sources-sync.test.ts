import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/admin/users/create-user";
import type { AdminUser } from "@/lib/auth/session";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { getToolDetail } from "@/lib/catalog/queries";
import { acceptProposals, rejectProposals } from "@/lib/sources/decide";
import { syncSources } from "@/lib/sources/sync";
import type { SourceData } from "@/lib/sources/types";
import { TEST_PASSWORD } from "../support/admin-session";
import { sourceCatalogue } from "../support/source-catalogue";
import { genaiFixture, modelsDevFixture, SYNC_DAY } from "../support/source-fixtures";
import { useTestDatabase } from "../support/test-database";
import { createTools } from "../support/factories";

const sync = (sources: SourceData[] = [genaiFixture(), modelsDevFixture()]) => syncSources(sources, { today: SYNC_DAY, apply: false });

describe("sources:sync writes proposed changes, and editors decide them", () => {
  const database = useTestDatabase("migrated");
  let editor: AdminUser;
  const proposal = (source: string, subject: string) => database.prisma.sourceProposal.findFirstOrThrow({ where: { source, subject } });
  const audit = (action: string) => database.prisma.auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });

  beforeAll(async () => {
    await createTools(database.prisma, sourceCatalogue());
    editor = await createUser({ email: "sources-editor@example.com", name: "Editor", password: TEST_PASSWORD, role: "editor" });
  });

  it("stores every proposal with its source, version and date, never editing the catalogue; a second run proposes nothing new", async () => {
    const catalogueBefore = await database.prisma.pricePoint.count();
    const first = await sync();
    expect(first.stored.created).toBe(first.plan.drafts.length);
    expect(first.stored.created).toBeGreaterThan(20);
    expect(await proposal("genai-prices", "openai/gpt-4o Input tokens")).toMatchObject({ kind: "price_change", toolSlug: "gpt-4o", sourceVersion: "0.1.8", status: "pending", before: { amount: "5" } });
    expect((await proposal("genai-prices", "openai/gpt-4o Input tokens")).sourceDate.toISOString().slice(0, 10)).toBe("2026-09-23");
    expect((await proposal("models.dev", "deepseek/deepseek-chat Output tokens")).flags).toEqual(["Output tokens: sources disagree: models.dev says 0.28, genai-prices says 0.55"]);
    expect(await database.prisma.pricePoint.count()).toBe(catalogueBefore);

    const second = await sync();
    expect(second.stored).toMatchObject({ created: 0, known: first.stored.created, refreshed: 0, withdrawn: 0 });
    expect(await database.prisma.sourceProposal.count()).toBe(first.stored.created);
  });

  it("accepts a price change as an audited edit: the old price is closed (history kept) and the public read shows the new one", async () => {
    const { id } = await proposal("genai-prices", "openai/gpt-4o Input tokens");
    const result = await acceptProposals(editor, [id]);
    expect(result).toMatchObject({ decided: [id], failed: [] });
    expect(result.tags).toEqual(expect.arrayContaining([CACHE_TAGS.tool("gpt-4o"), CACHE_TAGS.catalogue]));
    const tool = (await getToolDetail("gpt-4o"))!;
    expect(tool.prices.find((p) => p.meter === "input")).toMatchObject({ amount: "2.5", validFrom: "2026-09-23", source: { url: "https://developers.openai.com/api/docs/pricing", date: "2026-09-23", checkedAt: SYNC_DAY, via: "@pydantic/genai-prices 0.1.8" } });
    expect(tool.offers[0]!.prices.filter((p) => p.meter === "input").map((p) => `${p.amount} ${p.validFrom}–${p.validTo ?? ""}`)).toEqual(["2.5 2026-09-23–", "5 2025-06-01–2026-09-23"]);
    const [entry] = await audit("proposal.accept");
    expect(entry).toMatchObject({ actorId: editor.id, actorEmail: editor.email, entityType: "price", entityId: `proposal ${id} (genai-prices)` });
    expect(await database.prisma.sourceProposal.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "accepted", decidedById: editor.id });
  });

  it("refuses a proposal the catalogue has moved past, and the next sync withdraws it", async () => {
    const stale = await proposal("models.dev", "openai/gpt-4o Input tokens");
    const result = await acceptProposals(editor, [stale.id]);
    expect(result.decided).toEqual([]);
    expect(result.failed[0]!.message).toContain("the price is now 2.5, not 5");
    const again = await sync();
    expect(again.stored.created).toBe(0);
    expect(again.stored.withdrawn).toBeGreaterThanOrEqual(1);
    expect(await database.prisma.sourceProposal.findUnique({ where: { id: stale.id } })).toBeNull();
  });

  it("rejects with an audit entry; a rejected value is not proposed again, a changed one is", async () => {
    const rejected = await proposal("genai-prices", "deepseek/deepseek-chat Output tokens");
    expect(await rejectProposals(editor, [rejected.id])).toMatchObject({ decided: [rejected.id], tags: [] });
    expect((await audit("proposal.reject")).at(-1)).toMatchObject({ actorEmail: editor.email, entityId: `proposal ${rejected.id}`, diff: { changes: [{ field: rejected.subject, before: "$1.10 (since 1 June 2025)", after: "$0.55 per 1M output tokens from 23 September 2026" }] } });
    expect((await sync()).stored.created).toBe(0);

    const data = genaiFixture();
    const changed = { ...data, offers: data.offers.map((o) => (o.modelId === "deepseek-chat" ? { ...o, prices: o.prices.map((p) => (p.meter === "output" ? { ...p, amount: "0.5" } : p)) } : o)) };
    const next = await sync([changed, modelsDevFixture()]);
    expect(next.stored.created).toBe(1);
    expect(await database.prisma.sourceProposal.findMany({ where: { subject: rejected.subject, source: "genai-prices" }, select: { status: true } })).toEqual(expect.arrayContaining([{ status: "rejected" }, { status: "pending" }]));
  });

  it("accepts a new model: created and published with its offer, prices and facts; the same model from the other source is then refused", async () => {
    const { id } = await proposal("models.dev", "new model openai/gpt-5-mini");
    const result = await acceptProposals(editor, [id]);
    expect(result.failed).toEqual([]);
    expect(result.tags).toEqual(expect.arrayContaining([CACHE_TAGS.tool("gpt-5-mini"), CACHE_TAGS.catalogue]));
    const tool = (await getToolDetail("gpt-5-mini"))!;
    expect(tool).toMatchObject({ name: "GPT-5 Mini", vendor: "OpenAI", status: "active", facts: { contextWindow: { value: 400000 }, maxOutputTokens: { value: 128000 } } });
    expect(tool.prices.map((p) => `${p.meter} ${p.amount}${p.isStarting ? " starting" : ""}`)).toEqual(["input 0.25 starting", "output 2", "cached_input 0.025"]);
    const duplicate = await proposal("genai-prices", "new model openai/gpt-5-mini");
    expect((await acceptProposals(editor, [duplicate.id])).failed[0]!.message).toContain("gpt-5-mini is already in the catalogue");
  });

  it("needs a date to accept a deprecation, then shows it on the public read", async () => {
    const { id } = await proposal("genai-prices", "gemini-2-5-flash-preview status");
    expect((await acceptProposals(editor, [id])).failed[0]!.message).toContain("needs the shutdown date");
    const result = await acceptProposals(editor, [id], new Map([[id, { value: "deprecated" as const, date: "2027-01-15" }]]));
    expect(result.decided).toEqual([id]);
    expect((await getToolDetail("gemini-2-5-flash-preview"))!.lifecycle).toMatchObject({ value: "deprecated", date: "2027-01-15", source: { via: "@pydantic/genai-prices 0.1.8" } });
  });
});

describe("sources:sync --apply", () => {
  const database = useTestDatabase("migrated");

  beforeAll(async () => {
    await createTools(database.prisma, sourceCatalogue());
  });

  it("accepts the run's proposals as audited edits by the system actor, leaving for an editor what needs one", async () => {
    const run = await syncSources([genaiFixture(), modelsDevFixture()], { today: SYNC_DAY, apply: true });
    expect(run.applied!.decided.length).toBeGreaterThan(10);
    expect(run.applied!.failed.map((f) => f.message)).toEqual(expect.arrayContaining([expect.stringContaining("needs the shutdown date")]));
    const entries = await database.prisma.auditLog.findMany({ where: { action: "proposal.accept" } });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.actorId === null && entry.actorEmail === "sources:sync (system)")).toBe(true);
    expect((await getToolDetail("openai-o3"))!.prices.filter((p) => p.meter === "input").map((p) => p.amount)).toEqual(["2"]);
    expect(await getToolDetail("gemini-2-5-pro")).not.toBeNull();

    // What is left pending is what the sources still suggest over the catalogue: a second run adds nothing.
    const again = await syncSources([genaiFixture(), modelsDevFixture()], { today: SYNC_DAY, apply: false });
    expect(again.stored.created).toBe(0);
  });
});
