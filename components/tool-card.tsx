import Link from "next/link";
import type { ToolSummary } from "@/lib/catalog/types";
import { toolPath } from "@/lib/compare-url";
import { PRICING_MODEL_LABELS, TOOL_KIND_LABELS } from "@/lib/schemas/enums";
import { RankBadge } from "./score-values";

export function ToolCard({ tool, children }: { tool: ToolSummary; children?: React.ReactNode }) {
  return (
    <li className="card flex flex-col gap-2">
      <div className="flex items-start justify-between gap-3">
        <h3 className="text-base">
          <Link href={toolPath(tool.slug)}>{tool.name}</Link>
        </h3>
        <RankBadge tool={tool} />
      </div>
      <p className="muted text-sm">
        {TOOL_KIND_LABELS[tool.kind]} · {tool.vendor} · {PRICING_MODEL_LABELS[tool.pricingModel]}
        {tool.freeTier ? " · free tier" : ""}
      </p>
      <p className="line-clamp-3 text-sm">{tool.summary}</p>
      {children}
    </li>
  );
}
