import { Role } from "~/generated/prisma/enums";

export { Role };
export const ROLES = Object.values(Role);

export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: "관리자 (광역자활센터)",
  EDITOR: "편집자",
  CENTER_STAFF: "지역자활센터 담당자",
};

/** Where each role lands after login when no page was asked for. */
export function homePathFor(role: Role): string {
  if (role === "CENTER_STAFF") return "/center";
  return role === "ADMIN" ? "/admin" : "/admin/articles";
}

/** Menu of the /admin area; each page still checks its own role on the server. */
export const ADMIN_NAV: { to: string; label: string; roles: Role[]; end?: boolean }[] = [
  { to: "/admin", label: "홈", roles: ["ADMIN"], end: true },
  { to: "/admin/orders", label: "주문", roles: ["ADMIN"] },
  { to: "/admin/payment-reviews", label: "확인 필요", roles: ["ADMIN"] },
  { to: "/admin/requests", label: "요청", roles: ["ADMIN"] },
  { to: "/admin/settlement", label: "정산", roles: ["ADMIN"] },
  { to: "/admin/articles", label: "기사", roles: ["ADMIN", "EDITOR"] },
  { to: "/admin/issues", label: "월호", roles: ["ADMIN", "EDITOR"] },
  { to: "/admin/newsletter", label: "웹진 구독", roles: ["ADMIN", "EDITOR"] },
  { to: "/admin/products", label: "상품", roles: ["ADMIN"] },
  { to: "/admin/centers", label: "센터", roles: ["ADMIN"] },
  { to: "/admin/users", label: "사용자", roles: ["ADMIN"] },
  { to: "/admin/notifications", label: "알림 발송함", roles: ["ADMIN"] },
  { to: "/admin/audit", label: "작업 기록", roles: ["ADMIN"] },
  { to: "/admin/site-info", label: "사이트 정보", roles: ["ADMIN"] },
  { to: "/admin/policies", label: "약관·방침", roles: ["ADMIN"] },
  { to: "/admin/shipping-areas", label: "추가 배송비", roles: ["ADMIN"] },
  { to: "/admin/launch", label: "출시 전 점검", roles: ["ADMIN"] },
];
