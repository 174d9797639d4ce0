import { db } from "@/lib/db/client";

/** The key of a comparison in `comparison_view`: its slugs, sorted, joined by commas (slugs never contain one). */
export function comparisonKey(slugs: readonly string[]): string {
  return [...new Set(slugs)].sort().join(",");
}

/**
 * Counts one view of a comparison page: +1 on `times_matched` of every tool
 * shown, +1 on the comparison's views. One statement, so it is atomic and
 * costs one round trip; concurrent views never lose an increment because each
 * increment happens under the row lock.
 *
 * Deadlocks are impossible because every view takes its locks in the same
 * global order: the tool rows sorted by id (the FOR UPDATE subquery), then the
 * comparison row (the INSERT reads `bumped`, so it runs after the UPDATE).
 */
export async function recordComparisonView(slugs: readonly string[]): Promise<void> {
  const sorted = [...new Set(slugs)].sort();
  if (sorted.length < 2) return;
  await db().$executeRaw`
    WITH bumped AS (
      UPDATE tool SET times_matched = times_matched + 1
      WHERE id IN (SELECT id FROM tool WHERE slug = ANY(${sorted}::text[]) AND published ORDER BY id FOR UPDATE)
      RETURNING id
    )
    INSERT INTO comparison_view (pair_key, slugs, views, updated_at)
    SELECT ${comparisonKey(sorted)}, ${sorted}::text[], 1, now() FROM (SELECT count(*) FROM bumped) AS done
    ON CONFLICT (pair_key) DO UPDATE SET views = comparison_view.views + 1, updated_at = now()`;
}
