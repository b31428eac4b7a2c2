import type { IssueStatus } from "~/generated/prisma/enums";
import { getFormProps, getTextareaProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { FormErrors } from "~/components/field";
import { TextareaField } from "~/components/form-controls";
import { formatDateTime } from "~/utils/format";
import { withParticle } from "~/utils/form-inputs";
import { useZodForm } from "~/utils/use-zod-form";
import { requestChangesSchema } from "./article-form";
import { canDo, type ArticleStatus } from "./article-states";
import { StatusBadge } from "./status-badge";

type PanelArticle = {
  id: number;
  slug: string;
  state: ArticleStatus;
  publishedAt: Date | string | null;
  submittedAt: Date | string | null;
  updatedAt: Date | string;
  reviewNote: string;
  issue: { title: string; status: IssueStatus } | null;
  author: { name: string } | null;
};

/** Where an article stands, with the state changes that need no content (발행 중지, 예약 취소). */
export function ArticleStatusPanel({
  article,
  stateErrors,
  showStateForms = true,
}: {
  article: PanelArticle;
  stateErrors?: string[];
  showStateForms?: boolean;
}) {
  const may = (action: Parameters<typeof canDo>[1]) => canDo({ status: article.state, publishedAt: null }, action);
  const facts = [
    article.state === "SCHEDULED" && article.publishedAt ? `${formatDateTime(article.publishedAt)} 공개 예정` : null,
    article.state === "PUBLISHED" && article.publishedAt ? `${formatDateTime(article.publishedAt)} 발행` : null,
    article.state === "REVIEW" && article.submittedAt ? `${formatDateTime(article.submittedAt)} 검토 요청` : null,
    article.author ? `작성 ${article.author.name}` : null,
    `최근 저장 ${formatDateTime(article.updatedAt)}`,
  ].filter(Boolean);
  const waitingForIssue =
    (article.state === "PUBLISHED" || article.state === "SCHEDULED") &&
    article.issue &&
    article.issue.status !== "PUBLISHED";
  return (
    <section aria-label="기사 상태" className="mb-6 rounded-xl border border-line bg-white p-4 sm:p-5">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <StatusBadge state={article.state} large />
        <p className="text-sm text-ink-soft">{facts.join(" · ")}</p>
        {showStateForms ? (
          <div className="flex flex-wrap gap-2 sm:ml-auto">
            {may("unschedule") ? (
              <Form method="post">
                <button type="submit" name="intent" value="unschedule" className="btn btn-ghost">
                  예약 취소
                </button>
              </Form>
            ) : null}
            {may("unpublish") ? (
              <Form method="post">
                <button type="submit" name="intent" value="unpublish" className="btn btn-ghost text-[#9b1c1c]">
                  발행 중지
                </button>
              </Form>
            ) : null}
          </div>
        ) : null}
      </div>
      {waitingForIssue ? (
        <p className="mt-3 rounded-lg bg-orange-50 p-3 text-sm font-semibold text-orange-700">
          ‘{article.issue!.title}’{withParticle(article.issue!.title, "이", "가").slice(-1)} 아직 발행 전이라 독자에게
          보이지 않습니다. 월호를 발행하면 함께 공개됩니다.
        </p>
      ) : null}
      {stateErrors?.length ? (
        <div className="mt-3">
          <FormErrors id="state-errors" errors={stateErrors} />
        </div>
      ) : null}
    </section>
  );
}

/** The editor's note on a draft that was sent back (shown to editors and to the center's staff). */
export function ReviewNote({ note }: { note: string }) {
  if (!note) return null;
  return (
    <section aria-label="편집자 수정 요청" className="mb-6 rounded-xl border border-orange-500 bg-cream p-4 sm:p-5">
      <h2 className="font-extrabold text-orange-700">편집자의 수정 요청</h2>
      <p className="mt-2 whitespace-pre-line text-ink">{note}</p>
    </section>
  );
}

/** For a submitted draft: send it back with a note (publishing is the editor form's 발행 button). */
export function RequestChangesForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useZodForm(requestChangesSchema, lastResult);
  return (
    <section
      aria-labelledby="review-title"
      className="mb-6 rounded-xl border border-orange-500 bg-orange-50 p-4 sm:p-5"
    >
      <h2 id="review-title" className="text-lg font-extrabold text-teal-950">
        검토 요청된 기사입니다
      </h2>
      <p className="mt-1 text-sm text-ink-soft">
        내용을 확인하고 아래 ‘발행하기’로 공개하거나, 고칠 점을 적어 작성자에게 돌려보내세요.
      </p>
      <Form method="post" {...getFormProps(form)} className="mt-4 grid gap-3">
        <FormErrors id={form.errorId} errors={form.errors} form={form} />
        <TextareaField
          label="수정 요청 내용"
          meta={fields.reviewNote}
          hint="작성자(센터 담당자)에게 그대로 보입니다."
          textareaProps={{ ...getTextareaProps(fields.reviewNote), rows: 3 }}
        />
        <div>
          <button type="submit" name="intent" value="requestChanges" className="btn btn-ghost">
            수정 요청하며 돌려보내기
          </button>
        </div>
      </Form>
    </section>
  );
}
