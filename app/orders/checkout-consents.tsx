import type { FieldMetadata } from "@conform-to/react";
import { getInputProps } from "@conform-to/react";
import { useState } from "react";
import { CONSENT_ITEMS } from "~/orders/checkout-form";
import { policyByKind, type PolicyKind } from "~/policies/policy-kinds";

type ConsentName = (typeof CONSENT_ITEMS)[number]["name"];
type Fields = Record<ConsentName | "consentAll", FieldMetadata<unknown>>;

const LABELS: Record<ConsentName, string> = {
  consentTerms: "이용약관 동의",
  consentPrivacy: "개인정보 수집·이용 동의",
  consentThirdParty: "개인정보 제3자 제공 동의",
  consentPurchase: "구매조건 확인 및 결제 진행 동의",
  consentAge14: "만 14세 이상입니다",
};

/** Conform's checkbox props for a box this component controls (no key, no defaultChecked). */
function box(meta: FieldMetadata<unknown>) {
  const {
    key: _key,
    defaultChecked: _default,
    ...props
  } = getInputProps(meta as FieldMetadata<string>, {
    type: "checkbox",
  });
  return props;
}

/**
 * 전체 동의 ticks every item in the browser; without JavaScript the server counts 전체 동의 alone as
 * all of them. Each item links to the exact version of the text being agreed to.
 */
export function CheckoutConsents({
  fields,
  versions,
  centers,
}: {
  fields: Fields;
  versions: Record<PolicyKind, number>;
  centers: string[];
}) {
  const initial = Object.fromEntries(
    CONSENT_ITEMS.map((c) => [c.name, fields[c.name].initialValue === "on" || fields.consentAll.initialValue === "on"]),
  ) as Record<ConsentName, boolean>;
  const [checked, setChecked] = useState(initial);
  const all = CONSENT_ITEMS.every((c) => checked[c.name]);
  const summaries: Record<ConsentName, string> = {
    consentTerms: "소소드림 상점 이용 조건과 주문·배송·분쟁 해결 방법",
    consentPrivacy:
      "수집 항목: 주문하는 분 이름·휴대전화·이메일, 받는 분 이름·연락처·주소. 목적: 주문 처리, 배송, 안내. 보유: 전자상거래법에 따라 5년.",
    consentThirdParty: `제공받는 자: ${centers.join(", ")}. 항목: 받는 분 이름·연락처·주소·배송 메모(선물이면 보내는 분과 메시지). 목적: 상품 발송. 보유: 배송 완료 후 3개월.`,
    consentPurchase: "주문 상품, 가격, 배송비와 추가 배송비, 교환·반품·환불 조건을 확인했습니다.",
    consentAge14: "만 14세 미만은 주문할 수 없습니다.",
  };
  return (
    <fieldset className="rounded-xl border border-line bg-white p-5">
      <legend className="px-1 text-lg font-bold text-teal-950">약관 동의</legend>
      <label className="flex min-h-12 items-center gap-3 rounded-lg bg-teal-50 px-3 text-base font-extrabold text-teal-950">
        <input
          {...box(fields.consentAll)}
          checked={all}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setChecked(Object.fromEntries(CONSENT_ITEMS.map((c) => [c.name, on])) as Record<ConsentName, boolean>);
          }}
          className="size-5 accent-teal-800"
        />
        전체 동의
      </label>
      <ul className="mt-2">
        {CONSENT_ITEMS.map((c) => {
          const meta = fields[c.name];
          const policy = c.policy ? policyByKind(c.policy) : null;
          return (
            <li key={c.name} className="border-b border-line py-2 last:border-0">
              <div className="flex flex-wrap items-center gap-x-2">
                <label className="flex min-h-11 flex-1 items-center gap-3 font-semibold">
                  <input
                    {...box(meta)}
                    checked={checked[c.name]}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      setChecked((prev) => ({ ...prev, [c.name]: on }));
                    }}
                    className="size-5 accent-teal-800"
                  />
                  <span>
                    {LABELS[c.name]} <span className="text-orange-700">(필수)</span>
                  </span>
                </label>
                {policy ? (
                  <a
                    href={`/policies/${policy.slug}?version=${versions[policy.kind]}`}
                    target="_blank"
                    rel="noopener"
                    className="inline-flex min-h-11 items-center text-sm font-semibold text-teal-800 underline"
                  >
                    전문 보기<span className="sr-only">: {policy.title} (새 창)</span>
                  </a>
                ) : null}
              </div>
              <p className="ml-8 text-sm text-ink-soft">{summaries[c.name]}</p>
              {meta.errors ? (
                <p id={meta.errorId} className="ml-8 text-sm font-semibold text-orange-700">
                  {meta.errors.join(" ")}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
