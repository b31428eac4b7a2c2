import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { getTestSession, simulateTestPayment } from "~/payments/confirm.server";
import { parseForm } from "~/utils/form-parse";
import { formatWon } from "~/utils/format";
import { notFound } from "~/utils/http.server";

// The built-in stand-in for Stripe's hosted page when no keys are configured. getTestSession()
// returns nothing in production, so this page is a 404 there.
export async function loader({ request }: LoaderFunctionArgs) {
  const sessionId = new URL(request.url).searchParams.get("session_id") ?? "";
  const session = await getTestSession(sessionId);
  if (!session) notFound();
  return { session };
}

// The page's three buttons; anything else is no page of ours.
const outcomeSchema = z.object({ outcome: z.enum(["success", "fail", "expire"]) });

export async function action({ request }: ActionFunctionArgs) {
  const sessionId = new URL(request.url).searchParams.get("session_id") ?? "";
  const submission = parseForm(await request.formData(), { schema: outcomeSchema });
  if (submission.status !== "success") notFound();
  const { outcome } = submission.value;
  const result = await simulateTestPayment(sessionId, outcome);
  if (!result) notFound();
  if (outcome === "success") return redirect(`/checkout/success?session_id=${encodeURIComponent(sessionId)}`);
  return redirect(`/cart?payment=${outcome === "fail" ? "failed" : "expired"}`);
}

export const headers = () => ({ "Cache-Control": "private, no-store" });

export default function TestPaymentPage() {
  const { session } = useLoaderData<typeof loader>();
  const open = session.order.status === "PENDING_PAYMENT";
  return (
    <div className="container-page max-w-lg py-10">
      <p
        role="note"
        className="rounded-lg border-2 border-dashed border-orange-600 bg-orange-50 p-4 text-center text-lg font-extrabold text-orange-700"
      >
        테스트 결제 — 실제로 결제되지 않습니다
      </p>
      <h1 className="mt-6 text-2xl font-extrabold text-teal-950">결제하기</h1>
      <dl className="mt-4 space-y-2 rounded-xl border border-line bg-white p-5">
        <div className="flex justify-between">
          <dt>주문번호</dt>
          <dd className="font-semibold">{session.order.number}</dd>
        </div>
        <div className="flex justify-between text-lg font-extrabold">
          <dt>결제 금액</dt>
          <dd>{formatWon(session.amount)}</dd>
        </div>
      </dl>
      {open ? (
        <Form method="post" className="mt-6 grid gap-3">
          <button type="submit" name="outcome" value="success" className="btn btn-primary text-base">
            결제 성공
          </button>
          <button type="submit" name="outcome" value="fail" className="btn btn-ghost">
            결제 실패
          </button>
          <button type="submit" name="outcome" value="expire" className="btn btn-ghost">
            시간 만료
          </button>
        </Form>
      ) : (
        <p className="mt-6 rounded-lg bg-cream p-4">이 결제는 이미 처리되었습니다.</p>
      )}
      <p className="mt-6 text-sm text-ink-soft">
        Stripe 키가 설정되지 않은 개발 환경에서만 보이는 화면입니다. 버튼을 누르면 Stripe가 보내는 것과 같은 서명된 웹훅
        이벤트로 주문이 처리됩니다.
      </p>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "테스트 결제 | 소소드림" }, { name: "robots", content: "noindex" }];
