import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { destroySession, getUser } from "~/accounts/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/field";
import { DATABASE_UNAVAILABLE_MESSAGE } from "~/utils/db-errors.server";
import { nullWhenDatabaseUnavailable } from "~/utils/form-reply.server";

// Logging out changes state, so it is a POST. A plain visit goes home, unless someone is signed in: then the
// page offers the button (it is also the page a logout that could not be saved answers with, below).
export async function loader({ request }: LoaderFunctionArgs) {
  return (await getUser(request)) ? null : redirect("/");
}

// Sessions live in the database: logging out deletes the row, so a copy of the cookie is worthless after it.
// When the database can't take that write (another process's lock, a full disk) the cookie stays, and this
// page says so and offers the button again: clearing only the cookie would leave the session usable.
export async function action({ request }: ActionFunctionArgs) {
  const cleared = await nullWhenDatabaseUnavailable(() => destroySession(request));
  if (!cleared) return data({ error: DATABASE_UNAVAILABLE_MESSAGE }, { status: 503 });
  return redirect("/", { headers: { "Set-Cookie": cleared } });
}

export default function LogoutAgain() {
  const answer = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="section-title">로그아웃</h1>
      <Form method="post" action="/logout" className="mt-4 grid gap-3">
        <FormErrors
          id="logout-errors"
          errors={answer?.error ? [`로그아웃하지 못했습니다. ${answer.error}`] : undefined}
        />
        <div>
          <button type="submit" className="btn btn-primary min-h-11">
            로그아웃
          </button>
        </div>
      </Form>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "로그아웃 | 광주자활뉴스" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
