// Korean account of what a product save changed, for the audit log ("옵션 2봉: 가격 3,000원 → 3,500원").
import { formatWon } from "~/utils/format";
import { FOOD_DISCLOSURE, type FoodField } from "./food-disclosure";

type ProductFields = {
  name: string;
  slug: string;
  line: string;
  summary: string;
  description: string;
  visible: boolean;
} & Record<FoodField, string>;

type VariantFields = { name: string; units: number; price: number; stock: number; active: boolean; position: number };

// Short values are quoted before and after; long texts only say that they changed.
const SHORT: [keyof ProductFields, string][] = [
  ["name", "이름"],
  ["slug", "주소"],
  ["line", "제품군"],
];
const LONG: [keyof ProductFields, string][] = [
  ["summary", "요약"],
  ["description", "상품 설명"],
  ...FOOD_DISCLOSURE.map((f): [keyof ProductFields, string] => [f.name, f.label]),
];

const shown = (value: string) => (value === "" ? "(없음)" : value);

export function describeProductChanges(
  before: ProductFields & { centerName: string },
  after: ProductFields & { centerName: string },
): string[] {
  const changes: string[] = [];
  for (const [key, label] of SHORT) {
    if (before[key] !== after[key])
      changes.push(`${label} ${shown(String(before[key]))} → ${shown(String(after[key]))}`);
  }
  if (before.centerName !== after.centerName) changes.push(`생산 센터 ${before.centerName} → ${after.centerName}`);
  if (before.visible !== after.visible) changes.push(after.visible ? "숨김 → 공개" : "공개 → 숨김");
  const edited = LONG.filter(([key]) => before[key] !== after[key]).map(([, label]) => label);
  if (edited.length) changes.push(`${edited.join("·")} 수정`);
  return changes;
}

export function describeVariantChanges(before: VariantFields, after: VariantFields): string | null {
  const parts: string[] = [];
  if (before.name !== after.name) parts.push(`이름 ${before.name} → ${after.name}`);
  if (before.price !== after.price) parts.push(`가격 ${formatWon(before.price)} → ${formatWon(after.price)}`);
  if (before.units !== after.units) parts.push(`묶음 ${before.units} → ${after.units}`);
  if (before.stock !== after.stock) parts.push(`재고 ${before.stock} → ${after.stock}`);
  if (before.position !== after.position) parts.push(`순서 ${before.position} → ${after.position}`);
  if (before.active !== after.active) parts.push(after.active ? "판매 재개" : "판매 중지");
  return parts.length ? `옵션 ${after.name}: ${parts.join(", ")}` : null;
}

/** "1봉 3,000원 (재고 10)" */
export function describeOption(v: VariantFields): string {
  return `${v.name} ${formatWon(v.price)} (재고 ${v.stock}${v.active ? "" : ", 판매 중지"})`;
}

export function describeNewVariant(v: VariantFields): string {
  return `옵션 추가 ${describeOption(v)}`;
}
