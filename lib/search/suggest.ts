import { z } from "zod";
import type { TagRef } from "@/lib/catalog/types";
import { Prisma } from "@/lib/generated/prisma/client";
import { toolKindSchema } from "@/lib/schemas/enums";
import { NAME_LOOKUP_SETTINGS } from "./names";
import { runSearchStatement, type StatementSettings } from "./statement";
import type { TextSearch } from "./terms";
import type { ToolRef } from "./types";

/** Looser than the search's own threshold: only asked when nothing matched. */
const SUGGESTION_THRESHOLD = 0.3;

/** Published tools whose names come closest to a text that found nothing ("did you mean"). */
export async function suggestNames(text: TextSearch, limit = 3): Promise<ToolRef[]> {
  return runSearchStatement<ToolRef>(
    Prisma.sql`
      SELECT slug, name FROM tool
      WHERE published AND ${text.phrase}::text <% name
      ORDER BY word_similarity(${text.phrase}::text, name) DESC, rank DESC NULLS LAST LIMIT ${limit}`,
    { threshold: SUGGESTION_THRESHOLD, matchesText: true },
  );
}

const MAX_SUGGESTED = { tools: 6, capabilities: 4, tags: 4 } as const;
/** Capability titles are looked up from this many typed characters on (shorter prefixes match too many to count). */
const CAPABILITIES_FROM = 3;

const toolSuggestionSchema = z.object({ slug: z.string(), name: z.string(), kind: toolKindSchema });
const titleSchema = z.object({ title: z.string() });
const tagSchema = z.object({ slug: z.string(), name: z.string() });

export type Suggestions = { tools: z.infer<typeof toolSuggestionSchema>[]; capabilities: { title: string }[]; tags: TagRef[] };

type Typed = { tsquery: string; like: string; words: string[] };

/** The typed words, letters and digits only, each as a prefix, all required: "gemini fl" → "gemini:* & fl:*". */
function prefixQuery(typed: string): Typed | null {
  const words = typed.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 8) ?? [];
  if (words.length === 0) return null;
  return { tsquery: words.map((word) => `${word}:*`).join(" & "), like: words.join(" "), words };
}

/**
 * Past this many names starting with the typed words ("n", "nimbus stu" in a
 * large catalogue), the best-ranked are found by walking the listing index in
 * order until enough match (their names are in the index), rather than by
 * reading every match's row to sort them.
 */
const FEW_NAMES = 100;
/** The words a name document holds (name, slug, vendor), as text the listing index carries. */
const NAME_WORDS = Prisma.sql`(s.name || ' ' || replace(s.slug, '-', ' ') || ' ' || s.vendor)`;
/** The most index entries that walk reads: where stemming makes the two disagree, it stops here rather than at the end. */
const WALKED_NAMES = 20_000;

/**
 * Published tools whose name words start with the typed words (and, when
 * too few do, those whose name resembles them: typos), in the search's order: usable first, then by
 * Rank. Bounded whatever the catalogue's size: when few names match they are
 * read through the name index and sorted; when many do, the listing index is
 * walked in order and stops at the first MAX_SUGGESTED.tools.
 */
function toolsStatement(prefix: Typed): Prisma.Sql {
  const limit = MAX_SUGGESTED.tools;
  const order = Prisma.sql`s.gone, s.provisional, s.rank DESC NULLS LAST, s.name, s.slug`;
  // The words as the name index holds them (stemmed, stop words left out), each starting a word.
  const wordStarts = Prisma.sql`ARRAY(SELECT '\\m' || lexeme FROM unnest(to_tsvector('english', ${prefix.like})))`;
  return Prisma.sql`
    WITH few AS MATERIALIZED (
      SELECT s.tool_id FROM tool_search s WHERE s.published AND s.name_document @@ to_tsquery('english', ${prefix.tsquery}) LIMIT ${FEW_NAMES + 1}
    ),
    named AS MATERIALIZED (
      (SELECT s.slug, s.name, s.kind, s.gone, s.provisional, s.rank FROM few CROSS JOIN LATERAL (SELECT * FROM tool_search s WHERE s.tool_id = few.tool_id OFFSET 0) s
       WHERE (SELECT count(*) FROM few) <= ${FEW_NAMES} ORDER BY ${order} LIMIT ${limit})
      UNION ALL
      (SELECT slug, name, kind, gone, provisional, rank FROM (
         SELECT s.slug, s.name, s.kind, s.gone, s.provisional, s.rank, ${NAME_WORDS} AS words FROM tool_search s
         WHERE (SELECT count(*) FROM few) > ${FEW_NAMES} AND s.published ORDER BY ${order} LIMIT ${WALKED_NAMES}
       ) walked WHERE words ~* ALL(${wordStarts}) LIMIT ${limit})
    )
    SELECT slug, name, kind FROM (
      SELECT slug, name, kind, 0 AS tier, gone, provisional, rank FROM named
      UNION ALL
      (SELECT s.slug, s.name, s.kind, 1, s.gone, s.provisional, s.rank FROM tool_search s
       WHERE (SELECT count(*) FROM named) < ${limit} AND s.published AND ${prefix.like}::text <% s.name
       ORDER BY word_similarity(${prefix.like}::text, s.name) DESC, s.rank DESC NULLS LAST LIMIT ${limit})
    ) found
    GROUP BY slug, name, kind ORDER BY min(tier), bool_and(gone), bool_and(provisional), max(rank) DESC NULLS LAST, name LIMIT ${limit}`;
}

/** Capability titles starting with the typed text, the most common first. */
function capabilitiesStatement(prefix: Typed): Prisma.Sql {
  return Prisma.sql`
    SELECT title FROM (
      SELECT c.title FROM capability c JOIN tool t ON t.id = c.tool_id AND t.published
      WHERE lower(c.title) LIKE ${`${prefix.like}%`} LIMIT 200
    ) matched GROUP BY title ORDER BY count(*) DESC, title LIMIT ${MAX_SUGGESTED.capabilities}`;
}

/** Capability tags with a word starting with the typed text. */
function tagsStatement(prefix: Typed): Prisma.Sql {
  return Prisma.sql`
    SELECT slug, name FROM capability_tag
    WHERE lower(name) LIKE ${`${prefix.like}%`} OR lower(name) LIKE ${`% ${prefix.like}%`} OR slug LIKE ${`${prefix.like.replace(/ /g, "-")}%`}
    ORDER BY name LIMIT ${MAX_SUGGESTED.tags}`;
}

/**
 * The statements behind a suggestion, each with how it runs (exported so a
 * test can EXPLAIN them): tool names as a name lookup, the two short lookups
 * planned for their values.
 */
export function suggestStatements(typed: string): { statement: Prisma.Sql; settings?: StatementSettings }[] {
  const prefix = prefixQuery(typed);
  if (!prefix) return [];
  return [
    { statement: toolsStatement(prefix), settings: NAME_LOOKUP_SETTINGS },
    ...(prefix.like.length < CAPABILITIES_FROM ? [] : [{ statement: capabilitiesStatement(prefix) }]),
    { statement: tagsStatement(prefix) },
  ];
}

/**
 * What to suggest while someone types: tools (toolsStatement), capability
 * titles starting with the text, capability tags with a word starting with
 * it. Every lookup is an index lookup with a small limit, whatever the
 * catalogue's size.
 */
export async function suggest(typed: string): Promise<Suggestions> {
  const prefix = prefixQuery(typed);
  if (!prefix) return { tools: [], capabilities: [], tags: [] };
  const [tools, capabilities, tags] = await Promise.all([
    runSearchStatement(toolsStatement(prefix), NAME_LOOKUP_SETTINGS),
    prefix.like.length < CAPABILITIES_FROM ? Promise.resolve([]) : runSearchStatement(capabilitiesStatement(prefix)),
    runSearchStatement(tagsStatement(prefix)),
  ]);
  return {
    tools: tools.map((row) => toolSuggestionSchema.parse(row)),
    capabilities: capabilities.map((row) => titleSchema.parse(row)),
    tags: tags.map((row) => tagSchema.parse(row)),
  };
}
