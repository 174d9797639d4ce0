// `npm run bench:pages -- --static`: each page against a plain Node server
// sending the very bytes and headers the app sent for it, the speed of a
// static file of that size on this machine. The plain server runs in a
// process of its own, as the app does (in the bench's process it would share
// an event loop with the load generator). Alternating rounds per page.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request, type OutgoingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { alternatingRounds, printTable, type Row } from "./load";

export type Copy = { headers: OutgoingHttpHeaders; body: Buffer };
/** Headers of the connection or of one response, not of the page. */
const PER_RESPONSE = new Set(["connection", "keep-alive", "date", "transfer-encoding", "content-length"]);

/** The page as the app answers it for this Accept-Encoding: raw bytes, not decoded. */
export function copyOf(url: string, encoding: string): Promise<Copy> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { "accept-encoding": encoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const headers = Object.fromEntries(Object.entries(response.headers).filter(([name]) => !PER_RESPONSE.has(name)));
        resolve({ headers, body: Buffer.concat(chunks) });
      });
    })
      .on("error", reject)
      .end();
  });
}

export async function benchAgainstStaticTwins(
  origin: string,
  paths: readonly string[],
  port: number,
  options: { rounds: number; seconds: number; connections: number; encoding: string },
): Promise<boolean> {
  const copies = new Map<string, Copy>();
  for (const path of paths) copies.set(path, await copyOf(`${origin}${path}`, options.encoding));
  const twin = await startStaticTwin(copies, port);
  try {
    const rows: Row[] = [];
    for (const path of paths) {
      const [plain, app] = await alternatingRounds(
        { label: `${path} (plain Node server, same bytes)`, url: `http://127.0.0.1:${port}${path}` },
        [{ label: path, url: `${origin}${path}` }],
        { ...options, headers: { "accept-encoding": options.encoding } },
      );
      rows.push(plain!, app!);
      console.log(`${path}: ${copies.get(path)!.body.length} bytes as sent`);
    }
    console.log("Each page right after the plain server sending its bytes; ratio = the app's req/s over the plain server's in the same round.");
    return printTable(rows, { ratio: 0.9, p99: 50 });
  } finally {
    twin.stop();
  }
}

/** A plain Node server, in a process of its own, answering each path with its copy: bytes and headers as the app sent them. */
export async function startStaticTwin(copies: ReadonlyMap<string, Copy>, port: number): Promise<{ stop: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), "toolmatch-twin-"));
  const file = path.join(dir, "pages.json");
  writeFileSync(file, JSON.stringify(Object.fromEntries([...copies].map(([url, copy]) => [url, { headers: copy.headers, body: copy.body.toString("base64") }]))));
  const twin = spawn(process.execPath, ["-e", TWIN_SERVER, file, String(port)], { stdio: ["ignore", "inherit", "inherit"] });
  const stop = () => {
    twin.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForTwin(port);
  } catch (error) {
    stop();
    throw error;
  }
  return { stop };
}

const TWIN_SERVER = `
const { readFileSync } = require("node:fs");
const { createServer } = require("node:http");
const pages = JSON.parse(readFileSync(process.argv[1], "utf8"));
for (const page of Object.values(pages)) page.body = Buffer.from(page.body, "base64");
createServer((request, response) => {
  const page = pages[request.url];
  if (!page) return response.writeHead(404).end();
  response.writeHead(200, { ...page.headers, "content-length": page.body.length }).end(page.body);
}).listen(Number(process.argv[2]), "127.0.0.1");
`;

async function waitForTwin(port: number): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if (await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the plain server did not start");
}
