import type { ActionFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/accounts/session.server";
import { z } from "zod";
import { multiline, parseForm } from "~/utils/form-parse";
import { renderMarkdown } from "~/utils/markdown.server";

// Live preview of the article editors (admin and center staff): Markdown in, sanitized HTML out,
// through the same renderer as the published page.
const MAX_BODY = 50_000;

// A preview never refuses: a body over the limit is shown cut, a missing one as nothing.
const previewSchema = z.object({
  body: multiline(z.string().optional()).transform((body) => (body ?? "").slice(0, MAX_BODY)),
});

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ["ADMIN", "EDITOR", "CENTER_STAFF"]);
  const submission = parseForm(await request.formData(), { schema: previewSchema });
  const markdown = submission.status === "success" ? submission.value.body : "";
  return Response.json({ html: renderMarkdown(markdown) }, { headers: { "Cache-Control": "private, no-store" } });
}

export async function loader() {
  return new Response("Method Not Allowed", { status: 405, headers: { Allow: "POST" } });
}
