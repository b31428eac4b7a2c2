import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/accounts/session.server";
import { isSubscriberStatus } from "~/newsletter/subscriber-states";
import { subscribersCsv } from "~/newsletter/subscribers-admin.server";
import { csvResponse } from "~/utils/csv.server";
import { formatDate } from "~/utils/format";

// Subscribers for Excel (UTF-8 with BOM, formula-looking cells neutralised by toCsv).
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN", "EDITOR"]);
  const raw = new URL(request.url).searchParams.get("status");
  const status = isSubscriberStatus(raw) ? raw : undefined;
  const day = formatDate(new Date())
    .replace(/[^\d]+/g, "-")
    .replace(/-+$/, "");
  return csvResponse(await subscribersCsv(status), `웹진구독자-${day}.csv`);
}
