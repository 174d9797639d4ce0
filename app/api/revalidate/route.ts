import { timingSafeEqual } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { expireTags } from "@/lib/cache/expire";
import { revalidateRequestSchema } from "@/lib/schemas/revalidate";
import { badRequest } from "@/lib/http/problems";

function tokenMatches(header: string | null, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, "") ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Lets processes outside the server (seed and score scripts) expire the
 * server's cached reads after they write. Disabled unless REVALIDATE_TOKEN is set.
 */
export async function POST(request: NextRequest) {
  const token = process.env.REVALIDATE_TOKEN;
  if (!token) return NextResponse.json({ error: "revalidation is disabled" }, { status: 404 });
  if (!tokenMatches(request.headers.get("authorization"), token)) {
    return NextResponse.json({ error: "a valid bearer token is required" }, { status: 401 });
  }
  const body = await request.json().catch(() => null);
  const parsed = revalidateRequestSchema.safeParse(body);
  if (!parsed.success) return badRequest(parsed.error);
  await expireTags(parsed.data.tags);
  return NextResponse.json({ expired: parsed.data.tags });
}
