import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { ISSUE_STATUS_LABEL } from "~/cms/issue-forms";
import { listIssuesForAdmin } from "~/cms/issues.server";
import { AdminHeading, AdminTable, StateTag } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ResponsiveImage } from "~/components/responsive-image";
import { formatDate } from "~/utils/format";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN", "EDITOR"]);
  return { issues: await listIssuesForAdmin() };
}

type Row = Awaited<ReturnType<typeof loader>>["issues"][number];

export default function IssuesAdmin() {
  const { issues } = useLoaderData<typeof loader>();
  return (
    <>
      <AdminHeading
        title="월호"
        actions={
          <Link to="/admin/issues/new" className="btn btn-primary">
            새 월호 만들기
          </Link>
        }
      >
        월호를 만들고, 커버스토리와 표지 사진을 고르고, 기사 순서를 정해 한 번에 발행합니다.
      </AdminHeading>
      <AdminTable<Row>
        caption="월호 목록"
        rows={issues}
        rowKey={(issue) => issue.id}
        empty="아직 만든 월호가 없습니다."
        columns={[
          {
            header: "월호",
            cell: (issue) => (
              <Link to={`/admin/issues/${issue.key}`} className="flex items-center gap-3 font-bold text-teal-900">
                {issue.coverImage ? (
                  <ResponsiveImage
                    image={issue.coverImage}
                    alt=""
                    sizes="4rem"
                    className="aspect-[4/3] w-16! shrink-0 rounded-md"
                  />
                ) : null}
                <span>
                  <span className="block underline-offset-2 hover:underline">{issue.title}</span>
                  <span className="block text-sm font-normal text-ink-soft">{issue.key}</span>
                </span>
              </Link>
            ),
          },
          {
            header: "상태",
            cell: (issue) => (
              <StateTag tone={issue.status === "PUBLISHED" ? "on" : "warn"}>
                {ISSUE_STATUS_LABEL[issue.status] ?? issue.status}
              </StateTag>
            ),
          },
          {
            header: "기사",
            cell: (issue) => `${issue.articleCount}건 (발행·예약 ${issue.readyCount}건)`,
          },
          { header: "커버스토리", cell: (issue) => issue.coverArticle?.title ?? "—" },
          {
            header: "발행일",
            cell: (issue) => (issue.publishedAt ? formatDate(issue.publishedAt) : "—"),
            className: "whitespace-nowrap",
          },
        ]}
      />
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "월호 관리 | 광주자활뉴스" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
