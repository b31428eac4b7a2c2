import type { IssueStatus } from "~/generated/prisma/enums";
import { Form, Link } from "@remix-run/react";
import { STATUS_LABEL, type ArticleStatus } from "~/cms/article-states";
import { StatusBadge } from "~/cms/status-badge";
import { formatDateTime } from "~/utils/format";
import { StateTag } from "~/components/admin-ui";

type OrderedArticle = {
  id: number;
  slug: string;
  title: string;
  status: ArticleStatus;
  center: { shortName: string } | null;
};
type Group = { id: number | null; name: string; articles: OrderedArticle[] };

function MoveButton({
  article,
  direction,
  disabled,
}: {
  article: OrderedArticle;
  direction: "up" | "down";
  disabled: boolean;
}) {
  const label = direction === "up" ? "위로" : "아래로";
  return (
    <Form method="post" preventScrollReset>
      <input type="hidden" name="intent" value={`move-${direction}`} />
      <input type="hidden" name="articleId" value={article.id} />
      <button
        type="submit"
        disabled={disabled}
        aria-label={`‘${article.title}’ ${label}`}
        title={label}
        className="inline-flex size-11 items-center justify-center rounded-lg border border-line bg-white text-lg text-teal-900 hover:bg-teal-50 disabled:cursor-not-allowed disabled:opacity-30"
      >
        <span aria-hidden="true">{direction === "up" ? "▲" : "▼"}</span>
      </button>
    </Form>
  );
}

/** The issue's articles by section, in reading order, each with up/down buttons (plain forms: no JS needed). */
export function ArticleOrder({ groups, coverArticleId }: { groups: Group[]; coverArticleId: number | null }) {
  if (groups.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-line bg-white p-6 text-center text-ink-soft">
        아직 이 월호에 실린 기사가 없습니다. 기사 편집 화면에서 월호를 이 월호로 고르면 여기에 나타납니다.{" "}
        <Link to="/admin/articles/new" className="font-semibold text-teal-700 underline">
          새 기사 쓰기
        </Link>
      </p>
    );
  }
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <section key={group.id ?? "none"} aria-labelledby={`order-${group.id ?? "none"}`}>
          <h3
            id={`order-${group.id ?? "none"}`}
            className="mb-2 border-b-2 border-teal-800 pb-1 font-extrabold text-teal-950"
          >
            {group.name} <span className="text-sm font-semibold text-ink-soft">{group.articles.length}건</span>
          </h3>
          <ol className="divide-y divide-line rounded-xl border border-line bg-white">
            {group.articles.map((article, index) => (
              <li key={article.id} id={`article-${article.id}`} className="flex items-center gap-3 p-3 sm:px-4">
                <span className="w-6 shrink-0 text-center text-sm font-bold text-ink-soft">{index + 1}</span>
                <div className="min-w-0 flex-1">
                  <Link
                    to={`/admin/articles/${article.id}`}
                    className="block font-bold leading-snug text-ink hover:text-teal-800 hover:underline"
                  >
                    {article.title}
                  </Link>
                  <p className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-ink-soft">
                    <StatusBadge state={article.status} />
                    {article.id === coverArticleId ? <StateTag tone="warn">커버스토리</StateTag> : null}
                    {article.center ? <span>{article.center.shortName}</span> : null}
                  </p>
                </div>
                <div className="flex shrink-0 gap-1">
                  <MoveButton article={article} direction="up" disabled={index === 0} />
                  <MoveButton article={article} direction="down" disabled={index === group.articles.length - 1} />
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

type Plan = {
  appear: number;
  later: { title: string; publishedAt: Date | string | null }[];
  hidden: { title: string; status: ArticleStatus }[];
  missingAlt: string[];
};

/** Publish / unpublish, with what publishing will do to each kind of article spelled out first. */
export function PublishPanel({
  issue,
  plan,
  message,
}: {
  issue: { key: string; status: IssueStatus; publishedAt: Date | string | null };
  plan: Plan;
  message?: string;
}) {
  const published = issue.status === "PUBLISHED";
  return (
    <div className="space-y-3 text-[15px]">
      <p className="flex flex-wrap items-center gap-2">
        <StateTag tone={published ? "on" : "warn"}>{published ? "발행됨" : "준비 중"}</StateTag>
        {issue.publishedAt ? (
          <span className="text-sm text-ink-soft">
            {published ? "" : "처음 "}발행 {formatDateTime(issue.publishedAt)}
          </span>
        ) : null}
      </p>
      {message ? (
        <p role="alert" className="rounded-lg bg-orange-50 p-3 font-semibold text-orange-700">
          {message}
        </p>
      ) : null}
      {published ? (
        <>
          <p>
            독자에게 보이는 중입니다.{" "}
            <Link to={`/issues/${issue.key}`} className="font-semibold text-teal-700 underline">
              사이트에서 보기
            </Link>
          </p>
          <Form method="post">
            <input type="hidden" name="intent" value="unpublish" />
            <button type="submit" className="btn btn-ghost w-full">
              발행 취소
            </button>
          </Form>
          <p className="text-xs text-ink-soft">발행을 취소하면 이 월호와 기사가 모두 사이트에서 내려갑니다.</p>
        </>
      ) : (
        <>
          <ul className="space-y-1.5">
            <li>
              발행하면 기사 <strong>{plan.appear}건</strong>이 함께 공개됩니다.
            </li>
            {plan.later.length ? (
              <li>
                예약 기사 {plan.later.length}건은 예약한 시각에 공개됩니다:
                <ul className="mt-1 list-disc pl-5 text-sm text-ink-soft">
                  {plan.later.map((a) => (
                    <li key={a.title}>
                      {a.title} {a.publishedAt ? `(${formatDateTime(a.publishedAt)})` : ""}
                    </li>
                  ))}
                </ul>
              </li>
            ) : null}
            {plan.hidden.length ? (
              <li>
                아직 발행하지 않은 기사 {plan.hidden.length}건은 공개되지 않습니다:
                <ul className="mt-1 list-disc pl-5 text-sm text-ink-soft">
                  {plan.hidden.map((a) => (
                    <li key={a.title}>
                      {a.title} ({STATUS_LABEL[a.status]})
                    </li>
                  ))}
                </ul>
              </li>
            ) : null}
            {plan.missingAlt.length ? (
              <li className="font-semibold text-orange-700">
                대표 이미지 설명(대체 텍스트)이 없는 기사: {plan.missingAlt.join(", ")}
              </li>
            ) : null}
          </ul>
          <Form method="post">
            <input type="hidden" name="intent" value="publish" />
            <button type="submit" className="btn btn-accent w-full text-base" disabled={plan.appear === 0}>
              월호 발행하기
            </button>
          </Form>
          {plan.appear === 0 ? (
            <p className="text-sm text-ink-soft">‘발행’ 상태인 기사가 한 건 이상 있어야 발행할 수 있습니다.</p>
          ) : null}
        </>
      )}
    </div>
  );
}
