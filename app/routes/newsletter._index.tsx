import { getFormProps, getInputProps } from "@conform-to/react";
import { parseForm } from "~/utils/form-parse";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Field, FormErrors } from "~/components/field";
import { PageHeader } from "~/components/page-header";
import { kickNotificationDelivery } from "~/notifications/notifications.server";
import { CONSENT_TEXT, subscribeSchema } from "~/newsletter/subscription-form";
import { subscribe } from "~/newsletter/subscribers.server";
import { nullWhenDatabaseUnavailable, replyDatabaseUnavailable } from "~/utils/form-reply.server";
import { clientIp, createRateLimiter } from "~/utils/rate-limit.server";
import { useZodForm } from "~/utils/use-zod-form";
import { baseUrlFrom, seo } from "~/utils/seo";

// Per client address: a few requests, so the form can't be used to send confirmation mails to many strangers.
const limiter = createRateLimiter({ limit: 5, windowMs: 10 * 60_000 });

export async function loader({ request }: LoaderFunctionArgs) {
  return { sent: new URL(request.url).searchParams.get("sent") === "1" };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), { schema: subscribeSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  if (!(await limiter.hit(clientIp(context)))) {
    return data(submission.reply({ formErrors: ["요청이 너무 많습니다. 10분 뒤에 다시 시도해 주세요."] }), {
      status: 429,
    });
  }
  // The same answer whether or not the address was already subscribed: the form reveals no subscriber.
  const outcome = await nullWhenDatabaseUnavailable(() => subscribe(submission.value.email));
  // Another process's lock or a full disk: 503 "잠시 후 다시 시도" over the form, the address kept.
  if (!outcome) return replyDatabaseUnavailable(submission);
  if (outcome === "QUEUED") kickNotificationDelivery();
  return redirect("/newsletter?sent=1");
}

export const headers = () => ({ "Cache-Control": "private, no-store" });

export default function NewsletterPage() {
  const { sent } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm(subscribeSchema, lastResult);
  return (
    <>
      <PageHeader eyebrow="광주자활뉴스" title="웹진 구독">
        <p>새 월호가 나오면 커버스토리와 차례를 이메일로 보내 드립니다. 한 달에 한 번, 언제든 해지할 수 있습니다.</p>
      </PageHeader>
      <div className="container-page mt-8 max-w-md">
        {sent ? (
          <p role="status" className="mb-6 rounded-lg bg-teal-50 p-4 font-semibold text-teal-900">
            확인 메일을 보냈습니다. 메일의 ‘구독 확인하기’ 단추를 누르시면 구독이 시작됩니다. 메일이 보이지 않으면
            스팸함도 확인해 주세요.
          </p>
        ) : null}
        <Form method="post" {...getFormProps(form)} className="space-y-4">
          <FormErrors id={form.errorId} errors={form.errors} form={form} />
          <Field
            label="이메일 주소"
            meta={fields.email}
            inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
          />
          <div>
            <label className="flex items-start gap-2 text-sm leading-relaxed">
              <input
                {...getInputProps(fields.consent, { type: "checkbox" })}
                aria-describedby={fields.consent.errors ? fields.consent.errorId : undefined}
                className="mt-1 size-5 shrink-0 accent-teal-700"
              />
              <span>{CONSENT_TEXT}</span>
            </label>
            {fields.consent.errors ? (
              <p id={fields.consent.errorId} className="mt-1 text-sm font-semibold text-orange-700">
                {fields.consent.errors.join(" ")}
              </p>
            ) : null}
          </div>
          <button type="submit" className="btn btn-primary w-full text-base">
            구독 신청
          </button>
        </Form>
      </div>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) =>
  seo({
    baseUrl: baseUrlFrom(matches),
    path: "/newsletter",
    title: "웹진 구독",
    description: "광주자활뉴스 새 월호를 이메일로 받아 보세요.",
  });
