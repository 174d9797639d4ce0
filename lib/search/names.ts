import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { slugify } from "@/lib/slug";
import { TRIGRAM_THRESHOLD } from "./candidates";
import { runSearchStatement, type StatementSettings } from "./statement";

/** How a lookup of names resembling typed text runs (here, and the suggestions' tool lookup): at TRIGRAM_THRESHOLD, through the indexes, planned once per connection. */
export const NAME_LOOKUP_SETTINGS: StatementSettings = { threshold: TRIGRAM_THRESHOLD, matchesText: true };

const namedToolSchema = z.object({
  id: z.number(),
  slug: z.string(),
  name: z.string(),
  category: z.string(),
  startAmount: z.string().nullable(),
  startUnit: z.string().nullable(),
});
export type NamedTool = z.infer<typeof namedToolSchema>;

/**
 * The published tool a name as typed stands for ("vllm", "gpt 5", "pincone"):
 * its slug written that way, else the name it resembles most, else the one
 * whose name holds the words; the higher Rank breaks ties. Null when none is close.
 */
export async function findToolByName(typed: string): Promise<NamedTool | null> {
  const slug = slugify(typed);
  const rows = await runSearchStatement(
    Prisma.sql`
      SELECT s.tool_id AS id, s.slug, s.name, s.category, s.start_amount::text AS "startAmount", s.start_unit AS "startUnit"
      FROM tool_search s
      WHERE s.published AND (s.slug = ${slug} OR ${typed}::text <% s.name OR s.name_document @@ plainto_tsquery('english', ${typed}))
      ORDER BY s.slug = ${slug} DESC, word_similarity(${typed}::text, s.name) DESC, s.rank DESC NULLS LAST, s.slug
      LIMIT 1`,
    NAME_LOOKUP_SETTINGS,
  );
  return rows.length ? namedToolSchema.parse(rows[0]) : null;
}
