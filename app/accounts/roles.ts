export const ROLES = ["ADMIN", "EDITOR", "CENTER_STAFF"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: "관리자 (광역자활센터)",
  EDITOR: "편집자",
  CENTER_STAFF: "지역자활센터 담당자",
};

/** Only same-site paths: "/center/orders" yes; "//evil.example", "https://…", "/\\evil" no. */
export function safeRedirectPath(target: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//") || target.includes("\\")) {
    return fallback;
  }
  try {
    const url = new URL(target, "http://localhost");
    return url.origin === "http://localhost" ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}

/** Where each role lands after login when no page was asked for. */
export function homePathFor(role: Role): string {
  if (role === "CENTER_STAFF") return "/center";
  return role === "ADMIN" ? "/admin" : "/admin/articles";
}

/** Menu of the /admin area; each page still checks its own role on the server. */
export const ADMIN_NAV: { to: string; label: string; roles: Role[] }[] = [
  { to: "/admin/orders", label: "주문", roles: ["ADMIN"] },
  { to: "/admin/articles", label: "기사", roles: ["ADMIN", "EDITOR"] },
  { to: "/admin/issues", label: "월호", roles: ["ADMIN", "EDITOR"] },
  { to: "/admin/newsletter", label: "웹진 구독", roles: ["ADMIN", "EDITOR"] },
  { to: "/admin/products", label: "상품", roles: ["ADMIN"] },
  { to: "/admin/centers", label: "센터", roles: ["ADMIN"] },
  { to: "/admin/users", label: "사용자", roles: ["ADMIN"] },
  { to: "/admin/notifications", label: "알림 발송함", roles: ["ADMIN"] },
  { to: "/admin/audit", label: "작업 기록", roles: ["ADMIN"] },
];
