import { isValidSlug } from "@/lib/slug";

export const MAX_COMPARED = 4;
const SEPARATOR = "-vs-";

/** The canonical comparison path: slugs in alphabetical order joined by "-vs-". */
export function comparisonPath(slugs: readonly string[]): string {
  return `/compare/${[...new Set(slugs)].sort().join(SEPARATOR)}`;
}

export function toolPath(slug: string): string {
  return `/tools/${slug}`;
}

/** The view beacon of a comparison page (see lib/matching/count-view.ts): its canonical segment under /api/views. */
export function viewBeaconPath(canonicalComparisonPath: string): string {
  return `/api/views/${canonicalComparisonPath.replace(/^\/compare\//, "")}`;
}

/** The match-graph page centred on a tool. */
export function graphPath(slug: string): string {
  return `/graph/${slug}`;
}

/**
 * Every way to read a comparison segment as 1–4 slugs. Slugs may themselves
 * contain "-vs-", so "a-vs-b-vs-c" could be [a, b, c], [a-vs-b, c] or [a, b-vs-c].
 */
export function comparisonCandidates(segment: string): string[][] {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return [];
  }
  const parts = decoded.toLowerCase().split(SEPARATOR);
  const results: string[][] = [];
  const walk = (start: number, groups: string[]) => {
    if (groups.length > MAX_COMPARED) return;
    if (start === parts.length) {
      results.push(groups);
      return;
    }
    for (let end = start + 1; end <= parts.length; end++) {
      const slug = parts.slice(start, end).join(SEPARATOR);
      if (isValidSlug(slug)) walk(end, [...groups, slug]);
    }
  };
  if (parts.length <= 16) walk(0, []);
  return results;
}

export type ComparisonResolution =
  | { kind: "compare"; slugs: string[]; canonicalPath: string }
  | { kind: "single"; canonicalPath: string }
  | { kind: "not-found" };

/**
 * Resolves a comparison segment against the slugs that exist. Prefers the
 * reading with the fewest tools, so a slug containing "vs" wins over a split.
 */
export function resolveComparison(segment: string, exists: (slug: string) => boolean): ComparisonResolution {
  const readings = comparisonCandidates(segment)
    .filter((slugs) => slugs.every(exists))
    .map((slugs) => [...new Set(slugs)])
    .sort((a, b) => a.length - b.length);
  const best = readings.find((slugs) => slugs.length >= 2) ?? readings[0];
  if (!best) return { kind: "not-found" };
  if (best.length === 1) return { kind: "single", canonicalPath: toolPath(best[0]!) };
  return { kind: "compare", slugs: [...best].sort(), canonicalPath: comparisonPath(best) };
}

/** All slugs any reading of the segment could need, for one existence query. */
export function candidateSlugs(segment: string): string[] {
  return [...new Set(comparisonCandidates(segment).flat())];
}

/** The cost calculator of a tool or comparison page: `/tools/x/cost`, `/compare/a-vs-b/cost`. */
export function costPath(pagePath: string): string {
  return `${pagePath}/cost`;
}
