import { env } from "@/lib/env";
import { clientAddress, PEER_HEADER, trustedProxyList } from "./client-address";

let trusted: { entries: string; list: ReturnType<typeof trustedProxyList> } | undefined;

/** TRUSTED_PROXIES as a lookup, rebuilt only when the setting changes. */
function trustedProxies() {
  const entries = env().TRUSTED_PROXIES.join(",");
  if (trusted?.entries !== entries) trusted = { entries, list: trustedProxyList(env().TRUSTED_PROXIES) };
  return trusted.list;
}

/**
 * The client's address for a request as a route handler sees it: the socket's
 * (written into PEER_HEADER before Next sees the request), or what a trusted
 * proxy says in X-Forwarded-For. Every rule that keys on "who is asking"
 * (sign-in limits, view counting) reads it here.
 */
export function requestClientAddress(headers: Headers, peer: string | null = headers.get(PEER_HEADER)): string | null {
  return clientAddress({ peer, forwardedFor: headers.get("x-forwarded-for"), trusted: trustedProxies() });
}
