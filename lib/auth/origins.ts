const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/**
 * The origins a browser may post sign-in and admin forms from: the site's
 * own. A site on a loopback address answers on all three spellings of it
 * (http://localhost:3000, http://127.0.0.1:3000, http://[::1]:3000).
 */
export function trustedOrigins(siteUrl: string): string[] {
  const site = new URL(siteUrl);
  if (!LOOPBACK_HOSTS.includes(site.hostname)) return [site.origin];
  return LOOPBACK_HOSTS.map((host) => `${site.protocol}//${host}${site.port ? `:${site.port}` : ""}`);
}
