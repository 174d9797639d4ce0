import { describe, expect, it } from "vitest";
import { CATALOGUE_FORMAT, serializeCatalogue } from "@/lib/admin/catalogue/file-format";
import { parseCatalogueFile } from "@/lib/admin/catalogue/parse-file";
import { TEST_SOURCE } from "../support/sources";

const tag = { slug: "chat", name: "Chat", definition: "Talks back." };
const tool = {
  slug: "talker",
  name: "Talker",
  kind: "app",
  category: "chat-assistant",
  vendor: "Acme",
  summary: "Talks.",
  website: "https://talker.example",
  sourceRepository: null,
  license: null,
  pricingModel: "free",
  freeTier: true,
  status: { value: "active", date: null, successor: null, source: TEST_SOURCE },
  facts: {},
  capabilities: [{ title: "Chats", description: "Chats with you.", unique: "Politely.", vsAlternatives: "Like others.", tags: ["chat"], sources: [] }],
  offers: [],
  signals: [],
};
const file = (extra: object = {}) => JSON.stringify({ format: CATALOGUE_FORMAT, tags: [tag], tools: [tool], unpublished: [], ...extra });

describe("reading an import file", () => {
  it("accepts the export format and serialises it back identically", () => {
    const parsed = parseCatalogueFile(file());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const text = serializeCatalogue(parsed.file);
    expect(parseCatalogueFile(text)).toEqual(parsed);
    expect(serializeCatalogue((parseCatalogueFile(text) as { ok: true; file: typeof parsed.file }).file)).toBe(text);
  });

  it("names each problem with the tool it is in", () => {
    expect(parseCatalogueFile("{")).toMatchObject({ ok: false, problems: [{ where: "(file)" }] });
    expect(parseCatalogueFile(JSON.stringify({ tags: [], tools: [] }))).toMatchObject({ ok: false, problems: [{ where: "format", message: expect.stringContaining(CATALOGUE_FORMAT) }] });
    expect(parseCatalogueFile(file({ tools: [{ ...tool, amount: 1, website: "nope" }] }))).toMatchObject({ ok: false, problems: [{ where: "tools[0] (talker).website" }] });
    expect(parseCatalogueFile(file({ tools: [tool, tool] }))).toMatchObject({ ok: false, problems: [{ where: "tools (talker)", message: "the slug appears more than once" }] });
    expect(parseCatalogueFile(file({ unpublished: ["ghost"] }))).toMatchObject({ ok: false, problems: [{ where: "unpublished (ghost)" }] });
  });

  it("lets an unpublished draft have no capabilities yet, but not a published tool", () => {
    const draft = { ...tool, capabilities: [] };
    expect(parseCatalogueFile(file({ tools: [draft], unpublished: ["talker"] }))).toMatchObject({ ok: true, file: { tools: [{ capabilities: [] }] } });
    expect(parseCatalogueFile(file({ tools: [draft] }))).toMatchObject({ ok: false, problems: [{ where: "tools[0] (talker).capabilities", message: "needs at least one capability" }] });
  });
});
