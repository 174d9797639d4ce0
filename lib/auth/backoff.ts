import { ACCOUNT_BACKOFF } from "./policy";

export type BackoffState = { attempts: number; blockedUntil: Date | null; updatedAt: Date };
export type AttemptDecision = { allowed: true; next: BackoffState } | { allowed: false; retryAfterSeconds: number };

/** Whether an account may try to sign in now, and the state after this attempt (the rule of ACCOUNT_BACKOFF). */
export function decideAttempt(state: BackoffState, now: Date, policy = ACCOUNT_BACKOFF): AttemptDecision {
  if (state.blockedUntil && state.blockedUntil > now) {
    return { allowed: false, retryAfterSeconds: Math.ceil((state.blockedUntil.getTime() - now.getTime()) / 1000) };
  }
  const forgotten = now.getTime() - state.updatedAt.getTime() > policy.forgetAfterSeconds * 1000;
  const attempts = (forgotten ? 0 : state.attempts) + 1;
  const over = attempts - policy.freeAttempts;
  const waitSeconds = Math.min(policy.firstWaitSeconds * 2 ** (over - 1), policy.maxWaitSeconds);
  return { allowed: true, next: { attempts, blockedUntil: over > 0 ? new Date(now.getTime() + waitSeconds * 1000) : null, updatedAt: now } };
}
