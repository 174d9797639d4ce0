import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { NOT_FOUND_CACHE_CONTROL } from "@/lib/cache/http-headers";

/**
 * A 404 stays in shared caches only briefly, whatever Cache-Control its route
 * sends for pages: what is missing now (a tool, a page of the catalogue) may be
 * published a moment later. Responses not meant for shared caches (no
 * s-maxage) are left as they are.
 */
export function keepNotFoundBrief(response: ServerResponse): void {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode === 404) {
      if (String(this.getHeader("cache-control") ?? "").includes("s-maxage")) this.setHeader("cache-control", NOT_FOUND_CACHE_CONTROL);
      const headers = rest.find((arg): arg is OutgoingHttpHeaders => typeof arg === "object" && arg !== null && !Array.isArray(arg));
      for (const name of Object.keys(headers ?? {})) {
        if (name.toLowerCase() === "cache-control" && String(headers![name]).includes("s-maxage")) headers![name] = NOT_FOUND_CACHE_CONTROL;
      }
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
  } as ServerResponse["writeHead"];
}
