import { z } from "zod";
import { db } from "@/lib/db/client";
import { isoDate } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { describeProposal } from "@/lib/sources/describe";
import { PROPOSAL_KINDS, type Payload, type ProposalKind } from "@/lib/sources/proposal";
import { readStored } from "@/lib/sources/stored";

export const PROPOSALS_PAGE_SIZE = 100;

const KIND_LABELS: Record<ProposalKind, string> = { new_tool: "New model", new_offer: "New offer", price_change: "Price", status_change: "Status", fact_change: "Fact" };
export { KIND_LABELS as PROPOSAL_KIND_LABELS };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/** The page's URL state; an unreadable value is dropped (and named), never an error page. */
export function proposalFilters(params: Record<string, string | string[] | undefined>) {
  const schema = z.object({
    source: z.string().trim().min(1).max(100).optional(),
    kind: z.enum(PROPOSAL_KINDS).optional(),
    tool: z.string().trim().min(1).max(100).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
  });
  const raw = { source: first(params.source), kind: first(params.kind), tool: first(params.tool), page: first(params.page) };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { filters: parsed.data, problems: [] as string[] };
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const problems = [...bad].map((name) => `“${raw[name as keyof typeof raw]}” is not a valid ${name}: ignored`);
  return { filters: schema.parse(Object.fromEntries(Object.entries(raw).filter(([name]) => !bad.has(name)))), problems };
}

export type ProposalFilters = ReturnType<typeof proposalFilters>["filters"];

function sourceUrl(payload: Payload): string {
  switch (payload.kind) {
    case "price_change":
      return payload.after.price.source.url;
    case "new_offer":
      return payload.after.offer.url ?? payload.after.offer.prices[0]?.source.url ?? "";
    case "new_tool":
      return payload.after.tool.status.source.url;
    default:
      return payload.after.source.url;
  }
}

export type ProposalView = { id: number; kind: ProposalKind; subject: string; before: string; after: string; flags: string[]; version: string; date: string; url: string; needsDate: boolean };
export type ToolGroup = { slug: string; name: string | null; proposals: ProposalView[] };
export type SourceGroup = { source: string; tools: ToolGroup[] };

/** Pending proposals, a page at a time, grouped by source and then by tool; plus each source's whole pending count (for "all from this source"). */
export async function listPendingProposals(filters: ProposalFilters) {
  const where: Prisma.SourceProposalWhereInput = { status: "pending", ...(filters.source && { source: filters.source }), ...(filters.kind && { kind: filters.kind }), ...(filters.tool && { toolSlug: filters.tool }) };
  const [rows, total, perSource] = await Promise.all([
    db().sourceProposal.findMany({ where, orderBy: [{ source: "asc" }, { toolSlug: "asc" }, { id: "asc" }], skip: (filters.page - 1) * PROPOSALS_PAGE_SIZE, take: PROPOSALS_PAGE_SIZE }),
    db().sourceProposal.count({ where }),
    db().sourceProposal.groupBy({ by: ["source"], where: { status: "pending" }, _count: { _all: true }, orderBy: { source: "asc" } }),
  ]);
  const names = new Map((await db().tool.findMany({ where: { slug: { in: [...new Set(rows.map((row) => row.toolSlug))] } }, select: { slug: true, name: true } })).map((t) => [t.slug, t.name]));
  const groups: SourceGroup[] = [];
  for (const row of rows) {
    const stored = readStored(row);
    const described = "error" in stored ? { before: "", after: stored.error } : describeProposal(stored.payload);
    const view: ProposalView = {
      id: row.id,
      kind: row.kind,
      subject: row.subject,
      ...described,
      flags: row.flags,
      version: row.sourceVersion,
      date: isoDate(row.sourceDate),
      url: "error" in stored ? "" : sourceUrl(stored.payload),
      needsDate: row.kind === "status_change",
    };
    let group = groups.at(-1);
    if (group?.source !== row.source) groups.push((group = { source: row.source, tools: [] }));
    let tool = group.tools.at(-1);
    if (tool?.slug !== row.toolSlug) group.tools.push((tool = { slug: row.toolSlug, name: names.get(row.toolSlug) ?? null, proposals: [] }));
    tool.proposals.push(view);
  }
  const sources = perSource.map((row) => ({ source: row.source, pending: row._count._all }));
  return { groups, total, sources, page: filters.page, pageCount: Math.max(1, Math.ceil(total / PROPOSALS_PAGE_SIZE)) };
}
