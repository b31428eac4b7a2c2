import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { listAuditLog } from "~/audit/audit.server";
import { STATUS_LABEL } from "~/cms/article-states";
import { ISSUE_NOTICES, issueAction, type IssueActionReply, type IssueNotice } from "~/cms/issue-actions.server";
import { getIssueForAdmin } from "~/cms/issues.server";
import { AdminHeading } from "~/components/admin-ui";
import { Notice } from "~/components/notice";
import { AuditTrail } from "~/audit/audit-trail";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ArticleOrder, PublishPanel } from "~/cms/issue-admin-contents";
import { CoverArticleForm, CoverImageForm, IssueDetailsForm, Panel } from "~/cms/issue-admin-forms";
import { notFound } from "~/utils/http.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN", "EDITOR"]);
  const issue = await getIssueForAdmin(params.key ?? "");
  if (!issue) notFound();
  const notice = new URL(request.url).searchParams.get("notice") ?? "";
  const history = await listAuditLog({ entity: "Issue", entityId: issue.id, take: 8 });
  return {
    issue,
    history,
    notice: notice in ISSUE_NOTICES ? ISSUE_NOTICES[notice as IssueNotice] : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "EDITOR"]);
  const issue = await getIssueForAdmin(params.key ?? "");
  if (!issue) notFound();
  return issueAction(request, issue.key, user, issue.status === "PUBLISHED");
}

export default function IssueAdmin() {
  const { issue, history, notice } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() as IssueActionReply | undefined;
  const resultFor = (intent: string) => (reply?.intent === intent ? reply.result : undefined);
  const messageFor = (intent: string) => (reply?.intent === intent ? reply.message : undefined);
  const articles = issue.groups.flatMap((g) => g.articles);
  return (
    <>
      <AdminHeading
        title={issue.title}
        back={{ to: "/admin/issues", label: "월호 목록" }}
        actions={
          <Link to="/admin/articles/new" className="btn btn-ghost">
            새 기사 쓰기
          </Link>
        }
      >
        {issue.key}
        {issue.tagline ? ` · ${issue.tagline}` : ""}
      </AdminHeading>
      {notice && !reply ? <Notice>{notice}</Notice> : null}
      {reply?.intent === "move" || reply?.intent === "form" ? <Notice tone="warning">{reply.message}</Notice> : null}

      {/* Phones: one column in working order (publish, articles, cover, details, history); wide screens:
          articles on the left, the issue's settings beside them. */}
      <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <div className="contents lg:col-start-2 lg:row-start-1 lg:block lg:space-y-6">
          <Panel title="발행" id="publish-title" className="order-1">
            <PublishPanel issue={issue} plan={issue.plan} message={messageFor("publish") ?? messageFor("unpublish")} />
          </Panel>
          <Panel title="표지" id="cover-title" className="order-3">
            <div className="space-y-6">
              <CoverArticleForm
                articles={articles.map((a) => ({ id: a.id, title: a.title, statusLabel: STATUS_LABEL[a.status] }))}
                coverArticleId={issue.coverArticleId}
                message={messageFor("cover-article")}
              />
              <CoverImageForm issueKey={issue.key} image={issue.coverImage} lastResult={resultFor("cover-image")} />
            </div>
          </Panel>
          <Panel title="월호 정보" id="details-title" className="order-4">
            <IssueDetailsForm issue={issue} lastResult={resultFor("details")} />
          </Panel>
        </div>

        <div className="contents lg:col-start-1 lg:row-start-1 lg:block lg:space-y-6">
          <Panel title="기사 순서" id="order-title" className="order-2">
            <p className="-mt-2 mb-4 text-sm text-ink-soft">
              섹션 안에서 ▲▼ 버튼으로 순서를 바꾸면 월호 목차와 첫 화면에 그 순서대로 실립니다.
            </p>
            <ArticleOrder groups={issue.groups} coverArticleId={issue.coverArticleId} />
          </Panel>
          <Panel title="작업 기록" id="history-title" className="order-5">
            <AuditTrail entries={history} empty="아직 기록이 없습니다." />
          </Panel>
        </div>
      </div>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.issue.title ?? "월호"} 관리 | 광주자활뉴스` },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
