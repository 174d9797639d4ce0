// The security headers of every response, in one place: next.config.ts sends
// them on every public route, proxy.ts on the admin (with a per-request nonce).
//
// Why two Content-Security-Policies: Next streams its page data as inline
// <script> tags whose content changes with the page, so no fixed hash can
// allow them, and a nonce needs a render per request. Public pages are cached
// whole and served like static files, so they cannot carry a nonce: their
// policy allows inline scripts but only the site's own script files, no
// plugins, no framing, no foreign <base>, forms and connections. The admin is
// rendered per request anyway (every page reads the session), so there every
// script, inline or not, must carry that request's nonce ('strict-dynamic'
// lets those scripts load the chunks they need).

type Directives = Record<string, string[]>;

const BASE: Directives = {
  "default-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "manifest-src": ["'self'"],
  "worker-src": ["'self'", "blob:"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

/** React's development build evaluates code for its debugging aids; production never does. */
const devEval = (development: boolean) => (development ? ["'unsafe-eval'"] : []);

const serialise = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");

/** For pages cached whole (no per-request nonce possible): the site's own scripts, and Next's inline page data. */
export function publicContentSecurityPolicy(development = false): string {
  return serialise({ ...BASE, "script-src": ["'self'", "'unsafe-inline'", ...devEval(development)] });
}

/** For pages rendered per request: only scripts carrying this request's nonce, and what they load. */
export function noncedContentSecurityPolicy(nonce: string, development = false): string {
  return serialise({ ...BASE, "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...devEval(development)] });
}

/** Every header but the CSP. HSTS is the TLS terminator's to send (see README, "Production setup"). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()",
};

/** A nonce for one response: 128 random bits. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
