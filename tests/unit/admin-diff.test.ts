import { describe, expect, it } from "vitest";
import { diffRecords } from "@/lib/admin/diff";
import { diffTools } from "@/lib/admin/tools/tool-diff";
import type { ToolState } from "@/lib/admin/tools/tool-state";

const capability = (id: number, title: string) => ({ id, title, description: `${title} does things.`, unique: "u", vsAlternatives: "v", tags: ["a"] });

const tool: ToolState = {
  id: 1,
  slug: "t",
  version: 3,
  published: true,
  name: "T",
  kind: "model",
  vendor: "V",
  summary: "S",
  website: "https://t.example",
  sourceRepository: null,
  license: null,
  pricingModel: "paid",
  freeTier: false,
  lastVerifiedAt: "2025-01-01",
  capabilities: [capability(10, "One"), capability(11, "Two"), capability(12, "Three")],
  prices: [{ id: 20, label: "Input", amount: "1", currency: "USD", unit: "per_1m_input_tokens", isStarting: true, asOf: "2025-01-01" }],
  signals: [{ id: 30, kind: "github_stars", value: 5, source: "https://github.com/t", observedAt: "2025-01-01", note: null }],
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
});
