import { Link } from "@remix-run/react";
import { ArticleCard, ArticleGrid, type CardArticle } from "./article-card";

type Section = { slug: string; name: string; articles: CardArticle[] };

/** The newest 월호's sections, each with its link to the section's archive. */
export function IssueSections({ sections }: { sections: Section[] }) {
  return sections.map((section) => (
    <section key={section.slug} aria-labelledby={`section-${section.slug}`} className="container-page mt-12">
      <div className="mb-5 flex items-end justify-between gap-4">
        <h2 id={`section-${section.slug}`} className="section-title">
          {section.name}
        </h2>
        <Link to={`/sections/${section.slug}`} className="text-sm font-semibold text-teal-700 hover:underline">
          {section.name} 더 보기
        </Link>
      </div>
      {section.slug === "local" ? (
        <CompactList articles={section.articles} />
      ) : (
        <ArticleGrid articles={section.articles} />
      )}
    </section>
  ));
}

/** News published outside any 월호, newest first. */
export function StandaloneNews({ articles }: { articles: CardArticle[] }) {
  if (!articles.length) return null;
  return (
    <section aria-labelledby="standalone-news" className="container-page mt-12">
      <div className="mb-5 flex items-end justify-between gap-4">
        <h2 id="standalone-news" className="section-title">
          새로 올라온 소식
        </h2>
        <Link to="/news" className="text-sm font-semibold text-teal-700 hover:underline">
          전체 소식 보기
        </Link>
      </div>
      <ArticleGrid articles={articles} />
    </section>
  );
}

/** The previous 월호 in headlines, kept on the home page while the newest one is thin. */
export function PreviousIssue({ issue }: { issue: { key: string; title: string; sections: Section[] } }) {
  const articles = issue.sections.flatMap((section) => section.articles);
  return (
    <section aria-labelledby="previous-issue" className="container-page mt-12">
      <div className="mb-5 flex items-end justify-between gap-4">
        <h2 id="previous-issue" className="section-title">
          지난 호 · {issue.title}
        </h2>
        <Link to={`/issues/${issue.key}`} className="text-sm font-semibold text-teal-700 hover:underline">
          {issue.title} 전체 보기
        </Link>
      </div>
      <CompactList articles={articles} />
    </section>
  );
}

function CompactList({ articles }: { articles: CardArticle[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {articles.map((article) => (
        <li key={article.slug} className="flex [&>article]:flex-1">
          <ArticleCard article={article} compact />
        </li>
      ))}
    </ul>
  );
}

/** The editor's closing greeting, as the printed issue ends. */
export function IssueClosing({
  issue,
  className = "",
}: {
  issue: { title: string; closing: string };
  className?: string;
}) {
  if (!issue.closing) return null;
  return (
    <aside
      aria-label={`${issue.title} 맺음 인사`}
      className={`rounded-2xl bg-cream px-6 py-8 text-center ${className}`}
    >
      <p className="text-lg font-bold leading-relaxed text-teal-950 [word-break:keep-all]">{issue.closing}</p>
      <p className="mt-2 text-sm text-ink-soft">광주자활뉴스 편집실</p>
    </aside>
  );
}
