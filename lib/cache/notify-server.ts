/**
 * Asks a running server to expire cache tags after a script wrote to the
 * database. Needs SITE_URL and REVALIDATE_TOKEN; without them the server's
 * cached pages catch up when their lifetime ends (at most an hour).
 */
export async function notifyServer(tags: readonly string[]): Promise<string> {
  const token = process.env.REVALIDATE_TOKEN;
  const site = process.env.SITE_URL;
  if (!token || !site || tags.length === 0) return "cached pages refresh within an hour (set SITE_URL and REVALIDATE_TOKEN to refresh at once)";
  try {
    const response = await fetch(`${site.replace(/\/+$/, "")}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ tags }),
    });
    return response.ok ? `server at ${site} refreshed` : `server at ${site} answered ${response.status}`;
  } catch (error) {
    return `server at ${site} not reachable (${(error as Error).message})`;
  }
}
