import { parseForm } from "~/utils/form-parse";
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
import { refundProvider } from "~/payments/refund-provider.server";
import { formatWon } from "~/utils/format";
import { notFound } from "~/utils/http.server";

// The token is the unguessable part of the link; knowing an order number alone opens nothing.
export async function loader({ params }: LoaderFunctionArgs) {
  const order = await getOrderByToken(params.token ?? "");
  if (!order) notFound();
  return { order, canCancel: canCancelAtOnce(order) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const submission = parseForm(await request.formData(), { schema: customerCancelSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await cancelOrderByCustomer({ token, ...submission.value }, refundProvider);
  if (!result.ok) {
    return data(submission.reply({ formErrors: [CUSTOMER_CANCEL_MESSAGE[result.reason]] }), { status: 409 });
  }
  throw redirect(`/orders/${token}?cancelled=${result.data.amount}`);
}

export const headers = () => ({ "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" });

export default function OrderPage() {
  const { order, canCancel } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const cancelled = Number(params.get("cancelled"));
  return (
    <>
      <PageHeader eyebrow="소소드림 주문조회" title="주문 내역" />
      <div className="container-page mt-8 max-w-3xl space-y-6">
        {cancelled > 0 && !lastResult ? (
          <Notice>주문을 취소했습니다. {formatWon(cancelled)}을 결제하신 수단으로 환불합니다.</Notice>
        ) : null}
        <OrderDetails order={order} />
        {canCancel || lastResult ? <CustomerCancelPanel lastResult={lastResult} /> : null}
        <p className="text-sm text-ink-soft">
          이 페이지 주소를 아는 사람은 주문 내역을 볼 수 있습니다. 다시 볼 때는{" "}
          <Link to="/orders/lookup" className="underline">
            주문조회
          </Link>
          를 이용해 주세요. 교환·반품은{" "}
          <Link to="/policies/returns" className="underline">
            교환·반품·환불 안내
          </Link>
          를 확인하시고 고객센터로 연락해 주세요.
        </p>
      </div>
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "주문 내역 | 소소드림" }, { name: "robots", content: "noindex" }];
