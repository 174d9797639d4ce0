import { expect, test } from "./support/fixtures";
import { getToolDetail } from "@/lib/catalog/queries";
import { createPrismaClient, setDb } from "@/lib/db/client";
import { compareCosts, costEntries, usageSchema } from "@/lib/cost";
import { formatMoney } from "@/lib/pricing";
import { TEST_SOURCE } from "../support/sources";
import { buildTool, tokenPrice } from "../support/factories";
import { e2eDatabaseUrl } from "./support/e2e-database";
import { addToolsToServer } from "./support/fixtures-data";

// Tools of this test's own, so the catalogue can change without breaking it.
const run = Date.now().toString(36);
const NEW = `pl-new-${run}`;
const OLD = `pl-old-${run}`;

test.beforeAll(async ({ request }) => {
  setDb(createPrismaClient(e2eDatabaseUrl(), 2));
  const later = { ...TEST_SOURCE, date: "2026-03-01", checkedAt: "2026-03-01" };
  await addToolsToServer(request, [
    buildTool({
      slug: NEW,
      name: `New Model ${run}`,
      kind: "model",
      category: "llm",
      facts: { contextWindow: { value: 400_000, source: TEST_SOURCE } },
      offers: [
        { provider: "Vendor", providerSlug: `pl-vendor-${run}`, modelId: "new", prices: [tokenPrice("input", "3", { validTo: "2026-03-01", isStarting: false }), tokenPrice("input", "2", { validFrom: "2026-03-01", source: later }), tokenPrice("output", "8")] },
        { provider: "Host", providerSlug: `pl-host-${run}`, modelId: "new", prices: [tokenPrice("input", "1.5", { isStarting: false }), tokenPrice("output", "9")] },
      ],
    }),
    buildTool({
      slug: OLD,
      name: `Old Model ${run}`,
      kind: "model",
      category: "llm",
      status: { value: "retired", date: "2026-06-17", successor: NEW, source: { ...TEST_SOURCE, date: "2026-06-17", checkedAt: "2026-07-01" } },
      facts: { contextWindow: { value: 128_000, source: TEST_SOURCE } },
      offers: [{ provider: "Vendor", providerSlug: `pl-vendor-${run}`, modelId: "old", prices: [tokenPrice("input", "5"), tokenPrice("output", "20")] }],
    }),
  ]);
});

test("a retired tool says so near the top, keeps its page, and names its successor", async ({ page }) => {
  const response = await page.goto(`/tools/${OLD}`);
  expect(response?.status()).toBe(200);
  const notice = page.getByRole("note", { name: `Old Model ${run}: retired` });
  await expect(notice).toContainText("Retired on 17 June 2026");
  await notice.getByRole("link", { name: `New Model ${run}` }).click();
  await expect(page).toHaveURL(`/tools/${NEW}`);
});

test("the tool page keeps each provider's prices apart, with sources and the earlier price", async ({ page }) => {
  await page.goto(`/tools/${NEW}`);
  const prices = page.getByRole("region", { name: /Prices from 2 providers/ });
  await expect(prices.getByRole("heading", { name: /Vendor/ })).toBeVisible();
  await expect(prices.getByRole("heading", { name: /Host/ })).toBeVisible();
  await expect(prices.getByRole("link", { name: "source, 1 March 2026" }).first()).toHaveAttribute("href", TEST_SOURCE.url);
  await prices.getByText("Earlier prices from Vendor (1)").click();
  await expect(prices.getByRole("row", { name: /Input \$3 per 1M input tokens 1 June 2025 – 1 March 2026/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Vendor prices: price over time/ })).toBeVisible();
});

test("the comparison has a Status row, model facts, and a verdict that names the retired tool", async ({ page }) => {
  const [newSlug, oldSlug] = [NEW, OLD];
  await page.goto(`/compare/${[newSlug, oldSlug].sort().join("-vs-")}`);
  const cells = (row: string) => page.locator(`tr[data-row="${row}"] td`).allInnerTexts();
  const order = [newSlug, oldSlug].sort();
  const byOrder = (values: Record<string, string>) => order.map((slug) => values[slug]);
  expect(await cells("Status")).toEqual(byOrder({ [NEW]: "Active", [OLD]: "Retired (17 June 2026)" }));
  expect((await cells("Context window")).map((text) => text.replace(/\s*leads$/, ""))).toEqual(byOrder({ [NEW]: "400,000 tokens", [OLD]: "128,000 tokens" }));
  await expect(page.getByTestId("verdict")).toContainText(`Old Model ${run}: retired on 17 June 2026; its successor is New Model ${run}.`);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the cost calculator is a plain GET form: numbers in the URL, every offer priced, the cheapest marked", async ({ page }) => {
    const path = `/compare/${[NEW, OLD].sort().join("-vs-")}`;
    await page.goto(path);
    const calculator = page.getByRole("form", { name: "Your monthly usage" });
    await calculator.getByLabel("Input tokens a month").fill("20000000");
    await calculator.getByLabel("Output tokens a month").fill("1000000");
    await calculator.getByLabel("Of which cached input").fill("0");
    await calculator.getByRole("button", { name: "Compute monthly cost" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}/cost\\?input=20000000&output=1000000&cached=0`));

    const tools = [(await getToolDetail(NEW))!, (await getToolDetail(OLD))!];
    const expected = compareCosts(costEntries(tools), usageSchema.parse({ input: 20_000_000, output: 1_000_000, cached: 0 }));
    const rows = page.locator("tbody tr");
    await expect(rows).toHaveCount(3);
    for (const [index, cost] of expected.costs.entries()) {
      if (cost.kind !== "priced") continue;
      await expect(rows.nth(index)).toContainText(`${cost.tool.name} from ${cost.offer.provider}`);
      await expect(rows.nth(index)).toContainText(formatMoney(cost.total.toFixed(2)));
    }
    // 20M × $1.50 + 1M × $9 = $39 at the host, against $48 at the vendor; the retired model is not priced.
    await expect(rows.nth(2)).toContainText(`Old Model ${run}`);
    await expect(rows.nth(2)).toContainText("no longer sold (retired on 17 June 2026)");
    await expect(page.locator("tr[data-cheapest]")).toContainText(`New Model ${run} from Host`);
    await expect(page.locator("tr[data-cheapest]")).toContainText("$39");

    await page.goto(`${path}/cost?input=lots`);
    await expect(page.getByText("Input tokens a month must be a number of tokens")).toBeVisible();
  });
});
