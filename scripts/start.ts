// `npm start`: database (embedded unless DATABASE_URL is set), migrations,
// first-start seed, build if needed, then the production server on PORT.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { localAuthSecret } from "@/lib/auth/secret";
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { openEmbedded, type EmbeddedConnection } from "@/lib/embedded/open";
import { embeddedDataDir } from "@/lib/embedded/pglite-server";
import { env } from "@/lib/env";
import { refreshNeighbours } from "@/lib/matching/refresh-neighbours";
import { METHOD_VERSION } from "@/lib/scoring/method";
import { recomputeScores } from "@/lib/scoring/recompute";
import { seedDatabase } from "@/lib/seeds/seed-database";
import { serverNodeOptions } from "@/lib/server/heap";

const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

function run(args: string[], childEnv: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], { stdio: "inherit", env: childEnv });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward).on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward).off("SIGTERM", forward);
      resolve(code ?? (signal ? 0 : 1));
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
    } else {
      // Cheap when the lists are current (an incremental refresh that finds nothing to do); in full once after a
      // change of the link rule's stored input, so the first catalogue write afterwards stays incremental.
      const relinked = await refreshNeighbours(prisma);
      if (relinked.changed.length) console.log(`match graph: ${relinked.changed.length} neighbour lists refreshed${relinked.full ? " (in full)" : ""}`);
      // A new Rank method (or a day that aged some evidence) gives the tools concerned a new snapshot; old ones are kept.
      const rescored = await recomputeScores(prisma, "when-changed");
      if (rescored.length) console.log(`scores: ${rescored.length} new snapshots (method ${METHOD_VERSION})`);
    }
  } finally {
    await prisma.$disconnect();
  }
}

const config = env();
// Scripts run while the server runs reach its embedded database through it and tell it about their writes with this token.
const revalidateToken = config.REVALIDATE_TOKEN ?? randomBytes(24).toString("base64url");
let embedded: EmbeddedConnection | undefined;
if (!config.DATABASE_URL) {
  try {
    embedded = await openEmbedded(embeddedDataDir(), "npm start", { server: { siteUrl: config.SITE_URL, revalidateToken } });
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  console.log(`embedded PostgreSQL (PGlite) on ${new URL(embedded.url).host}, data in ${path.relative(process.cwd(), embeddedDataDir())}`);
}
const childEnv = {
  ...process.env,
  DATABASE_URL: config.DATABASE_URL ?? embedded!.url,
  // Without AUTH_SECRET, a random one is made once and kept in DATA_DIR, so sessions survive restarts.
  AUTH_SECRET: config.AUTH_SECRET ?? localAuthSecret(),
  // Canonical links and the admin's allowed origins follow the port unless told otherwise.
  SITE_URL: config.SITE_URL,
  REVALIDATE_TOKEN: revalidateToken,
  NODE_ENV: "production" as const,
};
let code = 1;
try {
  await prepareDatabase(childEnv.DATABASE_URL);
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID")) || config.TOOLMATCH_REBUILD) {
    console.log("building the app (first start)…");
    if ((await run(["build"], childEnv)) !== 0) throw new Error("the build failed");
  }
  code = await run(["start", "-p", String(config.PORT)], { ...childEnv, NODE_OPTIONS: serverNodeOptions() });
} catch (error) {
  console.error(`npm start: ${(error as Error).message}`);
} finally {
  await embedded?.close();
}
process.exit(code);
