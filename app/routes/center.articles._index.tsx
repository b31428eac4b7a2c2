import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireCenterStaff } from "~/accounts/session.server";
import { ArticleStateCell, ArticleTitleCell } from "~/cms/article-cells";
import type { ArticleRow } from "~/cms/articles.server";
import { listCenterArticles } from "~/cms/center-articles.server";
import { AdminHeading, AdminTable, type AdminColumn } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatDateTime } from "~/utils/format";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCenterStaff(request);
  return { articles: await listCenterArticles(user.centerId) };
}

const columns: AdminColumn<ArticleRow>[] = [
  { header: "제목", cell: (a) => <ArticleTitleCell row={a} to={`/center/articles/${a.id}`} /> },
  { header: "상태", cell: (a) => <ArticleStateCell row={a} /> },
  {
    header: "편집자 의견",
    cell: (a) =>
      a.state === "DRAFT" && a.reviewNote ? (
        <p className="line-clamp-2 text-sm font-semibold text-orange-700">{a.reviewNote}</p>
      ) : (
        <span className="text-sm text-ink-soft">—</span>
      ),
  },
  {
    header: "수정",
    cell: (a) => <span className="text-sm whitespace-nowrap text-ink-soft">{formatDateTime(a.updatedAt)}</span>,
  },
];

const STEPS = [
  { title: "소식 쓰기", body: "제목, 요약, 본문을 쓰고 임시저장합니다." },
  { title: "검토 요청", body: "다 쓰면 ‘검토 요청’을 누릅니다. 그때부터는 고칠 수 없습니다." },
  { title: "편집자 발행", body: "광역자활센터 편집자가 확인해 발행하거나, 고칠 점을 적어 돌려보냅니다." },
];

export default function CenterArticles() {
  const { articles } = useLoaderData<typeof loader>();
  return (
    <>
      <AdminHeading
        title="우리 센터 소식"
        actions={
          <Link to="/center/articles/new" className="btn btn-primary">
            새 소식 쓰기
          </Link>
        }
      >
        우리 센터의 활동을 광주자활뉴스에 싣습니다.
      </AdminHeading>
      <ol className="mb-6 grid gap-3 sm:grid-cols-3">
        {STEPS.map((step, i) => (
          <li key={step.title} className="flex gap-3 rounded-xl border border-line bg-white p-4">
            <span
              aria-hidden="true"
              className="flex size-8 shrink-0 items-center justify-center rounded-full bg-teal-800 font-bold text-white"
            >
              {i + 1}
            </span>
            <span>
              <span className="block font-bold text-teal-950">{step.title}</span>
              <span className="mt-0.5 block text-sm text-ink-soft">{step.body}</span>
            </span>
          </li>
        ))}
      </ol>
      <AdminTable
        caption="우리 센터 소식 목록"
        columns={columns}
        rows={articles}
        rowKey={(a) => a.id}
        empty="아직 쓴 소식이 없습니다. ‘새 소식 쓰기’로 시작해 보세요."
      />
    </>
  );
}

export const meta: MetaFunction = () => [
  { title: "우리 센터 소식 | 센터 업무" },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
