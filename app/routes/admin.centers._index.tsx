import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { listAdminCenters, type AdminCenterRow } from "~/centers/center-admin.server";
import { CENTER_KIND_LABEL } from "~/centers/center-form";
import { AdminHeading, AdminTable, StateTag, type AdminColumn } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatPhone, formatWon } from "~/utils/format";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  return { centers: await listAdminCenters() };
}

const columns: AdminColumn<AdminCenterRow>[] = [
  {
    header: "센터",
    cell: (c) => (
      <div>
        <Link to={`/admin/centers/${c.id}`} className="font-bold text-teal-900 underline-offset-2 hover:underline">
          {c.name}
        </Link>
        <p className="text-sm text-ink-soft">
          {c.shortName} · /centers/{c.slug}
        </p>
      </div>
    ),
  },
  {
    header: "종류",
    cell: (c) => <StateTag tone={c.kind === "REGIONAL" ? "warn" : "on"}>{CENTER_KIND_LABEL[c.kind]}</StateTag>,
  },
  { header: "전화", cell: (c) => (c.phone ? formatPhone(c.phone) : "—"), className: "whitespace-nowrap" },
  {
    header: "배송비",
    cell: (c) => (
      <span>
        {formatWon(c.shippingFee)}
        <span className="block text-sm text-ink-soft">{formatWon(c.freeShippingThreshold)} 이상 무료</span>
      </span>
    ),
  },
  { header: "상품·담당자", cell: (c) => `상품 ${c._count.products} · 담당자 ${c._count.users}` },
];

export default function AdminCenters() {
  const { centers } = useLoaderData<typeof loader>();
  return (
    <>
      <AdminHeading
        title="센터"
        actions={
          <Link to="/admin/centers/new" className="btn btn-primary">
            센터 등록
          </Link>
        }
      >
        광역·지역자활센터 {centers.length}곳. 배송비는 센터별 묶음 배송에 쓰입니다.
      </AdminHeading>
      <AdminTable caption="센터 목록" columns={columns} rows={centers} rowKey={(c) => c.id} empty="센터가 없습니다." />
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "센터 관리 | 광주자활뉴스" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
