import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { isoDate } from "@/lib/dates";
import { CATALOGUE_PAGE_SIZE, type CatalogueQuery } from "@/lib/schemas/catalogue-query";
import { categoryFromRow, categoryToRow, type LifecycleStatus } from "@/lib/schemas/enums";
import { scoreViewOf } from "@/lib/scoring/snapshot";
import { factsFromRows, offerFromRow, signalFromRow } from "./fact-rows";
import { statusFromRow } from "./profile";
import type { KindStanding, OfferView, PriceView, ScoreView, TagRef, ToolDetail, ToolSummary } from "./types";

export const summarySelect = {
  slug: true,
  name: true,
  kind: true,
  category: true,
  vendor: true,
  summary: true,
  pricingModel: true,
  freeTier: true,
  rank: true,
  provisional: true,
  lastVerifiedAt: true,
  status: true,
  statusDate: true,
} satisfies Prisma.ToolSelect;

type SummaryRow = Prisma.ToolGetPayload<{ select: typeof summarySelect }>;

/** The one mapping from a tool row to the summary every list shows. */
export function toSummary(row: Omit<SummaryRow, "category"> & { category: string }): ToolSummary {
  return { ...row, category: categoryFromRow(row.category), lastVerifiedAt: isoDate(row.lastVerifiedAt), statusDate: row.statusDate && isoDate(row.statusDate) };
}

/** Tools one can pick today: what "Top tools", comparisons worth opening and the default catalogue list. */
export const AVAILABLE_STATUSES: LifecycleStatus[] = ["active", "preview"];

/** Which of these slugs name published tools. */
export async function findExistingSlugs(slugs: readonly string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  const rows = await db().tool.findMany({ where: { slug: { in: [...slugs] }, published: true }, select: { slug: true } });
  return rows.map((row) => row.slug);
}

const detailInclude = {
  successor: { select: { slug: true, name: true } },
  capabilities: { orderBy: [{ derived: "asc" }, { position: "asc" }], include: { taggings: { include: { tag: true } } } },
  offers: { orderBy: { position: "asc" }, include: { prices: { orderBy: [{ validFrom: "desc" }, { position: "asc" }] } } },
  facts: true,
  signals: { orderBy: { kind: "asc" } },
  snapshots: { orderBy: { computedAt: "desc" }, take: 1 },
} satisfies Prisma.ToolInclude;

type DetailRow = Prisma.ToolGetPayload<{ include: typeof detailInclude }>;

function toOfferView(offer: DetailRow["offers"][number]): OfferView {
  const { provider, providerSlug, modelId, url, prices } = offerFromRow(offer);
  const views = prices.map((price): PriceView => ({ ...price, provider }));
  const status = offerFromRow(offer).status;
  return { provider, providerSlug, modelId, url, status, prices: [...views.filter((p) => p.validTo === null), ...views.filter((p) => p.validTo !== null)] };
}

export async function getToolDetail(slug: string): Promise<ToolDetail | null> {
  const tool = await db().tool.findUnique({ where: { slug }, include: detailInclude });
  if (!tool || !tool.published) return null;
  const latest = tool.snapshots[0];
  const offers = tool.offers.map(toOfferView);
  const lifecycle = statusFromRow({ ...tool, successor: tool.successor });
  return {
    ...toSummary(tool),
    website: tool.website,
    sourceRepository: tool.sourceRepository,
    license: tool.license,
    timesMatched: tool.timesMatched,
    version: tool.version,
    updatedAt: tool.updatedAt.toISOString(),
    scores: latest ? scoreViewOf(latest) : null,
    lifecycle: { value: lifecycle.value, date: lifecycle.date, source: lifecycle.source, successor: tool.successor },
    facts: factsFromRows(tool.facts),
    capabilities: tool.capabilities.map((capability) => ({
      id: capability.id,
      title: capability.title,
      description: capability.description,
      unique: capability.unique,
      vsAlternatives: capability.vsAlternatives,
      tags: capability.taggings.map(({ tag }) => ({ slug: tag.slug, name: tag.name })).sort((a, b) => a.name.localeCompare(b.name)),
      sources: capability.sources,
      derived: capability.derived,
    })),
    offers,
    prices: offers.flatMap((offer) => offer.prices.filter((price) => price.validTo === null)),
    signals: tool.signals.map(signalFromRow),
  };
}

export async function getScoreHistory(slug: string, limit = 20): Promise<ScoreView[]> {
  const rows = await db().scoreSnapshot.findMany({
    where: { tool: { slug } },
    orderBy: { computedAt: "desc" },
    take: limit,
  });
  return rows.map(scoreViewOf);
}

const RANK_DESC = { rank: { sort: "desc", nulls: "last" } } satisfies Prisma.ToolOrderByWithRelationInput;

const ORDER_BY: Record<CatalogueQuery["sort"], Prisma.ToolOrderByWithRelationInput[]> = {
  // Provisional Ranks are not placed among the others: they follow, in Rank order, unless "rank-all" asks to mix them in.
  rank: [{ provisional: "asc" }, RANK_DESC, { name: "asc" }],
  "rank-all": [RANK_DESC, { name: "asc" }],
  name: [{ name: "asc" }],
  verified: [{ lastVerifiedAt: "desc" }, { name: "asc" }],
};

function statusFilter(status: CatalogueQuery["status"]): Prisma.ToolWhereInput {
  if (status === "all") return {};
  if (status === "available") return { status: { in: AVAILABLE_STATUSES } };
  return { status };
}

export type CataloguePage = { items: ToolSummary[]; total: number; page: number; pageCount: number };

export async function listTools(query: CatalogueQuery, pageSize = CATALOGUE_PAGE_SIZE): Promise<CataloguePage> {
  const where: Prisma.ToolWhereInput = {
    published: true,
    ...statusFilter(query.status),
    ...(query.kind && { kind: query.kind }),
    ...(query.category && { category: categoryToRow(query.category) }),
    ...(query.pricing && { pricingModel: query.pricing }),
    ...(query.free && { freeTier: query.free === "yes" }),
  };
  const [rows, total] = await Promise.all([
    db().tool.findMany({ where, select: summarySelect, orderBy: ORDER_BY[query.sort], skip: (query.page - 1) * pageSize, take: pageSize }),
    db().tool.count({ where }),
  ]);
  return { items: rows.map(toSummary), total, page: query.page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** The best-ranked tools one can pick today; provisional Ranks are left out. */
export async function getTopTools(limit: number): Promise<ToolSummary[]> {
  const rows = await db().tool.findMany({
    where: { published: true, provisional: false, rank: { not: null }, status: { in: AVAILABLE_STATUSES } },
    select: summarySelect,
    orderBy: ORDER_BY.rank,
    take: limit,
  });
  return rows.map(toSummary);
}

/** A tool's place among the ranked tools of its kind (provisional and unranked ones are not placed). */
export async function getKindStanding(slug: string): Promise<KindStanding | null> {
  const tool = await db().tool.findUnique({ where: { slug }, select: { kind: true, rank: true, provisional: true, published: true } });
  if (!tool || !tool.published) return null;
  const ranked = { published: true, kind: tool.kind, provisional: false, rank: { not: null } } satisfies Prisma.ToolWhereInput;
  const placed = tool.rank !== null && !tool.provisional;
  const [total, ahead] = await Promise.all([db().tool.count({ where: ranked }), placed ? db().tool.count({ where: { ...ranked, rank: { gt: tool.rank! } } }) : 0]);
  return { kind: tool.kind, position: placed ? ahead + 1 : null, total };
}

export async function listPublishedSlugs(): Promise<{ slug: string; updatedAt: string }[]> {
  const rows = await db().tool.findMany({ where: { published: true }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
  return rows.map((row) => ({ slug: row.slug, updatedAt: row.updatedAt.toISOString() }));
}

export type ComparisonLink = { slugs: string[]; names: string[]; views: number };

/** The most-viewed comparisons whose tools are all still published and available. */
export async function getMostViewedComparisons(limit: number): Promise<ComparisonLink[]> {
  const rows = await db().comparisonView.findMany({ orderBy: [{ reach: "desc" }, { views: "desc" }, { pairKey: "asc" }], take: limit * 2 });
  const slugs = [...new Set(rows.flatMap((row) => row.slugs))];
  const tools = await db().tool.findMany({ where: { slug: { in: slugs }, published: true, status: { in: AVAILABLE_STATUSES } }, select: { slug: true, name: true } });
  const names = new Map(tools.map((tool) => [tool.slug, tool.name]));
  return rows
    .filter((row) => row.slugs.every((slug) => names.has(slug)))
    .slice(0, limit)
    .map((row) => ({ slugs: row.slugs, names: row.slugs.map((slug) => names.get(slug)!), views: row.views }));
}

/** A tag, how many published tools carry it, and the first of them by Rank (settled Ranks first). */
export type TagWithTools = TagRef & { definition: string; toolCount: number; tools: { slug: string; name: string }[] };

/** Every capability tag with its `perTag` best-ranked tools: a page of tags stays small whatever the catalogue's size. */
export async function listTagsWithTools(perTag: number): Promise<TagWithTools[]> {
  const rows = await db().$queryRaw<{ slug: string; name: string; definition: string; toolCount: number; tools: { slug: string; name: string }[] }[]>`
    SELECT tag.slug, tag.name, tag.definition, carriers.total AS "toolCount",
           coalesce((SELECT json_agg(json_build_object('slug', best.slug, 'name', best.name))
                       FROM (SELECT t.slug, t.name FROM tool t
                              WHERE t.published AND t.id = ANY(carriers.ids)
                              ORDER BY t.provisional, t.rank DESC NULLS LAST, t.name
                              LIMIT ${perTag}) best), '[]'::json) AS tools
    FROM capability_tag tag
    CROSS JOIN LATERAL (
      SELECT count(DISTINCT t.id)::int AS total, array_agg(DISTINCT t.id) AS ids
      FROM capability_tagging ct
      JOIN capability c ON c.id = ct.capability_id
      JOIN tool t ON t.id = c.tool_id AND t.published
      WHERE ct.tag_id = tag.id
    ) carriers
    ORDER BY tag.name`;
  return rows;
}
