import { getFormProps, getInputProps } from "@conform-to/react";
import { parseForm, parseIntent } from "~/utils/form-parse";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ROLE_LABEL } from "~/accounts/roles";
import { requireRole } from "~/accounts/session.server";
import { resetPasswordSchema, updateUserSchema, MIN_PASSWORD_LENGTH } from "~/accounts/user-form";
import { getAdminUser, resetPassword, setUserDisabled, updateUser } from "~/accounts/users.server";
import { userRefusal } from "~/accounts/user-messages";
import { listAuditLog } from "~/audit/audit.server";
import { listCenterChoices } from "~/centers/center-admin.server";
import { AdminHeading, StateTag } from "~/components/admin-ui";
import { Notice } from "~/components/notice";
import { AuditPanel } from "~/audit/audit-trail";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Field, FormErrors } from "~/components/field";
import { FormSection } from "~/components/form-controls";
import { AccountFields, OneTimePassword } from "~/accounts/user-admin-form";
import { DATABASE_UNAVAILABLE_MESSAGE } from "~/utils/db-errors.server";
import { nullWhenDatabaseUnavailable, replyWith, unavailableReply } from "~/utils/form-reply.server";
import { notFound } from "~/utils/http.server";
import { useZodForm } from "~/utils/use-zod-form";

function userId(params: { id?: string }) {
  return /^\d{1,9}$/.test(params.id ?? "") ? Number(params.id) : notFound();
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const me = await requireRole(request, ["ADMIN"]);
  const user = await getAdminUser(userId(params));
  if (!user) notFound();
  return {
    user,
    isMe: user.id === me.id,
    centers: await listCenterChoices(),
    history: await listAuditLog({ entity: "User", entityId: user.id, take: 10 }),
  };
}

// Three forms post here; each answer names its form (`intent`) so only that form shows it. A save that meets
// another process's lock or a full disk answers 503 "잠시 후 다시 시도" over its form, what was typed kept.
export async function action({ request, params }: ActionFunctionArgs) {
  const me = await requireRole(request, ["ADMIN"]);
  const id = userId(params);
  if (!(await getAdminUser(id))) notFound();
  const formData = await request.formData();
  const intent = parseIntent(formData, ["update", "reset-password", "disable", "enable"]);
  if (intent === "update") {
    const submission = parseForm(formData, { schema: updateUserSchema });
    if (submission.status !== "success") return data({ intent, reply: submission.reply() }, { status: 400 });
    const result = await nullWhenDatabaseUnavailable(() => updateUser(id, submission.value, me.id));
    if (!result) return data({ intent, reply: unavailableReply(submission) }, { status: 503 });
    if (!result.ok) return data({ intent, reply: replyWith(submission, userRefusal[result.reason]) }, { status: 400 });
    throw redirect(`/admin/users/${id}?saved=updated`);
  }
  if (intent === "reset-password") {
    const submission = parseForm(formData, { schema: resetPasswordSchema });
    if (submission.status !== "success") return data({ intent, reply: submission.reply() }, { status: 400 });
    const reset = await nullWhenDatabaseUnavailable(() => resetPassword(id, submission.value.password, me.id));
    if (!reset) return data({ intent, reply: unavailableReply(submission, ["password"]) }, { status: 503 });
    return { intent, reply: submission.reply({ resetForm: true }), password: reset.password };
  }
  if (intent === "disable" || intent === "enable") {
    const result = await nullWhenDatabaseUnavailable(() => setUserDisabled(id, intent === "disable", me.id));
    if (!result) return data({ intent, error: DATABASE_UNAVAILABLE_MESSAGE }, { status: 503 });
    if (!result.ok) return data({ intent, error: userRefusal[result.reason].message }, { status: 400 });
    throw redirect(`/admin/users/${id}?saved=${intent}d`);
  }
  throw data("Bad Request", { status: 400 });
}

const SAVED: Record<string, string> = {
  updated: "저장했습니다. 바뀐 역할과 센터는 이 사용자의 다음 요청부터 적용됩니다.",
  disabled: "계정을 사용 중지했습니다. 로그인되어 있던 모든 기기에서 즉시 로그아웃되었습니다.",
  enabled: "계정을 다시 쓸 수 있게 했습니다.",
};

export default function EditUser() {
  const { user, isMe, centers, history } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const saved = actionData ? undefined : SAVED[params.get("saved") ?? ""];
  const replyFor = (intent: string) =>
    actionData && actionData.intent === intent && "reply" in actionData ? actionData.reply : undefined;
  const defaults = {
    email: user.email,
    name: user.name,
    role: user.role,
    centerId: user.centerId ? String(user.centerId) : "",
  };
  const [form, fields] = useZodForm(updateUserSchema, replyFor("update"), { defaultValue: defaults, id: "account" });
  const [resetForm, resetFields] = useZodForm(resetPasswordSchema, replyFor("reset-password"), { id: "reset" });
  const newPassword = actionData && "password" in actionData ? actionData.password : null;
  const toggleError = actionData && "error" in actionData ? actionData.error : null;
  return (
    <>
      <AdminHeading title={user.name} back={{ to: "/admin/users", label: "사용자 목록" }}>
        <span className="flex flex-wrap items-center gap-2">
          <StateTag tone="on">{ROLE_LABEL[user.role]}</StateTag>
          {user.disabledAt ? <StateTag tone="off">사용 중지</StateTag> : null}
          <span className="text-sm">
            {user.center ? `${user.center.name} · ` : ""}로그인 {user._count.sessions}곳
          </span>
        </span>
      </AdminHeading>
      {saved ? <Notice>{saved}</Notice> : null}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Form method="post" {...getFormProps(form)} className="space-y-4">
          <input type="hidden" name="intent" value="update" />
          <FormSection title="계정 정보">
            <FormErrors id={form.errorId} errors={form.errors} form={form} />
            <AccountFields fields={fields} centers={centers} fixedRole={isMe ? user.role : undefined} />
            <div className="flex justify-end">
              <button type="submit" className="btn btn-primary min-w-28">
                저장
              </button>
            </div>
          </FormSection>
        </Form>

        <div className="space-y-6">
          <FormSection title="비밀번호 재설정">
            {newPassword ? (
              <OneTimePassword password={newPassword}>
                비밀번호를 바꿨습니다. 이 사용자는 모든 기기에서 로그아웃되었습니다.
              </OneTimePassword>
            ) : null}
            <Form method="post" {...getFormProps(resetForm)} className="space-y-3" autoComplete="off">
              <input type="hidden" name="intent" value="reset-password" />
              <FormErrors id={resetForm.errorId} errors={resetForm.errors} form={resetForm} />
              <Field
                label="새 비밀번호"
                meta={resetFields.password}
                inputProps={{ ...getInputProps(resetFields.password, { type: "text" }), autoComplete: "new-password" }}
                optional
                hint={`비워 두면 새로 만들어 한 번만 보여 줍니다. 직접 정하려면 ${MIN_PASSWORD_LENGTH}자 이상.`}
              />
              <button type="submit" className="btn btn-ghost w-full">
                비밀번호 재설정
              </button>
            </Form>
          </FormSection>

          <FormSection title={user.disabledAt ? "계정 다시 사용" : "계정 사용 중지"}>
            {toggleError ? (
              <p role="alert" className="rounded-lg bg-orange-50 p-3 font-semibold text-orange-700">
                {toggleError}
              </p>
            ) : null}
            <p className="text-sm text-ink-soft">
              {user.disabledAt
                ? "다시 쓰게 하면 기존 비밀번호로 로그인할 수 있습니다."
                : "사용 중지하면 즉시 모든 기기에서 로그아웃되고 다시 로그인할 수 없습니다. 작성한 글과 기록은 그대로 남습니다."}
            </p>
            {isMe ? (
              <p className="text-sm font-semibold text-ink-soft">자신의 계정은 사용 중지할 수 없습니다.</p>
            ) : (
              <Form method="post">
                <input type="hidden" name="intent" value={user.disabledAt ? "enable" : "disable"} />
                <button
                  type="submit"
                  className={`btn w-full ${user.disabledAt ? "btn-primary" : "border border-orange-600 bg-white text-orange-700 hover:bg-orange-50"}`}
                >
                  {user.disabledAt ? "다시 사용하게 하기" : "계정 사용 중지"}
                </button>
              </Form>
            )}
          </FormSection>

          <AuditPanel entries={history} />
        </div>
      </div>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.user.name ?? "사용자"} | 광주자활뉴스` },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
