import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { loadLinkTools, loadPairReach, loadTagNames } from "./load";
import { computeNeighbours, type Neighbour } from "./neighbours";

type Client = PrismaClient | Prisma.TransactionClient;
type StoredRow = { tool_id: number; neighbour_id: number; strength: number; shared_tags: string[]; reason: string };

const INSERT_BATCH = 5000;
const fingerprint = (links: readonly Pick<Neighbour, "id" | "strength" | "sharedTags" | "reason">[]) =>
  JSON.stringify(links.map((link) => [link.id, link.strength, link.sharedTags, link.reason]));

async function storedLists(client: Client): Promise<Map<number, string>> {
  const rows = await client.$queryRaw<StoredRow[]>`SELECT tool_id, neighbour_id, strength, shared_tags, reason FROM tool_neighbour ORDER BY tool_id, position`;
  const lists = new Map<number, StoredRow[]>();
  for (const row of rows) {
    const list = lists.get(row.tool_id);
    if (list) list.push(row);
    else lists.set(row.tool_id, [row]);
  }
  return new Map([...lists].map(([id, list]) => [id, fingerprint(list.map((row) => ({ id: row.neighbour_id, strength: row.strength, sharedTags: row.shared_tags, reason: row.reason })))]));
}

export type NeighbourRefresh = { changed: string[]; timings: { loadMs: number; computeMs: number; writeMs: number } };

/**
 * Brings the neighbour table up to date with the published catalogue and the
 * comparisons people opened: computes every tool's closest tools, then
 * rewrites only the tools whose list changed (membership, order, strength to
 * 3 decimals, shared tags or reason) and drops the lists of tools no longer
 * published. Returns the slugs whose list changed, whose pages to expire.
 * Run inside the write that changed the catalogue (same lock, same transaction).
 */
export async function refreshNeighbours(client: Client): Promise<NeighbourRefresh> {
  const started = performance.now();
  // One after another: inside a transaction they share one connection anyway, and Prisma can lose a result of concurrent ones there.
  const tools = await loadLinkTools(client);
  const tagNames = await loadTagNames(client);
  const reach = await loadPairReach(client);
  const stored = await storedLists(client);
  const loaded = performance.now();
  const computed = computeNeighbours(tools, { tagNames, reach });
  const done = performance.now();
  const changed = tools.filter((tool) => stored.get(tool.id) !== fingerprint(computed.get(tool.id) ?? []));
  const published = new Set(tools.map((tool) => tool.id));
  const gone = [...stored.keys()].filter((id) => !published.has(id));
  const ids = [...changed.map((tool) => tool.id), ...gone];
  if (ids.length) await client.$executeRaw`DELETE FROM tool_neighbour WHERE tool_id = ANY(${ids}::int[])`;
  const rows = changed.flatMap((tool) =>
    (computed.get(tool.id) ?? []).map((link, position) => ({ tool_id: tool.id, position, neighbour_id: link.id, strength: link.strength, shared_tags: link.sharedTags, reason: link.reason })),
  );
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    const batch = JSON.stringify(rows.slice(start, start + INSERT_BATCH));
    await client.$executeRaw`
      INSERT INTO tool_neighbour (tool_id, position, neighbour_id, strength, shared_tags, reason)
      SELECT tool_id, position, neighbour_id, strength, shared_tags, reason
      FROM json_to_recordset(${batch}::json) AS r(tool_id int, position int, neighbour_id int, strength float8, shared_tags text[], reason text)`;
  }
  const written = performance.now();
  return { changed: changed.map((tool) => tool.slug), timings: { loadMs: loaded - started, computeMs: done - loaded, writeMs: written - done } };
}
