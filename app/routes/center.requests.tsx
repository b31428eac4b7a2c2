import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireCenterStaff } from "~/accounts/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { listRequests } from "~/orders/part-request-queries.server";
import { RequestList, requestFilter } from "~/orders/request-list";

// The requests about this center's parts (the centerId comes from the session): answered and carried on
// (회수, 교환 완료) on the center's order page.
export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireCenterStaff(request);
  const { kind, status } = requestFilter(new URL(request.url));
  const { rows, open } = await listRequests({ kind, status, centerId: staff.centerId });
  return { rows, open, kind, status };
}

export default function CenterRequestsPage() {
  const { rows, open, kind, status } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-extrabold text-teal-950">취소·반품·교환 요청</h1>
        <p className="mt-2 text-[15px] break-keep text-ink-soft">
          우리 센터 상품에 대한 요청입니다. 처리 대기 {open.toLocaleString("ko-KR")}건. 주문번호를 누르면 승인·거절하고,
          승인한 반품·교환의 상품 회수와 교환 완료를 기록할 수 있습니다.
        </p>
      </div>
      <RequestList rows={rows} kind={kind} status={status} ordersPath="/center/orders" />
    </div>
  );
}

export const meta: MetaFunction = () => [
  { title: "취소·반품·교환 요청 | 센터 업무" },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
