import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/admin/users/create-user";
import { ACCOUNT_BACKOFF, SIGN_IN_RATE_LIMIT } from "@/lib/auth/policy";
import { authRequest, TEST_PASSWORD } from "../support/admin-session";
import { useTestDatabase } from "../support/test-database";

// The attacks of issue 12, replayed against the same handler as the route:
// `peer` is the socket's address, which a client cannot choose; headers are
// whatever the client sends.

const signIn = (peer: string, email: string, password: string, headers: Record<string, string> = {}) =>
  authRequest("/sign-in/email", { email, password }, headers, peer);
const nobody = () => `nobody-${crypto.randomUUID()}@example.com`;
const counts = (statuses: number[]) => statuses.reduce<Record<number, number>>((all, status) => ({ ...all, [status]: (all[status] ?? 0) + 1 }), {});

describe("sign-in limits that hold", () => {
  const database = useTestDatabase("migrated");
  const victim = "victim@example.com";
  const trustedBefore = process.env.TRUSTED_PROXIES;

  beforeAll(async () => {
    await createUser({ email: victim, name: "Victim", password: TEST_PASSWORD, role: "admin" });
  });

  afterEach(async () => {
    if (trustedBefore === undefined) delete process.env.TRUSTED_PROXIES;
    else process.env.TRUSTED_PROXIES = trustedBefore;
    await database.prisma.rateLimit.deleteMany();
    await database.prisma.signInBackoff.deleteMany();
  });

  it("a new X-Forwarded-For on each try does not escape the limit of the socket's address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await signIn("192.0.2.10", nobody(), "wrong guess number", { "x-forwarded-for": `198.51.100.${i}` })).status);
    expect(counts(statuses)).toEqual({ 401: SIGN_IN_RATE_LIMIT.max, 429: 30 - SIGN_IN_RATE_LIMIT.max });
  });

  it("a victim's address in X-Forwarded-For does not lock the victim out", async () => {
    for (let i = 0; i < 6; i++) await signIn("192.0.2.20", nobody(), "wrong guess number", { "x-forwarded-for": "203.0.113.99" });
    expect((await signIn("203.0.113.99", victim, TEST_PASSWORD)).status).toBe(200);
  });

  it("a two-value X-Forwarded-For does not put different clients in one bucket", async () => {
    const twoValues = { "x-forwarded-for": "198.51.100.1, 198.51.100.2" };
    for (let i = 0; i < SIGN_IN_RATE_LIMIT.max + 1; i++) await signIn("192.0.2.30", nobody(), "wrong guess number", twoValues);
    expect((await signIn("192.0.2.30", nobody(), "wrong guess number", twoValues)).status).toBe(429);
    expect((await signIn("192.0.2.31", victim, TEST_PASSWORD, twoValues)).status).toBe(200);
  });

  it("guesses at one account from many addresses back off: 429 with Retry-After, even for the right password", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < ACCOUNT_BACKOFF.freeAttempts + 3; i++) statuses.push((await signIn(`198.51.100.${i}`, victim, "wrong guess number")).status);
    expect(statuses).toEqual([...Array(ACCOUNT_BACKOFF.freeAttempts + 1).fill(401), 429, 429]);
    const refused = await signIn("198.51.100.200", victim, TEST_PASSWORD);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(ACCOUNT_BACKOFF.firstWaitSeconds);
    expect(await refused.json()).toMatchObject({ code: "ACCOUNT_BACKOFF" });

    // When the wait is over, the right password works and the account starts again from zero.
    await database.prisma.signInBackoff.update({ where: { account: victim }, data: { blockedUntil: new Date(Date.now() - 1000) } });
    expect((await signIn("198.51.100.201", victim, TEST_PASSWORD)).status).toBe(200);
    expect(await database.prisma.signInBackoff.count({ where: { account: victim } })).toBe(0);
  });

  it("unknown accounts back off exactly like real ones, so the answers tell nothing", async () => {
    const unknown = nobody();
    const statuses: number[] = [];
    for (let i = 0; i < ACCOUNT_BACKOFF.freeAttempts + 2; i++) statuses.push((await signIn(`198.51.100.${i}`, unknown, "wrong guess number")).status);
    expect(statuses).toEqual([...Array(ACCOUNT_BACKOFF.freeAttempts + 1).fill(401), 429]);
  });

  it("a burst of parallel guesses at one account gets no more tries than the same guesses in a row", async () => {
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(`198.51.100.${i}`, victim, "wrong guess number").then((response) => response.status)));
    expect(counts(statuses)).toEqual({ 401: ACCOUNT_BACKOFF.freeAttempts + 1, 429: 20 - ACCOUNT_BACKOFF.freeAttempts - 1 });
  });

  it("behind TRUSTED_PROXIES the client is the rightmost address the proxies did not add", async () => {
    process.env.TRUSTED_PROXIES = "127.0.0.1, 10.0.0.0/8";
    // nginx appends the address it was reached from; what the client wrote before it changes nothing.
    const viaProxy = (i: number, client: string) => signIn("127.0.0.1", nobody(), "wrong guess number", { "x-forwarded-for": `198.51.100.${i}, ${client}, 10.1.2.3` });
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_RATE_LIMIT.max + 2; i++) statuses.push((await viaProxy(i, "203.0.113.5")).status);
    expect(counts(statuses)).toEqual({ 401: SIGN_IN_RATE_LIMIT.max, 429: 2 });
    // Another client behind the same proxy has its own bucket.
    expect((await viaProxy(0, "203.0.113.6")).status).toBe(401);
    // A client that is not a trusted proxy cannot pretend to be one.
    expect((await signIn("203.0.113.5", nobody(), "wrong guess number", { "x-forwarded-for": "203.0.113.77" })).status).toBe(429);
  });
});
