import type { z } from "zod";
import { toolSeedSchema, type ToolSeed } from "@/lib/schemas/tool";

// The seed schema is the rule for a tool on the public pages. A draft (an
// unpublished tool) is held to the same rule but one: it may have no
// capabilities yet. The schema itself stays the single source of every rule.

const STAND_IN = { title: "stand-in", description: "stand-in", unique: "stand-in", vsAlternatives: "stand-in", tags: ["stand-in"] };

const onlyLacksCapabilities = (error: z.ZodError) =>
  error.issues.every((issue) => issue.code === "too_small" && issue.path.length === 1 && issue.path[0] === "capabilities");

/** Validates a tool in the seed format; a draft may have an empty list of capabilities. */
export function parseToolSeed(raw: unknown, draft: boolean): z.ZodSafeParseResult<ToolSeed> {
  const result = toolSeedSchema.safeParse(raw);
  if (result.success || !draft || !onlyLacksCapabilities(result.error)) return result;
  const withStandIn = toolSeedSchema.safeParse({ ...(raw as object), capabilities: [STAND_IN] });
  return withStandIn.success ? { success: true, data: { ...withStandIn.data, capabilities: [] } } : result;
}
