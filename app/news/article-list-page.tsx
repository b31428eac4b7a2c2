import type { ReactNode } from "react";
import type { CardArticle } from "./article-card";
import { ArticleGrid } from "./article-card";
import { PageHeader } from "~/components/page-header";
import { Pagination } from "~/components/pagination";

/** The shared body of /news, /sections/:slug, /tags/:tag and a center's news: header, grid, pages. */
export function ArticleListPage(props: {
  eyebrow?: string;
  title: string;
  intro?: ReactNode;
  articles: CardArticle[];
  total: number;
  page: number;
  pageCount: number;
  basePath: string;
}) {
  return (
    <>
      <PageHeader eyebrow={props.eyebrow} title={props.title}>
        {props.intro}
        <p className="mt-1 text-sm">소식 {props.total}건</p>
      </PageHeader>
      <div className="container-page mt-8">
        {props.articles.length ? (
          <ArticleGrid articles={props.articles} level={2} />
        ) : (
          <p className="py-10 text-center text-ink-soft">아직 등록된 소식이 없습니다.</p>
        )}
        <Pagination page={props.page} pageCount={props.pageCount} basePath={props.basePath} />
      </div>
    </>
  );
}
