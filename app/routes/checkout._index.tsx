import { getFormProps, getInputProps } from "@conform-to/react";
import { parseForm } from "~/utils/form-parse";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { getCartView, readCartId } from "~/cart/cart.server";
import { checkoutSchema } from "~/orders/checkout-form";
import { checkoutPolicyVersions } from "~/orders/consents.server";
import { checkoutRefusalMessage } from "~/orders/checkout-messages";
import { placeCheckout } from "~/orders/place-checkout.server";
import { startPayment } from "~/payments/checkout-session.server";
import { AddressSearch } from "~/orders/address-search";
import { CheckoutConsents } from "~/orders/checkout-consents";
import { CheckoutSummary } from "~/orders/checkout-summary";
import { Field, FormErrors } from "~/components/field";
import { GiftFields } from "~/orders/gift-fields";
import { PageHeader } from "~/components/page-header";
import { useZodForm } from "~/utils/use-zod-form";
import { baseUrlFrom, seo } from "~/utils/seo";
import { nullWhenDatabaseUnavailable, replyDatabaseUnavailable } from "~/utils/form-reply.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const cart = await getCartView(await readCartId(request));
  if (cart.groups.length === 0 || cart.problems.length > 0) throw redirect("/cart");
  const policies = await checkoutPolicyVersions();
  return { cart, policies };
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), { schema: checkoutSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const cartId = await readCartId(request);
  if (!cartId) return redirect("/cart");
  const placed = await nullWhenDatabaseUnavailable(() => placeCheckout(cartId, submission.value));
  if (!placed) return replyDatabaseUnavailable(submission);
  if (!placed.ok) {
    return data(submission.reply({ formErrors: [checkoutRefusalMessage(placed)] }), { status: 409 });
  }
  try {
    const payment = await startPayment(placed.data.orderId);
    if (payment.ok) return redirect(payment.data);
    return data(submission.reply({ formErrors: [checkoutRefusalMessage(payment)] }), { status: 409 });
  } catch (error) {
    console.error("checkout failed", error);
    return data(submission.reply({ formErrors: ["결제 페이지를 열지 못했습니다. 잠시 후 다시 시도해 주세요."] }), {
      status: 502,
    });
  }
}

export const headers = () => ({ "Cache-Control": "private, no-store" });

export default function CheckoutPage() {
  const { cart, policies } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useZodForm(checkoutSchema, lastResult);
  const [same, setSame] = useState(lastResult?.initialValue?.sameAsOrderer === "on");
  const typedPostal = lastResult?.initialValue?.postalCode;
  const [postal, setPostal] = useState(typeof typedPostal === "string" ? typedPostal.replace(/\D/g, "") : "");
  const centers = cart.groups.map((g) => g.center.name);
  const versions = { TERMS: 0, PRIVACY: 0, RETURNS: 0 };
  for (const kind of Object.keys(versions) as (keyof typeof versions)[])
    versions[kind] = policies.versions[kind].version;
  return (
    <>
      <PageHeader eyebrow="소소드림" title="주문서 작성" />
      <Form method="post" {...getFormProps(form)} className="container-page mt-8 grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-8">
          <FormErrors id={form.errorId} errors={form.errors} form={form} />
          <input type="hidden" name="policyVersions" value={policies.token} />
          <fieldset className="rounded-xl border border-line bg-white p-5">
            <legend className="px-1 text-lg font-bold text-teal-950">주문하시는 분</legend>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field
                label="이름"
                meta={fields.ordererName}
                inputProps={{ ...getInputProps(fields.ordererName, { type: "text" }), autoComplete: "name" }}
              />
              <Field
                label="휴대전화"
                meta={fields.ordererPhone}
                hint="숫자만 입력해도 됩니다"
                inputProps={{
                  ...getInputProps(fields.ordererPhone, { type: "tel" }),
                  autoComplete: "tel",
                  inputMode: "numeric",
                  placeholder: "010-1234-5678",
                }}
              />
              <Field
                label="이메일"
                meta={fields.ordererEmail}
                hint="주문 안내를 보내 드립니다"
                className="sm:col-span-2"
                inputProps={{ ...getInputProps(fields.ordererEmail, { type: "email" }), autoComplete: "email" }}
              />
            </div>
          </fieldset>
          <fieldset className="rounded-xl border border-line bg-white p-5">
            <legend className="px-1 text-lg font-bold text-teal-950">받는 분</legend>
            <label className="mb-4 flex min-h-11 items-center gap-2 font-semibold">
              <input
                {...getInputProps(fields.sameAsOrderer, { type: "checkbox" })}
                onChange={(e) => setSame(e.currentTarget.checked)}
                className="size-5 accent-teal-800"
              />
              주문하시는 분과 같음
            </label>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field
                label="이름"
                meta={fields.recipientName}
                hint={same ? "주문하시는 분 이름으로 보냅니다" : undefined}
                inputProps={{ ...getInputProps(fields.recipientName, { type: "text" }), disabled: same }}
              />
              <Field
                label="연락처"
                meta={fields.recipientPhone}
                inputProps={{
                  ...getInputProps(fields.recipientPhone, { type: "tel" }),
                  inputMode: "numeric",
                  placeholder: "010-1234-5678",
                  disabled: same,
                }}
              />
              <Field
                label="우편번호"
                meta={fields.postalCode}
                hint="5자리. 제주·도서산간은 결제 금액에 추가 배송비가 바로 더해집니다."
                inputProps={{
                  ...getInputProps(fields.postalCode, { type: "text" }),
                  inputMode: "numeric",
                  autoComplete: "postal-code",
                  maxLength: 7,
                  onInput: (e) => setPostal(e.currentTarget.value.replace(/\D/g, "")),
                }}
              />
              <AddressSearch
                onSelect={(postalCode, address) => {
                  form.update({ name: fields.postalCode.name, value: postalCode });
                  form.update({ name: fields.address1.name, value: address });
                  setPostal(postalCode);
                  requestAnimationFrame(() => document.getElementById(fields.address2.id)?.focus());
                }}
              />
              <Field
                label="주소"
                meta={fields.address1}
                className="sm:col-span-2"
                inputProps={{ ...getInputProps(fields.address1, { type: "text" }), autoComplete: "address-line1" }}
              />
              <Field
                label="상세주소"
                meta={fields.address2}
                optional
                className="sm:col-span-2"
                inputProps={{ ...getInputProps(fields.address2, { type: "text" }), autoComplete: "address-line2" }}
              />
              <Field
                label="배송 메모"
                meta={fields.deliveryMemo}
                optional
                className="sm:col-span-2"
                inputProps={{
                  ...getInputProps(fields.deliveryMemo, { type: "text" }),
                  placeholder: "예: 문 앞에 놓아 주세요",
                }}
              />
            </div>
          </fieldset>
          <GiftFields fields={fields} />
          <CheckoutConsents fields={fields} versions={versions} centers={centers} />
        </div>
        <CheckoutSummary cart={cart} postalCode={postal} submitting={navigation.state !== "idle"} />
      </Form>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) =>
  seo({ baseUrl: baseUrlFrom(matches), path: "/checkout", title: "주문서 작성", noindex: true });
