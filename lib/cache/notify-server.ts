import { env } from "@/lib/env";

/** Where a running server can be told to expire cache tags: its origin and the bearer token it accepts. */
export type ServerContact = { siteUrl: string; revalidateToken: string };

/** The server at SITE_URL, when REVALIDATE_TOKEN is set. */
export function contactFromEnv(): ServerContact | null {
  const { SITE_URL, REVALIDATE_TOKEN } = env();
  return REVALIDATE_TOKEN ? { siteUrl: SITE_URL, revalidateToken: REVALIDATE_TOKEN } : null;
}

/**
 * Asks a running server to expire cache tags after a script wrote to the
 * database. Without a server to tell (no SITE_URL and REVALIDATE_TOKEN, and
 * no `npm start` on the embedded database), cached pages catch up when their
 * lifetime ends (at most an hour).
 */
export async function notifyServer(tags: readonly string[], contact = contactFromEnv()): Promise<string> {
  if (!contact || tags.length === 0) return "cached pages refresh within an hour (set REVALIDATE_TOKEN, and SITE_URL, to refresh at once)";
  const { siteUrl, revalidateToken } = contact;
  try {
    const response = await fetch(`${siteUrl}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${revalidateToken}` },
      body: JSON.stringify({ tags }),
    });
    return response.ok ? `server at ${siteUrl} refreshed` : `server at ${siteUrl} answered ${response.status}`;
  } catch (error) {
    return `server at ${siteUrl} not reachable (${(error as Error).message})`;
  }
}
