import { DATABASE_UNAVAILABLE_MESSAGE } from "~/utils/db-errors.server";
import { parseForm } from "~/utils/form-parse";
import { nullWhenDatabaseUnavailable } from "~/utils/form-reply.server";
import { data, redirect } from "@remix-run/node";
import type { SessionUser } from "~/accounts/session.server";
import { refundFormId, refundSchema } from "./refund-form";
import { refundRefusalMessage } from "./refund-messages";
import { refundPart, refundWholeOrder, type RefundProvider } from "./refunds.server";

/** The admin order page's cancel/refund posts; answers with the page again plus a message. */
export async function handleRefundAction(
  request: Request,
  admin: SessionUser,
  order: { id: number; number: string },
  provider: RefundProvider,
) {
  const submission = parseForm(await request.formData(), { schema: refundSchema });
  // The answer goes back to the one form that was sent (a part has a cancel and a refund form), even when
  // that form's fields are invalid: its name is read from what was sent.
  const { intent, fulfilmentId } = submission.payload;
  const scope = refundFormId(String(intent ?? ""), String(fulfilmentId ?? ""));
  if (submission.status !== "success") {
    return data({ scope, result: submission.reply() }, { status: 400 });
  }
  const input = submission.value;
  const common = { orderId: order.id, reason: input.reason, idempotencyKey: input.key, userId: admin.id };
  const result = await nullWhenDatabaseUnavailable(() =>
    input.intent === "refund-part"
      ? refundPart({ ...common, fulfilmentId: input.fulfilmentId, amount: input.amount, cancel: false }, provider)
      : input.intent === "cancel-part"
        ? refundPart({ ...common, fulfilmentId: input.fulfilmentId, amount: null, cancel: true }, provider)
        : refundWholeOrder({ ...common, cancel: input.intent === "cancel-order" }, provider),
  );
  // Another process's lock or a full disk: "try again" over the form. The form keeps its idempotency key,
  // so the retry can't refund twice.
  if (!result) {
    return data({ scope, result: submission.reply({ formErrors: [DATABASE_UNAVAILABLE_MESSAGE] }) }, { status: 503 });
  }
  if (!result.ok) {
    const message = refundRefusalMessage(result);
    // A wrong amount is said beside the amount; other refusals over the form.
    const reply =
      result.reason === "AMOUNT_OUT_OF_RANGE"
        ? submission.reply({ fieldErrors: { amount: [message] } })
        : submission.reply({ formErrors: [message] });
    return data({ scope, result: reply }, { status: 409 });
  }
  const done = input.intent.startsWith("cancel") ? "cancelled" : "refunded";
  return redirect(`/admin/orders/${order.number}?notice=${done}-${result.data.amount}`);
}
