import { describe, expect, it } from "vitest";
import { planProposals } from "@/lib/sources/plan";
import { fingerprint, type ProposalDraft } from "@/lib/sources/proposal";
import { sourceCatalogue } from "../support/source-catalogue";
import { genaiFixture, modelsDevFixture, SYNC_DAY } from "../support/source-fixtures";

const catalogue = sourceCatalogue();
const plan = planProposals(catalogue, [genaiFixture(), modelsDevFixture()], SYNC_DAY);
const find = (source: string, subject: string) => plan.drafts.find((d) => d.source === source && d.subject === subject);
const priceOf = (draft: ProposalDraft | undefined) => (draft?.kind === "price_change" ? `${draft.before?.amount ?? "none"} → ${draft.after.price.amount} from ${draft.after.price.validFrom}` : undefined);

describe("proposals from the recorded sources against a small catalogue", () => {
  it("proposes changed prices old → new, dated by the source (a start date is when the price took effect)", () => {
    expect(priceOf(find("genai-prices", "openai/gpt-4o Input tokens"))).toBe("5 → 2.5 from 2026-09-23");
    expect(priceOf(find("genai-prices", "openai/o3 Input tokens"))).toBe("10 → 2 from 2025-06-10");
    expect(priceOf(find("genai-prices", "openai/o3 Output tokens"))).toBe("40 → 8 from 2025-06-10");
    // models.dev dates GPT-4o's entry before the catalogue's price began: the change opens the day after.
    expect(priceOf(find("models.dev", "openai/gpt-4o Input tokens"))).toBe("5 → 2.5 from 2025-06-02");
    expect(find("genai-prices", "openai/gpt-4o Output tokens")).toBeUndefined();
  });

  it("proposes a host's offer of a known model once, from the plainest of its ids", () => {
    const offers = plan.drafts.filter((d) => d.kind === "new_offer");
    expect(offers.map((d) => `${d.source} ${d.toolSlug} ${d.subject}`).sort()).toEqual([
      "genai-prices gpt-4o openrouter/openai/gpt-4o offer",
      "models.dev gpt-4o openrouter/openai/gpt-4o offer",
    ]);
    expect(plan.drafts.some((d) => d.subject.includes("gpt-4o-2024-05-13"))).toBe(false);
  });

  it("proposes new models only from the lab's own listing, with their facts and prices", () => {
    const tools = plan.drafts.filter((d) => d.kind === "new_tool");
    expect(tools.map((d) => `${d.source} ${d.toolSlug}`).sort()).toEqual(["genai-prices gemini-2-5-pro", "genai-prices gpt-5-mini", "models.dev gemini-2-5-pro", "models.dev gpt-5-mini"]);
    const gpt5 = tools.find((d) => d.source === "models.dev" && d.toolSlug === "gpt-5-mini");
    expect(gpt5?.kind === "new_tool" && gpt5.after.tool).toMatchObject({ name: "GPT-5 Mini", vendor: "OpenAI", kind: "model", category: "llm", facts: { contextWindow: { value: 400000 }, maxOutputTokens: { value: 128000 } } });
    expect(gpt5?.kind === "new_tool" && gpt5.after.tool.offers[0]!.prices.filter((p) => p.isStarting).map((p) => p.meter)).toEqual(["input"]);
  });

  it("proposes structured facts from the lab's own listing and a deprecation as a status", () => {
    expect(find("genai-prices", "gpt-4o contextWindow")).toMatchObject({ before: { value: 100000 }, after: { value: 128000 } });
    expect(find("models.dev", "gpt-4o knowledgeCutoff")).toMatchObject({ before: null, after: { value: "2023-09", source: { date: "2024-08-06", checkedAt: SYNC_DAY, via: "models.dev 2026-02-28" } } });
    expect(find("genai-prices", "gemini-2-5-flash-preview status")).toMatchObject({ kind: "status_change", before: { value: "active" }, after: { offer: null, value: "deprecated" } });
  });

  it("refuses what fails a data check and reports it: an output limit beyond the context window", () => {
    expect(plan.refused).toContainEqual({ source: "models.dev", toolSlug: "gemini-2-5-flash-preview-tts", subject: "new model google/gemini-2.5-flash-preview-tts", message: "16384 max output tokens is larger than the 8192-token context window" });
    expect(plan.drafts.some((d) => d.toolSlug === "gemini-2-5-flash-preview-tts")).toBe(false);
  });

  it("catches an injected 10^6 unit error: not proposed, reported", () => {
    const broken = planProposals(catalogue, [genaiFixture("genai-prices-unit-error.json")], SYNC_DAY);
    expect(broken.drafts.find((d) => d.subject === "openai/gpt-4o Input tokens")).toBeUndefined();
    expect(broken.refused).toContainEqual(expect.objectContaining({ subject: "openai/gpt-4o Input tokens", message: expect.stringContaining("looks like a price per token typed as per 1M tokens (did you mean 2.5?)") }));
  });

  it("flags two sources that disagree by more than 5% on the same offer's price, with both values", () => {
    expect(find("genai-prices", "deepseek/deepseek-chat Output tokens")?.flags).toEqual(["Output tokens: sources disagree: models.dev says 0.28, genai-prices says 0.55"]);
    expect(find("models.dev", "deepseek/deepseek-chat Output tokens")?.flags).toEqual(["Output tokens: sources disagree: models.dev says 0.28, genai-prices says 0.55"]);
    // 0.135 against 0.14 is within 5%: no flag.
    expect(find("genai-prices", "deepseek/deepseek-chat Input tokens")?.flags).toEqual([]);
    expect(find("genai-prices", "openai/gpt-4o Input tokens")?.flags).toEqual([]);
  });

  it("gives the same value from a newer version of a source the same fingerprint, and a new value a new one", () => {
    const data = genaiFixture();
    const again = planProposals(catalogue, [{ ...data, version: "0.1.9", date: "2026-10-01", via: "@pydantic/genai-prices 0.1.9" }], SYNC_DAY);
    const before = planProposals(catalogue, [data], SYNC_DAY);
    expect(again.drafts.map(fingerprint).sort()).toEqual(before.drafts.map(fingerprint).sort());
    const cheaper = { ...data, offers: data.offers.map((o) => (o.modelId === "gpt-4o" && o.provider === "openai" ? { ...o, prices: o.prices.map((p) => (p.meter === "input" ? { ...p, amount: "2" } : p)) } : o)) };
    const changed = planProposals(catalogue, [cheaper], SYNC_DAY).drafts.find((d) => d.subject === "openai/gpt-4o Input tokens")!;
    expect(fingerprint(changed)).not.toBe(fingerprint(before.drafts.find((d) => d.subject === "openai/gpt-4o Input tokens")!));
  });
});
