import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress } from "./client-address";

const resolve = (socket: string, forwardedFor: string | undefined, trusted?: string) =>
  resolveClientAddress(socket, forwardedFor, parseTrustedProxies(trusted)).address;

describe("the client address", () => {
  it("is the socket's when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolve("203.0.113.7", "198.51.100.1")).toBe("203.0.113.7");
    expect(resolve("::ffff:203.0.113.7", undefined)).toBe("203.0.113.7");
    expect(resolve("203.0.113.7", "198.51.100.1", "")).toBe("203.0.113.7");
  });

  it("is read from X-Forwarded-For, right to left, past listed proxies", () => {
    const trusted = "10.0.0.0/8, 192.0.2.5";
    expect(resolve("10.1.2.3", "198.51.100.1", trusted)).toBe("198.51.100.1");
    // A client's own forged entry sits left of the address the proxy appended.
    expect(resolve("10.1.2.3", "1.2.3.4, 198.51.100.1, 192.0.2.5", trusted)).toBe("198.51.100.1");
    // Not from a listed proxy: the header is the client's own claim.
    expect(resolve("203.0.113.7", "198.51.100.1", trusted)).toBe("203.0.113.7");
    expect(resolve("10.1.2.3", "not-an-address", trusted)).toBe("10.1.2.3");
  });

  it("counts hops when TRUSTED_PROXIES is a number", () => {
    expect(resolve("10.0.0.1", "1.2.3.4, 198.51.100.1", "1")).toBe("198.51.100.1");
    expect(resolve("10.0.0.1", "1.2.3.4, 198.51.100.1, 10.0.0.2", "2")).toBe("198.51.100.1");
    expect(resolve("10.0.0.1", undefined, "1")).toBe("10.0.0.1");
  });

  it("refuses a malformed TRUSTED_PROXIES at start-up", () => {
    expect(() => parseTrustedProxies("10.0.0.0/x")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/TRUSTED_PROXIES/);
    expect(parseTrustedProxies("::1, fd00::/8")).not.toBeNull();
  });
});
