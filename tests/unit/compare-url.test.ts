import { describe, expect, it } from "vitest";
import { comparisonCandidates, comparisonPath, resolveComparison } from "@/lib/compare-url";
import { resolveRequestPath } from "@/lib/routing/resolve-request";

const catalogue = new Set(["gemini-2-0-flash-lite", "dreambooth-stable-diffusion", "vs-code-copilot", "alpha-vs-beta", "alpha", "beta", "gamma"]);
const exists = (slug: string) => catalogue.has(slug);

describe("comparison URLs", () => {
  it("orders slugs alphabetically for one canonical URL per pair", () => {
    expect(comparisonPath(["gemini-2-0-flash-lite", "dreambooth-stable-diffusion"])).toBe("/compare/dreambooth-stable-diffusion-vs-gemini-2-0-flash-lite");
    expect(comparisonPath(["b", "a"])).toBe(comparisonPath(["a", "b"]));
  });

  it("resolves either order and any case to the canonical path", () => {
    const canonical = "/compare/dreambooth-stable-diffusion-vs-gemini-2-0-flash-lite";
    expect(resolveComparison("gemini-2-0-flash-lite-vs-dreambooth-stable-diffusion", exists)).toMatchObject({ kind: "compare", canonicalPath: canonical });
    expect(resolveComparison("Dreambooth-Stable-Diffusion-VS-Gemini-2-0-Flash-Lite", exists)).toMatchObject({ kind: "compare", canonicalPath: canonical });
  });

  it("sends a tool compared with itself to its own page", () => {
    expect(resolveComparison("gamma-vs-gamma", exists)).toEqual({ kind: "single", canonicalPath: "/tools/gamma" });
  });

  it("keeps slugs that contain vs", () => {
    expect(resolveComparison("vs-code-copilot-vs-gamma", exists)).toMatchObject({ slugs: ["gamma", "vs-code-copilot"] });
    expect(resolveComparison("alpha-vs-beta-vs-gamma", exists)).toMatchObject({ slugs: ["alpha-vs-beta", "gamma"] });
  });

  it("reads up to four tools and no more", () => {
    expect(resolveComparison("gamma-vs-dreambooth-stable-diffusion-vs-beta-vs-vs-code-copilot", exists)).toMatchObject({
      slugs: ["beta", "dreambooth-stable-diffusion", "gamma", "vs-code-copilot"],
    });
    expect(comparisonCandidates("a-vs-b-vs-c-vs-d-vs-e").every((reading) => reading.length <= 4)).toBe(true);
  });

  it("finds nothing when a slug is unknown", () => {
    expect(resolveComparison("gamma-vs-nope", exists)).toEqual({ kind: "not-found" });
    expect(resolveComparison("%%%", exists)).toEqual({ kind: "not-found" });
  });
});

describe("request routing", () => {
  const existing = async (slugs: string[]) => slugs.filter(exists);

  it("passes canonical URLs and redirects the rest", async () => {
    expect(await resolveRequestPath("/compare/alpha-vs-gamma", existing)).toEqual({ kind: "pass" });
    expect(await resolveRequestPath("/compare/gamma-vs-alpha", existing)).toEqual({ kind: "redirect", location: "/compare/alpha-vs-gamma" });
    expect(await resolveRequestPath("/tools/Gamma", existing)).toEqual({ kind: "redirect", location: "/tools/gamma" });
  });

  it("answers not found for unknown tools", async () => {
    expect(await resolveRequestPath("/tools/nope", existing)).toEqual({ kind: "not-found" });
    expect(await resolveRequestPath("/compare/nope-vs-gamma", existing)).toEqual({ kind: "not-found" });
  });

  it("leaves other paths alone", async () => {
    expect(await resolveRequestPath("/tools", existing)).toEqual({ kind: "pass" });
  });
});
