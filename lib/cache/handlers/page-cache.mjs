// @ts-check
// The full-page (ISR) cache handler, `cacheHandler` in next.config.ts: rendered
// pages kept in this process's memory, least recently used evicted past a
// byte budget (no disk: a crawler walking millions of URLs cannot fill it).
// On every read the entry's tags are checked against the invalidation times
// in shared-state.mjs, which with REDIS_URL are shared by every instance: a
// tool saved on one instance drops its pages on all of them at the next read.
import { cacheState, outdated, recordInvalidation, tagTimes } from "./shared-state.mjs";

// Memory for rendered pages, on top of Next's own "use cache" memory (50 MB): see bench:pages -- --tools for a server's RSS.
const BUDGET_BYTES = 48 * 1024 * 1024;
const TAGS_HEADER = "x-next-cache-tags";

/** @typedef {{ kind?: string; html?: string; rscData?: Buffer; segmentData?: Map<string, Buffer>; postponed?: string; body?: Buffer; headers?: Record<string, unknown> }} CachedValue */

// Entries live in the shared state, so the proxy's bundled copy of this module sees them too.
const state = cacheState();
const entries = state.pages;

/** @param {CachedValue} value */
function sizeOf(value) {
  let size = (value.html?.length ?? 0) + (value.rscData?.length ?? 0) + (value.body?.length ?? 0) + (value.postponed?.length ?? 0);
  for (const segment of value.segmentData?.values() ?? []) size += segment.length;
  return size + 1024;
}

/** The request path of a response key (`/route-cache/APP_PAGE/<route hash>/$/compare/a-vs-b`). @param {string} key */
function pathOf(key) {
  const marker = key.indexOf("/$/");
  if (marker === -1) return null;
  const path = key.slice(marker + 2);
  return path === "/index" ? "/" : path;
}

/** @param {string} key */
function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  state.pageBytes -= entry.size;
  const path = pathOf(key);
  if (path && state.paths.get(path) === key) state.paths.delete(path);
}

/** @param {CachedValue} value @param {string[] | undefined} contextTags */
function tagsOf(value, contextTags) {
  const header = value.headers?.[TAGS_HEADER];
  return [...new Set([...(typeof header === "string" ? header.split(",") : []), ...(contextTags ?? [])])];
}

export default class PageCache {
  /** @param {string} key @param {{ softTags?: string[] }} [context] */
  async get(key, context) {
    const entry = entries.get(key);
    if (!entry) return null;
    if (outdated(await tagTimes([...entry.tags, ...(context?.softTags ?? [])]), entry.lastModified)) {
      remove(key);
      return null;
    }
    entries.delete(key); // most recently used goes last
    entries.set(key, entry);
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  /** @param {string} key @param {CachedValue | null} value @param {{ tags?: string[]; cacheControl?: unknown }} [context] */
  async set(key, value, context) {
    remove(key);
    if (!value) return;
    const entry = { value, lastModified: Date.now(), tags: tagsOf(value, context?.tags), size: sizeOf(value), cacheControl: context?.cacheControl };
    entries.set(key, entry);
    state.pageBytes += entry.size;
    const path = value.kind === "APP_PAGE" ? pathOf(key) : null;
    if (path) state.paths.set(path, key);
    for (const oldest of entries.keys()) {
      if (state.pageBytes <= BUDGET_BYTES) break;
      remove(oldest);
    }
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    await recordInvalidation(Array.isArray(tags) ? tags : [tags], durations);
  }

  resetRequestCache() {}
}

/**
 * Whether a rendered page for `path` is in this process's cache and, as far
 * as this process knows, still current (the proxy's 503 decision).
 * @param {string} path
 */
export function isPageCached(path) {
  const key = state.paths.get(path);
  const entry = key ? entries.get(key) : undefined;
  return entry !== undefined && !outdated(entry.tags.map((tag) => state.local.get(tag) ?? {}), entry.lastModified);
}
