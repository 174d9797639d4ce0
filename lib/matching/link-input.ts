import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { categoryFromRow, type LifecycleStatus, type ToolKind } from "@/lib/schemas/enums";
import type { GraphInput } from "./refresh-plan";
import { graphStats, type LinkTool, type MatchGraphStats } from "./strength";

type Client = PrismaClient | Prisma.TransactionClient;
type InputRow = { id: number; slug: string; kind: ToolKind; category: string; status: LifecycleStatus; tags: string[] };

/** The input the stored neighbour lists were computed from (tool_link_input, link_tag, link_pair_reach). */
export async function loadStoredInput(client: Client): Promise<GraphInput> {
  const rows = await client.$queryRaw<InputRow[]>`SELECT tool_id AS id, slug, kind, category, status, tags FROM tool_link_input ORDER BY tool_id`;
  const names = await client.$queryRaw<{ slug: string; name: string }[]>`SELECT slug, name FROM link_tag`;
  const reach = await client.$queryRaw<{ key: string; reach: number }[]>`SELECT pair_key AS key, reach FROM link_pair_reach`;
  return {
    tools: rows.map((row) => ({ ...row, name: row.slug, category: categoryFromRow(row.category) })),
    tagNames: new Map(names.map((row) => [row.slug, row.name])),
    reach: new Map(reach.map((row) => [row.key, row.reach])),
  };
}

/**
 * The catalogue-wide counts matchStrength needs, as the stored lists were
 * computed with them: two small reads, whatever the catalogue's size.
 */
export async function loadStoredStats(client: Client): Promise<MatchGraphStats> {
  const tags = await client.$queryRaw<{ slug: string; tools: number }[]>`SELECT slug, tools FROM link_tag WHERE tools > 0`;
  const [{ tools }] = await client.$queryRaw<[{ tools: number }]>`SELECT count(*)::int AS tools FROM tool_link_input`;
  return { toolCount: tools, toolsPerTag: new Map(tags.map((tag) => [tag.slug, tag.tools])) };
}

const sameMap = <V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>) => a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);

/**
 * Records `input` as what the stored lists now reflect: rewrites the rows of
 * `toolIds` (all when omitted), and the tags (names, carriers) and reach when they differ.
 */
export async function storeInput(client: Client, before: GraphInput, input: GraphInput, toolIds?: readonly number[]): Promise<void> {
  const ids = toolIds ?? [...new Set([...before.tools, ...input.tools].map((tool) => tool.id))];
  if (ids.length) {
    const wanted = new Set(ids);
    const rows = input.tools.filter((tool: LinkTool) => wanted.has(tool.id)).map(({ id, slug, kind, category, status, tags }) => ({ id, slug, kind, category, status, tags }));
    await client.$executeRaw`DELETE FROM tool_link_input WHERE tool_id = ANY(${[...ids]}::int[])`;
    await client.$executeRaw`
      INSERT INTO tool_link_input (tool_id, slug, kind, category, status, tags)
      SELECT id, slug, kind, category, status, tags FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(id int, slug text, kind text, category text, status text, tags text[])`;
  }
  const [carriedBefore, carried] = [graphStats(before.tools).toolsPerTag, graphStats(input.tools).toolsPerTag];
  if (!sameMap(before.tagNames, input.tagNames) || !sameMap(carriedBefore, carried)) {
    await client.$executeRaw`DELETE FROM link_tag`;
    const tags = JSON.stringify([...input.tagNames].map(([slug, name]) => ({ slug, name, tools: carried.get(slug) ?? 0 })));
    await client.$executeRaw`INSERT INTO link_tag (slug, name, tools) SELECT slug, name, tools FROM json_to_recordset(${tags}::json) AS r(slug text, name text, tools int)`;
  }
  if (!sameMap(before.reach, input.reach)) {
    await client.$executeRaw`DELETE FROM link_pair_reach`;
    const reach = JSON.stringify([...input.reach].map(([key, value]) => ({ key, reach: value })));
    await client.$executeRaw`INSERT INTO link_pair_reach (pair_key, reach) SELECT key, reach FROM json_to_recordset(${reach}::json) AS r(key text, reach int)`;
  }
}
