import { db } from "@/lib/db/client";
import { decideAttempt, type AttemptDecision, type BackoffState } from "./backoff";
import { ACCOUNT_BACKOFF } from "./policy";

/**
 * Counts a sign-in attempt on an account and says whether it may go ahead.
 * Concurrent attempts on one account queue on its row, so a burst of
 * parallel guesses gets no more tries than the same guesses one by one.
 */
export async function beginSignInAttempt(account: string, now = new Date()): Promise<AttemptDecision> {
  const decision = await db().$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO sign_in_backoff (account, attempts, updated_at) VALUES (${account}, 0, ${now}) ON CONFLICT (account) DO NOTHING`;
    const [state] = await tx.$queryRaw<BackoffState[]>`
      SELECT attempts, blocked_until AS "blockedUntil", updated_at AS "updatedAt" FROM sign_in_backoff WHERE account = ${account} FOR UPDATE`;
    const decided = decideAttempt(state!, now);
    if (decided.allowed) await tx.signInBackoff.update({ where: { account }, data: decided.next });
    return decided;
  }, { maxWait: 10_000 });
  await forgetOldAccounts(now);
  return decision;
}

/** A successful sign-in: the account starts again from zero. */
export async function signInSucceeded(account: string): Promise<void> {
  await db().signInBackoff.deleteMany({ where: { account } });
}

/** Rows of accounts nobody tried for a day and that are not waiting: they would start from zero anyway. */
async function forgetOldAccounts(now: Date): Promise<void> {
  const before = new Date(now.getTime() - ACCOUNT_BACKOFF.forgetAfterSeconds * 1000);
  await db().signInBackoff.deleteMany({ where: { updatedAt: { lt: before }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }] } });
}
