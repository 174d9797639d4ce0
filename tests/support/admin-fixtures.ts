import { exportCatalogueFile, fingerprint } from "@/lib/admin/catalogue/file-format";
import { createUser } from "@/lib/admin/users/create-user";
import { loadToolState, type PriceState } from "@/lib/admin/tools/tool-state";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SIGNAL_KINDS } from "@/lib/schemas/enums";
import { form, isoToday, toolRef } from "./admin-forms";
import { TEST_PASSWORD } from "./admin-session";
import { sourceFields, TEST_SOURCE } from "./sources";

export const SLUG = "gemini-2-0-flash-lite";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A form each admin action accepts as valid, built against the current database (fresh versions and ids). */
export async function validForm(prisma: PrismaClient, action: string): Promise<FormData> {
  const ref = await toolRef(prisma, SLUG);
  const tool = (await loadToolState(prisma, { slug: SLUG }))!;
  const [first, last] = [tool.capabilities[0]!, tool.capabilities.at(-1)!];
  const profile = { name: tool.name, kind: tool.kind, category: tool.category, vendor: tool.vendor, website: tool.website, sourceRepository: tool.sourceRepository, license: tool.license, pricingModel: tool.pricingModel, freeTier: tool.freeTier };
  const capability = { title: `Batch prompts ${unique()}`, description: "Runs many prompts at half price.", unique: "Half the price of online calls.", vsAlternatives: "Like OpenAI's batch API.", tags: first.tags };
  const offer = tool.offers[0]!;
  const current = offer.prices.find((p) => p.validTo === null)!;
  const price = { offerId: String(offer.id), label: `Batch ${unique()}`, meter: "input", amount: "0.0375", currency: "USD", unit: "per_1m_input_tokens", batch: true, validFrom: isoToday(), ...sourceFields() };
  const priceFields = (p: PriceState) => ({ priceId: String(p.id), label: p.label, meter: p.meter, amount: p.amount, currency: p.currency, unit: p.unit, tierFrom: p.tierFrom ?? "", batch: p.batch, isStarting: p.isStarting, validFrom: p.validFrom, validTo: p.validTo ?? "", ...sourceFields("source", p.source) });
  const missingKind = SIGNAL_KINDS.find((kind) => !tool.signals.some((signal) => signal.kind === kind))!;
  const signal = { kind: missingKind, value: "42", note: "", ...sourceFields() };
  const status = { "status.value": "deprecated", "status.date": "2999-01-01", "status.successor": "", ...sourceFields("status.source") };
  const someone = async (role: "admin" | "editor") => (await createUser({ email: `someone-${unique()}@example.com`, name: "Someone", password: TEST_PASSWORD, role })).id;
  const catalogue = async (edit: boolean) => {
    const text = await exportCatalogueFile(prisma);
    return { catalogue: edit ? text.replace(tool.summary, `${tool.summary} Imported ${unique()}.`) : text, fingerprint: fingerprint(text) };
  };

  /** A pending proposal from a source of its own (so deciding "all from the source" decides just this one). */
  const proposal = async () => {
    const source = `test-source-${unique()}`;
    const value = 1000 + counter++;
    const before = tool.facts.contextWindow ? { value: tool.facts.contextWindow.value } : null;
    const row = await prisma.sourceProposal.create({
      data: { source, sourceVersion: "1", sourceDate: new Date("2025-06-01"), kind: "fact_change", toolSlug: SLUG, subject: `${SLUG} contextWindow`, before: before ?? undefined, after: { name: "contextWindow", value, source: TEST_SOURCE }, fingerprint: `${source}-${value}` },
    });
    return { proposalId: String(row.id), source };
  };

  switch (action) {
    case "acceptProposal":
      return form({ proposalId: (await proposal()).proposalId });
    case "rejectProposal":
      return form({ proposalId: (await proposal()).proposalId });
    case "decideSource":
      return form({ source: (await proposal()).source, decision: "accept" });
    case "createTool":
      return form({ ...profile, slug: `new-tool-${unique()}`, name: `New tool ${unique()}`, summary: "A new tool.", ...status, "status.value": "active", "status.date": "" });
    case "updateProfile":
      return form({ ...ref, ...profile, summary: `${tool.summary} Edited ${unique()}.` });
    case "updateStatus":
      return form({ ...ref, ...status });
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
    case "addOffer":
      return form({ ...ref, provider: "Some Host", providerSlug: `host-${unique()}`, modelId: tool.slug, url: "https://example.com/pricing" });
    case "updateOffer":
      return form({ ...ref, offerId: String(offer.id), provider: `${offer.provider} ${unique()}`, providerSlug: offer.providerSlug, modelId: offer.modelId, url: offer.url ?? "" });
    case "addPrice":
      return form({ ...ref, ...price });
    case "updatePrice":
      return form({ ...ref, ...priceFields(current), label: `${current.label} ${unique()}` });
    case "changePrice":
      return form({ ...ref, priceId: String(current.id), amount: `${Number(current.amount) + 1}`, effectiveFrom: isoToday(), ...sourceFields() });
    case "endPrice":
      return form({ ...ref, priceId: String(current.id), validTo: isoToday() });
    case "removePrice":
      return form({ ...ref, priceId: String(offer.prices.filter((p) => !p.isStarting).at(-1)!.id) });
    case "setFact":
      return form({ ...ref, name: "contextWindow", value: `${1000 + counter++}`, ...sourceFields() });
    case "removeFact":
      return form({ ...ref, name: "contextWindow" });
    case "addSignal":
      return form({ ...ref, ...signal });
    case "updateSignal": {
      const { kind, value, rounded, note, source, id } = tool.signals[0]!;
      return form({ ...ref, kind, rounded, value: String(value + 1), signalId: String(id), note: note ?? "", ...sourceFields("source", source) });
    }
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

/** Everything an admin action could change: the catalogue, versions, accounts, sessions, audit log, score history and proposals. */
export async function everything(prisma: PrismaClient) {
  return {
    catalogue: await exportCatalogueFile(prisma),
    versions: await prisma.tool.findMany({ select: { slug: true, version: true, published: true, rank: true }, orderBy: { slug: "asc" } }),
    users: await prisma.user.findMany({ select: { email: true, role: true }, orderBy: { email: "asc" } }),
    sessions: await prisma.session.count(),
    audit: await prisma.auditLog.count(),
    snapshots: await prisma.scoreSnapshot.count(),
    proposals: await prisma.sourceProposal.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
  };
}
