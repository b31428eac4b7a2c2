import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { ADMIN_NAV } from "~/accounts/roles";
import { requireRole } from "~/accounts/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { STAFF_AREA } from "~/components/staff-area";
import { StaffShell } from "~/components/staff-shell";

// The regional center's area. Center staff have their own (/center) and never reach this one.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "EDITOR"]);
  const nav = ADMIN_NAV.filter((item) => item.roles.includes(user.role)).map(({ to, label, end }) => ({
    to,
    label,
    end,
  }));
  return { userName: user.name, nav };
}

export const handle = STAFF_AREA;

export const headers = () => ({ "Cache-Control": "private, no-store" });

export default function AdminLayout() {
  const { userName, nav } = useLoaderData<typeof loader>();
  return (
    <StaffShell area="광역자활센터 관리" userName={userName} nav={nav}>
      <Outlet />
    </StaffShell>
  );
}

export const meta: MetaFunction = () => [{ title: "관리 | 광주자활뉴스" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
