import { parseForm } from "~/utils/form-parse";
import { centerRefusal } from "~/centers/center-messages";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { listAuditLog } from "~/audit/audit.server";
import { centerFormDefaults, getAdminCenter, saveCenter } from "~/centers/center-admin.server";
import { centerSchema } from "~/centers/center-form";
import { AdminHeading } from "~/components/admin-ui";
import { Notice } from "~/components/notice";
import { AuditPanel } from "~/audit/audit-trail";
import { CenterAdminForm } from "~/centers/center-admin-form";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { nullWhenDatabaseUnavailable, replyDatabaseUnavailable, replyUnsaved } from "~/utils/form-reply.server";
import { notFound } from "~/utils/http.server";

function centerId(params: { id?: string }) {
  return /^\d{1,9}$/.test(params.id ?? "") ? Number(params.id) : notFound();
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const center = await getAdminCenter(centerId(params));
  if (!center) notFound();
  return {
    center: { id: center.id, name: center.name, slug: center.slug, version: center.updatedAt.toISOString() },
    defaults: centerFormDefaults(center),
    history: await listAuditLog({ entity: "Center", entityId: center.id, take: 8 }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN"]);
  const id = centerId(params);
  const submission = parseForm(await request.formData(), { schema: centerSchema });
  if (submission.status !== "success") return replyUnsaved(submission);
  const result = await nullWhenDatabaseUnavailable(() => saveCenter(id, submission.value, user.id));
  if (!result) return replyDatabaseUnavailable(submission);
  if (!result.ok) return replyUnsaved(submission, centerRefusal[result.reason]);
  throw redirect(`/admin/centers/${id}?saved=updated`);
}

const SAVED: Record<string, string> = { created: "센터를 등록했습니다.", updated: "저장했습니다." };

export default function EditCenter() {
  const { center, defaults, history } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const saved = SAVED[params.get("saved") ?? ""];
  return (
    <>
      <AdminHeading
        title={center.name}
        back={{ to: "/admin/centers", label: "센터 목록" }}
        actions={
          <Link to={`/centers/${center.slug}`} className="btn btn-ghost">
            센터 페이지 보기
          </Link>
        }
      />
      {saved && !lastResult ? <Notice>{saved}</Notice> : null}
      <CenterAdminForm key={center.version} lastResult={lastResult} defaultValue={defaults} submitLabel="저장" />
      <AuditPanel entries={history} className="mt-8" />
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.center.name ?? "센터"} 수정 | 광주자활뉴스` },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
