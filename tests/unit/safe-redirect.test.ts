import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/utils/safe-redirect.server";

const ORIGIN = "https://news.example.kr";
const redirectFor = (input: string) => safeRedirect(input, "/fallback", ORIGIN);

/** Where a browser on one of our pages lands when it follows `Location: location`. */
function landing(location: string, page = `${ORIGIN}/login?redirectTo=x`) {
  return new URL(location, page);
}

// Pieces an attacker combines: slashes in every spelling, dot segments (plain and percent-encoded),
// schemes, userinfo tricks, control characters and whitespace the URL parser strips or tolerates.
const SLASHES = ["/", "//", "///", "\\", "/\\", "\\/", "\\\\", "%2f", "%2F", "%5c", "%5C", "/%2f", "/%5c", "%2f%2f"];
const DOTS = [
  "",
  "/.",
  "/..",
  "/./",
  "/../",
  "/%2e",
  "/%2E",
  "/%2e%2e",
  "/.%2e",
  "/%2e.",
  "/a/..",
  "/a/%2e%2e",
  "/./.",
];
const CONTROLS = ["", "\t", "\n", "\r", "\0", "\x1b", "\x7f", "\u0085", " ", "\u3000"];
const HOSTS = [
  "evil.example",
  "evil.example:443",
  "news.example.kr@evil.example",
  "news.example.kr.evil.example",
  "127.0.0.1",
];
const SCHEMES = ["", "http:", "https:", "HTTPS:", "javascript:", "data:", "http:/", "https:\\\\", "ftp:"];

function* corpus(): Generator<string> {
  for (const scheme of SCHEMES)
    for (const dots of DOTS)
      for (const slashes of SLASHES)
        for (const host of HOSTS) {
          yield `${scheme}${dots}${slashes}${host}/path`;
          for (const control of CONTROLS) yield `${scheme}${dots}${control}${slashes}${control}${host}`;
        }
  // Random concatenations of the same pieces (a fixed seed, so a failure can be replayed).
  const pieces = [...SLASHES, ...DOTS, ...CONTROLS, ...HOSTS, ...SCHEMES, ".", "..", "?", "#", "@", ":", "%00", "%09"];
  let seed = 12;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 20_000; i++) {
    let value = "";
    for (let n = 1 + Math.floor(random() * 7); n > 0; n--) value += pieces[Math.floor(random() * pieces.length)];
    yield value;
  }
}

describe("safeRedirect", () => {
  it("never produces a Location that leaves the site, over a generated corpus of hostile targets", () => {
    const inputs = [...corpus()];
    expect(inputs.length).toBeGreaterThan(60_000);
    const escapes: string[] = [];
    for (const input of inputs) {
      const location = redirectFor(input);
      const path = location.split("?")[0]!;
      const ok =
        /^\/(?![/\\])/.test(location) &&
        ![...path].some(
          (c) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f) || c === "\\",
        ) &&
        landing(location).origin === ORIGIN &&
        landing(location, "http://127.0.0.1:3000/").host === "127.0.0.1:3000";
      if (!ok) escapes.push(`${JSON.stringify(input)} → ${JSON.stringify(location)}`);
    }
    expect(escapes.slice(0, 20)).toEqual([]);
  });

  it.each([
    ["/.//evil.example", "/evil.example"],
    ["/%2e%2e//evil.example", "/evil.example"],
    ["/a/..//evil.example/x", "/evil.example/x"],
    ["//evil.example/path", "/fallback"],
    ["/\\evil.example", "/fallback"],
    ["/\t/evil.example", "/fallback"],
    ["https://evil.example", "/fallback"],
    ["javascript:alert(1)", "/fallback"],
    ["", "/fallback"],
  ])("the reported bypass %j lands on our own %j", (input, expected) => {
    expect(redirectFor(input)).toBe(expected);
  });

  it("keeps our own targets as they were asked for", () => {
    expect(redirectFor("/center/orders?tab=NEW#list")).toBe("/center/orders?tab=NEW#list");
    expect(redirectFor(`${ORIGIN}/admin/orders?page=2`)).toBe("/admin/orders?page=2");
    expect(redirectFor("/news/%ED%95%9C%EA%B8%80")).toBe("/news/%ED%95%9C%EA%B8%80");
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(["/admin"])).toBe("/");
  });
});
