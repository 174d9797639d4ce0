import { setTimeout as sleep } from "node:timers/promises";
import type { ServerContact } from "@/lib/cache/notify-server";
import { claimOwnership, currentOwner, releaseOwnership, updateOwnership, type Owner } from "./owner";
import { startEmbeddedDatabase } from "./pglite-server";

export type EmbeddedConnection = {
  url: string;
  /** Who serves the data: this process, or the running `npm start` reached on its loopback port. */
  via: "this process" | `${string} (pid ${number})`;
  /** The running server to tell about writes, when there is one. */
  server: ServerContact | null;
  close: () => Promise<void>;
};

const urlFor = (port: number) => `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;

async function portOf(owner: Owner, dataDir: string): Promise<Owner> {
  // The owner writes its port once its database is up: give it a moment.
  for (let waited = 0; !owner.port && waited < 30_000; waited += 250) {
    await sleep(250);
    owner = (await currentOwner(dataDir)) ?? owner;
  }
  return owner;
}

/**
 * The embedded database for a process that is not its owner-to-be unless no
 * one else is: if `npm start` owns the data directory, its database is used
 * through its loopback port (and its caches are told about writes); if
 * another script owns it, this refuses with who and what to do; otherwise
 * this process opens the directory, serves it, and owns it until `close()`.
 */
export async function openEmbedded(dataDir: string, command: string, options: { server?: ServerContact } = {}): Promise<EmbeddedConnection> {
  const holder = await claimOwnership(dataDir, { command, ...(options.server && { server: options.server }) });
  if (holder) {
    const who = `${holder.command} (pid ${holder.pid})` as const;
    if (!holder.server || options.server) {
      throw new Error(`The embedded database (${dataDir}) is in use by ${who}. ${holder.server ? `The app is already running at ${holder.server.siteUrl}.` : "Run this again when that has finished."}`);
    }
    const owner = await portOf(holder, dataDir);
    if (!owner.port) throw new Error(`${who} owns the embedded database but has not started serving it after 30 s.`);
    return { url: urlFor(owner.port), via: who, server: owner.server ?? null, close: async () => undefined };
  }
  try {
    const embedded = await startEmbeddedDatabase(dataDir);
    await updateOwnership(dataDir, { port: Number(new URL(embedded.url).port) });
    return {
      url: embedded.url,
      via: "this process",
      server: null,
      close: async () => {
        await embedded.stop();
        await releaseOwnership(dataDir);
      },
    };
  } catch (error) {
    await releaseOwnership(dataDir);
    throw error;
  }
}
