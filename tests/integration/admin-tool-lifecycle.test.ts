import { beforeAll, describe, expect, it } from "vitest";
import * as actions from "@/app/admin/tools/actions";
import { IDLE } from "@/lib/admin/form-state";
import { loadToolState, type ToolState } from "@/lib/admin/tools/tool-state";
import { findExistingSlugs, getToolDetail } from "@/lib/catalog/queries";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { form, isoToday, profileFields, toolRef } from "../support/admin-forms";
import { SLUG } from "../support/admin-fixtures";
import { signedInAs } from "../support/admin-session";
import { sourceFields, TEST_SOURCE } from "../support/sources";
import { useTestDatabase } from "../support/test-database";

describe("a tool's life in the admin: draft, publish, prices, signals, unpublish and restore", () => {
  const database = useTestDatabase("seeded");
  let editor: Headers;
  const state = (slug: string) => loadToolState(database.prisma, { slug }).then((tool) => tool!);
  const ref = (slug: string) => toolRef(database.prisma, slug);

  beforeAll(async () => {
    editor = (await signedInAs("editor")).headers;
  });

  it("creates a draft, refuses to publish it without a capability, then publishes it", async () => {
    const created = await actions.createTool.runAs(editor, IDLE, form({ slug: "", name: "Pixel Painter 2", kind: "app", category: "image-model", vendor: "Acme", summary: "Paints pixels.", website: "https://example.com", pricingModel: "free", freeTier: true, "status.value": "active", ...sourceFields("status.source") }));
    expect(created).toMatchObject({ state: { status: "saved" }, redirectTo: "/admin/tools/pixel-painter-2" });
    expect(created.expire).toBeUndefined();
    const draft = await state("pixel-painter-2");
    expect(draft).toMatchObject({ published: false, version: 1, freeTier: true, capabilities: [] });
    expect(await findExistingSlugs(["pixel-painter-2"])).toEqual([]);

    const refused = await actions.setPublished.runAs(editor, IDLE, form({ ...(await ref("pixel-painter-2")), published: "yes" }));
    expect(refused.state).toMatchObject({ status: "invalid", message: expect.stringContaining("capabilities: needs at least one capability") });
    expect((await state("pixel-painter-2")).published).toBe(false);

    await actions.addCapability.runAs(editor, IDLE, form({ ...(await ref("pixel-painter-2")), title: "Paints", description: "Paints pixels on a canvas.", unique: "Pixels only.", vsAlternatives: "Simpler than others.", tags: ["image-generation"] }));
    const published = await actions.setPublished.runAs(editor, IDLE, form({ ...(await ref("pixel-painter-2")), published: "yes" }));
    expect(published.state.status).toBe("saved");
    expect(published.expire).toEqual(expect.arrayContaining([CACHE_TAGS.tool("pixel-painter-2"), CACHE_TAGS.catalogue]));
    expect(await findExistingSlugs(["pixel-painter-2"])).toEqual(["pixel-painter-2"]);
    expect((await getToolDetail("pixel-painter-2"))!.scores).not.toBeNull();
  });

  it("unpublishes (hidden from every public read, never deleted) and restores", async () => {
    const hidden = await actions.setPublished.runAs(editor, IDLE, form({ ...(await ref(SLUG)), published: "no" }));
    expect(hidden.state.status).toBe("saved");
    expect(await getToolDetail(SLUG)).toBeNull();
    expect(await findExistingSlugs([SLUG])).toEqual([]);
    expect(await database.prisma.capability.count({ where: { tool: { slug: SLUG } } })).toBe(11);

    await actions.setPublished.runAs(editor, IDLE, form({ ...(await ref(SLUG)), published: "yes" }));
    expect((await getToolDetail(SLUG))!.capabilities).toHaveLength(11);
  });

  const prices = (tool: ToolState) => tool.offers.flatMap((offer) => offer.prices);

  it("keeps one starting price: choosing another replaces it", async () => {
    const before = await state(SLUG);
    expect(prices(before).filter((price) => price.isStarting)).toHaveLength(1);
    const offerId = String(before.offers[0]!.id);
    const added = await actions.addPrice.runAs(editor, IDLE, form({ ...(await ref(SLUG)), offerId, label: "Batch input", meter: "input", batch: true, amount: "0.0375", currency: "usd", unit: "per_1m_input_tokens", isStarting: true, validFrom: isoToday(), ...sourceFields() }));
    expect(added.state).toMatchObject({ status: "saved" });
    const after = await state(SLUG);
    expect(prices(after).filter((price) => price.isStarting).map((price) => price.label)).toEqual(["Batch input"]);
    expect(prices(after).at(-1)).toMatchObject({ amount: "0.0375", currency: "USD", batch: true });
    expect((await getToolDetail(SLUG))!.prices.find((price) => price.isStarting)!.amount).toBe("0.0375");

    // Removing the starting price would leave none: refused until another is chosen.
    const batch = prices(after).at(-1)!;
    const refused = await actions.removePrice.runAs(editor, IDLE, form({ ...(await ref(SLUG)), priceId: String(batch.id) }));
    expect(refused.state).toMatchObject({ status: "invalid", message: expect.stringContaining("none is marked as the starting price") });
    const original = prices(before).find((price) => price.isStarting)!;
    const { id, source, tierFrom, validTo, ...fields } = original;
    const chosen = await actions.updatePrice.runAs(editor, IDLE, form({ ...(await ref(SLUG)), ...fields, priceId: String(id), tierFrom: tierFrom ?? "", validTo: validTo ?? "", ...sourceFields("source", source) }));
    expect(chosen.state).toMatchObject({ status: "saved" });
    const removed = await actions.removePrice.runAs(editor, IDLE, form({ ...(await ref(SLUG)), priceId: String(batch.id) }));
    expect(removed.state).toMatchObject({ status: "saved" });
    expect(prices(await state(SLUG))).toEqual(prices(before));
  });

  it("changes a price by closing the old one and opening a new one: history kept, last verified follows the new source", async () => {
    const before = await state(SLUG);
    const old = before.offers[0]!.prices.find((price) => price.isStarting)!;
    const checkedAt = isoToday();
    const changed = await actions.changePrice.runAs(editor, IDLE, form({ ...(await ref(SLUG)), priceId: String(old.id), amount: "9.5", effectiveFrom: checkedAt, ...sourceFields("source", { ...TEST_SOURCE, date: checkedAt, checkedAt }) }));
    expect(changed.state).toMatchObject({ status: "saved" });
    const after = await state(SLUG);
    const offerPrices = after.offers[0]!.prices.filter((price) => price.label === old.label);
    expect(offerPrices.map(({ amount, validFrom, validTo, isStarting }) => ({ amount, validFrom, validTo, isStarting }))).toEqual([
      { amount: old.amount, validFrom: old.validFrom, validTo: checkedAt, isStarting: false },
      { amount: "9.5", validFrom: checkedAt, validTo: null, isStarting: true },
    ]);
    expect(after.lastVerifiedAt).toBe(checkedAt);
    const detail = (await getToolDetail(SLUG))!;
    expect(detail.prices.find((price) => price.isStarting)!.amount).toBe("9.5");
    expect(detail.offers[0]!.prices.filter((price) => price.validTo !== null).map((price) => price.amount)).toContain(old.amount);
  });

  it("recomputes Rank and sub-scores from the signals on save; a Rank typed into a form is ignored", async () => {
    const before = (await getToolDetail(SLUG))!;
    const typedRank = await actions.updateProfile.runAs(editor, IDLE, form({ ...(await ref(SLUG)), ...profileFields(await state(SLUG)), rank: "100", summary: `${before.summary} Still.` }));
    expect(typedRank.state.status).toBe("saved");
    expect((await getToolDetail(SLUG))!.rank).toBe(before.rank);

    const tool = await state(SLUG);
    const elo = tool.signals.find((signal) => signal.kind === "arena_elo");
    const fields = { kind: "arena_elo", value: "1500", note: "", ...sourceFields() };
    const saved = elo
      ? await actions.updateSignal.runAs(editor, IDLE, form({ ...(await ref(SLUG)), ...fields, signalId: String(elo.id) }))
      : await actions.addSignal.runAs(editor, IDLE, form({ ...(await ref(SLUG)), ...fields }));
    expect(saved.state.status).toBe("saved");
    const after = (await getToolDetail(SLUG))!;
    expect(after.scores!.quality).toBeGreaterThan(before.scores!.quality ?? -1);
    expect(after.rank).toBeGreaterThan(before.rank ?? -1);
    expect(after.rank).toBe(after.scores!.rank);
    expect(saved.expire).toContain(CACHE_TAGS.tool(SLUG));
  });
});
