import { execFile, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, stat, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { openEmbedded, type EmbeddedConnection } from "@/lib/embedded/open";
import { claimOwnership, currentOwner, ownerFile } from "@/lib/embedded/owner";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { TEST_PASSWORD } from "../support/admin-session";

const run = promisify(execFile);

/** `npm run admin:create` in a process of its own, on the embedded database under `dataDir` (no DATABASE_URL). */
function adminCreate(dataDir: string, email: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  return run(process.execPath, ["--import", "tsx", "scripts/admin-create.ts", "--email", email, "--password", TEST_PASSWORD], { env }).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
}

describe("one owner of the embedded database", () => {
  let dataRoot: string;
  let server: EmbeddedConnection;
  let prisma: PrismaClient;
  const pglite = () => path.join(dataRoot, "pglite");

  beforeAll(async () => {
    dataRoot = await mkdtemp(path.join(tmpdir(), "toolmatch-owner-"));
    // This process plays `npm start`: it owns the data directory and serves it.
    server = await openEmbedded(pglite(), "npm start", { server: { siteUrl: "http://127.0.0.1:1", revalidateToken: "token-for-the-owner-test" } });
    await migrate(server.url);
    prisma = createPrismaClient(server.url, 2);
  }, 120_000);

  afterAll(async () => {
    await prisma?.$disconnect();
    await server?.close();
    if (dataRoot) await rm(dataRoot, { recursive: true, force: true });
  });

  it("claims a data directory in a folder that does not exist yet, as on a fresh checkout", async () => {
    const fresh = path.join(dataRoot, "not-yet", "deeper", "pglite");
    expect(await claimOwnership(fresh, { command: "npm run db:seed" })).toBeNull();
    expect((await currentOwner(fresh))?.pid).toBe(process.pid);
    await unlink(ownerFile(fresh));
  });

  it("records the owner, its port and its server, readable only by its user", async () => {
    const owner = await currentOwner(pglite());
    expect(owner).toMatchObject({ pid: process.pid, command: "npm start", port: Number(new URL(server.url).port), server: { siteUrl: "http://127.0.0.1:1" } });
    expect(JSON.parse(await readFile(ownerFile(pglite()), "utf8")).pid).toBe(process.pid);
    expect((await stat(ownerFile(pglite()))).mode & 0o077).toBe(0);
  });

  it("a second `npm start` refuses, saying the app already runs", async () => {
    await expect(openEmbedded(pglite(), "npm start", { server: { siteUrl: "http://127.0.0.1:2", revalidateToken: "another-token-here" } })).rejects.toThrow(
      /is in use by npm start \(pid \d+\)\. The app is already running at http:\/\/127\.0\.0\.1:1\./,
    );
  });

  it("admin:create while the server runs writes through the server's database, which sees the account at once", async () => {
    const result = await adminCreate(dataRoot, "through@example.com");
    expect(result.output).toContain(`created admin through@example.com in the embedded database of npm start (pid ${process.pid})`);
    expect(result.code).toBe(0);
    expect(await prisma.user.count({ where: { email: "through@example.com" } })).toBe(1);
  }, 60_000);

  it("refuses while another script holds the data directory, naming it and what to do", async () => {
    const otherRoot = await mkdtemp(path.join(tmpdir(), "toolmatch-owner-busy-"));
    const sleeper = spawn("sleep", ["60"]);
    try {
      await writeFile(ownerFile(path.join(otherRoot, "pglite")), JSON.stringify({ pid: sleeper.pid, command: "npm run db:seed", startedAt: new Date().toISOString() }));
      const result = await adminCreate(otherRoot, "refused@example.com");
      expect(result.code).toBe(1);
      expect(result.output).toContain(`is in use by npm run db:seed (pid ${sleeper.pid}). Run this again when that has finished.`);
    } finally {
      sleeper.kill();
      await rm(otherRoot, { recursive: true, force: true });
    }
  }, 60_000);

  it("takes over a record left by a process that is gone, and gives the directory up when done", async () => {
    const staleRoot = await mkdtemp(path.join(tmpdir(), "toolmatch-owner-stale-"));
    try {
      const gone = spawn(process.execPath, ["-e", ""]);
      await new Promise((resolve) => gone.on("exit", resolve));
      await writeFile(ownerFile(path.join(staleRoot, "pglite")), JSON.stringify({ pid: gone.pid, command: "npm start", startedAt: new Date().toISOString(), port: 1 }));
      const result = await adminCreate(staleRoot, "stale@example.com");
      expect(result.output).toContain("created admin stale@example.com in the embedded database:");
      expect(result.code).toBe(0);
      expect(await currentOwner(path.join(staleRoot, "pglite"))).toBeNull();
    } finally {
      await rm(staleRoot, { recursive: true, force: true });
    }
  }, 180_000);
});
