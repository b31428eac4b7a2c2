import { parseForm } from "~/utils/form-parse";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/accounts/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/field";
import { StatusFilter } from "~/components/status-filter";
import { NotificationCard } from "~/notifications/notification-card";
import { Pagination, readPage } from "~/components/pagination";
import { isMailConfigured } from "~/notifications/mailer.server";
import {
  isNotificationStatus,
  NOTIFICATION_STATUS_LABEL,
  NOTIFICATION_STATUSES,
} from "~/notifications/notification-states";
import { kickNotificationDelivery, listNotifications, resendNotification } from "~/notifications/notifications.server";
import { nullWhenDatabaseUnavailable, replyDatabaseUnavailable } from "~/utils/form-reply.server";
import { assertPageInRange } from "~/utils/http.server";
import { backToSamePage } from "~/utils/safe-redirect.server";

const BASE_PATH = "/admin/notifications";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const url = new URL(request.url);
  const rawStatus = url.searchParams.get("status");
  const status = isNotificationStatus(rawStatus) ? rawStatus : undefined;
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 100);
  const page = readPage(request);
  const list = await listNotifications({ status, q, page });
  assertPageInRange(page, list.pageCount);
  const resent = url.searchParams.get("resent") !== null;
  return { ...list, status: status ?? null, q, page, resent, mailConfigured: isMailConfigured() };
}

const resendSchema = z.object({ intent: z.literal("resend"), id: z.coerce.number().int().positive() });

const RESEND_REFUSED = {
  NO_SMTP: "메일 서버가 연결되어 있지 않아 다시 보낼 수 없습니다.",
  NOT_FAILED: "이미 다시 보내는 중이거나 처리된 알림입니다. 목록을 새로 고쳐 주세요.",
} as const;

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN"]);
  const submission = parseForm(await request.formData(), { schema: resendSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ formErrors: ["요청을 처리할 수 없습니다. 다시 시도해 주세요."] }), { status: 400 });
  }
  const outcome = await nullWhenDatabaseUnavailable(() => resendNotification(submission.value.id, user.id));
  if (!outcome) return replyDatabaseUnavailable(submission);
  if (outcome !== "RESENT") return data(submission.reply({ formErrors: [RESEND_REFUSED[outcome]] }), { status: 409 });
  kickNotificationDelivery();
  throw redirect(backToSamePage(request, (params) => params.set("resent", "1")));
}

export default function NotificationOutbox() {
  const { rows, counts, total, pageCount, page, status, q, resent, mailConfigured } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const all = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const tabs = [
    { value: null, label: "전체", count: all },
    ...NOTIFICATION_STATUSES.map((s) => ({ value: s, label: NOTIFICATION_STATUS_LABEL[s], count: counts[s] })),
  ];

  return (
    <div className="max-w-4xl">
      <h1 className="section-title">알림 발송함</h1>
      <p className="mt-2 text-[15px] break-keep text-ink-soft">
        {mailConfigured
          ? "고객과 센터에 보내는 메일은 자동으로 발송됩니다. 실패하면 1분, 5분, 30분, 2시간, 6시간 뒤에 다시 시도하고, 그래도 안 되면 '실패'로 남습니다."
          : "메일 서버가 아직 연결되지 않아 메일을 보내지 않고 '발송함 보관'에 남깁니다. 필요하면 본문을 받는 분에게 직접 전해 주세요. (메일 서버 연결은 서버 관리자에게 요청해 주세요.)"}
      </p>
      {resent ? (
        <p role="status" className="mt-4 rounded-lg bg-teal-50 p-3 font-semibold text-teal-900">
          다시 보내도록 대기열에 넣었습니다.
        </p>
      ) : null}
      {lastResult?.error ? (
        <div className="mt-4">
          <FormErrors id="resend-errors" errors={lastResult.error[""] ?? undefined} />
        </div>
      ) : null}

      <StatusFilter
        basePath={BASE_PATH}
        status={status}
        q={q}
        tabs={tabs}
        inputId="outbox-q"
        searchLabel="받는 사람 또는 주문번호"
        placeholder="받는 사람 메일 또는 주문번호"
        tabsLabel="발송 상태"
      />

      {rows.length === 0 ? (
        <p className="mt-8 rounded-xl border border-dashed border-line p-8 text-center text-ink-soft">
          {q ? "검색 결과가 없습니다." : "해당하는 알림이 없습니다."}
        </p>
      ) : (
        <>
          <p className="mt-4 text-sm text-ink-soft">{total}건</p>
          <ul className="mt-2 space-y-3">
            {rows.map((n) => (
              <NotificationCard key={n.id} n={n} canResend={mailConfigured} />
            ))}
          </ul>
        </>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        basePath={BASE_PATH}
        params={{ ...(status ? { status } : {}), ...(q ? { q } : {}) }}
      />
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "알림 발송함 | 관리" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
