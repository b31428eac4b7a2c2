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
