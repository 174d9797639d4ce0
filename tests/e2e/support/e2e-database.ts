import { databaseUrl } from "../../support/databases";

/** The end-to-end run's database: one per port, so two runs on different ports never meet. */
export function e2eDatabaseName(): string {
  return `toolmatch_e2e_${process.env.E2E_PORT ?? 3210}`;
}

export function e2eDatabaseUrl(): string {
  return databaseUrl(e2eDatabaseName());
}
