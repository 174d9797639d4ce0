import { db } from "@/lib/db/client";
import { retryOnDroppedConnection } from "@/lib/db/retry";
import { comparisonKey } from "./pair-key";
import type { Visitor } from "./visitor";

export { comparisonKey };

/**
 * Counts one view of a comparison by `visitor`, at most once a day: the
 * first view of the day adds 1 to `times_matched` of every tool shown and to
 * the comparison's views, and 1 to its reach when the address is new for the
 * day too. Returns whether it counted. One statement, so it is atomic; the
 * unique keys of today's visit rows make concurrent views of one visitor
 * count once and concurrent views of different visitors count each.
 *
 * Deadlocks are impossible because every view takes its locks in one global
 * order: the visit row, the reach row, the tool rows sorted by id (the FOR
 * UPDATE subquery), then the comparison row (the INSERT reads `bumped`).
 */
export async function recordComparisonView(slugs: readonly string[], visitor: Visitor): Promise<boolean> {
  const sorted = [...new Set(slugs)].sort();
  if (sorted.length < 2) return false;
  const key = comparisonKey(sorted);
  // A dropped connection aborts the statement before it commits; trying once more cannot count twice (the visit row is unique).
  const counted = await retryOnDroppedConnection(() => db().$queryRaw<{ views: number }[]>`
    WITH visit AS (
      INSERT INTO comparison_visit (day, pair_key, visitor) VALUES (${visitor.day}::date, ${key}, ${visitor.visitor})
      ON CONFLICT DO NOTHING RETURNING 1
    ), reach AS (
      INSERT INTO comparison_reach (day, pair_key, address) SELECT ${visitor.day}::date, ${key}, ${visitor.address} FROM visit
      ON CONFLICT DO NOTHING RETURNING 1
    ), bumped AS (
      UPDATE tool SET times_matched = times_matched + 1
      WHERE id IN (SELECT id FROM tool WHERE slug = ANY(${sorted}::text[]) AND published AND EXISTS (SELECT 1 FROM visit) ORDER BY id FOR UPDATE)
      RETURNING id
    )
    INSERT INTO comparison_view (pair_key, slugs, views, reach, updated_at)
    SELECT ${key}, ${sorted}::text[], 1, (SELECT count(*)::int FROM reach), now() FROM (SELECT count(*) FROM bumped) AS done
    WHERE EXISTS (SELECT 1 FROM visit)
    ON CONFLICT (pair_key) DO UPDATE SET views = comparison_view.views + 1, reach = comparison_view.reach + EXCLUDED.reach, updated_at = now()
    RETURNING views`);
  return counted.length > 0;
}
