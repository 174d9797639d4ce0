// `npm start`: database (embedded unless DATABASE_URL is set), migrations,
// first-start seed, build if needed, then the production server on PORT.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { localAuthSecret } from "@/lib/auth/secret";
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/embedded/pglite-server";
import { seedDatabase } from "@/lib/seeds/seed-database";

const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], { stdio: "inherit", env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward).on("SIGTERM", forward);
    child.on("exit", (code) => {
      process.off("SIGINT", forward).off("SIGTERM", forward);
      resolve(code ?? 1);
    });
  });
}

async function prepareDatabase(url: string): Promise<void> {
  const applied = await migrate(url);
  if (applied.length) console.log(`migrated: ${applied.join(", ")}`);
  const prisma = createPrismaClient(url, 2);
  try {
    if ((await prisma.tool.count()) === 0) {
      const result = await seedDatabase(prisma);
      console.log(`first start: seeded ${result.created.length} tools`);
    }
  } finally {
    await prisma.$disconnect();
  }
}

let embedded: EmbeddedDatabase | undefined;
if (!process.env.DATABASE_URL) {
  embedded = await startEmbeddedDatabase();
  console.log(`embedded PostgreSQL (PGlite) on ${new URL(embedded.url).host}, data in .data/pglite`);
}
// Without AUTH_SECRET, a random one is made once and kept in .data/, so sessions survive restarts.
const port = process.env.PORT ?? "3000";
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? embedded!.url,
  AUTH_SECRET: process.env.AUTH_SECRET ?? localAuthSecret(),
  // Canonical links and the admin's allowed origin follow the port unless told otherwise.
  SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}`,
  NODE_ENV: "production" as const,
};
await prepareDatabase(env.DATABASE_URL);

if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID")) || process.env.TOOLMATCH_REBUILD === "1") {
  console.log("building the app (first start)…");
  if ((await run(["build"], env)) !== 0) process.exit(1);
}
const code = await run(["start", "-p", port], env);
await embedded?.stop();
process.exit(code);
