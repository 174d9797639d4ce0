import type { APIRequestContext } from "@playwright/test";
import { tagsForToolChange } from "@/lib/cache/tags";
import { createPrismaClient, setDb } from "@/lib/db/client";
import type { ToolSeed } from "@/lib/schemas/tool";
import { createTools } from "../../support/factories";
import { e2eDatabaseUrl } from "./e2e-database";

export const REVALIDATE_TOKEN = "e2e-revalidate-token";

/** Writes a test's own tools to the e2e database, then tells the running server, as a script would (POST /api/revalidate). */
export async function addToolsToServer(request: APIRequestContext, tools: readonly ToolSeed[]): Promise<void> {
  const prisma = createPrismaClient(e2eDatabaseUrl(), 2);
  setDb(prisma);
  await createTools(prisma, tools);
  const response = await request.post("/api/revalidate", {
    headers: { authorization: `Bearer ${REVALIDATE_TOKEN}` },
    data: { tags: [...new Set(tools.flatMap((tool) => tagsForToolChange(tool.slug)))] },
  });
  if (!response.ok()) throw new Error(`revalidate answered ${response.status()}`);
}
