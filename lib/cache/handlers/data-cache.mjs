// @ts-check
// The `"use cache"` handler used when REDIS_URL is set (`cacheHandlers.default`
// in next.config.ts): entries live in Redis, so every instance reads what any
// of them rendered; tag invalidations go through shared-state.mjs, so an entry
// expired on one instance is a miss on all of them at the next read.
// Following Next's cacheHandlers contract: get() never throws (a Redis error is
// a miss), set() catches its own errors, entries are evicted by a Redis TTL.
import { cacheState, outdated, recordInvalidation, tagTimes } from "./shared-state.mjs";

const MAX_TTL_SECONDS = 30 * 24 * 3600;

/** @typedef {{ tags: string[]; stale: number; timestamp: number; expire: number; revalidate: number }} Meta */

/** @param {Meta} meta @param {Buffer} value */
function encode(meta, value) {
  const header = Buffer.from(JSON.stringify(meta));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return Buffer.concat([length, header, value]);
}

/** @param {Buffer} stored @returns {{ meta: Meta; value: Buffer }} */
function decode(stored) {
  const length = stored.readUInt32BE(0);
  return { meta: JSON.parse(stored.subarray(4, 4 + length).toString()), value: stored.subarray(4 + length) };
}

/** @param {Buffer} bytes */
function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

function client() {
  const { redis } = cacheState();
  if (!redis) throw new Error("data-cache.mjs needs REDIS_URL");
  return redis;
}

const dataCache = {
  /** @param {string} cacheKey */
  async get(cacheKey) {
    try {
      const stored = await client().getBuffer(`data:${cacheKey}`);
      if (!stored) return undefined;
      const { meta, value } = decode(stored);
      if (outdated(await tagTimes(meta.tags), meta.timestamp)) return undefined;
      return { ...meta, value: streamOf(value) };
    } catch {
      return undefined;
    }
  },

  /** @param {string} cacheKey @param {Promise<Meta & { value: ReadableStream<Uint8Array> }>} pendingEntry */
  async set(cacheKey, pendingEntry) {
    try {
      const { value, tags, stale, timestamp, expire, revalidate } = await pendingEntry;
      const bytes = Buffer.from(await new Response(value).arrayBuffer());
      if (expire === 0) return; // dynamic: never served again
      const ttl = Number.isFinite(expire) ? Math.min(MAX_TTL_SECONDS, Math.max(1, Math.ceil(expire))) : MAX_TTL_SECONDS;
      await client().set(`data:${cacheKey}`, encode({ tags, stale, timestamp, expire, revalidate }, bytes), "EX", ttl);
    } catch (error) {
      console.error(`Could not store a cache entry in Redis:`, error);
    }
  },

  /** Tags are read from Redis when an entry is read, so there is nothing to sync per request. */
  async refreshTags() {},

  /** @param {string[]} tags The latest expiry among tags (soft tags of the route), 0 if none. */
  async getExpiration(tags) {
    const now = Date.now();
    const times = await tagTimes(tags);
    return Math.max(0, ...times.map(({ stale = 0, expired = 0 }) => Math.max(stale, expired <= now ? expired : 0)));
  },

  /** @param {string[]} tags @param {{ expire?: number }} [durations] */
  async updateTags(tags, durations) {
    await recordInvalidation(tags, durations);
  },
};

export default dataCache;
