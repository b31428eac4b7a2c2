import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { TokenPage } from "~/newsletter/token-page";
import { confirmSubscription, tokenPageAction, tokenPageData } from "~/newsletter/subscribers.server";

// GET only shows the button: mail scanners that open links must not confirm on the reader's behalf.
export async function loader({ request }: LoaderFunctionArgs) {
  return tokenPageData(request);
}

export async function action({ request }: ActionFunctionArgs) {
  return tokenPageAction(request, confirmSubscription);
}

export const headers = () => ({ "Cache-Control": "private, no-store" });

export default function ConfirmPage() {
  const { token, subscriber } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const outcome = answer?.outcome;
  if (outcome === "DONE" || outcome === "ALREADY" || (!outcome && subscriber?.status === "CONFIRMED")) {
    return (
      <TokenPage title="구독 확인" token={token} message="구독이 확인되었습니다. 다음 월호부터 메일로 보내 드립니다." />
    );
  }
  if (outcome === "INVALID" || !subscriber || subscriber.status !== "PENDING") {
    return (
      <TokenPage
        title="구독 확인"
        token={token}
        message="확인할 수 없는 링크입니다. 기간(7일)이 지났거나 이미 해지된 구독입니다. 웹진 구독 페이지에서 다시 신청해 주세요."
      />
    );
  }
  return (
    <TokenPage
      title="구독 확인"
      token={token}
      message={`${subscriber.email} 주소로 광주자활뉴스를 받아 보시겠어요?`}
      error={answer && "error" in answer ? answer.error : null}
      button="구독 확인하기"
    />
  );
}

export const meta: MetaFunction = () => [{ title: "구독 확인 | 광주자활뉴스" }, { name: "robots", content: "noindex" }];
