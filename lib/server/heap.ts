/**
 * The old-space limit of a production server process, in MB. Left alone, V8
 * lets a long-running server's heap fill with garbage towards gigabytes
 * before it collects in earnest (one process reached 542 MB after 200 page
 * renders, 398 MB with this limit). What lives in the heap is bounded: 48 MB
 * of rendered pages (lib/cache/handlers/page-cache.mjs), Next's 50 MB of
 * "use cache" data and the published slug list, so 256 MB leaves the live
 * set room while keeping the process under its 512 MB budget.
 */
export const SERVER_HEAP_MB = 256;

/** NODE_OPTIONS for `next start`: the heap limit added unless the operator already set one. */
export function serverNodeOptions(existing = process.env.NODE_OPTIONS ?? ""): string {
  return existing.includes("--max-old-space-size") ? existing : `${existing} --max-old-space-size=${SERVER_HEAP_MB}`.trim();
}
