// `npm run bench:weight`: page weight and Lighthouse-style lab metrics of the
// comparison page against /methodology (the framework baseline: a page with no
// client components of its own), measured offline in Chromium via Playwright:
// HTML bytes, client JavaScript bytes (gzipped, as sent), First Contentful
// Paint, Largest Contentful Paint, Cumulative Layout Shift, Total Blocking
// Time (long tasks over 50 ms), and CDP Performance metrics (script time,
// layout time, JS heap). Median of 5 cold loads each, no throttling.
//
//   npm run bench:weight [-- --port 3230]
import { gzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import { chromium, type Page } from "playwright-core";
import { requireBuild, scratchDatabase, startServer } from "@/tests/support/app-server";

const { values: args } = parseArgs({ options: { port: { type: "string", default: "3230" }, loads: { type: "string", default: "5" } } });
const COMPARISON = "/compare/dreambooth-stable-diffusion-vs-gemini-2-0-flash-lite";
const PAGES = ["/methodology", COMPARISON, "/tools/vllm", "/"];

type Metrics = Record<string, number>;

async function labMetrics(page: Page): Promise<Metrics> {
  return page.evaluate(
    () =>
      new Promise<Metrics>((resolve) => {
        const result = { lcp: 0, cls: 0, tbt: 0, fcp: 0, domContentLoaded: 0, load: 0 };
        new PerformanceObserver((list) => list.getEntries().forEach((entry) => (result.lcp = entry.startTime))).observe({ type: "largest-contentful-paint", buffered: true });
        new PerformanceObserver((list) =>
          list.getEntries().forEach((entry) => (result.cls += (entry as PerformanceEntry & { value: number }).value)),
        ).observe({ type: "layout-shift", buffered: true });
        new PerformanceObserver((list) => list.getEntries().forEach((entry) => (result.tbt += Math.max(0, entry.duration - 50)))).observe({ type: "longtask", buffered: true });
        setTimeout(() => {
          const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
          result.fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
          result.domContentLoaded = navigation.domContentLoadedEventEnd;
          result.load = navigation.loadEventEnd;
          resolve(result);
        }, 500);
      }),
  );
}

async function measure(origin: string, path: string, loads: number) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const runs: Metrics[] = [];
  let html = 0;
  let jsGzip = 0;
  for (let load = 0; load < loads; load++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send("Performance.enable");
    const scripts = new Map<string, number>();
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      scripts.set(response.url(), gzipSync(body).length);
    });
    const response = await page.goto(`${origin}${path}`, { waitUntil: "networkidle" });
    html = (await response!.body()).length;
    const lab = await labMetrics(page);
    const { metrics } = await session.send("Performance.getMetrics");
    const cdp = Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
    jsGzip = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
    runs.push({ ...lab, scriptMs: (cdp.ScriptDuration ?? 0) * 1000, layoutMs: (cdp.LayoutDuration ?? 0) * 1000, heapMb: (cdp.JSHeapUsedSize ?? 0) / 1048576 });
    await context.close();
  }
  await browser.close();
  const median = (key: string) => runs.map((run) => run[key] ?? 0).sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? 0;
  const medians: Metrics = Object.fromEntries(Object.keys(runs[0] ?? {}).map((key) => [key, median(key)]));
  return { path, metrics: { ...medians, html, jsGzip } as Metrics };
}

requireBuild();
const port = Number(args.port);
const database = await scratchDatabase(`toolmatch_bench_weight_${port}`);
const server = await startServer(port, { DATABASE_URL: database.url });
try {
  for (const path of PAGES) await fetch(`${server.origin}${path}`); // render once, so loads measure the cached page
  const rows = [];
  for (const path of PAGES) rows.push(await measure(server.origin, path, Number(args.loads)));
  const baseline = rows[0]?.metrics.jsGzip ?? 0;
  console.log("| page | HTML KB | JS KB gz | JS over baseline KB gz | FCP ms | LCP ms | CLS | TBT ms | DCL ms | load ms | script ms | layout ms | JS heap MB |");
  console.log("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
  for (const { path, metrics } of rows) {
    const kb = (key: string) => ((metrics[key] ?? 0) / 1024).toFixed(1);
    const ms = (key: string) => (metrics[key] ?? 0).toFixed(0);
    const over = (((metrics.jsGzip ?? 0) - baseline) / 1024).toFixed(1);
    console.log(
      `| ${path} | ${kb("html")} | ${kb("jsGzip")} | ${over} | ${ms("fcp")} | ${ms("lcp")} | ${(metrics.cls ?? 0).toFixed(3)} | ${ms("tbt")} | ${ms("domContentLoaded")} | ${ms("load")} | ${ms("scriptMs")} | ${ms("layoutMs")} | ${(metrics.heapMb ?? 0).toFixed(1)} |`,
    );
  }
} finally {
  await server.stop();
  await database.drop();
}
