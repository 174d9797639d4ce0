import type { ServerResponse } from "node:http";
import { closeDb } from "@/lib/db/client";

// The server process's lifecycle: serving, then draining after SIGTERM or
// SIGINT. Next's own handler stops accepting connections, waits for the
// requests in flight and their after() work, then exits; the database pool
// is closed between the last of that work and the exit.

// On globalThis: Next bundles instrumentation.ts (which counts requests and
// handles signals) apart from the routes (which report them), so each has its
// own copy of this module; the state must be the process's, not the copy's.
type State = { draining: boolean; inFlight: number; received: number };
const state: State = ((globalThis as { toolmatchLifecycle?: State }).toolmatchLifecycle ??= { draining: false, inFlight: 0, received: 0 });

/** Requests received since start, and those not yet answered (health reports both). */
export const requestCounts = () => ({ received: state.received, inFlight: state.inFlight });

/** Counts a request from its arrival until its response is finished or its connection is gone. */
export function trackRequest(_request: unknown, response: ServerResponse): void {
  state.received += 1;
  state.inFlight += 1;
  // Next puts up to ten listeners of its own on a response: ours must not trip its leak warning.
  response.setMaxListeners(response.getMaxListeners() + 1);
  response.once("close", () => (state.inFlight -= 1));
}

/** Whether the process has been asked to stop (readiness then fails, so load balancers stop sending). */
export const isDraining = () => state.draining;

/** From now on the process only finishes what it has. */
export function beginDraining(): void {
  state.draining = true;
}

function closePoolBeforeExit(): void {
  const exit = process.exit.bind(process);
  let closing: Promise<void> | undefined;
  process.exit = ((code?: number) => {
    closing ??= closeDb()
      .then(() => console.log("toolmatch: requests drained, database pool closed"))
      .catch((error: unknown) => console.error("toolmatch: closing the database pool failed:", error));
    void closing.finally(() => exit(code));
  }) as typeof process.exit;
}

export function handleShutdownSignals(): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      if (state.draining) return;
      beginDraining();
      console.log(`toolmatch: ${signal}: draining requests in flight`);
      closePoolBeforeExit();
    });
  }
}
