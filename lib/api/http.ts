import { NextResponse } from "next/server";
import { z } from "zod";
import { badRequest } from "@/lib/http/problems";
import { NO_STORE, PUBLIC_CACHE } from "./cache-control";


const COMMON_HEADERS = { "access-control-allow-origin": "*", "x-content-type-options": "nosniff" };

export function apiJson(body: unknown, cacheControl = PUBLIC_CACHE): NextResponse {
  return NextResponse.json(body, { headers: { ...COMMON_HEADERS, "cache-control": cacheControl } });
}

/** A 400 naming each bad parameter and why; never cached. */
export function apiBadRequest(error: z.ZodError): NextResponse {
  const response = badRequest(error);
  for (const [name, value] of Object.entries(COMMON_HEADERS)) response.headers.set(name, value);
  response.headers.set("cache-control", NO_STORE);
  return response;
}

/** A 404 for slugs that name no published tool; cached briefly, like the data that would answer it. */
export function apiNotFound(field: string, slugs: readonly string[]): NextResponse {
  const message = `no published tool has the slug${slugs.length > 1 ? "s" : ""} ${slugs.map((slug) => `"${slug}"`).join(", ")}`;
  return NextResponse.json(
    { error: `Not found: ${message}`, problems: [{ field, message }] },
    { status: 404, headers: { ...COMMON_HEADERS, "cache-control": PUBLIC_CACHE } },
  );
}
