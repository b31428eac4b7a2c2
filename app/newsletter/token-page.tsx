// The confirm and unsubscribe pages: what the token's subscription is now, and one button to change it.
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { PageHeader } from "~/components/page-header";

export function TokenPage({
  title,
  message,
  button,
  token,
}: {
  title: string;
  message: ReactNode;
  /** The one action the page offers, if any. */
  button?: string;
  token: string;
}) {
  return (
    <>
      <PageHeader eyebrow="웹진 구독" title={title} />
      <div className="container-page mt-8 max-w-md space-y-6">
        <p role="status" className="text-ink">
          {message}
        </p>
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
