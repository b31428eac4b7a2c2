import { getFormProps, getInputProps } from "@conform-to/react";
import { parseForm } from "~/utils/form-parse";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { lookupSchema } from "~/orders/lookup-form";
import { lookupOrder } from "~/orders/order-lookup.server";
import { Field, FormErrors } from "~/components/field";
import { PageHeader } from "~/components/page-header";
import { useZodForm } from "~/utils/use-zod-form";
import { clientIp } from "~/utils/rate-limit.server";
import { baseUrlFrom, seo } from "~/utils/seo";

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), { schema: lookupSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await lookupOrder(submission.value.number, submission.value.phone, clientIp(context));
  if ("token" in result) return redirect(`/orders/${result.token}`);
  const message =
    result.error === "RATE_LIMITED"
      ? "조회 시도가 너무 많습니다. 10분 뒤에 다시 시도해 주세요."
      : // One message for a wrong number and a wrong phone: the form must not reveal which orders exist.
        "주문번호 또는 휴대전화 번호가 일치하지 않습니다.";
  return data(submission.reply({ formErrors: [message] }), { status: result.error === "RATE_LIMITED" ? 429 : 404 });
}

export const headers = () => ({ "Cache-Control": "private, no-store" });

export default function OrderLookup() {
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm(lookupSchema, lastResult);
  return (
    <>
      <PageHeader eyebrow="소소드림" title="비회원 주문조회">
        <p>주문번호와 주문하실 때 입력한 휴대전화 번호로 주문을 확인할 수 있습니다.</p>
      </PageHeader>
      <Form method="post" {...getFormProps(form)} className="container-page mt-8 max-w-md space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} form={form} />
        <Field
          label="주문번호"
          meta={fields.number}
          hint="예: SD-20231201-7KQ3XM"
          inputProps={{ ...getInputProps(fields.number, { type: "text" }), autoCapitalize: "characters" }}
        />
        <Field
          label="휴대전화 번호"
          meta={fields.phone}
          inputProps={{ ...getInputProps(fields.phone, { type: "tel" }), inputMode: "numeric", autoComplete: "tel" }}
        />
        <button type="submit" className="btn btn-primary w-full text-base">
          주문 조회
        </button>
      </Form>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) =>
  seo({ baseUrl: baseUrlFrom(matches), path: "/orders/lookup", title: "비회원 주문조회", noindex: true });
