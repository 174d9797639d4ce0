import type { APIRequestContext, Page } from "@playwright/test";
import { ADMIN_PATHS } from "@/lib/admin/paths";
import { comparisonPath, graphPath, toolPath } from "@/lib/compare-url";
import { createAccount, e2ePrisma, removeAccount, signInDirectly } from "./support/admin";
import { expect, test } from "./support/fixtures";

/** Two published tools, whatever the catalogue holds. */
async function twoTools(request: APIRequestContext): Promise<[string, string]> {
  const { items } = (await (await request.get("/api/v1/tools?sort=name")).json()) as { items: { slug: string }[] };
  return [items[0]!.slug, items[1]!.slug];
}

async function publicPages(request: APIRequestContext): Promise<Record<string, string>> {
  const [a, b] = await twoTools(request);
  return {
    home: "/",
    catalogue: "/tools",
    tool: toolPath(a),
    comparison: comparisonPath([a, b]),
    search: "/search?q=model",
    graph: graphPath(a),
    methodology: "/methodology",
  };
}

function expectSecurityHeaders(headers: Record<string, string>, where: string, admin = false) {
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, where).toContain("frame-ancestors 'none'");
  expect(policy, where).toContain("object-src 'none'");
  expect(policy, where).toContain("base-uri 'none'");
  expect(policy, where).toMatch(admin ? /script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'(;|$)/ : /script-src 'self' 'unsafe-inline'(;|$)/);
}

test("every kind of page, the admin and the API answer with the security headers", async ({ request }) => {
  const paths = {
    ...(await publicPages(request)),
    "not found": "/tools/no-such-tool-anywhere",
    api: "/api/v1/tools",
    "api error": "/api/v1/search?page=0",
    openapi: "/api/v1/openapi.json",
  };
  for (const [kind, path] of Object.entries(paths)) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), kind).toBeLessThan(500);
    expectSecurityHeaders(response.headers(), kind);
  }
  for (const path of [ADMIN_PATHS.home, ADMIN_PATHS.signIn]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expectSecurityHeaders(response.headers(), path, true);
  }
  // A nonce is never reused.
  const nonce = async () => /'nonce-([^']+)'/.exec((await request.get(ADMIN_PATHS.signIn)).headers()["content-security-policy"]!)![1];
  expect(await nonce()).not.toBe(await nonce());
});

/** Collects the browser's own CSP violation reports for the page's lifetime. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test("public pages work under the policy: no violations, scripts run, the graph draws", async ({ page, request }) => {
  const violations = await recordViolations(page);
  for (const [kind, path] of Object.entries(await publicPages(request))) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await violations(), kind).toEqual([]);
  }
  // The graph page's map is SVG drawn on the server.
  await page.goto(graphPath((await twoTools(request))[0]));
  await expect(page.getByTestId("graph-map")).toBeVisible();
  // Client-side navigation (the router's scripts) works too.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "How Rank works" }).click();
  await expect(page).toHaveURL(/\/methodology$/);
  expect(await violations()).toEqual([]);
});

test("admin pages work under the nonce policy", async ({ page, context, baseURL }) => {
  const violations = await recordViolations(page);
  await page.goto(ADMIN_PATHS.signIn);
  // The form checks fields in the browser: its script ran with the nonce.
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Please correct the fields marked below.")).toBeVisible();

  const prisma = e2ePrisma();
  const email = await createAccount(prisma, "admin", "Csp");
  try {
    await signInDirectly(context, baseURL!, email);
    const [slug] = await twoTools(page.request);
    for (const path of [ADMIN_PATHS.home, ADMIN_PATHS.tool(slug), ADMIN_PATHS.users, ADMIN_PATHS.importExport, ADMIN_PATHS.audit()]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await violations(), path).toEqual([]);
    }
  } finally {
    await removeAccount(prisma, email);
    await prisma.$disconnect();
  }
});
