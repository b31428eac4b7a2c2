// The product admin form (/admin/products/new, /admin/products/:id), parsed by the same Zod schema in the
// browser and on the server.
import { z } from "zod";
import {
  checkbox,
  countInput,
  idInput,
  optionalText,
  plainText,
  requiredText,
  slugInput,
  wonInput,
} from "~/utils/form-inputs";
import { FOOD_DISCLOSURE, type FoodField } from "./food-disclosure";

const optionalId = z.preprocess(
  (v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v === "" ? undefined : v),
  z.number().int().positive().optional(),
);

/** One pack option. `stockBefore` is the stock the form was loaded with (see saveProduct). */
export const variantSchema = z.object({
  id: optionalId,
  name: requiredText("옵션 이름을 입력해 주세요. (예: 2봉)", 30),
  units: countInput("묶음 수", { min: 1, max: 1000 }),
  price: wonInput("가격", 10_000_000),
  stock: countInput("재고"),
  stockBefore: z.preprocess(
    (v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : undefined),
    z.number().optional(),
  ),
  active: checkbox,
  position: countInput("순서", { max: 999 }),
});

export { FOOD_DISCLOSURE as FOOD_FIELDS, type FoodField } from "./food-disclosure";

const foodFields = Object.fromEntries(
  FOOD_DISCLOSURE.map((f) => [f.name, plainText(f.max, { multiline: true })]),
) as Record<FoodField, ReturnType<typeof plainText>>;

export const productSchema = z
  .object({
    name: requiredText("상품 이름을 입력해 주세요.", 60),
    slug: slugInput("상품"),
    line: optionalText(30),
    summary: optionalText(200),
    description: optionalText(20_000, { multiline: true }),
    centerId: idInput("생산 센터를 골라 주세요."),
    visible: checkbox,
    ...foodFields,
    variants: z.array(variantSchema).min(1, "판매 옵션을 하나 이상 넣어 주세요.").max(20, "옵션은 20개까지입니다."),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.variants.forEach((v, i) => {
      if (seen.has(v.name))
        ctx.addIssue({ code: "custom", path: ["variants", i, "name"], message: "같은 이름의 옵션이 이미 있습니다." });
      seen.add(v.name);
    });
  });

export type ProductInput = z.output<typeof productSchema>;
export type VariantInput = ProductInput["variants"][number];

/** A blank option row as the form shows it (what "옵션 추가" inserts). */
export function blankVariant(position: number) {
  return { name: "", units: "1", price: "", stock: "0", active: "on", position: String(position) };
}
