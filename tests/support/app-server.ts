// Benchmark plumbing: a scratch database cloned from a seeded template (the real
// catalogue by default, optionally grown with synthetic tools), and production servers on it.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { serverNodeOptions } from "@/lib/server/heap";
import { databaseUrl, dropDatabase, withAdmin } from "@/tests/support/databases";
import { prepareTemplates } from "@/tests/support/global-setup";
import { addSyntheticTools } from "@/tests/support/synthetic-catalogue";

const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

export type ScratchDatabase = { name: string; url: string; drop: () => Promise<void> };

/** A fresh copy of a catalogue (seeds/ unless "fixture"), plus `syntheticTools` made-up tools; dropped by `drop()`. */
export async function scratchDatabase(name: string, syntheticTools = 0, catalogue: "real" | "fixture" = "real"): Promise<ScratchDatabase> {
  const templates = await prepareTemplates({ withRealCatalogue: catalogue === "real" });
  const template = catalogue === "real" ? templates.catalogue : templates.seeded;
  await withAdmin(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  });
  const url = databaseUrl(name);
  if (syntheticTools > 0) {
    const prisma = createPrismaClient(url, 2);
    try {
      console.log(`catalogue: ${await addSyntheticTools(prisma, syntheticTools)} tools`);
    } finally {
      await prisma.$disconnect();
    }
  }
  return { name, url, drop: () => dropDatabase(name) };
}

export type Server = { port: number; origin: string; process: ChildProcess; stop: () => Promise<void> };

export function requireBuild(): void {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
}

/** `next start` on loopback; resolves once /methodology answers 200. */
export async function startServer(port: number, env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS ?? process.env.NODE_OPTIONS),
      SITE_URL: `http://127.0.0.1:${port}`,
      AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-only-auth-secret-not-used-anywhere-else-0123",
      ...env,
    },
  });
  const origin = `http://127.0.0.1:${port}`;
  process.once("exit", () => child.kill()); // never leave a server behind when the caller ends
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  for (let tries = 0; tries < 600; tries++) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited with ${child.exitCode}`);
    const ok = await fetch(`${origin}/methodology`).then((response) => response.ok, () => false);
    if (ok) return { port, origin, process: child, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`server on ${port} did not start`);
}

function childrenOf(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
}

/** CPU time (user + system) a process and its descendants have used so far, in ms (Linux /proc; clock ticks of 10 ms). */
export function cpuMilliseconds(pid: number): number {
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, "utf8") : "";
  // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  return ticks * 10 + childrenOf(pid).reduce((sum, child) => sum + cpuMilliseconds(child), 0);
}

/** Resident memory of a process and its descendants, in MB (Linux /proc). */
export function residentMegabytes(pid: number): number {
  const status = existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, "utf8") : "";
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kilobytes / 1024 + childrenOf(pid).reduce((sum, child) => sum + residentMegabytes(child), 0);
}
