import { Prisma } from "@/lib/generated/prisma/client";
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
