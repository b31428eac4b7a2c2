// The order page's 취소·반품·교환 section: per center part, its requests with their state, the 철회 of an open
// one, and the form for what the customer may ask now.
import type { PartRequestKind } from "./part-request-rules";
import { requestFormId } from "./part-request-form";
import {
  CustomerRequestForm,
  RequestSummary,
  WithdrawRequestForm,
  type RequestRow,
  type ResultFor,
} from "./part-request-panels";

type PartRequests = {
  id: number;
  centerName: string;
  kinds: PartRequestKind[];
  requests: RequestRow[];
  hasOpen: boolean;
};

export function CustomerRequests({ parts, resultFor }: { parts: PartRequests[]; resultFor: ResultFor }) {
  const shown = parts.filter((p) => p.kinds.length > 0 || p.requests.length > 0);
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
      {shown.map((part) => {
        return (
          <div key={part.id} className="mt-4 border-t border-line pt-4" aria-label={`${part.centerName} 상품 요청`}>
            <h3 className="font-semibold">{part.centerName} 상품</h3>
            <ul className="mt-2 space-y-3">
              {part.requests.map((request) => (
                <li key={request.id}>
                  <RequestSummary request={request} />
                  {request.status === "OPEN" && request.origin === "CUSTOMER" ? (
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
                lastResult={resultFor(requestFormId("part-request", part.id))}
              />
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
