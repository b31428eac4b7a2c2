import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/accounts/session.server";
import { previewIssueMail } from "~/newsletter/issue-mail.server";
import { notFound } from "~/utils/http.server";

// The 월호 mail's HTML exactly as subscribers get it, as its own page (no site chrome, no scripts).
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN", "EDITOR"]);
  const mail = await previewIssueMail(params.key ?? "");
  if (!mail) notFound();
  return new Response(mail.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "private, no-store",
      // Mail HTML is styled inline and shows images from the site; nothing in it may run.
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; frame-ancestors 'none'",
    },
  });
}
