/**
 * The admin token and session checks go through crypto.timingSafeEqual on digests of equal,
 * fixed length, whatever was sent: the comparison's time does not depend on the guess.
 */
import * as crypto from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { newSession, sameSecret, validSession } from "../../server/admin/auth";
import { demoRoubaix } from "../support/demo-config";

vi.mock("node:crypto", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:crypto")>();
  return { ...real, timingSafeEqual: vi.fn(real.timingSafeEqual) };
});

const TOKEN = "jeton-de-test-fictif-0123456789abcdefghij";
const ml = demoRoubaix();
const now = new Date("2026-11-24T09:00:00Z");
const spy = vi.mocked(crypto.timingSafeEqual);

// A block body: a function returned from beforeEach would be called as its teardown.
beforeEach(() => {
  spy.mockClear();
});

function comparedLengths(): number[][] {
  return spy.mock.calls.map(([a, b]) => [a.byteLength, b.byteLength]);
}

describe("constant-time comparisons", () => {
  it("compares tokens as two 32-byte HMAC digests, whatever their lengths", () => {
    expect(sameSecret(TOKEN, TOKEN)).toBe(true);
    expect(sameSecret(`${TOKEN.slice(0, -1)}X`, TOKEN)).toBe(false);
    expect(sameSecret("court", TOKEN)).toBe(false);
    expect(sameSecret("", TOKEN)).toBe(false);
    expect(sameSecret("x".repeat(5000), TOKEN)).toBe(false);
    expect(comparedLengths()).toEqual([
      [32, 32],
      [32, 32],
      [32, 32],
      [32, 32],
      [32, 32],
    ]);
  });

  it("checks a session's HMAC with timingSafeEqual too, and never puts the token in it", () => {
    const session = newSession(ml, TOKEN, now);
    expect(session).not.toContain(TOKEN);
    expect(validSession(session, ml, TOKEN, now)).toBe(true);
    const forged = `${session.slice(0, -2)}${session.endsWith("A") ? "BB" : "AA"}`;
    expect(validSession(forged, ml, TOKEN, now)).toBe(false);
    expect(comparedLengths()).toEqual([
      [32, 32],
      [32, 32],
    ]);
  });

  it("refuses an expired session, one from another ML and one signed before the token changed", () => {
    const session = newSession(ml, TOKEN, now);
    expect(validSession(session, ml, TOKEN, new Date(now.getTime() + 8 * 3600_000 + 1000))).toBe(false);
    expect(validSession(session, { ...ml, id: "autre-ml" }, TOKEN, now)).toBe(false);
    expect(validSession(session, ml, `${TOKEN}-nouveau`, now)).toBe(false);
    expect(validSession("v1.99999999999.abc", ml, TOKEN, now)).toBe(false);
  });
});
