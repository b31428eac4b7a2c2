// Korean for the admin's 정산 page: why a 정산 확정 / 지급 완료 / 확정 취소 was refused, beside the field it
// concerns (the 지급일) or over the form.
import type { PayoutRefusal } from "./payouts.server";
import { monthLabel, type Month } from "./settlement-month";

export function payoutRefusal(reason: PayoutRefusal, month: Month): { field: string; message: string } {
  const label = monthLabel(month);
  switch (reason) {
    case "CENTER_NOT_FOUND":
      return { field: "form", message: "센터를 찾을 수 없습니다." };
    case "MONTH_NOT_OVER":
      return { field: "form", message: `${label}이 끝난 뒤에 확정할 수 있습니다.` };
    case "NOTHING_TO_SETTLE":
      return { field: "form", message: `${label}에는 정산할 내역이 없습니다.` };
    case "ALREADY_CONFIRMED":
      return { field: "form", message: "이미 확정된 정산입니다. 화면을 새로 고쳐 주세요." };
    case "NOT_CONFIRMED":
      return { field: "form", message: "먼저 정산을 확정해 주세요." };
    case "ALREADY_PAID":
      return { field: "form", message: "이미 지급 완료로 기록된 정산입니다." };
    case "PAID_BEFORE_MONTH_END":
      return { field: "paidOn", message: `지급일은 ${label}이 끝난 뒤의 날짜여야 합니다.` };
    case "CANNOT_REOPEN":
      return { field: "form", message: "지급 완료된 정산이거나 확정되지 않은 정산은 확정을 취소할 수 없습니다." };
  }
}
