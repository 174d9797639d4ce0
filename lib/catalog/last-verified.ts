import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A tool's "last verified" is the newest day any of its facts was checked
 * (status, prices, signals, structured facts): derived on every write, never typed.
 */
export async function refreshLastVerified(tx: Prisma.TransactionClient, toolIds: readonly number[]): Promise<void> {
  if (toolIds.length === 0) return;
  await tx.$executeRaw`
    UPDATE tool t SET last_verified_at = greatest(
      t.status_checked_at,
      (SELECT max(checked_at) FROM price_point WHERE tool_id = t.id),
      (SELECT max(checked_at) FROM score_signal WHERE tool_id = t.id),
      (SELECT max(checked_at) FROM tool_fact WHERE tool_id = t.id),
      (SELECT max(status_checked_at) FROM offer WHERE tool_id = t.id))
    WHERE t.id = ANY(${[...toolIds]}::int[])`;
}
