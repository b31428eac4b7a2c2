// "출시 전 점검": what is still unfilled or unset before the shop takes real orders. Each item disappears
// once it is filled, so an empty list means ready.
import { FOOD_DISCLOSURE, missingDisclosure } from "~/catalog/food-disclosure";
import { unfinishedPolicies } from "~/policies/policies.server";
import { getSiteInfo, missingSiteInfo } from "~/site-info/site-info.server";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";

export type ChecklistItem = { area: string; title: string; detail: string; href?: string };

const disclosureSelect = Object.fromEntries(FOOD_DISCLOSURE.map((f) => [f.name, true])) as Record<
  (typeof FOOD_DISCLOSURE)[number]["name"],
  true
>;

function configurationItems(config: Pick<typeof env, "STRIPE_SECRET_KEY" | "SMTP_URL" | "PUBLIC_BASE_URL">) {
  const items: ChecklistItem[] = [];
  if (!config.STRIPE_SECRET_KEY) {
    items.push({
      area: "결제",
      title: "Stripe 키가 설정되지 않았습니다",
      detail: "STRIPE_SECRET_KEY와 STRIPE_WEBHOOK_SECRET이 없어 시험용 결제 페이지로 연결됩니다.",
    });
  } else if (/^(sk|rk)_test_/.test(config.STRIPE_SECRET_KEY)) {
    items.push({
      area: "결제",
      title: "Stripe 테스트 키를 쓰고 있습니다",
      detail: "실제 판매 전에 운영(live) 키로 바꿔야 결제가 이루어집니다.",
    });
  }
  if (!config.SMTP_URL) {
    items.push({
      area: "이메일",
      title: "SMTP_URL이 설정되지 않았습니다",
      detail: "고객 안내 메일이 발송되지 않고 알림 발송함에만 쌓입니다.",
      href: "/admin/notifications",
    });
  }
  if (!/^https:\/\//.test(config.PUBLIC_BASE_URL) || /localhost|127\.0\.0\.1/.test(config.PUBLIC_BASE_URL)) {
    items.push({
      area: "사이트 주소",
      title: "PUBLIC_BASE_URL이 공개 https 주소가 아닙니다",
      detail: `지금 값: ${config.PUBLIC_BASE_URL}. 결제 후 돌아올 주소와 메일 속 링크에 쓰입니다.`,
    });
  }
  return items;
}

export async function launchChecklist(config = env): Promise<ChecklistItem[]> {
  const [info, policies, products] = await Promise.all([
    getSiteInfo(),
    unfinishedPolicies(),
    prisma.product.findMany({
      where: { visible: true },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, name: true, ...disclosureSelect },
    }),
  ]);
  const items: ChecklistItem[] = missingSiteInfo(info).map((f) => ({
    area: "판매자 정보",
    title: `${f.label}이(가) 비어 있습니다`,
    detail: "모든 페이지 아래에 ‘등록 전’으로 보입니다.",
    href: "/admin/site-info",
  }));
  for (const p of policies) {
    items.push({
      area: "약관·방침",
      title: p.title,
      detail: p.problems.join(" · "),
      href: `/admin/policies/${p.slug}`,
    });
  }
  for (const product of products) {
    const missing = missingDisclosure(product);
    if (missing.length) {
      items.push({
        area: "상품정보제공고시",
        title: product.name,
        detail: `비어 있는 항목: ${missing.map((f) => f.label).join(", ")}`,
        href: `/admin/products/${product.id}`,
      });
    }
  }
  return [...items, ...configurationItems(config)];
}
