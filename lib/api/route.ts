import type { NextRequest } from "next/server";
import type { z } from "zod";
import { noQuerySchema } from "@/lib/schemas/api";
import { RAW_URL_HEADER } from "@/lib/http/client-address";
import { withProblems } from "@/lib/http/problems";
import { apiBadRequest, API_HEADERS } from "./http";
import { parseQuery } from "./parse-query";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/** The schemas of one route, as listed in lib/api/routes.ts. */
type Spec = { path: string; pathParams?: z.ZodObject; query?: z.ZodObject };
type Output<S> = S extends z.ZodObject ? z.output<S> : Record<string, never>;
export type RouteInput<S extends Spec> = { path: Output<S["pathParams"]>; query: Output<S["query"]>; request: NextRequest };

/** The query parameters as the client sent them (see RAW_URL_HEADER), all of them. */
function receivedParams(request: NextRequest): URLSearchParams {
  const raw = request.headers.get(RAW_URL_HEADER);
  return raw ? new URL(raw, request.nextUrl.origin).searchParams : request.nextUrl.searchParams;
}

/**
 * The one way to write a public API route: its path and query parameters are
 * parsed with the route's own schemas (the ones the OpenAPI document shows),
 * a bad one answers 400 naming it, and the handler gets typed input; whatever
 * it throws is answered in the Problem shape, a 500 included.
 */
export function apiRoute<S extends Spec>(spec: S, answer: (input: RouteInput<S>) => Promise<Response>) {
  return withProblems(spec.path, async (request: NextRequest, context: RouteContext) => {
    const path = spec.pathParams ? spec.pathParams.safeParse(await context.params) : { success: true as const, data: {} };
    if (!path.success) return apiBadRequest(path.error);
    const query = parseQuery(spec.query ?? noQuerySchema, receivedParams(request));
    if (!query.success) return apiBadRequest(query.error);
    return answer({ path: path.data, query: query.data, request } as RouteInput<S>);
  }, API_HEADERS);
}
