import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireCenterStaff } from "~/accounts/session.server";
import { handleArticleForm, readArticlePost } from "~/cms/article-actions.server";
import { articleFormDefaults } from "~/cms/article-defaults";
import { ArticleEditor } from "~/cms/article-editor";
import { ArticleStatusPanel, ReviewNote } from "~/cms/article-status-panel";
import { articleIdParam } from "~/cms/articles.server";
import { requireCenterArticle } from "~/cms/center-articles.server";
import { CENTER_DONE, centerEditorContext } from "~/cms/center-editor.server";
import { CenterPlacement } from "~/cms/center-placement";
import { AdminHeading } from "~/components/admin-ui";
import { Notice } from "~/components/notice";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { renderMarkdown } from "~/utils/markdown.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCenterStaff(request);
  const article = await requireCenterArticle(user.centerId, articleIdParam(params.id));
  const done = new URL(request.url).searchParams.get("done");
  return {
    article,
    ...(await centerEditorContext(user.centerId)),
    defaults: articleFormDefaults(article),
    previewHtml: renderMarkdown(article.body),
    notice: done ? (CENTER_DONE[done] ?? null) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireCenterStaff(request);
  // Another center's article is a 404 before the form is even read.
  const article = await requireCenterArticle(user.centerId, articleIdParam(params.id));
  const formData = await readArticlePost(request);
  if (!(formData instanceof FormData)) return formData;
  return handleArticleForm(
    formData,
    { kind: "center", user },
    { articleId: article.id, done: (id, i) => `/center/articles/${id}?done=${i}` },
  );
}

const LOCKED_MESSAGE: Record<string, string> = {
  REVIEW: "편집자가 검토하고 있습니다. 고칠 점이 있으면 의견과 함께 돌려보내 드립니다.",
  SCHEDULED: "편집자가 발행을 예약했습니다. 정한 시각에 광주자활뉴스에 실립니다.",
  PUBLISHED: "광주자활뉴스에 실렸습니다. 고칠 곳이 있으면 광역자활센터 편집자에게 알려 주세요.",
  UNPUBLISHED: "편집자가 발행을 중지했습니다. 궁금한 점은 광역자활센터 편집자에게 문의해 주세요.",
};

export default function CenterArticle() {
  const { article, centerName, sectionName, options, defaults, previewHtml, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const editable = article.state === "DRAFT";
  return (
    <>
      <AdminHeading
        title={editable ? "소식 고치기" : "소식 보기"}
        back={{ to: "/center/articles", label: "우리 센터 소식" }}
        actions={
          <Link to={`/center/articles/${article.id}/preview`} className="btn btn-ghost">
            미리보기 페이지
          </Link>
        }
      />
      {notice ? <Notice>{notice}</Notice> : null}
      <ArticleStatusPanel article={article} showStateForms={false} />
      <ReviewNote note={editable ? article.reviewNote : ""} />
      {editable ? (
        <ArticleEditor
          mode="center"
          formId={`center-article-${article.id}-${new Date(article.updatedAt).getTime()}`}
          defaults={defaults}
          lastResult={actionData?.result}
          previewHtml={actionData?.previewHtml ?? previewHtml}
          options={options}
          article={{
            state: article.state,
            slugLocked: true,
            coverArt: article.coverArt,
            coverImage: article.coverImage,
          }}
          placementNote={<CenterPlacement sectionName={sectionName} centerName={centerName} />}
        />
      ) : (
        <section aria-labelledby="locked-title" className="rounded-xl border border-line bg-white p-4 sm:p-6">
          <h2 id="locked-title" className="text-xl font-extrabold text-teal-950">
            {article.title}
          </h2>
          <p className="mt-3 text-ink">{LOCKED_MESSAGE[article.state]}</p>
          {article.state === "PUBLISHED" ? (
            <Link to={`/news/${article.slug}`} className="btn btn-primary mt-4">
              실린 기사 보기
            </Link>
          ) : null}
        </section>
      )}
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.article.title ?? "소식"} | 센터 업무` },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
