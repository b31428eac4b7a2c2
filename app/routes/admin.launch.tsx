import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { AdminHeading } from "~/components/admin-ui";
import { Notice } from "~/components/notice";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { launchChecklist } from "~/launch/launch-checklist.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  return { items: await launchChecklist() };
}

export default function LaunchChecklist() {
  const { items } = useLoaderData<typeof loader>();
  const areas = [...new Set(items.map((i) => i.area))];
  return (
    <>
      <AdminHeading title="출시 전 점검">
        실제 판매를 시작하기 전에 채우거나 설정해야 할 것들입니다. 채우면 목록에서 사라집니다.
      </AdminHeading>
      {items.length === 0 ? (
        <Notice>남은 항목이 없습니다. 판매를 시작할 수 있습니다.</Notice>
      ) : (
        <p className="mb-6 font-semibold text-orange-700" role="status">
          남은 항목 {items.length}개
        </p>
      )}
      <div className="space-y-6">
        {areas.map((area) => (
          <section
            key={area}
            aria-labelledby={`area-${area}`}
            className="rounded-xl border border-line bg-white p-4 sm:p-6"
          >
            <h2 id={`area-${area}`} className="mb-3 text-lg font-extrabold text-teal-950">
              {area}
            </h2>
            <ul className="divide-y divide-line">
              {items
                .filter((i) => i.area === area)
                .map((i) => (
                  <li key={`${i.title}-${i.detail}`} className="flex flex-wrap items-center gap-3 py-3">
                    <div className="mr-auto min-w-0">
                      <p className="font-bold text-teal-950">{i.title}</p>
                      <p className="text-sm text-ink-soft">{i.detail}</p>
                    </div>
                    {i.href ? (
                      <Link to={i.href} className="btn btn-ghost">
                        채우기<span className="sr-only">: {i.title}</span>
                      </Link>
                    ) : (
                      <span className="text-sm text-ink-soft">서버 환경 변수 (README 참고)</span>
                    )}
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}

export const meta: MetaFunction = () => [
  { title: "출시 전 점검 | 광주자활뉴스" },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
