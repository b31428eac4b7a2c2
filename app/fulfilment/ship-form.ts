import { z } from "zod";
import { COURIERS } from "~/orders/couriers";

const courierCodes = Object.keys(COURIERS) as [keyof typeof COURIERS, ...(keyof typeof COURIERS)[]];

/** 발송 처리: courier + tracking number (digits; spaces and hyphens are dropped). */
export const shipSchema = z.object({
  intent: z.literal("ship"),
  fulfilmentId: z.coerce.number().int().positive(),
  courier: z.enum(courierCodes, { errorMap: () => ({ message: "택배사를 골라 주세요." }) }),
  trackingNumber: z
    .string({ required_error: "송장번호를 입력해 주세요." })
    .transform((value) => value.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\d{9,14}$/, "송장번호는 숫자 9~14자리로 입력해 주세요.")),
});

export const COURIER_OPTIONS = courierCodes.map((code) => ({ code, name: COURIERS[code].name }));
