import { formatDate } from "@/lib/dates";
import { EVIDENCE_LABELS } from "@/lib/schemas/enums";
import type { SourceInput } from "@/lib/schemas/tool";

/** "source, 23 September 2026": the number's source, with how it is known and when it was checked in the title and for screen readers. */
export function SourceLink({ source, label = "source" }: { source: SourceInput; label?: string }) {
  const detail = `${EVIDENCE_LABELS[source.kind]}; checked ${formatDate(source.checkedAt)}${source.via ? `; via ${source.via}` : ""}`;
  return (
    <span className="muted text-xs whitespace-nowrap">
      <a href={source.url} rel="noopener nofollow" title={detail}>
        {label}, {formatDate(source.date)}
      </a>
      <span className="sr-only"> ({detail})</span>
    </span>
  );
}
