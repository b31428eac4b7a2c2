import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireCenterStaff } from "~/accounts/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { NothingToPrint, PickingChecklist, PickingTotals, PrintToolbar } from "~/fulfilment/packing-paper";
import { loadPickingList } from "~/fulfilment/packing.server";
import { formatDateTime } from "~/utils/format";

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireCenterStaff(request);
  return { ...(await loadPickingList(staff.centerId)), printedAt: new Date().toISOString() };
}

export default function PickingListPage() {
  const { products, units, slips, center, printedAt } = useLoaderData<typeof loader>();
  const detail = `${center.name} · 주문 ${slips.length}건 · 상품 ${units}개 · ${formatDateTime(printedAt)} 기준`;
  return (
    <div className="print-sheet mx-auto max-w-3xl space-y-6">
      <PrintToolbar title="오늘의 피킹 리스트" detail={detail} titleOnPaper />
      {slips.length === 0 ? (
        <NothingToPrint />
      ) : (
        <>
          <section aria-labelledby="picking-totals" className="space-y-2">
            <h2 id="picking-totals" className="section-title text-lg sm:text-xl">
              상품별 합계
            </h2>
            <PickingTotals products={products} />
          </section>
          <section aria-labelledby="picking-orders" className="space-y-2">
            <h2 id="picking-orders" className="section-title text-lg sm:text-xl">
              주문별 체크리스트
            </h2>
            <PickingChecklist slips={slips} />
          </section>
        </>
      )}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "피킹 리스트 | 센터 업무" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
