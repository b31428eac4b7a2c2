// Cancel and refund forms of the admin order page. Each carries the idempotency key the page was
// rendered with, so a double submit refunds once. With JavaScript, Conform checks the fields on blur and
// on submit, and the confirmation is asked once, for a submit that passed those checks (never on a blur);
// without JavaScript the form posts straight away and the server checks it.
import { getFormProps, getInputProps, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useMemo } from "react";
import { refundFormId, refundSchema, refundSchemaFor } from "~/orders/refund-form";
import { parseWonInput } from "~/utils/form-inputs";
import { formatWon } from "~/utils/format";
import { useZodForm } from "~/utils/use-zod-form";
import { FormErrors } from "~/components/field";

type FormResult = SubmissionResult<string[]> | undefined;

/** useForm's onSubmit: asks once; a declined confirmation stops the submit. */
function confirmSubmit(message: (formData: FormData) => string) {
  return (event: { preventDefault: () => void }, { formData }: { formData: FormData }) => {
    if (!window.confirm(message(formData))) event.preventDefault();
  };
}

function FieldError({ meta }: { meta: FieldMetadata<unknown> }) {
  return meta.errors ? (
    <p id={meta.errorId} className="text-sm font-semibold text-orange-700">
      {meta.errors.join(" ")}
    </p>
  ) : null;
}

function ReasonInput({ meta }: { meta: FieldMetadata<string | undefined> }) {
  return (
    <div>
      <label htmlFor={meta.id} className="block text-sm font-bold">
        사유 <span className="font-normal text-ink-soft">(선택, 고객 안내와 기록에 남습니다)</span>
      </label>
      <input
        {...getInputProps(meta, { type: "text" })}
        key={meta.key}
        className="input mt-1 w-full aria-[invalid=true]:border-orange-600"
      />
      <FieldError meta={meta} />
    </div>
  );
}

type PartProps = { fulfilmentId: number; refundable: number; refundKey: string; lastResult: FormResult };

/** 이 센터 상품 취소 (before shipping: cancels, restocks and refunds the whole part). */
export function CancelPartForm(props: PartProps) {
  const [form, fields] = useZodForm(refundSchema, props.lastResult, {
    id: refundFormId("cancel-part", props.fulfilmentId),
    onSubmit: confirmSubmit(() => `이 센터 상품을 취소하고 ${formatWon(props.refundable)}을 환불할까요?`),
  });
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="space-y-2 rounded-lg border border-orange-200 bg-orange-50/50 p-3"
    >
      <input type="hidden" name="intent" value="cancel-part" />
      <input type="hidden" name="fulfilmentId" value={props.fulfilmentId} />
      <input type="hidden" name="key" value={`${props.refundKey}-c${props.fulfilmentId}`} />
      <FormErrors id={form.errorId} errors={form.errors} form={form} />
      <ReasonInput meta={fields.reason} />
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
export function RefundPartForm(props: PartProps) {
  const clientSchema = useMemo(() => refundSchemaFor(props.refundable), [props.refundable]);
  const [form, fields] = useZodForm(refundSchema, props.lastResult, {
    id: refundFormId("refund-part", props.fulfilmentId),
    clientSchema,
    onSubmit: confirmSubmit((formData) => {
      const typed = parseWonInput(formData.get(fields.amount.name));
      const amount = typeof typed === "number" ? typed : props.refundable;
      return `${formatWon(amount)}을 환불할까요?`;
    }),
  });
  const amount = fields.amount as FieldMetadata<string | undefined>;
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-2 rounded-lg border border-line p-3">
      <input type="hidden" name="intent" value="refund-part" />
      <input type="hidden" name="fulfilmentId" value={props.fulfilmentId} />
      <input type="hidden" name="key" value={`${props.refundKey}-r${props.fulfilmentId}`} />
      <FormErrors id={form.errorId} errors={form.errors} form={form} />
      <div>
        <label htmlFor={amount.id} className="block text-sm font-bold">
          환불 금액 <span className="font-normal text-ink-soft">(최대 {formatWon(props.refundable)}, 비우면 전액)</span>
        </label>
        <input
          {...getInputProps(amount, { type: "text" })}
          key={amount.key}
          inputMode="numeric"
          placeholder={String(props.refundable)}
          className="input mt-1 w-full aria-[invalid=true]:border-orange-600"
        />
        <FieldError meta={amount} />
      </div>
      <ReasonInput meta={fields.reason} />
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
  const [form, fields] = useZodForm(refundSchema, props.lastResult, {
    id: refundFormId("cancel-order"),
    onSubmit: confirmSubmit(() =>
      props.canCancel
        ? `주문 전체를 취소하고 ${formatWon(props.refundable)}을 환불할까요?`
        : `남은 ${formatWon(props.refundable)}을 모두 환불할까요?`,
    ),
  });
  if (props.refundable <= 0) return null;
  const intent = props.canCancel ? "cancel-order" : "refund-order";
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-2">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="key" value={`${props.refundKey}-all`} />
      <FormErrors id={form.errorId} errors={form.errors} form={form} />
      <ReasonInput meta={fields.reason} />
      <button type="submit" className="btn min-h-11 border border-orange-600 bg-orange-600 font-bold text-white">
        {props.canCancel
          ? `주문 전체 취소 (${formatWon(props.refundable)} 환불)`
          : `남은 금액 전액 환불 (${formatWon(props.refundable)})`}
      </button>
    </Form>
  );
}
