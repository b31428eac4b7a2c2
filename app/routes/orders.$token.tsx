import { parseForm, parseIntent } from "~/utils/form-parse";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Notice } from "~/components/admin-ui";
import { PageHeader } from "~/components/page-header";
import { CUSTOMER_CANCEL_MESSAGE, customerCancelSchema } from "~/orders/customer-cancel-form";
import { CustomerCancelPanel } from "~/orders/customer-cancel-panel";
import { cancelOrderByCustomer, canCancelAtOnce } from "~/orders/customer-cancel.server";
import { OrderDetails } from "~/orders/order-details";
import { getOrderByToken } from "~/orders/orders.server";
import { handleCustomerRequestAction } from "~/orders/part-request-actions.server";
import { CustomerRequests } from "~/orders/customer-requests";
import { customerRequestKinds } from "~/orders/part-request-rules";
import { listOrderRequests } from "~/orders/part-request-queries.server";
import { prisma } from "~/utils/db.server";
import { refundProvider } from "~/payments/refund-provider.server";
import { formatWon } from "~/utils/format";
import { notFound } from "~/utils/http.server";

// The token is the unguessable part of the link; knowing an order number alone opens nothing.
export async function loader({ params }: LoaderFunctionArgs) {
  const order = await getOrderByToken(params.token ?? "");
  if (!order) notFound();
  const [requests, delivered] = await Promise.all([
    listOrderRequests(order.id),
    prisma.fulfilment.findMany({ where: { orderId: order.id }, select: { id: true, deliveredAt: true } }),
  ]);
  const now = new Date();
  const parts = order.fulfilments.map((part) => ({
    id: part.id,
    centerName: part.center.name,
    kinds: order.paidAt
      ? customerRequestKinds(
          { status: part.status, deliveredAt: delivered.find((d) => d.id === part.id)!.deliveredAt },
          now,
        )
      : [],
    // The center's own requests are between it and the regional center; the customer sees theirs.
    requests: requests.filter((r) => r.fulfilmentId === part.id && r.origin === "CUSTOMER"),
    hasOpen: requests.some((r) => r.fulfilmentId === part.id && r.status === "OPEN"),
  }));
  return { order, canCancel: canCancelAtOnce(order), parts };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const formData = await request.formData();
  if (parseIntent(formData, ["cancel"]) !== "cancel")
    return handleCustomerRequestAction(formData, token, refundProvider);
  const submission = parseForm(formData, { schema: customerCancelSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await cancelOrderByCustomer({ token, ...submission.value }, refundProvider);
  if (!result.ok) {
    return data(submission.reply({ formErrors: [CUSTOMER_CANCEL_MESSAGE[result.reason]] }), { status: 409 });
  }
  throw redirect(`/orders/${token}?cancelled=${result.data.amount}`);
}

const REQUEST_NOTICE: Record<string, string> = {
  received: "요청을 접수했습니다. 처리 결과는 이 페이지와 메일로 알려 드립니다.",
  withdrawn: "요청을 철회했습니다.",
};

export const headers = () => ({ "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" });

export default function OrderPage() {
  const { order, canCancel, parts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  // The whole-order cancel answers with its reply; the request forms with { scope, result }.
  const lastResult = actionData && !("scope" in actionData) ? actionData : undefined;
  const resultFor = (scope: string) =>
    actionData && "scope" in actionData && actionData.scope === scope ? actionData.result : undefined;
  const [params] = useSearchParams();
  const cancelled = Number(params.get("cancelled"));
  const requestNotice = REQUEST_NOTICE[params.get("request") ?? ""];
  return (
    <>
      <PageHeader eyebrow="소소드림 주문조회" title="주문 내역" />
      <div className="container-page mt-8 max-w-3xl space-y-6">
        {cancelled > 0 && !lastResult ? (
          <Notice>주문을 취소했습니다. {formatWon(cancelled)}을 결제하신 수단으로 환불합니다.</Notice>
        ) : null}
        {requestNotice && !actionData ? <Notice>{requestNotice}</Notice> : null}
        <OrderDetails order={order} />
        {canCancel || lastResult ? <CustomerCancelPanel lastResult={lastResult} /> : null}
        <CustomerRequests parts={parts} resultFor={resultFor} />
        <p className="text-sm text-ink-soft">
          이 페이지 주소를 아는 사람은 주문 내역을 볼 수 있습니다. 다시 볼 때는{" "}
          <Link to="/orders/lookup" className="underline">
            주문조회
          </Link>
          를 이용해 주세요. 교환·반품은{" "}
          <Link to="/policies/returns" className="underline">
            교환·반품·환불 안내
          </Link>
          를 확인해 주세요.
        </p>
      </div>
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "주문 내역 | 소소드림" }, { name: "robots", content: "noindex" }];
