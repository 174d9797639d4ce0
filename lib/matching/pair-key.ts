/** The key of a comparison in `comparison_view`: its slugs, sorted, joined by commas (slugs never contain one). */
export function comparisonKey(slugs: readonly string[]): string {
  return [...new Set(slugs)].sort().join(",");
}
