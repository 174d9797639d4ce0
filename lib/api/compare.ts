import { getExistingSlugs } from "@/lib/catalog/cached";
import { loadComparison } from "@/lib/comparison/load";
import type { ApiComparison } from "@/lib/schemas/api-responses";
import { presentComparison } from "./present";

/** The comparison of these tools, in the order given, or the slugs that name no published tool. */
export async function comparisonBody(slugs: readonly string[]): Promise<{ body: ApiComparison } | { missing: string[] }> {
  const published = new Set(await getExistingSlugs(slugs));
  const missing = slugs.filter((slug) => !published.has(slug));
  if (missing.length > 0) return { missing };
  const data = await loadComparison(slugs);
  if (!data) return { missing: [...slugs] };
  return { body: presentComparison(data.tools, data.verdict) };
}
