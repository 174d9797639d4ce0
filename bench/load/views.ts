import type autocannon from "autocannon";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { comparisonPath, viewBeaconPath } from "@/lib/compare-url";
import { comparisonKey } from "@/lib/matching/record-view";

// What "a view" is for the load check, in one place: the request a reader's
// visit makes that counts it, and where the database keeps the count. The
// check itself (views made = views counted) does not depend on either.

/** A browser's user agent: crawlers are not counted. */
export const READER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

let visitors = 0;

/**
 * The request that counts one view of the comparison of `pair`: the page's
 * beacon, asked for by a page of the site, each time by a new visitor (a user
 * agent of its own), since a visitor counts once a day.
 */
export function viewRequest(pair: [string, string]): autocannon.Request {
  return {
    method: "GET" as const,
    path: viewBeaconPath(comparisonPath(pair)),
    setupRequest: (request: autocannon.Request) => {
      visitors += 1;
      return { ...request, headers: { ...request.headers, "user-agent": `${READER_AGENT} load-visitor/${visitors}`, "sec-fetch-site": "same-origin" } };
    },
  };
}

/** The views the database has counted for `pair`. */
export async function countedViews(prisma: PrismaClient, pair: [string, string]): Promise<number> {
  return (await prisma.comparisonView.findUnique({ where: { pairKey: comparisonKey(pair) } }))?.views ?? 0;
}
