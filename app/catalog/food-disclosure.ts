// 상품정보제공고시 for 가공식품 (공정거래위원회 고시 「전자상거래 등에서의 상품 등의 정보제공에 관한 고시」),
// in the order of the 고시. `required` items must be filled (with "해당 없음" where they don't apply)
// before the product may be sold; the launch checklist lists what is empty.

export const FOOD_DISCLOSURE = [
  { name: "foodName", label: "제품명", required: true, hint: "포장에 표시된 제품명", max: 100 },
  { name: "foodType", label: "식품의 유형", required: true, hint: "예: 조미김 (품목보고서의 식품유형)", max: 100 },
  { name: "manufacturer", label: "생산자 및 소재지", required: true, hint: "제조한 곳의 이름과 주소", max: 300 },
  { name: "manufacturedOn", label: "제조연월일", required: true, hint: "예: 제품 포장에 별도 표기", max: 200 },
  {
    name: "shelfLife",
    label: "소비기한 또는 품질유지기한",
    required: true,
    hint: "예: 제조일로부터 6개월",
    max: 300,
  },
  {
    name: "contents",
    label: "포장단위별 내용물의 용량(중량), 수량",
    required: true,
    hint: "예: 20g × 5봉",
    max: 300,
  },
  {
    name: "ingredients",
    label: "원재료명 및 함량",
    required: true,
    hint: "많이 들어간 순서대로, 함량과 함께",
    max: 1000,
  },
  { name: "origin", label: "원산지", required: true, hint: "농수산물의 원산지. 예: 김(국산)", max: 300 },
  {
    name: "nutrition",
    label: "영양성분",
    required: true,
    hint: "영양성분 표시대상이 아니면 ‘해당 없음’",
    max: 1000,
  },
  { name: "gmo", label: "유전자변형식품 여부", required: true, hint: "해당하지 않으면 ‘해당 없음’", max: 200 },
  {
    name: "cautions",
    label: "소비자안전을 위한 주의사항",
    required: true,
    hint: "알레르기 유발물질과 같은 시설에서 만드는 원료 포함",
    max: 1000,
  },
  { name: "imported", label: "수입식품 여부", required: true, hint: "국내에서 만들었으면 ‘해당 없음’", max: 200 },
  { name: "consumerPhone", label: "소비자상담 관련 전화번호", required: true, hint: "예: 062-123-4567", max: 100 },
  { name: "storage", label: "보관방법", required: false, hint: "예: 직사광선을 피해 서늘한 곳에 보관", max: 300 },
] as const;

export type FoodField = (typeof FOOD_DISCLOSURE)[number]["name"];

/** The required items a product has left empty. */
export function missingDisclosure(product: Record<FoodField, string>) {
  return FOOD_DISCLOSURE.filter((f) => f.required && !product[f.name].trim());
}
