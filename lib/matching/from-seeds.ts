import { deriveCapabilities } from "@/lib/catalog/derived";
import type { CapabilityTagInput, ToolSeed } from "@/lib/schemas/tool";
import type { LinkTool } from "./strength";

/**
 * Seed records as the match graph sees them once loaded: each tool with their hand-written capabilities' tags, or the derived ones' for tools
 * that have none (as refreshDerivedCapabilities writes them). For benchmarks
 * and tests that work without a database; ids follow the order given.
 */
export function linkToolsFromSeeds(tools: readonly ToolSeed[]): LinkTool[] {
  return tools.map((tool, index) => {
    const capabilities = tool.capabilities.length ? tool.capabilities : deriveCapabilities(tool, tools);
    return {
      id: index + 1,
      slug: tool.slug,
      name: tool.name,
      kind: tool.kind,
      category: tool.category,
      status: tool.status.value,
      tags: [...new Set(capabilities.flatMap((capability) => capability.tags))],
    };
  });
}

export const tagNamesOf = (tags: readonly CapabilityTagInput[]) => new Map(tags.map((tag) => [tag.slug, tag.name]));
