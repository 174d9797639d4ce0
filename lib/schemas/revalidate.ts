import { z } from "zod";

export const revalidateRequestSchema = z.object({
  tags: z
    .array(z.string().min(1).max(256).regex(/^[a-z0-9:-]+$/, { error: "must be a cache tag such as tool:gpt-4o" }))
    .min(1, { error: "needs at least one tag" })
    .max(1000),
});
