import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import {
  NOTIFICATION_KIND_LABEL,
  NOTIFICATION_STATUS_LABEL,
  type NotificationKind,
  type NotificationStatus,
} from "~/notifications/notification-states";
import { formatDateTime } from "~/utils/format";

export type NotificationCardData = {
  id: number;
  kind: NotificationKind;
  to: string;
  subject: string;
  text: string;
  status: NotificationStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date | string;
  sentAt: Date | string | null;
  createdAt: Date | string;
  order: { number: string } | null;
};

const STATUS_STYLE: Record<NotificationStatus, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  SENT: "bg-teal-100 text-teal-900",
  FAILED: "bg-orange-100 text-orange-800",
  OUTBOX: "bg-stone-200 text-stone-800",
};

/** One customer email in the admin outbox: its state, recipient, order, tries, last error and text. */
export function NotificationCard({ n, canResend }: { n: NotificationCardData; canResend: boolean }) {
  const status = n.status;
  return (
    <li className="rounded-xl border border-line bg-white p-4 sm:p-5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className={`rounded-full px-2.5 py-0.5 font-bold ${STATUS_STYLE[status]}`}>
          {NOTIFICATION_STATUS_LABEL[status]}
        </span>
        <span className="font-semibold text-teal-900">{NOTIFICATION_KIND_LABEL[n.kind]}</span>
        <span className="text-ink-soft">{formatDateTime(n.createdAt)} 작성</span>
      </div>
      <h2 className="mt-2 text-base font-bold break-keep text-teal-950 sm:text-lg">{n.subject}</h2>
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-[15px] sm:grid-cols-2">
        <Meta label="받는 사람">
          <span className="[overflow-wrap:anywhere]">{n.to}</span>
        </Meta>
        <Meta label="주문번호">
          {n.order ? (
            <Link to={`/admin/orders/${n.order.number}`} className="font-semibold text-teal-800 underline">
              {n.order.number}
            </Link>
          ) : (
            "없음"
          )}
        </Meta>
        {n.attempts > 0 ? <Meta label="시도">{n.attempts}회</Meta> : null}
        {n.sentAt ? <Meta label="발송">{formatDateTime(n.sentAt)}</Meta> : null}
        {status === "PENDING" ? <Meta label="다음 시도">{formatDateTime(n.nextAttemptAt)}</Meta> : null}
      </dl>
      {n.lastError ? (
        <p className="mt-3 rounded-lg bg-orange-50 p-3 text-sm text-orange-800 [overflow-wrap:anywhere]">
          <strong>마지막 오류:</strong> {n.lastError}
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap items-start gap-3">
        <details className="min-w-0 flex-1 basis-full sm:basis-auto">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-teal-800">
            본문 보기
          </summary>
          <pre className="mt-2 rounded-lg bg-cream p-3 font-sans text-sm leading-relaxed whitespace-pre-wrap [overflow-wrap:anywhere]">
            {n.text}
          </pre>
        </details>
        {canResend && status === "FAILED" ? (
          <Form method="post">
            <input type="hidden" name="intent" value="resend" />
            <input type="hidden" name="id" value={n.id} />
            <button type="submit" className="btn btn-primary">
              다시 보내기
            </button>
          </Form>
        ) : null}
      </div>
    </li>
  );
}

function Meta({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="shrink-0 text-ink-soft">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}
