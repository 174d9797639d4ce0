import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CostCalculator } from "@/components/cost-calculator";
import { comparisonPath, costPath } from "@/lib/compare-url";
import { loadComparison, resolveComparisonSegment } from "@/lib/comparison/load";
import { costEntries } from "@/lib/cost";
import { readUsage } from "@/lib/cost-query";

type Props = { params: Promise<{ pair: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props["params"]) {
  const resolution = await resolveComparisonSegment((await params).pair);
  if (resolution.kind !== "compare") notFound();
  const data = await loadComparison(resolution.slugs);
  if (!data) notFound();
  return data.tools;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tools = await load(params);
  const path = costPath(comparisonPath(tools.map((tool) => tool.slug)));
  return { title: `${tools.map((tool) => tool.name).join(" vs ")}: monthly cost`, robots: { index: false, follow: true }, alternates: { canonical: path } };
}

// The usage lives in the URL, so this page renders per request; the comparison itself stays cached.
export const instant = false;

export default async function ComparisonCostPage({ params, searchParams }: Props) {
  const [tools, { usage, errors }] = await Promise.all([load(params), searchParams.then(readUsage)]);
  const path = comparisonPath(tools.map((tool) => tool.slug));
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={path}>← {tools.map((tool) => tool.name).join(" vs ")}</Link>
        </p>
        <h1 className="text-2xl sm:text-3xl">What they cost you: {tools.map((tool) => tool.name).join(" vs ")}</h1>
        <p className="muted">Every offer of each tool, priced for your usage from the same dated prices the comparison shows; the cheapest is marked.</p>
      </header>
      <CostCalculator action={costPath(path)} usage={usage} errors={errors} entries={costEntries(tools)} showToolNames />
    </div>
  );
}
