import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
// Signs the e2e server's session cookies: a throwaway value for a throwaway database, never a real secret.
process.env.AUTH_SECRET ??= "e2e-only-auth-secret-not-used-anywhere-else-0123456789";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous for a busy 2-core machine; every wait is a poll, so a fast run is not slowed.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "npx tsx tests/e2e/support/serve.ts",
    url: `http://127.0.0.1:${port}/methodology`,
    env: { E2E_PORT: String(port), REVALIDATE_TOKEN: "e2e-revalidate-token", AUTH_SECRET: process.env.AUTH_SECRET },
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
