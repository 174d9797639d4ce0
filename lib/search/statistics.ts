import { z } from "zod";
import { db } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A lookup the table statistics already show to find more than this many
 * tools is not made at all: it would be too common to score (SCORED_PER_CONCEPT),
 * and reading its index entries (all 70,000 tools holding "model" in a
 * 100,000-tool catalogue) is what grows with the catalogue. Under this many
 * tools in all, nothing is left out.
 */
export const LOOKED_UP_TO = 2000;

/** The document lexemes and capability tags ANALYZE last counted in more than LOOKED_UP_TO search documents. */
export type CommonElements = { lexemes: string[]; tagIds: number[] };

/**
 * How long a process keeps them. They change only when ANALYZE runs (after
 * thousands of changed tools), and reading pg_stats in every search statement
 * cost its planning and a join with a thousand elements.
 */
export const COMMON_ELEMENTS_LIFETIME_MS = 60_000;

/** The catalogue's size as the planner knows it once it is large, else counted exactly. */
export const CATALOGUE_SIZE = Prisma.sql`(SELECT (CASE WHEN c.reltuples >= 1000 THEN c.reltuples ELSE (SELECT count(*) FROM tool_search) END)::float8 FROM pg_class c WHERE c.oid = 'tool_search'::regclass)`;

const rowSchema = z.object({ lexemes: z.array(z.string()), tagIds: z.array(z.string()) });

async function readCommonElements(client: PrismaClient): Promise<CommonElements> {
  const [row] = await client.$queryRaw<unknown[]>`
    SELECT coalesce(array_agg(e.element) FILTER (WHERE stats.attname = 'document'), '{}') AS lexemes,
           coalesce(array_agg(e.element) FILTER (WHERE stats.attname = 'tag_ids'), '{}') AS "tagIds"
    FROM pg_stats stats
    CROSS JOIN LATERAL unnest(stats.most_common_elems::text::text[], stats.most_common_elem_freqs) AS e(element, share)
    WHERE stats.schemaname = current_schema() AND stats.tablename = 'tool_search' AND stats.attname IN ('document', 'tag_ids')
      AND e.element IS NOT NULL AND e.share * ${CATALOGUE_SIZE} > ${LOOKED_UP_TO}`;
  const { lexemes, tagIds } = rowSchema.parse(row);
  return { lexemes, tagIds: tagIds.map(Number) };
}

const cached = new WeakMap<PrismaClient, { readAt: number; elements: Promise<CommonElements> }>();

/** CommonElements of the process's database, read at most once per COMMON_ELEMENTS_LIFETIME_MS. */
export function commonElements(): Promise<CommonElements> {
  const client = db();
  const entry = cached.get(client);
  if (entry && performance.now() - entry.readAt < COMMON_ELEMENTS_LIFETIME_MS) return entry.elements;
  const elements = readCommonElements(client);
  cached.set(client, { readAt: performance.now(), elements });
  // A failed read is not kept: the next search tries again.
  elements.catch(() => {
    if (cached.get(client)?.elements === elements) cached.delete(client);
  });
  return elements;
}
