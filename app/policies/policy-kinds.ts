// The shop's three policies, under /policies/:slug. Shared by browser and server.

export const POLICY_KINDS = [
  { kind: "TERMS", slug: "terms", title: "이용약관" },
  { kind: "PRIVACY", slug: "privacy", title: "개인정보처리방침" },
  { kind: "RETURNS", slug: "returns", title: "교환·반품·환불 안내" },
] as const;

export type PolicyKind = (typeof POLICY_KINDS)[number]["kind"];

export function policyBySlug(slug: string | undefined) {
  return POLICY_KINDS.find((p) => p.slug === slug) ?? null;
}

export function policyByKind(kind: PolicyKind) {
  return POLICY_KINDS.find((p) => p.kind === kind)!;
}

/** A part of a policy the admin still has to write: the launch checklist lists policies containing it. */
export const TO_FILL = /〔입력 필요[^〕]*〕/g;
