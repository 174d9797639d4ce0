/**
 * What counts as a match: a comparison page delivered to a person. Router
 * prefetches (Next.js `Next-Router-Prefetch`), browser speculative loads
 * (`Sec-Purpose`/`Purpose: prefetch`) and self-declared crawlers are not
 * views, so they are not counted.
 */
const CRAWLER = /bot|crawl|spider|slurp|facebookexternalhit|mediapartners/i;

type HeaderSource = { get(name: string): string | null };

export function isPrefetch(headers: HeaderSource): boolean {
  if (headers.get("next-router-prefetch")) return true;
  const purpose = `${headers.get("sec-purpose") ?? ""} ${headers.get("purpose") ?? ""} ${headers.get("x-purpose") ?? ""}`;
  return /prefetch|prerender/i.test(purpose);
}

export function isCrawler(headers: HeaderSource): boolean {
  return CRAWLER.test(headers.get("user-agent") ?? "");
}

export function countsAsMatch(headers: HeaderSource): boolean {
  return !isPrefetch(headers) && !isCrawler(headers);
}
