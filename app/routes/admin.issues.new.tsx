import { getFormProps, getInputProps } from "@conform-to/react";
import { issueRefusal } from "~/cms/issue-messages";
import { parseForm } from "~/utils/form-parse";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { issueDetailsSchema, issueTitleFor } from "~/cms/issue-forms";
import { createIssue, suggestedIssueKey } from "~/cms/issues.server";
import { AdminHeading } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Field, FormErrors } from "~/components/field";
import { nullWhenDatabaseUnavailable, replyDatabaseUnavailable, replyUnsaved } from "~/utils/form-reply.server";
import { useZodForm } from "~/utils/use-zod-form";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN", "EDITOR"]);
  const key = await suggestedIssueKey();
  return { defaults: { key, title: issueTitleFor(key), tagline: "" } };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "EDITOR"]);
  const submission = parseForm(await request.formData(), { schema: issueDetailsSchema });
  if (submission.status !== "success") return replyUnsaved(submission);
  const result = await nullWhenDatabaseUnavailable(() => createIssue(submission.value, user.id));
  if (!result) return replyDatabaseUnavailable(submission);
  if (!result.ok) return replyUnsaved(submission, issueRefusal(result));
  throw redirect(`/admin/issues/${result.data.key}?notice=created`);
}

export default function NewIssue() {
  const { defaults } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm(issueDetailsSchema, lastResult, { defaultValue: defaults });
  return (
    <>
      <AdminHeading title="새 월호 만들기" back={{ to: "/admin/issues", label: "월호 목록" }}>
        만든 월호는 ‘준비 중’ 상태로, 발행하기 전에는 독자에게 보이지 않습니다.
      </AdminHeading>
      <Form
        method="post"
        {...getFormProps(form)}
        className="max-w-xl space-y-5 rounded-xl border border-line bg-white p-4 sm:p-6"
      >
        <FormErrors id={form.errorId} errors={form.errors} form={form} />
        <Field
          label="월호 번호"
          meta={fields.key}
          hint="연도-월 (예: 2024-01). 월호 주소가 됩니다: /issues/2024-01"
          inputProps={{ ...getInputProps(fields.key, { type: "text" }), inputMode: "numeric", autoComplete: "off" }}
        />
        <Field
          label="월호 이름"
          meta={fields.title}
          hint="예: 2024년 1월호"
          inputProps={{ ...getInputProps(fields.title, { type: "text" }), autoComplete: "off" }}
        />
        <Field
          label="한 줄 소개"
          meta={fields.tagline}
          optional
          hint="월호 목차와 첫 화면에 보입니다."
          inputProps={{ ...getInputProps(fields.tagline, { type: "text" }), autoComplete: "off" }}
        />
        <button type="submit" className="btn btn-primary w-full sm:w-auto">
          월호 만들기
        </button>
      </Form>
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "새 월호 | 광주자활뉴스" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
