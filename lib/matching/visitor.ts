import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";

/** A visitor as counting sees it: today's date and salted hashes, never an address or user agent. */
export type Visitor = { day: string; visitor: string; address: string };

type Salt = { day: string; salt: string; checkedAt: number };
let current: Salt | undefined;
/** How long a process trusts its copy of the salt before asking the database which day it is. */
const RECHECK_MS = 60_000;

/**
 * Today's salt, shared by every instance through the database: made at random
 * by the day's first view. Making it deletes older salts and visit rows, so
 * no hash of a past day can be recomputed or linked to today's.
 */
async function todaysSalt(): Promise<Salt> {
  if (current && Date.now() - current.checkedAt < RECHECK_MS) return current;
  const [{ day }] = await db().$queryRaw<[{ day: string }]>`SELECT current_date::text AS day`;
  if (current?.day === day) return (current = { ...current, checkedAt: Date.now() });
  const created = await db().$executeRaw`
    INSERT INTO visitor_salt (day, salt) VALUES (${day}::date, ${randomBytes(32).toString("hex")}) ON CONFLICT DO NOTHING`;
  if (created > 0) {
    await db().$executeRaw`DELETE FROM visitor_salt WHERE day < ${day}::date`;
    await db().$executeRaw`DELETE FROM comparison_visit WHERE day < ${day}::date`;
    await db().$executeRaw`DELETE FROM comparison_reach WHERE day < ${day}::date`;
  }
  const [row] = await db().$queryRaw<[{ salt: string }]>`SELECT salt FROM visitor_salt WHERE day = ${day}::date`;
  current = { day, salt: row.salt, checkedAt: Date.now() };
  return current;
}

const digest = (...parts: string[]) => createHash("sha256").update(parts.join("\0")).digest("base64url").slice(0, 22);

/** Who is viewing, as two salted hashes: address with user agent (a visitor), and address alone (for reach). */
export async function identifyVisitor(address: string, userAgent: string): Promise<Visitor> {
  const { day, salt } = await todaysSalt();
  return { day, visitor: digest(salt, address, userAgent), address: digest(salt, address) };
}
