// The center admin form (/admin/centers/new, /admin/centers/:id), shared by browser and server.
import { z } from "zod";
import { CenterKind } from "~/generated/prisma/enums";
import { emailInput, optionalText, phoneInput, requiredText, slugInput, wonInput } from "~/utils/form-inputs";

export const CENTER_KIND_LABEL: Record<CenterKind, string> = { REGIONAL: "광역자활센터", LOCAL: "지역자활센터" };
export const CENTER_KINDS = Object.values(CenterKind).map((value) => ({ value, label: CENTER_KIND_LABEL[value] }));

export const centerSchema = z.object({
  name: requiredText("센터 이름을 입력해 주세요.", 50),
  shortName: requiredText("짧은 이름을 입력해 주세요. (예: 서구)", 20),
  slug: slugInput("센터"),
  kind: z.nativeEnum(CenterKind, {
    required_error: "센터 종류를 골라 주세요.",
    invalid_type_error: "센터 종류를 골라 주세요.",
  }),
  representative: optionalText(30),
  address: optionalText(200),
  phone: phoneInput,
  email: emailInput.optional(),
  description: optionalText(2000, { multiline: true }),
  shippingFee: wonInput("배송비", 100_000),
  freeShippingThreshold: wonInput("무료배송 기준 금액", 10_000_000),
});

export type CenterInput = z.output<typeof centerSchema>;
