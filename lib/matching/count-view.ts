import { NextResponse } from "next/server";
import { viewBeaconPath } from "@/lib/compare-url";
import { resolveComparisonSegment } from "@/lib/comparison/load";
import { siteUrl } from "@/lib/env";
import { requestClientAddress } from "@/lib/http/request-address";
import { countsAsMatch } from "./counts-as-match";
import { recordComparisonView } from "./record-view";
import { identifyVisitor } from "./visitor";

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

function pixel(status = 200): NextResponse {
  return new NextResponse(status === 200 ? PIXEL : null, {
    status,
    headers: { "content-type": "image/gif", "cache-control": "no-store", "x-robots-tag": "noindex" },
  });
}

/**
 * Counts a view reported by a comparison page's beacon, once per visitor per
 * comparison per day (lib/matching/record-view.ts). Unknown or non-canonical
 * comparisons answer 404; requests that do not count, and database errors,
 * still get the pixel: the page never shows a broken image.
 */
export async function countView(request: Request, segment: string): Promise<NextResponse> {
  const resolution = await resolveComparisonSegment(segment).catch(() => null);
  if (resolution && (resolution.kind !== "compare" || viewBeaconPath(resolution.canonicalPath) !== `/api/views/${segment}`)) return pixel(404);
  if (!resolution || !countsAsMatch(request.method, request.headers, siteUrl())) return pixel();
  try {
    const visitor = await identifyVisitor(requestClientAddress(request.headers) ?? "unknown", request.headers.get("user-agent") ?? "");
    await recordComparisonView(resolution.slugs, visitor);
  } catch (error) {
    console.error(`Could not count a view of ${resolution.canonicalPath}:`, error);
  }
  return pixel();
}
