import { contactFromEnv, type ServerContact } from "@/lib/cache/notify-server";
import { openEmbedded } from "@/lib/embedded/open";
import { embeddedDataDir } from "@/lib/embedded/pglite-server";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient, setDb } from "./client";
import { migrate } from "./migrate";

export type ScriptDatabase = {
  prisma: PrismaClient;
  /** Where the data is: DATABASE_URL, the embedded database of the running `npm start`, or the embedded one opened here. */
  via: string;
  /** The running server to tell about writes (so it shows them at once), when there is one. */
  server: ServerContact | null;
  close: () => Promise<void>;
};

/**
 * The database a script (db:seed, admin:create, scores:recompute, …) works
 * on, made the process's db(): DATABASE_URL's when set; otherwise the
 * embedded one — through the running `npm start` when there is one, never by
 * opening its data directory a second time.
 */
export async function openScriptDatabase(command: string): Promise<ScriptDatabase> {
  const url = env().DATABASE_URL;
  const connection = url
    ? { url, via: "DATABASE_URL", server: contactFromEnv(), close: async () => undefined }
    : await openEmbedded(embeddedDataDir(), command);
  if (connection.via === "this process") await migrate(connection.url);
  const prisma = createPrismaClient(connection.url, 2);
  setDb(prisma);
  return {
    prisma,
    via: connection.via === "this process" ? "the embedded database" : connection.via === "DATABASE_URL" ? "DATABASE_URL" : `the embedded database of ${connection.via}`,
    server: connection.server,
    close: async () => {
      await prisma.$disconnect();
      await connection.close();
    },
  };
}

/** Runs a script's work on its database, closes it, and exits with a code (1 and the message on a refusal or failure). */
export async function runScript(command: string, work: (database: ScriptDatabase) => Promise<void>): Promise<never> {
  let code = 0;
  let database: ScriptDatabase | undefined;
  try {
    database = await openScriptDatabase(command);
    await work(database);
  } catch (error) {
    console.error(`${command}: ${error instanceof Error ? error.message : String(error)}`);
    code = 1;
  } finally {
    await database?.close();
  }
  process.exit(code);
}
