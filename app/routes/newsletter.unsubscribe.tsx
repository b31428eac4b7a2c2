import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { TokenPage } from "~/newsletter/token-page";
import { tokenPageAction, tokenPageData, unsubscribe } from "~/newsletter/subscribers.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return tokenPageData(request);
}

// Both the page's button and RFC 8058 one-click (a mail client's POST of "List-Unsubscribe=One-Click" to the
// List-Unsubscribe address) end here; the token in the address is all either needs.
export async function action({ request }: ActionFunctionArgs) {
  return tokenPageAction(request, unsubscribe);
}

export const headers = () => ({ "Cache-Control": "private, no-store" });

export default function UnsubscribePage() {
  const { token, subscriber } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const outcome = answer?.outcome;
  if (outcome === "DONE" || outcome === "ALREADY" || (!outcome && subscriber?.status === "UNSUBSCRIBED")) {
    return (
      <TokenPage title="구독 해지" token={token} message="구독이 해지되었습니다. 더 이상 메일을 보내지 않습니다." />
    );
  }
  if (outcome === "INVALID" || !subscriber) {
    return (
      <TokenPage
        title="구독 해지"
        token={token}
        message="확인할 수 없는 링크입니다. 메일의 링크를 그대로 열어 주세요."
      />
    );
  }
  return (
    <TokenPage
      title="구독 해지"
      token={token}
      message={`${subscriber.email} 주소로 보내는 광주자활뉴스 메일을 그만 받으시겠어요?`}
      error={answer && "error" in answer ? answer.error : null}
      button="구독 해지하기"
    />
  );
}

export const meta: MetaFunction = () => [{ title: "구독 해지 | 광주자활뉴스" }, { name: "robots", content: "noindex" }];
