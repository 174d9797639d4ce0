import { beforeAll, describe, expect, inject, it } from "vitest";
import { CATALOGUE_DIRS } from "@/tests/support/databases";
import { NextRequest } from "next/server";
import { GET as exportRoute } from "@/app/admin/export/route";
import * as actions from "@/app/admin/import/actions";
import { exportCatalogueFile, fingerprint } from "@/lib/admin/catalogue/file-format";
import { IMPORT_IDLE } from "@/lib/admin/catalogue/import-state";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { loadSeedCatalogue } from "@/lib/seeds/load";
import { createPrismaClient, setDb } from "@/lib/db/client";
import { form } from "../support/admin-forms";
import { everything, SLUG } from "../support/admin-fixtures";
import { signedInAs } from "../support/admin-session";
import { cloneDatabase, databaseUrl, dropDatabase } from "../support/databases";
import { useTestDatabase } from "../support/test-database";

describe("import and export of the whole catalogue", () => {
  const database = useTestDatabase("seeded");
  let seeds: Awaited<ReturnType<typeof loadSeedCatalogue>>;
  beforeAll(async () => {
    seeds = await loadSeedCatalogue(CATALOGUE_DIRS.fixture);
  });

  it("export → import into an empty database → export gives the same file, byte for byte (drafts included)", async () => {
    await database.prisma.tool.update({ where: { slug: SLUG }, data: { published: false } });
    // A draft with nothing but a profile yet.
    const draft = { slug: "a-draft", name: "A draft", kind: "app", category: "chat_assistant", vendor: "Acme", summary: "Not ready.", website: "https://example.com", pricingModel: "free", freeTier: true, lastVerifiedAt: new Date("2025-01-02") } as const;
    const status = { statusSourceUrl: "https://example.com", statusSourceDate: new Date("2025-01-02"), statusCheckedAt: new Date("2025-01-02"), statusEvidence: "vendor" } as const;
    await database.prisma.tool.create({ data: { ...draft, ...status, published: false } });
    const exported = await exportCatalogueFile(database.prisma);
    expect(exported).toContain(`"unpublished": [\n    "a-draft",\n    "${SLUG}"\n  ]`);

    const empty = await cloneDatabase(inject("templates").migrated);
    const emptyPrisma = createPrismaClient(databaseUrl(empty), 4);
    try {
      setDb(emptyPrisma);
      const importer = await signedInAs("admin");
      const preview = await actions.previewCatalogueImport.runAs(importer.headers, IMPORT_IDLE, form({ catalogue: exported }));
      expect(preview.state.status).toBe("preview");
      if (preview.state.status !== "preview") return;
      // Every seeded tool, plus the draft.
      expect(preview.state.plan.tools.created).toHaveLength(seeds.tools.length + 1);
      expect(await emptyPrisma.tool.count()).toBe(0);

      const applied = await actions.applyCatalogueImport.runAs(importer.headers, IMPORT_IDLE, form({ catalogue: exported, fingerprint: preview.state.fingerprint }));
      expect(applied.state).toMatchObject({ status: "applied", message: `Imported: ${seeds.tools.length + 1} tools created, 0 tools changed, ${seeds.tags.length} tags added or changed.` });
      expect(await exportCatalogueFile(emptyPrisma)).toBe(exported);
      // Scores exist for the published tools only (not the unpublished one, nor the draft).
      // Scores for the published tools only: the draft and the unpublished tool get none.
      expect(await emptyPrisma.scoreSnapshot.count()).toBe(seeds.tools.length - 1);
      expect(await emptyPrisma.auditLog.count({ where: { action: "import.create" } })).toBe(seeds.tools.length + 1);
    } finally {
      setDb(database.prisma);
      await emptyPrisma.$disconnect();
      await dropDatabase(empty);
      await database.prisma.tool.update({ where: { slug: SLUG }, data: { published: true } });
      await database.prisma.tool.delete({ where: { slug: "a-draft" } });
    }
  });

  it("previews field by field and writes nothing; applying changes exactly what was previewed", async () => {
    const admin = await signedInAs("admin");
    const current = await exportCatalogueFile(database.prisma);
    const file = JSON.parse(current);
    const gemini = file.tools.find((tool: { slug: string }) => tool.slug === SLUG);
    gemini.vendor = "Google DeepMind";
    gemini.capabilities[0].title = "Cheap fast text";
    file.tools.push({ ...gemini, slug: "gemini-copy", name: "Gemini copy" });
    // An offer belongs to one tool: copying it with the tool is refused by name.
    const copiedOffer = await actions.previewCatalogueImport.runAs(admin.headers, IMPORT_IDLE, form({ catalogue: JSON.stringify(file) }));
    expect(copiedOffer.state).toMatchObject({ status: "invalid", problems: [{ where: "tools (gemini-copy).offers", message: expect.stringContaining(`is already an offer of ${SLUG}`) }] });
    file.tools.at(-1).offers = [];
    const text = JSON.stringify(file);

    const before = await everything(database.prisma);
    const preview = await actions.previewCatalogueImport.runAs(admin.headers, IMPORT_IDLE, form({ catalogue: text }));
    expect(await everything(database.prisma)).toEqual(before);
    expect(preview.state).toMatchObject({
      status: "preview",
      fingerprint: fingerprint(current),
      plan: {
        tools: {
          created: [{ slug: "gemini-copy" }],
          changed: [{ slug: SLUG, changes: [{ field: "vendor", before: "Google", after: "Google DeepMind" }, { field: "capability 1.title", after: "Cheap fast text" }] }],
        },
        untouched: [],
      },
    });
    if (preview.state.status !== "preview") return;
    expect(preview.state.plan.tools.unchanged).toHaveLength(seeds.tools.length - 1);

    const applied = await actions.applyCatalogueImport.runAs(admin.headers, IMPORT_IDLE, form({ catalogue: text, fingerprint: preview.state.fingerprint }));
    expect(applied.state.status).toBe("applied");
    expect(applied.expire).toEqual(expect.arrayContaining([CACHE_TAGS.tool(SLUG), CACHE_TAGS.tool("gemini-copy"), CACHE_TAGS.catalogue]));
    expect((await database.prisma.tool.findUniqueOrThrow({ where: { slug: SLUG } })).vendor).toBe("Google DeepMind");
    expect(await database.prisma.auditLog.findFirst({ where: { action: "import.update", tool: { slug: SLUG } } })).toMatchObject({ actorEmail: admin.email });

    // The same preview again is stale now: the catalogue moved on, so nothing is applied.
    const stale = await actions.applyCatalogueImport.runAs(admin.headers, IMPORT_IDLE, form({ catalogue: text, fingerprint: preview.state.fingerprint }));
    expect(stale.state).toMatchObject({ status: "failed", message: expect.stringContaining("changed since this preview") });
  });

  it("validates the whole file before anything is written, and names every problem", async () => {
    const admin = await signedInAs("admin");
    const file = JSON.parse(await exportCatalogueFile(database.prisma));
    file.tools[0].capabilities[0].tags = ["no-such-tag"];
    file.tools[1].website = "ftp://nope";
    file.tools[2].name = `${file.tools[2].name} (renamed)`;
    const before = await everything(database.prisma);
    for (const action of [actions.previewCatalogueImport, actions.applyCatalogueImport]) {
      const outcome = await action.runAs(admin.headers, IMPORT_IDLE, form({ catalogue: JSON.stringify(file), fingerprint: "x" }));
      expect(outcome.state).toMatchObject({ status: "invalid", problems: [{ where: `tools[1] (${file.tools[1].slug}).website`, message: "must be an http(s) URL" }] });
    }
    file.tools[1].website = "https://example.com";
    const unknownTag = await actions.applyCatalogueImport.runAs(admin.headers, IMPORT_IDLE, form({ catalogue: JSON.stringify(file), fingerprint: fingerprint(await exportCatalogueFile(database.prisma)) }));
    expect(unknownTag.state).toMatchObject({ status: "invalid", problems: [{ message: '"no-such-tag" is neither in the file\'s tags nor in the database' }] });
    const notJson = await actions.previewCatalogueImport.runAs(admin.headers, IMPORT_IDLE, form({ catalogue: "{ nope" }));
    expect(notJson.state).toMatchObject({ status: "invalid", problems: [{ where: "(file)", message: expect.stringContaining("is not valid JSON") }] });
    expect(await everything(database.prisma)).toEqual(before);
  });

  it("downloads the export only with a session", async () => {
    const url = "http://localhost:3000/admin/export";
    expect((await exportRoute(new NextRequest(url))).status).toBe(401);
    const editor = await signedInAs("editor");
    const response = await exportRoute(new NextRequest(url, { headers: editor.headers }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="toolmatch-catalogue-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(await response.text()).toBe(await exportCatalogueFile(database.prisma));
  });
});
