import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { CENTER_KINDS, centerSchema } from "~/centers/center-form";
import { Field, FormErrors, SlugField } from "~/components/field";
import { FormSection, SelectField, TextareaField } from "~/components/form-controls";
import { useZodForm } from "~/utils/use-zod-form";

/** The center form of /admin/centers/new and /admin/centers/:id. */
export function CenterAdminForm({
  lastResult,
  defaultValue,
  submitLabel,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: Record<string, unknown>;
  submitLabel: string;
}) {
  const [form, fields] = useZodForm(centerSchema, lastResult, { defaultValue });
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-6">
      <FormErrors id={form.errorId} errors={form.errors} form={form} />
      <FormSection title="센터 정보">
        <div className="grid gap-4 md:grid-cols-2">
          <Field label="센터 이름" meta={fields.name} hint="예: 광주서구지역자활센터" />
          <Field label="짧은 이름" meta={fields.shortName} hint="목록과 장바구니에 쓰입니다. 예: 서구" />
          <SlugField meta={fields.slug} hint="센터 페이지 주소 /centers/… 에 쓰입니다. 영문 소문자·숫자·하이픈." />
          <SelectField label="종류" meta={fields.kind} options={CENTER_KINDS} placeholder="종류를 고르세요" />
          <Field label="대표자" meta={fields.representative} optional />
          <Field label="전화" meta={fields.phone} kind="tel" optional hint="예: 062-123-4567" />
          <Field label="이메일" meta={fields.email} kind="email" optional />
          <Field label="주소" meta={fields.address} optional />
        </div>
        <TextareaField
          label="소개"
          meta={fields.description}
          rows={4}
          optional
          hint="센터 페이지에 보이는 소개 글입니다."
        />
      </FormSection>
      <FormSection
        title="배송"
        aside="이 센터가 만든 상품은 센터별로 따로 발송됩니다. 한 주문에서 이 센터 상품 합계가 기준 금액 이상이면 배송비가 없습니다."
      >
        <div className="grid gap-4 md:grid-cols-2">
          <Field label="배송비(원)" meta={fields.shippingFee} kind="numeric" hint="예: 3,000" />
          <Field label="무료배송 기준 금액(원)" meta={fields.freeShippingThreshold} kind="numeric" hint="예: 30,000" />
        </div>
      </FormSection>
      <div className="flex justify-end">
        <button type="submit" className="btn btn-primary min-w-32 text-base">
          {submitLabel}
        </button>
      </div>
    </Form>
  );
}
