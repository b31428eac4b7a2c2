import { parseWithZod } from "@conform-to/zod";
import { data, redirect } from "@remix-run/node";
import type { SessionUser } from "~/accounts/session.server";
import { refundSchema } from "./refund-form";
import { refundRefusalMessage } from "./refund-messages";
import { refundPart, refundWholeOrder, type RefundProvider } from "./refunds.server";

/** The admin order page's cancel/refund posts; answers with the page again plus a message. */
export async function handleRefundAction(
  request: Request,
  admin: SessionUser,
  order: { id: number; number: string },
  provider: RefundProvider,
) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: refundSchema });
  const scope = formData.get("fulfilmentId") ?? "order";
  if (submission.status !== "success") {
    return data({ scope: String(scope), result: submission.reply() }, { status: 400 });
  }
  const input = submission.value;
  const common = { orderId: order.id, reason: input.reason, idempotencyKey: input.key, userId: admin.id };
  const result =
    input.intent === "refund-part"
      ? await refundPart({ ...common, fulfilmentId: input.fulfilmentId, amount: input.amount, cancel: false }, provider)
      : input.intent === "cancel-part"
        ? await refundPart({ ...common, fulfilmentId: input.fulfilmentId, amount: null, cancel: true }, provider)
        : await refundWholeOrder({ ...common, cancel: input.intent === "cancel-order" }, provider);
  if (!result.ok) {
    return data(
      { scope: String(scope), result: submission.reply({ formErrors: [refundRefusalMessage(result)] }) },
      { status: 409 },
    );
  }
  const done = input.intent.startsWith("cancel") ? "cancelled" : "refunded";
  return redirect(`/admin/orders/${order.number}?notice=${done}-${result.data.amount}`);
}
