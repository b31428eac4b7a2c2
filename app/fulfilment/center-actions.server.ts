// The form posts of the center dashboard and order page: 발주확인 (one or many), 발송, 송장 정정, 배송완료.
// Ids in the form only name a part; every change is scoped to the session's center in fulfilment.server.
import type { Submission } from "@conform-to/react";
import { parseForm, parseIntent } from "~/utils/form-parse";
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { backToSamePage } from "~/utils/safe-redirect.server";
import { DATABASE_UNAVAILABLE_MESSAGE } from "~/utils/db-errors.server";
import { nullWhenDatabaseUnavailable } from "~/utils/form-reply.server";
import type { SessionUser } from "~/accounts/session.server";
import { acceptFulfilments, deliverFulfilment, SHIP_ERROR_MESSAGE, shipFulfilment } from "./fulfilment.server";
import { shipSchema } from "./ship-form";
import { correctShipment, CORRECTION_ERROR_MESSAGE } from "./shipment-correction.server";

type CenterStaff = SessionUser & { centerId: number };

const NONE_PICKED = "발주확인할 주문을 골라 주세요.";
const NOT_FOUND = "주문을 찾을 수 없습니다.";

// Ids that are not whole numbers name no part of ours: dropped, so an empty pick is refused as such.
const acceptSchema = z.object({
  intent: z.literal("accept"),
  fulfilmentId: z.preprocess(
    (value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v) => /^\d{1,9}$/.test(v)),
    z.array(z.coerce.number().int().positive()).min(1, NONE_PICKED),
  ),
});
const deliverSchema = z.object({
  intent: z.literal("deliver"),
  fulfilmentId: z.preprocess(
    (value) => (typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : undefined),
    z.number({ required_error: NOT_FOUND }).int().positive(NOT_FOUND),
  ),
});

/** These forms have no field to put a message beside: the refusal goes over the list, with the form's values. */
function refused(intent: "accept" | "deliver", submission: Submission<unknown>, message: string, status: number) {
  return data({ intent, result: submission.reply({ formErrors: [message] }) }, status);
}

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
  const intent = parseIntent(formData, ["accept", "ship", "correct-shipment", "deliver"]);

  if (intent === "accept") {
    const submission = parseForm(formData, { schema: acceptSchema });
    if (submission.status !== "success") return refused("accept", submission, NONE_PICKED, 400);
    const ids = submission.value.fulfilmentId;
    const done = await nullWhenDatabaseUnavailable(() => acceptFulfilments({ fulfilmentIds: ids, actor }));
    if (!done) return refused("accept", submission, DATABASE_UNAVAILABLE_MESSAGE, 503);
    return back(request, `accepted-${done.accepted}-${done.skipped}`);
  }

  if (intent === "ship" || intent === "correct-shipment") {
    const submission = parseForm(formData, { schema: shipSchema });
    if (submission.status !== "success") {
      return data(
        { intent, fulfilmentId: String(submission.payload.fulfilmentId ?? ""), result: submission.reply() },
        400,
      );
    }
    const fulfilmentId = String(submission.value.fulfilmentId);
    // Another process's lock or a full disk: "try again" over the form, the typed number kept.
    const unavailable = () =>
      data({ intent, fulfilmentId, result: submission.reply({ formErrors: [DATABASE_UNAVAILABLE_MESSAGE] }) }, 503);
    if (intent === "correct-shipment") {
      const corrected = await nullWhenDatabaseUnavailable(() => correctShipment({ ...submission.value, actor }));
      if (!corrected) return unavailable();
      if (corrected.ok) return back(request, "corrected");
      const reply = submission.reply({ formErrors: [CORRECTION_ERROR_MESSAGE[corrected.reason]] });
      return data({ intent, fulfilmentId, result: reply }, 409);
    }
    const result = await nullWhenDatabaseUnavailable(() => shipFulfilment({ ...submission.value, actor }));
    if (!result) return unavailable();
    if (!result.ok) {
      const reply = submission.reply({ formErrors: [SHIP_ERROR_MESSAGE[result.reason]] });
      return data({ intent, fulfilmentId, result: reply }, 409);
    }
    return back(request, "shipped");
  }

  if (intent === "deliver") {
    const submission = parseForm(formData, { schema: deliverSchema });
    if (submission.status !== "success") return refused("deliver", submission, NOT_FOUND, 400);
    const result = await nullWhenDatabaseUnavailable(() =>
      deliverFulfilment({ fulfilmentId: submission.value.fulfilmentId, actor }),
    );
    if (!result) return refused("deliver", submission, DATABASE_UNAVAILABLE_MESSAGE, 503);
    if (!result.ok) return refused("deliver", submission, "배송중인 주문만 배송완료로 바꿀 수 있습니다.", 409);
    return back(request, "delivered");
  }

  throw new Response("Bad Request", { status: 400 });
}
export type CenterOrderActionData = Awaited<ReturnType<typeof handleCenterOrderAction>>;
