import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { listAdminProducts, type AdminProductRow } from "~/catalog/product-admin.server";
import { AdminHeading, AdminTable, StateTag, type AdminColumn } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatWon } from "~/utils/format";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  return { products: await listAdminProducts() };
}

const columns: AdminColumn<AdminProductRow>[] = [
  {
    header: "상품",
    cell: (p) => (
      <div>
        <Link to={`/admin/products/${p.id}`} className="font-bold text-teal-900 underline-offset-2 hover:underline">
          {p.name}
        </Link>
        <p className="text-sm text-ink-soft">
          {p.line ? `${p.line} · ` : ""}/shop/{p.slug}
          {p._count.images ? ` · 사진 ${p._count.images}장` : ""}
        </p>
      </div>
    ),
  },
  { header: "생산 센터", cell: (p) => p.center.name, className: "whitespace-nowrap" },
  {
    header: "옵션",
    cell: (p) => (
      <ul className="space-y-1">
        {p.variants.map((v) => (
          <li key={v.id} className={v.active ? "" : "text-ink-soft line-through"}>
            <span className="font-semibold">{v.name}</span> {formatWon(v.price)}{" "}
            <span className={v.stock <= 0 && v.active ? "font-semibold text-orange-700" : "text-ink-soft"}>
              · 재고 {v.stock.toLocaleString("ko-KR")}
            </span>
            {v.active ? null : <span className="sr-only"> (판매 중지)</span>}
          </li>
        ))}
      </ul>
    ),
  },
  {
    header: "상태",
    cell: (p) => <StateTag tone={p.visible ? "on" : "off"}>{p.visible ? "공개" : "숨김"}</StateTag>,
  },
];

export default function AdminProducts() {
  const { products } = useLoaderData<typeof loader>();
  return (
    <>
      <AdminHeading
        title="상품"
        actions={
          <Link to="/admin/products/new" className="btn btn-primary">
            상품 등록
          </Link>
        }
      >
        소소드림 쇼핑몰의 상품 {products.length}개. 취소선은 판매를 멈춘 옵션입니다.
      </AdminHeading>
      <AdminTable
        caption="상품 목록"
        columns={columns}
        rows={products}
        rowKey={(p) => p.id}
        empty="등록된 상품이 없습니다."
      />
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "상품 관리 | 광주자활뉴스" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
