import { toSummary } from "@/lib/catalog/queries";
import type { NeighbourView, TagRef } from "@/lib/catalog/types";
import { db } from "@/lib/db/client";
import type { LifecycleStatus, PricingModel, ToolKind } from "@/lib/schemas/enums";

type AlternativeRow = {
  slug: string; name: string; kind: ToolKind; category: string; vendor: string; summary: string; pricingModel: PricingModel; freeTier: boolean;
  rank: number | null; provisional: boolean; lastVerifiedAt: Date; status: LifecycleStatus; statusDate: Date | null;
  strength: number; reason: string; shared: TagRef[];
};

/**
 * A tool's alternatives, closest first: its stored neighbours (lib/matching/
 * neighbours.ts, refreshed on every catalogue write), each with the link's
 * strength, what they share in a few words, and the capability tags both
 * carry (most specific first). One indexed read, whatever the catalogue's size.
 */
export async function alternativesFor(slug: string, limit = 6): Promise<NeighbourView[]> {
  const rows = await db().$queryRaw<AlternativeRow[]>`
    SELECT t.slug, t.name, t.kind::text AS kind, t.category::text AS category, t.vendor, t.summary, t.pricing_model::text AS "pricingModel",
           t.free_tier AS "freeTier", t.rank, t.provisional, t.last_verified_at AS "lastVerifiedAt", t.status::text AS status, t.status_date AS "statusDate",
           n.strength, n.reason,
           coalesce((SELECT json_agg(json_build_object('slug', tag.slug, 'name', tag.name) ORDER BY s.i)
                     FROM unnest(n.shared_tags) WITH ORDINALITY AS s(slug, i) JOIN capability_tag tag ON tag.slug = s.slug), '[]'::json) AS shared
    FROM tool me
    JOIN tool_neighbour n ON n.tool_id = me.id
    JOIN tool t ON t.id = n.neighbour_id AND t.published
    WHERE me.slug = ${slug} AND me.published
    ORDER BY n.position
    LIMIT ${limit}`;
  return rows.map(({ strength, reason, shared, ...row }) => ({ ...toSummary(row), strength, reason, sharedTags: shared, weight: shared.length }));
}

/** Each published tool's `perTool` closest published neighbours, as slug pairs: one query for the whole catalogue. */
export async function closestNeighbourPairs(perTool: number): Promise<{ tool: string; neighbour: string }[]> {
  return db().$queryRaw<{ tool: string; neighbour: string }[]>`
    SELECT me.slug AS tool, closest.slug AS neighbour
    FROM tool me
    CROSS JOIN LATERAL (
      SELECT t.slug FROM tool_neighbour n JOIN tool t ON t.id = n.neighbour_id AND t.published
      WHERE n.tool_id = me.id ORDER BY n.position LIMIT ${perTool}
    ) closest
    WHERE me.published`;
}
