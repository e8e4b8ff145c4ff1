import { describe, expect, it } from "vitest";
import {
  isTrustedProxy,
  parseAddress,
  parseTrustedProxies,
  rateLimitKey,
  resolveClient,
  TrustProxyError,
} from "../../server/middleware/client-address";

describe("TRUST_PROXY parsing and matching", () => {
  it("reads IPv4 and IPv6 addresses and CIDR ranges, comma- or space-separated", () => {
    const trusted = parseTrustedProxies("127.0.0.1, ::1 10.0.0.0/8,fd00::/8 192.168.1.0/25");
    expect(isTrustedProxy("127.0.0.1", trusted)).toBe(true);
    expect(isTrustedProxy("127.0.0.2", trusted)).toBe(false);
    expect(isTrustedProxy("::1", trusted)).toBe(true);
    expect(isTrustedProxy("0:0:0:0:0:0:0:1", trusted)).toBe(true);
    expect(isTrustedProxy("10.255.3.4", trusted)).toBe(true);
    expect(isTrustedProxy("11.0.0.1", trusted)).toBe(false);
    expect(isTrustedProxy("fd12:3456::1", trusted)).toBe(true);
    expect(isTrustedProxy("fe80::1", trusted)).toBe(false);
    expect(isTrustedProxy("192.168.1.127", trusted)).toBe(true);
    expect(isTrustedProxy("192.168.1.128", trusted)).toBe(false);
    expect(isTrustedProxy("pas-une-adresse", trusted)).toBe(false);
  });

  it("takes an IPv4-mapped IPv6 peer (a socket on ::) for its IPv4 address", () => {
    const trusted = parseTrustedProxies("127.0.0.1");
    expect(isTrustedProxy("::ffff:127.0.0.1", trusted)).toBe(true);
    expect(isTrustedProxy("::ffff:7f00:1", trusted)).toBe(true);
    expect(parseAddress("::ffff:192.0.2.7")).toEqual(new Uint8Array([192, 0, 2, 7]));
    expect(isTrustedProxy("::ffff:10.1.2.3", parseTrustedProxies("::ffff:10.0.0.0/104"))).toBe(true);
  });

  it("refuses what is not an address or a range, naming it", () => {
    for (const bad of [
      "localhost",
      "10.0.0.0/33",
      "::1/129",
      "256.0.0.1",
      "10.0.0.0/",
      "1:2:3:4:5:6:7:8:9",
      "1::2::3",
    ]) {
      expect(() => parseTrustedProxies(bad), bad).toThrow(TrustProxyError);
      expect(() => parseTrustedProxies(bad), bad).toThrow(`« ${bad} »`);
    }
    expect(parseTrustedProxies("").ranges).toEqual([]);
    expect(parseTrustedProxies(undefined).ranges).toEqual([]);
  });
});

describe("the client behind proxies", () => {
  const trusted = parseTrustedProxies("127.0.0.1,::1,10.0.0.0/8");
  const facts = (peer: string, forwardedFor?: string, forwardedProto?: string) => ({
    peer,
    forwardedFor,
    forwardedProto,
    scheme: "http" as const,
  });

  it("ignores both headers from a peer that is not a trusted proxy", () => {
    expect(resolveClient(facts("198.51.100.7", "203.0.113.9", "https"), trusted)).toEqual({
      address: "198.51.100.7",
      scheme: "http",
    });
    expect(resolveClient(facts("127.0.0.1", "203.0.113.9", "https"), parseTrustedProxies(""))).toEqual({
      address: "127.0.0.1",
      scheme: "http",
    });
  });

  it("takes the rightmost X-Forwarded-For address that is not a proxy, and the proxy's scheme", () => {
    // The client forged the first entry; the proxy appended what it saw.
    expect(resolveClient(facts("127.0.0.1", "1.2.3.4, 203.0.113.9", "https"), trusted)).toEqual({
      address: "203.0.113.9",
      scheme: "https",
    });
    // Two proxies of ours in a row.
    expect(resolveClient(facts("::1", "203.0.113.9, 10.0.0.5", "https"), trusted).address).toBe("203.0.113.9");
    expect(resolveClient(facts("127.0.0.1", "[2001:db8::7]:51234", "http"), trusted).address).toBe("2001:db8::7");
    expect(resolveClient(facts("127.0.0.1", "203.0.113.9:51234"), trusted).address).toBe("203.0.113.9");
    // Only proxies: the leftmost one; no header: the peer.
    expect(resolveClient(facts("127.0.0.1", "10.0.0.9, 10.0.0.5"), trusted).address).toBe("10.0.0.9");
    expect(resolveClient(facts("127.0.0.1"), trusted).address).toBe("127.0.0.1");
  });

  it("keeps the socket's scheme when the forwarded one is missing or odd", () => {
    expect(resolveClient(facts("127.0.0.1", "203.0.113.9"), trusted).scheme).toBe("http");
    expect(resolveClient(facts("127.0.0.1", "203.0.113.9", "gopher"), trusted).scheme).toBe("http");
    expect(resolveClient(facts("127.0.0.1", "203.0.113.9", "http, HTTPS"), trusted).scheme).toBe("https");
  });
});

describe("rate-limit buckets", () => {
  it("groups IPv6 clients by /64 and keeps IPv4 ones apart", () => {
    expect(rateLimitKey("2001:db8:1:2:aaaa::1")).toBe(rateLimitKey("2001:db8:1:2:ffff:1:2:3"));
    expect(rateLimitKey("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKey("2001:db8:1:3::1")).not.toBe(rateLimitKey("2001:db8:1:2::1"));
    expect(rateLimitKey("192.0.2.1")).not.toBe(rateLimitKey("192.0.2.2"));
    expect(rateLimitKey("::ffff:192.0.2.1")).toBe(rateLimitKey("192.0.2.1"));
  });
});
