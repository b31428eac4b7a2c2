import { z } from "zod";
import { parseCountInput } from "~/utils/form-inputs";

/** At or below this many left, the stock page says so (an order or two could sell it out). */
export const LOW_STOCK = 5;
export const MAX_STOCK = 99_999;

// Read by the app's one count parser; a negative or fractional count is as invalid as "abc".
const count = (messages: { required: string; invalid: string }) =>
  z.preprocess(
    parseCountInput,
    z
      .number({ required_error: messages.required, invalid_type_error: messages.invalid })
      .int(messages.invalid)
      .min(0, messages.invalid),
  );

/**
 * One option's stock as the staff member sets it: the new count, plus the count the page showed
 * (`expectedStock`) so a sale that happened in between is noticed instead of overwritten.
 */
export const stockSchema = z.object({
  variantId: count({ required: "옵션을 찾을 수 없습니다.", invalid: "옵션을 찾을 수 없습니다." }),
  expectedStock: count({
    required: "페이지를 새로 고친 뒤 다시 저장해 주세요.",
    invalid: "페이지를 새로 고친 뒤 다시 저장해 주세요.",
  }),
  stock: count({ required: "재고 수량을 입력해 주세요.", invalid: "재고는 0 이상의 숫자로 입력해 주세요." }).pipe(
    z
      .number()
      .int()
      .max(MAX_STOCK, `재고는 ${MAX_STOCK.toLocaleString("ko-KR")}개까지 입력할 수 있습니다.`),
  ),
});
