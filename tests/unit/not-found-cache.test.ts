import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { NOT_FOUND_CACHE_CONTROL, PAGE_CACHE_CONTROL } from "@/lib/cache/http-headers";
import { keepNotFoundBrief } from "@/lib/server/not-found-cache";

// A real HTTP server answers as Next does: the headers set first, then the status, by writeHead or implicitly.
const answers: Record<string, (response: http.ServerResponse) => void> = {
  "/implicit-404": (response) => {
    response.setHeader("cache-control", PAGE_CACHE_CONTROL);
    response.statusCode = 404;
    response.end("missing");
  },
  "/write-head-404": (response) => {
    response.writeHead(404, { "Cache-Control": PAGE_CACHE_CONTROL }).end("missing");
  },
  "/page-200": (response) => {
    response.setHeader("cache-control", PAGE_CACHE_CONTROL);
    response.end("page");
  },
  "/private-404": (response) => {
    response.setHeader("cache-control", "no-store");
    response.statusCode = 404;
    response.end("missing");
  },
};

let server: http.Server;
let origin: string;
beforeAll(async () => {
  server = http.createServer((request, response) => {
    keepNotFoundBrief(response);
    answers[request.url!]!(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("keepNotFoundBrief", () => {
  test.each(["/implicit-404", "/write-head-404"])("a 404 with a page's Cache-Control gets the brief one (%s)", async (path) => {
    const response = await fetch(`${origin}${path}`);
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe(NOT_FOUND_CACHE_CONTROL);
  });

  test("pages and 404s not meant for shared caches keep their Cache-Control", async () => {
    expect((await fetch(`${origin}/page-200`)).headers.get("cache-control")).toBe(PAGE_CACHE_CONTROL);
    expect((await fetch(`${origin}/private-404`)).headers.get("cache-control")).toBe("no-store");
  });
});
