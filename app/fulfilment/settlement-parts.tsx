// Building blocks of the center's 정산 page: the month picker, the summary cards and the tables.
import { Form, Link } from "@remix-run/react";
import { addMonths, isAfter, monthKey, monthLabel, type Month } from "~/fulfilment/settlement-month";
import type { SettlementProduct, SettlementSummary } from "~/fulfilment/settlement.server";
import { formatDateTime, formatItemName, formatWon } from "~/utils/format";

const PICKER_MONTHS = 24;

/**
 * ‹ previous month · a <select> of recent months · next ›. The select is a GET form: with JavaScript it
 * goes on change; without, the 보기 button inside <noscript> submits it.
 */
export function MonthPicker({ month, current }: { month: Month; current: Month }) {
  const prev = addMonths(month, -1);
  const next = addMonths(month, 1);
  const options = Array.from({ length: PICKER_MONTHS }, (_, i) => addMonths(current, -i));
  if (!options.some((m) => monthKey(m) === monthKey(month))) options.push(month);
  const arrow =
    "inline-flex size-11 shrink-0 items-center justify-center rounded-lg border border-line bg-white text-xl font-bold text-teal-900 hover:bg-teal-50";
  return (
    <nav aria-label="정산 월" className="flex items-center gap-2">
      <Link to={`?month=${monthKey(prev)}`} className={arrow}>
        <span aria-hidden="true">‹</span>
        <span className="sr-only">이전 달 ({monthLabel(prev)})</span>
      </Link>
      <Form method="get" className="flex items-center gap-2">
        <label htmlFor="settlement-month" className="sr-only">
          정산 월 선택
        </label>
        <select
          id="settlement-month"
          name="month"
          defaultValue={monthKey(month)}
          key={monthKey(month)}
          onChange={(event) => event.currentTarget.form?.requestSubmit()}
          className="input min-w-36 text-lg font-bold text-teal-950"
        >
          {options.map((m) => (
            <option key={monthKey(m)} value={monthKey(m)}>
              {monthLabel(m)}
            </option>
          ))}
        </select>
        <noscript>
          <button type="submit" className="btn btn-ghost">
            보기
          </button>
        </noscript>
      </Form>
      {isAfter(next, current) ? (
        <span className={`${arrow} opacity-40`} aria-hidden="true">
          ›
        </span>
      ) : (
        <Link to={`?month=${monthKey(next)}`} className={arrow}>
          <span aria-hidden="true">›</span>
          <span className="sr-only">다음 달 ({monthLabel(next)})</span>
        </Link>
      )}
    </nav>
  );
}

function Card({
  label,
  value,
  note,
  tone = "plain",
}: {
  label: string;
  value: string;
  note?: string;
  tone?: "plain" | "minus" | "total";
}) {
  const box =
    tone === "total" ? "bg-teal-900 text-white border-teal-900 col-span-2 sm:col-span-1" : "bg-white border-line";
  const valueColour = tone === "total" ? "text-white" : tone === "minus" ? "text-orange-700" : "text-teal-950";
  return (
    <div className={`rounded-xl border p-4 shadow-sm ${box}`}>
      <dt className={`text-sm font-semibold ${tone === "total" ? "text-teal-100" : "text-ink-soft"}`}>{label}</dt>
      <dd className={`mt-1 text-xl font-extrabold tabular-nums sm:text-2xl ${valueColour}`}>{value}</dd>
      {note ? (
        <dd className={`mt-0.5 text-xs ${tone === "total" ? "text-teal-100" : "text-ink-soft"}`}>{note}</dd>
      ) : null}
    </div>
  );
}

export function SummaryCards({ summary }: { summary: SettlementSummary }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      <Card
        label="판매 수량"
        value={`${summary.itemsSold.toLocaleString("ko-KR")}개`}
        note={`주문 ${summary.orders}건${summary.itemsCancelled ? ` · 취소 ${summary.itemsCancelled}개 제외` : ""}`}
      />
      <Card label="상품 결제액" value={formatWon(summary.gross)} />
      <Card label="배송비" value={formatWon(summary.shipping)} />
      {summary.refunds ? (
        <Card label="환불" value={`−${formatWon(summary.refunds)}`} tone="minus" />
      ) : (
        <Card label="환불" value={formatWon(0)} />
      )}
      <Card label="정산 금액" value={formatWon(summary.net)} note="상품 결제액 + 배송비 − 환불" tone="total" />
    </dl>
  );
}

export function ProductTable({ products, summary }: { products: SettlementProduct[]; summary: SettlementSummary }) {
  const cell = "px-3 py-3";
  return (
    <div className="overflow-hidden rounded-xl border border-line bg-white shadow-sm">
      <table className="w-full text-[15px]">
        <caption className="border-b border-line px-4 py-3 text-left text-lg font-bold text-teal-950">
          상품별 판매
        </caption>
        <thead className="bg-cream text-sm text-ink-soft">
          <tr>
            <th scope="col" className={`${cell} text-left font-semibold`}>
              상품
            </th>
            <th scope="col" className={`${cell} text-right font-semibold`}>
              판매 수량
            </th>
            <th scope="col" className={`${cell} text-right font-semibold`}>
              결제 금액
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {products.map((p) => (
            <tr key={`${p.productName}\u0000${p.variantName}`}>
              <th scope="row" className={`${cell} text-left font-semibold`}>
                {formatItemName(p.productName, p.variantName)}
                {p.cancelled ? (
                  <span className="block text-sm font-normal text-ink-soft">취소 {p.cancelled}개</span>
                ) : null}
              </th>
              <td className={`${cell} text-right tabular-nums`}>{p.sold.toLocaleString("ko-KR")}개</td>
              <td className={`${cell} text-right font-semibold tabular-nums`}>{formatWon(p.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-teal-900/20 font-extrabold text-teal-950">
          <tr>
            <th scope="row" className={`${cell} text-left`}>
              합계
            </th>
            <td className={`${cell} text-right tabular-nums`}>{summary.itemsSold.toLocaleString("ko-KR")}개</td>
            <td className={`${cell} text-right tabular-nums`}>{formatWon(summary.gross)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function RefundList({
  refunds,
}: {
  refunds: { number: string; createdAt: string | Date; amount: number; reason: string }[];
}) {
  if (refunds.length === 0) return null;
  return (
    <section aria-labelledby="refunds-title" className="rounded-xl border border-line bg-white p-4 shadow-sm">
      <h2 id="refunds-title" className="text-lg font-bold text-teal-950">
        이 달의 환불 {refunds.length}건
      </h2>
      <ul className="mt-2 divide-y divide-line">
        {refunds.map((r, i) => (
          <li key={`${r.number}-${i}`} className="flex items-start justify-between gap-3 py-2.5 text-[15px]">
            <div className="min-w-0">
              <p className="font-bold tracking-wide">{r.number}</p>
              <p className="text-sm text-ink-soft">{formatDateTime(r.createdAt)}</p>
              {r.reason ? <p className="text-sm text-ink-soft">{r.reason}</p> : null}
            </div>
            <p className="shrink-0 font-bold text-orange-700 tabular-nums">−{formatWon(r.amount)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
