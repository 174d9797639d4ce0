import { z } from "zod";
import { STALE_CHECKED_STATUSES, stalePriceCutoff } from "@/lib/catalog/data-checks";
import { db } from "@/lib/db/client";
import { dateColumn, isoDate } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { categoryFromRow, categoryToRow, lifecycleStatusSchema, toolCategorySchema, toolKindSchema } from "@/lib/schemas/enums";

// The admin's tool list, which holds hundreds of tools: search by name or
// slug, filters, sorting and pages, all from the URL (a GET form). Name and
// slug searches use trigram indexes; each sort has its index.

export const ADMIN_TOOLS_PAGE_SIZE = 50;
export const ADMIN_TOOL_SORTS = { name: "Name", rank: "Rank (highest first)", verified: "Last verified (oldest first)", updated: "Last edited (newest first)" } as const;

const querySchema = z.object({
  q: z.string().trim().max(100).optional(),
  kind: toolKindSchema.optional(),
  category: toolCategorySchema.optional(),
  status: lifecycleStatusSchema.optional(),
  stale: z.literal("yes").optional(),
  pending: z.literal("yes").optional(),
  sort: z.enum(Object.keys(ADMIN_TOOL_SORTS) as [keyof typeof ADMIN_TOOL_SORTS, ...(keyof typeof ADMIN_TOOL_SORTS)[]]).default("name"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type AdminToolQuery = z.infer<typeof querySchema>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/** The list's URL state; a value that is not valid is left out (and named), so a bad link still shows the list. */
export function adminToolQuery(params: Record<string, string | string[] | undefined>): { query: AdminToolQuery; problems: string[] } {
  const raw = Object.fromEntries(Object.keys(querySchema.shape).map((name) => [name, first(params[name])]));
  const parsed = querySchema.safeParse(raw);
  if (parsed.success) return { query: parsed.data, problems: [] };
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  return {
    query: querySchema.parse(Object.fromEntries(Object.entries(raw).filter(([name]) => !bad.has(name)))),
    problems: [...bad].map((name) => `“${raw[name]}” is not a valid ${name}: ignored`),
  };
}

const ORDER: Record<AdminToolQuery["sort"], Prisma.ToolOrderByWithRelationInput[]> = {
  name: [{ name: "asc" }, { id: "asc" }],
  rank: [{ rank: { sort: "desc", nulls: "last" } }, { name: "asc" }],
  verified: [{ lastVerifiedAt: "asc" }, { name: "asc" }],
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
};

/** Tools with a price in force whose source is older than 180 days, on a tool whose status makes that matter (see isPriceStale). */
function staleWhere(today: string): Prisma.ToolWhereInput {
  return { status: { in: [...STALE_CHECKED_STATUSES] }, prices: { some: { validTo: null, sourceDate: { lt: dateColumn(stalePriceCutoff(today)) } } } };
}

export async function listToolsForAdmin(query: AdminToolQuery, today: string) {
  const pending = await db().sourceProposal.groupBy({ by: ["toolSlug"], where: { status: "pending" }, _count: { _all: true } });
  const pendingBySlug = new Map(pending.map((row) => [row.toolSlug, row._count._all]));
  const where: Prisma.ToolWhereInput = {
    AND: [
      query.q ? { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { slug: { contains: query.q, mode: "insensitive" } }] } : {},
      query.kind ? { kind: query.kind } : {},
      query.category ? { category: categoryToRow(query.category) } : {},
      query.status ? { status: query.status } : {},
      query.stale ? staleWhere(today) : {},
      query.pending ? { slug: { in: [...pendingBySlug.keys()] } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db().tool.findMany({
      where,
      orderBy: ORDER[query.sort],
      skip: (query.page - 1) * ADMIN_TOOLS_PAGE_SIZE,
      take: ADMIN_TOOLS_PAGE_SIZE,
      select: { id: true, slug: true, name: true, kind: true, category: true, status: true, published: true, version: true, rank: true, lastVerifiedAt: true, updatedAt: true },
    }),
    db().tool.count({ where }),
  ]);
  const stale = new Set((await db().tool.findMany({ where: { id: { in: rows.map((row) => row.id) }, ...staleWhere(today) }, select: { id: true } })).map((row) => row.id));
  const tools = rows.map((row) => ({
    ...row,
    category: categoryFromRow(row.category),
    lastVerifiedAt: isoDate(row.lastVerifiedAt),
    updatedAt: row.updatedAt.toISOString(),
    stale: stale.has(row.id),
    pending: pendingBySlug.get(row.slug) ?? 0,
  }));
  return { tools, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / ADMIN_TOOLS_PAGE_SIZE)) };
}

export type AdminToolRow = Awaited<ReturnType<typeof listToolsForAdmin>>["tools"][number];
