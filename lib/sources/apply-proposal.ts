import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx, ToolState } from "@/lib/admin/tools/tool-state";
import { RejectedEdit } from "@/lib/admin/tools/write-tool";
import { offerStatusToRow, priceToRow, sourceToColumns } from "@/lib/catalog/fact-rows";
import { statusToRow } from "@/lib/catalog/profile";
import { dateColumn } from "@/lib/dates";
import { FACT_KEYS, FACT_VALUE_SCHEMAS } from "@/lib/schemas/facts";
import { offerStatusSchema, toolStatusSchema } from "@/lib/schemas/tool";
import { fieldErrors } from "@/lib/admin/form-state";
import { hasStartingPrice, sameAmount, samePricePoint } from "./price-points";
import type { After, Payload } from "./proposal";

// What accepting a proposal does to a tool, inside the admin's write path
// (lib/admin/tools/write-tool.ts): each first checks that the catalogue
// still holds what the proposal was made against, and refuses if not.

/** The lifecycle an editor confirms when accepting a status proposal (a dataset gives no shutdown date). */
export type StatusChoice = { value: "deprecated" | "retired"; date: string };

const stale = (message: string): never => {
  throw new RejectedEdit({}, `Not accepted: ${message}. Run sources:sync again for an up-to-date proposal.`);
};

function ownOffer(tool: ToolState, ref: { providerSlug: string; modelId: string }) {
  return tool.offers.find((offer) => offer.providerSlug === ref.providerSlug && offer.modelId === ref.modelId) ?? stale(`${ref.providerSlug}/${ref.modelId} is no longer an offer of ${tool.slug}`);
}

async function changePrice(tx: Tx, tool: ToolState, payload: Extract<Payload, { kind: "price_change" }>): Promise<void> {
  const { before, after } = payload;
  const offer = ownOffer(tool, after.offer);
  const current = offer.prices.find(samePricePoint(after.price));
  const matches = current ? before !== null && sameAmount(current.amount, before.amount) : before === null;
  if (!matches) stale(`the price is now ${current ? current.amount : "absent"}, not ${before?.amount ?? "absent"}`);
  if (current) {
    if (after.price.validFrom <= current.validFrom) stale(`the current price began ${current.validFrom}, on or after ${after.price.validFrom}`);
    await tx.pricePoint.update({ where: { id: current.id }, data: { validTo: dateColumn(after.price.validFrom), isStarting: false } });
  }
  const isStarting = after.price.isStarting && (current?.isStarting || !hasStartingPrice(tool.offers));
  await tx.pricePoint.create({ data: { ...priceToRow({ ...after.price, isStarting }), toolId: tool.id, offerId: offer.id, position: offer.prices.length } });
}

async function addOffer(tx: Tx, tool: ToolState, { offer }: After<"new_offer">): Promise<void> {
  // An API offer belongs to one tool (see duplicateApiOffers): one another tool already has is not added twice.
  const taken = await tx.offer.findFirst({ where: { providerSlug: offer.providerSlug, modelId: offer.modelId }, select: { id: true } });
  if (taken) stale(`${offer.providerSlug}/${offer.modelId} is already in the catalogue`);
  const { prices, status, ...columns } = offer;
  const created = await tx.offer.create({ data: { ...columns, ...offerStatusToRow(status), toolId: tool.id, position: tool.offers.length } });
  const starting = hasStartingPrice(tool.offers);
  await tx.pricePoint.createMany({ data: prices.map((price, position) => ({ ...priceToRow({ ...price, isStarting: price.isStarting && !starting }), toolId: tool.id, offerId: created.id, position })) });
}

async function setFact(tx: Tx, tool: ToolState, payload: Extract<Payload, { kind: "fact_change" }>): Promise<void> {
  const { name, value, source } = payload.after;
  const current = tool.facts[name];
  if (JSON.stringify(current?.value ?? null) !== JSON.stringify(payload.before?.value ?? null)) stale(`${name} is now ${JSON.stringify(current?.value ?? null)}`);
  const checked = FACT_VALUE_SCHEMAS[name].safeParse(value);
  if (!checked.success) throw new RejectedEdit({}, `Not accepted: ${name} ${checked.error.issues[0]?.message}.`);
  const key = FACT_KEYS[name];
  const data = { value: checked.data as Prisma.InputJsonValue, ...sourceToColumns(source) };
  await tx.toolFact.upsert({ where: { toolId_key: { toolId: tool.id, key } }, create: { toolId: tool.id, key, ...data }, update: data });
}

async function setStatus(tx: Tx, tool: ToolState, payload: Extract<Payload, { kind: "status_change" }>, choice: StatusChoice | undefined): Promise<void> {
  if (!choice) throw new RejectedEdit({ "status.date": "is required: the date the source does not give" }, "Not accepted: give the shutdown (or retirement) date.");
  const { offer: ref, source } = payload.after;
  const status = { value: choice.value, date: choice.date, source };
  if (!ref) {
    if (tool.status.value !== payload.before.value) stale(`${tool.slug} is now ${tool.status.value}`);
    const parsed = toolStatusSchema.safeParse({ ...status, successor: tool.status.successor });
    if (!parsed.success) throw new RejectedEdit(prefixed(fieldErrors(parsed.error)), "Not accepted: please correct the status.");
    await tx.tool.update({ where: { id: tool.id }, data: statusToRow(parsed.data) });
    return;
  }
  const offer = ownOffer(tool, ref);
  if ((offer.status?.value ?? tool.status.value) !== payload.before.value) stale(`the ${offer.provider} offer is now ${offer.status?.value ?? tool.status.value}`);
  const parsed = offerStatusSchema.safeParse(status);
  if (!parsed.success) throw new RejectedEdit(prefixed(fieldErrors(parsed.error)), "Not accepted: please correct the status.");
  await tx.offer.update({ where: { id: offer.id }, data: offerStatusToRow(parsed.data) });
}

const prefixed = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([field, message]) => [`status.${field}`, message]));

/** Applies one accepted proposal (not a new tool: see accept-new-tool.ts) to the tool it is about. */
export async function applyProposal(tx: Tx, tool: ToolState, payload: Payload, choice?: StatusChoice): Promise<void> {
  switch (payload.kind) {
    case "price_change":
      return changePrice(tx, tool, payload);
    case "new_offer":
      return addOffer(tx, tool, payload.after);
    case "fact_change":
      return setFact(tx, tool, payload);
    case "status_change":
      return setStatus(tx, tool, payload, choice);
    case "new_tool":
      throw new Error("a new tool is created by acceptNewTool, not applied to a tool");
  }
}
