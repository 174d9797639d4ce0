/** Public data, the same for everyone: shared caches may keep it a minute and serve it stale for five while refreshing. */
export const PUBLIC_CACHE = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

/** Errors in the request itself are never cached. */
export const NO_STORE = "no-store";
