import { z } from "zod";
import { normalizeOrderNumber } from "./order-number";

export const lookupSchema = z.object({
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
