import { describe, expect, it } from "vitest";
import { toolSeedSchema, type ToolSeed } from "@/lib/schemas/tool";
import { checkCatalogue, findNearDuplicates, similarity } from "@/lib/seeds/check";
import { TEST_SOURCE } from "../support/sources";

/** Ten words no other generated text shares. */
const distinct = (seed: string) => Array.from({ length: 10 }, (_, i) => `${seed}w${i}`).join(" ");

const capability = (n: number, tags: string[]) => ({
  title: `Capability ${n}`,
  description: distinct(`d${n}`),
  unique: distinct(`u${n}`),
  vsAlternatives: distinct(`v${n}`),
  tags,
});

const tool = (slug: string, offset: number, tags = ["a", "b", "c"]): ToolSeed =>
  toolSeedSchema.parse({
    slug,
    name: slug.toUpperCase(),
    kind: "library",
    category: "ml-library",
    vendor: "Vendor",
    summary: "A tool.",
    website: "https://example.com",
    pricingModel: "open_source",
    freeTier: true,
    status: { value: "active", source: TEST_SOURCE },
    capabilities: Array.from({ length: 6 }, (_, i) => capability(offset + i, [tags[i % tags.length]!])),
  });

const vocabulary = ["a", "b", "c"].map((slug) => ({ slug, name: slug, definition: `Tag ${slug}` }));

describe("seed checks", () => {
  it("passes a clean catalogue", () => {
    expect(checkCatalogue(vocabulary, [tool("one", 0), tool("two", 100)])).toEqual([]);
  });

  it("finds a capability text copied to another tool with small edits", () => {
    const copied = "Streams tokens to the client as they are generated, over server-sent events, with cancellation.";
    const a = tool("one", 0);
    const b = tool("two", 100);
    a.capabilities[0]!.description = copied;
    b.capabilities[3]!.description = copied.replace("the client", "your client");
    const problems = findNearDuplicates([a, b]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "tools/one.json", field: "capabilities.0.description" });
    expect(similarity("completely different words here today", "nothing shared at all in this one")).toBe(0);
  });

  it("reports thin tools, lonely tags, unknown tags and placeholder text", () => {
    const thin = tool("thin", 0, ["a"]);
    thin.capabilities = thin.capabilities.slice(0, 2);
    thin.capabilities[0]!.tags = ["nope"];
    thin.summary = "Lorem ipsum dolor.";
    const messages = checkCatalogue(vocabulary, [thin]).map((p) => `${p.file} ${p.field} ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "tools/thin.json capabilities has 2, needs at least 6",
        expect.stringContaining("tools/thin.json capabilities.*.tags uses"),
        'tools/thin.json capabilities.0.tags "nope" is not in capability-tags.json',
        "tools/thin.json (text) contains placeholder text",
        "capability-tags.json b is used by 0 tools, needs at least 2",
      ]),
    );
  });

  it("runs the data checks: a per-token price typed as per 1M is refused, and so is an unknown successor", () => {
    const slip = tool("slip", 0);
    slip.offers = [{ provider: "V", providerSlug: "v", modelId: "slip", url: null, status: null, prices: [{ label: "Input", meter: "input", amount: "0.0000025", currency: "USD", unit: "per_1m_input_tokens", tierFrom: null, batch: false, isStarting: true, validFrom: "2025-06-01", validTo: null, source: TEST_SOURCE }] }];
    slip.status = { ...slip.status, successor: "nowhere" };
    const problems = checkCatalogue(vocabulary, [slip, tool("other", 100)]);
    expect(problems).toEqual([
      { file: "tools/slip.json", field: "offers.0.prices.0.amount", message: expect.stringContaining("looks like a price per token typed as per 1M tokens (did you mean 2.5?)") },
      { file: "tools/slip.json", field: "status.successor", message: '"nowhere" is not a tool in the catalogue' },
    ]);
  });
});
