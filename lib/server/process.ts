import { env } from "@/lib/env";
import { handleShutdownSignals, trackRequest } from "./lifecycle";
import { keepNotFoundBrief } from "./not-found-cache";
import { answerFromReplay } from "./page-replay";
import { installRequestHooks } from "./request-hooks";

/** What a server process does once at start: check its environment, hook every request, and stop gracefully. */
export function startServerProcess(): void {
  // Fails the start with every bad variable named, instead of a 500 on the first request that reads one.
  env();
  installRequestHooks((request, response) => {
    trackRequest(request, response);
    keepNotFoundBrief(response);
  }, answerFromReplay);
  handleShutdownSignals();
}
