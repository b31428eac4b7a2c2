import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { z } from "zod";
import { normalizeOrderNumber } from "~/checkout/order-number";
import { findOrderForLookup } from "~/checkout/orders.server";
import { Field } from "~/components/field";
import { PageHeader } from "~/components/page-header";
import { clientIp, createRateLimiter } from "~/utils/rate-limit.server";
import { baseUrlFrom, seo } from "~/utils/seo";

const lookupSchema = z.object({
  number: z.preprocess(
    (v) => (typeof v === "string" ? normalizeOrderNumber(v) : v),
    z.string({ required_error: "주문번호를 입력해 주세요." }).max(40, "주문번호를 확인해 주세요."),
  ),
  phone: z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/\D/g, "") : v),
    z
      .string({ required_error: "휴대전화 번호를 입력해 주세요." })
      .regex(/^0\d{8,10}$/, "휴대전화 번호를 확인해 주세요."),
  ),
});

// Ten tries per address per ten minutes: enough for typos, too few to guess order numbers.
const limiter = createRateLimiter({ limit: 10, windowMs: 10 * 60_000 });
export const resetLookupRateLimit = () => limiter.reset();

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: lookupSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  if (!limiter.hit(clientIp(context))) {
    return data(submission.reply({ formErrors: ["조회 시도가 너무 많습니다. 10분 뒤에 다시 시도해 주세요."] }), {
      status: 429,
    });
  }
  const token = await findOrderForLookup(submission.value.number, submission.value.phone);
  if (!token) {
    // One message for a wrong number and a wrong phone: the form must not reveal which orders exist.
    return data(submission.reply({ formErrors: ["주문번호 또는 휴대전화 번호가 일치하지 않습니다."] }), {
      status: 404,
    });
  }
  return redirect(`/orders/${token}`);
}

export const headers = () => ({ "Cache-Control": "private, no-store" });

export default function OrderLookup() {
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: lookupSchema }),
  });
  return (
    <>
      <PageHeader eyebrow="소소드림" title="비회원 주문조회">
        <p>주문번호와 주문하실 때 입력한 휴대전화 번호로 주문을 확인할 수 있습니다.</p>
      </PageHeader>
      <Form method="post" {...getFormProps(form)} className="container-page mt-8 max-w-md space-y-4">
        {form.errors?.length ? (
          <p id={form.errorId} role="alert" className="rounded-lg bg-orange-50 p-4 font-semibold text-orange-700">
            {form.errors.join(" ")}
          </p>
        ) : null}
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
