import { createHash, randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/** The server tests may create databases on; never a remote one. */
export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a database that is not on this machine (${host})`);
  }
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function filesHash(dirs: string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const dir of dirs) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).sort();
    for (const file of files) hash.update(file).update(await readFile(file));
  }
  return hash.digest("hex").slice(0, 10);
}

/** Templates of this checkout: other checkouts on the same server have their own. */
export function templatePrefix(): string {
  return `toolmatch_tpl_${createHash("sha256").update(process.cwd()).digest("hex").slice(0, 6)}_`;
}

/**
 * The catalogues tests load: the fixed test catalogue (tests/fixtures/catalogue,
 * in the seed format, changed only by tests) and the real one in seeds/, which
 * editors change and only the checks of the real catalogue load.
 */
export const CATALOGUE_DIRS = {
  fixture: path.join(process.cwd(), "tests", "fixtures", "catalogue"),
  real: path.join(process.cwd(), "seeds"),
} as const;

export type TemplateNames = { migrated: string; seeded: string; catalogue: string };

/** Template names change whenever migrations, code or the catalogue they hold change, so a stale template is never reused. */
export async function templateNames(): Promise<TemplateNames> {
  const root = process.cwd();
  const migrations = await filesHash([path.join(root, "prisma", "migrations")]);
  const seeded = (dir: string) => filesHash([path.join(root, "prisma", "migrations"), dir, path.join(root, "lib")]);
  return {
    migrated: `${templatePrefix()}m_${migrations}`,
    seeded: `${templatePrefix()}s_${await seeded(CATALOGUE_DIRS.fixture)}`,
    catalogue: `${templatePrefix()}c_${await seeded(CATALOGUE_DIRS.real)}`,
  };
}

export async function databaseExists(client: pg.Client, name: string): Promise<boolean> {
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  return rowCount === 1;
}

/** A fresh database for one test file, cloned from a template (fast: a file copy on the server). */
export async function cloneDatabase(template: string, prefix = "toolmatch_t"): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return name;
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
