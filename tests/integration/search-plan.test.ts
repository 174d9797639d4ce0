import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchQuerySchema } from "@/lib/schemas/search";
import { graphCandidates, textCandidates, TRIGRAM_THRESHOLD } from "@/lib/search/candidates";
import { resultSetStatement } from "@/lib/search/result-set";
import { parseSearchText } from "@/lib/search/terms";
import { addSyntheticTools } from "../support/synthetic-catalogue";
import { useTestDatabase } from "../support/test-database";

const TEXT_INDEXES = ["tool_search_vector_idx", "tool_capability_vector_idx", "tool_tag_ids_idx", "tool_name_trgm_idx", "tool_vendor_trgm_idx"];
const SEARCH_INDEXES = [...TEXT_INDEXES, "capability_tag_search_vector_idx"];

type PlanNode = { "Index Name"?: string; Plans?: PlanNode[]; [key: string]: unknown };

function indexNames(node: PlanNode, found = new Set<string>()): Set<string> {
  if (node["Index Name"]) found.add(node["Index Name"]);
  for (const child of node.Plans ?? []) indexNames(child, found);
  for (const value of Object.values(node)) {
    if (value && typeof value === "object" && !Array.isArray(value) && "Node Type" in value) indexNames(value as PlanNode, found);
  }
  return found;
}

describe("search query plans", () => {
  const database = useTestDatabase("seeded");
  let tools = 0;

  // A catalogue big enough that the planner prefers the indexes on its own.
  beforeAll(async () => {
    tools = await addSyntheticTools(database.prisma, 3000, 10);
  }, 120_000);

  async function planOf(statement: Prisma.Sql, { seqscan = true } = {}): Promise<{ indexes: Set<string>; text: string }> {
    const prisma = database.prisma;
    const [, , rows] = await prisma.$transaction([
      prisma.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(TRIGRAM_THRESHOLD)}, true)`,
      prisma.$queryRaw`SELECT set_config('enable_seqscan', ${seqscan ? "on" : "off"}, true)`,
      prisma.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${statement}`),
    ]);
    const plan = rows[0]!["QUERY PLAN"][0].Plan;
    return { indexes: indexNames(plan), text: JSON.stringify(plan) };
  }

  const textStatement = (q: string) => resultSetStatement(textCandidates(parseSearchText(q)!), searchQuerySchema.parse({ q }), 20);

  it("searches text through the full-text and trigram indexes on a catalogue of thousands", async () => {
    expect(tools).toBeGreaterThan(3000);
    for (const q of ["dreambooth", "fine-tune an image model on five photos of my dog", "gemni flash"]) {
      const { indexes, text } = await planOf(textStatement(q));
      expect(text, q).not.toMatch(/"Node Type":"Seq Scan","Parent Relationship":"\w+","Parallel Aware":\w+,"Async Capable":\w+,"Relation Name":"tool"/);
      for (const name of TEXT_INDEXES) expect(indexes, `${q}: ${name}`).toContain(name);
    }
  });

  it("can use every search index (the tiny tag table is scanned whole unless told otherwise)", async () => {
    const { indexes } = await planOf(textStatement("speech to text"), { seqscan: false });
    for (const name of SEARCH_INDEXES) expect(indexes).toContain(name);
  });

  // The match graph is precomputed: like=/from= read the origins' rows of the
  // neighbour table by its primary key, whatever the catalogue's size.
  it("walks the match graph through the neighbour table's key", async () => {
    const [origin] = await database.prisma.tool.findMany({ where: { slug: "whisper" }, select: { id: true } });
    const query = searchQuerySchema.parse({ like: "whisper" });
    const { indexes } = await planOf(resultSetStatement(graphCandidates([origin!.id]), query, 20), { seqscan: false });
    expect(indexes).toContain("tool_neighbour_pkey");
  });
});
