import { NOT_FOUND_CACHE_CONTROL, UNAVAILABLE_RETRY_AFTER_SECONDS } from "@/lib/cache/http-headers";

// Pages proxy.ts answers by itself, before rendering: a 404 for unknown tools
// and comparisons (briefly cacheable, so a tool published a moment later does
// not stay missing in a shared cache), and a 503 with Retry-After while the
// database is unreachable (never stored). Self-contained HTML: they need
// neither the database nor a render, and keep their status and Cache-Control.

const STYLE =
  "body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#18181b;background:#fff}main{max-width:36rem;margin:4rem auto;padding:0 1rem;text-align:center}a{color:#2563eb}@media(prefers-color-scheme:dark){body{color:#f4f4f5;background:#09090b}a{color:#7dd3fc}}";

function page(title: string, message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${title} · toolmatch</title><style>${STYLE}</style></head><body><main><h1>${title}</h1><p>${message}</p><p><a href="/tools">Browse the catalogue</a> · <a href="/">Home</a></p></main></body></html>`;
}

export function notFoundPage(): Response {
  const body = page("We could not find that", "The tool or comparison you asked for is not in the catalogue. It may have been renamed or unpublished.");
  return new Response(body, { status: 404, headers: { "content-type": "text/html; charset=utf-8", "cache-control": NOT_FOUND_CACHE_CONTROL } });
}

export function unavailablePage(): Response {
  const body = page("Back in a moment", `This page cannot be shown right now because our database is not answering. Please try again in ${UNAVAILABLE_RETRY_AFTER_SECONDS} seconds.`);
  return new Response(body, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "retry-after": String(UNAVAILABLE_RETRY_AFTER_SECONDS) },
  });
}
