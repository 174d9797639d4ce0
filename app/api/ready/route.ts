import { connection, NextResponse } from "next/server";
import { problem, withProblems } from "@/lib/http/problems";
import { checkReadiness } from "@/lib/server/readiness";

// Readiness, for load balancers: send traffic here only while this answers
// 200 (the database answers, every migration is applied, not shutting down).
export const GET = withProblems("/api/ready", async (_request: Request) => {
  await connection();
  const readiness = await checkReadiness();
  if (!readiness.ready) return problem(503, "Not ready: this instance cannot serve requests right now", readiness.problems, { "retry-after": "5" });
  return NextResponse.json({ status: "ready", migrations: readiness.migrations }, { headers: { "cache-control": "no-store" } });
});
