import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { homePathFor } from "~/accounts/roles";
import { requireRole } from "~/accounts/session.server";
import { AdminHeading } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { WORK_FILTER_LABEL, type WorkFilter } from "~/orders/part-work";
import { countCenterWork } from "~/orders/part-work.server";
import { countOpenRequests } from "~/orders/part-request-queries.server";
import { countOpenPaymentReviews } from "~/orders/payment-reviews.server";

// The admin's home: what the centers have to do now and what is late. Editors go to their articles.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "EDITOR"]);
  if (user.role !== "ADMIN") throw redirect(homePathFor(user.role));
  const [work, openReviews, openRequests] = await Promise.all([
    countCenterWork(),
    countOpenPaymentReviews(),
    countOpenRequests(),
  ]);
  return { ...work, openReviews, openRequests };
}

const ordersHref = (work: WorkFilter) => `/admin/orders?work=${work}`;

function CountCard({
  work,
  count,
  late = false,
  to = ordersHref(work as WorkFilter),
}: {
  work: WorkFilter | "REVIEW";
  count: number;
  late?: boolean;
  to?: string;
}) {
  const alarm = late && count > 0;
  return (
    <li>
      <Link
        to={to}
        className={`block rounded-xl border p-4 shadow-sm hover:border-teal-700 ${
          alarm ? "border-orange-500 bg-orange-50" : "border-line bg-white"
        }`}
      >
        <span className={`block text-sm font-semibold ${alarm ? "text-orange-800" : "text-ink-soft"}`}>
          {work === "REVIEW" ? "결제 확인 필요" : WORK_FILTER_LABEL[work]}
        </span>
        <span
          className={`mt-1 block text-2xl font-extrabold tabular-nums ${alarm ? "text-orange-700" : "text-teal-950"}`}
        >
          {count.toLocaleString("ko-KR")}건
        </span>
      </Link>
    </li>
  );
}

export default function AdminHome() {
  const { counts, lateByCenter, openReviews, openRequests } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-8">
      <AdminHeading title="오늘의 일">
        센터별 주문 처리 현황입니다. 숫자를 누르면 해당 주문 목록으로 갑니다.
      </AdminHeading>
      <section aria-labelledby="requests-title">
        <h2 id="requests-title" className="mb-3 text-lg font-extrabold text-teal-950">
          취소·반품·교환 요청
        </h2>
        <Link
          to="/admin/requests"
          className={`block rounded-xl border p-4 shadow-sm hover:border-teal-700 sm:w-1/2 ${
            openRequests > 0 ? "border-orange-500 bg-orange-50" : "border-line bg-white"
          }`}
        >
          <span className="block text-sm font-semibold text-ink-soft">처리 대기 중인 요청</span>
          <span className="mt-1 block text-2xl font-extrabold tabular-nums text-teal-950">
            {openRequests.toLocaleString("ko-KR")}건
          </span>
        </Link>
      </section>
      <section aria-labelledby="late-title">
        <h2 id="late-title" className="mb-3 text-lg font-extrabold text-teal-950">
          먼저 볼 일
        </h2>
        <ul className="grid gap-3 sm:grid-cols-3">
          {/* Money the provider reported that no order state accounts for: nothing paid waits unseen. */}
          <CountCard work="REVIEW" count={openReviews} late to="/admin/payment-reviews" />
          <CountCard work="ACCEPT_LATE" count={counts.ACCEPT_LATE} late />
          <CountCard work="SHIP_LATE" count={counts.SHIP_LATE} late />
        </ul>
        {lateByCenter.length ? (
          <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-white text-[15px]">
            {lateByCenter.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <span className="font-bold text-teal-950">{c.shortName}</span>
                <span className="text-ink-soft">
                  {c.acceptLate ? `발주확인 지연 ${c.acceptLate}건` : ""}
                  {c.acceptLate && c.shipLate ? " · " : ""}
                  {c.shipLate ? `배송 지연 ${c.shipLate}건` : ""}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-ink-soft">늦어지는 주문이 없습니다.</p>
        )}
      </section>
      <section aria-labelledby="work-title">
        <h2 id="work-title" className="mb-3 text-lg font-extrabold text-teal-950">
          처리 단계별
        </h2>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <CountCard work="NEW" count={counts.NEW} />
          <CountCard work="ACCEPTED" count={counts.ACCEPTED} />
          <CountCard work="SHIPPED" count={counts.SHIPPED} />
        </ul>
        <p className="mt-3 text-sm text-ink-soft">
          한 주문에 여러 센터 상품이 있으면 센터마다 따로 셉니다.{" "}
          <Link to="/admin/settlement" className="font-semibold text-teal-800 underline">
            이번 달 정산 보기
          </Link>
        </p>
      </section>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "관리 홈 | 광주자활뉴스" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
