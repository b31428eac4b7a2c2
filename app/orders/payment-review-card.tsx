import type { SubmissionResult } from "@conform-to/react";
import { getFormProps, getInputProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { FormErrors } from "~/components/field";
import { useZodForm } from "~/utils/use-zod-form";
import { formatDateTime, formatWon } from "~/utils/format";
import { ORDER_STATUS_LABEL } from "./order-states";
import { REVIEW_KIND_LABEL, REVIEW_STATUS_LABEL } from "./payment-review-labels";
import { reviewActionSchema } from "./payment-review-form";
import type { PaymentReviewRow } from "./payment-reviews.server";

type Row = PaymentReviewRow;

/** One item of the 확인 필요 queue: the facts the provider reported, and what can be done about them. */
export function PaymentReviewCard({ review, lastResult }: { review: Row; lastResult?: SubmissionResult<string[]> }) {
  const overRefund = review.kind === "OVER_REFUND";
  return (
    <article className="rounded-xl border border-line bg-white p-4 sm:p-5" aria-labelledby={`review-${review.id}`}>
      <h2 id={`review-${review.id}`} className="text-lg font-bold break-keep text-teal-950">
        {REVIEW_KIND_LABEL[review.kind]}
        <span className="ml-2 text-sm font-semibold text-ink-soft">{REVIEW_STATUS_LABEL[review.status]}</span>
      </h2>
      <dl className="mt-3 grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1 text-[15px]">
        <dt className="text-ink-soft">주문</dt>
        <dd>
          <Link to={`/admin/orders/${review.order.number}`} className="font-semibold text-teal-700 underline">
            {review.order.number}
          </Link>{" "}
          {review.order.ordererName}
        </dd>
        <dt className="text-ink-soft">주문 상태</dt>
        <dd>
          {ORDER_STATUS_LABEL[review.orderStatus]} (지금 {ORDER_STATUS_LABEL[review.order.status]})
        </dd>
        <dt className="text-ink-soft">{overRefund ? "보고된 환불액" : "결제된 금액"}</dt>
        <dd className="font-semibold">
          {formatWon(review.amount)}{" "}
          <span className="font-normal text-ink-soft">/ 주문 금액 {formatWon(review.order.total)}</span>
        </dd>
        <dt className="text-ink-soft">결제 번호</dt>
        <dd className="break-all">{review.paymentIntent ?? review.payment.checkoutSession}</dd>
        <dt className="text-ink-soft">들어온 때</dt>
        <dd>{formatDateTime(review.createdAt)}</dd>
        {review.resolvedAt ? (
          <>
            <dt className="text-ink-soft">처리한 때</dt>
            <dd>
              {formatDateTime(review.resolvedAt)}
              {review.note ? ` · ${review.note}` : ""}
            </dd>
          </>
        ) : null}
      </dl>
      {review.status === "OPEN" ? <ReviewActions review={review} lastResult={lastResult} /> : null}
    </article>
  );
}

function ReviewActions({ review, lastResult }: { review: Row; lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useZodForm(reviewActionSchema, lastResult, { id: `review-form-${review.id}` });
  const overRefund = review.kind === "OVER_REFUND";
  return (
    <Form method="post" {...getFormProps(form)} className="mt-4 border-t border-line pt-4">
      <input type="hidden" name="reviewId" value={review.id} />
      <FormErrors id={form.errorId} errors={form.errors} form={form} />
      {overRefund ? (
        <div className="mb-3">
          <label htmlFor={fields.note.id} className="mb-1 block text-sm font-bold text-teal-950">
            확인한 내용
          </label>
          <input
            {...getInputProps(fields.note, { type: "text" })}
            className="input w-full"
            placeholder="예: 결제사 관리 화면에서 환불 내역 확인"
            aria-describedby={fields.note.errors ? fields.note.errorId : undefined}
          />
          {fields.note.errors ? (
            <p id={fields.note.errorId} className="mt-1 text-sm font-semibold text-orange-700">
              {fields.note.errors[0]}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {review.kind === "LATE_PAYMENT" ? (
          <button type="submit" name="intent" value="revive" className="btn btn-primary">
            주문 살리기 (결제완료)
          </button>
        ) : null}
        {overRefund ? (
          <button type="submit" name="intent" value="close" className="btn btn-primary">
            확인 완료
          </button>
        ) : (
          <button type="submit" name="intent" value="refund" className="btn btn-ghost">
            {formatWon(review.amount)} 전액 환불
          </button>
        )}
      </div>
    </Form>
  );
}
