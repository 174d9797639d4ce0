import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchQuerySchema } from "@/lib/schemas/search";
import { allCandidates, graphCandidates, textCandidates, TYPO_THRESHOLD } from "@/lib/search/candidates";
import { resultSetStatement, searchSettings } from "@/lib/search/result-set";
import { parseSearchText } from "@/lib/search/terms";
import { createSearchFixture } from "../support/search-fixture";
import { addSyntheticTools } from "../support/synthetic-catalogue";
import { useTestDatabase } from "../support/test-database";

const TEXT_INDEXES = ["tool_search_document_idx", "tool_search_name_document_idx", "tool_search_tag_ids_idx", "tool_search_name_trgm_idx", "tool_search_vendor_trgm_idx"];

type PlanNode = { "Index Name"?: string; "Node Type"?: string; "Relation Name"?: string; Plans?: PlanNode[]; [key: string]: unknown };

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

  /** The plan of a statement under the settings searches run with (`seqscan: false`: whether it can use the indexes at all, on a small table). */
  async function planOf(statement: Prisma.Sql, { seqscan = true } = {}) {
    const prisma = database.prisma;
    const results = await prisma.$transaction([
      ...searchSettings(TYPO_THRESHOLD).map((setting) => prisma.$queryRaw(setting)),
      ...(seqscan ? [] : [prisma.$queryRaw(Prisma.sql`SELECT set_config('enable_seqscan', 'off', true)`)]),
      prisma.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${statement}`),
    ]);
    const rows = results.at(-1) as { "QUERY PLAN": [{ Plan: PlanNode }] }[];
    const indexes = new Set<string>();
    const scanned = new Set<string>();
    walk(rows[0]!["QUERY PLAN"][0].Plan, (node) => {
      if (node["Index Name"]) indexes.add(node["Index Name"]);
      if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) scanned.add(node["Relation Name"]);
    });
    return { indexes, scanned };
  }

  const textStatement = (q: string) => resultSetStatement(textCandidates(parseSearchText(q)!), searchQuerySchema.parse({ q }), 20);

  it("searches text through the document, name, tag and trigram indexes, never reading tool_search whole", async () => {
    expect(tools).toBeGreaterThan(3000);
    for (const q of ["dreambooth", "fine-tune an image model on five photos of my dog", "gemni flsh", "speech to text"]) {
      const { indexes, scanned } = await planOf(textStatement(q));
      expect([...scanned], q).not.toContain("tool_search");
      // Search reads only the narrow search documents: never the wide tool rows or the capabilities.
      expect([...scanned], q).not.toContain("tool");
      expect([...scanned], q).not.toContain("capability");
      for (const name of TEXT_INDEXES) expect(indexes, `${q}: ${name}`).toContain(name);
    }
  });

  // The match graph is precomputed: like=/from= read the origins' rows of the
  // neighbour table by its primary key, whatever the catalogue's size.
  it("walks the match graph through the neighbour table's key", async () => {
    const [origin] = await database.prisma.tool.findMany({ where: { slug: "whisper" }, select: { id: true } });
    const query = searchQuerySchema.parse({ like: "whisper" });
    const { indexes } = await planOf(resultSetStatement(graphCandidates([origin!.id]), query, 20), { seqscan: false });
    expect(indexes).toContain("tool_neighbour_pkey");
  });

  it("lists by filters alone from the search table, without the tool table", async () => {
    const { scanned } = await planOf(resultSetStatement(allCandidates(), searchQuerySchema.parse({ kind: "library" }), 20));
    expect([...scanned]).not.toContain("tool");
  });
});
