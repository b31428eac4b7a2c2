// The product admin form (/admin/products/new, /admin/products/:id), parsed by the same Zod schema in the
// browser and on the server.
import { z } from "zod";
import { checkbox, countInput, idInput, optionalText, requiredText, slugInput, wonInput } from "~/utils/form-inputs";

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

export const FOOD_FIELDS = [
  { name: "ingredients", label: "원재료명", hint: "함량이 많은 순서대로 적어 주세요." },
  { name: "origin", label: "원산지", hint: "예: 김(국산), 들기름(국산)" },
  { name: "contents", label: "중량/수량", hint: "예: 30g × 2봉" },
  { name: "shelfLife", label: "유통기한", hint: "예: 제조일로부터 6개월" },
  { name: "storage", label: "보관방법", hint: "예: 직사광선을 피해 서늘한 곳에 보관" },
  { name: "manufacturer", label: "제조원", hint: "제조한 곳의 이름과 주소" },
] as const;
export type FoodField = (typeof FOOD_FIELDS)[number]["name"];

export const productSchema = z
  .object({
    name: requiredText("상품 이름을 입력해 주세요.", 60),
    slug: slugInput("상품"),
    line: optionalText(30),
    summary: optionalText(200),
    description: optionalText(20_000),
    centerId: idInput("생산 센터를 골라 주세요."),
    visible: checkbox,
    ingredients: optionalText(1000),
    origin: optionalText(300),
    contents: optionalText(300),
    shelfLife: optionalText(300),
    storage: optionalText(300),
    manufacturer: optionalText(300),
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
