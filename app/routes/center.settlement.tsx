import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireCenterStaff } from "~/accounts/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { MonthPicker, ProductTable, RefundList, SummaryCards } from "~/fulfilment/settlement-parts";
import { currentMonth, monthFromRequest, monthKey, monthLabel } from "~/fulfilment/settlement-month";
import { getSettlement } from "~/fulfilment/settlement.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireCenterStaff(request);
  const { month, summary, products, refunds } = await getSettlement(staff.centerId, monthFromRequest(request));
  return { month, current: currentMonth(), summary, products, refunds };
}

export const headers = () => ({ "Cache-Control": "private, no-store" });

export default function CenterSettlementPage() {
  const { month, current, summary, products, refunds } = useLoaderData<typeof loader>();
  const empty = summary.orders === 0 && refunds.length === 0;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-3">
        <h1 className="text-2xl font-extrabold text-teal-950">정산</h1>
        <MonthPicker month={month} current={current} />
        <a
          href={`/center/settlement.csv?month=${monthKey(month)}`}
          download
          className="btn btn-accent w-full sm:ml-auto sm:w-auto"
        >
          {monthLabel(month)} CSV 내려받기
        </a>
      </div>
      <p className="rounded-lg bg-cream px-4 py-3 text-sm text-teal-950">
        정산 금액은 이 달(한국 시간)에 결제된 주문의 상품 금액과 배송비에서 이 달에 완료된 환불(취소 포함)을 뺀
        금액이며, 판매 수량은 취소된 수량을 뺀 값입니다.
      </p>
      <SummaryCards summary={summary} />
      {empty ? (
        <p className="rounded-xl border border-dashed border-line bg-white p-8 text-center text-ink-soft">
          {monthLabel(month)}에 결제된 주문이 없습니다.
        </p>
      ) : (
        <div className="grid items-start gap-4 lg:grid-cols-[3fr_2fr]">
          {products.length ? <ProductTable products={products} summary={summary} /> : null}
          <RefundList refunds={refunds} />
        </div>
      )}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "정산 | 센터 업무" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
