// Signing in as the seeded demo accounts (prisma/seed/demo-accounts.ts) and building the requests a
// browser would send, for integration tests that call route loaders and actions directly.
import { logIn } from "~/accounts/login.server";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

export const STAFF = {
  admin: "admin@gjjahwal.example",
  editor: "editor@gjjahwal.example",
  seogu: "seogu@gjjahwal.example",
  gwangsan: "gwangsan@gjjahwal.example",
} as const;

let clientCounter = 0;

/** The Cookie header value of a fresh session for a demo account. */
export async function sessionCookie(email: string): Promise<string> {
  // A distinct client key per login, so the per-client login rate limit never trips in a test file.
  const result = await logIn(email, DEMO_PASSWORD, `test-client-${++clientCounter}`);
  if (!("setCookie" in result)) throw new Error(`login as ${email} failed: ${result.error}`);
  return result.setCookie.split(";")[0]!;
}

/** A GET request for `path`, signed in with `cookie` (or anonymous when null). */
export function getRequest(path: string, cookie: string | null = null) {
  const headers = new Headers();
  if (cookie) headers.set("Cookie", cookie);
  return new Request(`http://localhost${path}`, { headers });
}

/** A form POST to `path` as a browser without JavaScript sends it. */
export function formRequest(path: string, fields: Record<string, string | string[]>, cookie: string | null = null) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  }
  const headers = new Headers({ "Content-Type": "application/x-www-form-urlencoded" });
  if (cookie) headers.set("Cookie", cookie);
  return new Request(`http://localhost${path}`, { method: "POST", headers, body });
}

/** Runs a loader/action and returns the Response it threw or returned (redirects, 403, 404), else null. */
export async function thrownResponse(run: () => Promise<unknown>): Promise<Response | null> {
  try {
    const result = await run();
    return result instanceof Response ? result : null;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
}
