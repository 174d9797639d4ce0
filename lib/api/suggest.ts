import { toolPath } from "@/lib/compare-url";
import type { ApiSuggestions } from "@/lib/schemas/api-suggest-response";
import { searchHref } from "@/lib/schemas/search";
import { suggest } from "@/lib/search/suggest";

/** Suggestions in the API's shape, each with the path of the page it leads to. */
export async function suggestionsForApi(typed: string): Promise<ApiSuggestions> {
  const found = await suggest(typed);
  return {
    tools: found.tools.map((tool) => ({ ...tool, path: toolPath(tool.slug) })),
    capabilities: found.capabilities.map(({ title }) => ({ title, path: searchHref({ q: title }) })),
    tags: found.tags.map((tag) => ({ ...tag, path: searchHref({ tag: [tag.slug] }) })),
  };
}
