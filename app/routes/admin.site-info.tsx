import { getFormProps, getInputProps } from "@conform-to/react";
import { parseForm } from "~/utils/form-parse";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { listAuditLog } from "~/audit/audit.server";
import { AdminHeading } from "~/components/admin-ui";
import { Notice } from "~/components/notice";
import { AuditPanel } from "~/audit/audit-trail";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Field, FormErrors } from "~/components/field";
import { FormSection } from "~/components/form-controls";
import { formatBusinessNumber } from "~/site-info/seller-format";
import { SITE_INFO_FIELDS, siteInfoSchema } from "~/site-info/site-info-fields";
import { getSiteInfo, saveSiteInfo } from "~/site-info/site-info.server";
import { formatPhone } from "~/utils/format";
import { replyDatabaseUnavailable, replyUnsaved, savedUnlessUnavailable } from "~/utils/form-reply.server";
import { useZodForm } from "~/utils/use-zod-form";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const info = await getSiteInfo();
  return {
    defaults: {
      ...info,
      phone: info.phone ? formatPhone(info.phone) : "",
      businessNumber: formatBusinessNumber(info.businessNumber),
    },
    history: await listAuditLog({ entity: "SiteInfo", entityId: 1, take: 8 }),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN"]);
  const submission = parseForm(await request.formData(), { schema: siteInfoSchema });
  if (submission.status !== "success") return replyUnsaved(submission);
  if (!(await savedUnlessUnavailable(() => saveSiteInfo(submission.value, user.id)))) {
    return replyDatabaseUnavailable(submission);
  }
  throw redirect("/admin/site-info?saved=1");
}

export default function SiteInfoPage() {
  const { defaults, history } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const [form, fields] = useZodForm(siteInfoSchema, lastResult, { defaultValue: defaults });
  return (
    <>
      <AdminHeading title="사이트 정보">
        모든 공개 페이지 아래(바닥글)에 보이는 판매자 정보입니다. 비어 있는 칸은 바닥글에 &lsquo;등록 전&rsquo;으로
        보이고 출시 전 점검 목록에 남습니다.
      </AdminHeading>
      {params.get("saved") && !lastResult ? <Notice>저장했습니다.</Notice> : null}
      <Form method="post" {...getFormProps(form)} className="space-y-6">
        <FormErrors id={form.errorId} errors={form.errors} form={form} />
        <FormSection title="판매자 정보">
          <div className="grid gap-4 md:grid-cols-2">
            {SITE_INFO_FIELDS.map((f) => (
              <Field
                key={f.name}
                label={f.label}
                meta={fields[f.name]}
                hint={"hint" in f ? f.hint : undefined}
                inputProps={getInputProps(fields[f.name], { type: f.name === "email" ? "email" : "text" })}
              />
            ))}
          </div>
        </FormSection>
        <button type="submit" className="btn btn-primary">
          저장
        </button>
      </Form>
      <AuditPanel entries={history} className="mt-8" />
    </>
  );
}

export const meta: MetaFunction = () => [
  { title: "사이트 정보 | 광주자활뉴스" },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
