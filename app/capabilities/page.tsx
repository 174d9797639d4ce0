import type { Metadata } from "next";
import Link from "next/link";
import { getCapabilityTags } from "@/lib/catalog/cached";
import { toolPath } from "@/lib/compare-url";

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
          <div key={tag.slug} id={tag.slug} className="card scroll-mt-4 space-y-2">
            <dt className="font-semibold">
              {tag.name} <span className="muted text-sm font-normal">· {tag.tools.length} tools</span>
            </dt>
            <dd className="space-y-2">
              <p>{tag.definition}</p>
              <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
                {tag.tools.map((tool) => (
                  <li key={tool.slug}>
                    <Link href={toolPath(tool.slug)}>{tool.name}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
