// The confirm and unsubscribe pages: what the token's subscription is now, and one button to change it.
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { PageHeader } from "~/components/page-header";

export function TokenPage({
  title,
  message,
  button,
  error,
  token,
}: {
  title: string;
  message: ReactNode;
  /** The one action the page offers, if any. */
  button?: string;
  /** Why the button's last press changed nothing (the database couldn't take the write just now). */
  error?: string | null;
  token: string;
}) {
  return (
    <>
      <PageHeader eyebrow="웹진 구독" title={title} />
      <div className="container-page mt-8 max-w-md space-y-6">
        <p role="status" className="text-ink">
          {message}
        </p>
        {error ? (
          <p role="alert" className="rounded-lg bg-orange-50 p-3 font-semibold text-orange-700">
            {error}
          </p>
        ) : null}
        {button ? (
          <Form method="post" action={`?token=${encodeURIComponent(token)}`}>
            <button type="submit" className="btn btn-primary w-full text-base">
              {button}
            </button>
          </Form>
        ) : null}
      </div>
    </>
  );
}
