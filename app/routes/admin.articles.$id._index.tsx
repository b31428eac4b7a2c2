import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { handleArticleForm, handleStateChange, parseStateChange, readArticlePost } from "~/cms/article-actions.server";
import { articleFormDefaults } from "~/cms/article-defaults";
import { ArticleEditor } from "~/cms/article-editor";
import { ArticleStatusPanel, RequestChangesForm, ReviewNote } from "~/cms/article-status-panel";
import { hasBeenPublished } from "~/cms/article-states";
import { articleIdParam, articleOptions, getArticleForEdit } from "~/cms/articles.server";
import { AdminHeading } from "~/components/admin-ui";
import { Notice } from "~/components/notice";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { notFound } from "~/utils/http.server";
import { renderMarkdown } from "~/utils/markdown.server";

const DONE: Record<string, string> = {
  save: "저장했습니다.",
  publish: "발행했습니다. 독자에게 공개되었습니다.",
  schedule: "예약했습니다. 정한 시각에 저절로 공개됩니다.",
  unschedule: "예약을 취소했습니다. 임시저장 상태로 돌아갔습니다.",
  unpublish: "발행을 중지했습니다. 독자에게 더 이상 보이지 않습니다.",
  requestChanges: "수정 요청과 함께 작성자에게 돌려보냈습니다.",
  restore: "선택한 버전의 제목·요약·본문으로 되돌렸습니다.",
};

async function requireArticle(request: Request, rawId: string | undefined) {
  const user = await requireRole(request, ["ADMIN", "EDITOR"]);
  const id = articleIdParam(rawId);
  const article = id ? await getArticleForEdit(id) : null;
  if (!article) notFound();
  return { user, article };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { article } = await requireArticle(request, params.id);
  const done = new URL(request.url).searchParams.get("done");
  return {
    article,
    slugLocked: hasBeenPublished(article),
    options: await articleOptions(),
    defaults: articleFormDefaults(article),
    previewHtml: renderMarkdown(article.body),
    notice: done ? (DONE[done] ?? null) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, article } = await requireArticle(request, params.id);
  const formData = await readArticlePost(request);
  if (!(formData instanceof FormData)) return formData;
  const done = (intent: string) => `/admin/articles/${article.id}?done=${intent}`;
  const stateChange = parseStateChange(formData);
  if (stateChange) return handleStateChange(stateChange, article.id, user, done);
  return handleArticleForm(formData, { kind: "admin", user }, { articleId: article.id, done: (_id, i) => done(i) });
}

export default function EditArticle() {
  const { article, slugLocked, options, defaults, previewHtml, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const formResult = actionData?.form === "article" ? actionData.result : undefined;
  const live = article.state === "PUBLISHED";
  return (
    <>
      <AdminHeading
        title="기사 편집"
        back={{ to: "/admin/articles", label: "기사 목록" }}
        actions={
          <>
            <Link to={`/admin/articles/${article.id}/preview`} className="btn btn-ghost">
              미리보기 페이지
            </Link>
            <Link to={`/admin/articles/${article.id}/revisions`} className="btn btn-ghost">
              버전 기록 {article.revisionCount}
            </Link>
            {live ? (
              <Link to={`/news/${article.slug}`} className="btn btn-ghost">
                독자 화면
              </Link>
            ) : null}
          </>
        }
      />
      {notice ? <Notice>{notice}</Notice> : null}
      <ArticleStatusPanel
        article={article}
        stateErrors={actionData?.form === "state" ? (actionData.result.error?.[""] ?? undefined) : undefined}
      />
      {article.state === "REVIEW" ? (
        <RequestChangesForm lastResult={actionData?.form === "review" ? actionData.result : undefined} />
      ) : (
        <ReviewNote note={article.state === "DRAFT" ? article.reviewNote : ""} />
      )}
      <ArticleEditor
        mode="admin"
        formId={`article-${article.id}-${new Date(article.updatedAt).getTime()}`}
        defaults={defaults}
        lastResult={formResult}
        previewHtml={actionData?.previewHtml ?? previewHtml}
        options={options}
        article={{ state: article.state, slugLocked, coverArt: article.coverArt, coverImage: article.coverImage }}
      />
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.article.title ?? "기사"} 편집 | 관리` },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
