import http from "node:http";
import { AUTH_BASE_PATH } from "@/lib/auth/auth";
import { SIGN_IN_RATE_LIMIT } from "@/lib/auth/policy";
import { PEER_HEADER } from "@/lib/http/client-address";
import { createAccount, e2ePrisma, PASSWORD, removeAccount } from "./support/admin";
import { expect, test } from "./support/fixtures";

// Against the running server, from real sockets: each test connects from its
// own loopback address (127.x.y.z all reach the server), so the addresses
// the server sees are real and the tests share no limit with each other.

const randomByte = () => 1 + Math.floor(Math.random() * 250);
const loopback = () => `127.${randomByte()}.${randomByte()}.${randomByte()}`;

function signIn(baseURL: string, from: string, body: { email: string; password: string }, headers: Record<string, string> = {}): Promise<number> {
  const url = new URL(`${AUTH_BASE_PATH}/sign-in/email`, baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", localAddress: from, headers: { "content-type": "application/json", origin: url.origin, ...headers } }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode!));
    });
    request.on("error", reject);
    request.end(JSON.stringify(body));
  });
}

const guess = () => ({ email: `nobody-${crypto.randomUUID()}@example.com`, password: "a wrong guess, again" });

test("forged X-Forwarded-For and peer headers do not escape the limit of the socket's address", async ({ baseURL }) => {
  const attacker = loopback();
  const statuses: number[] = [];
  for (let i = 0; i < SIGN_IN_RATE_LIMIT.max + 3; i++) {
    statuses.push(await signIn(baseURL!, attacker, guess(), { "x-forwarded-for": `198.51.100.${i}`, [PEER_HEADER]: `203.0.113.${i}` }));
  }
  expect(statuses).toEqual([...Array(SIGN_IN_RATE_LIMIT.max).fill(401), 429, 429, 429]);
});

test("a victim's address in X-Forwarded-For does not lock the victim out", async ({ baseURL }) => {
  const prisma = e2ePrisma();
  const email = await createAccount(prisma, "editor", "Victim");
  try {
    const [attacker, victim] = [loopback(), loopback()];
    for (let i = 0; i < SIGN_IN_RATE_LIMIT.max + 1; i++) await signIn(baseURL!, attacker, guess(), { "x-forwarded-for": victim });
    expect(await signIn(baseURL!, victim, { email, password: PASSWORD })).toBe(200);
  } finally {
    await removeAccount(prisma, email);
    await prisma.$disconnect();
  }
});

test("local sign-in is accepted from 127.0.0.1 and from localhost, and refused from another site", async ({ baseURL }) => {
  const prisma = e2ePrisma();
  const email = await createAccount(prisma, "editor", "Local");
  try {
    const local = new URL(baseURL!);
    for (const host of ["127.0.0.1", "localhost"]) {
      expect(await signIn(baseURL!, loopback(), { email, password: PASSWORD }, { origin: `http://${host}:${local.port}` }), host).toBe(200);
    }
    expect(await signIn(baseURL!, loopback(), { email, password: PASSWORD }, { origin: "http://evil.example" })).toBe(403);
  } finally {
    await removeAccount(prisma, email);
    await prisma.$disconnect();
  }
});
