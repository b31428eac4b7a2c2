// Requests to the built server as a browser on the site would send them (Origin of the server itself),
// plus the same requests as another site would make them.
import type { RunningServer } from "./server";

export type Fields = Record<string, string>;

export function httpClient(server: RunningServer) {
  const send = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, { redirect: "manual", ...init });
  const post = (path: string, fields: Fields, headers: Record<string, string> = {}) =>
    send(path, { method: "POST", body: new URLSearchParams(fields), headers: { Origin: server.url, ...headers } });
  return {
    send,
    post,
    /** A signed-in session's Cookie header value, through the real login form. */
    async logIn(email: string, password = "jahwal-demo-2026", headers: Record<string, string> = {}) {
      const res = await post("/login", { email, password }, headers);
      if (res.status !== 302) throw new Error(`login as ${email} answered ${res.status}`);
      return res.headers.get("set-cookie")!.split(";")[0]!;
    },
  };
}

/** What a buyer types into the order form (/checkout), as the browser posts it (shared with the bench). */
export { BUYER_FIELDS } from "./buyer-form.js";

/** The order form's hidden fields (the amount shown, the policy versions agreed to), as a browser sends them back. */
export async function orderFormHiddenFields(client: ReturnType<typeof httpClient>, cartCookie: string) {
  const form = await (await client.send("/checkout", { headers: { Cookie: cartCookie } })).text();
  return Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]),
  );
}
