// Cancel and refund forms of the admin order page. Each carries the idempotency key the page was
// rendered with, so a double submit refunds once.
import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { FormEvent } from "react";
import { refundSchema } from "~/orders/refund-form";
import { formatWon } from "~/utils/format";
import { useZodForm } from "~/utils/use-zod-form";
import { FormErrors } from "~/components/field";

type FormResult = SubmissionResult<string[]> | undefined;

function confirmFirst(message: string) {
  return (event: FormEvent<HTMLFormElement>) => {
    if (!window.confirm(message)) event.preventDefault();
  };
}

function ReasonInput({ id, name, defaultValue }: { id: string; name: string; defaultValue?: string }) {
  return (
    <label htmlFor={id} className="block text-sm font-bold">
      사유 <span className="font-normal text-ink-soft">(선택, 고객 안내와 기록에 남습니다)</span>
      <input id={id} name={name} defaultValue={defaultValue} maxLength={200} className="input mt-1 w-full" />
    </label>
  );
}

/** 이 센터 상품 취소 (before shipping: cancels, restocks and refunds the whole part). */
export function CancelPartForm(props: {
  fulfilmentId: number;
  refundable: number;
  refundKey: string;
  lastResult: FormResult;
}) {
  const [form, fields] = useZodForm(refundSchema, props.lastResult, { id: `cancel-${props.fulfilmentId}` });
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      onSubmit={confirmFirst(`이 센터 상품을 취소하고 ${formatWon(props.refundable)}을 환불할까요?`)}
      className="space-y-2 rounded-lg border border-orange-200 bg-orange-50/50 p-3"
    >
      <input type="hidden" name="intent" value="cancel-part" />
      <input type="hidden" name="fulfilmentId" value={props.fulfilmentId} />
      <input type="hidden" name="key" value={`${props.refundKey}-c${props.fulfilmentId}`} />
      <FormErrors id={form.errorId} errors={form.errors} form={form} />
      <ReasonInput id={`cancel-reason-${props.fulfilmentId}`} name={fields.reason.name} />
      <button
        type="submit"
        className="btn min-h-11 w-full border border-orange-600 bg-white font-bold text-orange-700 sm:w-auto"
      >
        취소하고 {formatWon(props.refundable)} 환불
      </button>
    </Form>
  );
}

/** 부분 환불 (any state; e.g. a damaged item after delivery). Empty amount = everything left. */
export function RefundPartForm(props: {
  fulfilmentId: number;
  refundable: number;
  refundKey: string;
  lastResult: FormResult;
}) {
  const [form, fields] = useZodForm(refundSchema, props.lastResult, { id: `refund-${props.fulfilmentId}` });
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      onSubmit={confirmFirst("입력한 금액을 환불할까요?")}
      className="space-y-2 rounded-lg border border-line p-3"
    >
      <input type="hidden" name="intent" value="refund-part" />
      <input type="hidden" name="fulfilmentId" value={props.fulfilmentId} />
      <input type="hidden" name="key" value={`${props.refundKey}-r${props.fulfilmentId}`} />
      <FormErrors id={form.errorId} errors={form.errors} form={form} />
      <label htmlFor={fields.amount.id} className="block text-sm font-bold">
        환불 금액 <span className="font-normal text-ink-soft">(최대 {formatWon(props.refundable)}, 비우면 전액)</span>
        <input
          {...getInputProps(fields.amount, { type: "text" })}
          inputMode="numeric"
          placeholder={String(props.refundable)}
          className="input mt-1 w-full"
        />
      </label>
      {fields.amount.errors ? (
        <p id={fields.amount.errorId} className="text-sm font-semibold text-orange-700">
          {fields.amount.errors.join(" ")}
        </p>
      ) : null}
      <ReasonInput id={`refund-reason-${props.fulfilmentId}`} name={fields.reason.name} />
      <button type="submit" className="btn btn-ghost min-h-11 w-full sm:w-auto">
        부분 환불
      </button>
    </Form>
  );
}

/** The whole order at once: cancel everything unshipped, or refund everything left. */
export function WholeOrderForms(props: {
  canCancel: boolean;
  refundable: number;
  refundKey: string;
  lastResult: FormResult;
}) {
  const [form, fields] = useZodForm(refundSchema, props.lastResult, { id: "whole-order" });
  if (props.refundable <= 0) return null;
  const intent = props.canCancel ? "cancel-order" : "refund-order";
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      onSubmit={confirmFirst(
        props.canCancel
          ? `주문 전체를 취소하고 ${formatWon(props.refundable)}을 환불할까요?`
          : `남은 ${formatWon(props.refundable)}을 모두 환불할까요?`,
      )}
      className="space-y-2"
    >
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="key" value={`${props.refundKey}-all`} />
      <FormErrors id={form.errorId} errors={form.errors} form={form} />
      <ReasonInput id="order-reason" name={fields.reason.name} />
      <button type="submit" className="btn min-h-11 border border-orange-600 bg-orange-600 font-bold text-white">
        {props.canCancel
          ? `주문 전체 취소 (${formatWon(props.refundable)} 환불)`
          : `남은 금액 전액 환불 (${formatWon(props.refundable)})`}
      </button>
    </Form>
  );
}
