import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";

// Every environment variable the app and its scripts read, validated in one
// place. Nothing else reads process.env for configuration (scripts may still
// set variables for the processes they start).

/** An empty value (`FOO=` in a shell or an env file) counts as unset. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/** `10.0.0.1`, `::1` or a CIDR range such as `10.0.0.0/24` or `fd00::/8`. */
export function isAddressOrRange(value: string): boolean {
  const [address = "", prefix, ...rest] = value.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

const addressList = z
  .string()
  .default("")
  .transform((value) => value.split(",").map((entry) => entry.trim()).filter(Boolean))
  .pipe(z.array(z.string().refine(isAddressOrRange, { error: "must list IP addresses or CIDR ranges, separated by commas" })));

const envFields = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// connection URL" })),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Defaults to http://localhost:<PORT>. */
  SITE_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" }).transform((url) => url.replace(/\/+$/, ""))),
  AUTH_SECRET: optional(z.string().trim().min(32, { error: "must be at least 32 characters (for example: openssl rand -base64 32)" })),
  REVALIDATE_TOKEN: optional(z.string().min(16, { error: "must be at least 16 characters" })),
  TRUSTED_PROXIES: addressList,
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Local state: the embedded database, its owner file and the generated auth secret. */
  DATA_DIR: z
    .string()
    .default(".data")
    .transform((dir) => path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir)),
  TOOLMATCH_REBUILD: optional(z.enum(["0", "1"], { error: "must be 0 or 1" })).transform((value) => value === "1"),
  ADMIN_EMAIL: optional(z.string()),
  ADMIN_PASSWORD: optional(z.string()),
});

/** Each variable's own schema (for values read from elsewhere, such as a file). */
export const ENV_FIELDS = envFields.shape;

export const envSchema = envFields.transform((parsed) => ({ ...parsed, SITE_URL: parsed.SITE_URL ?? `http://localhost:${parsed.PORT}` }));

export type Env = z.infer<typeof envSchema>;
type Source = Record<string, string | undefined>;

/** Parses an environment; every problem is named with its variable and reason. */
export function parseEnv(source: Source): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ");
  throw new Error(`Invalid environment: ${details}`);
}

let cached: { snapshot: string; env: Env } | undefined;

/**
 * The process's validated environment, read lazily so `next build` needs no
 * database or secret, and parsed again only when one of its variables changed
 * (tests and scripts set some before the first use).
 */
export function env(): Env {
  const snapshot = JSON.stringify(Object.keys(ENV_FIELDS).map((name) => process.env[name]));
  if (cached?.snapshot !== snapshot) cached = { snapshot, env: parseEnv(process.env) };
  return cached.env;
}

export type ServerEnv = Env & { DATABASE_URL: string };

/** The environment of a process that talks to the database: DATABASE_URL must be set. */
export function serverEnv(): ServerEnv {
  const current = env();
  if (!current.DATABASE_URL) throw new Error("Invalid environment: DATABASE_URL is not set (postgresql://user@host:5432/db)");
  return current as ServerEnv;
}

const cacheEnvSchema = z.object({
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, { error: "letters, digits and _ : . - only, at most 64" })
    .default("toolmatch:"),
});

export type CacheEnv = z.infer<typeof cacheEnvSchema>;

/**
 * Where cached pages and data are shared between instances: REDIS_URL (off
 * when unset: one process, its own memory) and the key prefix in that Redis.
 * Read by next.config.ts, which chooses the cache handlers from it; the
 * handlers themselves (lib/cache/handlers, plain JavaScript loaded by Next.js
 * outside the bundles) then read the same two variables, validated here first.
 */
export function cacheEnv(env: NodeJS.ProcessEnv = process.env): CacheEnv {
  const parsed = cacheEnvSchema.safeParse(env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${details}`);
  }
  return parsed.data;
}

/** True while `next build` prerenders: there is no database then, so cached reads answer empty and the page is rendered again on its first request. */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}

const sourcesEnvSchema = z.object({
  /** Where sources:sync reads models.dev's api.json: an http(s) URL or a file path. */
  MODELS_DEV_URL: z
    .string()
    .trim()
    .min(1)
    .refine((value) => /^https?:\/\/[^\s]+$/.test(value) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(value), { error: "must be an http(s) URL or a file path" })
    .optional(),
});

/** The environment of sources:sync, validated when it starts. */
export function sourcesEnv(): z.infer<typeof sourcesEnvSchema> {
  const parsed = sourcesEnvSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Invalid environment: ${parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}`);
  return parsed.data;
}

/** The public origin used in canonical links, sitemaps and JSON-LD; safe to read at build time. */
export function siteUrl(): string {
  return env().SITE_URL;
}
