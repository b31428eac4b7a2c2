import type { ActionFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/accounts/session.server";
import { renderMarkdown } from "~/utils/markdown.server";

// Live preview of the article editors (admin and center staff): Markdown in, sanitized HTML out,
// through the same renderer as the published page.
const MAX_BODY = 50_000;

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ["ADMIN", "EDITOR", "CENTER_STAFF"]);
  const form = await request.formData();
  const body = form.get("body");
  const markdown = typeof body === "string" ? body.slice(0, MAX_BODY) : "";
  return Response.json({ html: renderMarkdown(markdown) }, { headers: { "Cache-Control": "private, no-store" } });
}

export async function loader() {
  return new Response("Method Not Allowed", { status: 405, headers: { Allow: "POST" } });
}
