// The order page's 취소·반품·교환 section: per center part, its requests with their state, the 철회 of an open
// one, the form for what the customer may ask now, and the center's own decided requests (a 품절 cancel…) told
// in the customer's words.
import { formatWon } from "~/utils/format";
import type { PartRequestKind } from "./part-request-rules";
import { requestFormId } from "./part-request-form";
import {
  CustomerRequestForm,
  RequestSummary,
  WithdrawRequestForm,
  type RequestRow,
  type ResultFor,
} from "./part-request-panels";

/** A request the producing center made about the customer's part, once the regional center decided it. */
export type CenterDecision = {
  id: number;
  status: "APPROVED" | "REJECTED";
  reasonCode: string;
  refundAmount: number | null;
};

type PartRequests = {
  id: number;
  centerName: string;
  kinds: PartRequestKind[];
  returnFee: number;
  requests: RequestRow[];
  centerDecisions: CenterDecision[];
  hasOpen: boolean;
};

function centerDecisionText(decision: CenterDecision): string {
  if (decision.status === "REJECTED") {
    return `생산 센터가 ${decision.reasonCode} 사유로 취소를 검토했지만, 주문하신 대로 보내 드리기로 했습니다.`;
  }
  const refund = decision.refundAmount ? ` ${formatWon(decision.refundAmount)}을 결제하신 수단으로 환불합니다.` : "";
  return `생산 센터 사정(${decision.reasonCode})으로 이 상품을 보내 드릴 수 없어 주문을 취소했습니다.${refund} 불편을 드려 죄송합니다.`;
}

export function CustomerRequests({ parts, resultFor }: { parts: PartRequests[]; resultFor: ResultFor }) {
  const shown = parts.filter((p) => p.kinds.length > 0 || p.requests.length > 0 || p.centerDecisions.length > 0);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="requests-title" className="rounded-xl border border-line bg-white p-5">
      <h2 id="requests-title" className="font-bold text-teal-950">
        취소·반품·교환 요청
      </h2>
      <p className="mt-1 text-sm text-ink-soft">
        발송 전에는 취소를, 배송완료 후 7일 안에는 반품·교환을 요청할 수 있습니다. 생산 센터가 아직 주문을 확인하지
        않았다면 취소 요청은 바로 취소·환불됩니다.
      </p>
      {shown.map((part) => (
        <div key={part.id} className="mt-4 border-t border-line pt-4" aria-label={`${part.centerName} 상품 요청`}>
          <h3 className="font-semibold">{part.centerName} 상품</h3>
          <ul className="mt-2 space-y-3">
            {part.centerDecisions.map((decision) => (
              <li key={decision.id} className="rounded-lg bg-cream p-3 text-[15px]">
                <p className="font-semibold">생산 센터 안내</p>
                <p>{centerDecisionText(decision)}</p>
              </li>
            ))}
            {part.requests.map((request) => (
              <li key={request.id}>
                <RequestSummary request={request} />
                {request.status === "OPEN" ? (
                  <WithdrawRequestForm
                    requestId={request.id}
                    lastResult={resultFor(requestFormId("withdraw-request", request.id))}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          {!part.hasOpen && part.kinds.length > 0 ? (
            <CustomerRequestForm
              fulfilmentId={part.id}
              kinds={part.kinds}
              returnFee={part.returnFee}
              lastResult={resultFor(requestFormId("part-request", part.id))}
            />
          ) : null}
        </div>
      ))}
    </section>
  );
}
