import { getFormProps, getInputProps } from "@conform-to/react";
import { parseForm } from "~/utils/form-parse";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { logIn } from "~/accounts/login.server";
import { homePathFor } from "~/accounts/roles";
import { getUser } from "~/accounts/session.server";
import { Field, FormErrors } from "~/components/field";
import { PageHeader } from "~/components/page-header";
import { useZodForm } from "~/utils/use-zod-form";
import { clientIp } from "~/utils/rate-limit.server";
import { nullWhenDatabaseUnavailable, replyDatabaseUnavailable } from "~/utils/form-reply.server";
import { safeRedirect } from "~/utils/safe-redirect.server";

const loginSchema = z.object({
  email: z.string({ required_error: "이메일을 입력해 주세요." }).trim().email("이메일 주소를 정확히 입력해 주세요."),
  password: z.string({ required_error: "비밀번호를 입력해 주세요." }),
  redirectTo: z.string().optional(),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo"), homePathFor(user.role)));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), { schema: loginSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  const result = await nullWhenDatabaseUnavailable(() =>
    logIn(submission.value.email, submission.value.password, clientIp(context)),
  );
  if (!result) return replyDatabaseUnavailable(submission, ["password"]);
  if ("setCookie" in result) {
    const target = safeRedirect(submission.value.redirectTo, homePathFor(result.user.role));
    return redirect(target, { headers: { "Set-Cookie": result.setCookie } });
  }
  const limited = result.error === "RATE_LIMITED";
  const message = limited
    ? `로그인 시도가 너무 많습니다. ${Math.max(1, Math.ceil(result.retryAfterSeconds / 60))}분 뒤에 다시 시도해 주세요.`
    : "이메일 또는 비밀번호가 올바르지 않습니다.";
  return data(submission.reply({ formErrors: [message], hideFields: ["password"] }), {
    status: limited ? 429 : 401,
    headers: limited ? { "Retry-After": String(result.retryAfterSeconds) } : undefined,
  });
}

export const headers = () => ({ "Cache-Control": "private, no-store" });

export default function LoginPage() {
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const [form, fields] = useZodForm(loginSchema, lastResult);
  return (
    <>
      <PageHeader eyebrow="광주광역자활센터" title="담당자 로그인">
        <p>광역자활센터와 지역자활센터 담당자만 이용할 수 있습니다.</p>
      </PageHeader>
      <Form method="post" {...getFormProps(form)} className="container-page mt-8 max-w-md space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} form={form} />
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <Field
          label="이메일"
          meta={fields.email}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "username" }}
        />
        <Field
          label="비밀번호"
          meta={fields.password}
          inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "current-password" }}
        />
        <button type="submit" className="btn btn-primary w-full text-base">
          로그인
        </button>
      </Form>
    </>
  );
}

export const meta: MetaFunction = () => [
  { title: "담당자 로그인 | 광주자활뉴스" },
  { name: "robots", content: "noindex" },
];
