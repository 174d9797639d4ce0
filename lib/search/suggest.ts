import { z } from "zod";
import type { TagRef } from "@/lib/catalog/types";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { GONE_STATUSES } from "@/lib/lifecycle";
import { toolKindSchema } from "@/lib/schemas/enums";
import { TRIGRAM_THRESHOLD } from "./candidates";
import { withTrigramThreshold } from "./result-set";
import type { TextSearch } from "./terms";
import type { ToolRef } from "./types";

/** Looser than the search's own threshold: only asked when nothing matched. */
const SUGGESTION_THRESHOLD = 0.3;

/** Published tools whose names come closest to a text that found nothing ("did you mean"). */
export async function suggestNames(text: TextSearch, limit = 3): Promise<ToolRef[]> {
  return withTrigramThreshold<ToolRef>(
    SUGGESTION_THRESHOLD,
    Prisma.sql`
      SELECT slug, name FROM tool
      WHERE published AND ${text.phrase}::text <% name
      ORDER BY word_similarity(${text.phrase}::text, name) DESC, rank DESC NULLS LAST LIMIT ${limit}`,
  );
}

const MAX_SUGGESTED = { tools: 6, capabilities: 4, tags: 4 } as const;
/** Capability titles are looked up from this many typed characters on (shorter prefixes match too many to count). */
const CAPABILITIES_FROM = 3;

const toolSuggestionSchema = z.object({ slug: z.string(), name: z.string(), kind: toolKindSchema });
const titleSchema = z.object({ title: z.string() });
const tagSchema = z.object({ slug: z.string(), name: z.string() });

export type Suggestions = { tools: z.infer<typeof toolSuggestionSchema>[]; capabilities: { title: string }[]; tags: TagRef[] };

/** The typed words, letters and digits only, each as a prefix, all required: "gemini fl" → "gemini:* & fl:*". */
function prefixQuery(typed: string): { tsquery: string; like: string } | null {
  const words = typed.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 8) ?? [];
  if (words.length === 0) return null;
  return { tsquery: words.map((word) => `${word}:*`).join(" & "), like: words.join(" ") };
}

/**
 * What to suggest while someone types: published tools whose name words
 * start with the typed words (else whose name resembles them: typos), the
 * usable ones first, highest Rank first; capability titles starting with the
 * text; capability tags with a word starting with it. Every lookup is an
 * index lookup with a small limit, whatever the catalogue's size.
 */
export async function suggest(typed: string): Promise<Suggestions> {
  const prefix = prefixQuery(typed);
  if (!prefix) return { tools: [], capabilities: [], tags: [] };
  const gone = Prisma.sql`s.status = ANY(${[...GONE_STATUSES]}::text[])`;
  const [tools, capabilities, tags] = await Promise.all([
    withTrigramThreshold(
      TRIGRAM_THRESHOLD,
      Prisma.sql`
        SELECT slug, name, kind FROM (
          (SELECT s.slug, s.name, s.kind, 0 AS tier, ${gone} AS gone, s.rank FROM tool_search s
           WHERE s.published AND s.name_document @@ to_tsquery('english', ${prefix.tsquery}) ORDER BY ${gone}, s.rank DESC NULLS LAST, s.name LIMIT ${MAX_SUGGESTED.tools})
          UNION ALL
          (SELECT s.slug, s.name, s.kind, 1, ${gone}, s.rank FROM tool_search s
           WHERE s.published AND ${prefix.like}::text <% s.name ORDER BY word_similarity(${prefix.like}::text, s.name) DESC, s.rank DESC NULLS LAST LIMIT ${MAX_SUGGESTED.tools})
        ) found
        GROUP BY slug, name, kind ORDER BY min(tier), bool_and(gone), max(rank) DESC, name LIMIT ${MAX_SUGGESTED.tools}`,
    ),
    prefix.like.length < CAPABILITIES_FROM
      ? Promise.resolve([])
      : db().$queryRaw<unknown[]>`
          SELECT title FROM (
            SELECT c.title FROM capability c JOIN tool t ON t.id = c.tool_id AND t.published
            WHERE lower(c.title) LIKE ${`${prefix.like}%`} LIMIT 200
          ) matched GROUP BY title ORDER BY count(*) DESC, title LIMIT ${MAX_SUGGESTED.capabilities}`,
    db().$queryRaw<unknown[]>`
      SELECT slug, name FROM capability_tag
      WHERE lower(name) LIKE ${`${prefix.like}%`} OR lower(name) LIKE ${`% ${prefix.like}%`} OR slug LIKE ${`${prefix.like.replace(/ /g, "-")}%`}
      ORDER BY name LIMIT ${MAX_SUGGESTED.tags}`,
  ]);
  return {
    tools: tools.map((row) => toolSuggestionSchema.parse(row)),
    capabilities: capabilities.map((row) => titleSchema.parse(row)),
    tags: tags.map((row) => tagSchema.parse(row)),
  };
}
