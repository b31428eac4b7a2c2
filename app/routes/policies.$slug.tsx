import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PageHeader } from "~/components/page-header";
import { currentPolicyVersions, getPolicyVersion, listPolicyVersions, renderPolicy } from "~/policies/policies.server";
import { POLICY_KINDS, policyBySlug } from "~/policies/policy-kinds";
import { formatDate } from "~/utils/format";
import { notFound, publicPageHeaders } from "~/utils/http.server";
import { baseUrlFrom, seo } from "~/utils/seo";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const policy = policyBySlug(params.slug) ?? notFound();
  const asked = new URL(request.url).searchParams.get("version");
  const now = new Date();
  const current = (await currentPolicyVersions(now))[policy.kind];
  let shown = current;
  if (asked !== null) {
    if (!/^\d{1,6}$/.test(asked)) notFound();
    shown = (await getPolicyVersion(policy.kind, Number(asked))) ?? notFound();
  }
  const versions = await listPolicyVersions(policy.kind);
  return {
    policy,
    html: await renderPolicy(shown.body),
    shown: { version: shown.version, effectiveAt: shown.effectiveAt, isCurrent: shown.id === current.id },
    current: { version: current.version },
    versions: versions.map((v) => ({
      version: v.version,
      effectiveAt: v.effectiveAt,
      upcoming: v.effectiveAt > now,
      note: v.note,
    })),
  };
}

export const headers = publicPageHeaders;

/** Version 1 is the built-in draft, in force from the start (stored as the epoch). */
const since = (date: Date | string) => (new Date(date).getTime() === 0 ? "처음부터" : formatDate(date));

export default function PolicyPage() {
  const { policy, html, shown, current, versions } = useLoaderData<typeof loader>();
  const upcoming = versions.find((v) => v.upcoming);
  return (
    <>
      <PageHeader eyebrow="소소드림" title={policy.title}>
        <p>
          {shown.isCurrent ? "현재 시행 중인 " : "지난 "}제{shown.version}판 · 시행일 {since(shown.effectiveAt)}
        </p>
      </PageHeader>
      <div className="container-page mt-6 grid gap-8 lg:grid-cols-[1fr_16rem]">
        <div className="min-w-0">
          {!shown.isCurrent ? (
            <p role="note" className="mb-4 rounded-lg border border-orange-500 bg-cream p-4 font-semibold">
              지난 버전입니다.{" "}
              <Link to={`/policies/${policy.slug}`} className="text-teal-800 underline">
                지금 시행 중인 제{current.version}판 보기
              </Link>
            </p>
          ) : null}
          {upcoming && shown.isCurrent ? (
            <p role="note" className="mb-4 rounded-lg border border-teal-200 bg-teal-50 p-4">
              {formatDate(upcoming.effectiveAt)}부터{" "}
              <Link to={`?version=${upcoming.version}`} className="font-semibold text-teal-800 underline">
                제{upcoming.version}판
              </Link>
              이 시행됩니다.
            </p>
          ) : null}
          <div
            className="prose-article rounded-xl border border-line bg-white p-5 sm:p-8"
            dangerouslySetInnerHTML={{ __html: html }}
          />
        </div>
        <aside className="space-y-6 text-sm">
          <nav aria-label="약관과 방침">
            <h2 className="mb-2 font-bold text-teal-950">약관과 방침</h2>
            <ul className="space-y-1">
              {POLICY_KINDS.map((p) => (
                <li key={p.slug}>
                  <Link
                    to={`/policies/${p.slug}`}
                    aria-current={p.slug === policy.slug ? "page" : undefined}
                    className="inline-flex min-h-11 items-center text-teal-800 hover:underline aria-[current=page]:font-bold"
                  >
                    {p.title}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <section aria-labelledby="versions-title">
            <h2 id="versions-title" className="mb-2 font-bold text-teal-950">
              버전 기록
            </h2>
            <ul className="space-y-1">
              {versions.map((v) => (
                <li key={v.version}>
                  <Link
                    to={`?version=${v.version}`}
                    className="inline-flex min-h-11 items-center text-teal-800 hover:underline"
                    aria-current={v.version === shown.version ? "page" : undefined}
                  >
                    제{v.version}판 · {since(v.effectiveAt)} 시행{v.upcoming ? " 예정" : ""}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  seo({
    baseUrl: baseUrlFrom(matches),
    path: `/policies/${data?.policy.slug ?? ""}`,
    title: data?.policy.title ?? "약관",
    description: `소소드림 상점의 ${data?.policy.title ?? "약관"}`,
  });
