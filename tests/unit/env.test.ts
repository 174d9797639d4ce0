import { describe, expect, it } from "vitest";
import { trustedOrigins } from "@/lib/auth/origins";
import { parseEnv } from "@/lib/env";

describe("the environment", () => {
  it("has defaults that let `npm start` and `next build` run with nothing set", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: "development", SITE_URL: "http://localhost:3000", DATABASE_POOL_SIZE: 10, TRUSTED_PROXIES: [], PORT: 3000, TOOLMATCH_REBUILD: false });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.AUTH_SECRET).toBeUndefined();
  });

  it("names every bad variable and why", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", AUTH_SECRET: "short", TRUSTED_PROXIES: "10.0.0.0/33, nginx" })).toThrow(
      /DATABASE_URL must be a postgres:\/\/ connection URL; AUTH_SECRET must be at least 32 characters.*TRUSTED_PROXIES\.0 must list IP addresses or CIDR ranges.*TRUSTED_PROXIES\.1 must list/,
    );
    expect(() => parseEnv({ REVALIDATE_TOKEN: "short" })).toThrow(/REVALIDATE_TOKEN must be at least 16 characters/);
    expect(() => parseEnv({ SITE_URL: "ftp://example.com" })).toThrow(/SITE_URL must be an http\(s\):\/\/ URL/);
  });

  it("reads lists and treats empty values as unset", () => {
    const env = parseEnv({ TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8,fd00::/8", AUTH_SECRET: "", SITE_URL: "https://toolmatch.example/" });
    expect(env.TRUSTED_PROXIES).toEqual(["127.0.0.1", "10.0.0.0/8", "fd00::/8"]);
    expect(env.AUTH_SECRET).toBeUndefined();
    expect(env.SITE_URL).toBe("https://toolmatch.example");
  });
});

describe("the origins sign-in accepts", () => {
  it("are every spelling of loopback for a local site, and only the site's own otherwise", () => {
    expect(trustedOrigins("http://localhost:3000")).toEqual(["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000"]);
    expect(trustedOrigins("http://127.0.0.1:3221")).toContain("http://localhost:3221");
    expect(trustedOrigins("https://toolmatch.example")).toEqual(["https://toolmatch.example"]);
  });
});
