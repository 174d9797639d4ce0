// Cache-Control of public pages, in one place (next.config.ts and proxy.ts use these).
//
// Shared caches (nginx, a CDN) keep a page 60 s and may serve it 60 s more
// while they fetch a fresh copy, so an edit shows there within 2 minutes at
// most; browsers always ask again (max-age=0) and get it from that cache.
// The server's own cache is exact: an edit shows on its next request.
export const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=60";

/** Unknown tools and comparisons: a tool published a moment later must not stay missing in a shared cache. */
export const NOT_FOUND_CACHE_CONTROL = "public, max-age=0, s-maxage=10";

/** While the database is unreachable and the page is not cached: never stored; ask again after this many seconds. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 10;

/** Public content pages, as next.config.ts `headers()` sources. */
export const PUBLIC_PAGE_SOURCES = ["/", "/tools", "/catalogue/:view", "/tools/:slug", "/compare/:pair", "/graph/:slug", "/capabilities", "/methodology"];
