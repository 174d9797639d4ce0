import { exportCatalogueFile, fingerprint } from "@/lib/admin/catalogue/file-format";
import { createUser } from "@/lib/admin/users/create-user";
import { loadToolState } from "@/lib/admin/tools/tool-state";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SIGNAL_KINDS } from "@/lib/schemas/enums";
import { form, isoToday, toolRef } from "./admin-forms";
import { TEST_PASSWORD } from "./admin-session";

export const SLUG = "gemini-2-0-flash-lite";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A form each admin action accepts as valid, built against the current database (fresh versions and ids). */
export async function validForm(prisma: PrismaClient, action: string): Promise<FormData> {
  const ref = await toolRef(prisma, SLUG);
  const tool = (await loadToolState(prisma, { slug: SLUG }))!;
  const [first, last] = [tool.capabilities[0]!, tool.capabilities.at(-1)!];
  const profile = { name: tool.name, kind: tool.kind, vendor: tool.vendor, website: tool.website, sourceRepository: tool.sourceRepository, license: tool.license, pricingModel: tool.pricingModel, freeTier: tool.freeTier, lastVerifiedAt: tool.lastVerifiedAt };
  const capability = { title: `Batch prompts ${unique()}`, description: "Runs many prompts at half price.", unique: "Half the price of online calls.", vsAlternatives: "Like OpenAI's batch API.", tags: first.tags };
  const price = { label: `Batch ${unique()}`, amount: "0.0375", currency: "USD", unit: "per_1m_input_tokens", asOf: isoToday() };
  const missingKind = SIGNAL_KINDS.find((kind) => !tool.signals.some((signal) => signal.kind === kind))!;
  const signal = { kind: missingKind, value: "42", source: "https://example.com/evidence", observedAt: isoToday(), note: "" };
  const someone = async (role: "admin" | "editor") => (await createUser({ email: `someone-${unique()}@example.com`, name: "Someone", password: TEST_PASSWORD, role })).id;
  const catalogue = async (edit: boolean) => {
    const text = await exportCatalogueFile(prisma);
    return { catalogue: edit ? text.replace(tool.summary, `${tool.summary} Imported ${unique()}.`) : text, fingerprint: fingerprint(text) };
  };

  switch (action) {
    case "createTool":
      return form({ ...profile, slug: `new-tool-${unique()}`, name: `New tool ${unique()}`, summary: "A new tool." });
    case "updateProfile":
      return form({ ...ref, ...profile, summary: `${tool.summary} Edited ${unique()}.` });
    case "markVerifiedToday":
      return form(ref);
    case "setPublished":
      return form({ ...ref, published: tool.published ? "no" : "yes" });
    case "addCapability":
      return form({ ...ref, ...capability });
    case "updateCapability":
      return form({ ...ref, ...first, capabilityId: String(first.id), title: `${first.title} ${unique()}` });
    case "moveCapability":
      return form({ ...ref, capabilityId: String(first.id), direction: "down" });
    case "removeCapability":
      return form({ ...ref, capabilityId: String(last.id) });
    case "addPrice":
      return form({ ...ref, ...price });
    case "updatePrice":
      return form({ ...ref, ...tool.prices[0]!, priceId: String(tool.prices[0]!.id), amount: `0.0${counter++ + 1}` });
    case "removePrice":
      return form({ ...ref, priceId: String(tool.prices.at(-1)!.id) });
    case "addSignal":
      return form({ ...ref, ...signal });
    case "updateSignal":
      return form({ ...ref, ...tool.signals[0]!, value: String(tool.signals[0]!.value + 1), signalId: String(tool.signals[0]!.id), note: tool.signals[0]!.note ?? "" });
    case "removeSignal":
      return form({ ...ref, signalId: String(tool.signals[0]!.id) });
    case "addUser":
      return form({ email: `new-${unique()}@example.com`, name: "New editor", password: TEST_PASSWORD, role: "editor" });
    case "changeRole":
      return form({ userId: await someone("editor"), role: "admin" });
    case "removeUser":
      return form({ userId: await someone("editor") });
    case "previewCatalogueImport":
      return form(await catalogue(true));
    case "applyCatalogueImport":
      return form(await catalogue(true));
    default:
      throw new Error(`no valid form for the action "${action}": add one to tests/support/admin-fixtures.ts`);
  }
}

/** Everything an admin action could change: the catalogue, versions, accounts, sessions, audit log and score history. */
export async function everything(prisma: PrismaClient) {
  return {
    catalogue: await exportCatalogueFile(prisma),
    versions: await prisma.tool.findMany({ select: { slug: true, version: true, published: true, rank: true }, orderBy: { slug: "asc" } }),
    users: await prisma.user.findMany({ select: { email: true, role: true }, orderBy: { email: "asc" } }),
    sessions: await prisma.session.count(),
    audit: await prisma.auditLog.count(),
    snapshots: await prisma.scoreSnapshot.count(),
  };
}
