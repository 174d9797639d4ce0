import type { Metadata } from "next";
import Link from "next/link";
import { getCapabilityTags } from "@/lib/catalog/cached";
import { toolPath } from "@/lib/compare-url";
import { searchHref } from "@/lib/schemas/search";

export const metadata: Metadata = {
  title: "Capability tags: the match graph's vocabulary",
  description: "The shared capability tags that link tools in toolmatch's match graph, each with its definition and the tools that carry it.",
  alternates: { canonical: "/capabilities" },
  openGraph: { title: "Capability tags", url: "/capabilities" },
};

// Rendered in one piece so it is complete HTML without JavaScript.
export const instant = false;
export const ensureStatic = "navigation";

export default async function CapabilitiesPage() {
  const tags = await getCapabilityTags();
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl">Capability tags</h1>
        <p className="muted max-w-3xl">
          Every capability in the catalogue carries tags from this shared vocabulary. Tags link tools in the match graph: a rare tag
          both carry counts for more than a common one, and doing the same job counts most (<Link href="/methodology#match-graph">how links are weighed</Link>).
        </p>
      </header>
      <dl className="grid gap-3 md:grid-cols-2">
        {tags.map((tag) => (
          <div key={tag.slug} id={tag.slug} className="tag-card">
            <dt className="font-semibold">
              {tag.name} <span className="muted text-sm font-normal">· {tag.toolCount} tools</span>
            </dt>
            <dd className="space-y-2">
              <p>{tag.definition}</p>
              {/* Plain links: a client <Link> per tool and tag would be sent twice and hydrated. */}
              <ul className="tag-tools">
                {tag.tools.map((tool) => (
                  <li key={tool.slug}>
                    <a href={toolPath(tool.slug)}>{tool.name}</a>
                  </li>
                ))}
              </ul>
              {tag.toolCount > tag.tools.length && (
                <p className="text-sm">
                  <a href={searchHref({ tag: [tag.slug] })}>All {tag.toolCount} tools tagged {tag.name} →</a>
                </p>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
