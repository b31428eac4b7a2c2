import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireCenterStaff } from "~/accounts/session.server";
import { monthFromRequest } from "~/fulfilment/settlement-month";
import { getSettlement, settlementCsv, settlementCsvFilename } from "~/fulfilment/settlement.server";
import { csvResponse } from "~/utils/csv.server";

// The month's 정산 lines for Excel: always the signed-in staff member's own center.
export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireCenterStaff(request);
  const settlement = await getSettlement(staff.centerId, monthFromRequest(request));
  return csvResponse(settlementCsv(settlement), settlementCsvFilename(settlement));
}
