import { describe, expect, it } from "vitest";
import { resolveRequestPath } from "@/lib/routing/resolve-request";

const existing = async (slugs: string[]) => slugs.filter((slug) => ["gpt-4o", "whisper"].includes(slug));

describe("graph page URLs", () => {
  it("serves a known tool's graph, redirects other spellings and 404s unknown tools", async () => {
    expect(await resolveRequestPath("/graph/gpt-4o", existing)).toEqual({ kind: "pass" });
    expect(await resolveRequestPath("/graph/GPT-4o", existing)).toEqual({ kind: "redirect", location: "/graph/gpt-4o" });
    expect(await resolveRequestPath("/graph/whisper/", existing)).toEqual({ kind: "redirect", location: "/graph/whisper" });
    expect(await resolveRequestPath("/graph/no-such-tool", existing)).toEqual({ kind: "not-found" });
    expect(await resolveRequestPath("/graph/not a slug", existing)).toEqual({ kind: "not-found" });
  });

  it("keeps tool pages on their own paths", async () => {
    expect(await resolveRequestPath("/tools/GPT-4o", existing)).toEqual({ kind: "redirect", location: "/tools/gpt-4o" });
  });
});
