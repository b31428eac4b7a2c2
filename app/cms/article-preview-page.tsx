import type { IssueStatus } from "~/generated/prisma/enums";
import { Link } from "@remix-run/react";
import { ArticleContent, ArticleHeader, type ViewArticle } from "~/news/article-view";
import type { ArticleStatus } from "./article-states";
import { StatusBadge } from "./status-badge";

/**
 * An article in any state drawn with the public page's own components, under a bar that says it is a
 * preview (and whether readers can see it).
 */
export function ArticlePreviewPage({
  article,
  html,
  backTo,
}: {
  article: ViewArticle & { state: ArticleStatus; slug: string; issue: { status: IssueStatus } | null };
  html: string;
  backTo: string;
}) {
  const live = article.state === "PUBLISHED" && (!article.issue || article.issue.status === "PUBLISHED");
  return (
    <>
      <div role="note" aria-label="미리보기 안내" className="sticky top-0 z-20 border-b border-orange-500 bg-orange-50">
        <div className="container-page flex flex-wrap items-center gap-x-3 gap-y-2 py-2.5">
          <span className="font-extrabold text-orange-700">미리보기</span>
          <StatusBadge state={article.state} />
          <span className="text-sm text-ink">
            {live ? "독자에게 공개 중인 기사입니다." : "독자에게는 보이지 않습니다. 발행하면 이렇게 보입니다."}
          </span>
          <span className="ml-auto flex gap-2">
            {live ? (
              <Link to={`/news/${article.slug}`} className="btn btn-ghost min-h-10">
                독자 화면
              </Link>
            ) : null}
            <Link to={backTo} className="btn btn-primary min-h-10">
              편집으로 돌아가기
            </Link>
          </span>
        </div>
      </div>
      <article className="pb-4">
        <ArticleHeader article={article} />
        <div className="container-page mt-8 max-w-3xl">
          <ArticleContent article={article} html={html} />
        </div>
      </article>
    </>
  );
}
