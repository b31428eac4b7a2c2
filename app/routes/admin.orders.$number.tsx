import crypto from "node:crypto";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { listAuditLog } from "~/audit/audit.server";
import { requireRole } from "~/accounts/session.server";
import { CancelPartForm, RefundPartForm, WholeOrderForms } from "~/orders/admin-refund-forms";
import { ActionMessages, PartLines, Parcels, PartStatusBadge, Recipient } from "~/fulfilment/center-order-parts";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FulfilmentLog } from "~/fulfilment/fulfilment-log";
import { ORDER_STATUS_LABEL } from "~/orders/order-states";
import { getAdminOrder, partRefundable } from "~/orders/admin-orders.server";
import { NOTIFICATION_STATUS_LABEL } from "~/notifications/notification-states";
import { handleRefundAction } from "~/orders/refund-actions.server";
import { refundFormId } from "~/orders/refund-form";
import { refundNoticeText } from "~/orders/refund-messages";
import { refundProvider } from "~/payments/refund-provider.server";
import { formatDateTime, formatPhone, formatWon } from "~/utils/format";
import { notFound } from "~/utils/http.server";
import { handleStaffRequestAction, isStaffRequestPost } from "~/orders/part-request-actions.server";
import { listOrderRequests } from "~/orders/part-request-queries.server";
import { requestNoticeText } from "~/orders/part-request-rules";
import { AdminPartRequests } from "~/orders/staff-requests";

const REFUND_STATUS_LABEL: Record<string, string> = { PENDING: "처리중", SUCCEEDED: "환불완료", FAILED: "실패" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const order = await getAdminOrder(params.number ?? "");
  if (!order) throw notFound();
  const audit = await listAuditLog({ entity: "Order", entityId: order.id });
  const parts = order.fulfilments.map((part) => ({ ...part, refundable: partRefundable(part) }));
  // A fresh key per rendering of the page: the forms post it back as the refund's idempotency key.
  const refundKey = crypto.randomBytes(16).toString("base64url");
  const requests = await listOrderRequests(order.id);
  return { order: { ...order, fulfilments: parts }, audit, refundKey, requests };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireRole(request, ["ADMIN"]);
  const order = await getAdminOrder(params.number ?? "");
  if (!order) throw notFound();
  const formData = await request.clone().formData();
  if (isStaffRequestPost(formData)) {
    const actor = { userId: admin.id, centerId: null };
    return handleStaffRequestAction(formData, actor, refundProvider, `/admin/orders/${order.number}`);
  }
  return handleRefundAction(request, admin, order, refundProvider);
}

export default function AdminOrderPage() {
  const { order, audit, refundKey, requests } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = refundNoticeText(params.get("notice")) ?? requestNoticeText(params.get("notice"));
  const resultFor = (scope: string) => (actionData && actionData.scope === scope ? actionData.result : undefined);
  const paid = order.paidAt !== null;
  const refundable = order.fulfilments.reduce((sum, p) => sum + Math.max(0, p.refundable), 0);
  const canCancelAll = order.fulfilments.every(
    (p) => p.status === "NEW" || p.status === "ACCEPTED" || p.status === "CANCELLED",
  );
  return (
    <div className="space-y-5">
      <p>
        <Link to="/admin/orders" className="font-semibold underline">
          ← 주문 목록
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-extrabold tracking-wide text-teal-950">{order.number}</h1>
        <span className="rounded-full bg-teal-50 px-3 py-1 font-bold text-teal-900">
          {ORDER_STATUS_LABEL[order.status]}
        </span>
        <Link to={`/orders/${order.lookupToken}`} className="ml-auto text-sm underline">
          고객 화면 보기
        </Link>
      </div>
      <ActionMessages notice={notice} />

      <section className="grid gap-4 rounded-xl border border-line bg-white p-4 sm:grid-cols-3">
        <div>
          <h2 className="text-sm font-bold text-ink-soft">주문자</h2>
          <p className="font-semibold">{order.ordererName}</p>
          <p>
            <a href={`tel:${order.ordererPhone}`} className="underline">
              {formatPhone(order.ordererPhone)}
            </a>
          </p>
          <p className="break-all">{order.ordererEmail}</p>
        </div>
        <div>
          <h2 className="text-sm font-bold text-ink-soft">받는 분</h2>
          <Recipient order={order} />
        </div>
        <dl className="text-[15px]">
          <div className="flex justify-between">
            <dt>주문</dt>
            <dd>{formatDateTime(order.createdAt)}</dd>
          </div>
          <div className="flex justify-between">
            <dt>결제</dt>
            <dd>{order.paidAt ? formatDateTime(order.paidAt) : "결제 전"}</dd>
          </div>
          <div className="flex justify-between">
            <dt>상품</dt>
            <dd>{formatWon(order.itemsTotal)}</dd>
          </div>
          <div className="flex justify-between">
            <dt>배송비</dt>
            <dd>{formatWon(order.shippingTotal)}</dd>
          </div>
          <div className="flex justify-between font-bold">
            <dt>결제 금액</dt>
            <dd>{formatWon(order.total)}</dd>
          </div>
          {order.payments.map((p) => (
            <div key={p.id} className="flex justify-between text-sm text-ink-soft">
              <dt>{p.provider === "stripe" ? "Stripe" : "테스트 결제"}</dt>
              <dd>환불 반영 {formatWon(p.refundedAmount)}</dd>
            </div>
          ))}
        </dl>
      </section>

      {order.fulfilments.map((part) => (
        <section
          key={part.id}
          aria-label={`${part.center.name} 상품`}
          className="space-y-3 rounded-xl border border-line bg-white p-4"
        >
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="text-lg font-extrabold">{part.center.name}</h2>
            <PartStatusBadge status={part.status} />
            <span className="ml-auto text-sm font-semibold">
              상품 {formatWon(part.itemsTotal)} · 배송비 {formatWon(part.shippingFee + part.surcharge)}
            </span>
          </div>
          <PartLines items={part.items} />
          <Parcels shipments={part.shipments} />
          {part.refunds.length > 0 ? (
            <ul className="space-y-1 text-sm">
              {part.refunds.map((r) => (
                <li key={r.id} className={r.status === "FAILED" ? "text-orange-700" : ""}>
                  {formatDateTime(r.createdAt)} 환불 {formatWon(r.amount)} · {REFUND_STATUS_LABEL[r.status] ?? r.status}
                  {r.createdBy ? ` · ${r.createdBy.name}` : ""}
                  {r.reason ? ` · ${r.reason}` : ""}
                </li>
              ))}
            </ul>
          ) : null}
          <AdminPartRequests
            part={part}
            requests={requests.filter((r) => r.fulfilmentId === part.id)}
            resultFor={resultFor}
          />
          {paid && part.refundable > 0 ? (
            <div className="grid gap-3 md:grid-cols-2">
              {part.status === "NEW" || part.status === "ACCEPTED" ? (
                <CancelPartForm
                  fulfilmentId={part.id}
                  refundable={part.refundable}
                  refundKey={refundKey}
                  lastResult={resultFor(refundFormId("cancel-part", part.id))}
                />
              ) : null}
              <RefundPartForm
                fulfilmentId={part.id}
                refundable={part.refundable}
                refundKey={refundKey}
                lastResult={resultFor(refundFormId("refund-part", part.id))}
              />
            </div>
          ) : null}
          <FulfilmentLog events={part.events} title="센터 처리 기록" />
        </section>
      ))}

      {paid ? (
        <section aria-label="주문 전체" className="space-y-2 rounded-xl border border-orange-200 bg-white p-4">
          <h2 className="text-lg font-extrabold">주문 전체</h2>
          <WholeOrderForms
            canCancel={canCancelAll}
            refundable={refundable}
            refundKey={refundKey}
            lastResult={resultFor(refundFormId("cancel-order"))}
          />
          {refundable <= 0 ? <p className="text-ink-soft">환불할 금액이 남아 있지 않습니다.</p> : null}
        </section>
      ) : null}

      <section aria-label="고객 알림" className="rounded-xl border border-line bg-white p-4">
        <h2 className="section-title text-lg">고객 알림</h2>
        {order.notifications.length === 0 ? (
          <p className="mt-2 text-ink-soft">보낸 알림이 없습니다.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-[15px]">
            {order.notifications.map((n) => (
              <li key={n.id}>
                {formatDateTime(n.createdAt)} · {n.subject} ·{" "}
                <Link to={`/admin/notifications?status=${n.status}`} className="underline">
                  {NOTIFICATION_STATUS_LABEL[n.status]}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-label="관리 기록" className="rounded-xl border border-line bg-white p-4">
        <h2 className="section-title text-lg">관리 기록</h2>
        {audit.length === 0 ? (
          <p className="mt-2 text-ink-soft">관리자 작업 기록이 없습니다.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-[15px]">
            {audit.map((a) => (
              <li key={a.id}>
                {formatDateTime(a.createdAt)} · {a.user?.name ?? "시스템"} · {a.detail}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `주문 ${data?.order.number ?? ""} | 관리` },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
