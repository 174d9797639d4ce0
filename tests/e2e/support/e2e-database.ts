import { createHash } from "node:crypto";
import { databaseUrl } from "../../support/databases";

/**
 * The end-to-end run's database: one per checkout and port, so two checkouts
 * on one machine (or two runs on different ports) never share or drop each
 * other's database, even when they use the same port.
 */
export function e2eDatabaseName(): string {
  const checkout = createHash("sha256").update(process.cwd()).digest("hex").slice(0, 6);
  return `toolmatch_e2e_${checkout}_${process.env.E2E_PORT ?? 3210}`;
}

export function e2eDatabaseUrl(): string {
  return databaseUrl(e2eDatabaseName());
}
