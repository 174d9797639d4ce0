import { describe, expect, it } from "vitest";
import { pagePathOf, replayKey } from "@/lib/server/page-replay";
import { catalogueViewPath } from "@/lib/routing/catalogue-view";

describe("which requests a page replay may answer", () => {
  it("takes page GETs and HEADs, keyed by URL and encoding", () => {
    expect(replayKey("GET", "/tools/vllm", { "accept-encoding": "gzip" })).toBe("/tools/vllm gzip");
    expect(replayKey("HEAD", "/tools?kind=model", {})).toBe("/tools?kind=model ");
    expect(replayKey("GET", "/tools/vllm", { "accept-encoding": "br" })).not.toBe(replayKey("GET", "/tools/vllm", { "accept-encoding": "gzip" }));
  });

  it("leaves Next everything else: other methods, admin, API and assets, and what the client router or a server action asks", () => {
    expect(replayKey("POST", "/tools/vllm", {})).toBeNull();
    for (const url of ["/admin", "/admin/tools", "/api/v1/tools", "/api?x=1", "/_next/static/a.js", "//evil.example/x", "tools"]) expect(replayKey("GET", url, {}), url).toBeNull();
    for (const header of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "next-url"]) {
      expect(replayKey("GET", "/tools/vllm", { [header]: "1" }), header).toBeNull();
    }
    expect(replayKey("GET", "/administrators-guide", {})).not.toBeNull();
  });

  it("checks a /tools URL against the cached view of its filters, any other against its path", () => {
    expect(pagePathOf("/tools?sort=rank&kind=model")).toBe(catalogueViewPath(new URLSearchParams("kind=model")));
    expect(pagePathOf("/tools")).toBe(catalogueViewPath(new URLSearchParams()));
    expect(pagePathOf("/compare/a-vs-b?utm_source=x")).toBe("/compare/a-vs-b");
  });
});
