// `npm run bench:pages -- --nginx`: the comparison page through deploy/nginx
// (micro-cache in front of two instances sharing Redis) against a plain Node
// server in its own process sending the same bytes and headers
// (static-twin.ts), the limit of this machine. Target ≥ 0.6.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { scratchDatabase, startServer } from "@/tests/support/app-server";
import { clearRedisPrefix } from "@/tests/support/redis";
import { alternatingRounds, printTable } from "./load";
import { copyOf, startStaticTwin } from "./static-twin";

const PAGE = "/compare/dreambooth-stable-diffusion-vs-gemini-2-0-flash-lite";

/** deploy/nginx/toolmatch.conf with this run's ports and a private cache folder. */
export function renderNginxConfig(dir: string, listen: number, upstreams: number[]): string {
  const site = readFileSync("deploy/nginx/toolmatch.conf", "utf8")
    .replace("/var/cache/nginx/toolmatch", path.join(dir, "cache"))
    .replace(/(upstream toolmatch \{\n)(\s*server .*\n)+/, (_, head: string) => head + upstreams.map((port) => `    server 127.0.0.1:${port};\n`).join(""))
    .replace("listen 80;", `listen 127.0.0.1:${listen};`);
  writeFileSync(path.join(dir, "toolmatch.conf"), site);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `${kind}_temp_path ${path.join(dir, kind)};`).join("\n  ");
  // Workers of a root master run as nobody, who cannot write to this private folder: keep them as the caller.
  const user = process.getuid?.() === 0 ? "user root;\n" : "";
  return `${user}worker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents { worker_connections 2048; }\nhttp {\n  access_log off;\n  ${temp}\n  include ${dir}/toolmatch.conf;\n}\n`;
}

export async function benchNginx(port: number, options: { rounds: number; seconds: number; connections: number }): Promise<boolean> {
  const prefix = `toolmatch-bench-${process.pid}:`;
  const database = await scratchDatabase(`toolmatch_bench_nginx_${port}`);
  const env = { DATABASE_URL: database.url, REDIS_URL: "redis://127.0.0.1:6379", REDIS_PREFIX: prefix };
  const servers = [await startServer(port + 2, env), await startServer(port + 3, env)];
  const dir = mkdtempSync(path.join(tmpdir(), "toolmatch-nginx-"));
  writeFileSync(path.join(dir, "nginx.conf"), renderNginxConfig(dir, port + 1, [port + 2, port + 3]));
  const nginx = spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], { stdio: "inherit" });
  const copy = await copyOf(`${servers[0]!.origin}${PAGE}`, "identity");
  const plain = await startStaticTwin(new Map([[PAGE, copy]]), port + 4);
  try {
    for (let tries = 0; !(await fetch(`http://127.0.0.1:${port + 1}${PAGE}`).then((r) => r.ok, () => false)); tries++) {
      if (tries > 50) throw new Error("nginx did not start");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    console.log(`${PAGE}: ${copy.body.length} bytes; ${options.rounds} alternating rounds of ${options.seconds} s, ${options.connections} connections`);
    const rows = await alternatingRounds(
      { label: "plain Node server, same bytes (limit)", url: `http://127.0.0.1:${port + 4}${PAGE}` },
      [
        { label: "nginx micro-cache → 2 instances", url: `http://127.0.0.1:${port + 1}${PAGE}` },
        { label: "one instance directly", url: `${servers[0]!.origin}${PAGE}` },
      ],
      options,
    );
    printTable(rows, { ratio: 0.6, p99: 50 });
    const [, throughNginx] = rows;
    const ratio = [...throughNginx!.ratios].sort((a, b) => a - b)[Math.floor(throughNginx!.ratios.length / 2)]!;
    return ratio >= 0.6 && throughNginx!.samples.every((sample) => sample.errors === 0);
  } finally {
    plain.stop();
    nginx.kill("SIGQUIT");
    await Promise.all(servers.map((server) => server.stop()));
    await database.drop();
    await clearRedisPrefix(prefix);
    rmSync(dir, { recursive: true, force: true });
  }
}
