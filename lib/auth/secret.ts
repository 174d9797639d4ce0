import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export const AUTH_SECRET_FILE = path.join(process.cwd(), ".data", "auth-secret");

const secretSchema = z
  .string()
  .trim()
  .min(32, { error: "AUTH_SECRET must be at least 32 characters (for example: openssl rand -base64 32)" });

function validated(value: string, origin: string): string {
  const parsed = secretSchema.safeParse(value);
  if (!parsed.success) throw new Error(`${origin}: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

/**
 * A random secret generated on first use and kept in the git-ignored .data/
 * folder, so sessions survive restarts without anyone choosing (or committing) one.
 */
export function localAuthSecret(file = AUTH_SECRET_FILE): string {
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
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.AUTH_SECRET) return validated(env.AUTH_SECRET, "AUTH_SECRET");
  if (env.NODE_ENV === "production") throw new Error("AUTH_SECRET is not set: set it to at least 32 random characters");
  return localAuthSecret();
}
