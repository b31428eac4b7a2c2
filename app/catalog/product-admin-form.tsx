import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { blankVariant, FOOD_FIELDS, productSchema } from "~/catalog/product-form";
import { Field, FormErrors, SlugField } from "~/components/field";
import { CheckboxField, FieldError, FormSection, SelectField, TextareaField } from "~/components/form-controls";
import { useZodForm } from "~/utils/use-zod-form";

type VariantNote = { orders: number };

/** The product form of /admin/products/new and /admin/products/:id; works fully without JavaScript. */
export function ProductAdminForm({
  lastResult,
  defaultValue,
  centers,
  variantNotes = {},
  submitLabel,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue: Record<string, unknown>;
  centers: { id: number; name: string }[];
  variantNotes?: Record<string, VariantNote>;
  submitLabel: string;
}) {
  const [form, fields] = useZodForm(productSchema, lastResult, { defaultValue });
  const rows = fields.variants.getFieldList();
  const centerOptions = centers.map((c) => ({ value: c.id, label: c.name }));
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-6">
      {/* Enter in a text box presses the first submit button: make that one "save", not "옵션 추가". */}
      <button type="submit" className="sr-only" tabIndex={-1} aria-hidden="true">
        {submitLabel}
      </button>
      <FormErrors id={form.errorId} errors={form.errors} form={form} />

      <FormSection title="기본 정보">
        <div className="grid gap-4 md:grid-cols-2">
          <Field label="상품 이름" meta={fields.name} />
          <SlugField
            meta={fields.slug}
            hint="쇼핑몰 주소 /shop/… 에 쓰입니다. 영문 소문자·숫자·하이픈. 바꾸면 예전 주소는 열리지 않습니다."
          />
          <Field label="제품군" meta={fields.line} optional hint="예: 내친구김" />
          <SelectField label="생산 센터" meta={fields.centerId} options={centerOptions} placeholder="센터를 고르세요" />
        </div>
        <Field label="한 줄 소개" meta={fields.summary} optional />
        <TextareaField
          label="상품 설명"
          meta={fields.description}
          rows={8}
          optional
          hint="마크다운으로 씁니다. 빈 줄로 문단을 나누고, 줄 앞에 - 를 쓰면 목록이 됩니다."
        />
        <CheckboxField
          label="쇼핑몰에 공개"
          meta={fields.visible}
          hint="끄면 쇼핑몰 목록과 상품 페이지에서 숨겨집니다. 주문 기록은 그대로 남습니다."
        />
      </FormSection>

      <FormSection
        title="판매 옵션"
        aside="가격은 원 단위로 입력합니다 (3000 또는 3,000). 가격을 바꿔도 이미 들어온 주문의 금액은 바뀌지 않습니다. 주문된 옵션은 지울 수 없으니 판매를 끄세요."
      >
        <FieldError meta={fields.variants} className="font-semibold text-orange-700" />
        <ol className="space-y-3">
          {rows.map((row, index) => {
            const v = row.getFieldset();
            const id = typeof v.id.initialValue === "string" ? v.id.initialValue : "";
            const note = id ? variantNotes[id] : undefined;
            return (
              <li key={row.key} className="rounded-lg border border-line bg-paper p-3 sm:p-4">
                <input {...getInputProps(v.id, { type: "hidden" })} />
                <input {...getInputProps(v.stockBefore, { type: "hidden" })} />
                <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-bold text-teal-950">옵션 {index + 1}</span>
                  {id ? (
                    <span className="text-ink-soft">{note?.orders ? `주문 ${note.orders}건` : "주문 없음"}</span>
                  ) : (
                    <span className="text-orange-700">새 옵션 (저장 전)</span>
                  )}
                  {!id && rows.length > 1 ? (
                    <button
                      {...form.remove.getButtonProps({ name: fields.variants.name, index })}
                      className="btn btn-ghost ml-auto min-h-10 text-sm"
                    >
                      이 옵션 빼기
                    </button>
                  ) : null}
                </div>
                <div className="grid grid-cols-2 gap-3 sm:grid-cols-6">
                  <Field label="옵션 이름" meta={v.name} className="col-span-2" />
                  <Field label="묶음 수" meta={v.units} kind="numeric" />
                  <Field label="가격(원)" meta={v.price} kind="numeric" />
                  <Field label="재고" meta={v.stock} kind="numeric" />
                  <Field label="표시 순서" meta={v.position} kind="numeric" />
                </div>
                <CheckboxField label="판매 중" meta={v.active} className="mt-1" />
              </li>
            );
          })}
        </ol>
        <div>
          <button
            {...form.insert.getButtonProps({ name: fields.variants.name, defaultValue: blankVariant(rows.length + 1) })}
            className="btn btn-ghost"
          >
            + 옵션 추가
          </button>
        </div>
      </FormSection>

      <FormSection
        title="상품정보제공고시 (가공식품)"
        aside="전자상거래법에 따라 상품 페이지에 표로 보입니다. 해당하지 않는 항목은 ‘해당 없음’이라고 적어 주세요. 모르는 내용은 지어내지 말고 비워 두면 ‘등록 전’으로 보이고 출시 전 점검에 남습니다."
      >
        <div className="grid gap-4 md:grid-cols-2">
          {FOOD_FIELDS.map((f) => (
            <TextareaField
              key={f.name}
              label={f.label}
              meta={fields[f.name]}
              rows={2}
              hint={f.hint}
              optional={!f.required}
            />
          ))}
        </div>
      </FormSection>

      <div
        data-sticky-bar
        className="sticky bottom-0 -mx-4 flex justify-end gap-3 border-t border-line bg-paper/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border"
      >
        <button type="submit" className="btn btn-primary min-w-32 text-base">
          {submitLabel}
        </button>
      </div>
    </Form>
  );
}
