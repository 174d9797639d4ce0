import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, trustedProxyList } from "@/lib/http/client-address";

const none = trustedProxyList([]);
const nginx = trustedProxyList(["127.0.0.1", "10.0.0.0/8", "fd00::/8"]);

describe("the client's address", () => {
  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress({ peer: "192.0.2.1", forwardedFor: null, trusted: none })).toBe("192.0.2.1");
    expect(clientAddress({ peer: "192.0.2.1", forwardedFor: "203.0.113.9", trusted: none })).toBe("192.0.2.1");
    expect(clientAddress({ peer: "192.0.2.1", forwardedFor: "203.0.113.9, 198.51.100.1", trusted: none })).toBe("192.0.2.1");
  });

  it("is read from the right of X-Forwarded-For past the trusted proxies", () => {
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: "203.0.113.9", trusted: nginx })).toBe("203.0.113.9");
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: "1.1.1.1, 2.2.2.2, 203.0.113.9, 10.9.9.9", trusted: nginx })).toBe("203.0.113.9");
    expect(clientAddress({ peer: "::ffff:127.0.0.1", forwardedFor: "2001:db8::7, fd00::1", trusted: nginx })).toBe("2001:db8::7");
  });

  it("stops at the last verified address when the chain holds something that is not an address", () => {
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: "203.0.113.9, not-an-ip", trusted: nginx })).toBe("127.0.0.1");
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: "", trusted: nginx })).toBe("127.0.0.1");
    expect(clientAddress({ peer: "127.0.0.1", forwardedFor: "10.1.1.1", trusted: nginx })).toBe("10.1.1.1");
  });

  it("is unknown only when the socket's address is", () => {
    expect(clientAddress({ peer: null, forwardedFor: "203.0.113.9", trusted: nginx })).toBeNull();
    expect(clientAddress({ peer: "", forwardedFor: null, trusted: none })).toBeNull();
  });

  it("is normalised the way rate limits key on it", () => {
    expect(normaliseAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normaliseAddress("[2001:DB8::1]")).toBe("2001:db8::1");
    expect(normaliseAddress(" 192.0.2.1 ")).toBe("192.0.2.1");
    expect(normaliseAddress("192.0.2.1:443")).toBeNull();
    expect(normaliseAddress("unknown")).toBeNull();
  });
});
