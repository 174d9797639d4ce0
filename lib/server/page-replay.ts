import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { cacheState, outdated, tagTimes } from "@/lib/cache/handlers/shared-state.mjs";
import { catalogueViewPath } from "@/lib/routing/catalogue-view";

// Pages at the speed of static files. A full page that Next answered from its
// page cache (x-nextjs-cache: HIT) is kept as the bytes and headers Next sent,
// and later requests for the same path and Accept-Encoding are answered with
// them before Next sees the request, for as long as the page-cache entry they
// came from is current: its tags are checked as the page cache checks them
// (through Redis when instances share it) and its revalidate time is kept, so
// an edit shows on the next request exactly as it does through Next. Anything
// else (RSC and prefetch requests, server actions, admin and API paths, other
// methods, and every response Next did not take from its page cache) goes to
// Next. A cached page costs Next ~4 ms of CPU per request; a replay costs a
// header check and one write.

/** Memory for replayed responses, least recently used evicted past it (the bodies duplicate page-cache entries). */
const BUDGET_BYTES = 32 * 1024 * 1024;
/** Larger pages are left to Next. */
const MAX_BODY_BYTES = 1024 * 1024;
/** Marks a replayed response, so tests and operators can tell it from one of Next's. */
export const REPLAY_HEADER = "x-page-replay";

/** Headers of the connection or of this one response, not of the page. */
const NOT_REPLAYED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);
/** Request headers with which Next answers something other than the page's HTML. */
const NEXT_REQUEST_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "next-url"];

/** `path`: the page-cache path the response came from (proxy.ts serves /tools?… from one cached view per filter state). */
type Replay = { path: string; headers: OutgoingHttpHeaders; body: Buffer; capturedAt: number };
type State = { replays: Map<string, Replay>; bytes: number };
// On globalThis: instrumentation and the route bundles each have a copy of this module.
const state: State = ((globalThis as { toolmatchPageReplays?: State }).toolmatchPageReplays ??= { replays: new Map(), bytes: 0 });

/** The replay key of a request that only ever gets a page's HTML (URL and encoding), or null for anything Next must answer. */
export function replayKey(method: string | undefined, url: string | undefined, headers: IncomingMessage["headers"]): string | null {
  if ((method !== "GET" && method !== "HEAD") || !url?.startsWith("/") || url.startsWith("//")) return null;
  if (/^\/(admin|api|_next)(\/|\?|$)/.test(url) || NEXT_REQUEST_HEADERS.some((name) => headers[name] !== undefined)) return null;
  return `${url} ${headers["accept-encoding"] ?? ""}`;
}

/** The page-cache path that answers a URL: its path, or for /tools the cached view of its filters. */
export function pagePathOf(url: string): string {
  const [pathname = "/", search = ""] = url.split("?", 2);
  return pathname === "/tools" ? catalogueViewPath(new URLSearchParams(search)) : pathname;
}

function forget(key: string): void {
  const replay = state.replays.get(key);
  if (!replay) return;
  state.replays.delete(key);
  state.bytes -= replay.body.length;
}

function keep(key: string, replay: Replay): void {
  forget(key);
  state.replays.set(key, replay);
  state.bytes += replay.body.length;
  for (const oldest of state.replays.keys()) {
    if (state.bytes <= BUDGET_BYTES) break;
    forget(oldest);
  }
}

/** Whether the page-cache entry a replay came from is still the one Next would serve, fresh. */
async function stillCurrent(replay: Replay): Promise<boolean> {
  const { pages, paths, redis, local } = cacheState();
  const entry = pages.get(paths.get(replay.path) ?? "");
  if (!entry || entry.lastModified > replay.capturedAt) return false;
  const revalidate = (entry.cacheControl as { revalidate?: number | false } | undefined)?.revalidate;
  if (typeof revalidate === "number" && Date.now() - entry.lastModified > revalidate * 1000) return false;
  const times = redis ? await tagTimes(entry.tags) : entry.tags.map((tag) => local.get(tag) ?? {});
  return !outdated(times, entry.lastModified);
}

/**
 * Answers the request from a replay when it has a current one. `false` at once
 * (no replay: Next answers, with no delay), or a promise of whether it answered.
 * A request left to Next has what Next sends kept for next time.
 */
export function answerFromReplay(request: IncomingMessage, response: ServerResponse): false | Promise<boolean> {
  const key = replayKey(request.method, request.url, request.headers);
  const replay = key ? state.replays.get(key) : undefined;
  if (!key || !replay) {
    if (key) captureForReplay(key, request, response);
    return false;
  }
  return stillCurrent(replay).then((current) => {
    if (!current) {
      forget(key);
      captureForReplay(key, request, response);
      return false;
    }
    state.replays.delete(key); // most recently used goes last
    state.replays.set(key, replay);
    response.writeHead(200, { ...replay.headers, "content-length": replay.body.length, [REPLAY_HEADER]: "hit" });
    response.end(request.method === "HEAD" ? undefined : replay.body);
    return true;
  });
}

/** Keeps what Next sends for a page request it answers from its page cache, to replay it next time. */
function captureForReplay(key: string, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== "GET") return;
  const capturedAt = Date.now();
  const chunks: Buffer[] = [];
  let size = 0;
  let replayable: boolean | undefined;
  const record = (chunk: unknown, encoding: unknown) => {
    // The headers are final by the first byte of the body: a page Next rendered now is not copied at all.
    replayable ??= response.statusCode === 200 && response.getHeader("x-nextjs-cache") === "HIT";
    if (!replayable || chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_BODY_BYTES) return;
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    size += bytes.length;
    chunks.push(bytes);
  };
  const { write, end } = response;
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    record(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    record(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse["end"];
  response.once("finish", () => {
    const headers = response.getHeaders();
    // A response that sets a cookie belongs to one visitor: never replayed to others.
    if (!replayable || headers["set-cookie"] !== undefined) return;
    if (size > MAX_BODY_BYTES || !String(headers["content-type"]).startsWith("text/html")) return;
    const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !NOT_REPLAYED.has(name)));
    keep(key, { path: pagePathOf(request.url!), headers: kept, body: Buffer.concat(chunks, size), capturedAt });
  });
}
