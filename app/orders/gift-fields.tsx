import type { FieldMetadata } from "@conform-to/react";
import { getInputProps, getTextareaProps } from "@conform-to/react";
import { useState } from "react";
import { GIFT_MESSAGE_MAX } from "~/orders/checkout-form";
import { visibleLength } from "~/utils/text-fields";
import { useHydrated } from "~/utils/use-hydrated";
import { Field } from "~/components/field";

type Fields = {
  isGift: FieldMetadata<unknown>;
  giftSender: FieldMetadata<unknown>;
  giftMessage: FieldMetadata<unknown>;
};
const asText = (meta: FieldMetadata<unknown>) => meta as FieldMetadata<string>;

/** 선물하기: the sender's name and a short message, printed on the packing slip (which never shows prices). */
export function GiftFields({ fields }: { fields: Fields }) {
  const hydrated = useHydrated();
  const [on, setOn] = useState(fields.isGift.initialValue === "on");
  const [message, setMessage] = useState(String(fields.giftMessage.initialValue ?? ""));
  const { key: _key, ...boxProps } = getInputProps(asText(fields.isGift), { type: "checkbox" });
  const { key: _k2, ...textareaProps } = getTextareaProps(asText(fields.giftMessage));
  const length = visibleLength(message);
  // Without JavaScript the fields are always there; they count only when the box is ticked.
  const show = on || !hydrated;
  return (
    <fieldset className="rounded-xl border border-line bg-white p-5">
      <legend className="px-1 text-lg font-bold text-teal-950">선물하기</legend>
      <label className="flex min-h-12 items-center gap-3 font-semibold">
        <input {...boxProps} onChange={(e) => setOn(e.currentTarget.checked)} className="size-5 accent-teal-800" />
        선물로 보내기
      </label>
      <p className="ml-8 text-sm text-ink-soft">가격 없이 메시지 카드와 함께 보내 드려요.</p>
      {show ? (
        <div className="mt-3 grid gap-4">
          <Field
            label="보내는 분"
            meta={fields.giftSender}
            hint="받는 분에게 보이는 이름입니다. 예: 딸 민지"
            inputProps={{ ...getInputProps(asText(fields.giftSender), { type: "text" }), autoComplete: "off" }}
          />
          <div>
            <label htmlFor={fields.giftMessage.id} className="mb-1 block text-sm font-bold text-teal-950">
              선물 메시지 <span className="font-normal text-ink-soft">(선택)</span>
            </label>
            <textarea
              {...textareaProps}
              rows={3}
              onInput={(e) => setMessage(e.currentTarget.value)}
              placeholder="예: 새해 복 많이 받으세요. 늘 건강하세요!"
              aria-describedby={[
                `${fields.giftMessage.id}-count`,
                fields.giftMessage.errors ? fields.giftMessage.errorId : "",
              ]
                .filter(Boolean)
                .join(" ")}
              className="input w-full py-2 text-base leading-relaxed aria-[invalid=true]:border-orange-600"
            />
            <p
              id={`${fields.giftMessage.id}-count`}
              className={`mt-1 text-right text-xs ${length > GIFT_MESSAGE_MAX ? "font-bold text-orange-700" : "text-ink-soft"}`}
            >
              {hydrated ? `${length} / ${GIFT_MESSAGE_MAX}자` : `${GIFT_MESSAGE_MAX}자 이내`}
            </p>
            {fields.giftMessage.errors ? (
              <p id={fields.giftMessage.errorId} className="mt-1 text-sm font-semibold text-orange-700">
                {fields.giftMessage.errors.join(" ")}
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
