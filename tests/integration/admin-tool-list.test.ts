import { beforeAll, describe, expect, it } from "vitest";
import { adminToolQuery, listToolsForAdmin, ADMIN_TOOLS_PAGE_SIZE } from "@/lib/admin/tool-list";
import { Prisma } from "@/lib/generated/prisma/client";
import { TEST_SOURCE } from "../support/sources";
import { addSyntheticTools } from "../support/synthetic-catalogue";
import { useTestDatabase } from "../support/test-database";
import { buildTool, createTools, tokenPrice } from "../support/factories";

// "Today" is given, never read from the clock: a price dated 2025-06-01 is 183 days old on this day.
const TODAY = "2025-12-01";
const old = { ...TEST_SOURCE, date: "2025-06-01", checkedAt: "2025-06-01" };
const recent = { ...TEST_SOURCE, date: "2025-11-01", checkedAt: "2025-11-01" };

const list = (params: Record<string, string>) => listToolsForAdmin(adminToolQuery(params).query, TODAY);
const slugs = async (params: Record<string, string>) => (await list(params)).tools.map((tool) => tool.slug);

describe("the admin's tool list: search, filters, sorting and pages from the URL", () => {
  const database = useTestDatabase("migrated");

  beforeAll(async () => {
    await createTools(database.prisma, [
      buildTool({ slug: "tl-alpha-model", name: "Alpha Model", kind: "model", category: "llm", offers: [{ provider: "V", providerSlug: "tl-v", modelId: "a", prices: [tokenPrice("input", "1", { source: old, validFrom: "2025-06-01" })] }] }),
      buildTool({ slug: "tl-beta-model", name: "Beta Model", kind: "model", category: "llm", offers: [{ provider: "V", providerSlug: "tl-v", modelId: "b", prices: [tokenPrice("input", "1", { source: recent, validFrom: "2025-11-01" })] }] }),
      buildTool({ slug: "tl-gamma-app", name: "Gamma Studio", kind: "app", category: "chat-assistant" }),
      buildTool({ slug: "tl-old-model", name: "Delta Model", kind: "model", category: "llm", status: { value: "retired", date: "2025-07-01", source: { ...TEST_SOURCE, date: "2025-07-01", checkedAt: "2025-07-01" } }, offers: [{ provider: "V", providerSlug: "tl-v", modelId: "d", prices: [tokenPrice("input", "1", { source: old, validFrom: "2025-06-01" })] }] }),
    ]);
    await database.prisma.sourceProposal.create({ data: { source: "genai-prices", sourceVersion: "0.1.8", sourceDate: new Date("2025-09-23"), kind: "fact_change", toolSlug: "tl-beta-model", subject: "tl-beta-model contextWindow", after: { name: "contextWindow", value: 1 }, fingerprint: "tl-1" } });
  });

  it("searches by part of the name or of the slug, case aside", async () => {
    expect(await slugs({ q: "MODEL" })).toEqual(["tl-alpha-model", "tl-beta-model", "tl-old-model"]);
    expect(await slugs({ q: "gamma-a" })).toEqual(["tl-gamma-app"]);
    expect(await slugs({ q: "studio" })).toEqual(["tl-gamma-app"]);
  });

  it("filters by kind, category and status", async () => {
    expect(await slugs({ kind: "app" })).toEqual(["tl-gamma-app"]);
    expect(await slugs({ category: "llm", status: "active" })).toEqual(["tl-alpha-model", "tl-beta-model"]);
    expect(await slugs({ status: "retired" })).toEqual(["tl-old-model"]);
  });

  it("finds stale facts: a price in force over 180 days old on an active tool (a retired tool's last price is history)", async () => {
    expect(await slugs({ stale: "yes" })).toEqual(["tl-alpha-model"]);
    expect((await list({})).tools.filter((tool) => tool.stale).map((tool) => tool.slug)).toEqual(["tl-alpha-model"]);
  });

  it("finds tools with pending proposals and counts them", async () => {
    const { tools } = await list({ pending: "yes" });
    expect(tools.map((tool) => [tool.slug, tool.pending])).toEqual([["tl-beta-model", 1]]);
  });

  it("sorts by name, rank, last verified and last edit", async () => {
    expect(await slugs({ sort: "name" })).toEqual(["tl-alpha-model", "tl-beta-model", "tl-old-model", "tl-gamma-app"]);
    const verified = (await list({ sort: "verified" })).tools.map((tool) => tool.lastVerifiedAt);
    expect(verified).toEqual([...verified].sort());
    const ranks = (await list({ sort: "rank" })).tools.map((tool) => tool.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => (b ?? -1) - (a ?? -1)));
  });

  it("ignores (and names) a value that is not valid, keeping the rest", () => {
    expect(adminToolQuery({ kind: "robot", q: "alpha", sort: "size", page: "-1" })).toEqual({
      query: { q: "alpha", sort: "name", page: 1 },
      problems: ["“robot” is not a valid kind: ignored", "“size” is not a valid sort: ignored", "“-1” is not a valid page: ignored"],
    });
  });

  it("pages through hundreds of tools, the search served by the trigram indexes", async () => {
    await addSyntheticTools(database.prisma, 2000, 1);
    const first = await list({ q: "synthetic" });
    expect(first.total).toBe(2000);
    expect(first.pageCount).toBe(Math.ceil(2000 / ADMIN_TOOLS_PAGE_SIZE));
    expect(first.tools).toHaveLength(ADMIN_TOOLS_PAGE_SIZE);
    const last = await list({ q: "synthetic", page: String(first.pageCount) });
    expect(last.tools).toHaveLength(2000 - (first.pageCount - 1) * ADMIN_TOOLS_PAGE_SIZE);
    await database.prisma.$executeRawUnsafe("ANALYZE tool");
    // The tool rows are narrow (search documents live in tool_search), so at
    // 2,000 tools reading them all is still the cheaper plan: ask whether the
    // indexes can serve the search, as they will once the table is large.
    const [, rows] = await database.prisma.$transaction([
      database.prisma.$queryRaw`SELECT set_config('enable_seqscan', 'off', true)`,
      database.prisma.$queryRaw<{ "QUERY PLAN": unknown }[]>(
        Prisma.sql`EXPLAIN (FORMAT JSON) SELECT id FROM tool WHERE name ILIKE ${"%lumen studio 4%"} OR slug ILIKE ${"%lumen studio 4%"} ORDER BY name LIMIT 50`,
      ),
    ]);
    const [row] = rows;
    const plan = JSON.stringify(row!["QUERY PLAN"]);
    expect(plan).toContain("tool_name_trgm_idx");
    expect(plan).toContain("tool_slug_trgm_idx");
  }, 120_000);
});
