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

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireCenterStaff(request);
  const part = await getCenterOrder({ number: params.number ?? "", centerId: staff.centerId });
  if (!part) throw notFound();
  return { part };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireCenterStaff(request);
  return handleCenterOrderAction(request, staff);
}

export default function CenterOrderPage() {
  const { part } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = noticeText(params.get("notice"));
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <p>
        <Link to={`/center?status=${part.status}`} className="font-semibold underline">
          ← 주문 목록
        </Link>
      </p>
      <h1 className="sr-only">주문 {part.order.number}</h1>
      <ActionMessages notice={notice} error={actionData && "error" in actionData ? actionData.error : null} />
      <section className="space-y-4 rounded-xl border border-line bg-white p-4">
        <PartSummary part={part} />
        <h2 className="section-title text-lg">우리 센터 상품</h2>
        <PartLines items={part.items} />
        <h2 className="section-title text-lg">받는 분</h2>
        <Recipient order={part.order} />
        <Parcels shipments={part.shipments} />
        {part.status === "NEW" ? <PartActionButton fulfilmentId={part.id} intent="accept" label="발주확인" /> : null}
        {part.status === "ACCEPTED" ? (
          <ShipForm
            fulfilmentId={part.id}
            lastResult={actionData && "result" in actionData ? actionData.result : undefined}
          />
        ) : null}
        {part.status === "SHIPPED" ? (
          <PartActionButton fulfilmentId={part.id} intent="deliver" label="배송완료로 변경" />
        ) : null}
        {part.status === "NEW" || part.status === "ACCEPTED" ? (
          <p className="text-sm text-ink-soft">
            품절 등으로 보낼 수 없으면 광역자활센터(062-361-9114)에 취소를 요청해 주세요. 취소와 환불은 광역자활센터가
            처리합니다.
          </p>
        ) : null}
      </section>
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
