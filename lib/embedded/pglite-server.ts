import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { env } from "@/lib/env";

/** Where `npm start` keeps the embedded database (DATA_DIR, git-ignored). */
export const embeddedDataDir = () => path.join(env().DATA_DIR, "pglite");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/**
 * PostgreSQL compiled to WebAssembly (PGlite), kept on disk under .data/ and
 * served on loopback so the app reaches it through the same `pg` driver as a
 * real server. Several connections are allowed so a pool works. Low level:
 * processes go through openEmbedded (./open.ts), which makes sure only one
 * process opens a data directory.
 */
export async function startEmbeddedDatabase(dataDir = embeddedDataDir()): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const database = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const port = await freePort();
  const server = new PGLiteSocketServer({ db: database, host: "127.0.0.1", port, maxConnections: 16 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await database.close();
    },
  };
}
