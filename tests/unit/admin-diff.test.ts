import { describe, expect, it } from "vitest";
import { diffRecords } from "@/lib/admin/diff";
import { diffTools } from "@/lib/admin/tools/tool-diff";
import type { ToolState } from "@/lib/admin/tools/tool-state";
import { TEST_SOURCE } from "../support/sources";

const capability = (id: number, title: string) => ({ id, title, description: `${title} does things.`, unique: "u", vsAlternatives: "v", tags: ["a"], sources: [] });

const tool: ToolState = {
  id: 1,
  slug: "t",
  version: 3,
  published: true,
  name: "T",
  kind: "model",
  category: "llm",
  vendor: "V",
  summary: "S",
  website: "https://t.example",
  sourceRepository: null,
  license: null,
  pricingModel: "paid",
  freeTier: false,
  lastVerifiedAt: "2025-01-01",
  status: { value: "active", date: null, successor: null, source: TEST_SOURCE },
  facts: { contextWindow: { value: 1000, source: TEST_SOURCE } },
  capabilities: [capability(10, "One"), capability(11, "Two"), capability(12, "Three")],
  offers: [
    {
      id: 40,
      provider: "V",
      providerSlug: "v",
      modelId: "t",
      url: null,
      status: null,
      prices: [{ id: 20, label: "Input", meter: "input", amount: "1", currency: "USD", unit: "per_1m_input_tokens", tierFrom: null, batch: false, isStarting: true, validFrom: "2025-01-01", validTo: null, source: TEST_SOURCE }],
    },
  ],
  signals: [{ id: 30, kind: "github_stars", value: 5, rounded: false, note: null, source: TEST_SOURCE }],
};

describe("field-level diffs", () => {
  it("lists added, removed and changed leaves with their paths", () => {
    expect(diffRecords({ a: 1, b: { c: "x", d: ["p"] } }, { a: 1, b: { c: "y", d: ["p", "q"] }, e: true })).toEqual([
      { field: "b.c", before: "x", after: "y" },
      { field: "b.d", before: ["p"], after: ["p", "q"] },
      { field: "e", before: null, after: true },
    ]);
    expect(diffRecords({ a: 1 }, { a: 1 })).toEqual([]);
  });

  it("keys a tool's parts by id, so editing one capability is one change", () => {
    const edited = { ...tool, capabilities: tool.capabilities.map((c) => (c.id === 11 ? { ...c, tags: ["a", "b"] } : c)) };
    expect(diffTools(tool, edited)).toEqual([{ field: "capability #11.tags", before: ["a"], after: ["a", "b"] }]);
  });

  it("records a reorder as the order of titles, but not an addition or a removal as one", () => {
    const swapped = { ...tool, capabilities: [tool.capabilities[1]!, tool.capabilities[0]!, tool.capabilities[2]!] };
    expect(diffTools(tool, swapped)).toEqual([{ field: "capability order", before: ["One", "Two", "Three"], after: ["Two", "One", "Three"] }]);
    const removed = { ...tool, capabilities: tool.capabilities.filter((c) => c.id !== 11) };
    expect(diffTools(tool, removed).map((change) => change.field)).not.toContain("capability order");
    expect(diffTools(tool, removed)).toContainEqual({ field: "capability #11.title", before: "Two", after: null });
  });

  it("shows a new tool's every field as added, and ignores the version itself", () => {
    const changes = diffTools(null, tool);
    expect(changes).toContainEqual({ field: "name", before: null, after: "T" });
    expect(changes).toContainEqual({ field: "signal github_stars.value", before: null, after: 5 });
    expect(changes.map((change) => change.field)).not.toContain("version");
    expect(diffTools(tool, { ...tool, version: 4 })).toEqual([]);
  });

  it("records a price change as the old price closing and a new one opening", () => {
    const old = tool.offers[0]!.prices[0]!;
    const changed = { ...tool, offers: [{ ...tool.offers[0]!, prices: [{ ...old, validTo: "2025-03-01", isStarting: false }, { ...old, id: 21, amount: "2", validFrom: "2025-03-01" }] }] };
    expect(diffTools(tool, changed)).toEqual(
      expect.arrayContaining([
        { field: "price #20.validTo", before: null, after: "2025-03-01" },
        { field: "price #21.amount", before: null, after: "2" },
      ]),
    );
  });
});
