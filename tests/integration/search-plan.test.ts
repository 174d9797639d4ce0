import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchQuerySchema } from "@/lib/schemas/search";
import { GONE_STATUSES, isGone } from "@/lib/lifecycle";
import { graphCandidates, textCandidates } from "@/lib/search/candidates";
import { LISTING_SETTINGS, listingStatement, resultSetSettings, resultSetStatement, tagIds } from "@/lib/search/result-set";
import type { StatementSettings } from "@/lib/search/statement";
import { HITS_SETTINGS, pageDetailsStatement } from "@/lib/search/hits";
import { commonElements, LOOKED_UP_TO } from "@/lib/search/statistics";
import { suggestStatements } from "@/lib/search/suggest";
import { parseSearchText } from "@/lib/search/terms";
import { createSearchFixture } from "../support/search-fixture";
import { planAsRun, type PlanNode } from "../support/search-plans";
import { addSyntheticTools } from "../support/synthetic-catalogue";
import { useTestDatabase } from "../support/test-database";

// Not the vendor list's trigram index: here the list is a few dozen vendors, cheaper to read whole.
const TEXT_INDEXES = ["tool_search_document_idx", "tool_search_name_document_idx", "tool_search_tag_ids_idx", "tool_search_name_trgm_idx"];

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

describe("search query plans", () => {
  const database = useTestDatabase("migrated");
  let tools = 0;

  // A catalogue big enough that the planner prefers the indexes on its own.
  beforeAll(async () => {
    await createSearchFixture(database.prisma);
    tools = await addSyntheticTools(database.prisma, 3000, 10);
  }, 240_000);

  /**
   * The plan of a statement as searches run it (generic, when it is planned
   * once per connection), run (ANALYZE) so rows read are counted.
   * `seqscan: false` asks whether it can use the indexes at all, on a small table.
   */
  async function planOf(statement: Prisma.Sql, settings: StatementSettings, { seqscan = true } = {}) {
    const plan = await planAsRun(database.prisma, statement, seqscan ? settings : { ...settings, matchesText: true });
    const indexes = new Set<string>();
    const scanned = new Set<string>();
    /** The most rows any one scan of tool_search produced (per loop: a lateral lookup runs once per concept or candidate). */
    let documentsRead = 0;
    /** The most entries any one scan of the document or tag index read. */
    let entriesRead = 0;
    walk(plan, (node) => {
      if (node["Index Name"]) indexes.add(node["Index Name"]);
      if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) scanned.add(node["Relation Name"]);
      if (node["Relation Name"] === "tool_search") documentsRead = Math.max(documentsRead, node["Actual Rows"] ?? 0);
      if (node["Index Name"] === "tool_search_document_idx" || node["Index Name"] === "tool_search_tag_ids_idx") entriesRead = Math.max(entriesRead, node["Actual Rows"] ?? 0);
    });
    return { indexes, scanned, documentsRead, entriesRead };
  }

  const textStatement = async (q: string) => resultSetStatement(textCandidates(parseSearchText(q)!, await commonElements()), searchQuerySchema.parse({ q }), 20);

  it("searches text through the document, name, tag and trigram indexes, never reading tool_search whole", async () => {
    expect(tools).toBeGreaterThan(3000);
    for (const q of ["dreambooth", "fine-tune an image model on five photos of my dog", "gemni flsh", "speech to text", "model"]) {
      const { indexes, scanned, documentsRead } = await planOf(await textStatement(q), resultSetSettings(true));
      expect([...scanned], q).not.toContain("tool_search");
      // Search reads only the narrow search documents: never the wide tool rows or the capabilities.
      expect([...scanned], q).not.toContain("tool");
      expect([...scanned], q).not.toContain("capability");
      for (const name of TEXT_INDEXES) expect(indexes, `${q}: ${name}`).toContain(name);
      // The candidates' documents are read by key, never by joining every document (a hash join did).
      expect(documentsRead, q).toBeLessThan(tools / 2);
    }
  });

  // "model" is in most documents: the statistics say so, and its lookups are
  // not made, rather than reading every entry to find it too common.
  it("leaves out lookups the statistics show to be too common", async () => {
    for (const q of ["model", "fine-tune an image model on five photos of my dog"]) {
      const { entriesRead } = await planOf(await textStatement(q), resultSetSettings(true));
      expect(entriesRead, q).toBeLessThanOrEqual(LOOKED_UP_TO * 1.25);
    }
  });

  // The match graph is precomputed: like=/from= read the origins' rows of the
  // neighbour table by its primary key, whatever the catalogue's size.
  it("walks the match graph through the neighbour table's key, reading only the neighbours' documents", async () => {
    const [origin] = await database.prisma.tool.findMany({ where: { slug: "whisper" }, select: { id: true } });
    const query = searchQuerySchema.parse({ like: "whisper" });
    for (const seqscan of [true, false]) {
      const { indexes, scanned, documentsRead } = await planOf(resultSetStatement(graphCandidates([origin!.id]), query, 20), resultSetSettings(false), { seqscan });
      expect(indexes).toContain("tool_neighbour_pkey");
      expect(indexes).toContain("tool_search_pkey");
      expect([...scanned]).not.toContain("tool_search");
      expect(documentsRead).toBeLessThan(100);
    }
  });

  it("lists by filters alone in index order with an early limit, never sorting the catalogue", async () => {
    const listings: { kind?: string; free?: string; tag?: string[]; page?: number }[] = [{}, { kind: "library" }, { free: "yes", tag: ["fine-tuning"] }, { page: 3 }];
    for (const filters of listings) {
      const query = searchQuerySchema.parse(filters);
      const { indexes, scanned, documentsRead } = await planOf(listingStatement(query, 20, null, await tagIds(query.tag)), LISTING_SETTINGS);
      // A tag may be rare enough that its own index is better; the reads stay bounded either way.
      if (filters.tag === undefined) expect(indexes, JSON.stringify(filters)).toContain("tool_search_listing_idx");
      expect([...scanned], JSON.stringify(filters)).not.toContain("tool");
      // The best FACETED_RESULTS, and counting stops past LISTED_COUNTED.
      expect(documentsRead, JSON.stringify(filters)).toBeLessThanOrEqual(1001 * 2);
    }
  });

  it("orders a category by price through the price index", async () => {
    const query = searchQuerySchema.parse({ q: "llm", sort: "price" });
    const { indexes, scanned } = await planOf(listingStatement(query, 20, { category: "llm", unit: "per_1m_input_tokens", below: null }, []), LISTING_SETTINGS);
    expect(indexes).toContain("tool_search_price_listing_idx");
    expect([...scanned]).not.toContain("tool_search");
  });

  it("suggests from prefix indexes", async () => {
    for (const typed of ["n", "nimbus stu", "gemi", "midjurn"]) {
      for (const { statement, settings } of suggestStatements(typed)) {
        const { scanned, documentsRead } = await planOf(statement, settings ?? { matchesText: false, plannedPerValues: true }, { seqscan: false });
        // Only the capability tags, a vocabulary of a few dozen rows, are read whole.
        expect([...scanned].filter((table) => table !== "capability_tag"), typed).toEqual([]);
        expect(documentsRead, typed).toBeLessThanOrEqual(101);
      }
    }
  });

  // The bad plan this guards against: every tagging of every matching tag (35,000 rows at 10,000 tools) hashed first.
  it("reads a page's details, its matching capabilities and their tags by key", async () => {
    const ids = (await database.prisma.tool.findMany({ take: 20, orderBy: { id: "desc" }, select: { id: true } })).map((tool) => tool.id);
    for (const q of ["image generation", "fine-tune an image model on five photos of my dog", "speech to text"]) {
      const plan = await planAsRun(database.prisma, pageDetailsStatement(ids, parseSearchText(q)!, []), HITS_SETTINGS);
      let mostRowsPerScan = 0;
      walk(plan, (node) => {
        expect([node["Relation Name"], node["Node Type"]], q).not.toEqual(["capability", "Seq Scan"]);
        expect([node["Relation Name"], node["Node Type"]], q).not.toEqual(["capability_tagging", "Seq Scan"]);
        if (node["Relation Name"] === "capability" || node["Relation Name"] === "capability_tagging") mostRowsPerScan = Math.max(mostRowsPerScan, node["Actual Rows"] ?? 0);
      });
      // Twenty tools' capabilities (10 each), and a handful of taggings per capability.
      expect(mostRowsPerScan, q).toBeLessThanOrEqual(20 * 10);
    }
  });

  it("files retired and archived tools as gone, as lib/lifecycle.ts says", async () => {
    const rows = await database.prisma.$queryRaw<{ status: string; gone: boolean }[]>`SELECT DISTINCT status, gone FROM tool_search`;
    expect(rows.some((row) => row.gone)).toBe(GONE_STATUSES.length > 0);
    for (const row of rows) expect(row.gone, row.status).toBe(isGone(row.status as (typeof GONE_STATUSES)[number]));
  });
});
