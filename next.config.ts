import path from "node:path";
import type { NextConfig } from "next";
import { IMPORT_REQUEST_BYTES } from "./lib/admin/catalogue/limits";
import { PAGE_CACHE_CONTROL, PUBLIC_PAGE_SOURCES } from "./lib/cache/http-headers";
import { cacheEnv, env } from "./lib/env";
import { publicContentSecurityPolicy, SECURITY_HEADERS } from "./lib/http/security-headers";

const DAY = 86_400;
const handler = (file: string) => path.join(import.meta.dirname, "lib", "cache", "handlers", file);

const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  reactStrictMode: true,
  poweredByHeader: false,
  // An ETag is a hash of the whole page computed on every response (a third
  // of the CPU a cached comparison page costs); shared caches in front
  // (deploy/nginx) revalidate by age instead.
  generateEtags: false,
  typedRoutes: false,
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "ioredis"],
  turbopack: { root: import.meta.dirname },
  cacheLife: {
    // Catalogue data is expired by tag on every write; the hour only bounds
    // writes made outside any server (scripts). Kept a week, so pages already
    // cached keep being served through a database outage.
    catalogue: { stale: 300, revalidate: 3600, expire: 7 * DAY },
    // Times matched and views: pages showing them are rendered again at most every 5 minutes.
    counts: { stale: 300, revalidate: 300, expire: 7 * DAY },
  },
  // Rendered pages live in this process's memory with tag checks shared
  // through Redis when REDIS_URL is set (lib/cache/handlers/page-cache.mjs).
  cacheHandler: handler("page-cache.mjs"),
  // With REDIS_URL, "use cache" entries live in Redis too, shared by every instance.
  ...(cacheEnv().REDIS_URL ? { cacheHandlers: { default: handler("data-cache.mjs"), remote: handler("data-cache.mjs") } } : {}),
  // The catalogue import sends its file to a server action (1 MB by default).
  experimental: { serverActions: { bodySizeLimit: IMPORT_REQUEST_BYTES } },
  // Browsers ask for /favicon.ico on pages without an icon link (raw JSON, for instance): answer with the site icon.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icon.svg" }];
  },
  async headers() {
    const security = Object.entries({ ...SECURITY_HEADERS, "content-security-policy": publicContentSecurityPolicy(env().NODE_ENV === "development") });
    return [
      // The admin gets its own policy, with a nonce, from proxy.ts.
      { source: "/((?!admin(?:/|$)).*)", headers: security.map(([key, value]) => ({ key, value })) },
      ...PUBLIC_PAGE_SOURCES.map((source) => ({ source, headers: [{ key: "cache-control", value: PAGE_CACHE_CONTROL }] })),
    ];
  },
};

export default nextConfig;
