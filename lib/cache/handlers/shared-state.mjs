// @ts-check
// State shared by the cache handlers (loaded by Next.js from this folder at
// run time, outside the bundles) and the app's own code (proxy, tag expiry):
// tag invalidation times and the page index. It lives on globalThis, so the
// bundled copies of this module and the one Next.js loads share one state.
//
// Without REDIS_URL everything is in this process. With it, invalidation
// times are kept in one Redis hash that every instance reads when it checks
// an entry, so a tag expired on one instance is expired on all of them at
// once. If Redis is unreachable, each instance falls back to what it knows
// (availability first; entries still expire by their lifetimes).
import { Redis } from "ioredis";

const STATE = Symbol.for("toolmatch.cache-state");
const TAGS = "tags";

/** @typedef {{ stale?: number; expired?: number }} TagTimes */
/** @typedef {{ value: Record<string, unknown>; lastModified: number; tags: string[]; size: number; cacheControl?: unknown }} PageEntry */
/** @typedef {{ redis: Redis | null; local: Map<string, TagTimes>; pages: Map<string, PageEntry>; paths: Map<string, string>; pageBytes: number }} CacheState */

/** @returns {CacheState} */
function createState() {
  const url = process.env.REDIS_URL;
  const redis = url
    ? new Redis(url, {
        keyPrefix: process.env.REDIS_PREFIX || "toolmatch:",
        enableAutoPipelining: true,
        maxRetriesPerRequest: 1,
        connectTimeout: 2000,
        commandTimeout: 1000,
      })
    : null;
  let logged = false;
  redis?.on("error", (error) => {
    if (!logged) console.error(`Redis cache unreachable (${error.message}); serving from this process's cache until it returns`);
    logged = true;
  });
  redis?.on("ready", () => (logged = false));
  return { redis, local: new Map(), pages: new Map(), paths: new Map(), pageBytes: 0 };
}

/** @returns {CacheState} */
export function cacheState() {
  const holder = /** @type {Record<symbol, CacheState | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (holder[STATE] ??= createState());
}

/** @param {TagTimes | undefined} a @param {TagTimes | undefined} b @returns {TagTimes} */
function later(a, b) {
  return { stale: Math.max(a?.stale ?? 0, b?.stale ?? 0) || undefined, expired: Math.max(a?.expired ?? 0, b?.expired ?? 0) || undefined };
}

/**
 * Records that `tags` changed now: expired at once without `durations`
 * (what `updateTag` and `revalidateTag(tag, { expire: 0 })` mean), or stale
 * now and expired after `durations.expire` seconds.
 * @param {string[]} tags @param {{ expire?: number }} [durations]
 */
export async function recordInvalidation(tags, durations) {
  const { redis, local } = cacheState();
  const now = Date.now();
  /** @type {TagTimes} */
  const times = durations ? { stale: now, expired: durations.expire === undefined ? undefined : now + durations.expire * 1000 } : { expired: now };
  for (const tag of tags) local.set(tag, later(local.get(tag), times));
  if (!redis || tags.length === 0) return;
  try {
    await redis.hset(TAGS, Object.fromEntries(tags.map((tag) => [tag, JSON.stringify(local.get(tag))])));
  } catch (error) {
    console.error(`Could not share the expiry of ${tags.join(", ")} through Redis:`, error);
  }
}

/** @param {string[]} tags @returns {Promise<TagTimes[]>} The latest invalidation of each tag, as every instance knows it. */
export async function tagTimes(tags) {
  const { redis, local } = cacheState();
  if (redis && tags.length > 0) {
    try {
      const shared = await redis.hmget(TAGS, ...tags);
      shared.forEach((value, index) => {
        if (value) local.set(tags[index] ?? "", later(local.get(tags[index] ?? ""), JSON.parse(value)));
      });
    } catch {
      // Redis is down: fall back to this process's knowledge.
    }
  }
  return tags.map((tag) => local.get(tag) ?? {});
}

/** Whether an entry written at `timestamp` is out of date given its tags' times. @param {TagTimes[]} times @param {number} timestamp */
export function outdated(times, timestamp) {
  const now = Date.now();
  return times.some(({ stale = 0, expired = 0 }) => stale > timestamp || (expired > timestamp && expired <= now));
}
