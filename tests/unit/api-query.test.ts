import { describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/api/parse-query";
import { fieldProblems } from "@/lib/http/problems";
import { alternativesQuerySchema, apiSearchQuerySchema, compareQuerySchema, noQuerySchema, toolListQuerySchema, toolPathSchema } from "@/lib/schemas/api";

const params = (query: string) => new URLSearchParams(query);

function problemsOf(result: { success: boolean; error?: import("zod").ZodError }) {
  expect(result.success).toBe(false);
  return fieldProblems(result.error!);
}

describe("API query parameters", () => {
  it("parses the catalogue filters with their defaults", () => {
    expect(parseQuery(toolListQuerySchema, params("kind=model&free=yes&page=2"))).toMatchObject({ success: true, data: { kind: "model", free: "yes", sort: "rank", page: 2 } });
    expect(parseQuery(toolListQuerySchema, params(""))).toMatchObject({ success: true, data: { sort: "rank", page: 1 } });
  });

  it("names every bad parameter with its reason", () => {
    const problems = problemsOf(parseQuery(toolListQuerySchema, params("kind=spaceship&page=0&sort=price")));
    expect(problems.map((problem) => problem.field).sort()).toEqual(["kind", "page", "sort"]);
    expect(problems.find((problem) => problem.field === "page")!.message).toBe("must be 1 or more");
    expect(problems.find((problem) => problem.field === "sort")!.message).toBe("must be one of rank, rank-all, name, verified");
  });

  it("reports unknown and repeated parameters instead of ignoring them", () => {
    const problems = problemsOf(parseQuery(toolListQuerySchema, params("knd=model&page=1&page=2")));
    expect(problems).toContainEqual({ field: "knd", message: expect.stringContaining("is not a parameter of this endpoint") });
    expect(problems).toContainEqual({ field: "page", message: "must be given once" });
    expect(problemsOf(parseQuery(noQuerySchema, params("x=1")))[0]!.field).toBe("x");
  });

  it("takes a list parameter by repetition", () => {
    expect(parseQuery(apiSearchQuerySchema, params("tag=fine-tuning&tag=open-weights"))).toMatchObject({ success: true, data: { tag: ["fine-tuning", "open-weights"], page: 1 } });
    expect(problemsOf(parseQuery(apiSearchQuerySchema, params("tag=Not A Tag")))[0]!.field).toBe("tag.0");
  });

  it("wants 2 to 4 distinct, well-formed slugs to compare", () => {
    expect(parseQuery(compareQuerySchema, params("tools=gpt-4o,claude-sonnet-4"))).toMatchObject({ success: true, data: { tools: ["gpt-4o", "claude-sonnet-4"] } });
    expect(problemsOf(parseQuery(compareQuerySchema, params("tools=gpt-4o")))).toEqual([{ field: "tools", message: "must name at least 2 tools" }]);
    expect(problemsOf(parseQuery(compareQuerySchema, params("tools=a,b,c,d,e")))).toEqual([{ field: "tools", message: "must name at most 4 tools" }]);
    expect(problemsOf(parseQuery(compareQuerySchema, params("tools=a,a")))).toEqual([{ field: "tools", message: "must not name a tool twice" }]);
    expect(problemsOf(parseQuery(compareQuerySchema, params("tools=a,B_C")))[0]!.field).toBe("tools.1");
    expect(problemsOf(parseQuery(compareQuerySchema, params("")))[0]!.field).toBe("tools");
  });

  it("bounds the number of alternatives and checks path slugs", () => {
    expect(parseQuery(alternativesQuerySchema, params(""))).toMatchObject({ success: true, data: { limit: 6 } });
    expect(problemsOf(parseQuery(alternativesQuerySchema, params("limit=51")))).toEqual([{ field: "limit", message: "must be 50 or less" }]);
    expect(problemsOf(parseQuery(alternativesQuerySchema, params("limit=many")))).toEqual([{ field: "limit", message: "must be a whole number" }]);
    expect(toolPathSchema.safeParse({ slug: "GPT 4" }).success).toBe(false);
  });
});
