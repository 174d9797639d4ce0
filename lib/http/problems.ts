import { NextResponse } from "next/server";
import type { z } from "zod";

export type FieldProblem = { field: string; message: string };

export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ field: issue.path.join(".") || "(body)", message: issue.message }));
}

/** A 400 that names each offending field and why. */
export function badRequest(error: z.ZodError): NextResponse {
  const problems = fieldProblems(error);
  const summary = problems.map((problem) => `${problem.field}: ${problem.message}`).join("; ");
  return NextResponse.json({ error: `Invalid request: ${summary}`, problems }, { status: 400 });
}
