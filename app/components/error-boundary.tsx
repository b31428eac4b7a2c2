import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useErrorId } from "~/utils/error-id";
import { errorMessage } from "~/utils/error-messages";

/** The one error page of the site: Korean copy, the right status, no stack traces for readers. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message = errorMessage(status);
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
