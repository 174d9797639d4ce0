import { revalidateTag } from "next/cache";

/**
 * Expires cached reads at once, so the very next request reads the database
 * (no stale-while-revalidate). Callable from server actions and route handlers.
 */
export function expireTags(tags: readonly string[]): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
