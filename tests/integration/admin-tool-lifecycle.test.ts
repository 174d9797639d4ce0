import { beforeAll, describe, expect, it } from "vitest";
import * as actions from "@/app/admin/tools/actions";
import { IDLE } from "@/lib/admin/form-state";
import { loadToolState } from "@/lib/admin/tools/tool-state";
import { findExistingSlugs, getToolDetail } from "@/lib/catalog/queries";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { form, isoToday, profileFields, toolRef } from "../support/admin-forms";
import { SLUG } from "../support/admin-fixtures";
import { signedInAs } from "../support/admin-session";
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
    const created = await actions.createTool.runAs(editor, IDLE, form({ slug: "", name: "Pixel Painter 2", kind: "app", vendor: "Acme", summary: "Paints pixels.", website: "https://example.com", pricingModel: "free", freeTier: true, lastVerifiedAt: "2025-06-01" }));
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

  it("keeps one starting price: choosing another replaces it", async () => {
    const before = await state(SLUG);
    expect(before.prices.filter((price) => price.isStarting)).toHaveLength(1);
    const added = await actions.addPrice.runAs(editor, IDLE, form({ ...(await ref(SLUG)), label: "Batch input", amount: "0.0375", currency: "usd", unit: "per_1m_input_tokens", isStarting: true, asOf: isoToday() }));
    expect(added.state.status).toBe("saved");
    const after = await state(SLUG);
    expect(after.prices.filter((price) => price.isStarting).map((price) => price.label)).toEqual(["Batch input"]);
    expect(after.prices.at(-1)).toMatchObject({ amount: "0.0375", currency: "USD" });
    expect((await getToolDetail(SLUG))!.prices.find((price) => price.isStarting)!.amount).toBe("0.0375");

    const removed = await actions.removePrice.runAs(editor, IDLE, form({ ...(await ref(SLUG)), priceId: String(after.prices.at(-1)!.id) }));
    expect(removed.state.status).toBe("saved");
    expect((await state(SLUG)).prices).toHaveLength(before.prices.length);
  });

  it("recomputes Rank and sub-scores from the signals on save; a Rank typed into a form is ignored", async () => {
    const before = (await getToolDetail(SLUG))!;
    const typedRank = await actions.updateProfile.runAs(editor, IDLE, form({ ...(await ref(SLUG)), ...profileFields(await state(SLUG)), rank: "100", summary: `${before.summary} Still.` }));
    expect(typedRank.state.status).toBe("saved");
    expect((await getToolDetail(SLUG))!.rank).toBe(before.rank);

    const tool = await state(SLUG);
    const elo = tool.signals.find((signal) => signal.kind === "arena_elo");
    const fields = { kind: "arena_elo", value: "1500", source: "https://lmarena.ai/leaderboard", observedAt: isoToday(), note: "" };
    const saved = elo
      ? await actions.updateSignal.runAs(editor, IDLE, form({ ...(await ref(SLUG)), ...fields, signalId: String(elo.id) }))
      : await actions.addSignal.runAs(editor, IDLE, form({ ...(await ref(SLUG)), ...fields }));
    expect(saved.state.status).toBe("saved");
    const after = (await getToolDetail(SLUG))!;
    expect(after.scores!.quality).toBeGreaterThan(before.scores!.quality);
    expect(after.rank).toBeGreaterThan(before.rank);
    expect(after.rank).toBe(after.scores!.rank);
    expect(saved.expire).toContain(CACHE_TAGS.tool(SLUG));
  });
});
