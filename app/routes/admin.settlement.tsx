import { parseForm } from "~/utils/form-parse";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { AdminHeading, AdminTable, type AdminColumn } from "~/components/admin-ui";
import { Notice } from "~/components/notice";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PayoutCell } from "~/fulfilment/payout-forms";
import { MonthPicker, SummaryCards } from "~/fulfilment/settlement-parts";
import { payoutSchema } from "~/fulfilment/payout-form";
import { payoutRefusal } from "~/fulfilment/payout-messages";
import { confirmPayout, markPayoutPaid, reopenPayout } from "~/fulfilment/payouts.server";
import { getSettlementOverview, type OverviewRow } from "~/fulfilment/settlement-overview.server";
import {
  currentMonth,
  isAfter,
  monthFromRequest,
  monthKey,
  monthLabel,
  parseMonth,
} from "~/fulfilment/settlement-month";
import { formatWon } from "~/utils/format";
import { nullWhenDatabaseUnavailable, replyDatabaseUnavailable, replyUnsaved } from "~/utils/form-reply.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const overview = await getSettlementOverview(monthFromRequest(request));
  const current = currentMonth();
  return { ...overview, current, monthOver: isAfter(current, overview.month) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN"]);
  const submission = parseForm(await request.formData(), { schema: payoutSchema });
  if (submission.status !== "success") return replyUnsaved(submission);
  const input = { ...submission.value, userId: user.id };
  const result = await nullWhenDatabaseUnavailable(() =>
    input.intent === "confirm"
      ? confirmPayout(input)
      : input.intent === "pay"
        ? markPayoutPaid(input)
        : reopenPayout(input),
  );
  if (!result) return replyDatabaseUnavailable(submission);
  if (!result.ok) {
    return replyUnsaved(submission, payoutRefusal(result.reason, parseMonth(input.month)!));
  }
  throw redirect(`/admin/settlement?month=${input.month}&saved=${input.intent}&center=${input.centerId}`);
}

const SAVED: Record<string, string> = {
  confirm: "정산을 확정했습니다.",
  pay: "지급 완료로 기록했습니다.",
  reopen: "정산 확정을 취소했습니다.",
};

type Row = OverviewRow & { payout: (OverviewRow["payout"] & { confirmedAt: string | Date }) | null };
const won = (n: number) => <span className="tabular-nums">{formatWon(n)}</span>;

export default function AdminSettlementPage() {
  const { month, rows, total, current, monthOver } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const savedCenter = rows.find((r) => String(r.center.id) === params.get("center"));
  const saved = SAVED[params.get("saved") ?? ""];
  const resultCenter = lastResult?.initialValue?.centerId;
  const columns: AdminColumn<Row>[] = [
    { header: "센터", cell: (r) => <span className="font-bold text-teal-950">{r.center.name}</span> },
    { header: "주문", cell: (r) => `${r.summary.orders}건`, className: "text-right whitespace-nowrap" },
    { header: "상품 결제액", cell: (r) => won(r.summary.gross), className: "text-right" },
    { header: "배송비", cell: (r) => won(r.summary.shipping), className: "text-right" },
    {
      header: "환불",
      cell: (r) => (r.summary.refunds ? <>−{won(r.summary.refunds)}</> : won(0)),
      className: "text-right",
    },
    {
      header: "정산 금액",
      cell: (r) => <strong className="text-teal-950">{won(r.summary.net)}</strong>,
      className: "text-right",
    },
    {
      header: "지급",
      className: "min-w-56",
      cell: (r) => (
        <PayoutCell
          centerId={r.center.id}
          centerName={r.center.shortName}
          month={monthKey(month)}
          payout={r.payout}
          net={r.summary.net}
          canConfirm={monthOver && (r.summary.orders > 0 || r.summary.refunds > 0)}
          changedSinceConfirmed={r.changedSinceConfirmed}
          lastResult={String(resultCenter) === String(r.center.id) ? lastResult : undefined}
        />
      ),
    },
  ];
  return (
    <>
      <AdminHeading
        title="정산"
        actions={
          <a href={`/admin/settlement.csv?month=${monthKey(month)}`} download className="btn btn-accent">
            {monthLabel(month)} CSV 내려받기
          </a>
        }
      >
        센터별로 이 달(한국 시간)에 결제된 상품 금액과 배송비에서 이 달에 완료된 환불을 뺀 금액입니다. 각 센터의 정산
        화면과 같은 금액이며, 달이 끝난 뒤 확정하고 보낸 날짜를 지급 완료로 기록합니다.
      </AdminHeading>
      <div className="mb-5">
        <MonthPicker month={month} current={current} />
      </div>
      {saved && savedCenter && !lastResult ? (
        <Notice>
          {savedCenter.center.name}: {saved}
        </Notice>
      ) : null}
      <h2 className="mb-3 text-lg font-extrabold text-teal-950">{monthLabel(month)} 전체</h2>
      <SummaryCards summary={total} />
      <h2 className="mt-8 mb-3 text-lg font-extrabold text-teal-950">센터별</h2>
      <AdminTable
        caption={`${monthLabel(month)} 센터별 정산`}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.center.id}
        empty="센터가 없습니다."
      />
      <p className="mt-3 text-right font-extrabold text-teal-950">합계 {won(total.net)}</p>
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "정산 | 관리" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
