import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { AdminHeading, StateTag } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { currentPolicyVersions, unfinishedPolicies } from "~/policies/policies.server";
import { POLICY_KINDS } from "~/policies/policy-kinds";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const [current, unfinished] = await Promise.all([currentPolicyVersions(), unfinishedPolicies()]);
  return {
    rows: POLICY_KINDS.map((p) => ({
      ...p,
      version: current[p.kind].version,
      problems: unfinished.find((u) => u.kind === p.kind)?.problems ?? [],
    })),
  };
}

export default function AdminPolicies() {
  const { rows } = useLoaderData<typeof loader>();
  return (
    <>
      <AdminHeading title="약관·방침">
        고객이 주문할 때 동의하는 글입니다. 고치면 새 버전으로 게시되고, 지난 버전과 그 버전에 동의한 주문은 그대로
        남습니다.
      </AdminHeading>
      <ul className="grid gap-4 md:grid-cols-3">
        {rows.map((r) => (
          <li key={r.slug} className="rounded-xl border border-line bg-white p-5">
            <h2 className="text-lg font-extrabold text-teal-950">{r.title}</h2>
            <p className="mt-1 text-sm text-ink-soft">시행 중: 제{r.version}판</p>
            <p className="mt-2">
              {r.problems.length ? <StateTag tone="warn">점검 필요</StateTag> : <StateTag tone="on">게시됨</StateTag>}
            </p>
            {r.problems.length ? (
              <ul className="mt-2 list-disc pl-5 text-sm">
                {r.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
            <div className="mt-4 flex flex-wrap gap-2">
              <Link to={`/admin/policies/${r.slug}`} className="btn btn-primary">
                고치기
              </Link>
              <Link to={`/policies/${r.slug}`} className="btn btn-ghost">
                공개 페이지
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "약관·방침 | 광주자활뉴스" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
