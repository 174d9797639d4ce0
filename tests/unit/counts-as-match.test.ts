import { describe, expect, it } from "vitest";
import { PEER_HEADER } from "@/lib/http/client-address";
import { requestClientAddress } from "@/lib/http/request-address";
import { countsAsMatch, isCrawler, isPrefetch, isSameSite } from "@/lib/matching/counts-as-match";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const SITE = "https://toolmatch.example";
const headers = (entries: Record<string, string>) => new Headers(entries);
const beacon = (entries: Record<string, string> = {}) => headers({ "user-agent": CHROME, "sec-fetch-site": "same-origin", ...entries });

describe("what counts as a match", () => {
  it("counts a beacon the site's own page asked for", () => {
    expect(countsAsMatch("GET", beacon(), SITE)).toBe(true);
    expect(countsAsMatch("GET", beacon({ "sec-fetch-site": "same-site" }), SITE)).toBe(true);
    // Browsers without Sec-Fetch-Site: the Referer must be this site.
    expect(countsAsMatch("GET", headers({ "user-agent": CHROME, referer: `${SITE}/compare/a-vs-b` }), SITE)).toBe(true);
  });

  it("does not count HEAD, other sites, or requests that say nothing of where they come from", () => {
    expect(countsAsMatch("HEAD", beacon(), SITE)).toBe(false);
    expect(countsAsMatch("GET", beacon({ "sec-fetch-site": "cross-site" }), SITE)).toBe(false);
    expect(countsAsMatch("GET", beacon({ "sec-fetch-site": "none" }), SITE)).toBe(false);
    expect(countsAsMatch("GET", headers({ "user-agent": CHROME, referer: "https://elsewhere.example/" }), SITE)).toBe(false);
    expect(countsAsMatch("GET", headers({ "user-agent": CHROME }), SITE)).toBe(false);
    expect(isSameSite(headers({ referer: "not a url" }), SITE)).toBe(false);
  });

  it("does not count router prefetches or browser speculative loads", () => {
    expect(isPrefetch(headers({ rsc: "1", "next-router-prefetch": "1" }))).toBe(true);
    expect(isPrefetch(headers({ "sec-purpose": "prefetch" }))).toBe(true);
    expect(isPrefetch(headers({ "sec-purpose": "prefetch;prerender" }))).toBe(true);
    expect(isPrefetch(headers({ purpose: "prefetch" }))).toBe(true);
    expect(countsAsMatch("GET", beacon({ "sec-purpose": "prefetch;prerender" }), SITE)).toBe(false);
  });

  it("does not count self-declared crawlers and command-line clients", () => {
    for (const agent of [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
      "facebookexternalhit/1.1",
      "Mozilla/5.0 (compatible; Yahoo! Slurp)",
      "Baiduspider",
      "curl/8.5.0",
      "python-requests/2.32",
    ]) {
      expect(isCrawler(headers({ "user-agent": agent })), agent).toBe(true);
    }
    expect(isCrawler(headers({ "user-agent": CHROME }))).toBe(false);
    expect(countsAsMatch("GET", beacon({ "user-agent": "curl/8.5.0" }), SITE)).toBe(false);
  });

  it("keys a visitor on the socket's address, not on an X-Forwarded-For the client wrote (no trusted proxy)", () => {
    const spoofed = new Headers({ [PEER_HEADER]: "192.0.2.5", "x-forwarded-for": "203.0.113.7" });
    expect(requestClientAddress(spoofed)).toBe("192.0.2.5");
    expect(requestClientAddress(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBeNull();
  });
});
