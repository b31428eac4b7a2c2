import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { PartStatusBadge } from "~/fulfilment/center-order-parts";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Pagination, readPage } from "~/components/pagination";
import { ORDER_STATUS_LABEL, ORDER_STATUSES } from "~/orders/order-states";
import {
  ADMIN_ORDERS_PAGE_SIZE,
  listAdminOrders,
  listCenterChoices,
  readAdminOrderFilter,
} from "~/orders/admin-orders.server";
import { formatDateTime, formatWon } from "~/utils/format";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const filter = readAdminOrderFilter(new URL(request.url).searchParams);
  const page = readPage(request);
  const [{ rows, total }, centers] = await Promise.all([listAdminOrders(filter, page), listCenterChoices()]);
  return { rows, total, centers, filter, page, pageCount: Math.ceil(total / ADMIN_ORDERS_PAGE_SIZE) };
}

export default function AdminOrdersPage() {
  const { rows, total, centers, filter, page, pageCount } = useLoaderData<typeof loader>();
  const params: Record<string, string> = {};
  if (filter.status !== "ALL_PAID") params.status = filter.status;
  if (filter.centerId) params.center = String(filter.centerId);
  if (filter.from) params.from = filter.from;
  if (filter.to) params.to = filter.to;
  if (filter.q) params.q = filter.q;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-extrabold text-teal-950">주문</h1>
      <Form
        method="get"
        className="grid gap-3 rounded-xl bg-cream p-4 sm:grid-cols-2 lg:grid-cols-[repeat(5,auto)_1fr_auto]"
      >
        <label className="block text-sm font-bold">
          상태
          <select name="status" defaultValue={filter.status} className="input mt-1 w-full">
            <option value="ALL_PAID">결제된 주문 전체</option>
            {ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ORDER_STATUS_LABEL[s]}
              </option>
            ))}
            <option value="ALL">모든 주문 (결제 전 포함)</option>
          </select>
        </label>
        <label className="block text-sm font-bold">
          센터
          <select name="center" defaultValue={filter.centerId ?? ""} className="input mt-1 w-full">
            <option value="">전체 센터</option>
            {centers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.shortName}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-bold">
          주문일 부터
          <input type="date" name="from" defaultValue={filter.from ?? ""} className="input mt-1 w-full" />
        </label>
        <label className="block text-sm font-bold">
          까지
          <input type="date" name="to" defaultValue={filter.to ?? ""} className="input mt-1 w-full" />
        </label>
        <label className="block text-sm font-bold sm:col-span-2 lg:col-span-2">
          검색
          <input
            type="search"
            name="q"
            defaultValue={filter.q}
            placeholder="주문번호, 이름, 전화번호"
            className="input mt-1 w-full"
          />
        </label>
        <button type="submit" className="btn btn-primary min-h-11 self-end">
          조회
        </button>
      </Form>
      <p className="text-sm text-ink-soft">{total.toLocaleString("ko-KR")}건</p>
      {rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-line p-8 text-center text-ink-soft">
          조건에 맞는 주문이 없습니다.
        </p>
      ) : (
        <ul className="divide-y divide-line rounded-xl border border-line bg-white">
          {rows.map((order) => {
            const refunded = order.payments.reduce((sum, p) => sum + p.refundedAmount, 0);
            return (
              <li key={order.id} className="grid gap-2 p-4 sm:grid-cols-[13rem_1fr_auto] sm:items-center">
                <div>
                  <Link to={`/admin/orders/${order.number}`} className="font-extrabold tracking-wide underline">
                    {order.number}
                  </Link>
                  <p className="text-sm text-ink-soft">{formatDateTime(order.createdAt)}</p>
                </div>
                <div className="flex flex-wrap items-center gap-2 text-[15px]">
                  <span className="font-semibold">{order.ordererName}</span>
                  {order.recipientName !== order.ordererName ? <span>→ {order.recipientName}</span> : null}
                  <span className="rounded-full bg-teal-50 px-2.5 py-0.5 text-sm font-bold text-teal-900">
                    {ORDER_STATUS_LABEL[order.status]}
                  </span>
                  {order.fulfilments.map((f, i) => (
                    <span key={i} className="inline-flex items-center gap-1 text-sm">
                      {f.center.shortName} <PartStatusBadge status={f.status} />
                    </span>
                  ))}
                </div>
                <p className="text-right font-bold">
                  {formatWon(order.total)}
                  {refunded > 0 ? (
                    <span className="block text-sm text-orange-700">환불 {formatWon(refunded)}</span>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} basePath="/admin/orders" params={params} />
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "주문 | 관리" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
