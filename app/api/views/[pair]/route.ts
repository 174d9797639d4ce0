import type { NextRequest } from "next/server";
import { countView } from "@/lib/matching/count-view";

type Context = { params: Promise<{ pair: string }> };

/**
 * The comparison page's view beacon: an <img> at the end of the page, so the
 * browser asks for it once the page has loaded, with or without JavaScript.
 * Answers a 1×1 GIF, never cached; counting rules are in lib/matching.
 */
export async function GET(request: NextRequest, { params }: Context) {
  return countView(request, (await params).pair);
}

/** HEAD never counts. */
export async function HEAD(request: NextRequest, { params }: Context) {
  return countView(request, (await params).pair);
}
