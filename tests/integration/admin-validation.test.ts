import { beforeAll, describe, expect, it } from "vitest";
import * as actions from "@/app/admin/tools/actions";
import { IDLE } from "@/lib/admin/form-state";
import { loadToolState } from "@/lib/admin/tools/tool-state";
import { form, profileFields, toolRef, type FieldValue } from "../support/admin-forms";
import { everything, SLUG } from "../support/admin-fixtures";
import { signedInAs } from "../support/admin-session";
import { sourceFields } from "../support/sources";
import { useTestDatabase } from "../support/test-database";

type Fields = Record<string, FieldValue>;
type Case = { action: keyof typeof actions; fields: (tool: Tool, other: Tool) => Fields; expected: Record<string, unknown> };
type Tool = NonNullable<Awaited<ReturnType<typeof loadToolState>>>;

const long = "x".repeat(2001);
const newStatus = { "status.value": "active", "status.date": "", ...sourceFields("status.source") };
const priceFields = (tool: Tool) => {
  const p = tool.offers[0]!.prices[0]!;
  return { priceId: String(p.id), label: p.label, meter: p.meter, amount: p.amount, currency: p.currency, unit: p.unit, validFrom: p.validFrom, isStarting: p.isStarting, ...sourceFields("source", p.source) };
};

/** For each action, a bad submission and the message the form must show (validated by the seed schemas). */
const CASES: Case[] = [
  { action: "createTool", fields: (tool) => ({ slug: tool.slug, name: "Another", kind: "app", category: "chat-assistant", vendor: "V", summary: "S", website: "https://example.com", pricingModel: "free", ...newStatus }), expected: { fieldErrors: { slug: expect.stringContaining("is already the slug of") } } },
  { action: "createTool", fields: () => ({ slug: "Not A Slug", name: "", kind: "app", category: "chat-assistant", vendor: "V", summary: "S", website: "https://example.com", pricingModel: "free", ...newStatus, "status.source.url": "nope" }), expected: { fieldErrors: { slug: "must be lowercase letters, digits and single hyphens (e.g. gpt-4o-mini)", name: "is required", "status.source.url": "must be an http(s) URL" } } },
  { action: "updateProfile", fields: (tool) => ({ ...profileFields(tool), pricingModel: "cheap", sourceRepository: "github.com/x" }), expected: { fieldErrors: { pricingModel: "is not one of the choices", sourceRepository: "must be an http(s) URL" } } },
  { action: "updateStatus", fields: () => ({ ...newStatus, "status.value": "retired", "status.date": "" }), expected: { fieldErrors: { "status.date": "is required for this status" } } },
  { action: "updateStatus", fields: () => ({ ...newStatus, "status.successor": "no-such-tool" }), expected: { fieldErrors: { "status.successor": "is not the slug of a tool in the catalogue" } } },
  { action: "markVerifiedToday", fields: () => ({ version: "latest" }), expected: { status: "failed" } },
  { action: "setPublished", fields: () => ({ published: "maybe" }), expected: { fieldErrors: { published: "must be yes or no" } } },
  { action: "addCapability", fields: () => ({ title: "", description: "d", unique: "u", vsAlternatives: "v", tags: [] }), expected: { fieldErrors: { title: "is required", tags: "needs at least one capability tag" } } },
  { action: "updateCapability", fields: (tool) => ({ ...tool.capabilities[0]!, id: undefined, capabilityId: String(tool.capabilities[0]!.id), description: long }), expected: { fieldErrors: { description: "must be at most 2000 characters" } } },
  { action: "moveCapability", fields: (tool) => ({ capabilityId: String(tool.capabilities[0]!.id), direction: "sideways" }), expected: { fieldErrors: { direction: "must be up or down" } } },
  { action: "removeCapability", fields: (_tool, other) => ({ capabilityId: String(other.capabilities[0]!.id) }), expected: { message: "Nothing was saved: that capability is no longer part of this tool (reload the page)." } },
  { action: "addOffer", fields: () => ({ provider: "", providerSlug: "Not A Slug", modelId: "m" }), expected: { fieldErrors: { provider: "is required", providerSlug: "must be lowercase letters, digits and single hyphens (e.g. gpt-4o-mini)" } } },
  { action: "updateOffer", fields: (_tool, other) => ({ offerId: String(other.offers[0]?.id ?? 999_999), provider: "P", providerSlug: "p", modelId: "m" }), expected: { message: "Nothing was saved: that offer is no longer part of this tool (reload the page)." } },
  { action: "addPrice", fields: (tool) => ({ offerId: String(tool.offers[0]!.id), label: "Batch", meter: "input", amount: "-1", currency: "US", unit: "per_1m_tokens", validFrom: "2025-01-01", ...sourceFields() }), expected: { fieldErrors: { amount: "must be a non-negative decimal such as 0.075", currency: "must be a three-letter currency code such as USD" } } },
  { action: "addPrice", fields: (tool) => ({ offerId: String(tool.offers[0]!.id), label: "Typo", meter: "input", amount: "0.0000025", unit: "per_1m_input_tokens", validFrom: "2025-01-01", ...sourceFields() }), expected: { message: expect.stringContaining("looks like a price per token typed as per 1M tokens (did you mean 2.5?)") } },
  { action: "updatePrice", fields: (tool) => ({ ...priceFields(tool), amount: "999" }), expected: { fieldErrors: { amount: "changes through “Change price”, which keeps the old price in the history" } } },
  { action: "changePrice", fields: (tool) => ({ priceId: String(tool.offers[0]!.prices[0]!.id), amount: "1", effectiveFrom: "2999-12-31", ...sourceFields() }), expected: { fieldErrors: { effectiveFrom: "must not be in the future" } } },
  { action: "changePrice", fields: (tool) => ({ priceId: String(tool.offers[0]!.prices[0]!.id), amount: "1", effectiveFrom: "2000-01-01", ...sourceFields() }), expected: { fieldErrors: { effectiveFrom: expect.stringContaining("must be after the current price began") } } },
  { action: "endPrice", fields: (tool) => ({ priceId: String(tool.offers[0]!.prices[0]!.id), validTo: "yesterday" }), expected: { fieldErrors: { validTo: "must be a date written YYYY-MM-DD" } } },
  { action: "removePrice", fields: (_tool, other) => ({ priceId: String(other.offers[0]?.prices[0]?.id ?? 999_999) }), expected: { message: "Nothing was saved: that price point is no longer part of this tool (reload the page)." } },
  { action: "setFact", fields: () => ({ name: "contextWindow", value: "big", ...sourceFields() }), expected: { fieldErrors: { value: "Invalid input: expected number, received NaN" } } },
  { action: "setFact", fields: () => ({ name: "flavour", value: "sweet", ...sourceFields() }), expected: { fieldErrors: { name: "is not a known fact" } } },
  { action: "removeFact", fields: () => ({ name: "flavour" }), expected: { fieldErrors: { name: "is not a known fact" } } },
  { action: "addSignal", fields: () => ({ kind: "arena_elo", value: "lots", ...sourceFields(), "source.url": "ftp://example.com" }), expected: { fieldErrors: { value: "must be a number", "source.url": "must be an http(s) URL" } } },
  { action: "updateSignal", fields: (tool) => ({ signalId: String(tool.signals[0]!.id), kind: tool.signals[1]!.kind, value: "1", note: "", ...sourceFields() }), expected: { fieldErrors: { kind: "this tool already has a signal of this kind: edit that one" } } },
  { action: "removeSignal", fields: (_tool, other) => ({ signalId: String(other.signals[0]!.id) }), expected: { message: "Nothing was saved: that signal is no longer part of this tool." } },
];

describe("bad input re-shows the form with each field's message and saves nothing", () => {
  const database = useTestDatabase("seeded");
  let editor: Headers;

  beforeAll(async () => {
    editor = (await signedInAs("editor")).headers;
  });

  it("has a case for every tool action", () => {
    expect(new Set(CASES.map((entry) => entry.action))).toEqual(new Set(Object.keys(actions)));
  });

  it.each(CASES.map((entry, index) => [`${entry.action} #${index}`, entry] as const))("%s", async (_name, { action, fields, expected }) => {
    const tool = (await loadToolState(database.prisma, { slug: SLUG }))!;
    const other = (await loadToolState(database.prisma, { slug: "dreambooth-stable-diffusion" }))!;
    const typed = { ...(await toolRef(database.prisma, SLUG)), ...fields(tool, other) };
    const before = await everything(database.prisma);
    const outcome = await actions[action].runAs(editor, IDLE, form(typed));
    expect(outcome.state).toMatchObject("status" in expected ? expected : { status: "invalid", ...expected });
    // What was typed in each refused field comes back to be shown again.
    if (outcome.state.status === "invalid" && "fieldErrors" in expected) {
      for (const field of Object.keys(expected.fieldErrors as object)) {
        const sent = typed[field as keyof typeof typed];
        if (typeof sent === "string") expect(outcome.state.values[field], field).toBe(sent);
      }
    }
    expect(outcome.expire).toBeUndefined();
    expect(await everything(database.prisma)).toEqual(before);
  });
});
