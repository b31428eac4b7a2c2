import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useErrorId } from "~/utils/error-id";

const MESSAGES: Record<number, { title: string; body: string }> = {
  404: {
    title: "페이지를 찾을 수 없습니다",
    body: "주소가 바뀌었거나 삭제된 페이지입니다. 주소를 다시 확인해 주세요.",
  },
  403: { title: "접근 권한이 없습니다", body: "이 페이지를 볼 수 있는 권한이 없습니다." },
  400: { title: "잘못된 요청입니다", body: "요청 내용을 다시 확인해 주세요." },
};

const FALLBACK = {
  title: "일시적인 오류가 발생했습니다",
  body: "불편을 드려 죄송합니다. 잠시 후 다시 시도해 주세요. 문제가 계속되면 광주광역자활센터로 연락해 주세요.",
};

/** The one error page of the site: Korean copy, the right status, no stack traces for readers. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message = MESSAGES[status] ?? FALLBACK;
  const errorId = useErrorId();
  return (
    <section className="container-page py-20 text-center" aria-labelledby="error-title">
      <p className="text-5xl font-extrabold text-orange-600">{status}</p>
      <h1 id="error-title" className="mt-4 text-2xl font-bold text-teal-950">
        {message.title}
      </h1>
      <p className="mx-auto mt-3 max-w-md text-ink-soft">{message.body}</p>
      {status >= 500 && errorId ? (
        <p className="mt-3 text-sm text-ink-soft">
          오류 번호: <code id="error-id">{errorId}</code> (문의하실 때 알려 주세요)
        </p>
      ) : null}
      <div className="mt-8 flex justify-center gap-3">
        <Link to="/" className="btn btn-primary">
          홈으로
        </Link>
        <Link to="/search" className="btn btn-ghost">
          소식 검색
        </Link>
      </div>
    </section>
  );
}
