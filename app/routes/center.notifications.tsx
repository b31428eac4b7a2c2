import { getFormProps, getInputProps } from "@conform-to/react";
import { parseForm } from "~/utils/form-parse";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireCenterStaff } from "~/accounts/session.server";
import { Notice } from "~/components/notice";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { staffPreferencesSchema } from "~/notifications/staff-preferences";
import { getStaffPreferences, saveStaffPreferences } from "~/notifications/staff-preferences.server";
import { replyDatabaseUnavailable, replyUnsaved, savedUnlessUnavailable } from "~/utils/form-reply.server";
import { useZodForm } from "~/utils/use-zod-form";

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireCenterStaff(request);
  return { preferences: await getStaffPreferences(staff.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireCenterStaff(request);
  const submission = parseForm(await request.formData(), { schema: staffPreferencesSchema });
  if (submission.status !== "success") return replyUnsaved(submission);
  if (!(await savedUnlessUnavailable(() => saveStaffPreferences(staff.id, submission.value)))) {
    return replyDatabaseUnavailable(submission);
  }
  throw redirect("/center/notifications?saved=1");
}

const CHOICES = [
  {
    name: "notifyNewOrders",
    label: "새 주문 알림",
    hint: "우리 센터 상품이 들어 있는 주문이 결제되면 알려 드립니다.",
  },
  {
    name: "notifyRequests",
    label: "요청 알림",
    hint: "고객의 취소·반품 요청, 광역자활센터의 취소·환불 처리, 우리 센터 요청에 대한 답을 알려 드립니다.",
  },
] as const;

export default function CenterNotificationSettings() {
  const { preferences } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const [form, fields] = useZodForm(staffPreferencesSchema, lastResult, {
    defaultValue: {
      notifyNewOrders: preferences.notifyNewOrders ? "on" : undefined,
      notifyRequests: preferences.notifyRequests ? "on" : undefined,
    },
  });
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-extrabold text-teal-950">알림 메일 설정</h1>
      <p className="mt-2 text-[15px] break-keep text-ink-soft">
        받는 주소: <strong className="[overflow-wrap:anywhere] text-teal-950">{preferences.email}</strong> · 이 설정은
        나에게만 적용되고, 같은 센터의 다른 담당자에게는 영향을 주지 않습니다.
      </p>
      {params.get("saved") && !lastResult ? (
        <div className="mt-4">
          <Notice>저장했습니다.</Notice>
        </div>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="mt-5 space-y-3">
        {CHOICES.map((choice) => {
          const field = fields[choice.name];
          return (
            <div key={choice.name} className="flex items-start gap-3 rounded-xl border border-line bg-white p-4">
              <input
                {...getInputProps(field, { type: "checkbox" })}
                key={field.key}
                aria-describedby={`${field.id}-hint`}
                className="mt-1 size-5 shrink-0 accent-teal-800"
              />
              <div>
                <label htmlFor={field.id} className="font-bold text-teal-950">
                  {choice.label}
                </label>
                <p id={`${field.id}-hint`} className="text-sm break-keep text-ink-soft">
                  {choice.hint}
                </p>
              </div>
            </div>
          );
        })}
        <button type="submit" className="btn btn-primary w-full sm:w-auto">
          저장
        </button>
      </Form>
    </div>
  );
}

export const meta: MetaFunction = () => [
  { title: "알림 메일 설정 | 센터 업무" },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
