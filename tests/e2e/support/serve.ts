// Playwright's web server: a fresh seeded database cloned from the test
// template, then the production build (`next build` must have run) on E2E_PORT.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { prepareTemplates } from "../../support/global-setup";
import { withAdmin } from "../../support/databases";
import { e2eDatabaseName, e2eDatabaseUrl } from "./e2e-database";
import { serverNodeOptions } from "@/lib/server/heap";

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` before the end-to-end tests.");
  process.exit(1);
}
const { seeded } = await prepareTemplates();
const name = e2eDatabaseName();
await withAdmin(async (admin) => {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${seeded}"`);
});
const port = process.env.E2E_PORT ?? "3210";
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), SITE_URL: `http://127.0.0.1:${port}`, NODE_ENV: "production", NODE_OPTIONS: serverNodeOptions() },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
