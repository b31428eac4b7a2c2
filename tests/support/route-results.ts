// What a browser would get from a route loader/action called directly in a test: redirects and
// refusals (thrown or returned Responses, notFound()'s thrown data()) and data() replies with their status.

export type Reply = { status: number; body: Record<string, unknown> | null; location: string | null };

/** A loader/action outcome as the browser would see it: a redirect/Response, or data() with its status. */
export async function settle(run: () => Promise<unknown>): Promise<Reply> {
  let result: unknown;
  try {
    result = await run();
  } catch (error) {
    // Redirects and refusals are thrown as Responses; notFound() throws data(…, { status: 404 }).
    const thrown = error as { type?: string } | null;
    if (!(error instanceof Response) && thrown?.type !== "DataWithResponseInit") throw error;
    result = error;
  }
  if (result instanceof Response) {
    return { status: result.status, body: null, location: result.headers.get("Location") };
  }
  const value = result as { type?: string; data?: unknown; init?: ResponseInit | null } | null;
  if (value?.type === "DataWithResponseInit") {
    return { status: value.init?.status ?? 200, body: value.data as Record<string, unknown>, location: null };
  }
  return { status: 200, body: value as Record<string, unknown>, location: null };
}
