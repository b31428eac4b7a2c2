// The request forms: the customer's 취소·반품·교환 요청 (with an optional photo) and 철회 on the order page, and
// the staff's center 취소 요청, 승인/거절, 회수, 반품 완료 and 교환 완료 (center and admin order pages). Each is one
// RequestForm: a post with its intent and the part or request it is about, scoped so its answer shows beside it.
// Every form works without JavaScript (the photo form is multipart).
import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type FieldMetadata,
  type FormMetadata,
  type SubmissionResult,
} from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { Field, FormErrors } from "~/components/field";
import { SelectField, TextareaField } from "~/components/form-controls";
import { IMAGE_ACCEPT } from "~/media/image-sources";
import { formatWon } from "~/utils/format";
import { useZodForm } from "~/utils/use-zod-form";
import {
  answerRequestSchema,
  centerCancelRequestSchema,
  customerRequestSchema,
  requestFormId,
  returnStepSchema,
  withdrawRequestSchema,
} from "./part-request-form";
import {
  CENTER_CANCEL_REASONS,
  CUSTOMER_CANCEL_REASONS,
  PART_REQUEST_KIND_LABEL,
  RETURN_REASONS,
  type PartRequestKind,
} from "./part-request-rules";
import { SELLER_FAULT_RETURN_REASONS } from "./return-shipping";

export { RequestSummary, type RequestRow } from "./part-request-summary";

type Result = SubmissionResult<string[]> | undefined;
export type ResultFor = (scope: string) => Result;

/** The scaffolding every request form shares: the errors, the intent and the id of what it is about. */
function RequestForm<Schema extends Record<string, unknown>>({
  form,
  intent,
  target,
  className,
  multipart = false,
  children,
}: {
  form: FormMetadata<Schema, string[]>;
  intent: string;
  target: { name: "fulfilmentId" | "requestId"; value: number };
  className: string;
  multipart?: boolean;
  children: ReactNode;
}) {
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      encType={multipart ? "multipart/form-data" : undefined}
      className={className}
    >
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name={target.name} value={target.value} />
      {children}
    </Form>
  );
}

function ReasonField({
  meta,
  label,
  reasons,
}: {
  meta: FieldMetadata<unknown>;
  label: string;
  reasons: readonly string[];
}) {
  return (
    <SelectField
      label={label}
      meta={meta}
      selectProps={getSelectProps(meta as FieldMetadata<string>)}
      options={reasons.map((r) => ({ value: r, label: r }))}
      placeholder="사유를 고르세요"
    />
  );
}

function PhoneField({ meta, hint }: { meta: FieldMetadata<unknown>; hint?: string }) {
  return (
    <Field
      label="주문하신 분 휴대전화"
      meta={meta}
      hint={hint}
      inputProps={{
        ...getInputProps(meta as FieldMetadata<string>, { type: "tel" }),
        inputMode: "numeric",
        autoComplete: "tel",
      }}
    />
  );
}

function NoteField({ meta, label, rows = 3 }: { meta: FieldMetadata<unknown>; label: string; rows?: number }) {
  return (
    <TextareaField
      label={label}
      meta={meta}
      optional
      className="sm:col-span-2"
      textareaProps={{ ...getTextareaProps(meta as FieldMetadata<string>), rows }}
    />
  );
}

/** The returns policy's 반품 배송비, told before the request is sent. */
function ReturnFeeNotice({ returnFee }: { returnFee: number }) {
  return (
    <p className="rounded-lg bg-cream p-3 text-sm sm:col-span-2">
      반품 사유가 단순 변심이나 기타이면 반품 배송비 <strong>{formatWon(returnFee)}</strong>을 환불 금액에서 뺍니다.{" "}
      {SELLER_FAULT_RETURN_REASONS.join(", ")}은 배송비를 받지 않습니다. 교환은 환불이 없습니다.
    </p>
  );
}

/** The customer's request form for one part: 취소 before 발송, 반품·교환 within 7 days of 배송완료. */
export function CustomerRequestForm({
  fulfilmentId,
  kinds,
  returnFee,
  lastResult,
}: {
  fulfilmentId: number;
  kinds: PartRequestKind[];
  /** What a return for the customer's own reason deducts (the returns policy). */
  returnFee: number;
  lastResult: Result;
}) {
  const [form, fields] = useZodForm(customerRequestSchema, lastResult, {
    id: requestFormId("part-request", fulfilmentId),
  });
  const cancel = kinds.length === 1 && kinds[0] === "CANCEL";
  return (
    <RequestForm
      form={form}
      intent="part-request"
      target={{ name: "fulfilmentId", value: fulfilmentId }}
      className="mt-3 grid gap-3 sm:grid-cols-2"
      multipart={!cancel}
    >
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
      <ReasonField
        meta={fields.reasonCode}
        label={cancel ? "취소 사유" : "사유"}
        reasons={cancel ? CUSTOMER_CANCEL_REASONS : RETURN_REASONS}
      />
      {cancel ? null : <ReturnFeeNotice returnFee={returnFee} />}
      <PhoneField meta={fields.phone} hint="본인 확인을 위해 입력해 주세요" />
      {cancel ? null : (
        <Field
          label="사진"
          meta={fields.photo}
          optional
          hint="파손·오배송이면 상품 사진을 함께 보내 주세요 (JPEG·PNG·WebP, 10MB 이하)"
          inputProps={{ ...getInputProps(fields.photo, { type: "file" }), accept: IMAGE_ACCEPT }}
        />
      )}
      <NoteField meta={fields.note} label="남길 말" />
      <div className="sm:col-span-2">
        <button type="submit" className="btn btn-accent">
          {cancel ? "취소 요청" : "요청 보내기"}
        </button>
      </div>
    </RequestForm>
  );
}

/** 요청 철회 while nobody has answered. */
export function WithdrawRequestForm({ requestId, lastResult }: { requestId: number; lastResult: Result }) {
  const [form, fields] = useZodForm(withdrawRequestSchema, lastResult, {
    id: requestFormId("withdraw-request", requestId),
  });
  return (
    <RequestForm
      form={form}
      intent="withdraw-request"
      target={{ name: "requestId", value: requestId }}
      className="mt-2 flex flex-wrap items-end gap-3"
    >
      <PhoneField meta={fields.phone} />
      <button type="submit" className="btn">
        요청 철회
      </button>
    </RequestForm>
  );
}

/** 승인 / 거절 of an open request (center: the customer's requests for its part; admin: any). */
export function AnswerRequestForm({
  requestId,
  lastResult,
  approveLabel,
}: {
  requestId: number;
  lastResult: Result;
  approveLabel: string;
}) {
  const [form, fields] = useZodForm(answerRequestSchema, lastResult, {
    id: requestFormId("answer-request", requestId),
  });
  return (
    <RequestForm
      form={form}
      intent="answer-request"
      target={{ name: "requestId", value: requestId }}
      className="mt-2 grid gap-3"
    >
      <NoteField meta={fields.answerNote} label="답변 (거절할 때는 사유를 꼭 적어 주세요)" rows={2} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="decision" value="APPROVE" className="btn btn-accent">
          {approveLabel}
        </button>
        <button type="submit" name="decision" value="REJECT" className="btn">
          거절
        </button>
      </div>
    </RequestForm>
  );
}

export type ReturnStepIntent = "collect-request" | "complete-return" | "complete-exchange";

/** One step of an approved 반품·교환 (회수, 반품 완료·환불, 교환 완료): a button, and what it will do. */
export function ReturnStepForm({
  requestId,
  intent,
  label,
  hint,
  lastResult,
}: {
  requestId: number;
  intent: ReturnStepIntent;
  label: string;
  hint?: string;
  lastResult: Result;
}) {
  const [form] = useZodForm(returnStepSchema, lastResult, { id: requestFormId(intent, requestId) });
  return (
    <RequestForm
      form={form}
      intent={intent}
      target={{ name: "requestId", value: requestId }}
      className="mt-2 flex flex-wrap items-center gap-3"
    >
      <button type="submit" className="btn btn-accent">
        {label}
      </button>
      {hint ? <p className="text-sm text-ink-soft">{hint}</p> : null}
    </RequestForm>
  );
}

/** The center's own 취소 요청 for its part (품절, 파손…), answered by the regional admin. */
export function CenterCancelRequestForm({ fulfilmentId, lastResult }: { fulfilmentId: number; lastResult: Result }) {
  const [form, fields] = useZodForm(centerCancelRequestSchema, lastResult, {
    id: requestFormId("center-cancel-request", fulfilmentId),
  });
  return (
    <RequestForm
      form={form}
      intent="center-cancel-request"
      target={{ name: "fulfilmentId", value: fulfilmentId }}
      className="grid gap-3 sm:grid-cols-2"
    >
      <ReasonField meta={fields.reasonCode} label="취소 사유" reasons={CENTER_CANCEL_REASONS} />
      <NoteField meta={fields.note} label="자세한 내용" />
      <div className="sm:col-span-2">
        <button type="submit" className="btn btn-accent">
          취소 요청
        </button>
      </div>
    </RequestForm>
  );
}
