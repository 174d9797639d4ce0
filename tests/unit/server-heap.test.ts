import { describe, expect, it } from "vitest";
import { SERVER_HEAP_MB, serverNodeOptions } from "@/lib/server/heap";

describe("the server's heap limit", () => {
  it("is added to NODE_OPTIONS, after what is there", () => {
    expect(serverNodeOptions("")).toBe(`--max-old-space-size=${SERVER_HEAP_MB}`);
    expect(serverNodeOptions("--enable-source-maps")).toBe(`--enable-source-maps --max-old-space-size=${SERVER_HEAP_MB}`);
  });

  it("leaves an operator's own limit alone", () => {
    expect(serverNodeOptions("--max-old-space-size=1024")).toBe("--max-old-space-size=1024");
  });
});
