import { z } from "zod";

const serverEnvSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// connection URL" }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  SITE_URL: z.url().default("http://localhost:3000"),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: ServerEnv | undefined;

/** The validated server environment; read lazily so `next build` needs no database. */
export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = serverEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${details}`);
  }
  cached = parsed.data;
  return cached;
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

/** The public origin used in canonical links, sitemaps and JSON-LD; safe to read at build time. */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}
