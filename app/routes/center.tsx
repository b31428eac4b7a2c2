import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { requireCenterStaff } from "~/accounts/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { STAFF_AREA } from "~/components/staff-area";
import { StaffShell } from "~/components/staff-shell";
import { getCenterRef } from "~/news/lookups.server";
import { notFound } from "~/utils/http.server";

const CENTER_NAV = [
  { to: "/center", label: "주문", end: true },
  { to: "/center/requests", label: "요청" },
  { to: "/center/stock", label: "재고" },
  { to: "/center/settlement", label: "정산" },
  { to: "/center/articles", label: "소식 쓰기" },
  { to: "/center/notifications", label: "알림 설정" },
];

// A local center's work area: every page below scopes its queries by the centerId of the session.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCenterStaff(request);
  const center = await getCenterRef(user.centerId);
  if (!center) notFound();
  return { userName: user.name, centerName: center.name };
}

export const handle = STAFF_AREA;

export const headers = () => ({ "Cache-Control": "private, no-store" });

export default function CenterLayout() {
  const { userName, centerName } = useLoaderData<typeof loader>();
  return (
    <StaffShell area={centerName} userName={userName} nav={CENTER_NAV}>
      <Outlet />
    </StaffShell>
  );
}

export const meta: MetaFunction = () => [{ title: "센터 업무 | 광주자활뉴스" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
