import type { IssueStatus } from "~/generated/prisma/enums";
import { Link } from "@remix-run/react";
import { formatDateTime } from "~/utils/format";
import type { ArticleStatus } from "./article-states";
import { StatusBadge } from "./status-badge";

// Cells of the article lists (admin and center staff), for AdminTable columns.

type Row = {
  id: number;
  title: string;
  slug: string;
  state: ArticleStatus;
  publishedAt: Date | string | null;
  submittedAt: Date | string | null;
  issue: { title: string; status: IssueStatus } | null;
};

export function ArticleTitleCell({ row, to }: { row: Row; to: string }) {
  return (
    <div className="min-w-0">
      <Link to={to} className="font-bold break-keep text-teal-900 underline-offset-2 hover:underline">
        {row.title || "(제목 없음)"}
      </Link>
      <p className="mt-0.5 truncate text-xs text-ink-soft">/news/{row.slug}</p>
    </div>
  );
}

/** The badge and the one date that matters for that state. */
export function ArticleStateCell({ row }: { row: Row }) {
  const when =
    row.state === "SCHEDULED" && row.publishedAt
      ? `${formatDateTime(row.publishedAt)} 공개`
      : row.state === "PUBLISHED" && row.publishedAt
        ? `${formatDateTime(row.publishedAt)} 발행`
        : row.state === "REVIEW" && row.submittedAt
          ? `${formatDateTime(row.submittedAt)} 요청`
          : null;
  const waitingForIssue = row.state === "PUBLISHED" && row.issue && row.issue.status !== "PUBLISHED";
  return (
    <div className="flex flex-col items-start gap-1">
      <StatusBadge state={row.state} />
      {when ? <span className="text-xs whitespace-nowrap text-ink-soft">{when}</span> : null}
      {waitingForIssue ? <span className="text-xs font-semibold text-orange-700">월호 발행 후 공개</span> : null}
    </div>
  );
}
