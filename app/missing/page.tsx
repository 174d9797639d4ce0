import type { Metadata } from "next";
import { connection } from "next/server";
import { NotFoundMessage } from "@/components/not-found-message";

export const metadata: Metadata = { title: "Not found", robots: { index: false } };

// What proxy.ts rewrites unknown tools and comparisons to, with status 404.
// Rendered per request (it is tiny) so it is never stored: the static
// not-found page would be sent with a one-year s-maxage, and a tool published
// a moment later must not stay missing in a shared cache.
export const instant = false;

export default async function Missing() {
  await connection();
  return <NotFoundMessage />;
}
