import { z } from "zod";
import type { AuditDiff } from "./record";

const diffValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
const auditDiffSchema = z.object({
  fromVersion: z.number().int().optional(),
  toVersion: z.number().int().optional(),
  changes: z.array(z.object({ field: z.string(), before: diffValue, after: diffValue })),
});

/** The stored JSON read back with its shape checked; an entry that does not fit shows no field changes. */
export function readAuditDiff(value: unknown): AuditDiff {
  const parsed = auditDiffSchema.safeParse(value);
  return parsed.success ? parsed.data : { changes: [] };
}
