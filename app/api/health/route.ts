import { connection, NextResponse } from "next/server";
import { isDraining, requestCounts } from "@/lib/server/lifecycle";

// Liveness, for load balancers and orchestrators: the process answers. It
// checks nothing else, so a database outage never gets a healthy process restarted.
export async function GET() {
  await connection();
  const { received, inFlight } = requestCounts();
  const body = { status: isDraining() ? "draining" : "alive", uptimeSeconds: Math.round(process.uptime()), requestsReceived: received, requestsInFlight: inFlight };
  return NextResponse.json(body, { headers: { "cache-control": "no-store" } });
}
