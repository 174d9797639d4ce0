import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { categoryToRow, PRICING_MODEL_LABELS } from "@/lib/schemas/enums";
import type { SearchQuery } from "@/lib/schemas/search";
import { textCandidates } from "./candidates";
import { findToolByName } from "./names";
import { readQuery, SELF_HOSTABLE_TAG } from "./reading";
import { commonElements } from "./statistics";
import { resultSetSettings, type PriceOrder } from "./result-set";
import { runSearchStatement } from "./statement";
import { categoryNamed, parseSearchText } from "./terms";

export { categoryNamed };
import type { ReadAs } from "./types";

const FREE_LABEL = "Has a free tier";
const SELF_HOSTABLE_LABEL = "Self-hostable";

/**
 * Turns what the words ask for into the search's own state (readQuery says
 * what; this finds the tools named): "vllm alternative" becomes like=vllm,
 * "open source LLM" q=LLM with pricing=open_source, "cheapest LLM" sort=price.
 * Each reading comes back with the state without it, so the page shows it as
 * a chip that removes it. A filter the URL already sets is left as it is; a
 * name that finds no tool leaves the words as words.
 */
export async function interpretQuery(query: SearchQuery): Promise<{ query: SearchQuery; readAs: ReadAs[] }> {
  if (!query.q || query.like || query.from || query.cheaper) return { query, readAs: [] };
  const reading = readQuery(query.q);
  const next: SearchQuery = { ...query, q: reading.text };
  const removals: { kind: ReadAs["kind"]; label: string; undo: (state: SearchQuery) => SearchQuery }[] = [];
  if (reading.alternativesOf || reading.cheaperThan) {
    const named = await findToolByName((reading.alternativesOf ?? reading.cheaperThan)!);
    if (!named) return { query, readAs: [] };
    if (reading.alternativesOf) {
      next.like = named.slug;
      removals.push({ kind: "alternatives", label: `Alternatives to ${named.name}`, undo: (state) => ({ ...state, like: undefined, q: reading.alternativesOf! }) });
    } else {
      next.cheaper = named.slug;
      next.sort = "price";
      removals.push({ kind: "cheaper", label: `Cheaper than ${named.name}`, undo: (state) => ({ ...state, cheaper: undefined, sort: "relevance", q: reading.cheaperThan! }) });
    }
  }
  if (reading.cheapest && reading.text) {
    next.sort = "price";
    removals.push({ kind: "cheapest", label: "Cheapest first", undo: (state) => ({ ...state, sort: "relevance" }) });
  }
  if (reading.pricing && !query.pricing) {
    next.pricing = reading.pricing;
    removals.push({ kind: "pricing", label: PRICING_MODEL_LABELS[reading.pricing], undo: (state) => ({ ...state, pricing: undefined }) });
  }
  if (reading.free && !query.free) {
    next.free = reading.free;
    removals.push({ kind: "free", label: FREE_LABEL, undo: (state) => ({ ...state, free: undefined }) });
  }
  if (reading.tags.includes(SELF_HOSTABLE_TAG) && !query.tag.includes(SELF_HOSTABLE_TAG)) {
    next.tag = [...query.tag, SELF_HOSTABLE_TAG].sort();
    removals.push({ kind: "tag", label: SELF_HOSTABLE_LABEL, undo: (state) => ({ ...state, tag: state.tag.filter((tag) => tag !== SELF_HOSTABLE_TAG) }) });
  }
  if (removals.length === 0) return { query, readAs: [] };
  return { query: next, readAs: removals.map(({ kind, label, undo }) => ({ kind, label, without: { ...undo(next), page: 1 } })) };
}

const priceRowSchema = z.object({ category: z.string(), unit: z.string(), amount: z.string() });

/**
 * Where a price order applies: "cheaper than X" within X's category and
 * price unit, below X's starting price; "cheapest <words>" within the
 * category the words name ("LLM") in its most common price unit, else the
 * category and unit of the words' best priced match. Null when there is
 * nothing to compare prices with.
 */
export async function resolvePriceOrder(query: SearchQuery): Promise<PriceOrder | null> {
  if (query.sort !== "price") return null;
  if (query.cheaper) {
    const rows = await runSearchStatement(
      Prisma.sql`SELECT category, start_unit AS unit, start_amount::text AS amount FROM tool_search WHERE slug = ${query.cheaper} AND start_unit IS NOT NULL`,
    );
    const origin = rows.length ? priceRowSchema.parse(rows[0]) : null;
    return origin && { category: origin.category, unit: origin.unit, below: origin.amount };
  }
  const named = categoryNamed(query.q);
  if (named) {
    const rows = await runSearchStatement(
      Prisma.sql`
        SELECT category, start_unit AS unit, min(start_amount)::text AS amount FROM tool_search
        WHERE category = ${categoryToRow(named)} AND published AND start_unit IS NOT NULL
        GROUP BY category, start_unit ORDER BY count(*) DESC, start_unit LIMIT 1`,
    );
    const common = rows.length ? priceRowSchema.parse(rows[0]) : null;
    return common && { category: common.category, unit: common.unit, below: null };
  }
  const text = parseSearchText(query.q);
  if (!text) return null;
  const rows = await runSearchStatement(
    Prisma.sql`
      SELECT c.category, c.start_unit AS unit, c.start_amount::text AS amount
      FROM (${textCandidates(text, await commonElements())}) c
      WHERE c.published AND c.start_unit IS NOT NULL
      ORDER BY c.gone, c.relevance DESC, c.rank DESC NULLS LAST, c.slug LIMIT 1`,
    resultSetSettings(true),
  );
  const best = rows.length ? priceRowSchema.parse(rows[0]) : null;
  return best && { category: best.category, unit: best.unit, below: null };
}
