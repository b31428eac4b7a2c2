// The requests about a part on the staff order pages: the center's (its part: the customer's requests to answer,
// its own 취소 요청) and the admin's (every part: approve a cancel with the amount, a return's refund on goods
// received, or reject with a reason).
import { formatWon } from "~/utils/format";
import { requestFormId } from "./part-request-form";
import {
  AnswerRequestForm,
  CenterCancelRequestForm,
  CompleteReturnForm,
  RequestSummary,
  type RequestRow,
  type ResultFor,
} from "./part-request-panels";

const APPROVE_LABEL = { CANCEL: "승인 (취소·환불)", RETURN: "반품 접수 승인", EXCHANGE: "교환 접수 승인" } as const;

export function CenterRequests({
  part,
  requests,
  resultFor,
}: {
  part: { id: number; status: string };
  requests: RequestRow[];
  resultFor: ResultFor;
}) {
  const open = requests.some((r) => r.status === "OPEN");
  const canAsk = (part.status === "NEW" || part.status === "ACCEPTED") && !open;
  if (requests.length === 0 && !canAsk) return null;
  return (
    <section aria-labelledby="requests-title" className="space-y-3 rounded-xl border border-line bg-white p-4">
      <h2 id="requests-title" className="section-title text-lg">
        취소·반품·교환 요청
      </h2>
      <ul className="space-y-4">
        {requests.map((request) => (
          <li key={request.id}>
            <RequestSummary request={request} staff />
            {request.status === "OPEN" && request.origin === "CUSTOMER" ? (
              <AnswerRequestForm
                request={request}
                approveLabel={APPROVE_LABEL[request.kind]}
                lastResult={resultFor(requestFormId("answer-request", request.id))}
              />
            ) : null}
            {request.status === "OPEN" && request.origin === "CENTER" ? (
              <p className="text-sm text-ink-soft">광역자활센터의 답을 기다리고 있습니다.</p>
            ) : null}
          </li>
        ))}
      </ul>
      {canAsk ? (
        <details open={Boolean(resultFor(requestFormId("center-cancel-request", part.id)))}>
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-teal-800">
            취소 요청 (품절·파손 등으로 보낼 수 없을 때)
          </summary>
          <p className="mb-2 text-sm text-ink-soft">광역자활센터가 승인하면 주문이 취소되고 고객에게 환불됩니다.</p>
          <CenterCancelRequestForm
            fulfilmentId={part.id}
            lastResult={resultFor(requestFormId("center-cancel-request", part.id))}
          />
        </details>
      ) : null}
    </section>
  );
}

export function AdminPartRequests({
  part,
  requests,
  resultFor,
}: {
  part: { refundable: number };
  requests: RequestRow[];
  resultFor: ResultFor;
}) {
  if (requests.length === 0) return null;
  return (
    <div className="space-y-3 rounded-lg border border-orange-200 p-3">
      <h3 className="font-bold">취소·반품·교환 요청</h3>
      <ul className="space-y-4">
        {requests.map((request) => (
          <li key={request.id}>
            <RequestSummary request={request} staff />
            {request.status === "OPEN" && request.kind === "CANCEL" ? (
              <p className="text-sm font-semibold">승인하면 {formatWon(Math.max(0, part.refundable))}을 환불합니다.</p>
            ) : null}
            {request.status === "OPEN" ? (
              <AnswerRequestForm
                request={request}
                approveLabel={APPROVE_LABEL[request.kind]}
                lastResult={resultFor(requestFormId("answer-request", request.id))}
              />
            ) : null}
            {request.status === "APPROVED" && request.kind === "RETURN" && !request.completedAt ? (
              <CompleteReturnForm
                requestId={request.id}
                refundable={Math.max(0, part.refundable)}
                lastResult={resultFor(requestFormId("complete-return", request.id))}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
