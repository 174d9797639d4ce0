import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, ENV_FIELDS, type Env } from "@/lib/env";

export const authSecretFile = () => path.join(env().DATA_DIR, "auth-secret");

function validated(value: string, origin: string): string {
  const parsed = ENV_FIELDS.AUTH_SECRET.safeParse(value);
  if (!parsed.success || !parsed.data) throw new Error(`${origin}: AUTH_SECRET ${parsed.error?.issues[0]?.message ?? "is empty"}`);
  return parsed.data;
}

/**
 * A random secret generated on first use and kept in the git-ignored .data/
 * folder, so sessions survive restarts without anyone choosing (or committing) one.
 */
export function localAuthSecret(file = authSecretFile()): string {
  // turbopackIgnore: the file is local state, not something the build should trace and ship.
  if (existsSync(/*turbopackIgnore: true*/ file)) return validated(readFileSync(/*turbopackIgnore: true*/ file, "utf8"), file);
  mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(/*turbopackIgnore: true*/ file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  return secret;
}

/**
 * The secret that signs session cookies: AUTH_SECRET when set (validated);
 * otherwise, outside production, the local one. A production server without
 * AUTH_SECRET refuses to start signing cookies (`npm start` always sets it).
 */
export function authSecret({ AUTH_SECRET, NODE_ENV }: Pick<Env, "AUTH_SECRET" | "NODE_ENV"> = env()): string {
  if (AUTH_SECRET) return AUTH_SECRET;
  if (NODE_ENV === "production") throw new Error("AUTH_SECRET is not set: set it to at least 32 random characters");
  return localAuthSecret();
}
