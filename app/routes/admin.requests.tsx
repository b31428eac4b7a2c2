import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { AdminHeading } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { listRequests } from "~/orders/part-request-queries.server";
import { RequestList, requestFilter } from "~/orders/request-list";

// Requests about the centers' parts: open ones first (the default filter); answered on the admin order page.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const { kind, status } = requestFilter(new URL(request.url));
  const { rows, open } = await listRequests({ kind, status, centerId: null });
  return { rows, open, kind, status };
}

export default function AdminRequests() {
  const { rows, open, kind, status } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-5">
      <AdminHeading title="취소·반품·교환 요청">
        처리 대기 {open.toLocaleString("ko-KR")}건. 주문번호를 누르면 주문 화면에서 승인·거절하고, 승인한 반품·교환의
        회수와 완료를 기록할 수 있습니다.
      </AdminHeading>
      <RequestList rows={rows} kind={kind} status={status} ordersPath="/admin/orders" />
    </div>
  );
}

export const meta: MetaFunction = () => [
  { title: "취소·반품·교환 요청 | 관리" },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
