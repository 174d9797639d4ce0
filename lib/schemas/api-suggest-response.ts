import { z } from "zod";
import { component } from "./api-components";
import { toolKindSchema } from "./enums";

export const suggestResponseSchema = component(
  z.strictObject({
    tools: z.array(z.strictObject({ slug: z.string(), name: z.string(), kind: toolKindSchema, path: z.string() })).meta({ description: "Published tools whose name starts with the words typed (a word may be mistyped), highest Rank first; path is the tool page on this site." }),
    capabilities: z.array(z.strictObject({ title: z.string(), path: z.string() })).meta({ description: "Capability titles starting with what was typed, the most common first; path is the search for it on this site." }),
    tags: z.array(z.strictObject({ slug: z.string(), name: z.string(), path: z.string() })).meta({ description: "Capability tags with a word starting with what was typed; path lists the tools carrying it on this site." }),
  }),
  "Suggestions",
  "Suggestions for a search box, at most 6 tools, 4 capabilities and 4 tags.",
);

export type ApiSuggestions = z.infer<typeof suggestResponseSchema>;
