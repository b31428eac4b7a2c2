import { getFormProps, getInputProps, getSelectProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Field, FormErrors } from "~/components/field";
import { SelectField } from "~/components/form-controls";
import { useZodForm } from "~/utils/use-zod-form";
import { CANCEL_REASONS, customerCancelSchema } from "./customer-cancel-form";

/** 주문 취소 on the order page, offered while no center has accepted its part (신규주문). */
export function CustomerCancelPanel({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useZodForm(customerCancelSchema, lastResult);
  return (
    <section aria-labelledby="cancel-title" className="rounded-xl border border-line bg-white p-5">
      <h2 id="cancel-title" className="font-bold text-teal-950">
        주문 취소
      </h2>
      <p className="mt-1 text-sm text-ink-soft">
        생산 센터가 주문을 확인하기 전이라 바로 취소할 수 있습니다. 결제한 금액 전액을 환불합니다.
      </p>
      <Form method="post" {...getFormProps(form)} className="mt-4 grid gap-4 sm:grid-cols-2">
        <FormErrors id={form.errorId} errors={form.errors} form={form} />
        <input type="hidden" name="intent" value="cancel" />
        <Field
          label="주문하신 분 휴대전화"
          meta={fields.phone}
          hint="본인 확인을 위해 한 번 더 입력해 주세요"
          inputProps={{ ...getInputProps(fields.phone, { type: "tel" }), inputMode: "numeric", autoComplete: "tel" }}
        />
        <SelectField
          label="취소 사유"
          meta={fields.reason}
          selectProps={getSelectProps(fields.reason)}
          options={CANCEL_REASONS.map((r) => ({ value: r, label: r }))}
          placeholder="사유를 고르세요"
        />
        <Field
          label="남길 말"
          meta={fields.message}
          optional
          className="sm:col-span-2"
          inputProps={getInputProps(fields.message, { type: "text" })}
        />
        <div className="sm:col-span-2">
          <button type="submit" className="btn btn-accent">
            주문 취소하고 환불받기
          </button>
        </div>
      </Form>
    </section>
  );
}
