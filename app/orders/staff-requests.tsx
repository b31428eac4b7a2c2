// The requests about a part on the staff order pages: the center's (its part: the customer's requests to answer,
// 회수 and 교환 완료 of the approved ones, its own 취소 요청) and the admin's (every part: approve a cancel with the
// amount, 회수, a return's refund after 회수 minus the 반품 배송비, 교환 완료, or reject with a reason).
import { formatWon } from "~/utils/format";
import { requestFormId } from "./part-request-form";
import {
  AnswerRequestForm,
  CenterCancelRequestForm,
  RequestSummary,
  ReturnStepForm,
  type RequestRow,
  type ResultFor,
} from "./part-request-panels";
import { returnStage } from "./part-request-rules";

const APPROVE_LABEL = { CANCEL: "승인 (취소·환불)", RETURN: "반품 접수 승인", EXCHANGE: "교환 접수 승인" } as const;

/** The 회수 / 완료 button an approved 반품·교환 shows now, if this reader may press it. */
function ReturnSteps({
  request,
  admin,
  refundable,
  resultFor,
}: {
  request: RequestRow;
  admin: boolean;
  refundable: number;
  resultFor: ResultFor;
}) {
  if (request.status !== "APPROVED" || request.kind === "CANCEL") return null;
  const stage = returnStage(request);
  const step = (intent: "collect-request" | "complete-return" | "complete-exchange", label: string, hint?: string) => (
    <ReturnStepForm
      requestId={request.id}
      intent={intent}
      label={label}
      hint={hint}
      lastResult={resultFor(requestFormId(intent, request.id))}
    />
  );
  if (stage === "AWAITING_COLLECTION")
    return step("collect-request", "상품 회수 확인", "돌려받은 상품을 확인했으면 누르세요.");
  if (stage !== "COLLECTED") return null;
  if (request.kind === "EXCHANGE") return step("complete-exchange", "교환 완료", "교환 상품을 다시 보냈으면 누르세요.");
  if (!admin) return <p className="text-sm text-ink-soft">광역자활센터가 환불하면 반품이 완료됩니다.</p>;
  const amount = Math.max(0, refundable - request.returnFee);
  const fee = request.returnFee > 0 ? ` (반품 배송비 ${formatWon(request.returnFee)} 차감)` : "";
  return step("complete-return", `반품 완료 · ${formatWon(amount)} 환불`, `환불 가능 ${formatWon(refundable)}${fee}`);
}

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
                requestId={request.id}
                approveLabel={APPROVE_LABEL[request.kind]}
                lastResult={resultFor(requestFormId("answer-request", request.id))}
              />
            ) : null}
            {request.status === "OPEN" && request.origin === "CENTER" ? (
              <p className="text-sm text-ink-soft">광역자활센터의 답을 기다리고 있습니다.</p>
            ) : null}
            <ReturnSteps request={request} admin={false} refundable={0} resultFor={resultFor} />
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
  const refundable = Math.max(0, part.refundable);
  return (
    <div className="space-y-3 rounded-lg border border-orange-200 p-3">
      <h3 className="font-bold">취소·반품·교환 요청</h3>
      <ul className="space-y-4">
        {requests.map((request) => (
          <li key={request.id}>
            <RequestSummary request={request} staff />
            {request.status === "OPEN" && request.kind === "CANCEL" ? (
              <p className="text-sm font-semibold">승인하면 {formatWon(refundable)}을 환불합니다.</p>
            ) : null}
            {request.status === "OPEN" ? (
              <AnswerRequestForm
                requestId={request.id}
                approveLabel={APPROVE_LABEL[request.kind]}
                lastResult={resultFor(requestFormId("answer-request", request.id))}
              />
            ) : null}
            <ReturnSteps request={request} admin refundable={refundable} resultFor={resultFor} />
          </li>
        ))}
      </ul>
    </div>
  );
}
