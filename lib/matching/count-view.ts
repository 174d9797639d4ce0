import { headers } from "next/headers";
import { after, connection } from "next/server";
import { countsAsMatch } from "./counts-as-match";
import { recordComparisonView } from "./record-view";

/**
 * Call while rendering a comparison page: counts the view after the response
 * has been sent, so counting never delays the page (and a failed write only
 * logs). Prefetches and crawlers are not counted.
 *
 * `connection()` comes first because with Partial Prefetching Next.js renders
 * the page a second time per request (a runtime prefetch embedded in the
 * HTML). That render stops before request-time-only work, so waiting for the
 * connection keeps it from counting the view again.
 */
export async function countComparisonView(slugs: readonly string[]): Promise<void> {
  await connection();
  if (!countsAsMatch(await headers())) return;
  const shown = [...slugs];
  after(async () => {
    try {
      await recordComparisonView(shown);
    } catch (error) {
      console.error(`Could not count a view of ${shown.join(", ")}:`, error);
    }
  });
}
