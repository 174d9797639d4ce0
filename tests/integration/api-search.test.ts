import { describe, expect, it } from "vitest";
import { presentSearch, toSearchQuery } from "@/lib/api/search";
import { apiSearchQuerySchema } from "@/lib/schemas/api";
import { searchResponseSchema } from "@/lib/schemas/api-search-response";
import { searchTools } from "@/lib/search/search";
import { useTestDatabase } from "../support/test-database";

async function apiSearch(input: Record<string, unknown>) {
  const query = toSearchQuery(apiSearchQuerySchema.parse(input));
  if (!query.success) throw query.error;
  return searchResponseSchema.parse(presentSearch(await searchTools(query.data)));
}

describe("the API's search", () => {
  useTestDatabase("seeded");

  it("answers with the full-text search's results in the API's shape", async () => {
    const result = await apiSearch({ q: "dreambooth" });
    expect(result.items[0]!.slug).toBe("dreambooth-stable-diffusion");
    expect(result.items[0]!.apiUrl).toMatch(/\/api\/v1\/tools\/dreambooth-stable-diffusion$/);
    const kinds = result.facets.kind.reduce((sum, facet) => sum + facet.count, 0);
    expect(kinds).toBe(result.total);
  });

  it("names the capabilities or shared tags that made a tool match", async () => {
    const result = await apiSearch({ q: "structured output JSON" });
    expect(result.total).toBeGreaterThan(0);
    expect(result.items[0]!.matchedCapabilities.length).toBeGreaterThan(0);
    const alternatives = await apiSearch({ like: "vllm" });
    expect(alternatives.items.map((item) => item.slug)).not.toContain("vllm");
    expect(alternatives.items[0]!.matchedCapabilities.length).toBeGreaterThan(0);
  });

  it("refuses like and from together, naming from", () => {
    const query = toSearchQuery(apiSearchQuerySchema.parse({ like: "vllm", from: "ollama" }));
    expect(query.success).toBe(false);
    expect(query.error!.issues[0]!.path).toEqual(["from"]);
  });
});
