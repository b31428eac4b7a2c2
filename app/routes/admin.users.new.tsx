import { getFormProps, getInputProps } from "@conform-to/react";
import { parseForm } from "~/utils/form-parse";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { createUserSchema, MIN_PASSWORD_LENGTH } from "~/accounts/user-form";
import { createUser } from "~/accounts/users.server";
import { listCenterChoices } from "~/centers/center-admin.server";
import { AdminHeading } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Field, FormErrors } from "~/components/field";
import { FormSection } from "~/components/form-controls";
import { AccountFields, OneTimePassword } from "~/accounts/user-admin-form";
import { userRefusal } from "~/accounts/user-messages";
import { nullWhenDatabaseUnavailable, replyDatabaseUnavailable, replyUnsaved } from "~/utils/form-reply.server";
import { useZodForm } from "~/utils/use-zod-form";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  return { centers: await listCenterChoices() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN"]);
  const submission = parseForm(await request.formData(), { schema: createUserSchema });
  if (submission.status !== "success") return replyUnsaved(submission);
  const result = await nullWhenDatabaseUnavailable(() => createUser(submission.value, user.id));
  if (!result) return replyDatabaseUnavailable(submission);
  if (!result.ok) return replyUnsaved(submission, userRefusal[result.reason]);
  // Shown once on this response, never stored in plain text (no redirect, so nothing to reload).
  const { email, name } = submission.value;
  return { created: { id: result.data.id, email, name, password: result.data.password } };
}

export default function NewUser() {
  const { centers } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const created = actionData && "created" in actionData ? actionData.created : null;
  const lastResult = actionData && !("created" in actionData) ? actionData : undefined;
  const [form, fields] = useZodForm(createUserSchema, lastResult);
  if (created) {
    return (
      <>
        <AdminHeading title="계정을 만들었습니다" back={{ to: "/admin/users", label: "사용자 목록" }} />
        <div className="max-w-xl space-y-4">
          <OneTimePassword password={created.password}>
            {created.name} ({created.email}) 계정을 만들었습니다.
          </OneTimePassword>
          <div className="flex flex-wrap gap-2">
            <Link to={`/admin/users/${created.id}`} className="btn btn-primary">
              계정 보기
            </Link>
            <Link to="/admin/users/new" className="btn btn-ghost" reloadDocument>
              계정 하나 더 만들기
            </Link>
          </div>
        </div>
      </>
    );
  }
  return (
    <>
      <AdminHeading title="계정 만들기" back={{ to: "/admin/users", label: "사용자 목록" }} />
      <Form method="post" {...getFormProps(form)} className="max-w-3xl space-y-6" autoComplete="off">
        <FormErrors id={form.errorId} errors={form.errors} form={form} />
        <FormSection title="계정 정보">
          <AccountFields fields={fields} centers={centers} />
        </FormSection>
        <FormSection title="첫 비밀번호">
          <Field
            label="비밀번호"
            meta={fields.password}
            inputProps={{ ...getInputProps(fields.password, { type: "text" }), autoComplete: "new-password" }}
            optional
            hint={`비워 두면 읽기 쉬운 비밀번호를 만들어 한 번만 보여 줍니다. 직접 정하려면 ${MIN_PASSWORD_LENGTH}자 이상.`}
          />
        </FormSection>
        <div className="flex justify-end">
          <button type="submit" className="btn btn-primary min-w-32 text-base">
            계정 만들기
          </button>
        </div>
      </Form>
    </>
  );
}

export const meta: MetaFunction = () => [
  { title: "계정 만들기 | 광주자활뉴스" },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
