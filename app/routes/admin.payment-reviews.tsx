import { parseForm } from "~/utils/form-parse";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { AdminHeading } from "~/components/admin-ui";
import { Notice } from "~/components/notice";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PaymentReviewCard } from "~/orders/payment-review-card";
import { reviewActionSchema } from "~/orders/payment-review-form";
import { REVIEW_REFUSAL_MESSAGE } from "~/orders/payment-review-labels";
import { closeReview, listPaymentReviews, returnPayment, reviveOrder } from "~/orders/payment-reviews.server";
import { refundProvider } from "~/payments/refund-provider.server";
import { nullWhenDatabaseUnavailable, unavailableReply } from "~/utils/form-reply.server";

const DONE = {
  revive: "주문을 결제완료로 되살렸습니다.",
  refund: "결제를 전액 환불했습니다.",
  close: "확인 완료로 표시했습니다.",
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const done = new URL(request.url).searchParams.get("done");
  return { ...(await listPaymentReviews()), done: done && done in DONE ? DONE[done as keyof typeof DONE] : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, ["ADMIN"]);
  const submission = parseForm(await request.formData(), { schema: reviewActionSchema });
  // Each open item has its form: the answer names the item, so only the form that was sent shows it.
  const item = String(submission.payload.reviewId ?? "");
  if (submission.status !== "success") return data({ item, result: submission.reply() }, { status: 400 });
  const { intent, reviewId, note } = submission.value;
  const result = await nullWhenDatabaseUnavailable(() =>
    intent === "revive"
      ? reviveOrder(reviewId, admin.id)
      : intent === "refund"
        ? returnPayment(reviewId, admin.id, refundProvider)
        : closeReview(reviewId, admin.id, note),
  );
  // Another process's lock or a full disk: 503 "잠시 후 다시 시도" over the form, the note kept. The item is
  // claimed before anything else changes, so a retry can't act on it twice.
  if (!result) return data({ item, result: unavailableReply(submission) }, { status: 503 });
  if (!result.ok) {
    const reply = submission.reply({ formErrors: [REVIEW_REFUSAL_MESSAGE[result.reason]] });
    return data({ item, result: reply }, { status: 409 });
  }
  throw redirect(`/admin/payment-reviews?done=${intent}`);
}

export default function PaymentReviews() {
  const { open, resolved, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="max-w-3xl">
      <AdminHeading title="확인 필요">
        결제사가 알려 온 돈 가운데 주문에 반영되지 않은 것입니다. 주문이 끝난 뒤 들어온 결제는 재고가 있으면 주문을
        되살리고, 아니면 전액 환불해 주세요. 어느 쪽이든 고객에게 메일이 갑니다.
      </AdminHeading>
      {done ? <Notice>{done}</Notice> : null}
      <h2 className="mb-3 text-lg font-bold text-teal-950">처리할 항목 {open.length}건</h2>
      {open.length === 0 ? (
        <p className="rounded-xl bg-teal-50 p-4 text-teal-900">처리할 항목이 없습니다.</p>
      ) : (
        <div className="grid gap-4">
          {open.map((review) => (
            <PaymentReviewCard
              key={review.id}
              review={review}
              lastResult={actionData?.item === String(review.id) ? actionData.result : undefined}
            />
          ))}
        </div>
      )}
      {resolved.length > 0 ? (
        <>
          <h2 className="mt-10 mb-3 text-lg font-bold text-teal-950">최근 처리한 항목</h2>
          <div className="grid gap-4">
            {resolved.map((review) => (
              <PaymentReviewCard key={review.id} review={review} />
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "확인 필요 | 광역자활센터 관리" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
