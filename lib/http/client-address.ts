import { BlockList, isIP } from "node:net";

/** Our own header carrying the socket's address, written by lib/server/request-hooks.ts; any copy a client sends is replaced. */
export const PEER_HEADER = "x-toolmatch-peer";

/**
 * Our own header carrying the request's path and query exactly as received
 * (written there too). Next copies the query with Object.assign before route
 * handlers see it, so a `__proto__` parameter silently disappears from
 * `nextUrl`; the API reads its parameters from this copy.
 */
export const RAW_URL_HEADER = "x-toolmatch-raw-url";

/** An IP address in the form rate limits key on ("::ffff:10.0.0.1" is 10.0.0.1), or null when the value is not one. */
export function normaliseAddress(value: string): string | null {
  const trimmed = value.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)?.[1];
  const address = mapped ?? trimmed;
  return isIP(address) === 0 ? null : address.toLowerCase();
}

const family = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

/** TRUSTED_PROXIES as a lookup: addresses and CIDR ranges of the proxies in front of the app. */
export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    if (prefix === undefined) list.addAddress(address, family(address));
    else list.addSubnet(address, Number(prefix), family(address));
  }
  return list;
}

type Hops = { peer: string | null; forwardedFor: string | null; trusted: BlockList };

/**
 * Who is asking: the socket's address, unless that is a trusted proxy. Then
 * X-Forwarded-For is read from the right (each proxy appends the address it
 * was reached from) past every trusted proxy, and the first address that is
 * not one is the client: anything left of it was written by the client and
 * proves nothing. Null only when the socket address itself is unknown.
 */
export function clientAddress({ peer, forwardedFor, trusted }: Hops): string | null {
  const socket = normaliseAddress(peer ?? "");
  if (!socket) return null;
  const isTrusted = (address: string) => trusted.check(address, family(address));
  let client = socket;
  if (!isTrusted(client)) return client;
  const hops = (forwardedFor ?? "").split(",").filter((hop) => hop.trim() !== "");
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = normaliseAddress(hops[index]!);
    // Not an address: whatever wrote it is not a proxy we trust, so stop at the last address we could verify.
    if (!hop) return client;
    client = hop;
    if (!isTrusted(hop)) return hop;
  }
  return client;
}
