// The request UI: the customer's 취소·반품·교환 요청 per center part (order page), the request history with its
// state, and the staff's answer forms (center and admin order pages). Every form works without JavaScript.
import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type SubmissionResult,
} from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Field, FormErrors } from "~/components/field";
import { SelectField, TextareaField } from "~/components/form-controls";
import { formatDateTime, formatWon } from "~/utils/format";
import { useZodForm } from "~/utils/use-zod-form";
import {
  answerRequestSchema,
  centerCancelRequestSchema,
  completeReturnSchema,
  customerRequestSchema,
  requestFormId,
  withdrawRequestSchema,
} from "./part-request-form";
import {
  CENTER_CANCEL_REASONS,
  CUSTOMER_CANCEL_REASONS,
  PART_REQUEST_KIND_LABEL,
  PART_REQUEST_ORIGIN_LABEL,
  RETURN_REASONS,
  requestStateLabel,
  type PartRequestKind,
} from "./part-request-rules";

type Result = SubmissionResult<string[]> | undefined;
export type ResultFor = (scope: string) => Result;

export type RequestRow = {
  id: number;
  kind: PartRequestKind;
  origin: "CUSTOMER" | "CENTER";
  status: "OPEN" | "APPROVED" | "REJECTED" | "WITHDRAWN";
  reasonCode: string;
  note: string;
  answerNote: string;
  answeredAt: string | Date | null;
  refundAmount: number | null;
  completedAt: string | Date | null;
  createdAt: string | Date;
  requestedBy?: { name: string } | null;
  answeredBy?: { name: string } | null;
};

/** One request as a short record: kind, state, reason, answer, refunded amount. */
export function RequestSummary({ request, staff = false }: { request: RequestRow; staff?: boolean }) {
  return (
    <div className="text-[15px]">
      <p className="font-semibold">
        {PART_REQUEST_KIND_LABEL[request.kind]}
        {staff
          ? ` · ${PART_REQUEST_ORIGIN_LABEL[request.origin]}${request.requestedBy ? ` ${request.requestedBy.name}` : ""}`
          : ""}{" "}
        <span className="rounded-full bg-teal-50 px-2 py-0.5 text-sm text-teal-900">{requestStateLabel(request)}</span>
      </p>
      <p className="text-ink-soft">
        {formatDateTime(request.createdAt)} · 사유: {request.reasonCode}
        {request.note ? ` — ${request.note}` : ""}
      </p>
      {request.answerNote ? (
        <p>
          {request.status === "REJECTED" ? "거절 사유" : "답변"}: {request.answerNote}
          {staff && request.answeredBy ? ` (${request.answeredBy.name})` : ""}
        </p>
      ) : null}
      {request.refundAmount ? <p className="font-semibold">환불 금액 {formatWon(request.refundAmount)}</p> : null}
    </div>
  );
}

/** The customer's request form for one part: 취소 before 발송, 반품·교환 within 7 days of 배송완료. */
export function CustomerRequestForm({
  fulfilmentId,
  kinds,
  lastResult,
}: {
  fulfilmentId: number;
  kinds: PartRequestKind[];
  lastResult: Result;
}) {
  const id = requestFormId("part-request", fulfilmentId);
  const [form, fields] = useZodForm(customerRequestSchema, lastResult, { id });
  const cancel = kinds.length === 1 && kinds[0] === "CANCEL";
  const reasons = cancel ? CUSTOMER_CANCEL_REASONS : RETURN_REASONS;
  return (
    <Form method="post" {...getFormProps(form)} className="mt-3 grid gap-3 sm:grid-cols-2">
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="part-request" />
      <input type="hidden" name="fulfilmentId" value={fulfilmentId} />
      {cancel ? (
        <input type="hidden" name="kind" value="CANCEL" />
      ) : (
        <SelectField
          label="요청 종류"
          meta={fields.kind}
          selectProps={getSelectProps(fields.kind)}
          options={kinds.map((k) => ({ value: k, label: PART_REQUEST_KIND_LABEL[k] }))}
          placeholder="종류를 고르세요"
        />
      )}
      <SelectField
        label={cancel ? "취소 사유" : "사유"}
        meta={fields.reasonCode}
        selectProps={getSelectProps(fields.reasonCode)}
        options={reasons.map((r) => ({ value: r, label: r }))}
        placeholder="사유를 고르세요"
      />
      <Field
        label="주문하신 분 휴대전화"
        meta={fields.phone}
        hint="본인 확인을 위해 입력해 주세요"
        inputProps={{ ...getInputProps(fields.phone, { type: "tel" }), inputMode: "numeric", autoComplete: "tel" }}
      />
      <TextareaField
        label="남길 말"
        meta={fields.note}
        optional
        className="sm:col-span-2"
        textareaProps={{ ...getTextareaProps(fields.note), rows: 3 }}
      />
      <div className="sm:col-span-2">
        <button type="submit" className="btn btn-accent">
          {cancel ? "취소 요청" : "요청 보내기"}
        </button>
      </div>
    </Form>
  );
}

/** 요청 철회 while nobody has answered. */
export function WithdrawRequestForm({ requestId, lastResult }: { requestId: number; lastResult: Result }) {
  const [form, fields] = useZodForm(withdrawRequestSchema, lastResult, {
    id: requestFormId("withdraw-request", requestId),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="mt-2 flex flex-wrap items-end gap-3">
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="withdraw-request" />
      <input type="hidden" name="requestId" value={requestId} />
      <Field
        label="주문하신 분 휴대전화"
        meta={fields.phone}
        inputProps={{ ...getInputProps(fields.phone, { type: "tel" }), inputMode: "numeric", autoComplete: "tel" }}
      />
      <button type="submit" className="btn">
        요청 철회
      </button>
    </Form>
  );
}

/** 승인 / 거절 of an open request (center: the customer's requests for its part; admin: any). */
export function AnswerRequestForm({
  request,
  lastResult,
  approveLabel,
}: {
  request: RequestRow;
  lastResult: Result;
  approveLabel: string;
}) {
  const [form, fields] = useZodForm(answerRequestSchema, lastResult, {
    id: requestFormId("answer-request", request.id),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="mt-2 grid gap-3">
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="answer-request" />
      <input type="hidden" name="requestId" value={request.id} />
      <TextareaField
        label="답변 (거절할 때는 사유를 꼭 적어 주세요)"
        meta={fields.answerNote}
        optional
        textareaProps={{ ...getTextareaProps(fields.answerNote), rows: 2 }}
      />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="decision" value="APPROVE" className="btn btn-accent">
          {approveLabel}
        </button>
        <button type="submit" name="decision" value="REJECT" className="btn">
          거절
        </button>
      </div>
    </Form>
  );
}

/** 반품 회수 확인 → 환불 (admin), the amount editable up to what the part can still refund. */
export function CompleteReturnForm({
  requestId,
  refundable,
  lastResult,
}: {
  requestId: number;
  refundable: number;
  lastResult: Result;
}) {
  const [form, fields] = useZodForm(completeReturnSchema, lastResult, {
    id: requestFormId("complete-return", requestId),
    defaultValue: { amount: String(refundable) },
  });
  return (
    <Form method="post" {...getFormProps(form)} className="mt-2 flex flex-wrap items-end gap-3">
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="complete-return" />
      <input type="hidden" name="requestId" value={requestId} />
      <Field
        label="환불 금액 (원)"
        meta={fields.amount}
        hint={`환불 가능 ${formatWon(refundable)} · 고객 부담 반품 배송비는 빼고 입력`}
        inputProps={{ ...getInputProps(fields.amount, { type: "text" }), inputMode: "numeric" }}
      />
      <button type="submit" className="btn btn-accent">
        회수 확인하고 환불
      </button>
    </Form>
  );
}

/** The center's own 취소 요청 for its part (품절, 파손…), answered by the regional admin. */
export function CenterCancelRequestForm({ fulfilmentId, lastResult }: { fulfilmentId: number; lastResult: Result }) {
  const [form, fields] = useZodForm(centerCancelRequestSchema, lastResult, {
    id: requestFormId("center-cancel-request", fulfilmentId),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="grid gap-3 sm:grid-cols-2">
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="center-cancel-request" />
      <input type="hidden" name="fulfilmentId" value={fulfilmentId} />
      <SelectField
        label="취소 사유"
        meta={fields.reasonCode}
        selectProps={getSelectProps(fields.reasonCode)}
        options={CENTER_CANCEL_REASONS.map((r) => ({ value: r, label: r }))}
        placeholder="사유를 고르세요"
      />
      <TextareaField
        label="자세한 내용"
        meta={fields.note}
        optional
        className="sm:col-span-2"
        textareaProps={{ ...getTextareaProps(fields.note), rows: 3 }}
      />
      <div className="sm:col-span-2">
        <button type="submit" className="btn btn-accent">
          취소 요청
        </button>
      </div>
    </Form>
  );
}
