import { describe, expect, it } from "vitest";
import { countsAsMatch, isCrawler, isPrefetch } from "@/lib/matching/counts-as-match";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const headers = (entries: Record<string, string>) => new Headers(entries);

describe("what counts as a match", () => {
  it("counts a page delivered to a browser, including a client-side navigation", () => {
    expect(countsAsMatch(headers({ "user-agent": CHROME }))).toBe(true);
    expect(countsAsMatch(headers({ "user-agent": CHROME, rsc: "1" }))).toBe(true);
    expect(countsAsMatch(headers({}))).toBe(true);
  });

  it("does not count router prefetches or browser speculative loads", () => {
    expect(isPrefetch(headers({ rsc: "1", "next-router-prefetch": "1" }))).toBe(true);
    expect(isPrefetch(headers({ "sec-purpose": "prefetch" }))).toBe(true);
    expect(isPrefetch(headers({ "sec-purpose": "prefetch;prerender" }))).toBe(true);
    expect(isPrefetch(headers({ purpose: "prefetch" }))).toBe(true);
    expect(countsAsMatch(headers({ "user-agent": CHROME, "next-router-prefetch": "1" }))).toBe(false);
  });

  it("does not count self-declared crawlers", () => {
    for (const agent of [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
      "facebookexternalhit/1.1",
      "Mozilla/5.0 (compatible; Yahoo! Slurp)",
      "Baiduspider",
    ]) {
      expect(isCrawler(headers({ "user-agent": agent })), agent).toBe(true);
    }
    expect(isCrawler(headers({ "user-agent": CHROME }))).toBe(false);
  });
});
