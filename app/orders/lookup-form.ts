import { z } from "zod";
import { parseDigitsInput } from "~/utils/form-inputs";
import { limitText } from "~/utils/text-fields";
import { normalizeOrderNumber } from "./order-number";

export const lookupSchema = z.object({
  number: z.preprocess(
    (v) => (typeof v === "string" ? normalizeOrderNumber(v) : v),
    limitText(z.string({ required_error: "주문번호를 입력해 주세요." }), 40, "주문번호를 확인해 주세요."),
  ),
  phone: z.preprocess(
    parseDigitsInput,
    z
      .string({ required_error: "휴대전화 번호를 입력해 주세요." })
      .regex(/^0\d{8,10}$/, "휴대전화 번호를 확인해 주세요."),
  ),
});
