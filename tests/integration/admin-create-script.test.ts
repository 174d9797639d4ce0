import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { TEST_PASSWORD } from "../support/admin-session";
import { useTestDatabase } from "../support/test-database";

const run = promisify(execFile);

describe("npm run admin:create", () => {
  const database = useTestDatabase("migrated");
  const adminCreate = (...args: string[]) =>
    run(process.execPath, ["--import", "tsx", "scripts/admin-create.ts", ...args], { env: { ...process.env, DATABASE_URL: database.url } }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
    );

  it("refuses a password that is easy to guess, saying why, and creates nothing", async () => {
    const result = await adminCreate("--email", "ops@example.com", "--password", "aaaaaaaaaaaa");
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/not created: password is too easy to guess: Repeated characters/);
    expect(await database.prisma.user.count({ where: { email: "ops@example.com" } })).toBe(0);
  });

  it("creates the account with a strong one", async () => {
    const result = await adminCreate("--email", "ops@example.com", "--password", TEST_PASSWORD);
    expect(result).toMatchObject({ code: 0, output: expect.stringContaining("created admin ops@example.com") });
    expect(await database.prisma.user.count({ where: { email: "ops@example.com" } })).toBe(1);
  });
});
