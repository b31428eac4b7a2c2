import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Notice } from "~/components/notice";
import { PageHeader } from "~/components/page-header";
import { ImageUploadError, readMultipartForm } from "~/media/images.server";
import { uploadRefusal } from "~/media/upload-messages";
import { OrderDetails } from "~/orders/order-details";
import { getOrderByToken } from "~/orders/orders.server";
import { handleCustomerRequestAction } from "~/orders/part-request-actions.server";
import { CustomerRequests } from "~/orders/customer-requests";
import { customerRequestKinds } from "~/orders/part-request-rules";
import { customerReturnFee } from "~/orders/return-shipping";
import { listOrderRequests } from "~/orders/part-request-queries.server";
import { prisma } from "~/utils/db.server";
import { refundProvider } from "~/payments/refund-provider.server";
import { formatWon } from "~/utils/format";
import { notFound } from "~/utils/http.server";

// The token is the unguessable part of the link; knowing an order number alone opens nothing.
export async function loader({ params }: LoaderFunctionArgs) {
  const order = await getOrderByToken(params.token ?? "");
  if (!order) notFound();
  const [requests, partFacts] = await Promise.all([
    listOrderRequests(order.id),
    prisma.fulfilment.findMany({
      where: { orderId: order.id },
      select: {
        id: true,
        deliveredAt: true,
        shippingFee: true,
        surcharge: true,
        center: { select: { shippingFee: true } },
      },
    }),
  ]);
  const now = new Date();
  const parts = order.fulfilments.map((part) => {
    const facts = partFacts.find((f) => f.id === part.id)!;
    const ofPart = requests.filter((r) => r.fulfilmentId === part.id);
    return {
      id: part.id,
      centerName: part.center.name,
      kinds: order.paidAt ? customerRequestKinds({ status: part.status, deliveredAt: facts.deliveredAt }, now) : [],
      // The 반품 배송비 of the returns policy, shown before a return is asked.
      returnFee: customerReturnFee({ ...facts, centerShippingFee: facts.center.shippingFee }),
      requests: ofPart.filter((r) => r.origin === "CUSTOMER"),
      // The center's own requests, once decided, in the customer's words: its notes stay between the centers.
      centerDecisions: ofPart.flatMap((r) =>
        r.origin === "CENTER" && (r.status === "APPROVED" || r.status === "REJECTED")
          ? [{ id: r.id, status: r.status, reasonCode: r.reasonCode, refundAmount: r.refundAmount }]
          : [],
      ),
      hasOpen: ofPart.some((r) => r.status === "OPEN"),
    };
  });
  return { order, parts };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  let formData: FormData;
  try {
    // A 반품·교환 request may carry a photo (multipart, size-limited while it is read).
    const multipart = request.headers.get("Content-Type")?.startsWith("multipart/form-data");
    formData = multipart ? await readMultipartForm(request) : await request.formData();
  } catch (error) {
    if (error instanceof ImageUploadError) {
      const { message, status } = uploadRefusal(error.reason);
      return data({ uploadError: message }, { status });
    }
    throw error;
  }
  return handleCustomerRequestAction(formData, token, refundProvider);
}

const REQUEST_NOTICE: Record<string, string> = {
  received: "요청을 접수했습니다. 처리 결과는 이 페이지와 메일로 알려 드립니다.",
  withdrawn: "요청을 철회했습니다.",
};

// The token in the address never leaves for another site; same-origin (not no-referrer) because with no-referrer
// a browser posts the page's forms without JavaScript with `Origin: null`, which the cross-origin guard refuses.
export const headers = () => ({ "Cache-Control": "private, no-store", "Referrer-Policy": "same-origin" });

export default function OrderPage() {
  const { order, parts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  // The request forms answer with { scope, result }; a body too large to read with { uploadError }.
  const uploadError = actionData && "uploadError" in actionData ? actionData.uploadError : null;
  const resultFor = (scope: string) =>
    actionData && "scope" in actionData && actionData.scope === scope ? actionData.result : undefined;
  const [params] = useSearchParams();
  const cancelled = Number(params.get("cancelled"));
  const requestNotice = REQUEST_NOTICE[params.get("request") ?? ""];
  return (
    <>
      <PageHeader eyebrow="소소드림 주문조회" title="주문 내역" />
      <div className="container-page mt-8 max-w-3xl space-y-6">
        {uploadError ? (
          <p
            role="alert"
            className="rounded-lg border border-orange-300 bg-orange-50 p-3 font-semibold text-orange-800"
          >
            {uploadError}
          </p>
        ) : null}
        {cancelled > 0 && !actionData ? (
          <Notice>주문을 취소했습니다. {formatWon(cancelled)}을 결제하신 수단으로 환불합니다.</Notice>
        ) : null}
        {requestNotice && !actionData ? <Notice>{requestNotice}</Notice> : null}
        <OrderDetails order={order} />
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
