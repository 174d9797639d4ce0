import { mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

// Exactly one process opens the embedded database's data directory: the one
// whose record is in `<data dir>.owner.json`. It serves the database on a
// loopback port written in the record, so every other process reaches the
// same data through it (never a second open of the directory).

const ownerSchema = z.object({
  pid: z.number().int().positive(),
  command: z.string(),
  startedAt: z.string(),
  /** The loopback port the database is served on; absent while the owner is still starting. */
  port: z.number().int().positive().optional(),
  /** Set by `npm start`: where its web server answers, and the token that lets scripts expire its caches. */
  server: z.object({ siteUrl: z.string(), revalidateToken: z.string() }).optional(),
});

export type Owner = z.infer<typeof ownerSchema>;

export const ownerFile = (dataDir: string) => `${dataDir}.owner.json`;

/** Whether a process with this id runs (EPERM: it runs, as another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readOwner(file: string): Promise<Owner | null> {
  const text = await readFile(file, "utf8").catch(() => null);
  if (text === null) return null;
  const parsed = ownerSchema.safeParse(JSON.parse(text || "null"));
  return parsed.success ? parsed.data : null;
}

/** The running owner of the data directory, if any; a record left by a process that is gone is removed. */
export async function currentOwner(dataDir: string): Promise<Owner | null> {
  const file = ownerFile(dataDir);
  const text = await readFile(file, "utf8").catch(() => null);
  if (text === null) return null;
  const owner = await readOwner(file).catch(() => null);
  if (owner && isRunning(owner.pid)) return owner;
  // Stale (its process is gone) or unreadable: remove it, unless another process has just replaced it.
  if ((await readFile(file, "utf8").catch(() => null)) === text) await unlink(file).catch(() => undefined);
  return null;
}

/**
 * Makes this process the owner, atomically (the file is created only if it
 * does not exist). Returns null when it now owns the directory, or the
 * running owner that holds it.
 */
export async function claimOwnership(dataDir: string, claim: Omit<Owner, "pid" | "startedAt">): Promise<Owner | null> {
  const record: Owner = { pid: process.pid, startedAt: new Date().toISOString(), ...claim };
  // A fresh checkout (or a new DATA_DIR) has no data folder yet.
  await mkdir(path.dirname(ownerFile(dataDir)), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(ownerFile(dataDir), JSON.stringify(record), { flag: "wx", mode: 0o600 });
      return null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = await currentOwner(dataDir);
      if (owner) return owner;
    }
  }
  throw new Error(`Could not claim ${ownerFile(dataDir)}: another process keeps creating it`);
}

/** Adds what the owner learnt after claiming (its port, its server) to its record. */
export async function updateOwnership(dataDir: string, update: Partial<Pick<Owner, "port" | "server">>): Promise<void> {
  const owner = await readOwner(ownerFile(dataDir));
  if (owner?.pid !== process.pid) throw new Error(`${ownerFile(dataDir)} is not this process's (pid ${process.pid})`);
  await writeFile(ownerFile(dataDir), JSON.stringify({ ...owner, ...update }), { mode: 0o600 });
}

/** Gives the directory up (only this process's own record is removed). */
export async function releaseOwnership(dataDir: string): Promise<void> {
  const owner = await readOwner(ownerFile(dataDir));
  if (owner?.pid === process.pid) await unlink(ownerFile(dataDir)).catch(() => undefined);
}
