// Paper for the packing room: packing slips (one per parcel, one per A4 page) and the picking list.
// The screen shows them as cards with a toolbar; the print stylesheet (app.css, "Center shipping
// print") drops the chrome and breaks pages between slips.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { DeliveryFields } from "~/orders/order-select";
import { formatDateTime, formatPhone } from "~/utils/format";
import { useHydrated } from "~/utils/use-hydrated";

type Line = { id: number; name: string; qty: number };
export type SlipView = {
  id: number;
  order: DeliveryFields & {
    number: string;
    paidAt: string | Date | null;
    ordererName: string;
    isGift: boolean;
    giftSender: string;
    giftMessage: string;
  };
  lines: Line[];
};
export type CenterContact = { name: string; phone: string | null; address: string | null };

/** Title, count and the print button. On paper only the title and count remain, and only when asked. */
export function PrintToolbar({
  title,
  detail,
  titleOnPaper = false,
}: {
  title: string;
  detail: string;
  titleOnPaper?: boolean;
}) {
  const hydrated = useHydrated();
  return (
    <div className={`flex flex-wrap items-center gap-3 ${titleOnPaper ? "" : "print:hidden"}`}>
      <div className="min-w-0">
        <p className="print:hidden">
          <Link to="/center/shipping" className="inline-flex min-h-11 items-center font-semibold underline">
            ← 발송 준비
          </Link>
        </p>
        <h1 className="text-2xl font-extrabold text-teal-950">{title}</h1>
        <p className="text-ink-soft">{detail}</p>
      </div>
      <div className="ml-auto text-right print:hidden">
        {hydrated ? (
          <button type="button" onClick={() => window.print()} className="btn btn-primary min-h-11 px-6">
            인쇄하기
          </button>
        ) : (
          <p className="text-sm text-ink-soft">브라우저의 인쇄 메뉴(Ctrl+P)로 인쇄하세요.</p>
        )}
      </div>
    </div>
  );
}

export function NothingToPrint() {
  return (
    <p className="rounded-xl border border-dashed border-line p-8 text-center text-ink-soft">
      발송할 주문(상품준비중)이 없습니다. 주문 관리에서 발주확인한 주문이 여기에 나옵니다.
    </p>
  );
}

const Box = () => (
  <span aria-hidden="true" className="inline-block size-5 rounded-sm border-2 border-ink align-middle" />
);

function SlipRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[5.5rem_1fr] gap-2 py-1.5 sm:grid-cols-[7rem_1fr]">
      <dt className="font-bold text-ink-soft">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

/** One parcel's packing slip: who it goes to, what goes in, who sent it, and a line to sign. */
export function PackingSlip({ slip, center }: { slip: SlipView; center: CenterContact }) {
  const { order } = slip;
  const units = slip.lines.reduce((sum, line) => sum + line.qty, 0);
  return (
    <article
      className="packing-slip rounded-xl border border-line bg-white p-5 shadow-sm sm:p-8"
      aria-label={`포장 명세서 ${order.number}`}
    >
      <header className="flex flex-wrap items-end justify-between gap-2 border-b-2 border-ink pb-3">
        <div>
          <p className="text-sm font-bold text-teal-700">소소드림 · {center.name}</p>
          <h2 className="text-2xl font-extrabold tracking-tight">포장 명세서</h2>
        </div>
        <p className="sm:text-right">
          <span className="block text-sm text-ink-soft">주문번호</span>
          <strong className="text-lg tracking-wide">{order.number}</strong>
        </p>
      </header>

      <dl className="mt-3 divide-y divide-line text-[15px]">
        <SlipRow label="받는 분">
          <strong>{order.recipientName}</strong> · {formatPhone(order.recipientPhone)}
        </SlipRow>
        <SlipRow label="주소">
          ({order.postalCode}) {order.address1} {order.address2}
        </SlipRow>
        {order.deliveryMemo ? (
          <SlipRow label="배송 메모">
            <strong>{order.deliveryMemo}</strong>
          </SlipRow>
        ) : null}
        {order.isGift ? (
          <SlipRow label="보내는 분">{order.giftSender}</SlipRow>
        ) : order.ordererName !== order.recipientName ? (
          <SlipRow label="주문하신 분">{order.ordererName}</SlipRow>
        ) : null}
        {order.paidAt ? <SlipRow label="결제일시">{formatDateTime(order.paidAt)}</SlipRow> : null}
      </dl>

      <TickTable
        caption="담을 상품"
        nameHeader="상품"
        rows={slip.lines.map((line) => ({ key: line.id, name: line.name, qty: line.qty }))}
        total={units}
        className="mt-4"
      />

      <div className="mt-6 grid gap-4 sm:grid-cols-2">
        <p className="flex items-end gap-2">
          <span className="shrink-0 font-bold">포장 확인</span>
          <span className="h-7 flex-1 border-b border-ink" />
        </p>
        <p className="flex items-end gap-2">
          <span className="shrink-0 font-bold">검수 확인</span>
          <span className="h-7 flex-1 border-b border-ink" />
        </p>
      </div>

      {order.isGift ? <GiftCard sender={order.giftSender} message={order.giftMessage} /> : null}

      {/* A div, not <footer>: the site's print rules hide every footer. */}
      <div className="mt-6 rounded-lg bg-cream p-3 text-sm leading-relaxed">
        <p>소소드림을 찾아 주셔서 고맙습니다. 이 상품은 {center.name} 참여 주민들이 정성껏 만들었습니다.</p>
        {center.phone ? <p>상품 문의 {formatPhone(center.phone)}</p> : null}
      </div>
    </article>
  );
}

/** The gift card printed with a gift's slip: the sender's message, and (as on the whole slip) no prices. */
function GiftCard({ sender, message }: { sender: string; message: string }) {
  return (
    <section
      aria-label="선물 카드"
      className="gift-card mt-6 rounded-xl border-2 border-dashed border-orange-500 p-5 text-center"
    >
      <p className="text-sm font-bold tracking-widest text-orange-700">선물이 도착했어요</p>
      {message ? (
        <p className="mx-auto mt-3 max-w-md whitespace-pre-line break-words text-lg font-semibold leading-relaxed">
          {message}
        </p>
      ) : null}
      <p className="mt-3 font-bold">보내는 분 · {sender}</p>
    </section>
  );
}

/** The picking list's first table: how many of each option to take off the shelf. */
export function PickingTotals({ products }: { products: { name: string; qty: number }[] }) {
  return (
    <TickTable
      caption="상품별 합계"
      nameHeader="상품 · 옵션"
      rows={products.map((p) => ({ key: p.name, name: p.name, qty: p.qty }))}
      className="picking-table bg-white"
    />
  );
}

/** Name, quantity and a box to tick: the packing slip's lines and the picking list's totals. */
function TickTable({
  caption,
  nameHeader,
  rows,
  total,
  className,
}: {
  caption: string;
  nameHeader: string;
  rows: { key: string | number; name: string; qty: number }[];
  total?: number;
  className: string;
}) {
  return (
    <table className={`w-full border-collapse text-[15px] ${className}`}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-y-2 border-ink text-left">
          <th scope="col" className="px-2 py-2">
            {nameHeader}
          </th>
          <th scope="col" className="w-24 px-2 py-2 text-right">
            수량
          </th>
          <th scope="col" className="w-14 px-2 py-2 text-center">
            확인
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-line">
            <td className="px-2 py-2.5 font-semibold">{row.name}</td>
            <td className="px-2 py-2.5 text-right text-lg font-extrabold">{row.qty}개</td>
            <td className="px-2 py-2.5 text-center">
              <Box />
            </td>
          </tr>
        ))}
      </tbody>
      {total === undefined ? null : (
        <tfoot>
          <tr className="border-b-2 border-ink">
            <th scope="row" className="px-2 py-2 text-left">
              합계
            </th>
            <td className="px-2 py-2 text-right text-lg font-extrabold">{total}개</td>
            <td />
          </tr>
        </tfoot>
      )}
    </table>
  );
}

/** The picking list's second part: each order with what goes into its box, ticked off while packing. */
export function PickingChecklist({ slips }: { slips: SlipView[] }) {
  return (
    <ol className="divide-y divide-line rounded-xl border border-line bg-white">
      {slips.map((slip) => (
        <li key={slip.id} className="picking-order flex gap-3 p-3">
          <Box />
          <div className="min-w-0 flex-1">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <strong className="tracking-wide">{slip.order.number}</strong>
              <span className="text-ink-soft">{slip.order.recipientName}</span>
            </p>
            <p className="text-[15px]">{slip.lines.map((line) => `${line.name}\u00a0×\u00a0${line.qty}`).join(", ")}</p>
            {slip.order.deliveryMemo ? <p className="text-sm text-ink-soft">메모: {slip.order.deliveryMemo}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
