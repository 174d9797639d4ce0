import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CostCalculator } from "@/components/cost-calculator";
import { getTool } from "@/lib/catalog/cached";
import { costPath, toolPath } from "@/lib/compare-url";
import { costEntries } from "@/lib/cost";
import { readUsage } from "@/lib/cost-query";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tool = await getTool((await params).slug);
  if (!tool) return {};
  return { title: `${tool.name}: monthly cost calculator`, robots: { index: false, follow: true }, alternates: { canonical: costPath(toolPath(tool.slug)) } };
}

// The usage lives in the URL, so this page renders per request; the tool page itself stays cached.
export const instant = false;

export default async function ToolCostPage({ params, searchParams }: Props) {
  const [tool, { usage, errors }] = await Promise.all([getTool((await params).slug), searchParams.then(readUsage)]);
  if (!tool) notFound();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={toolPath(tool.slug)}>← {tool.name}</Link>
        </p>
        <h1 className="text-2xl sm:text-3xl">What {tool.name} costs you</h1>
        <p className="muted">Each provider&apos;s monthly cost for your usage, from the same dated prices the tool page shows.</p>
      </header>
      <CostCalculator action={costPath(toolPath(tool.slug))} usage={usage} errors={errors} entries={costEntries([tool])} />
    </div>
  );
}
