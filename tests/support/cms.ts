// Helpers for the CMS article tests: running route loaders/actions as the browser would see them.

export type Reply = {
  status: number;
  /** data() payload (or plain loader data). */
  body: Record<string, unknown> | null;
  location: string | null;
};

/** A loader/action outcome: a redirect/Response, or data() with its status (returned or thrown). */
export async function settle(run: () => Promise<unknown>): Promise<Reply> {
  let result: unknown;
  try {
    result = await run();
  } catch (error) {
    result = error;
    const thrownData = (error as { type?: string } | null)?.type === "DataWithResponseInit";
    if (!(error instanceof Response) && !thrownData) throw error;
  }
  if (result instanceof Response) {
    return { status: result.status, body: null, location: result.headers.get("Location") };
  }
  const value = result as { type?: string; data?: unknown; init?: ResponseInit | null } | null;
  if (value?.type === "DataWithResponseInit") {
    const body = typeof value.data === "object" ? (value.data as Record<string, unknown>) : null;
    return { status: value.init?.status ?? 200, body, location: null };
  }
  return { status: 200, body: value as Record<string, unknown>, location: null };
}

export const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

/** The article form's result in an action reply. */
export function formResult(reply: Reply) {
  return (reply.body?.result ?? {}) as {
    status?: string;
    error?: Record<string, string[] | null>;
    initialValue?: Record<string, unknown>;
  };
}

/** The id in a redirect such as /admin/articles/42?done=save. */
export function redirectedId(reply: Reply): number {
  const match = /\/articles\/(\d+)/.exec(reply.location ?? "");
  if (!match) throw new Error(`expected a redirect to an article, got ${reply.status} ${reply.location}`);
  return Number(match[1]);
}

/** A multipart POST (as the editor form sends it, file included). */
export function multipartRequest(path: string, fields: Record<string, string | File>, cookie: string | null) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  const headers = new Headers();
  if (cookie) headers.set("Cookie", cookie);
  return new Request(`http://localhost${path}`, { method: "POST", headers, body });
}
