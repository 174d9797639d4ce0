/**
 * What counts as a match: a comparison page seen by a person, reported by the
 * page's view beacon. Router prefetches (Next.js `Next-Router-Prefetch`),
 * browser speculative loads (`Sec-Purpose`/`Purpose: prefetch`), HEAD
 * requests, self-declared crawlers and requests from other sites are not
 * views, so they are not counted.
 */
const CRAWLER = /bot|crawl|spider|slurp|facebookexternalhit|mediapartners|curl\/|wget\/|python-requests|python-urllib/i;

type HeaderSource = { get(name: string): string | null };

export function isPrefetch(headers: HeaderSource): boolean {
  if (headers.get("next-router-prefetch")) return true;
  const purpose = `${headers.get("sec-purpose") ?? ""} ${headers.get("purpose") ?? ""} ${headers.get("x-purpose") ?? ""}`;
  return /prefetch|prerender/i.test(purpose);
}

export function isCrawler(headers: HeaderSource): boolean {
  return CRAWLER.test(headers.get("user-agent") ?? "");
}

/**
 * Same site: the browser says so (`Sec-Fetch-Site`), or, for browsers that do
 * not send it, the page that asked (`Referer`) is on this site's origin.
 */
export function isSameSite(headers: HeaderSource, siteOrigin: string): boolean {
  const site = headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "same-site";
  const referer = headers.get("referer");
  if (!referer) return false;
  try {
    return new URL(referer).origin === new URL(siteOrigin).origin;
  } catch {
    return false;
  }
}

export function countsAsMatch(method: string, headers: HeaderSource, siteOrigin: string): boolean {
  return method === "GET" && !isPrefetch(headers) && !isCrawler(headers) && isSameSite(headers, siteOrigin);
}
