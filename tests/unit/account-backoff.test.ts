import { describe, expect, it } from "vitest";
import { decideAttempt, type BackoffState } from "@/lib/auth/backoff";
import { ACCOUNT_BACKOFF } from "@/lib/auth/policy";

const start = new Date("2026-12-01T12:00:00Z");
const later = (seconds: number) => new Date(start.getTime() + seconds * 1000);
const fresh: BackoffState = { attempts: 0, blockedUntil: null, updatedAt: start };

/** Tries as fast as allowed; returns the wait imposed after each allowed attempt. */
function waits(count: number): number[] {
  let state = fresh;
  let now = start;
  const result: number[] = [];
  for (let i = 0; i < count; i++) {
    const decision = decideAttempt(state, now);
    if (!decision.allowed) throw new Error("tried while blocked");
    state = decision.next;
    const wait = state.blockedUntil ? (state.blockedUntil.getTime() - now.getTime()) / 1000 : 0;
    result.push(wait);
    now = new Date(now.getTime() + wait * 1000);
  }
  return result;
}

describe("the per-account back-off", () => {
  it("lets the first attempts through, then doubles the wait up to the cap", () => {
    expect(ACCOUNT_BACKOFF).toMatchObject({ freeAttempts: 5, firstWaitSeconds: 30, maxWaitSeconds: 900 });
    expect(waits(12)).toEqual([0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900]);
  });

  it("refuses while the account waits, telling how long, without counting the refused attempt", () => {
    const blocked: BackoffState = { attempts: 6, blockedUntil: later(30), updatedAt: start };
    expect(decideAttempt(blocked, later(1))).toEqual({ allowed: false, retryAfterSeconds: 29 });
    expect(decideAttempt(blocked, later(30))).toMatchObject({ allowed: true, next: { attempts: 7 } });
  });

  it("forgets attempts after a quiet day", () => {
    const old: BackoffState = { attempts: 9, blockedUntil: later(900), updatedAt: start };
    expect(decideAttempt(old, later(ACCOUNT_BACKOFF.forgetAfterSeconds + 1))).toMatchObject({ allowed: true, next: { attempts: 1, blockedUntil: null } });
  });
});
