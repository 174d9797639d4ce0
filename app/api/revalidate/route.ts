import { timingSafeEqual } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { expireTags } from "@/lib/cache/expire";
import { env } from "@/lib/env";
import { badRequest, problem, withProblems } from "@/lib/http/problems";
import { revalidateRequestSchema } from "@/lib/schemas/revalidate";

function tokenMatches(header: string | null, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, "") ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Lets processes outside the server (seed and score scripts) expire the
 * server's cached reads after they write. Disabled unless REVALIDATE_TOKEN is set.
 */
export const POST = withProblems("/api/revalidate", async (request: NextRequest) => {
  const token = env().REVALIDATE_TOKEN;
  if (!token) return problem(404, "Not found: revalidation is disabled (REVALIDATE_TOKEN is not set)");
  if (!tokenMatches(request.headers.get("authorization"), token)) return problem(401, "Unauthorized: a valid bearer token is required");
  const body = await request.json().catch(() => null);
  const parsed = revalidateRequestSchema.safeParse(body);
  if (!parsed.success) return badRequest(parsed.error);
  await expireTags(parsed.data.tags);
  return NextResponse.json({ expired: parsed.data.tags });
});
