// What the customer agreed to at checkout, recorded with the order: which version of each text.
import type { Prisma } from "~/generated/prisma/client";
import { currentPolicyVersions } from "~/policies/policies.server";
import { POLICY_KINDS, type PolicyKind } from "~/policies/policy-kinds";
import { CONSENT_ITEMS } from "./checkout-form";

export type PolicyVersionIds = Record<PolicyKind, { id: number; version: number }>;

/** The versions a checkout page shows, and the token of them it sends back ("TERMS:2,PRIVACY:1,RETURNS:1"). */
export async function checkoutPolicyVersions(now = new Date()) {
  const current = await currentPolicyVersions(now);
  const versions = Object.fromEntries(
    POLICY_KINDS.map(({ kind }) => [kind, { id: current[kind].id, version: current[kind].version }]),
  ) as PolicyVersionIds;
  return { versions, token: POLICY_KINDS.map(({ kind }) => `${kind}:${versions[kind].version}`).join(",") };
}

export const POLICY_CHANGED = "주문서를 여신 뒤 약관이 바뀌었습니다. 바뀐 약관을 확인하시고 다시 동의해 주세요.";

/** One row per consent item, pointing at the policy version it refers to (none for 만 14세). */
export async function recordConsents(
  tx: Prisma.TransactionClient,
  orderId: number,
  versions: PolicyVersionIds,
  agreedAt: Date,
) {
  await tx.orderConsent.createMany({
    data: CONSENT_ITEMS.map((c) => ({
      orderId,
      item: c.item,
      policyVersionId: c.policy ? versions[c.policy].id : null,
      agreedAt,
    })),
  });
}
