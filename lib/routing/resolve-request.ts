import { candidateSlugs, costPath, graphPath, resolveComparison, toolPath } from "@/lib/compare-url";
import { isValidSlug } from "@/lib/slug";

export type RouteDecision = { kind: "pass" } | { kind: "redirect"; location: string } | { kind: "not-found" };

type ExistingSlugs = (slugs: string[]) => Promise<string[]>;

/**
 * Decides, before any byte is sent, what a /compare, /tools or /graph URL answers:
 * the page, a permanent redirect to the canonical URL, or a 404.
 */
export async function resolveRequestPath(pathname: string, existing: ExistingSlugs): Promise<RouteDecision> {
  const compare = /^\/compare\/([^/]+)(\/cost)?\/?$/.exec(pathname);
  if (compare) {
    const segment = compare[1]!;
    const found = new Set(await existing(candidateSlugs(segment)));
    const resolution = resolveComparison(segment, (slug) => found.has(slug));
    if (resolution.kind === "not-found") return { kind: "not-found" };
    const canonical = compare[2] && resolution.kind === "compare" ? costPath(resolution.canonicalPath) : resolution.canonicalPath;
    return canonical === pathname ? { kind: "pass" } : { kind: "redirect", location: canonical };
  }
  const tool = /^\/(tools|graph)\/([^/]+)(\/cost)?\/?$/.exec(pathname);
  if (tool) {
    const slug = tool[2]!.toLowerCase();
    if (!isValidSlug(slug) || (tool[3] && tool[1] === "graph") || (await existing([slug])).length === 0) return { kind: "not-found" };
    const page = tool[1] === "graph" ? graphPath(slug) : toolPath(slug);
    const canonical = tool[3] ? costPath(page) : page;
    return canonical === pathname ? { kind: "pass" } : { kind: "redirect", location: canonical };
  }
  return { kind: "pass" };
}
