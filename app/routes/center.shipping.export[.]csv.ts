import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireCenterStaff } from "~/accounts/session.server";
import { exportPartsToShip } from "~/fulfilment/shipping-csv.server";
import { csvResponse } from "~/utils/csv.server";

// GET /center/shipping/export.csv: the session's center's parts to ship, to fill in and upload back.
export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireCenterStaff(request);
  const { body, filename } = await exportPartsToShip(staff.centerId);
  return csvResponse(body, filename);
}
