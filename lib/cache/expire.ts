import { revalidateTag } from "next/cache";
import { recordInvalidation } from "./handlers/shared-state.mjs";

/**
 * Expires cached reads at once, so the very next request reads the database
 * (no stale-while-revalidate). Callable from server actions and route handlers.
 *
 * Next.js applies `revalidateTag` to the cache handlers after a route
 * handler's response is sent; recording the expiry here first, and awaiting
 * it, means that when the caller answers, every instance sharing Redis
 * already treats the tags as expired: the next request anywhere sees the change.
 */
export async function expireTags(tags: readonly string[]): Promise<void> {
  const unique = [...new Set(tags)];
  for (const tag of unique) revalidateTag(tag, { expire: 0 });
  await recordInvalidation(unique, { expire: 0 });
}
