// Calling route loaders and actions directly and reading what they answered, whatever its form:
// a Response (returned or thrown: redirects, 403, 404), `data(…, init)`, or a plain object.
type Args = { request: Request; params: Record<string, string>; context: Record<string, unknown> };
type RouteFn = (args: never) => Promise<unknown>;

type DataWithInit = { type: "DataWithResponseInit"; data: unknown; init: ResponseInit | null };
const isDataWithInit = (value: unknown): value is DataWithInit =>
  typeof value === "object" && value !== null && (value as DataWithInit).type === "DataWithResponseInit";

// Tests read the answers' nested data (Conform replies, loader data) loosely; their expectations check the shapes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export type Answer<T = Loose> = { status: number; data: T; location: string | null };

export async function call<T = Loose>(
  fn: RouteFn,
  request: Request,
  params: Record<string, string> = {},
): Promise<Answer<T>> {
  let result: unknown;
  try {
    result = await (fn as (args: Args) => Promise<unknown>)({ request, params, context: {} });
  } catch (error) {
    if (!(error instanceof Response) && !isDataWithInit(error)) throw error;
    result = error;
  }
  if (result instanceof Response) {
    return { status: result.status, data: null as T, location: result.headers.get("Location") };
  }
  if (isDataWithInit(result)) return { status: result.init?.status ?? 200, data: result.data as T, location: null };
  return { status: 200, data: result as T, location: null };
}

/** A multipart POST, as a browser sends a form with a file. */
export function multipartRequest(path: string, form: FormData, cookie: string | null = null) {
  const headers = new Headers();
  if (cookie) headers.set("Cookie", cookie);
  return new Request(`http://localhost${path}`, { method: "POST", headers, body: form });
}
