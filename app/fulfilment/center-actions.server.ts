// The form posts of the center dashboard and order page: 발주확인 (one or many), 발송, 배송완료.
// Ids in the form only name a part; every change is scoped to the session's center in fulfilment.server.
import { parseForm } from "~/utils/form-parse";
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { backToSamePage } from "~/utils/safe-redirect.server";
import type { SessionUser } from "~/accounts/session.server";
import { acceptFulfilments, deliverFulfilment, SHIP_ERROR_MESSAGE, shipFulfilment } from "./fulfilment.server";
import { shipSchema } from "./ship-form";

type CenterStaff = SessionUser & { centerId: number };

const idList = z.preprocess(
  (value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]),
  z.array(z.coerce.number().int().positive()),
);

const acceptSchema = z.object({ intent: z.literal("accept"), fulfilmentId: idList });
const deliverSchema = z.object({ intent: z.literal("deliver"), fulfilmentId: z.coerce.number().int().positive() });

/** Where to land after a change: the same page, with a short notice the page shows once. */
function back(request: Request, notice: string) {
  return redirect(
    backToSamePage(request, (params) => {
      params.set("notice", notice);
      params.delete("index");
    }),
  );
}

export async function handleCenterOrderAction(request: Request, staff: CenterStaff) {
  const formData = await request.formData();
  const actor = { userId: staff.id, centerId: staff.centerId };
  const intent = formData.get("intent");

  if (intent === "accept") {
    const parsed = acceptSchema.safeParse({ intent, fulfilmentId: formData.getAll("fulfilmentId") });
    const ids = parsed.success ? parsed.data.fulfilmentId : [];
    if (ids.length === 0) return data({ intent: "accept", error: "발주확인할 주문을 골라 주세요." }, { status: 400 });
    const { accepted, skipped } = await acceptFulfilments({ fulfilmentIds: ids, actor });
    return back(request, `accepted-${accepted}-${skipped}`);
  }

  if (intent === "ship") {
    const submission = parseForm(formData, { schema: shipSchema });
    if (submission.status !== "success") {
      return data({ intent: "ship", fulfilmentId: formData.get("fulfilmentId"), result: submission.reply() }, 400);
    }
    const result = await shipFulfilment({ ...submission.value, actor });
    if (!result.ok) {
      const reply = submission.reply({ formErrors: [SHIP_ERROR_MESSAGE[result.reason]] });
      return data({ intent: "ship", fulfilmentId: String(submission.value.fulfilmentId), result: reply }, 409);
    }
    return back(request, "shipped");
  }

  if (intent === "deliver") {
    const parsed = deliverSchema.safeParse({ intent, fulfilmentId: formData.get("fulfilmentId") });
    if (!parsed.success) return data({ intent: "deliver", error: "주문을 찾을 수 없습니다." }, { status: 400 });
    const result = await deliverFulfilment({ fulfilmentId: parsed.data.fulfilmentId, actor });
    if (!result.ok) return data({ intent: "deliver", error: "배송중인 주문만 배송완료로 바꿀 수 있습니다." }, 409);
    return back(request, "delivered");
  }

  throw new Response("Bad Request", { status: 400 });
}
export type CenterOrderActionData = Awaited<ReturnType<typeof handleCenterOrderAction>>;
