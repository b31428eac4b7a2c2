import { getFormProps, getInputProps } from "@conform-to/react";
import { parseForm } from "~/utils/form-parse";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { toKstInput } from "~/cms/kst-input";
import { MarkdownField } from "~/cms/markdown-field";
import { AdminHeading } from "~/components/admin-ui";
import { Notice } from "~/components/notice";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Field, FormErrors } from "~/components/field";
import { listPolicyVersions, publishPolicy, renderPolicy } from "~/policies/policies.server";
import { effectiveAtProblem, policySchema } from "~/policies/policy-form";
import { policyBySlug } from "~/policies/policy-kinds";
import { prisma } from "~/utils/db.server";
import { formatDate, formatDateTime } from "~/utils/format";
import { nullWhenDatabaseUnavailable, replyDatabaseUnavailable, replyUnsaved } from "~/utils/form-reply.server";
import { notFound } from "~/utils/http.server";
import { useZodForm } from "~/utils/use-zod-form";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const policy = policyBySlug(params.slug) ?? notFound();
  const versions = await listPolicyVersions(policy.kind);
  const latest = await prisma.policyVersion.findUniqueOrThrow({
    where: { kind_version: { kind: policy.kind, version: versions[0]!.version } },
    select: { body: true },
  });
  return {
    policy,
    versions,
    defaults: { body: latest.body, effectiveAt: toKstInput(new Date()), note: "" },
    previewHtml: await renderPolicy(latest.body),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN"]);
  const policy = policyBySlug(params.slug) ?? notFound();
  const submission = parseForm(await request.formData(), { schema: policySchema });
  if (submission.status !== "success") return replyUnsaved(submission);
  const problem = effectiveAtProblem(submission.value.effectiveAt);
  if (problem) return replyUnsaved(submission, { field: "effectiveAt", message: problem });
  const result = await nullWhenDatabaseUnavailable(() => publishPolicy(policy.kind, submission.value, user.id));
  if (!result) return replyDatabaseUnavailable(submission);
  if (!result.ok) {
    return replyUnsaved(submission, {
      field: "form",
      message: "다른 관리자가 방금 새 버전을 게시했습니다. 다시 확인해 주세요.",
    });
  }
  throw redirect(`/admin/policies/${policy.slug}?published=${result.data.version}`);
}

export default function EditPolicy() {
  const { policy, versions, defaults, previewHtml } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const [form, fields] = useZodForm(policySchema, lastResult, {
    defaultValue: defaults,
    id: `policy-${versions[0]!.version}`,
  });
  const published = params.get("published");
  return (
    <>
      <AdminHeading title={policy.title} back={{ to: "/admin/policies", label: "약관·방침" }}>
        {"{{상호}}"}, {"{{전화}}"}, {"{{보호책임자}}"}, {"{{생산 센터}}"} 같은 자리에는 사이트 정보와 상품을 파는 센터가
        채워집니다. 〔입력 필요: …〕 부분을 모두 채워야 출시 전 점검에서 빠집니다.
      </AdminHeading>
      {published && !lastResult ? <Notice>제{published}판을 게시했습니다.</Notice> : null}
      <Form method="post" {...getFormProps(form)} className="space-y-6">
        <FormErrors id={form.errorId} errors={form.errors} form={form} />
        <MarkdownField meta={fields.body} initialHtml={previewHtml} label="본문 (Markdown)" />
        <div className="grid gap-4 md:grid-cols-2">
          <Field
            label="시행 일시"
            meta={fields.effectiveAt}
            hint="한국 시간. 고객에게 불리한 변경은 30일 뒤로 정해 주세요."
            inputProps={getInputProps(fields.effectiveAt, { type: "datetime-local" })}
          />
          <Field
            label="바뀐 내용"
            meta={fields.note}
            optional
            inputProps={getInputProps(fields.note, { type: "text" })}
          />
        </div>
        <button type="submit" className="btn btn-primary">
          새 버전으로 게시
        </button>
      </Form>
      <section aria-labelledby="versions" className="mt-8 rounded-xl border border-line bg-white p-5">
        <h2 id="versions" className="mb-3 text-lg font-extrabold text-teal-950">
          버전 기록
        </h2>
        <ul className="space-y-2 text-sm">
          {versions.map((v) => (
            <li key={v.version}>
              <Link
                to={`/policies/${policy.slug}?version=${v.version}`}
                className="font-semibold text-teal-800 underline"
              >
                제{v.version}판
              </Link>{" "}
              · 시행 {new Date(v.effectiveAt).getTime() === 0 ? "처음부터" : formatDate(v.effectiveAt)} ·{" "}
              {v.createdBy ? `${v.createdBy.name}, ${formatDateTime(v.createdAt)}` : "기본 초안"}
              {v.note ? ` · ${v.note}` : ""}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.policy.title ?? "약관"} 고치기 | 광주자활뉴스` },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
