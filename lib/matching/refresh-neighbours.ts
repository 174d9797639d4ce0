import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { loadStoredInput, storeInput } from "./link-input";
import { loadLinkTools, loadPairReach, loadTagNames } from "./load";
import { prepareGraph, type Neighbour, type PreparedGraph } from "./neighbours";
import { inputChange, listsToRecompute, type GraphInput, type ListSummary } from "./refresh-plan";

type Client = PrismaClient | Prisma.TransactionClient;
type StoredRow = { tool_id: number; neighbour_id: number; strength: number; shared_tags: string[]; reason: string };

const INSERT_BATCH = 5000;
const fingerprint = (links: readonly Pick<Neighbour, "id" | "strength" | "sharedTags" | "reason">[]) =>
  JSON.stringify(links.map((link) => [link.id, link.strength, link.sharedTags, link.reason]));

/** Fingerprints of the stored lists of `ids` (every list when omitted). */
async function storedLists(client: Client, ids?: readonly number[]): Promise<Map<number, string>> {
  const only = ids ? Prisma.sql`WHERE tool_id = ANY(${[...ids]}::int[])` : Prisma.empty;
  const rows = await client.$queryRaw<StoredRow[]>`SELECT tool_id, neighbour_id, strength, shared_tags, reason FROM tool_neighbour ${only} ORDER BY tool_id, position`;
  const lists = new Map<number, StoredRow[]>();
  for (const row of rows) {
    const list = lists.get(row.tool_id);
    if (list) list.push(row);
    else lists.set(row.tool_id, [row]);
  }
  return new Map([...lists].map(([id, list]) => [id, fingerprint(list.map((row) => ({ id: row.neighbour_id, strength: row.strength, sharedTags: row.shared_tags, reason: row.reason })))]));
}

async function listSummaries(client: Client): Promise<Map<number, ListSummary>> {
  const rows = await client.$queryRaw<{ id: number; length: number; last: number }[]>`
    SELECT tool_id AS id, count(*)::int AS length, min(strength) AS last FROM tool_neighbour GROUP BY tool_id`;
  return new Map(rows.map((row) => [row.id, { length: row.length, last: row.last }]));
}

/** Whether a tool that left the catalogue was deleted rather than unpublished: its rows in other lists went with it (cascade), so nothing says which lists held it. */
async function anyDeleted(client: Client, ids: readonly number[]): Promise<boolean> {
  if (ids.length === 0) return false;
  const [{ present }] = await client.$queryRaw<[{ present: number }]>`SELECT count(*)::int AS present FROM tool WHERE id = ANY(${[...ids]}::int[])`;
  return present < ids.length;
}

async function listing(client: Client, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await client.$queryRaw<{ id: number }[]>`SELECT DISTINCT tool_id AS id FROM tool_neighbour WHERE neighbour_id = ANY(${[...ids]}::int[])`;
  return new Set(rows.map((row) => row.id));
}

async function writeLists(client: Client, lists: ReadonlyMap<number, Neighbour[]>, drop: readonly number[]) {
  const ids = [...lists.keys(), ...drop];
  if (ids.length) await client.$executeRaw`DELETE FROM tool_neighbour WHERE tool_id = ANY(${ids}::int[])`;
  const rows = [...lists].flatMap(([id, list]) =>
    list.map((link, position) => ({ tool_id: id, position, neighbour_id: link.id, strength: link.strength, shared_tags: link.sharedTags, reason: link.reason })),
  );
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    const batch = JSON.stringify(rows.slice(start, start + INSERT_BATCH));
    await client.$executeRaw`
      INSERT INTO tool_neighbour (tool_id, position, neighbour_id, strength, shared_tags, reason)
      SELECT tool_id, position, neighbour_id, strength, shared_tags, reason
      FROM json_to_recordset(${batch}::json) AS r(tool_id int, position int, neighbour_id int, strength float8, shared_tags text[], reason text)`;
  }
}

export type NeighbourRefresh = {
  /** Slugs whose list changed: whose pages to expire. */
  changed: string[];
  /** How many lists were computed: every published tool's on a full refresh. */
  recomputed: number;
  full: boolean;
  timings: { loadMs: number; computeMs: number; writeMs: number };
};

type Plan = {
  /** The tools whose lists to compute, and the catalogue indexed to compute them (none when there is nothing to compute). */
  ids: Set<number>;
  graph: PreparedGraph | null;
  /** Null on a full refresh; else the tools no longer published and those whose stored input row to rewrite. */
  partial: { gone: number[]; inputs: number[] } | null;
};

/** Which lists to compute: every one, or (incremental) those the change since the stored input can reach. */
async function plan(client: Client, before: GraphInput, after: GraphInput, full: boolean): Promise<Plan> {
  const index = () => prepareGraph(after.tools, { tagNames: after.tagNames, reach: after.reach });
  const change = full ? ({ full: true, why: "asked for" } as const) : inputChange(before, after);
  if (change.full || (await anyDeleted(client, change.gone))) return { ids: new Set(after.tools.map((tool) => tool.id)), graph: index(), partial: null };
  const partial = { gone: change.gone, inputs: change.inputs };
  if (change.moved.size + change.own.size + change.gone.length === 0) return { ids: new Set(), graph: null, partial };
  const graph = index();
  const listed = await listing(client, [...change.moved, ...change.gone]);
  const summaries = change.moved.size ? await listSummaries(client) : new Map<number, ListSummary>();
  return { ids: listsToRecompute(graph, change.moved, change.own, listed, summaries), graph, partial };
}

/**
 * Brings the neighbour table up to date with the published catalogue and the
 * comparisons people opened. Incremental by default: diffs the catalogue
 * against the input the stored lists were computed from (tool_link_input …)
 * and recomputes only the lists that diff can change (lib/matching/
 * refresh-plan.ts), which gives exactly what a full recompute (`full`) gives.
 * Rewrites only lists that changed (membership, order, strength to 3
 * decimals, shared tags or reason), drops those of tools no longer published,
 * and returns the slugs whose list changed. Run inside the write that
 * changed the catalogue (same lock, same transaction).
 */
export async function refreshNeighbours(client: Client, options: { full?: boolean } = {}): Promise<NeighbourRefresh> {
  const run = async (tx: Client): Promise<NeighbourRefresh> => {
    const started = performance.now();
    // One after another: inside a transaction they share one connection anyway, and Prisma can lose a result of concurrent ones there.
    const after: GraphInput = { tools: await loadLinkTools(tx), tagNames: await loadTagNames(tx), reach: await loadPairReach(tx) };
    const before = await loadStoredInput(tx);
    const loaded = performance.now();
    const { graph, ids, partial } = await plan(tx, before, after, options.full ?? false);
    const computed = new Map<number, Neighbour[]>();
    graph?.tools.forEach((tool, i) => ids.has(tool.id) && computed.set(tool.id, graph.neighbours(i)));
    const done = performance.now();
    const stored = await storedLists(tx, partial ? [...ids] : undefined);
    const changed = new Map([...computed].filter(([id, list]) => stored.get(id) !== fingerprint(list)));
    const published = new Set(after.tools.map((tool) => tool.id));
    await writeLists(tx, changed, partial ? partial.gone : [...stored.keys()].filter((id) => !published.has(id)));
    await storeInput(tx, before, after, partial?.inputs);
    const written = performance.now();
    const slugs = after.tools.filter((tool) => changed.has(tool.id)).map((tool) => tool.slug);
    return { changed: slugs, recomputed: ids.size, full: !partial, timings: { loadMs: loaded - started, computeMs: done - loaded, writeMs: written - done } };
  };
  return "$transaction" in client ? client.$transaction(run, { timeout: 600_000, maxWait: 30_000 }) : run(client);
}
