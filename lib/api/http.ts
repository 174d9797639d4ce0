import { NextResponse } from "next/server";
import type { z } from "zod";
import { badRequest, problem, type FieldProblem } from "@/lib/http/problems";
import { PUBLIC_CACHE } from "./cache-control";

// The public API's answers: open to every origin (CORS). The security headers
// (nosniff and the rest) come from next.config.ts, as on every response.
export const API_HEADERS = { "access-control-allow-origin": "*" };

export function apiJson(body: unknown, cacheControl = PUBLIC_CACHE): NextResponse {
  return NextResponse.json(body, { headers: { ...API_HEADERS, "cache-control": cacheControl } });
}

export function apiProblem(status: number, error: string, problems: FieldProblem[] = [], headers: Record<string, string> = {}): NextResponse {
  return problem(status, error, problems, { ...API_HEADERS, ...headers });
}

/** A 400 naming each bad parameter and why; never cached. */
export function apiBadRequest(error: z.ZodError): NextResponse {
  return badRequest(error, API_HEADERS);
}

/** A 404 for slugs that name no published tool; cached briefly, like the data that would answer it. */
export function apiNotFound(field: string, slugs: readonly string[]): NextResponse {
  const message = `no published tool has the slug${slugs.length > 1 ? "s" : ""} ${slugs.map((slug) => `"${slug}"`).join(", ")}`;
  return apiProblem(404, `Not found: ${message}`, [{ field, message }], { "cache-control": PUBLIC_CACHE });
}
