import type { z } from "zod";
import { toolSeedSchema, type ToolSeed } from "@/lib/schemas/tool";

// The seed schema is the rule for a tool on the public pages, with one more
// for a published tool: it says what it does, through at least one
// capability or structured facts (from which capabilities are derived). An
// unpublished draft may have neither yet.

const publishedToolSchema = toolSeedSchema.refine((tool) => tool.capabilities.length > 0 || Object.keys(tool.facts).length > 0, {
  path: ["capabilities"],
  error: "needs at least one capability",
});

/** Validates a tool in the seed format; a published one must have a capability or facts. */
export function parseToolSeed(raw: unknown, draft: boolean): z.ZodSafeParseResult<ToolSeed> {
  return (draft ? toolSeedSchema : publishedToolSchema).safeParse(raw);
}
