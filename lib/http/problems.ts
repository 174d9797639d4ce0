import { unstable_rethrow } from "next/navigation";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { describeError, isDatabaseUnavailable, Refused } from "@/lib/errors";

// The Problem shape every JSON error of the app is answered in:
// { error: "what went wrong", problems?: [{ field, message }] }.

export type FieldProblem = { field: string; message: string };
type Extra = Record<string, string>;

export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ field: issue.path.join(".") || "(body)", message: issue.message }));
}

/** An error answer, never cached unless `headers` say otherwise. */
export function problem(status: number, error: string, problems: FieldProblem[] = [], headers: Extra = {}): NextResponse {
  return NextResponse.json({ error, ...(problems.length > 0 && { problems }) }, { status, headers: { "cache-control": "no-store", ...headers } });
}

/** A 400 that names each offending field and why. */
export function badRequest(error: z.ZodError, headers: Extra = {}): NextResponse {
  const problems = fieldProblems(error);
  return problem(400, `Invalid request: ${problems.map((entry) => `${entry.field}: ${entry.message}`).join("; ")}`, problems, headers);
}

/** The answer to anything a handler throws: a refusal as it is, an unreachable database as 503, the rest as a logged 500. */
export function failure(error: unknown, where: string, headers: Extra = {}): NextResponse {
  if (error instanceof Refused) {
    return problem(error.status, error.message, Object.entries(error.fieldErrors).map(([field, message]) => ({ field, message })), headers);
  }
  if (isDatabaseUnavailable(error)) {
    console.warn(`${where}: database unavailable: ${describeError(error)}`);
    return problem(503, "Service unavailable: the database cannot be reached right now; try again in a few seconds.", [], { "retry-after": "5", ...headers });
  }
  console.error(`${where} failed:`, error);
  return problem(500, "Internal error: the request could not be answered. It has been logged; try again later.", [], headers);
}

/** Any route handler, with every throw answered in the Problem shape. */
export function withProblems<A extends [Request, ...unknown[]]>(where: string, handler: (...args: A) => Promise<Response>, headers: Extra = {}) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      // Next's own control flow (prerendering's hanging promises, notFound, redirect) is not a failure.
      unstable_rethrow(error);
      return failure(error, `${args[0].method} ${where}`, headers);
    }
  };
}
