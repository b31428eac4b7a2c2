import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireCenterStaff } from "~/accounts/session.server";
import {
  ActionMessages,
  PartActionButton,
  PartLines,
  Parcels,
  PartSummary,
  Recipient,
  ShipForm,
} from "~/fulfilment/center-order-parts";
import { FulfilmentLog } from "~/fulfilment/fulfilment-log";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { handleCenterOrderAction } from "~/fulfilment/center-actions.server";
import { getCenterOrder } from "~/fulfilment/center-orders.server";
import { noticeText } from "~/fulfilment/notices";
import { notFound } from "~/utils/http.server";
import { handleStaffRequestAction, isStaffRequestPost } from "~/orders/part-request-actions.server";
import { listCenterPartRequests } from "~/orders/part-request-queries.server";
import { requestNoticeText } from "~/orders/part-request-rules";
import { CenterRequests } from "~/orders/staff-requests";
import { refundProvider } from "~/payments/refund-provider.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireCenterStaff(request);
  const part = await getCenterOrder({ number: params.number ?? "", centerId: staff.centerId });
  if (!part) throw notFound();
  const requests = await listCenterPartRequests(part.id, staff.centerId);
  return { part, requests };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireCenterStaff(request);
  const formData = await request.clone().formData();
  if (isStaffRequestPost(formData)) {
    const actor = { userId: staff.id, centerId: staff.centerId };
    return handleStaffRequestAction(formData, actor, refundProvider, `/center/orders/${params.number ?? ""}`);
  }
  return handleCenterOrderAction(request, staff);
}

export default function CenterOrderPage() {
  const { part, requests } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const actionData = data && "intent" in data ? data : undefined;
  const resultFor = (scope: string) => (data && "scope" in data && data.scope === scope ? data.result : undefined);
  const [params] = useSearchParams();
  const notice = noticeText(params.get("notice")) ?? requestNoticeText(params.get("notice"));
  const resultOf = (intent: "ship" | "correct-shipment") =>
    actionData && "result" in actionData && actionData.intent === intent ? actionData.result : undefined;
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <p>
        <Link to={`/center?status=${part.status}`} className="font-semibold underline">
          ← 주문 목록
        </Link>
      </p>
      <h1 className="sr-only">주문 {part.order.number}</h1>
      <ActionMessages notice={notice} actionData={actionData} />
      <section className="space-y-4 rounded-xl border border-line bg-white p-4">
        <PartSummary part={part} />
        <h2 className="section-title text-lg">우리 센터 상품</h2>
        <PartLines items={part.items} />
        <h2 className="section-title text-lg">받는 분</h2>
        <Recipient order={part.order} />
        <Parcels shipments={part.shipments} />
        {part.status === "NEW" ? <PartActionButton fulfilmentId={part.id} intent="accept" label="발주확인" /> : null}
        {part.status === "ACCEPTED" ? <ShipForm fulfilmentId={part.id} lastResult={resultOf("ship")} /> : null}
        {part.status === "SHIPPED" ? (
          <>
            <PartActionButton fulfilmentId={part.id} intent="deliver" label="배송완료로 변경" />
            <details open={Boolean(resultOf("correct-shipment"))} className="rounded-lg border border-line p-3">
              <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-teal-800">
                송장 정정 (택배사·송장번호를 잘못 입력했을 때)
              </summary>
              <p className="mb-2 text-sm text-ink-soft">고객에게 바뀐 배송조회 링크를 메일로 다시 보냅니다.</p>
              <ShipForm fulfilmentId={part.id} intent="correct-shipment" lastResult={resultOf("correct-shipment")} />
            </details>
          </>
        ) : null}
      </section>
      <CenterRequests part={part} requests={requests} resultFor={resultFor} />
      <FulfilmentLog events={part.events} />
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `주문 ${data?.part.order.number ?? ""} | 센터 업무` },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
