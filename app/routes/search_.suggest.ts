import type { LoaderFunctionArgs } from "@remix-run/node";
import { suggest } from "~/search/suggest.server";

/** GET /search/suggest?q=…: type-ahead suggestions for the search boxes (JSON; the plain form needs none). */
export async function loader({ request }: LoaderFunctionArgs) {
  const items = await suggest(new URL(request.url).searchParams.get("q"));
  return Response.json({ items }, { headers: { "Cache-Control": "public, max-age=60" } });
}
