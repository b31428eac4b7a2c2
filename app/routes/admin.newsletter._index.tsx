import { parseForm } from "~/utils/form-parse";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { requireRole } from "~/accounts/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/field";
import { Pagination, readPage } from "~/components/pagination";
import { StatusFilter } from "~/components/status-filter";
import { queueTestIssueMail } from "~/newsletter/issue-mail.server";
import { isSubscriberStatus, SUBSCRIBER_STATUS_LABEL, SUBSCRIBER_STATUSES } from "~/newsletter/subscriber-states";
import { listSubscribers, subscriberCounts } from "~/newsletter/subscribers-admin.server";
import { kickNotificationDelivery } from "~/notifications/notifications.server";
import { prisma } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";
import { nullWhenDatabaseUnavailable, replyDatabaseUnavailable } from "~/utils/form-reply.server";
import { assertPageInRange } from "~/utils/http.server";

const BASE_PATH = "/admin/newsletter";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "EDITOR"]);
  const url = new URL(request.url);
  const rawStatus = url.searchParams.get("status");
  const status = isSubscriberStatus(rawStatus) ? rawStatus : undefined;
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 100);
  const page = readPage(request);
  const [counts, list, issues] = await Promise.all([
    subscriberCounts(),
    listSubscribers({ status, q, page }),
    prisma.issue.findMany({ orderBy: { key: "desc" }, take: 6, select: { key: true, title: true, status: true } }),
  ]);
  assertPageInRange(page, list.pageCount);
  return {
    counts,
    ...list,
    issues,
    status: status ?? null,
    q,
    page,
    myEmail: user.email,
    // One per page view: a double submit of 테스트 발송 queues one mail.
    nonce: randomUUID(),
    testSent: url.searchParams.get("sent"),
  };
}

const testSchema = z.object({
  intent: z.literal("test-send"),
  key: z.string().regex(/^\d{4}-\d{2}$/),
  nonce: z.string().uuid(),
});

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "EDITOR"]);
  const submission = parseForm(await request.formData(), { schema: testSchema });
  if (submission.status !== "success") {
    return data(
      submission.reply({ formErrors: ["요청을 처리할 수 없습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요."] }),
      {
        status: 400,
      },
    );
  }
  const { key, nonce } = submission.value;
  const queued = await nullWhenDatabaseUnavailable(() => queueTestIssueMail(key, user, nonce));
  // Another process's lock or a full disk: 503 "잠시 후 다시 시도" over the list; nothing was queued.
  if (!queued) return replyDatabaseUnavailable(submission);
  if (queued === "NOT_FOUND") {
    return data(submission.reply({ formErrors: ["월호를 찾을 수 없습니다."] }), { status: 404 });
  }
  kickNotificationDelivery();
  throw redirect(`${BASE_PATH}?sent=${encodeURIComponent(key)}`);
}

export default function NewsletterAdmin() {
  const { counts, rows, total, pageCount, page, status, q, issues, myEmail, nonce, testSent } =
    useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const all = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return (
    <div className="max-w-4xl">
      <h1 className="section-title">웹진 구독</h1>
      <p className="mt-2 text-[15px] break-keep text-ink-soft">
        월호를 발행하면 구독을 확인한 분께 커버스토리와 차례를 담은 메일이 한 번씩 발송됩니다(알림 발송함과 같은 경로로,
        실패하면 다시 시도).
      </p>
      <dl className="mt-5 grid grid-cols-3 gap-3 text-center">
        {SUBSCRIBER_STATUSES.map((s) => (
          <div key={s} className="rounded-lg border border-line bg-white p-3">
            <dt className="text-sm text-ink-soft">{SUBSCRIBER_STATUS_LABEL[s]}</dt>
            <dd className="text-2xl font-extrabold text-teal-950">{counts[s].toLocaleString("ko-KR")}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="issue-mail" className="mt-8">
        <h2 id="issue-mail" className="text-lg font-bold text-teal-950">
          월호 메일 미리보기 · 테스트 발송
        </h2>
        {testSent ? (
          <p role="status" className="mt-3 rounded-lg bg-teal-50 p-3 font-semibold text-teal-900">
            {testSent} 메일을 {myEmail} 주소로 보내도록 대기열에 넣었습니다.
          </p>
        ) : null}
        {lastResult?.error ? (
          <div className="mt-3">
            <FormErrors id="test-errors" errors={lastResult.error[""] ?? undefined} />
          </div>
        ) : null}
        <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-white">
          {issues.map((issue) => (
            <li key={issue.key} className="flex flex-wrap items-center gap-3 p-3">
              <span className="min-w-0 flex-1 font-semibold">
                {issue.title}{" "}
                <span className="text-sm font-normal text-ink-soft">
                  {issue.status === "PUBLISHED" ? "발행" : "준비 중"}
                </span>
              </span>
              <a
                href={`/admin/newsletter/preview/${issue.key}`}
                target="_blank"
                rel="noreferrer"
                className="btn btn-ghost"
              >
                미리보기<span className="sr-only"> ({issue.title}, 새 창)</span>
              </a>
              <Form method="post">
                <input type="hidden" name="intent" value="test-send" />
                <input type="hidden" name="key" value={issue.key} />
                <input type="hidden" name="nonce" value={nonce} />
                <button type="submit" className="btn btn-ghost">
                  나에게 테스트 발송<span className="sr-only"> ({issue.title})</span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="subscribers" className="mt-8">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="subscribers" className="flex-1 text-lg font-bold text-teal-950">
            구독자 {total.toLocaleString("ko-KR")}명
          </h2>
          <a
            href={`/admin/newsletter/subscribers.csv${status ? `?status=${status}` : ""}`}
            className="btn btn-ghost"
            download
          >
            CSV 내려받기
          </a>
        </div>
        <StatusFilter
          basePath={BASE_PATH}
          status={status}
          q={q}
          tabs={[
            { value: null, label: "전체", count: all },
            ...SUBSCRIBER_STATUSES.map((s) => ({ value: s, label: SUBSCRIBER_STATUS_LABEL[s], count: counts[s] })),
          ]}
          inputId="subscriber-q"
          searchLabel="이메일 주소"
          placeholder="이메일 주소"
          tabsLabel="구독 상태"
          className="mt-3"
        />
        {rows.length ? (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-2 pr-3">
                    이메일
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    상태
                  </th>
                  <th scope="col" className="py-2">
                    신청 · 확인 · 해지
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className="border-b border-line">
                    <td className="py-2 pr-3 break-all">{r.email}</td>
                    <td className="py-2 pr-3 whitespace-nowrap">{SUBSCRIBER_STATUS_LABEL[r.status]}</td>
                    <td className="py-2 text-ink-soft">
                      {[r.createdAt, r.confirmedAt, r.unsubscribedAt]
                        .map((d) => (d ? formatDateTime(d) : "–"))
                        .join(" · ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="mt-3 rounded-lg bg-cream p-4 text-ink-soft">구독자가 없습니다.</p>
        )}
        <Pagination
          page={page}
          pageCount={pageCount}
          basePath={BASE_PATH}
          params={{ ...(status ? { status } : {}), ...(q ? { q } : {}) }}
        />
      </section>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "웹진 구독 | 관리 | 광주자활뉴스" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
