import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { databaseUrl, withAdmin } from "@/tests/support/databases";
import { prepareTemplates } from "@/tests/support/global-setup";

export type RunningServer = {
  url: string;
  databaseName: string;
  databaseUrl: string;
  /** What the server printed, so far. */
  output: () => string;
  /** SIGTERM, then waits for the exit: its code. */
  stop: () => Promise<number | null>;
};

/**
 * The production build (`npm run build` must have run) on `port`, on a fresh
 * copy of the seeded test template in a database of its own; ready once
 * /api/ready answers 200.
 */
export async function startProductionServer(port: number, databaseName: string, env: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const { seeded } = await prepareTemplates();
  await withAdmin(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${databaseName}" TEMPLATE "${seeded}"`);
  });
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl(databaseName), SITE_URL: url, NODE_ENV: "production", AUTH_SECRET: "bench-only-auth-secret-0123456789abcdefghij", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  for (let waited = 0; ; waited += 250) {
    const ready = await fetch(`${url}/api/ready`).then((response) => response.ok, () => false);
    if (ready) break;
    if (waited > 60_000 || child.exitCode !== null) throw new Error(`the server did not become ready:\n${output}`);
    await sleep(250);
  }
  return {
    url,
    databaseName,
    databaseUrl: databaseUrl(databaseName),
    output: () => output,
    stop: async () => {
      child.kill("SIGTERM");
      const code = await exited;
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`));
      return code;
    },
  };
}
