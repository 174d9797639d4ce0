import { beforeAll, describe, expect, it } from "vitest";
import * as actions from "@/app/admin/import/actions";
import { CATALOGUE_FORMAT, exportCatalogueFile, serializeCatalogue } from "@/lib/admin/catalogue/file-format";
import { IMPORT_IDLE } from "@/lib/admin/catalogue/import-state";
import { MAX_IMPORT_BYTES } from "@/lib/admin/catalogue/limits";
import { SIGNAL_KINDS } from "@/lib/schemas/enums";
import { form } from "../support/admin-forms";
import { signedInAs } from "../support/admin-session";
import { buildCapability, buildOffer, buildPrice, buildSignal, buildSource, buildTag, buildTool } from "../support/factories";
import { useTestDatabase } from "../support/test-database";

const TOOLS = 1000;

/** The form as the browser sends it: the file itself. */
function uploaded(text: string): FormData {
  const data = new FormData();
  data.set("catalogue", new File([text], "catalogue.json", { type: "application/json" }));
  return data;
}
const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => ["vector", "prompt", "stream", "batch", "tuned", "audio", "image", "agent"][(seed + i * 7) % 8]).join(" ");

/** 1,000 tools as full as real ones (five capabilities, an offer with two prices, three signals, each with its source), built with the seed schema. */
function bigCatalogue(): string {
  const tags = Array.from({ length: 40 }, (_, i) => buildTag({ slug: `bulk-tag-${i}` }));
  const tools = Array.from({ length: TOOLS }, (_, i) =>
    buildTool({
      slug: `bulk-tool-${String(i).padStart(4, "0")}`,
      summary: `Bulk tool ${i}: ${words(40, i)}.`,
      capabilities: Array.from({ length: 5 }, (_, c) =>
        buildCapability([tags[(i + c) % 40]!.slug, tags[(i * 3 + c) % 40]!.slug], {
          title: `Capability ${c} of tool ${i}`,
          description: `${words(40, i + c)}.`,
          unique: `${words(25, i * c)}.`,
          vsAlternatives: `${words(25, i + 2 * c)}.`,
        }),
      ),
      offers: [
        buildOffer({
          prices: (["input", "output"] as const).map((meter, p) =>
            buildPrice({ label: `Price ${p}`, meter, amount: `${p}.${i % 100}`, unit: meter === "output" ? "per_1m_output_tokens" : "per_1m_input_tokens", isStarting: p === 0 }),
          ),
        }),
      ],
      signals: SIGNAL_KINDS.slice(0, 3).map((kind, s) => buildSignal({ kind, value: i * 10 + s, source: buildSource({ url: `https://example.com/evidence/${i}/${s}`, kind: "measured" }) })),
    }),
  );
  return serializeCatalogue({ format: CATALOGUE_FORMAT, tags, tools, unpublished: tools.slice(0, 5).map((tool) => tool.slug) });
}

describe("import and export at size", () => {
  const database = useTestDatabase("migrated");
  let admin: Headers;
  let file: string;
  beforeAll(async () => {
    admin = (await signedInAs("admin")).headers;
    file = bigCatalogue();
  });

  it("a 1,000-tool file goes through the dry run and the apply, and exports back byte for byte", async () => {
    const bytes = Buffer.byteLength(file);
    expect(bytes).toBeGreaterThan(4 * 1024 * 1024);
    expect(bytes).toBeLessThanOrEqual(MAX_IMPORT_BYTES);

    const preview = await actions.previewCatalogueImport.runAs(admin, IMPORT_IDLE, uploaded(file));
    expect(preview.state.status).toBe("preview");
    if (preview.state.status !== "preview") return;
    expect(preview.state.plan.tools.created).toHaveLength(TOOLS);
    expect(await database.prisma.tool.count()).toBe(0);

    const confirm = uploaded(file);
    confirm.set("fingerprint", preview.state.fingerprint);
    const started = performance.now();
    const applied = await actions.applyCatalogueImport.runAs(admin, IMPORT_IDLE, confirm);
    console.info(`1,000-tool import: ${(Buffer.byteLength(file) / 1024 / 1024).toFixed(2)} MB applied in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(applied.state).toMatchObject({ status: "applied", message: `Imported: ${TOOLS} tools created, 0 tools changed, 40 tags added or changed.` });
    expect(await database.prisma.tool.count()).toBe(TOOLS);
    expect(await exportCatalogueFile(database.prisma)).toBe(file);
  }, 300_000);

  it("refuses a file over the limit with a message that says so, whether sent as a file or as text", async () => {
    const huge = file + " ".repeat(Math.max(0, MAX_IMPORT_BYTES + 1 - Buffer.byteLength(file)));
    for (const sent of [form({ catalogue: huge }), uploaded(huge)]) {
      const outcome = await actions.previewCatalogueImport.runAs(admin, IMPORT_IDLE, sent);
      expect(outcome.state).toMatchObject({ status: "invalid", problems: [{ where: "(file)", message: expect.stringMatching(/^The file is too large \(8\.0 MB\): an import reads at most 8\.0 MB/) }] });
    }
  });
});
