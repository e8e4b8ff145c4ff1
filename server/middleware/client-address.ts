/**
 * Who is asking, and over which scheme, behind a reverse proxy (README.md, "Configuration"):
 * X-Forwarded-For and X-Forwarded-Proto are believed only when the socket peer is one of the
 * TRUST_PROXY addresses or ranges; otherwise anyone could pick their own rate-limit bucket or
 * pretend to be on TLS. Every per-IP limiter, the Origin check and HSTS read what is set here.
 *
 * X-Forwarded-Host is never read: Caddy and nginx (deploy/) pass the client's Host through, and a
 * proxy that does not set X-Forwarded-Host itself would forward the client's own value untouched.
 */
import type { Context, MiddlewareHandler } from "hono";

export interface Client {
  /** The client's address as seen by this server or told by a trusted proxy. */
  address: string;
  scheme: "http" | "https";
}

declare module "hono" {
  interface ContextVariableMap {
    client: Client;
  }
}

interface Range {
  bytes: Uint8Array;
  prefix: number;
}

/** The parsed TRUST_PROXY list. */
export interface TrustedProxies {
  ranges: readonly Range[];
  /** The list as written, for messages. */
  source: string;
}

export class TrustProxyError extends Error {}

function ipv4Bytes(text: string): Uint8Array | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  const bytes = new Uint8Array(4);
  for (const [index, part] of parts.entries()) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    bytes[index] = Number(part);
  }
  return bytes;
}

function ipv6Bytes(text: string): Uint8Array | undefined {
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const groupsOf = (half: string): number[] | undefined => {
    if (half === "") return [];
    const groups: number[] = [];
    const parts = half.split(":");
    for (const [index, part] of parts.entries()) {
      if (index === parts.length - 1 && part.includes(".")) {
        const v4 = ipv4Bytes(part);
        if (!v4) return undefined;
        groups.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
      } else if (/^[0-9a-f]{1,4}$/i.test(part)) groups.push(Number.parseInt(part, 16));
      else return undefined;
    }
    return groups;
  };
  const head = groupsOf(halves[0] ?? "");
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? "") : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  for (const [index, group] of groups.entries()) {
    bytes[index * 2] = group >> 8;
    bytes[index * 2 + 1] = group & 0xff;
  }
  return bytes;
}

const MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/**
 * An address as 4 or 16 bytes; an IPv4-mapped IPv6 address (`::ffff:127.0.0.1`, what a socket
 * listening on `::` reports for IPv4 clients) as its 4 IPv4 bytes. Zone ids are dropped.
 */
export function parseAddress(text: string): Uint8Array | undefined {
  const trimmed = text.trim().replace(/%.*$/, "");
  if (trimmed.includes(":")) {
    const bytes = ipv6Bytes(trimmed);
    if (bytes && MAPPED_PREFIX.every((byte, index) => bytes[index] === byte)) return bytes.slice(12);
    return bytes;
  }
  return ipv4Bytes(trimmed);
}

/** `127.0.0.1`, `::1`, `10.0.0.0/8`, `fd00::/8`, comma- or space-separated. */
export function parseTrustedProxies(list: string | undefined): TrustedProxies {
  const ranges: Range[] = [];
  for (const entry of (list ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [address = "", prefixText] = entry.split("/");
    const bytes = parseAddress(address);
    const bits = address.includes(":") ? 128 : 32;
    const prefix = prefixText === undefined ? bits : Number(prefixText);
    // An IPv4-mapped range (::ffff:10.0.0.0/104) matches the IPv4 addresses it maps.
    const mapped = bytes?.length === 4 && bits === 128;
    if (!bytes || !/^\d+$/.test(prefixText ?? "0") || prefix > bits || (mapped && prefix < 96)) {
      throw new TrustProxyError(
        `TRUST_PROXY : « ${entry} » n'est ni une adresse IP ni une plage CIDR (exemple : 127.0.0.1,::1,10.0.0.0/8)`,
      );
    }
    ranges.push({ bytes, prefix: mapped ? prefix - 96 : prefix });
  }
  return { ranges, source: list ?? "" };
}

function inRange(bytes: Uint8Array, range: Range): boolean {
  if (bytes.length !== range.bytes.length) return false;
  const full = Math.floor(range.prefix / 8);
  for (let index = 0; index < full; index++) if (bytes[index] !== range.bytes[index]) return false;
  const rest = range.prefix % 8;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return ((bytes[full] ?? 0) & mask) === ((range.bytes[full] ?? 0) & mask);
}

export function isTrustedProxy(address: string, trusted: TrustedProxies): boolean {
  const bytes = parseAddress(address);
  return bytes !== undefined && trusted.ranges.some((range) => inRange(bytes, range));
}

/** An X-Forwarded-For entry without the port some proxies add (`1.2.3.4:5678`, `[2001:db8::1]:443`). */
function withoutPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed?.[1]) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  return v4?.[1] ?? entry;
}

export interface RequestFacts {
  /** The socket's remote address (undefined when unknown, e.g. in app.request() tests). */
  peer: string | undefined;
  forwardedFor: string | undefined;
  forwardedProto: string | undefined;
  /** The scheme the request reached this server with. */
  scheme: "http" | "https";
}

/**
 * The client: without a trusted peer, the peer itself. From a trusted peer, walking
 * X-Forwarded-For from the right, the first address that is not a trusted proxy (the one the
 * nearest trusted proxy saw); if all are trusted, the leftmost. The scheme is the last value of
 * X-Forwarded-Proto (the one the nearest proxy wrote) when it is http or https.
 */
export function resolveClient(facts: RequestFacts, trusted: TrustedProxies): Client {
  const peer = facts.peer ?? "inconnu";
  if (trusted.ranges.length === 0 || !isTrustedProxy(peer, trusted)) return { address: peer, scheme: facts.scheme };
  const hops = (facts.forwardedFor ?? "")
    .split(",")
    .map((entry) => withoutPort(entry.trim()))
    .filter(Boolean);
  let address = peer;
  for (let index = hops.length - 1; index >= 0; index--) {
    address = hops[index] ?? address;
    if (!isTrustedProxy(address, trusted)) break;
  }
  const proto = facts.forwardedProto?.split(",").pop()?.trim().toLowerCase();
  const scheme = proto === "https" || proto === "http" ? proto : facts.scheme;
  return { address, scheme };
}

/**
 * The rate-limit bucket of an address: IPv6 clients by /64 (one household or phone gets a whole
 * /64 and can pick any address in it), IPv4 ones by address.
 */
export function rateLimitKey(address: string): string {
  const bytes = parseAddress(address);
  if (!bytes) return address.slice(0, 64);
  if (bytes.length === 4) return bytes.join(".");
  const groups: string[] = [];
  for (let index = 0; index < 8; index += 2)
    groups.push((((bytes[index] ?? 0) << 8) | (bytes[index + 1] ?? 0)).toString(16));
  return `${groups.join(":")}::/64`;
}

export interface ClientAddressOptions {
  /** The socket's remote address (the Node entry reads it from the connection). */
  peerAddress?: (c: Context) => string | undefined;
  trustedProxies?: TrustedProxies;
}

/** Sets `c.var.client` for everything after it. */
export function clientAddress(options: ClientAddressOptions): MiddlewareHandler {
  const trusted = options.trustedProxies ?? parseTrustedProxies("");
  return async function clientAddressMiddleware(c, next) {
    c.set(
      "client",
      resolveClient(
        {
          peer: options.peerAddress?.(c),
          forwardedFor: c.req.header("X-Forwarded-For"),
          forwardedProto: c.req.header("X-Forwarded-Proto"),
          scheme: new URL(c.req.url).protocol === "https:" ? "https" : "http",
        },
        trusted,
      ),
    );
    return next();
  };
}

/** The client of this request (set by clientAddress(); the request's own URL when not mounted). */
export function clientOf(c: Context): Client {
  return c.get("client") ?? { address: "inconnu", scheme: new URL(c.req.url).protocol === "https:" ? "https" : "http" };
}

/** The key every per-IP limiter uses. */
export const clientRateLimitKey = (c: Context): string => rateLimitKey(clientOf(c).address);
