import Link from "next/link";
import { toolPath } from "@/lib/compare-url";
import { searchHref } from "@/lib/schemas/search";
import type { FacetValue, ToolRef } from "@/lib/search/types";

export const EXAMPLE_SEARCHES = [
  "fine-tune an image model on 5 photos of my dog",
  "cheap LLM with JSON output",
  "run llama locally on my laptop",
  "vector database",
  "speech to text",
  "code assistant in VS Code",
];

function Examples() {
  return (
    <ul aria-label="Example searches" className="flex flex-wrap gap-2">
      {EXAMPLE_SEARCHES.map((example) => (
        <li key={example}>
          <Link className="button-quiet" href={searchHref({ q: example })}>
            {example}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The landing state: what to type, and capabilities to start from. */
export function SearchIntro({ tags }: { tags: FacetValue[] }) {
  return (
    <section aria-labelledby="search-intro" className="card space-y-3">
      <h2 id="search-intro" className="text-lg">Start from a need, a capability or a tool</h2>
      <p className="muted text-sm">
        Describe what you want to do in your own words, name a tool (typos are fine), or pick a capability. Every tool page also lists its closest
        alternatives.
      </p>
      <Examples />
      {tags.length > 0 && (
        <>
          <h3 className="pt-2 text-sm font-semibold">Capabilities with the most tools</h3>
          <ul aria-label="Popular capabilities" className="flex flex-wrap gap-1.5">
            {tags.slice(0, 16).map((tag) => (
              <li key={tag.value}>
                <Link className="chip no-underline" href={searchHref({ tag: [tag.value] })}>
                  {tag.label} <span className="muted ml-1 tabular-nums">{tag.count}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

type NoResultsProps = { phrase?: string; suggestions: ToolRef[]; clearFiltersHref?: string };

/** Nothing matched: say so plainly, then offer ways on. */
export function NoResults({ phrase, suggestions, clearFiltersHref }: NoResultsProps) {
  return (
    <section aria-labelledby="no-results" className="card space-y-3">
      <h2 id="no-results" className="text-lg">
        {phrase ? `Nothing matches “${phrase}”` : "Nothing matches these filters"}
      </h2>
      {suggestions.length > 0 && (
        <p>
          Did you mean{" "}
          {suggestions.map((tool, index) => (
            <span key={tool.slug}>
              {index > 0 && (index === suggestions.length - 1 ? " or " : ", ")}
              <Link href={toolPath(tool.slug)}>{tool.name}</Link>
            </span>
          ))}
          ?
        </p>
      )}
      {clearFiltersHref && (
        <p>
          <Link href={clearFiltersHref}>Search again without the filters</Link>
        </p>
      )}
      <p className="muted text-sm">Try fewer or more general words, check the spelling, or start from one of these:</p>
      <Examples />
      <p className="text-sm">
        <Link href="/tools">Browse the whole catalogue</Link>
      </p>
    </section>
  );
}
