import type { SourceInput } from "@/lib/schemas/tool";

/** A valid source for facts tests write: a vendor page of a fixed past date. */
export const TEST_SOURCE: SourceInput = { url: "https://example.com/source", date: "2025-06-01", checkedAt: "2025-06-01", kind: "vendor", via: null };

/** The same source as an admin form's fields (`source.url`, …), under a prefix such as "status.source". */
export function sourceFields(prefix = "source", source: SourceInput = TEST_SOURCE): Record<string, string> {
  return {
    [`${prefix}.url`]: source.url,
    [`${prefix}.date`]: source.date,
    [`${prefix}.checkedAt`]: source.checkedAt,
    [`${prefix}.kind`]: source.kind,
    [`${prefix}.via`]: source.via ?? "",
  };
}
