import { parseForm } from "~/utils/form-parse";
import { centerRefusal } from "~/centers/center-messages";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { saveCenter } from "~/centers/center-admin.server";
import { centerSchema } from "~/centers/center-form";
import { AdminHeading } from "~/components/admin-ui";
import { CenterAdminForm } from "~/centers/center-admin-form";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { nullWhenDatabaseUnavailable, replyDatabaseUnavailable, replyUnsaved } from "~/utils/form-reply.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN"]);
  const submission = parseForm(await request.formData(), { schema: centerSchema });
  if (submission.status !== "success") return replyUnsaved(submission);
  const result = await nullWhenDatabaseUnavailable(() => saveCenter(null, submission.value, user.id));
  if (!result) return replyDatabaseUnavailable(submission);
  if (!result.ok) return replyUnsaved(submission, centerRefusal[result.reason]);
  throw redirect(`/admin/centers/${result.data.id}?saved=created`);
}

const NEW_CENTER = { kind: "LOCAL", shippingFee: "3000", freeShippingThreshold: "30000" };

export default function NewCenter() {
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <AdminHeading title="센터 등록" back={{ to: "/admin/centers", label: "센터 목록" }} />
      <CenterAdminForm lastResult={lastResult} defaultValue={NEW_CENTER} submitLabel="센터 등록" />
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "센터 등록 | 광주자활뉴스" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
