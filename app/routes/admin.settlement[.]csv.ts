import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/accounts/session.server";
import { monthFromRequest } from "~/fulfilment/settlement-month";
import { getSettlementOverview, overviewCsv, overviewCsvFilename } from "~/fulfilment/settlement-overview.server";
import { csvResponse } from "~/utils/csv.server";

// Every center's 정산 of the month, one line each, for Excel (UTF-8 with BOM).
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const overview = await getSettlementOverview(monthFromRequest(request));
  return csvResponse(overviewCsv(overview), overviewCsvFilename(overview.month));
}
