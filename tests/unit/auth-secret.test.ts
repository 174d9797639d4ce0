import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authSecret, localAuthSecret } from "@/lib/auth/secret";
import { parseEnv } from "@/lib/env";

describe("the secret that signs session cookies", () => {
  it("comes from AUTH_SECRET, which must be long enough", () => {
    const secret = "a".repeat(16) + "B".repeat(16) + "0123456789";
    expect(authSecret(parseEnv({ AUTH_SECRET: secret, NODE_ENV: "production" }))).toBe(secret);
    expect(() => parseEnv({ AUTH_SECRET: "short", NODE_ENV: "production" })).toThrow(/AUTH_SECRET must be at least 32 characters/);
  });

  it("is never defaulted in production", () => {
    expect(() => authSecret(parseEnv({ NODE_ENV: "production" }))).toThrow(/AUTH_SECRET is not set/);
  });

  it("is generated once for local use, kept private, and reused after a restart", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "toolmatch-secret-")), ".data", "auth-secret");
    const first = localAuthSecret(file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(localAuthSecret(file)).toBe(first);
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
  });
});
